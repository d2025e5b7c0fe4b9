"""Hugging Face licence ids: every row of the Hugging Face list, exact or ambiguous."""

from __future__ import annotations

import pytest

from openness.licensing import spdx
from openness.licensing.policy import LicensePolicy

# Every Hugging Face model-card licence id (83), with the one licence it names, or None
# when it names a family / does not say -only or -or-later / names no licence.
HF_IDS: dict[str, str | None] = {
    "apache-2.0": "Apache-2.0",
    "mit": "MIT",
    "openrail": None,
    "bigscience-openrail-m": "LicenseRef-BigScience-OpenRAIL-M",
    "creativeml-openrail-m": "LicenseRef-CreativeML-OpenRAIL-M",
    "bigscience-bloom-rail-1.0": "LicenseRef-BigScience-BLOOM-RAIL-1.0",
    "bigcode-openrail-m": "LicenseRef-BigCode-OpenRAIL-M",
    "afl-3.0": "AFL-3.0",
    "artistic-2.0": "Artistic-2.0",
    "bsl-1.0": "BSL-1.0",
    "bsd": None,
    "bsd-2-clause": "BSD-2-Clause",
    "bsd-3-clause": "BSD-3-Clause",
    "bsd-3-clause-clear": "BSD-3-Clause-Clear",
    "c-uda": "C-UDA-1.0",
    "cc": None,
    "cc0-1.0": "CC0-1.0",
    "cc-by-2.0": "CC-BY-2.0",
    "cc-by-2.5": "CC-BY-2.5",
    "cc-by-3.0": "CC-BY-3.0",
    "cc-by-4.0": "CC-BY-4.0",
    "cc-by-sa-3.0": "CC-BY-SA-3.0",
    "cc-by-sa-4.0": "CC-BY-SA-4.0",
    "cc-by-nc-2.0": "CC-BY-NC-2.0",
    "cc-by-nc-3.0": "CC-BY-NC-3.0",
    "cc-by-nc-4.0": "CC-BY-NC-4.0",
    "cc-by-nd-4.0": "CC-BY-ND-4.0",
    "cc-by-nc-nd-3.0": "CC-BY-NC-ND-3.0",
    "cc-by-nc-nd-4.0": "CC-BY-NC-ND-4.0",
    "cc-by-nc-sa-2.0": "CC-BY-NC-SA-2.0",
    "cc-by-nc-sa-3.0": "CC-BY-NC-SA-3.0",
    "cc-by-nc-sa-4.0": "CC-BY-NC-SA-4.0",
    "cdla-sharing-1.0": "CDLA-Sharing-1.0",
    "cdla-permissive-1.0": "CDLA-Permissive-1.0",
    "cdla-permissive-2.0": "CDLA-Permissive-2.0",
    "wtfpl": "WTFPL",
    "ecl-2.0": "ECL-2.0",
    "epl-1.0": "EPL-1.0",
    "epl-2.0": "EPL-2.0",
    "etalab-2.0": "etalab-2.0",
    "eupl-1.1": "EUPL-1.1",
    "eupl-1.2": "EUPL-1.2",
    "agpl-3.0": None,
    "gfdl": None,
    "gpl": None,
    "gpl-2.0": None,
    "gpl-3.0": None,
    "lgpl": None,
    "lgpl-2.1": None,
    "lgpl-3.0": None,
    "isc": "ISC",
    "h-research": "LicenseRef-H-Research",
    "intel-research": "LicenseRef-Intel-Research-Use",
    "lppl-1.3c": "LPPL-1.3c",
    "ms-pl": "MS-PL",
    "apple-ascl": "LicenseRef-Apple-Sample-Code",
    "apple-amlr": "LicenseRef-Apple-AMLR",
    "mpl-2.0": "MPL-2.0",
    "odc-by": "ODC-By-1.0",
    "odbl": "ODbL-1.0",
    "openmdw-1.0": "OpenMDW-1.0",
    "openmdw-1.1": "LicenseRef-OpenMDW-1.1",
    "openrail++": "LicenseRef-OpenRAIL-PlusPlus-M",
    "osl-3.0": "OSL-3.0",
    "postgresql": "PostgreSQL",
    "ofl-1.1": "OFL-1.1",
    "ncsa": "NCSA",
    "unlicense": "Unlicense",
    "zlib": "Zlib",
    "pddl": "PDDL-1.0",
    "lgpl-lr": "LGPLLR",
    "deepfloyd-if-license": "LicenseRef-DeepFloyd-IF",
    "fair-noncommercial-research-license": "LicenseRef-FAIR-Noncommercial-Research",
    "llama2": "LicenseRef-Llama-2-Community",
    "llama3": "LicenseRef-Llama-3-Community",
    "llama3.1": "LicenseRef-Llama-3.1-Community",
    "llama3.2": "LicenseRef-Llama-3.2-Community",
    "llama3.3": "LicenseRef-Llama-3.3-Community",
    "llama4": "LicenseRef-Llama-4-Community",
    "grok2-community": "LicenseRef-Grok-2-Community",
    "gemma": "LicenseRef-Gemma-Terms",
    "unknown": None,
    "other": None,
}

