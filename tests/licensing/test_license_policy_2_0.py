"""Definition 2.0's licence policy: the review's corrections and additions (issue 12), the
non-OSI permissive licences judged alike (decision "non-osi-permissive"), HF
``license_name`` strings, and 1.0's policy left as it was."""

from __future__ import annotations

import copy
import json

import pytest

from openness.definition import load_definition
from openness.licensing.policy import LicensePolicy
from openness.resources import definition_dir

KINDS = ("code", "weights", "data", "document")
NON_CODE = ("weights", "data", "document")


@pytest.fixture(scope="module")
def raw2() -> dict:
    return json.loads((definition_dir() / "2.0.json").read_text(encoding="utf-8"))["licenses"]


@pytest.fixture(scope="module")
def policy2() -> LicensePolicy:
    return load_definition("2.0").licenses


@pytest.fixture(scope="module")
def policy1() -> LicensePolicy:
    return load_definition("1.0").licenses


def test_the_2_0_section_is_consistent(raw2: dict) -> None:
    assert LicensePolicy.from_data(raw2).consistency_problems() == []


# Each corrected or added licence: closed for every kind, with exactly these restrictions.
CLOSED = {
    "LicenseRef-Tongyi-Qianwen": ("output-restrictions", "user-threshold"),
    "LicenseRef-Qwen-Research": ("naming-duty", "non-commercial", "research-only"),
    "LicenseRef-Qwen": ("naming-duty", "user-threshold"),
    "LicenseRef-Tongyi-Qianwen-Research": ("non-commercial", "research-only"),
    "LicenseRef-DeepSeek-Model": (
        "field-of-use",
        "output-restrictions",
        "restrictions-passed-on",
        "revocable",
    ),
    "LicenseRef-Gemma-Terms": (
        "field-of-use",
        "output-restrictions",
        "restrictions-passed-on",
        "revocable",
    ),
    "LicenseRef-Llama-4-Community": ("field-of-use", "naming-duty", "user-threshold"),
    "LicenseRef-CreativeML-OpenRAIL-M": ("field-of-use", "restrictions-passed-on", "revocable"),
    "LicenseRef-NVIDIA-Open-Model": ("field-of-use", "revocable"),
    "LicenseRef-Stability-AI-Community": ("field-of-use", "user-threshold"),
    "LicenseRef-Stability-AI-NC-Research-Community": ("non-commercial", "research-only"),
    "LicenseRef-Kimi-K2-Modified-MIT": ("naming-duty",),
    "LicenseRef-Mistral-Research": ("non-commercial", "research-only"),
    "LicenseRef-Mistral-Non-Production": ("non-commercial", "non-production"),
    "C-UDA-1.0": ("field-of-use",),
}


@pytest.mark.parametrize(("license_id", "restrictions"), CLOSED.items())
def test_corrected_and_added_licences_are_closed_for_every_kind(
    policy2: LicensePolicy, license_id: str, restrictions: tuple[str, ...]
) -> None:
    for kind in KINDS:
        verdict = policy2.judge(license_id, kind)
        assert not verdict.is_open, (license_id, kind)
        assert verdict.restrictions == restrictions, (license_id, kind)
        assert policy2.judgement(license_id, kind).reason.startswith("restricts use (")


@pytest.mark.parametrize(
    ("license_id", "words"),
    [
        ("LicenseRef-Tongyi-Qianwen", "improve any other large language model"),
        ("LicenseRef-Qwen-Research", "Built with Qwen"),
        ("LicenseRef-Qwen", "100 million monthly active users"),
        ("LicenseRef-DeepSeek-Model", "DeepSeek-R1 and the later DeepSeek-V3 releases are MIT"),
        ("LicenseRef-DeepSeek-Model", "synthetic data"),
        ("LicenseRef-Gemma-Terms", "Gemma 4 is released under Apache-2.0"),
        ("LicenseRef-Llama-4-Community", "European Union"),
        ("LicenseRef-NVIDIA-Open-Model", "guardrail"),
        ("LicenseRef-Stability-AI-Community", "US$1 million"),
        ("LicenseRef-Kimi-K2-Modified-MIT", "Kimi K2"),
        ("C-UDA-1.0", "MOF counts it as an open data licence"),
    ],
)
def test_reasons_state_the_licence_facts(
    policy2: LicensePolicy, license_id: str, words: str
) -> None:
    assert words in policy2.judge(license_id, "weights").reason


