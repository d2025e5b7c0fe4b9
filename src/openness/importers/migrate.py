"""Rewrite a declaration written against an older definition version for the current one.

Never a guess: what the older file could not say is written so that validation asks
for it, and listed "to confirm". From 1.0 to 2.0 that is:

- ``"openness": "2.0"`` and the 2.0 ``$schema``;
- every data set that is not open gets an empty ``exception``: 2.0 requires its basis
  (legal, technical or other) and an explanation, which only the author knows;
- a component 1.0 allowed as not applicable that 2.0 says always exists (inference
  code, data card, training configuration, preprocessing code) becomes not-released,
  its notes kept, to be declared as released where it is;
- a component judged as another kind in 2.0 (the training configuration is code) is
  listed, so its licence can be checked;
- a level id in ``x-expected-level`` is renamed to the 2.0 level it comes closest to;
- nothing else changes: names, urls, licences, notes and extension data stay as written.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from openness.definition import Definition, load_definition
from openness.importers.common import Draft, ImporterError, read_text_file
from openness.urls import schema_url

# 1.0 level ids and the 2.0 level each comes closest to (see definition 2.0's G7 notes).
LEVELS_1_TO_2 = {
    "closed": "closed",
    "restricted": "weights-available",
    "open-weights": "open-weights",
    "open-methods": "open-source-ai",
    "open-source-ai": "open-source-ai-open-data",
}


class MigrateError(ImporterError):
    """A file that cannot be migrated (unreadable, not JSON, not a 1.0 declaration)."""


def migrate_file(path: str, definition: Definition | None = None) -> Draft:
    """The migrated declaration of the 1.0 file at ``path``."""
    text = read_text_file(path, MigrateError)
    try:
        data = json.loads(text)
    except ValueError as error:
        raise MigrateError(path, f"not valid JSON ({error})", "run openness validate") from None
    return migrate(data, definition, source=path)


def migrate(
    data: Any, definition: Definition | None = None, *, source: str = "the declaration"
) -> Draft:
    """``data`` (a parsed 1.0 declaration) rewritten for ``definition`` (default: the
    latest); the draft lists its decisions and what the author must confirm."""
    target = definition or load_definition()
    if not isinstance(data, dict):
        raise MigrateError(source, "is not a JSON object", "give an openness.json declaration")
    version = data.get("openness")
    if version == target.version:
        raise MigrateError(
            source, f"is already written against definition {version}", "nothing to migrate"
        )
    if version != "1.0" or target.version != "2.0":
        raise MigrateError(
            source,
            f"cannot migrate definition {version!r} to {target.version}",
            "this tool migrates 1.0 declarations to 2.0",
        )
    migrated = copy.deepcopy(data)
    draft = Draft(_with_version_first(migrated, target))
    draft.decisions.append(f'"openness": "1.0" -> "{target.version}", with its $schema')
    components = migrated.get("components")
    if isinstance(components, dict):
        for component_id, declared in components.items():
            if isinstance(declared, dict) and target.has_component(component_id):
                _migrate_component(component_id, declared, target, draft)
    expected = migrated.get("x-expected-level")
    if isinstance(expected, str) and expected in LEVELS_1_TO_2:
        draft.declaration["x-expected-level"] = LEVELS_1_TO_2[expected]
        draft.to_confirm.append(
            f"x-expected-level: {expected} (1.0) read as {LEVELS_1_TO_2[expected]}; check it "
            "against what openness validate computes"
        )
    return draft


def _with_version_first(data: dict[str, Any], target: Definition) -> dict[str, Any]:
    """``data`` with the 2.0 ``$schema`` and version, keeping the order of every key."""
    data["openness"] = target.version
    rest = {k: v for k, v in data.items() if k not in ("$schema", "openness")}
    return {"$schema": schema_url(target.version), "openness": target.version, **rest}


def _migrate_component(
    component_id: str, declared: dict[str, Any], target: Definition, draft: Draft
) -> None:
    component = target.component(component_id)
    before = load_definition("1.0")
    was = before.component(component_id).kind if before.has_component(component_id) else None
    license_text = declared.get("license")
    if (
        was not in (None, component.kind)
        and isinstance(license_text, str)
        and not target.licenses.judgement(license_text, component.kind).is_open
    ):
        draft.to_confirm.append(
            f"{component_id}: {target.version} judges it as {component.kind} (1.0: {was}), "
            f"and {license_text} is not open for {component.kind}: release it under an "
            "OSI-approved licence, or expect it to fall short"
        )
    if declared.get("status") == "not-applicable" and component.always_applies:
        declared["status"] = "not-released"
        draft.to_confirm.append(
            f"{component_id}: was not applicable; {target.name} {target.version} says "
            f"every model has {component.title.lower()}: now not-released, declare it "
            "released (url, licence) if it is public"
        )
    datasets = declared.get("datasets")
    for dataset in datasets if isinstance(datasets, list) else ():
        if not isinstance(dataset, dict) or dataset.get("access") in (None, "open"):
            continue
        if "exception" not in dataset:
            dataset["exception"] = {}
            draft.to_confirm.append(
                f"{component_id}: data set {dataset.get('name', '?')!r} is "
                f"{dataset.get('access')}: give its exception's basis (legal, technical or "
                "other) and an explanation"
            )
