"""Draft an ``openness.json`` from a Hugging Face model card (README.md), offline.

Only the YAML front matter (between the first two ``---`` lines) and the first ``# ``
heading are read. Nothing is guessed:

- ``license``: a Hugging Face licence id, mapped to an SPDX or LicenseRef id when it names
  exactly one licence; ``license: other`` uses ``license_name`` (and ``license_link``). The
  licence is taken as the weights' licence: ``model-parameters`` becomes ``released`` under
  it (the card names the licence of the weights it publishes), url to confirm.
- ``datasets``: each Hugging Face dataset id becomes a training data set entry
  (``access: public``, its Hugging Face URL), all to confirm; ``training-data`` is
  ``partial`` (the card does not say the list is complete).
- ``base_model``: kept as ``model.x-base_model``.
- model name: ``model_name``, else ``model-index[0].name``, else the first ``# `` heading.
- The card itself is the ``model-card`` component: ``released``.
- ``library_name`` of a known library (``importers.libraries``): the architecture and
  inference code are that library's, under its licence, to confirm (not for a card
  tagged ``custom_code``, whose code is its own).
- ``tags`` holding ``open-source``, or the text calling the model open source: the
  model is presented as open source (``claims.open_source``), to confirm.

Everything else stays ``not-released`` and is listed "to confirm". Notes name the
card by a relative path, never the absolute path of the machine that drafted it.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any

from openness.definition import Definition, load_definition
from openness.importers.common import (
    Draft,
    ImporterError,
    add_exception,
    clip,
    read_text_file,
    text_of,
)
from openness.importers.licenses import LicenseMapping, map_license
from openness.importers.template import PLACEHOLDER_NAME, template
from openness.importers.yamlsafe import YamlError, load_yaml

HF_DATASET_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(/[\w.-]+)?$")
HF_MODEL_ID = HF_DATASET_ID
FRONT_MATTER_FIX = "write the YAML metadata between two '---' lines at the top of README.md"

# Model-card metadata keys Hugging Face documents; others are left alone, but one that
# looks like a misspelling of a key read here is reported.
READ_KEYS = (
    "license",
    "license_name",
    "license_link",
    "datasets",
    "base_model",
    "model_name",
    "library_name",
    "tags",
)
KNOWN_KEYS = frozenset(
    {
        *READ_KEYS,
        "model-index",
        "base_model_relation",
        "language",
        "library_name",
        "pipeline_tag",
        "tags",
        "metrics",
        "thumbnail",
        "widget",
        "inference",
        "co2_eq_emissions",
        "new_version",
        "extra_gated_prompt",
        "extra_gated_fields",
        "extra_gated_heading",
        "extra_gated_button_content",
        "extra_gated_description",
        "extra_gated_eu_disallowed",
        "gated",
    }
)


class ModelCardError(ImporterError):
    """A model card this tool cannot read (the message names the file and the fix)."""


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """(front matter YAML or None, the body, the line number where the YAML starts)."""
    text = text.removeprefix("\ufeff")
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return None, text, 0
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            return "".join(lines[1:index]), "".join(lines[index + 1 :]), 2
    return "", text, -1  # opened, never closed


def _first_heading(body: str) -> str | None:
    in_fence = False
    for line in body.splitlines():
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
            continue
        if not in_fence and line.startswith("# "):
            heading = line[2:].strip().strip("#").strip().strip("*_`").strip()
            if heading:
                return heading
    return None


def _strings(value: Any) -> list[str] | None:
    """A string or a list of strings as a list; None for any other shape."""
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [v for v in value if v.strip()]
    return None


def draft_from_model_card(
    text: str, source_name: str = "README.md", definition: Definition | None = None
) -> Draft:
    """A draft declaration from a model card's text; raises :class:`ModelCardError`."""
    definition = definition or load_definition()
    if not text.strip():
        raise ModelCardError(source_name, "the file is empty", FRONT_MATTER_FIX)
    yaml_text, body, start_line = split_front_matter(text)
    if start_line == -1:
        raise ModelCardError(
            source_name,
            "the YAML front matter opened with '---' is never closed",
            "end the metadata with a line holding only '---'",
        )
    meta: dict[str, Any] = {}
    draft = Draft(template(definition=definition))
    if yaml_text is None:
        draft.decisions.append(
            f"{source_name}: no YAML front matter: only the title was read ({FRONT_MATTER_FIX} "
            "to give the licence and data sets)"
        )
    elif yaml_text.strip():
        try:
            loaded = load_yaml(yaml_text, first_line=start_line)
        except YamlError as exc:
            raise ModelCardError(
                source_name,
                f"the front matter is {exc}",
                "fix the YAML between the '---' lines",
            ) from None
        if loaded is None:
            loaded = {}
        if not isinstance(loaded, dict):
            raise ModelCardError(
                source_name,
                "the front matter is not a mapping of keys to values",
                "write 'key: value' lines between the '---' lines",
            )
        meta = loaded
    else:
        draft.decisions.append(f"{source_name}: the front matter is empty")

    _stray_keys(meta, draft)
    declaration = draft.declaration
    components = declaration["components"]

    name = _model_name(meta, body, draft)
    declaration["model"]["name"] = clip(name or PLACEHOLDER_NAME, 300)
    if not name:
        draft.to_confirm.append(
            f"model.name: the card gives none (no model_name, model-index or '# ' title); "
            f'replace "{PLACEHOLDER_NAME}"'
        )

    components["model-card"] = {
        "status": "released",
        "notes": f"Drafted from the model card {clip(source_name, 200)}.",
    }
    draft.decisions.append("model-card: released (the card read)")
    draft.to_confirm.append("model-card: add its url and licence")

    _license_from_card(meta, draft, definition)
    _datasets_from_card(meta, draft)
    training = components.get("training-data", {})
    for dataset in training.get("datasets", []):
        add_exception(dataset, definition.exception_bases, draft)
    _base_model(meta, draft)
    _library_from_card(meta, draft)
    _claims_from_card(meta, body, draft)

    if any(k.startswith("extra_gated") for k in meta) or meta.get("gated"):
        draft.to_confirm.append(
            "the card has an access gate (extra_gated_*): downloading the weights needs an "
            "agreement; read its terms and declare them as the weights' licence"
        )

    done = {"model-card", "model-parameters", "training-data"}
    rest = [c.id for c in definition.components if components[c.id]["status"] == "not-released"]
    rest = [c for c in rest if c not in done]
    if rest:
        draft.to_confirm.append(
            "not in the card, left not-released (change those that are public): " + ", ".join(rest)
        )
    return draft


