"""MOF verdicts on declarations: statuses, dataset licences, expressions, warnings."""

from __future__ import annotations

import pytest

from openness.crosswalk.mof import assess_mof, evaluate, is_open_id, judge_license
from openness.definition import load_definition, load_raw

DEFINITION = load_definition("1.0")
POLICY = DEFINITION.mof

CLASS_3 = {
    "model-architecture": "Apache-2.0",
    "model-parameters": "Apache-2.0",
    "technical-report": "CC-BY-4.0",
    "evaluation-results": "CC-BY-4.0",
    "model-card": "CC-BY-4.0",
    "data-card": "CC-BY-4.0",
}
CLASS_2 = {
    "training-code": "Apache-2.0",
    "inference-code": "Apache-2.0",
    "evaluation-code": "MIT",
    "evaluation-data": "CC-BY-4.0",
}
CLASS_1 = {
    "training-data": "CDLA-Permissive-2.0",
    "data-preprocessing-code": "Apache-2.0",
    "intermediate-checkpoints": "Apache-2.0",
    "research-paper": "CC-BY-4.0",
}


def declaration(licences: dict[str, str | None], **overrides: dict) -> dict:
    components: dict[str, dict] = {}
    for component_id, licence in licences.items():
        entry: dict = {"status": "released", "url": f"https://example.org/{component_id}"}
        if licence is not None:
            entry["license"] = licence
        components[component_id] = entry
    components.update(overrides)
    return {"openness": "1.0", "model": {"name": "m"}, "components": components}


def verdict(licences: dict[str, str | None], **overrides: dict):
    return assess_mof(declaration(licences, **overrides), DEFINITION)


def test_every_mof_component_is_answered_by_one_of_ours():
    names = {c.name for c in POLICY.components}
    assert set(POLICY.answered_by) == names
    assert len(POLICY.answered_by) == 17


def test_open_data_list_comes_from_the_definition():
    mof_licenses = load_raw("1.0")["crosswalks"]["mof"]["licenses"]
    assert "CDLA-Permissive-2.0" in mof_licenses["open_data"]
    assert POLICY.open_data == frozenset(mof_licenses["open_data"])


def test_full_class_1():
    result = verdict({**CLASS_3, **CLASS_2, **CLASS_1})
    assert result.mof_class == 1
    assert result.label == "Open Science Model"
    assert result.progress == {3: 100.0, 2: 100.0, 1: 100.0}


def test_class_3_only_and_cumulative_progress():
    result = verdict({**CLASS_3, "training-code": "MIT"})
    assert result.mof_class == 3
    assert result.label == "Open Model"
    assert result.progress[2] == pytest.approx(70.0)  # 7 of 10
    assert result.progress[1] == 0.0


def test_progress_is_zero_when_a_lower_class_is_incomplete():
    licences = {**CLASS_3, **CLASS_2, **CLASS_1}
    del licences["model-card"]
    result = verdict(licences)
    assert result.mof_class == 0
    assert result.label == "Unclassified"
    assert result.progress == {3: pytest.approx(500 / 6), 2: 0.0, 1: 0.0}


def test_research_paper_stands_in_for_the_technical_report():
    licences = {**CLASS_3, **CLASS_2, "research-paper": "CC-BY-4.0"}
    del licences["technical-report"]
    result = verdict(licences)
    assert result.mof_class == 2
    assert result.progress[1] == pytest.approx(100 * 10 / 13)
    assert any("stands in" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("licence", "is_open"),
    [
        ("Apache-2.0", True),
        ("Apache 2.0", False),  # exact string match, as MOT
        ("apache-2.0", False),
        ("GPL-3.0-only", True),  # OSI-approved
        ("CC-BY-4.0", True),  # open-data list
        ("CC-BY-NC-4.0", False),
        ("OpenMDW-1.0", True),
        ("LicenseRef-Llama-2-Community", False),
        ("Undisclosed", False),
    ],
)
def test_licence_is_open_as_mot(licence: str, is_open: bool):
    assert is_open_id(licence, POLICY) is is_open


def test_case_mismatch_is_explained():
    result = verdict({**CLASS_3, "model-architecture": "apache-2.0"})
    assert result.mof_class == 0
    assert any("'Apache-2.0'" in w and "exactly" in w for w in result.warnings)


