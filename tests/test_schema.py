"""The declaration schema, SchemaStore style.

Positive cases together use every property and every enum value; each negative
case breaks exactly one rule and must report that rule id at that JSON path.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import jsonschema
import pytest

from openness.definition import load_definition
from openness.resources import declaration_schema_path
from openness.rules.schema import check, load_schema
from openness.schemagen import build_schema

from declarations import edited, open_source_ai


def _positive_cases() -> list[dict[str, Any]]:
    full = open_source_ai()
    full["x-generator"] = {"tool": "test"}
    full["model"]["x-internal-id"] = 7
    full["claims"]["x-note"] = "extension keys are free"
    full["components"]["model-card"]["notes"] = "Card in English and French."
    full["components"]["model-card"]["x-reviewed"] = True
    full["components"]["training-data"]["datasets"].append(
        {
            "name": "Call transcripts",
            "access": "unshareable",
            "description": "Customer calls 2019-2022, anonymised.",
            "share": 0.0,
            "notes": "Personal data.",
            "x-owner": "Test Org",
        }
    )
    full["components"]["training-data"]["status"] = "partial"
    full["components"]["training-data"]["datasets"].append(
        {"name": "Web crawl", "access": "public", "url": "https://example.org/crawl"}
    )
    full["components"]["training-data"]["datasets"].append(
        {
            "name": "News archive",
            "access": "obtainable",
            "url": "https://example.org/news",
            "license": "LicenseRef-Test-Commercial",
        }
    )
    full["components"]["x-custom"] = {"anything": 1}
    minimal = {"openness": "1.0", "model": {"name": "Tiny"}}
    not_applicable = edited(
        open_source_ai(),
        supporting_libraries={
            "status": "not-applicable",
            "notes": "Only public PyTorch and Transformers were used.",
        },
        sample_outputs={"status": "not-released"},
    )
    return [full, minimal, not_applicable]


@pytest.mark.parametrize("case", _positive_cases(), ids=["full", "minimal", "not-applicable"])
def test_positive_cases_are_valid(case):
    assert check("1.0", case) == []


def _properties(schema: dict[str, Any]) -> set[str]:
    names: set[str] = set()
    stack: list[Any] = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            names.update(node.get("properties", {}))
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return names


def _used_keys(value: Any) -> set[str]:
    keys: set[str] = set()
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            keys.update(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return keys


def test_every_property_appears_in_a_positive_case():
    used = set().union(*(_used_keys(case) for case in _positive_cases()))
    missing = _properties(load_schema("1.0")) - used
    assert not missing, f"properties never exercised by a positive case: {sorted(missing)}"


def test_every_enum_value_is_covered():
    definition = load_definition("1.0")
    cases = _positive_cases()
    statuses = {c.get("status") for case in cases for c in case.get("components", {}).values()}
    accesses = {
        d["access"]
        for case in cases
        for c in case.get("components", {}).values()
        for d in c.get("datasets", [])
    }
    assert statuses >= {s.id for s in definition.statuses}
    assert accesses >= {a.id for a in definition.data_access_classes}


def _break(path: str, value: Any = "__delete__") -> dict[str, Any]:
    data = open_source_ai()
    node: Any = data
    parts = path.strip("/").split("/")
    for part in parts[:-1]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    last = parts[-1]
    if value == "__delete__":
        del node[last]
    elif isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return data


NEGATIVE = [
    # (case id, declaration, rule, pointer)
    ("no-model", _break("/model"), "missing-property", "/model"),
    ("no-name", _break("/model/name"), "missing-property", "/model/name"),
    ("no-version", _break("/openness"), "definition-version", "/openness"),
    ("other-version", _break("/openness", "9.9"), "definition-version", "/openness"),
    ("unknown-top", _break("/licence", "MIT"), "unknown-property", "/licence"),
    ("unknown-model-key", _break("/model/nme", "x"), "unknown-property", "/model/nme"),
    (
        "unknown-component",
        _break("/components/weights", {"status": "released"}),
        "unknown-component",
        "/components/weights",
    ),
    ("wrong-type-components", _break("/components", []), "wrong-type", "/components"),
    ("wrong-type-claim", _break("/claims/open_source", "yes"), "wrong-type", "/claims/open_source"),
    (
        "bad-status",
        _break("/components/training-code/status", "releasd"),
        "invalid-value",
        "/components/training-code/status",
    ),
    (
        "no-status",
        _break("/components/training-code/status"),
        "missing-property",
        "/components/training-code/status",
    ),
    ("http-url", _break("/model/url", "http://example.org"), "invalid-url", "/model/url"),
    (
        "relative-url",
        _break("/components/model-card/url", "docs/card.md"),
        "invalid-url",
        "/components/model-card/url",
    ),
    (
        "bad-date",
        _break("/model/release_date", "15/01/2025"),
        "invalid-date",
        "/model/release_date",
    ),
    (
        "impossible-date",
        _break("/model/release_date", "2025-02-30"),
        "invalid-date",
        "/model/release_date",
    ),
    ("empty-name", _break("/model/name", ""), "out-of-range", "/model/name"),
    (
        "empty-license",
        _break("/components/model-card/license", ""),
        "out-of-range",
        "/components/model-card/license",
    ),
    (
        "share-above-one",
        _break("/components/training-data/datasets/0/share", 1.5),
        "out-of-range",
        "/components/training-data/datasets/0/share",
    ),
    (
        "bad-access",
        _break("/components/training-data/datasets/0/access", "free"),
        "invalid-value",
        "/components/training-data/datasets/0/access",
    ),
    (
        "dataset-no-url",
        _break("/components/training-data/datasets/0/url"),
        "dataset-without-url",
        "/components/training-data/datasets/0/url",
    ),
    (
        "open-dataset-no-license",
        _break("/components/training-data/datasets/0/license"),
        "open-dataset-without-license",
        "/components/training-data/datasets/0/license",
    ),
    (
        "unshareable-no-description",
        _break(
            "/components/training-data/datasets/0", {"name": "Private", "access": "unshareable"}
        ),
        "unshareable-without-description",
        "/components/training-data/datasets/0/description",
    ),
    (
        "na-without-notes",
        _break("/components/sample-outputs", {"status": "not-applicable"}),
        "not-applicable-without-notes",
        "/components/sample-outputs/notes",
    ),
    (
        "na-refused",
        _break("/components/model-parameters", {"status": "not-applicable", "notes": "no weights"}),
        "not-applicable-refused",
        "/components/model-parameters/status",
    ),
    (
        "datasets-on-code",
        _break("/components/training-code/datasets", []),
        "unknown-property",
        "/components/training-code/datasets",
    ),
    ("root-array", [], "wrong-type", ""),
]


@pytest.mark.parametrize(
    ("case", "data", "rule", "pointer"), NEGATIVE, ids=[n[0] for n in NEGATIVE]
)
def test_negative_case_breaks_exactly_one_rule(case, data, rule, pointer):
    from openness.assess import assess_document
    from openness.loader import Document

    report = assess_document(Document("openness.json", json.dumps(data, indent=2), data))
    errors = [(f.rule, f.pointer) for f in report.findings if f.severity == "error"]
    assert errors == [(rule, pointer)], errors
    finding = next(f for f in report.findings if f.rule == rule)
    assert finding.fix, "every schema finding carries a fix"
    assert finding.line is not None and finding.column is not None


def test_na_refused_names_the_component_and_the_fix():
    data = _break("/components/training-data", {"status": "not-applicable", "notes": "n/a"})
    findings = check("1.0", data)
    assert [f.rule for f in findings] == ["not-applicable-refused"]
    assert "Training data sets always applies" in findings[0].fix


def test_unknown_property_suggests_the_spelling():
    findings = check("1.0", _break("/model/orgnization", "x"))
    assert findings[0].fix == 'did you mean "organization"?'


def test_committed_schema_is_generated_from_the_definition():
    generated = json.dumps(build_schema(load_definition("1.0")), indent=2, ensure_ascii=False)
    committed = declaration_schema_path("1.0").read_text(encoding="utf-8")
    assert committed == generated + "\n", "run: python tools/gen_schema.py"


def test_schema_enums_equal_the_definition_ids():
    definition = load_definition("1.0")
    schema = load_schema("1.0")
    assert list(schema["properties"]["components"]["properties"]) == list(definition.component_ids)
    dataset = schema["$defs"]["dataset"]
    assert dataset["properties"]["access"]["enum"] == [a.id for a in definition.data_access_classes]
    for cid in definition.component_ids:
        status = schema["$defs"][f"component-{cid}"]["properties"]["status"]
        assert status["enum"] == [s.id for s in definition.statuses]
        assert ("not" in status) == definition.component(cid).always_applies


def test_schema_is_valid_draft_2020_12_with_descriptions_and_examples():
    schema = load_schema("1.0")
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$id"] == "https://openness.dev/schema/1.0/openness.schema.json"
    stack = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for name, sub in node.get("properties", {}).items():
                if "$ref" in sub:
                    continue
                assert sub.get("description"), f"{name} has no description"
                assert sub.get("examples"), f"{name} has no examples"
            # "if" subschemas only test values; they declare no properties of their own
            stack.extend(v for k, v in node.items() if k != "if" and isinstance(v, dict | list))
        elif isinstance(node, list):
            stack.extend(node)


def test_python_jsonschema_agrees_with_the_fast_engine():
    validator = jsonschema.Draft202012Validator(
        load_schema("1.0"), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    for case in _positive_cases():
        assert validator.is_valid(case)
    for case_id, data, _rule, _pointer in NEGATIVE:
        if case_id in ("other-version", "root-array", "impossible-date"):
            continue  # version and root type are checked before the schema; date needs format
        assert not validator.is_valid(copy.deepcopy(data)), case_id
