"""The definition's "licenses" section is internally consistent."""

from __future__ import annotations

import copy
import re
from collections import Counter

import pytest

from openness.licensing import spdx
from openness.licensing.expression import parse
from openness.licensing.policy import LicensePolicy

REQUIRED_RESTRICTIONS = {
    "non-commercial",
    "field-of-use",
    "user-threshold",
    "no-derivatives",
    "research-only",
    "revocable",
    "not-approved-for-kind",
    "unknown-terms",
}


def test_policy_reports_no_problem(policy: LicensePolicy) -> None:
    assert policy.consistency_problems() == []


def test_kinds_match_the_definition(licenses_data: dict) -> None:
    assert set(licenses_data["kinds"]) == {"code", "weights", "data", "document"}
    assert licenses_data["kinds"]["code"]["accept"] == ["osi-approved"]


def test_restriction_vocabulary(licenses_data: dict) -> None:
    ids = [r["id"] for r in licenses_data["restrictions"]]
    assert len(ids) == len(set(ids))
    assert set(ids) >= REQUIRED_RESTRICTIONS
    for item in licenses_data["restrictions"]:
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", item["id"])
        assert item["title"] and item["summary"].endswith(".")


def test_every_referenced_restriction_exists(licenses_data: dict) -> None:
    known = {r["id"] for r in licenses_data["restrictions"]}
    for group in licenses_data["restricted"]:
        assert group["restrictions"] and set(group["restrictions"]) <= known
    for ref in licenses_data["license_refs"]:
        assert set(ref["restrictions"]) <= known, ref["id"]


def test_license_refs_are_unique_well_formed_and_complete(licenses_data: dict) -> None:
    ids = [ref["id"] for ref in licenses_data["license_refs"]]
    assert not [i for i, n in Counter(i.lower() for i in ids).items() if n > 1]
    hf_ids = [hf for ref in licenses_data["license_refs"] for hf in ref["hf_ids"]]
    assert len(hf_ids) == len(set(hf_ids))
    for ref in licenses_data["license_refs"]:
        term = next(parse(ref["id"]).terms())
        assert term.is_license_ref and term.id == ref["id"]
        assert spdx.lookup(ref["id"]) is None
        assert ref["name"] and ref["url"].startswith("https://")
        assert ref["reason"].endswith(".") and len(ref["reason"]) > 30
        assert set(ref["open_for"]) <= {"weights", "data", "document"}
        # A licence that is not open for some kind says why, or is open for all others.
        if not ref["open_for"]:
            assert ref["restrictions"] or "OSI-approved" in ref["reason"]


def test_every_alias_target_exists(licenses_data: dict, policy: LicensePolicy) -> None:
    entries = licenses_data["aliases"]["entries"]
    aliases = [e["alias"] for e in entries]
    assert len(aliases) == len(set(aliases))
    for entry in entries:
        assert ("license" in entry) != ("choose_from" in entry), entry
        targets = [entry["license"]] if "license" in entry else entry["choose_from"]
        for target in targets:
            if target.startswith("LicenseRef-"):
                assert target in policy.license_refs, entry
            else:
                lic = spdx.lookup(target)
                assert lic is not None and lic.id == target and not lic.deprecated, entry
        if "choose_from" in entry:
            assert entry["reason"].endswith(".")


def _all_patterns(groups: list[dict]) -> list[str]:
    return [p for g in groups for p in g["ids"]]


def test_every_pattern_matches_a_current_spdx_id(licenses_data: dict) -> None:
    import fnmatch

    ids = [i for i in spdx.license_ids() if not spdx.lookup(i).deprecated]
    for pattern in _all_patterns(licenses_data["open_content"] + licenses_data["restricted"]):
        assert fnmatch.filter(ids, pattern), f"{pattern} matches no SPDX id"


def test_no_osi_approved_licence_is_restricted_and_lists_do_not_overlap(
    policy: LicensePolicy,
) -> None:
    for license_id in spdx.license_ids():
        lic = spdx.lookup(license_id)
        restricted = any(g.matches(license_id) for g in policy.restricted)
        assert not (restricted and lic.osi_approved), license_id
        assert not (restricted and policy.is_open_content(license_id)), license_id


def test_every_creative_commons_licence_is_classified(policy: LicensePolicy) -> None:
    for license_id in spdx.license_ids():
        if not license_id.startswith(("CC-BY", "CC0")):
            continue
        restricted = any(g.matches(license_id) for g in policy.restricted)
        assert restricted != policy.is_open_content(license_id), license_id
        has_nc_or_nd = "-NC" in license_id or "-ND" in license_id
        assert restricted == has_nc_or_nd, license_id


def test_gfdl_variants_are_all_classified(policy: LicensePolicy) -> None:
    for license_id in spdx.license_ids():
        if license_id.startswith("GFDL-") and not spdx.lookup(license_id).deprecated:
            restricted = any(g.matches(license_id) for g in policy.restricted)
            assert restricted != policy.is_open_content(license_id), license_id
            assert restricted == ("no-invariants" not in license_id), license_id


@pytest.mark.parametrize(
    ("path", "value", "problem"),
    [
        (("license_refs", 0, "restrictions"), ["no-such-restriction"], "unknown restriction"),
        (("restricted", 0, "restrictions"), ["no-such-restriction"], "unknown restriction"),
        (("license_refs", 0, "open_for"), ["model"], "unknown kind"),
        (("license_refs", 0, "id"), "Llama-2", "must start with LicenseRef-"),
        (("aliases", "entries", 0, "license"), "No-Such-Licence", "unknown licence"),
        (("kinds", "code", "accept"), ["fsf-libre"], "unknown acceptance rule"),
    ],
)
def test_broken_data_is_refused(
    licenses_data: dict, path: tuple, value: object, problem: str
) -> None:
    data = copy.deepcopy(licenses_data)
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(ValueError, match=problem):
        LicensePolicy.from_data(data)


def test_duplicate_license_ref_in_other_case_is_refused(licenses_data: dict) -> None:
    data = copy.deepcopy(licenses_data)
    clone = dict(data["license_refs"][0], id=data["license_refs"][0]["id"].upper(), hf_ids=[])
    clone["id"] = "LicenseRef-" + clone["id"][len("LICENSEREF-") :]
    data["license_refs"].append(clone)
    with pytest.raises(ValueError, match="differ only in case"):
        LicensePolicy.from_data(data)
