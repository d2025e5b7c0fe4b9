"""MOF conformance: the 27 Model Openness Tool cases, imported then classified.

The cases and MOT's own results live in ``../shared/conformance/mof-mot/`` (beside the
repository clone; MIT licence, see LICENSE.MIT there). Each case is converted with the
MOT importer and assessed with :func:`assess_mof`; the class and every progress figure
must equal MOT's (tolerance 0.01 %).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from openness.crosswalk.mof import assess_mof
from openness.definition import load_definition
from openness.importers.mot import import_mot_file

CONFORMANCE = Path(__file__).resolve().parents[2] / ".." / "shared" / "conformance" / "mof-mot"
CASES = sorted((CONFORMANCE / "cases").glob("*.yml")) if CONFORMANCE.is_dir() else []
TOLERANCE = 0.01

pytestmark = pytest.mark.skipif(
    not CONFORMANCE.is_dir(),
    reason=f"MOF conformance data not found at {CONFORMANCE.resolve()} "
    "(the shared folder beside the repository clone)",
)


def _expected() -> dict[str, dict]:
    text = (CONFORMANCE / "expected_results.json").read_text(encoding="utf-8")
    data = json.loads(re.sub(r",\s*}", "}", text))  # MOT's output has trailing commas
    return {m["release"]["name"]: m["classification"] for m in data["models"]}


def test_all_27_cases_are_present():
    assert len(CASES) == 27
    assert len(_expected()) == 27


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_case_matches_mot(case: Path):
    expected = _expected()
    draft = import_mot_file(case)
    name = draft.declaration["model"]["name"]
    assert name in expected, f"{case.name}: release.name {name!r} not in expected_results.json"
    want = expected[name]
    verdict = assess_mof(draft.declaration, load_definition("1.0"))
    assert verdict.mof_class == want["class"], (case.name, verdict)
    assert set(verdict.progress) == {int(k) for k in want["progress"]}
    for mof_class, percent in want["progress"].items():
        got = verdict.progress[int(mof_class)]
        assert abs(got - percent) <= TOLERANCE, (case.name, mof_class, got, percent)