def _stray_keys(meta: dict[str, Any], draft: Draft) -> None:
    for key in meta:
        if key in KNOWN_KEYS:
            continue
        stripped = key.strip()
        close = difflib.get_close_matches(stripped.lower(), READ_KEYS, n=1, cutoff=0.8)
        if stripped != key and stripped in KNOWN_KEYS:
            draft.decisions.append(f"front matter key {key!r} has stray spaces: not read")
        elif close and close[0] != key:
            draft.decisions.append(
                f"front matter key {key!r} is not read: did you mean {close[0]!r}?"
            )
        elif key in ("None", "null", "") or not re.match(r"^[\w.-]+$", key):
            draft.decisions.append(f"front matter key {key!r} looks like a YAML slip: not read")


def _model_name(meta: dict[str, Any], body: str, draft: Draft) -> str | None:
    name = text_of(meta.get("model_name"))
    if name:
        draft.decisions.append(f"model.name from model_name: {name!r}")
        return name
    index = meta.get("model-index")
    if isinstance(index, list) and index and isinstance(index[0], dict):
        name = text_of(index[0].get("name"))
        if name:
            draft.decisions.append(f"model.name from model-index[0].name: {name!r}")
            return name
    name = _first_heading(body)
    if name:
        draft.decisions.append(f"model.name from the first '# ' heading: {name!r}")
    return name


