"""One run reports everything a person must fix (issue 14, P9): licence and
consistency findings beside schema errors, causes before their consequences."""

from __future__ import annotations

import json
from typing import Any

from openness.assess import assess_document
from openness.loader import Document
from openness.render import text

from declarations import open_source_ai_open_data


def assess(data: dict[str, Any]):
    return assess_document(Document("openness.json", json.dumps(data, indent=2), data))


def rules_at(report) -> list[tuple[str, str]]:
    return [(f.rule, f.pointer) for f in report.findings]


def hand_written() -> dict[str, Any]:
    """The review's file: a component typo, a data set without url, two licence typos."""
    data = open_source_ai_open_data()
    components = data["components"]
    components["model-parameters"]["license"] = "apache 2.0"
    components["inference-code"]["license"] = "MIT, Apache-2.0"
    components["training-cod"] = components.pop("training-code")
    del components["training-data"]["datasets"][0]["url"]
    return data


def test_licence_typos_are_reported_in_the_same_run_as_schema_errors():
    report = assess(hand_written())
    found = rules_at(report)
    assert ("unknown-component", "/components/training-cod") in found
    assert ("dataset-without-url", "/components/training-data/datasets/0/url") in found
    assert ("invalid-license-expression", "/components/model-parameters/license") in found
    assert ("invalid-license-expression", "/components/inference-code/license") in found
    assert report.level is None and not report.valid  # no level from a broken file


def test_a_licence_that_is_itself_a_schema_error_is_not_judged_twice():
    data = open_source_ai_open_data()
    data["components"]["model-parameters"]["license"] = "x" * 600  # over maxLength
    data["model"]["url"] = "http://insecure.example"
    report = assess(data)
    at_licence = [
        f.rule for f in report.findings if f.pointer == "/components/model-parameters/license"
    ]
    assert at_licence == ["out-of-range"]


def test_consistency_findings_of_well_formed_components_beside_schema_errors():
    data = open_source_ai_open_data()
    data["model"]["url"] = "http://insecure.example"  # a schema error elsewhere
    del data["components"]["model-card"]["license"]  # well-formed, but no licence
    data["components"]["training-data"]["datasets"][0]["access"] = "secret"  # broken part
    data["components"]["training-data"]["status"] = "released"
    report = assess(data)
    found = rules_at(report)
    assert ("released-without-license", "/components/model-card") in found
    # the broken component gets its schema error, and no guess from the broken part
    assert not [
        p
        for r, p in found
        if p.startswith("/components/training-data")
        and r in ("status-datasets-mismatch", "datasets-missing", "dataset-shares")
    ]


def test_a_file_with_unreadable_parts_still_gets_no_crash_and_no_level():
    data = open_source_ai_open_data()
    data["components"]["training-data"] = {"status": "released", "datasets": [1, "two"]}
    data["components"]["nonsense"] = {"license": "MIT"}
    data["$schema"] = 7
    report = assess(data)
    assert report.level is None
    assert "invalid-license-expression" not in {f.rule for f in report.findings}


def test_the_washing_finding_comes_after_the_typo_that_causes_it():
    data = open_source_ai_open_data()
    data["components"]["model-parameters"]["license"] = "apache 2.0"
    report = assess(data)
    rules = [f.rule for f in report.findings]
    assert rules.index("invalid-license-expression") < rules.index("open-source-washing")
    assert rules[-1] == "open-source-washing"


def test_the_washing_finding_names_every_part_that_falls_short():
    data = open_source_ai_open_data()
    for cid in (
        "model-architecture",
        "inference-code",
        "training-code",
        "data-card",
        "technical-report",
        "research-paper",
        "supporting-libraries",
    ):
        data["components"][cid] = {"status": "not-released"}
    washing = next(f for f in assess(data).findings if f.rule == "open-source-washing")
    for title in (
        "model architecture",
        "inference code",
        "training code",
        "data card",
        "supporting libraries and tools",
    ):
        assert title in washing.message
    assert "more" not in washing.message


def test_verbose_text_prints_no_empty_heading():
    data = open_source_ai_open_data()
    data["components"]["training-code"] = {"status": "not-released"}
    report = assess(data)
    from openness.report import Report

    out = text.render(Report(files=[report]), verbose=1)
    lines = out.splitlines()
    for index, line in enumerate(lines):
        if line.strip().startswith("also missing for"):
            assert lines[index + 1].startswith("    - "), out
    assert "Open Source AI with Open Data: nothing more" in out
