"""Judging licence expressions per component kind."""

from __future__ import annotations

import pytest

from openness.licensing.policy import LicensePolicy

KINDS = ("code", "weights", "data", "document")
NON_CODE = ("weights", "data", "document")


def _open(policy: LicensePolicy, expression: str, kind: str) -> bool:
    return policy.judge(expression, kind).is_open


# --- OSI-approved software licences: open for every kind ---------------------------------

OSI = [
    "Apache-2.0",
    "MIT",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "0BSD",
    "ISC",
    "MPL-2.0",
    "EPL-2.0",
    "EUPL-1.2",
    "GPL-2.0-only",
    "GPL-3.0-or-later",
    "LGPL-2.1-only",
    "AGPL-3.0-only",
    "Unlicense",
    "Zlib",
    "Artistic-2.0",
    "BSL-1.0",
]


@pytest.mark.parametrize("license_id", OSI)
@pytest.mark.parametrize("kind", KINDS)
def test_osi_approved_licences_are_open_for_every_kind(
    policy: LicensePolicy, license_id: str, kind: str
) -> None:
    verdict = policy.judge(license_id, kind)
    assert verdict.is_open, verdict.reason
    assert verdict.restrictions == ()
    assert "OSI-approved" in verdict.reason


# --- open content licences: open for weights, data, documents; not for code -----------------

OPEN_CONTENT = [
    "CC0-1.0",
    "CC-BY-4.0",
    "CC-BY-3.0",
    "CC-BY-2.5-AU",
    "CC-BY-3.0-IGO",
    "CC-BY-SA-4.0",
    "CC-BY-SA-3.0-DE",
    "CC-BY-SA-2.1-JP",
    "CDLA-Permissive-1.0",
    "CDLA-Permissive-2.0",
    "CDLA-Sharing-1.0",
    "ODC-By-1.0",
    "ODbL-1.0",
    "PDDL-1.0",
    "etalab-2.0",
    "OpenMDW-1.0",
    "OGL-UK-3.0",
    "OGL-Canada-2.0",
    "DL-DE-BY-2.0",
    "NLOD-2.0",
    "O-UDA-1.0",
    "GFDL-1.3-no-invariants-only",
    "GFDL-1.2-no-invariants-or-later",
    "LGPLLR",
    "WTFPL",
]


@pytest.mark.parametrize("license_id", OPEN_CONTENT)
def test_open_content_licences(policy: LicensePolicy, license_id: str) -> None:
    for kind in NON_CODE:
        verdict = policy.judge(license_id, kind)
        assert verdict.is_open, verdict.reason
    code = policy.judge(license_id, "code")
    assert not code.is_open
    assert code.restrictions == ("not-approved-for-kind",)
    assert "not OSI-approved" in code.reason
    assert "open licence for weights, data and documents" in code.reason


def test_openmdw_for_code_says_why(policy: LicensePolicy) -> None:
    verdict = policy.judge("OpenMDW-1.0", "code")
    assert not verdict.is_open
    assert verdict.reason == (
        "OpenMDW-1.0 is not open for code: OpenMDW-1.0 is not OSI-approved, and code needs an "
        "OSI-approved licence (it is an open licence for weights, data and documents)."
    )


def test_fsf_libre_is_not_enough_for_code(policy: LicensePolicy) -> None:
    verdict = policy.judge("BSD-3-Clause-Clear", "code")
    assert not verdict.is_open
    assert "FSF-libre is not enough" in verdict.reason
    weights = policy.judge("BSD-3-Clause-Clear", "weights")
    assert not weights.is_open
    assert "neither OSI-approved nor on the open content list" in weights.reason


# --- SPDX licences with an exact restriction ----------------------------------------------

RESTRICTED = [
    ("CC-BY-NC-4.0", {"non-commercial"}),
    ("CC-BY-NC-2.0", {"non-commercial"}),
    ("CC-BY-NC-3.0-IGO", {"non-commercial"}),
    ("CC-BY-NC-SA-4.0", {"non-commercial"}),
    ("CC-BY-NC-SA-2.0-FR", {"non-commercial"}),
    ("CC-BY-NC-ND-4.0", {"non-commercial", "no-derivatives"}),
    ("CC-BY-NC-ND-3.0", {"non-commercial", "no-derivatives"}),
    ("CC-BY-ND-4.0", {"no-derivatives"}),
    ("CC-BY-ND-3.0-DE", {"no-derivatives"}),
    ("GFDL-1.3-only", {"invariant-sections"}),
    ("GFDL-1.3-invariants-or-later", {"invariant-sections"}),
    ("C-UDA-1.0", {"field-of-use"}),
    ("PolyForm-Noncommercial-1.0.0", {"non-commercial"}),
    ("PolyForm-Small-Business-1.0.0", {"user-threshold"}),
    ("BUSL-1.1", {"non-production"}),
    ("JSON", {"field-of-use"}),
    ("Hippocratic-2.1", {"field-of-use"}),
]


