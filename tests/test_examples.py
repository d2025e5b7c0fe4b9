"""The bundled examples: each computed level is the one its facts justify."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from openness.validate import validate_paths

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*/openness.json"))

# OSI's validation phase (definitions.md): passed, would pass with a licence change, failed.
OSI_PASSED = {"pythia-6.9b", "olmo-7b", "amber-7b", "t5-base"}
OSI_FAILED = {"llama-2-7b", "phi-2"}


def test_there_are_at_least_ten_examples():
    assert len(EXAMPLES) >= 10


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.parent.name for p in EXAMPLES])
def test_computed_level_is_the_expected_one(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    report = validate_paths([str(path)])
    file = report.files[0]
    assert file.level == data["x-expected-level"], [f.message for f in file.findings]
    assert data.get("x-rationale") and data.get("x-sources")
    errors = [f for f in file.findings if f.severity == "error"]
    assert all(f.rule == "open-source-washing" for f in errors), errors
    washing_expected = bool(data["claims"].get("open_source")) and (file.level != "open-source-ai")
    assert bool(errors) == washing_expected


@pytest.mark.parametrize("name", sorted(OSI_PASSED | OSI_FAILED))
def test_osaid_verdict_agrees_with_osi_validation(name):
    file = validate_paths([str(ROOT / "examples" / name / "openness.json")]).files[0]
    assert file.osaid.passed == (name in OSI_PASSED), [g.message for g in file.osaid.failures]


def test_osi_rejections_stay_below_open_weights_where_terms_restrict_use():
    for name in ("llama-2-7b", "bloom-176b"):
        file = validate_paths([str(ROOT / "examples" / name / "openness.json")]).files[0]
        assert file.level in ("closed", "restricted")
