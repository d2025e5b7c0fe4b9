"""The rule registry, checked both ways.

One way: every id a family emits is catalogued by that family (the family's
``finder`` refuses any other id at run time; here the ids written in the code,
in the loader's errors and in the schema's ``x-openness`` annotations are held to
the catalogue statically). The other way: every catalogued id is emitted, by a
declaration made to trigger it.
"""

from __future__ import annotations

import ast
import copy
import inspect
import json
from pathlib import Path
from typing import Any

import pytest

from openness import loader, schemagen
from openness.definition import load_definition
from openness.rules import FAMILIES, RULES
from openness.rules import reading as reading_rules
from openness.rules import schema as schema_rules
from openness.validate import validate_file

from declarations import edited, open_source_ai, open_source_ai_open_data


def test_every_rule_is_catalogued_by_exactly_one_family():
    ids = [rule.id for family in FAMILIES for rule in family.RULES]
    assert len(ids) == len(set(ids)) == len(RULES)


def _emitted_literals(module) -> set[str]:
    """Rule ids written as the first argument of ``_finding(...)`` in a module."""
    tree = ast.parse(inspect.getsource(module))
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "_finding"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.__name__.rsplit(".", 1)[-1])
def test_a_family_emits_only_its_own_ids(family):
    own = {rule.id for rule in family.RULES}
    assert _emitted_literals(family) <= own


def test_the_loader_names_only_reading_rules():
    """Every catalogued id written in the loader (the rules its errors name) is a
    reading rule."""
    tree = ast.parse(inspect.getsource(loader))
    named = {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in RULES
    }
    assert named == {rule.id for rule in reading_rules.RULES}


def test_the_schema_annotations_name_only_schema_rules():
    schema = schemagen.build_schema(load_definition("1.0"))
    named: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for annotation in node.get("x-openness", {}).values():
                named.add(annotation["rule"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    assert named and named <= {rule.id for rule in schema_rules.RULES}


# --- the other way: a declaration that triggers each catalogued rule ---------------------


def _base() -> dict[str, Any]:
    return open_source_ai()


def _component(data: dict[str, Any], cid: str, **fields: Any) -> dict[str, Any]:
    result = copy.deepcopy(data)
    result["components"][cid] = {**result["components"].get(cid, {}), **fields}
    return result


def _dataset(**fields: Any) -> dict[str, Any]:
    return _component(
        _base(),
        "training-data",
        datasets=[{"name": "Corpus", "url": "https://example.org/c", **fields}],
    )


def _many_errors() -> dict[str, Any]:
    """More schema errors than a file reports: 300 data sets of the wrong type."""
    return _component(_base(), "training-data", datasets=list(range(300)))


def _text(content: str | bytes) -> bytes:
    return content if isinstance(content, bytes) else content.encode("utf-8")


_DECLARATIONS: dict[str, Any] = {
    "definition-version": {**_base(), "openness": "9.9"},
    "missing-property": {k: v for k, v in _base().items() if k != "model"},
    "unknown-property": {**_base(), "modle": {}},
    "unknown-component": edited(_base(), model_weights={"status": "released"}),
    "wrong-type": edited(_base(), model_card="released"),
    "invalid-value": _component(_base(), "model-card", status="maybe"),
    "invalid-url": _component(_base(), "model-card", url="ftp://example.org"),
    "invalid-date": {**_base(), "model": {**_base()["model"], "release_date": "2025-13-45"}},
    "out-of-range": _dataset(access="open", license="CC0-1.0", share=2),
    "not-applicable-refused": _component(
        _base(), "model-parameters", status="not-applicable", notes="none"
    ),
    "not-applicable-without-notes": _component(_base(), "sample-outputs", status="not-applicable"),
    "dataset-without-url": _component(
        _base(),
        "training-data",
        datasets=[{"name": "Corpus", "access": "open", "license": "CC0-1.0"}],
    ),
    "unshareable-without-description": _component(
        _base(),
        "training-data",
        status="partial",
        datasets=[{"name": "C", "access": "unshareable"}],
    ),
    "open-dataset-without-license": _dataset(access="open"),
    "schema": _many_errors(),
    "invalid-license-expression": _component(_base(), "model-card", license="MIT AND"),
    "unknown-license": _component(_base(), "model-card", license="LicenseRef-Nothing"),
    "ambiguous-license": _component(_base(), "model-card", license="bsd"),
    "license-alias": _component(_base(), "model-card", license="apache-2.0"),
    "deprecated-license": _component(_base(), "inference-code", license="GPL-2.0"),
    "restricted-license": _component(_base(), "model-card", license="CC-BY-NC-4.0"),
    "license-not-open-for-kind": _component(_base(), "inference-code", license="CC-BY-4.0"),
    "released-without-url": _component(
        _base(), "model-card", status="released", license="CC-BY-4.0", url=None
    ),
    "released-without-license": _component(_base(), "model-card", status="released", license=None),
    "datasets-missing": _component(_base(), "training-data", datasets=[]),
    "dataset-shares": _component(
        _base(),
        "training-data",
        datasets=[
            {
                "name": n,
                "url": "https://example.org/" + n,
                "access": "open",
                "license": "CC0-1.0",
                "share": 0.8,
            }
            for n in ("a", "b")
        ],
    ),
    "status-datasets-mismatch": _component(
        _base(),
        "training-data",
        datasets=[{"name": "C", "access": "unshareable", "description": "private crawl"}],
    ),
    "schema-mismatch": {**_base(), "$schema": "https://example.org/other.json"},
    "findings-left-out": _component(
        _base(),
        "training-data",
        datasets=[
            {"name": f"d{i}", "url": "https://example.org/d", "access": "open", "license": "a b"}
            for i in range(1100)
        ],
    ),
    "open-source-washing": _component(_base(), "training-code", status="not-released"),
    "definition-superseded": _base(),
    "exception-missing": _component(
        open_source_ai_open_data(),
        "training-data",
        datasets=[{"name": "C", "url": "https://example.org/c", "access": "public"}],
    ),
    "exception-incomplete": _component(
        open_source_ai_open_data(),
        "training-data",
        datasets=[
            {"name": "C", "url": "https://example.org/c", "access": "public", "exception": {}}
        ],
    ),
}

# the reading rules are about the bytes of a file, not a declaration
_FILES: dict[str, bytes] = {
    "empty-file": b"",
    "encoding": b"\xff\xfe{\x00}\x00",
    "invalid-json": b"{",
    "duplicate-key": b'{"a": 1, "a": 2}',
    "too-deep": b"[" * 300 + b"]" * 300,
    "file-too-large": b'{"padding": "' + b"x" * 100 + b'"}',
}


def _strip_nones(value: Any) -> Any:
    """``None`` in a component edit removes the field."""
    if isinstance(value, dict):
        return {k: _strip_nones(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_strip_nones(v) for v in value]
    return value


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_every_catalogued_rule_is_emitted(rule_id: str, tmp_path: Path):
    path = tmp_path / "openness.json"
    max_bytes = 64 if rule_id == "file-too-large" else 1024 * 1024
    if rule_id == "unreadable":
        path = tmp_path / "missing.json"
    elif rule_id in _FILES:
        path.write_bytes(_FILES[rule_id])
    else:
        assert rule_id in _DECLARATIONS, f"no declaration triggers {rule_id}: add one here"
        path.write_text(json.dumps(_strip_nones(_DECLARATIONS[rule_id])), encoding="utf-8")
    report = validate_file(str(path), max_bytes)
    assert rule_id in {finding.rule for finding in report.findings}, report.findings