@pytest.mark.parametrize(("license_id", "restrictions"), RESTRICTED)
@pytest.mark.parametrize("kind", KINDS)
def test_restricted_spdx_licences_carry_their_restriction(
    policy: LicensePolicy, license_id: str, restrictions: set[str], kind: str
) -> None:
    verdict = policy.judge(license_id, kind)
    assert not verdict.is_open
    assert set(verdict.restrictions) == restrictions
    assert verdict.licenses[0].restrictions == tuple(verdict.licenses[0].restrictions)


def test_unlisted_non_osi_licence_is_not_approved_for_any_kind(policy: LicensePolicy) -> None:
    for kind in KINDS:
        verdict = policy.judge("SSPL-1.0", kind)
        assert not verdict.is_open
        assert verdict.restrictions == ("not-approved-for-kind",)


# --- our LicenseRef- ids -------------------------------------------------------------------


def test_every_license_ref_is_judged_from_its_data(policy: LicensePolicy) -> None:
    for ref in policy.license_refs.values():
        for kind in KINDS:
            verdict = policy.judge(ref.id, kind)
            finding = verdict.licenses[0]
            assert finding.source == "license-ref" and finding.id == ref.id
            assert ref.reason in verdict.reason
            if kind in ref.open_for:
                assert verdict.is_open, (ref.id, kind)
            else:
                assert not verdict.is_open, (ref.id, kind)
                expected = set(ref.restrictions) or {"not-approved-for-kind"}
                assert set(verdict.restrictions) == expected, (ref.id, kind)


@pytest.mark.parametrize(
    ("ref_id", "must_have"),
    [
        ("LicenseRef-Llama-2-Community", {"user-threshold", "field-of-use"}),
        ("LicenseRef-Llama-3-Community", {"user-threshold", "field-of-use", "naming-duty"}),
        ("LicenseRef-Llama-3.1-Community", {"user-threshold", "field-of-use"}),
        ("LicenseRef-Llama-3.2-Community", {"user-threshold", "field-of-use"}),
        ("LicenseRef-Llama-3.3-Community", {"user-threshold", "field-of-use"}),
        ("LicenseRef-Llama-4-Community", {"user-threshold", "field-of-use"}),
        ("LicenseRef-Gemma-Terms", {"field-of-use", "restrictions-passed-on", "revocable"}),
        ("LicenseRef-BigScience-BLOOM-RAIL-1.0", {"field-of-use", "restrictions-passed-on"}),
        ("LicenseRef-BigScience-OpenRAIL-M", {"field-of-use", "restrictions-passed-on"}),
        ("LicenseRef-CreativeML-OpenRAIL-M", {"field-of-use", "restrictions-passed-on"}),
        ("LicenseRef-BigCode-OpenRAIL-M", {"field-of-use", "restrictions-passed-on"}),
        ("LicenseRef-OpenRAIL-PlusPlus-M", {"field-of-use", "restrictions-passed-on"}),
        ("LicenseRef-DeepSeek-Model", {"field-of-use"}),
        ("LicenseRef-Tongyi-Qianwen", {"user-threshold"}),
        ("LicenseRef-Qwen-Research", {"non-commercial", "research-only"}),
        ("LicenseRef-Falcon-180B-TII", {"field-of-use"}),
        ("LicenseRef-Mistral-Research", {"non-commercial", "research-only"}),
        ("LicenseRef-Mistral-Non-Production", {"non-production"}),
        ("LicenseRef-Grok-2-Community", {"field-of-use"}),
        ("LicenseRef-FAIR-Noncommercial-Research", {"non-commercial", "research-only"}),
        ("LicenseRef-Apple-AMLR", {"non-commercial", "research-only"}),
        ("LicenseRef-Intel-Research-Use", {"research-only"}),
        ("LicenseRef-H-Research", {"research-only"}),
        ("LicenseRef-DeepFloyd-IF", {"non-commercial", "research-only"}),
        ("LicenseRef-Apple-Sample-Code", {"not-approved-for-kind"}),
    ],
)
def test_required_model_licences_exist_and_are_not_open(
    policy: LicensePolicy, ref_id: str, must_have: set[str]
) -> None:
    assert ref_id in policy.license_refs
    for kind in KINDS:
        verdict = policy.judge(ref_id, kind)
        assert not verdict.is_open
        assert must_have <= set(verdict.restrictions)


