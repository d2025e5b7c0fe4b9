"""The command's small words a newcomer trips on (issue 14, the review's other CLI
findings): no declaration, plurals, name and version, the level in --format lines,
MOF's unclassified, whole command summaries in --help."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from openness.render import github, text
from openness.report import FileReport, MofVerdict, Report

from declarations import edited, write
from declarations import open_source_ai_open_data as open_source_ai

ROOT = Path(__file__).resolve().parent.parent


def run(*args, cwd=None, env=None):
    return subprocess.run(
        [sys.executable, "-m", "openness", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        timeout=60,
    )


def test_a_folder_without_a_declaration_says_so_and_suggests_init(tmp_path):
    result = run("validate", ".", cwd=tmp_path)
    assert result.returncode == 2
    assert "no openness.json under ." in result.stdout
    assert "openness init" in result.stdout
    bare = run("validate", cwd=tmp_path)
    assert bare.returncode == 2 and "no openness.json under ." in bare.stdout


def test_a_named_file_that_is_missing_is_still_no_such_file(tmp_path):
    result = run("validate", "nothere.json", cwd=tmp_path)
    assert result.returncode == 2 and "no such file" in result.stdout


def test_one_error_and_one_warning_in_the_singular():
    report = Report(files=[FileReport(path="a.json")])
    from openness.report import Finding

    report.files[0].findings = [
        Finding("schema", "error", "x"),
        Finding("released-without-url", "warning", "y"),
    ]
    summary = text.render(report).splitlines()[-1]
    assert summary.endswith("1 error, 1 warning"), summary
    report.files[0].findings.append(Finding("schema", "error", "z"))
    assert text.render(report).splitlines()[-1].endswith("2 errors, 1 warning")


def test_name_and_version_are_not_run_together(tmp_path):
    data = open_source_ai()
    data["model"] = {"name": "phi-2", "version": "2"}
    result = run("validate", str(write(tmp_path, data)))
    assert "phi-2 (version 2; definition 2.0)" in result.stdout
    assert "phi-2 2" not in result.stdout


def test_lines_prints_each_files_level_in_the_same_shape(tmp_path):
    path = write(tmp_path, edited(open_source_ai(), training_code={"status": "not-released"}))
    result = run("validate", "--format", "lines", str(path))
    last = result.stdout.splitlines()[-1]
    assert last == f"{path}:1:1: info level: open-weights (Open Weights AI)"


def test_lines_prints_no_level_for_a_file_without_one(tmp_path):
    path = write(tmp_path, {"openness": "2.0"})
    result = run("validate", "--format", "lines", str(path))
    assert " level: " not in result.stdout


def test_github_never_says_mof_class_0():
    file = FileReport(path="a.json", level="closed")
    file.mof = MofVerdict(0, "Unclassified", {})
    assert "MOF 1.0: unclassified" in github.render(Report(files=[file]))
    assert "class 0" not in github.render(Report(files=[file]))
    file.mof = MofVerdict(3, "Open Model", {3: 100.0})
    assert "MOF 1.0 Class III (Open Model)" in github.render(Report(files=[file]))


def test_help_shows_whole_command_summaries():
    result = run("--help", env={"COLUMNS": "80"})
    assert result.returncode == 0
    commands = result.stdout.split("Commands:", 1)[1]
    assert "..." not in commands
    assert "(never a claimed one)" in " ".join(result.stdout.split())


def test_json_report_still_counts_class_0_as_a_number(tmp_path):
    # the versioned JSON report keeps its field: only the words for people change
    result = run("validate", "--format", "json", str(ROOT / "examples/gpt-4/openness.json"))
    assert json.loads(result.stdout)["files"][0]["crosswalks"]["mof"]["class"] == 0
