"""Every machine format carries the OSAID and MOF verdicts beside our level."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHIA = str(ROOT / "examples" / "pythia-6.9b" / "openness.json")


def run(*args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "openness", "validate", *args, PYTHIA],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_json_and_sarif_carry_both_crosswalks():
    report = json.loads(run("--format", "json"))["files"][0]["crosswalks"]
    sarif = json.loads(run("--format", "sarif"))["runs"][0]["properties"]["files"][0]
    assert report["osaid"]["pass"] is True and sarif["osaid"] == report["osaid"]
    assert sarif["mof"] == report["mof"] and report["mof"]["class"] in (0, 1, 2, 3)


def test_github_format_states_level_and_crosswalks():
    notices = [
        line for line in run("--format", "github").splitlines() if "level and crosswalks" in line
    ]
    assert len(notices) == 1
    assert notices[0].startswith("::notice file=examples/pythia-6.9b/openness.json")
    assert "level open-source-ai; G7 Open Source AI; OSAID 1.0 pass; MOF 1.0 Class" in notices[0]


def test_text_format_shows_both_verdicts():
    text = run()
    assert "OSAID 1.0: pass" in text and "MOF 1.0:" in text