def test_openmdw_1_1_is_open_except_for_code(policy: LicensePolicy) -> None:
    for kind in NON_CODE:
        assert _open(policy, "LicenseRef-OpenMDW-1.1", kind)
    assert not _open(policy, "LicenseRef-OpenMDW-1.1", "code")


def test_license_ref_case_is_fixed(policy: LicensePolicy) -> None:
    verdict = policy.judge("licenseref-llama-2-community", "weights")
    assert verdict.normalized == "LicenseRef-Llama-2-Community"
    assert [(c.text, c.id) for c in verdict.case_fixes] == [
        ("licenseref-llama-2-community", "LicenseRef-Llama-2-Community")
    ]


def test_unknown_license_ref_gets_suggestions(policy: LicensePolicy) -> None:
    verdict = policy.judge("LicenseRef-llama2", "weights")
    assert not verdict.is_open
    assert verdict.restrictions == ("unknown-terms",)
    assert verdict.unknown[0].suggestions == ("LicenseRef-Llama-2-Community",)
    other = policy.judge("LicenseRef-Gemma", "weights")
    assert "LicenseRef-Gemma-Terms" in other.unknown[0].suggestions


def test_document_ref_cannot_be_judged(policy: LicensePolicy) -> None:
    verdict = policy.judge("DocumentRef-x:LicenseRef-y", "code")
    assert not verdict.is_open
    assert "another SPDX document" in verdict.unknown[0].reason


# --- OR / AND / WITH / + -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expression", "kind", "is_open"),
    [
        ("MIT OR LicenseRef-Llama-2-Community", "weights", True),
        ("LicenseRef-Llama-2-Community OR MIT", "weights", True),
        ("MIT AND LicenseRef-Llama-2-Community", "weights", False),
        ("MIT AND Apache-2.0", "code", True),
        ("CC-BY-4.0 OR MIT", "code", True),
        ("CC-BY-4.0 AND MIT", "code", False),
        ("CC-BY-4.0 AND MIT", "data", True),
        ("CC-BY-NC-4.0 OR CC-BY-ND-4.0", "data", False),
        ("(CC-BY-NC-4.0 OR CC-BY-4.0) AND ODbL-1.0", "data", True),
        ("CC-BY-NC-4.0 OR CC-BY-4.0 AND CC-BY-ND-4.0", "data", False),
        ("MIT AND (CC-BY-NC-4.0 OR Apache-2.0)", "code", True),
        ("MIT AND (CC-BY-NC-4.0 OR CC-BY-4.0)", "code", False),
        ("GPL-2.0-or-later WITH Classpath-exception-2.0", "code", True),
        ("GPL-2.0-only WITH LLVM-exception OR MIT", "code", True),
        ("Apache-2.0+", "code", True),
        ("GPL-2.0-or-later WITH No-Such-exception", "code", False),
        ("No-Such-Licence OR MIT", "code", True),
        ("No-Such-Licence AND MIT", "code", False),
    ],
)
def test_or_and_semantics(policy: LicensePolicy, expression: str, kind: str, is_open: bool) -> None:
    verdict = policy.judge(expression, kind)
    assert verdict.is_open is is_open, verdict.reason
    if is_open:
        assert verdict.restrictions == ()
    else:
        assert verdict.restrictions


def test_not_open_restrictions_are_the_union_of_what_blocks(policy: LicensePolicy) -> None:
    verdict = policy.judge("CC-BY-NC-4.0 OR CC-BY-ND-4.0 OR LicenseRef-Llama-2-Community", "data")
    assert set(verdict.restrictions) == {
        "non-commercial",
        "no-derivatives",
        "user-threshold",
        "field-of-use",
        "output-restrictions",
    }
    anded = policy.judge("MIT AND CC-BY-NC-4.0", "data")
    assert anded.restrictions == ("non-commercial",)