# Permissive licences with no restriction on use: open for weights, data and documents;
# for code, "not an open source licence", never a restriction on use.
NON_OSI_PERMISSIVE = [
    "OpenMDW-1.0",
    "LicenseRef-OpenMDW-1.1",
    "BSD-3-Clause-Clear",
    "WTFPL",
    "LicenseRef-Apple-Sample-Code",
]


@pytest.mark.parametrize("license_id", NON_OSI_PERMISSIVE)
def test_non_osi_permissive_licences_are_judged_alike(
    policy2: LicensePolicy, license_id: str
) -> None:
    for kind in NON_CODE:
        assert policy2.judge(license_id, kind).is_open, (license_id, kind)
    code = policy2.judge(license_id, "code")
    assert not code.is_open
    assert code.restrictions == ("not-approved-for-kind",)
    assert "OSI-approved" in code.reason
    judgement = policy2.judgement(license_id, "code")
    assert judgement.reason.startswith("is not an open source licence for code: ")
    assert "restricts use" not in judgement.reason


def test_not_accepted_for_the_kind_reads_as_such(policy2: LicensePolicy) -> None:
    # open content licences for code: "not an open source licence", not a restriction
    for license_id in ("CC-BY-4.0", "ODC-By-1.0"):
        reason = policy2.judgement(license_id, "code").reason
        assert reason.startswith("is not an open source licence for code: ")
    # neither OSI-approved nor on the open content list, for data
    judgement = policy2.judgement("Beerware", "data")
    assert not judgement.is_open
    assert judgement.reason.startswith("is not an open licence for data: ")


def test_or_branch_satisfied_elsewhere_is_not_blamed(policy2: LicensePolicy) -> None:
    """D9: the CC-BY-NC-4.0 branch is satisfied by Apache-2.0; only the Gemma terms keep
    the expression closed, so only they are cited and counted."""
    expression = "(Apache-2.0 OR CC-BY-NC-4.0) AND LicenseRef-Gemma-Terms"
    verdict = policy2.judge(expression, "weights")
    assert not verdict.is_open
    assert "non-commercial" not in verdict.restrictions
    assert "CC-BY-NC-4.0:" not in verdict.reason
    assert "Gemma Prohibited Use Policy" in verdict.reason
    judgement = policy2.judgement(expression, "weights")
    assert "CC-BY-NC" not in judgement.reason and "non-commercial" not in judgement.reason
    # with no branch satisfied, every closed branch is cited
    both = policy2.judge("CC-BY-NC-4.0 OR CC-BY-ND-4.0", "weights")
    assert "forbid commercial use" in both.reason and "modified versions" in both.reason


def test_bare_alias_verdict_keeps_its_blocking_term(policy2: LicensePolicy) -> None:
    verdict = policy2.judge("openrail++", "weights")
    assert not verdict.is_open and verdict.blocking == (0,)
    assert "forbidden uses" in policy2.judgement("openrail++", "weights").reason


# --- Hugging Face license_name strings ------------------------------------------------

LICENSE_NAMES = {
    "qwen": "LicenseRef-Qwen",
    "qwen-research": "LicenseRef-Qwen-Research",
    "tongyi-qianwen": "LicenseRef-Tongyi-Qianwen",
    "tongyi-qianwen-research": "LicenseRef-Tongyi-Qianwen-Research",
    "deepseek": "LicenseRef-DeepSeek-Model",
    "deepseek-license": "LicenseRef-DeepSeek-Model",
    "mrl": "LicenseRef-Mistral-Research",
    "mnpl": "LicenseRef-Mistral-Non-Production",
    "nvidia-open-model-license": "LicenseRef-NVIDIA-Open-Model",
    "stabilityai-ai-community": "LicenseRef-Stability-AI-Community",
    "sai-nc-community": "LicenseRef-Stability-AI-NC-Research-Community",
}


