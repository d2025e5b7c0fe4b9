"""Draft an ``openness.json`` from a Model Openness Tool (MOT) YAML file.

A MOT file holds ``framework`` (name, version, date) and ``release``: ``name``,
``version``, ``date``, ``producer``, ``repository``, ``huggingface``, ``license``
(release-level licences per content type: ``distribution``, ``code``, ``data``,
``document``, each with ``name`` and ``path``) and ``components`` (each with ``name``,
one of the 17 MOF component names, and optional ``license``, ``license_path``,
``component_path``).

Mapping (every decision is returned as a human-readable line):

- Each listed MOF component becomes the component of ours that answers it (the
  definition's ``components[].mof``), with status ``released``; a MOF component the file
  does not list becomes ``not-released``.
- Its licence is resolved as MOT does: the component's ``license``, else
  ``release.license.<content type>.name``, else ``release.license.distribution.name``.
  ``unlicensed`` (or no licence at all) gives a component released without a licence.
- A licence string that names exactly one licence is mapped to its SPDX id or our
  LicenseRef id (:func:`openness.importers.licenses.map_license`); the original string is
  kept in the component's ``notes``. Other strings are kept as written, for validation
  to report.
- ``component_path`` becomes ``url`` when it is an https URL.
- MOT lists no data sets: ``Datasets`` becomes ``training-data`` released with no
  ``datasets`` (none are invented); the validator then asks for them.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from openness.definition import Definition, load_definition
from openness.importers.common import (
    Draft,
    ImporterError,
    clip,
    https_url,
    read_text_file,
    text_of,
)
from openness.importers.licenses import map_license
from openness.importers.yamlsafe import YamlError, load_yaml
from openness.urls import schema_url

UNLICENSED = "unlicensed"
MAX_NAME = 300
MAX_VERSION = 100
MAX_LICENSE = 500
MAX_NOTE_PART = 500

FIX_HINT = (
    "give a model file exported from the Model Openness Tool (isitopen.ai): a YAML "
    "mapping with 'release', holding 'name' and a list of 'components'"
)


class MotImportError(ImporterError):
    """The file is not a Model Openness Tool YAML file this tool can read."""

    def __init__(self, source: str, reason: str, fix: str = FIX_HINT) -> None:
        super().__init__(source, reason, fix)


def _not_mot(source: str, reason: str) -> MotImportError:
    return MotImportError(source, f"not a Model Openness Tool file: {reason}")


_text = text_of
_clip = clip


def parse_mot(text: str, source: str) -> dict[str, Any]:
    """Parse and shape-check a MOT file; raise :class:`MotImportError` if it is not one."""
    if not text.strip():
        raise MotImportError(source, "the file is empty")
    try:
        document = load_yaml(text)
    except YamlError as exc:
        raise _not_mot(source, str(exc)) from None
    if not isinstance(document, dict):
        kind = "a list" if isinstance(document, list) else f"a {type(document).__name__}"
        raise _not_mot(source, f"the top level is {kind}, not a mapping")
    release = document.get("release")
    if not isinstance(release, dict):
        raise _not_mot(source, "no 'release' mapping at the top level")
    if _text(release.get("name")) is None:
        raise _not_mot(source, "'release.name' is missing or empty")
    components = release.get("components", [])
    if components is None:
        components = []
    if not isinstance(components, list):
        raise _not_mot(source, "'release.components' is not a list")
    for index, item in enumerate(components):
        if not isinstance(item, dict) or _text(item.get("name")) is None:
            raise _not_mot(source, f"'release.components[{index}]' is not a mapping with a 'name'")
    framework = document.get("framework")
    if framework is not None and not isinstance(framework, dict):
        raise _not_mot(source, "'framework' is not a mapping")
    return document


def _release_license(release: dict[str, Any], content_type: str) -> tuple[str | None, str]:
    """MOT's fallback: the release licence of the content type, else the distribution's."""
    licenses = release.get("license")
    if not isinstance(licenses, dict):
        return None, ""
    for key in (content_type, "distribution"):
        entry = licenses.get(key)
        if isinstance(entry, dict):
            name = _text(entry.get("name"))
            if name is not None:
                return name, f"release.license.{key}"
    return None, ""


def draft_from_mot(
    document: dict[str, Any], source: str = "MOT file", definition: Definition | None = None
) -> Draft:
    """A draft declaration from a parsed (and shape-checked) MOT document."""
    definition = definition or load_definition()
    content_types = {c.name: c.content_type for c in definition.mof.components}
    answered_by = definition.mof.answered_by
    decisions: list[str] = []
    release: dict[str, Any] = document["release"]

    framework = document.get("framework") or {}
    framework_version = _text(framework.get("version"))
    if framework_version is not None and framework_version != definition.mof.version:
        decisions.append(
            f"framework version {framework_version!r}: read as MOF {definition.mof.version}, "
            "the only version this tool knows"
        )

    model: dict[str, Any] = {}
    name = _text(release.get("name")) or ""
    model["name"] = _clip(name, MAX_NAME)
    if model["name"] != name:
        decisions.append(f"model.name: release.name shortened to {MAX_NAME} characters")
    version = _text(release.get("version"))
    if version is not None:
        model["version"] = _clip(version, MAX_VERSION)
    producer = _text(release.get("producer"))
    if producer is not None:
        model["organization"] = _clip(producer, MAX_NAME)
        decisions.append(f"model.organization: release.producer {producer!r}")
    for key in ("huggingface", "repository"):
        url = _text(release.get(key))
        if https_url(url):
            model["url"] = url
            decisions.append(f"model.url: release.{key} ({url})")
            break
    date = _text(release.get("date"))
    if date is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        model["release_date"] = date

    listed: dict[str, dict[str, Any]] = {}
    for item in release.get("components") or []:
        mof_name = _text(item.get("name")) or ""
        if mof_name not in answered_by:
            decisions.append(f"component {mof_name!r}: not a MOF 1.0 component name; skipped")
            continue
        if mof_name in listed:
            decisions.append(f"{mof_name}: listed twice; the first entry is used")
            continue
        listed[mof_name] = item

    components: dict[str, dict[str, Any]] = {}
    for component in definition.components:
        item = listed.get(component.mof)
        if item is None:
            components[component.id] = {"status": "not-released"}
            decisions.append(
                f"{component.id}: not-released ({component.mof} is not in the MOT file)"
            )
            continue
        components[component.id] = _component(
            component.id,
            component.mof,
            item,
            release,
            content_types.get(component.mof, "code"),
            decisions,
            definition.version,
        )
    if "training-data" in components and components["training-data"]["status"] == "released":
        decisions.append(
            "training-data: MOT files list no data sets, so none are listed: add each one "
            "(name, url, access, license) to reach the upper levels"
        )

    declaration = {
        "$schema": schema_url(definition.version),
        "openness": definition.version,
        "model": model,
        "components": components,
    }
    return Draft(declaration, decisions)


def _component(
    component_id: str,
    mof_name: str,
    item: dict[str, Any],
    release: dict[str, Any],
    content_type: str,
    decisions: list[str],
    version: str,
) -> dict[str, Any]:
    entry: dict[str, Any] = {"status": "released"}
    notes: list[str] = []

    license_text = _text(item.get("license"))
    where = "its own licence"
    if license_text is None:
        license_text, where = _release_license(release, content_type)
        where = f"from {where}" if where else ""

    prefix = f"{component_id} ({mof_name})"
    if license_text is None or license_text.lower() == UNLICENSED:
        said = "marked 'unlicensed'" if license_text else "no licence in the file"
        decisions.append(f"{prefix}: released without a licence ({said})")
        if license_text:
            notes.append("MOT licence: unlicensed.")
    else:
        mapping = map_license(license_text, version)
        if mapping.mapped and mapping.changed:
            entry["license"] = mapping.license
            decisions.append(
                f"{prefix}: licence {license_text!r} ({where}) mapped to {mapping.license}: "
                f"{mapping.reason} (MOT itself matches licence ids exactly and would not "
                "count this string as open)"
            )
            notes.append(f"MOT licence string: {_clip(license_text, MAX_NOTE_PART)!r}.")
        elif mapping.mapped:
            entry["license"] = mapping.license
            decisions.append(f"{prefix}: licence {mapping.license} ({where})")
        else:
            entry["license"] = _clip(license_text, MAX_LICENSE)
            decisions.append(
                f"{prefix}: licence {license_text!r} ({where}) kept as written: "
                f"{mapping.reason}; validation will report it"
            )
            notes.append(f"MOT licence string: {_clip(license_text, MAX_NOTE_PART)!r}.")

    license_path = _text(item.get("license_path"))
    if license_path is not None:
        notes.append(f"Licence text: {_clip(license_path, MAX_NOTE_PART)}.")

    path = _text(item.get("component_path"))
    if path is not None:
        if https_url(path):
            entry["url"] = path
        else:
            decisions.append(
                f"{prefix}: component_path {_clip(path, 200)!r} is not an https URL; kept in notes"
            )
            notes.append(f"MOT component_path: {_clip(path, MAX_NOTE_PART)}.")
    if notes:
        entry["notes"] = " ".join(notes)
    return entry


def import_mot_text(text: str, source: str = "MOT file") -> Draft:
    """Parse MOT YAML text and draft a declaration from it."""
    return draft_from_mot(parse_mot(text, source), source)


def import_mot_file(path: str | Path) -> Draft:
    """Read a MOT YAML file and draft a declaration from it."""
    return import_mot_text(read_text_file(path, MotImportError), str(path))