def test_per_id_findings(policy: LicensePolicy) -> None:
    verdict = policy.judge("MIT AND CC-BY-NC-4.0", "data")
    assert [(f.id, f.is_open, f.offset) for f in verdict.licenses] == [
        ("MIT", True, 0),
        ("CC-BY-NC-4.0", False, 8),
    ]
    assert verdict.licenses[1].restrictions == ("non-commercial",)
    assert "NonCommercial" in verdict.licenses[1].reason


def test_unknown_exception_is_reported_with_suggestions(policy: LicensePolicy) -> None:
    verdict = policy.judge("GPL-2.0-only WITH classpath-exception-2", "code")
    assert not verdict.is_open
    unknown = verdict.unknown[0]
    assert unknown.is_exception
    assert "Classpath-exception-2.0" in unknown.suggestions


def test_exception_case_is_fixed(policy: LicensePolicy) -> None:
    verdict = policy.judge("GPL-2.0-only WITH classpath-exception-2.0", "code")
    assert verdict.is_open
    assert verdict.normalized == "GPL-2.0-only WITH Classpath-exception-2.0"


# --- deprecated ids ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expression", "normalized", "replacement"),
    [
        ("GPL-2.0", "GPL-2.0-only", "GPL-2.0-only"),
        ("GPL-2.0+", "GPL-2.0-or-later", "GPL-2.0-or-later"),
        ("LGPL-2.1+ OR MIT", "LGPL-2.1-or-later OR MIT", "LGPL-2.1-or-later"),
        ("AGPL-3.0", "AGPL-3.0-only", "AGPL-3.0-only"),
        (
            "GPL-2.0-with-classpath-exception",
            "GPL-2.0-only WITH Classpath-exception-2.0",
            "GPL-2.0-only WITH Classpath-exception-2.0",
        ),
        (
            "eCos-2.0",
            "GPL-2.0-or-later WITH eCos-exception-2.0",
            "GPL-2.0-or-later WITH eCos-exception-2.0",
        ),
        (
            "wxWindows",
            "LGPL-2.0-or-later WITH WxWindows-exception-3.1",
            "LGPL-2.0-or-later WITH WxWindows-exception-3.1",
        ),
        ("StandardML-NJ", "SMLNJ", "SMLNJ"),
        ("Nunit", "zlib-acknowledgement", "zlib-acknowledgement"),
        ("BSD-2-Clause-FreeBSD", "BSD-2-Clause", "BSD-2-Clause"),
        ("BSD-2-Clause-NetBSD AND MIT", "BSD-2-Clause AND MIT", "BSD-2-Clause"),
        (
            "GPL-2.0 WITH Classpath-exception-2.0",
            "GPL-2.0-only WITH Classpath-exception-2.0",
            "GPL-2.0-only",
        ),
    ],
)
def test_deprecated_ids_warn_with_their_replacement(
    policy: LicensePolicy, expression: str, normalized: str, replacement: str
) -> None:
    verdict = policy.judge(expression, "code")
    assert verdict.normalized == normalized
    assert verdict.deprecated and verdict.deprecated[0].replacement == replacement
    assert verdict.licenses[0].deprecated


def test_deprecated_ids_are_judged_as_their_replacement(policy: LicensePolicy) -> None:
    # The old combined id is not OSI-approved on the SPDX list; GPL-2.0-only is.
    assert policy.judge("GPL-2.0-with-classpath-exception", "code").is_open
    assert policy.judge("BSD-2-Clause-FreeBSD", "code").is_open
    assert not policy.judge("GFDL-1.3", "document").is_open


def test_deprecated_id_without_replacement(policy: LicensePolicy) -> None:
    verdict = policy.judge("Net-SNMP", "code")
    assert verdict.deprecated[0].replacement is None
    assert verdict.deprecated[0].note


def test_current_ids_are_not_reported_deprecated(policy: LicensePolicy) -> None:
    assert policy.judge("GPL-2.0-only AND MIT", "code").deprecated == ()


# --- case, aliases, suggestions, errors ----------------------------------------------------