AMBIGUOUS_CHOICES = {
    "gpl-2.0": ("GPL-2.0-only", "GPL-2.0-or-later"),
    "gpl-3.0": ("GPL-3.0-only", "GPL-3.0-or-later"),
    "lgpl-2.1": ("LGPL-2.1-only", "LGPL-2.1-or-later"),
    "lgpl-3.0": ("LGPL-3.0-only", "LGPL-3.0-or-later"),
    "agpl-3.0": ("AGPL-3.0-only", "AGPL-3.0-or-later"),
    "gpl": ("GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-only", "GPL-3.0-or-later"),
    "lgpl": ("LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0-only", "LGPL-3.0-or-later"),
}


def test_the_table_covers_all_83_hugging_face_ids(policy: LicensePolicy) -> None:
    assert len(HF_IDS) == 83
    assert set(policy.aliases) == set(HF_IDS)


@pytest.mark.parametrize(("hf_id", "target"), sorted(HF_IDS.items()))
def test_every_hugging_face_id(policy: LicensePolicy, hf_id: str, target: str | None) -> None:
    resolution = policy.resolve_alias(hf_id)
    assert resolution.text == hf_id
    if target is None:
        assert resolution.status == "ambiguous"
        assert resolution.license is None
        assert resolution.reason
        if hf_id in ("other", "unknown"):
            assert resolution.choose_from == ()
        else:
            assert len(resolution.choose_from) >= 2
        verdict = policy.judge(hf_id, "weights")
        assert not verdict.is_open and verdict.unknown
        return
    assert resolution.status == "exact" and resolution.is_exact
    assert resolution.license == target
    assert resolution.choose_from == ()
    if target.startswith("LicenseRef-"):
        assert hf_id in policy.license_refs[target].hf_ids
    else:
        lic = spdx.lookup(target)
        assert lic is not None and lic.id == target and not lic.deprecated
    verdict = policy.judge(hf_id, "weights")
    assert verdict.normalized == target
    assert verdict.error is None and not verdict.unknown
    # Either the alias is the SPDX id in another case (a case fix), or it is reported.
    if hf_id == target:
        assert verdict.case_fixes == () and verdict.aliases_used == ()
    elif hf_id.lower() == target.lower():
        assert [c.id for c in verdict.case_fixes] == [target]
    else:
        assert [(a.alias, a.license) for a in verdict.aliases_used] == [(hf_id, target)]


@pytest.mark.parametrize(("hf_id", "choices"), sorted(AMBIGUOUS_CHOICES.items()))
def test_gnu_ids_offer_only_and_or_later(policy: LicensePolicy, hf_id: str, choices: tuple) -> None:
    assert policy.resolve_alias(hf_id).choose_from == choices


def test_family_ids_offer_exact_licences(policy: LicensePolicy) -> None:
    assert set(policy.resolve_alias("openrail").choose_from) == {
        "LicenseRef-BigScience-BLOOM-RAIL-1.0",
        "LicenseRef-BigScience-OpenRAIL-M",
        "LicenseRef-CreativeML-OpenRAIL-M",
        "LicenseRef-BigCode-OpenRAIL-M",
        "LicenseRef-OpenRAIL-PlusPlus-M",
    }
    assert "CC-BY-4.0" in policy.resolve_alias("cc").choose_from
    assert "GFDL-1.3-no-invariants-only" in policy.resolve_alias("gfdl").choose_from


def test_resolve_alias_is_case_insensitive_and_knows_unknowns(policy: LicensePolicy) -> None:
    assert policy.resolve_alias("Llama2").license == "LicenseRef-Llama-2-Community"
    missing = policy.resolve_alias("not-a-licence")
    assert missing.status == "unknown" and missing.license is None
