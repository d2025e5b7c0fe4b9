"""Every level boundary, the next-level checklist, OSAID and open source washing."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openness.assess import assess_document
from openness.definition import load_definition
from openness.loader import Document

from declarations import CODE, DOCUMENTS, WEIGHTS, edited, open_source_ai


def assess(data):
    return assess_document(Document("openness.json", json.dumps(data, indent=2), data))


def missing_for(report, level):
    check = next(c for c in report.levels if c.level == level)
    return [(g.requirement, g.reason) for g in check.missing]


def test_complete_declaration_is_open_source_ai():
    report = assess(open_source_ai())
    assert report.valid, report.findings
    assert report.level == "open-source-ai"
    assert report.next_level is None
    assert report.osaid.passed


def test_no_parameters_is_closed():
    report = assess(edited(open_source_ai(), model_parameters=None))
    assert report.level == "closed"
    assert missing_for(report, "restricted") == [("parameters-available", "not-released")]


def test_partial_parameters_are_restricted():
    report = assess(
        edited(
            open_source_ai(),
            model_parameters={
                "status": "partial",
                "license": "Apache-2.0",
                "url": "https://example.org/w",
            },
        )
    )
    assert report.level == "restricted"
    assert missing_for(report, "open-weights") == [("parameters-open", "partial")]


@pytest.mark.parametrize(
    ("license_id", "reason"),
    [
        ("CC-BY-NC-4.0", "restricted-license"),
        ("LicenseRef-Llama-2-Community", "restricted-license"),
        ("CC-BY-ND-4.0", "restricted-license"),
    ],
)
def test_restrictive_weights_licence_is_restricted(license_id, reason):
    report = assess(
        edited(
            open_source_ai(),
            model_parameters={
                "status": "released",
                "license": license_id,
                "url": "https://example.org/w",
            },
        )
    )
    assert report.level == "restricted"
    assert missing_for(report, "open-weights") == [("parameters-open", reason)]


def test_weights_without_licence_are_restricted_with_a_warning():
    report = assess(
        edited(
            open_source_ai(),
            model_parameters={"status": "released", "url": "https://example.org/w"},
        )
    )
    assert report.level == "restricted"
    assert missing_for(report, "open-weights") == [("parameters-open", "no-license")]
    assert "released-without-license" in {f.rule for f in report.findings}


def test_missing_inference_code_stops_at_restricted():
    report = assess(edited(open_source_ai(), inference_code=None))
    assert report.level == "restricted"
    assert missing_for(report, "open-weights") == [("inference-code-open", "not-released")]


def test_open_weights_without_training_code():
    report = assess(edited(open_source_ai(), training_code={"status": "not-released"}))
    assert report.level == "open-weights"
    assert report.next_level.level == "open-methods"
    assert missing_for(report, "open-methods") == [("training-code-open", "not-released")]
    assert not report.osaid.passed


def test_code_under_a_data_licence_is_not_open():
    report = assess(
        edited(
            open_source_ai(),
            training_code={
                "status": "released",
                "license": "CC-BY-4.0",
                "url": "https://example.org/t",
            },
        )
    )
    assert report.level == "open-weights"
    assert missing_for(report, "open-methods")[0][0] == "training-code-open"


def test_a_research_paper_stands_in_for_the_technical_report():
    report = assess(edited(open_source_ai(), technical_report=None))
    assert report.level == "open-source-ai"


def test_neither_report_nor_paper_blocks_open_methods():
    report = assess(edited(open_source_ai(), technical_report=None, research_paper=None))
    assert report.level == "open-weights"
    gaps = next(c for c in report.levels if c.level == "open-methods").missing
    assert [g.requirement for g in gaps] == ["report-open"]
    assert gaps[0].components == ("technical-report", "research-paper")


def test_not_applicable_supporting_libraries_count_as_met():
    report = assess(
        edited(
            open_source_ai(),
            supporting_libraries={
                "status": "not-applicable",
                "notes": "Only public open source libraries.",
            },
        )
    )
    assert report.level == "open-source-ai"


def test_unlisted_training_data_blocks_open_methods():
    report = assess(edited(open_source_ai(), training_data={"status": "not-released"}))
    assert report.level == "open-weights"
    assert missing_for(report, "open-methods") == [("training-data-listed", "datasets-not-listed")]


@pytest.mark.parametrize("access", ["public", "obtainable"])
def test_data_that_is_not_open_stops_at_open_methods(access):
    data = open_source_ai()
    data["components"]["training-data"]["datasets"][1] = {
        "name": "Web crawl",
        "access": access,
        "url": "https://example.org/crawl",
    }
    data["components"]["training-data"]["status"] = "released"
    report = assess(data)
    assert report.level == "open-methods"
    gap = next(c for c in report.levels if c.level == "open-source-ai").missing[0]
    assert gap.reason == "data-not-open"
    assert f'"Web crawl" is {access}, not open' in gap.message
    assert report.osaid.passed


def test_unshareable_data_stops_at_open_methods_and_passes_osaid():
    data = open_source_ai()
    data["components"]["training-data"] = {
        "status": "partial",
        "datasets": [
            {
                "name": "Open part",
                "access": "open",
                "license": "CC0-1.0",
                "url": "https://example.org/o",
            },
            {"name": "Calls", "access": "unshareable", "description": "Customer calls."},
        ],
    }
    report = assess(data)
    assert report.level == "open-methods"
    assert report.osaid.passed
    assert '"Calls" is unshareable, not open' in report.next_level.missing[0].message


def test_open_dataset_under_a_non_commercial_licence_is_not_open():
    data = open_source_ai()
    data["components"]["training-data"]["datasets"][0]["license"] = "CC-BY-NC-SA-4.0"
    report = assess(data)
    assert report.level == "open-methods"
    assert '"Corpus A" is under CC-BY-NC-SA-4.0' in report.next_level.missing[0].message


def test_levels_are_cumulative():
    # open data does not lift a model whose weights are restricted
    report = assess(
        edited(
            open_source_ai(),
            model_parameters={
                "status": "released",
                "license": "CC-BY-NC-4.0",
                "url": "https://example.org/w",
            },
        )
    )
    assert report.level == "restricted"
    assert [c.met for c in report.levels] == [True, False, False, False]


def test_washing_is_reported_when_the_claim_is_not_met():
    report = assess(
        edited(
            open_source_ai(),
            model_parameters={
                "status": "released",
                "license": "LicenseRef-Llama-2-Community",
                "url": "https://example.org/w",
            },
        )
    )
    washing = [f for f in report.findings if f.rule == "open-source-washing"]
    assert len(washing) == 1 and washing[0].pointer == "/claims/open_source"
    assert "Restricted" in washing[0].message and "model parameters" in washing[0].message
    assert not report.valid and report.level == "restricted"


def test_no_washing_without_the_claim_or_at_the_top():
    assert "open-source-washing" not in {f.rule for f in assess(open_source_ai()).findings}
    data = edited(open_source_ai(), training_code=None)
    data["claims"]["open_source"] = False
    assert "open-source-washing" not in {f.rule for f in assess(data).findings}


LICENSES = {
    "code": ["Apache-2.0", "MIT", "CC-BY-4.0", "LicenseRef-Llama-2-Community", None],
    "weights": ["Apache-2.0", "CC-BY-4.0", "CC-BY-NC-4.0", "LicenseRef-Gemma-Terms", None],
    "data": ["CC0-1.0", "ODC-By-1.0", "CC-BY-NC-4.0", None],
    "document": ["CC-BY-4.0", "CC-BY-ND-4.0", None],
}
KIND_OF = {
    **{c: "code" for c in CODE},
    **{c: "document" for c in DOCUMENTS},
    **{c: "weights" for c in WEIGHTS},
    "training-configuration": "data",
}


@st.composite
def declarations(draw):
    data = open_source_ai()
    for cid, kind in KIND_OF.items():
        status = draw(st.sampled_from(["released", "partial", "not-released", "not-applicable"]))
        if status == "not-applicable" and load_definition("1.0").component(cid).always_applies:
            status = "not-released"
        entry = {"status": status}
        license_id = draw(st.sampled_from(LICENSES[kind]))
        if license_id:
            entry["license"] = license_id
        if status == "not-applicable":
            entry["notes"] = "does not apply"
        if status == "released":
            entry["url"] = f"https://example.org/{cid}"
        data["components"][cid] = entry
    access = draw(
        st.lists(st.sampled_from(["open", "public", "obtainable", "unshareable"]), max_size=3)
    )
    datasets = []
    for index, cls in enumerate(access):
        item = {"name": f"D{index}", "access": cls}
        if cls == "unshareable":
            item["description"] = "private"
        else:
            item["url"] = f"https://example.org/d{index}"
        if cls == "open":
            item["license"] = draw(st.sampled_from(["CC-BY-4.0", "CC-BY-NC-4.0"]))
        datasets.append(item)
    data["components"]["training-data"] = (
        {"status": draw(st.sampled_from(["released", "partial"])), "datasets": datasets}
        if datasets
        else {"status": "not-released"}
    )
    return data


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(declarations())
def test_open_methods_and_above_always_pass_osaid(data):
    report = assess(data)
    assert report.level is not None
    order = load_definition("1.0").level_ids
    if order.index(report.level) >= order.index("open-methods"):
        assert report.osaid.passed, report.osaid.failures
    # the level is the highest one whose requirements and all below are met
    met = [c.met for c in report.levels]
    assert met == sorted(met, reverse=True)
    assert order.index(report.level) == sum(met)