def test_gpl_code_counts_with_a_warning():
    result = verdict({**CLASS_3, **CLASS_2, "training-code": "GPL-3.0-only"})
    assert result.mof_class == 2
    assert any("Training code" in w and "recommends" in w for w in result.warnings)


def test_open_but_not_type_appropriate_data_licence_warns():
    result = verdict({**CLASS_3, "model-parameters": "MIT"})
    assert result.mof_class == 3
    assert any("Model parameters (Final)" in w and "recommends" in w for w in result.warnings)


def test_partial_does_not_count():
    result = verdict(CLASS_3, **{"model-card": {"status": "partial", "license": "CC-BY-4.0"}})
    assert result.mof_class == 0
    assert any("partly released" in w for w in result.warnings)


def test_not_applicable_required_component_is_missing():
    result = verdict(
        CLASS_3, **{"data-card": {"status": "not-applicable", "notes": "no data card"}}
    )
    assert result.mof_class == 0
    assert any("not applicable" in w for w in result.warnings)


def test_not_applicable_optional_component_is_silent():
    result = verdict(
        CLASS_3, **{"sample-outputs": {"status": "not-applicable", "notes": "no outputs"}}
    )
    assert result.mof_class == 3
    assert not any("Sample" in w for w in result.warnings)


def test_unlicensed_datasets_fail():
    full = {**CLASS_3, **CLASS_2, **CLASS_1}
    full["training-data"] = None
    result = verdict(full)
    assert result.mof_class == 2
    assert any("Datasets" in w and "without a licence" in w for w in result.warnings)


def _with_datasets(*licences: str | None) -> dict:
    datasets = []
    for index, licence in enumerate(licences):
        item = {"name": f"d{index}", "url": f"https://example.org/d{index}", "access": "public"}
        if licence is not None:
            item["license"] = licence
            item["access"] = "open"
        datasets.append(item)
    return {"status": "released", "datasets": datasets}


def test_dataset_licences_stand_in_when_all_open():
    full = {**CLASS_3, **CLASS_2, **CLASS_1}
    del full["training-data"]
    result = verdict(full, **{"training-data": _with_datasets("CC-BY-4.0", "ODC-By-1.0")})
    assert result.mof_class == 1
    assert any("data sets' licences" in w for w in result.warnings)


@pytest.mark.parametrize("licences", [("CC-BY-4.0", "CC-BY-NC-4.0"), ("CC-BY-4.0", None), ()])
def test_dataset_licences_fail_when_one_is_not_open_or_missing(licences):
    full = {**CLASS_3, **CLASS_2, **CLASS_1}
    del full["training-data"]
    result = verdict(full, **{"training-data": _with_datasets(*licences)})
    assert result.mof_class == 2


def test_component_licence_wins_over_dataset_licences():
    full = {**CLASS_3, **CLASS_2, **CLASS_1}
    entry = _with_datasets("CC-BY-NC-4.0")
    entry["license"] = "CC-BY-4.0"
    result = verdict(full, **{"training-data": entry})
    assert result.mof_class == 1


def test_expressions_are_judged_by_their_parts():
    assert judge_license("Apache-2.0 OR LicenseRef-Llama-2-Community", POLICY).open
    assert not judge_license("Apache-2.0 AND CC-BY-NC-4.0", POLICY).open
    assert judge_license("GPL-2.0-only WITH Classpath-exception-2.0", POLICY).open
    result = verdict({**CLASS_3, "model-architecture": "MIT OR Apache-2.0"})
    assert result.mof_class == 3
    assert any("expression" in w for w in result.warnings)


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"components": []},
        {"components": {"model-card": "released"}},
        {"components": {"model-card": {"status": 3, "license": 5}}},
        {"components": {"training-data": {"status": "released", "datasets": "x"}}},
        {"components": {"training-data": {"status": "released", "datasets": [1, None]}}},
    ],
)
def test_malformed_declarations_do_not_crash(data):
    result = assess_mof(data, DEFINITION)
    assert result.mof_class == 0


def test_evaluate_on_empty_set():
    result = evaluate(set(), POLICY)
    assert result.mof_class == 0
    assert result.progress == {3: 0.0, 2: 0.0, 1: 0.0}