def _license_from_card(meta: dict[str, Any], draft: Draft, definition: Definition) -> None:
    components = draft.declaration["components"]
    raw = meta.get("license")
    link = text_of(meta.get("license_link"))
    if raw is None:
        draft.to_confirm.append(
            "model-parameters: the card has no 'license' key (a licence only in the text, "
            "or a gated licence?): declare the weights' status and licence"
        )
        return
    values = _strings(raw)
    if values is None or not values:
        draft.to_confirm.append(
            f"model-parameters: the card's 'license' ({clip(repr(raw), 80)}) is not a licence "
            "id: declare the weights' licence"
        )
        return
    if len(values) > 1:
        draft.to_confirm.append(
            f"model-parameters: the card lists several licences ({', '.join(values)}); "
            "declare the weights' licence as one SPDX expression"
        )
        return
    card_license = values[0].strip()
    policy = definition.licenses
    if card_license.lower() == "other":
        license_name = text_of(meta.get("license_name"))
        if not license_name:
            draft.to_confirm.append(
                "model-parameters: 'license: other' without 'license_name'"
                + (f" (licence text: {link})" if link else "")
                + ": declare the weights' licence"
            )
            return
        mapping = _map_license_name(license_name, definition)
        where = f"license: other, license_name {license_name!r}"
    else:
        resolution = policy.resolve_alias(card_license)
        if resolution.status == "ambiguous":
            choices = ", ".join(resolution.choose_from) or "an SPDX id or LicenseRef id"
            draft.to_confirm.append(
                f"model-parameters: the card's licence {card_license!r} names no single "
                f"licence; choose one of: {choices}"
            )
            return
        mapping = map_license(card_license, definition.version)
        where = f"license {card_license!r}"

    entry: dict[str, Any] = {"status": "released"}
    notes = [f"Licence from the model card ({where})."]
    if link:
        notes.append(f"Licence text: {clip(link, 500)}.")
    if mapping.mapped:
        entry["license"] = mapping.license
        draft.decisions.append(f"model-parameters: released under {mapping.license} ({where})")
    else:
        entry["license"] = clip(mapping.original.strip(), 500)
        draft.decisions.append(
            f"model-parameters: licence {mapping.original!r} ({where}) kept as written: "
            f"{mapping.reason}; validation will report it"
        )
    entry["notes"] = " ".join(notes)
    components["model-parameters"] = entry
    draft.to_confirm.append(
        "model-parameters: marked released because the card names the weights' licence; "
        "add the url of the weights"
    )


def _map_license_name(license_name: str, definition: Definition) -> LicenseMapping:
    """A card's ``license_name``: first the exact strings the definition records for its
    LicenseRef ids (``qwen``, ``mrl``: free strings a loose match would confuse), then
    the usual mapping of a licence id or name."""
    ref = definition.licenses.license_name_ref(license_name)
    if ref is not None:
        return LicenseMapping(
            license_name, ref.id, True, f"the Hugging Face license_name of {ref.name}"
        )
    return map_license(license_name, definition.version)


def _datasets_from_card(meta: dict[str, Any], draft: Draft) -> None:
    raw = meta.get("datasets")
    if raw is None:
        draft.to_confirm.append("training-data: the card lists no data sets; left not-released")
        return
    ids = _strings(raw)
    if ids is None:
        draft.to_confirm.append(
            "training-data: the card's 'datasets' is not a list of dataset ids; left not-released"
        )
        return
    datasets: list[dict[str, Any]] = []
    for dataset_id in ids:
        dataset_id = dataset_id.strip()
        if not HF_DATASET_ID.match(dataset_id) or len(dataset_id) > 200:
            draft.to_confirm.append(
                f"training-data: {clip(dataset_id, 80)!r} is not a Hugging Face dataset id; "
                "add it by hand"
            )
            continue
        datasets.append(
            {
                "name": dataset_id,
                "url": f"https://huggingface.co/datasets/{dataset_id}",
                "access": "public",
                "notes": "From the model card's datasets list: confirm the access class "
                "and add the licence.",
            }
        )
    if not datasets:
        return
    draft.declaration["components"]["training-data"] = {"status": "partial", "datasets": datasets}
    draft.decisions.append(
        f"training-data: partial, {len(datasets)} data set(s) from the card's 'datasets'"
    )
    draft.to_confirm.append(
        'training-data: each data set is marked access "public" with no licence: confirm '
        "its access class and licence; set the status to released if the list is complete"
    )