@pytest.mark.parametrize(("name", "ref_id"), LICENSE_NAMES.items())
def test_license_names_resolve_exactly(policy2: LicensePolicy, name: str, ref_id: str) -> None:
    ref = policy2.license_name_ref(name)
    assert ref is not None and ref.id == ref_id
    assert name in ref.license_names
    assert policy2.license_name_ref(f"  {name.upper()} ") == ref  # any case, trimmed


@pytest.mark.parametrize("name", ["modified-mit", "qwen-2", "falcon-llm-license", "other", ""])
def test_unrecorded_or_shared_license_names_resolve_to_nothing(
    policy2: LicensePolicy, name: str
) -> None:
    # "modified-mit" names both Kimi's and MiniMax's texts: never mapped to one of them
    assert policy2.license_name_ref(name) is None


def test_1_0_has_no_license_names(policy1: LicensePolicy) -> None:
    assert policy1.license_name_ref("qwen") is None
    assert all(ref.license_names == () for ref in policy1.license_refs.values())


@pytest.mark.parametrize(
    ("ref_id", "names", "problem"),
    [
        ("LicenseRef-Qwen", ["tongyi-qianwen"], "names both"),
        ("LicenseRef-Qwen", ["Qwen"], "not lower case"),
        ("LicenseRef-Qwen", ["llama3"], "is a Hugging Face id"),
    ],
)
def test_bad_license_names_are_reported(
    raw2: dict, ref_id: str, names: list[str], problem: str
) -> None:
    data = copy.deepcopy(raw2)
    next(r for r in data["license_refs"] if r["id"] == ref_id)["license_names"] = names
    problems = LicensePolicy.from_data(data, check=False).consistency_problems()
    assert any(problem in p for p in problems), problems
    with pytest.raises(ValueError, match=problem):
        LicensePolicy.from_data(data)


# --- 1.0 keeps its meaning --------------------------------------------------------------

F, T = False, True
ONE_0 = {
    "LicenseRef-Tongyi-Qianwen": (F, ("field-of-use", "user-threshold")),
    "LicenseRef-Qwen-Research": (F, ("non-commercial", "research-only")),
    "LicenseRef-DeepSeek-Model": (F, ("field-of-use", "restrictions-passed-on")),
    "LicenseRef-Gemma-Terms": (F, ("field-of-use", "restrictions-passed-on", "revocable")),
    "LicenseRef-CreativeML-OpenRAIL-M": (F, ("field-of-use", "restrictions-passed-on")),
    "LicenseRef-Apple-Sample-Code": (F, ("not-approved-for-kind",)),
    "BSD-3-Clause-Clear": (F, ("not-approved-for-kind",)),
    "C-UDA-1.0": (F, ("field-of-use",)),
    "CC-BY-NC-4.0": (F, ("non-commercial",)),
}
ONE_0_OPEN_NON_CODE = ["OpenMDW-1.0", "LicenseRef-OpenMDW-1.1", "WTFPL", "CC-BY-4.0"]


@pytest.mark.parametrize(("license_id", "expected"), ONE_0.items())
def test_1_0_judgements_are_unchanged(policy1: LicensePolicy, license_id: str, expected) -> None:
    for kind in KINDS:
        verdict = policy1.judge(license_id, kind)
        assert (verdict.is_open, verdict.restrictions) == expected, (license_id, kind)


@pytest.mark.parametrize("license_id", ONE_0_OPEN_NON_CODE)
def test_1_0_open_content_is_unchanged(policy1: LicensePolicy, license_id: str) -> None:
    for kind in NON_CODE:
        assert policy1.judge(license_id, kind).is_open
    assert policy1.judge(license_id, "code").restrictions == ("not-approved-for-kind",)


def test_1_0_lacks_the_2_0_additions(policy1: LicensePolicy) -> None:
    for ref_id in (
        "LicenseRef-Qwen",
        "LicenseRef-NVIDIA-Open-Model",
        "LicenseRef-Kimi-K2-Modified-MIT",
    ):
        assert policy1.license_ref(ref_id) is None
    assert policy1.judge("Apache-2.0", "code").is_open