def test_ids_match_case_insensitively_and_report_the_canonical_case(policy: LicensePolicy) -> None:
    verdict = policy.judge("APACHE-2.0 or mit", "code")
    assert verdict.is_open
    assert verdict.normalized == "Apache-2.0 OR MIT"
    assert [(c.text, c.id) for c in verdict.case_fixes] == [
        ("APACHE-2.0", "Apache-2.0"),
        ("mit", "MIT"),
    ]
    assert verdict.aliases_used == ()
    assert any("upper case" in w for w in verdict.warnings)


def test_alias_in_a_declaration_is_reported(policy: LicensePolicy) -> None:
    verdict = policy.judge("llama3.1", "weights")
    assert not verdict.is_open
    assert verdict.normalized == "LicenseRef-Llama-3.1-Community"
    assert [(a.alias, a.license, a.offset) for a in verdict.aliases_used] == [
        ("llama3.1", "LicenseRef-Llama-3.1-Community", 0)
    ]
    assert verdict.licenses[0].source == "alias"
    odbl = policy.judge("odbl", "data")
    assert odbl.is_open and odbl.normalized == "ODbL-1.0" and odbl.aliases_used


@pytest.mark.parametrize(
    ("alias", "choices"),
    [
        ("gpl-3.0", ("GPL-3.0-only", "GPL-3.0-or-later")),
        ("agpl-3.0", ("AGPL-3.0-only", "AGPL-3.0-or-later")),
        ("bsd", ("0BSD", "BSD-2-Clause", "BSD-3-Clause", "BSD-3-Clause-Clear", "BSD-4-Clause")),
    ],
)
def test_ambiguous_alias_in_a_declaration_is_unknown_with_choices(
    policy: LicensePolicy, alias: str, choices: tuple[str, ...]
) -> None:
    verdict = policy.judge(alias, "code")
    assert not verdict.is_open
    assert verdict.restrictions == ("unknown-terms",)
    assert verdict.unknown[0].suggestions == choices


def test_exact_case_deprecated_gnu_id_is_spdx_not_the_ambiguous_alias(
    policy: LicensePolicy,
) -> None:
    verdict = policy.judge("GPL-3.0", "code")
    assert verdict.is_open and verdict.normalized == "GPL-3.0-only"
    assert verdict.deprecated[0].replacement == "GPL-3.0-only"


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("Apache 2.0", "Apache-2.0"),
        ("Apache License 2.0", "Apache-2.0"),
        ("Apache License, Version 2.0", "Apache-2.0"),
        ("apache2", "Apache-2.0"),
        ("Apachee-2.0", "Apache-2.0"),
        ("GPLv3", "GPL-3.0-only"),
        ("CC BY 4.0", "CC-BY-4.0"),
        ("CC-BY-4", "CC-BY-4.0"),
        ("BSD 3-Clause", "BSD-3-Clause"),
        ("Llama-2-Community", "LicenseRef-Llama-2-Community"),
        ("Gemma Terms of Use", "LicenseRef-Gemma-Terms"),
    ],
)
def test_unknown_ids_get_suggestions(policy: LicensePolicy, text: str, suggestion: str) -> None:
    verdict = policy.judge(text, "code")
    assert not verdict.is_open
    suggestions = verdict.suggestions if verdict.error else verdict.unknown[0].suggestions
    assert suggestion in suggestions, (text, suggestions)


def test_syntax_error_gives_a_verdict_not_an_exception(policy: LicensePolicy) -> None:
    verdict = policy.judge("MIT OR", "code")
    assert not verdict.is_open
    assert verdict.error is not None and verdict.error.column == 7
    assert verdict.normalized is None
    assert "expected a licence id after 'OR'" in verdict.reason


def test_unknown_kind_is_refused(policy: LicensePolicy) -> None:
    with pytest.raises(ValueError, match="unknown component kind"):
        policy.judge("MIT", "model")


def test_verdicts_are_cached_and_immutable(policy: LicensePolicy) -> None:
    first = policy.judge("MIT OR Apache-2.0", "code")
    assert policy.judge("MIT OR Apache-2.0", "code") is first
    with pytest.raises(AttributeError):
        first.is_open = False  # type: ignore[misc]


def test_reasons_are_sentences(policy: LicensePolicy) -> None:
    for expression in ["MIT", "CC-BY-NC-4.0", "LicenseRef-Gemma-Terms", "OpenMDW-1.0", "bsd"]:
        for kind in KINDS:
            reason = policy.judge(expression, kind).reason
            assert reason.endswith(".") and not reason.endswith("..")