def _base_model(meta: dict[str, Any], draft: Draft) -> None:
    raw = meta.get("base_model")
    if raw is None:
        return
    ids = _strings(raw)
    if not ids:
        draft.decisions.append("base_model is not a model id: not read")
        return
    model = draft.declaration["model"]
    model["x-base_model"] = ids[0] if len(ids) == 1 else ids
    relation = text_of(meta.get("base_model_relation"))
    if relation:
        model["x-base_model_relation"] = relation
    draft.decisions.append(f"model.x-base_model: {', '.join(ids)}")
    draft.to_confirm.append(
        f"derived from {', '.join(ids)}: the base model's training data and code are part "
        "of this model's openness; declare them too"
    )


def _library_from_card(meta: dict[str, Any], draft: Draft) -> None:
    from openness.importers.libraries import CUSTOM_CODE_TAGS, library

    raw = meta.get("library_name")
    if raw is None:
        return
    tags = {t.strip().lower() for t in _strings(meta.get("tags")) or []}
    known = library(raw)
    if known is None:
        draft.to_confirm.append(
            f"library_name {clip(repr(raw), 80)} is not a library this tool knows: if the "
            "model's architecture and inference code are public, declare their url and licence"
        )
        return
    if tags & CUSTOM_CODE_TAGS:
        draft.to_confirm.append(
            f"the card is tagged custom_code: the architecture code is in the model's own "
            f"repository, not in {known.name}; declare model-architecture and inference-code "
            "with that code's url and licence"
        )
        return
    components = draft.declaration["components"]
    for component_id in ("model-architecture", "inference-code"):
        components[component_id] = {
            "status": "released",
            "url": known.url,
            "license": known.license,
            "notes": f"The card's library_name is {known.name}, whose code is under "
            f"{known.license} ({known.license_url}).",
        }
    draft.decisions.append(
        f"model-architecture, inference-code: released in {known.name} under "
        f"{known.license} (the card's library_name)"
    )
    draft.to_confirm.append(
        f"model-architecture, inference-code: check that {known.name} implements this model "
        "as released (a fork or patched copy needs its own url and licence)"
    )


_OPEN_SOURCE_TAGS = frozenset({"open-source", "opensource", "open_source", "open source"})
_OPEN_SOURCE_TEXT = re.compile(r"\bopen[\s-]?source\b", re.IGNORECASE)
# "an open-source licence", "open source libraries": words about something else
_ABOUT_OTHER = re.compile(
    r"^\W*(licen[cs]\w*|librar\w*|tools?|framework\w*|software|packages?)\b", re.I
)
_NEGATION = re.compile(r"\b(not|non|n't|never|no longer)\W*(\w+\W+)?$", re.IGNORECASE)


def _claims_from_card(meta: dict[str, Any], body: str, draft: Draft) -> None:
    """Whether the card presents the model as open source: a tag, or its words."""
    tags = [t.strip() for t in _strings(meta.get("tags")) or []]
    evidence = [f"the card's tags include {t!r}" for t in tags if t.lower() in _OPEN_SOURCE_TAGS]
    if not evidence:
        for number, line in enumerate(body.splitlines(), start=1):
            match = _OPEN_SOURCE_TEXT.search(line)
            if (
                match
                and not _NEGATION.search(line[max(0, match.start() - 20) : match.start()])
                and not _ABOUT_OTHER.search(line[match.end() : match.end() + 30])
            ):
                quote = clip(" ".join(line.split()), 100)
                evidence.append(
                    f"the card's text says {quote!r} (line {number} after the metadata)"
                )
                break
    if not evidence:
        return
    draft.declaration["claims"] = {"open_source": True}
    draft.decisions.append(f"claims.open_source: true ({evidence[0]})")
    draft.to_confirm.append(
        "claims.open_source: true because "
        + evidence[0]
        + "; set it to false if the model is not presented as open source (validation "
        "reports open source washing while the level is below Open Source AI)"
    )


def shown_path(path: str | Path) -> str:
    """The card's path as notes may show it: relative to the current folder, or its
    file name alone when it lies elsewhere (never the drafting machine's absolute path)."""
    import os

    absolute = os.path.abspath(path)
    try:
        relative = os.path.relpath(absolute)
    except ValueError:  # another drive
        relative = os.pardir
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return os.path.basename(absolute)
    return relative


def draft_from_model_card_file(path: str | Path) -> Draft:
    """Read a model card file and draft a declaration from it."""
    return draft_from_model_card(read_text_file(path, ModelCardError), shown_path(path))
