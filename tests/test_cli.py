"""The CLI contract: exit codes, streams, the three output formats, --min-level."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from declarations import edited, write
from declarations import open_source_ai_open_data as open_source_ai

ROOT = Path(__file__).resolve().parent.parent


def run(*args, env=None, cwd=None):
    """Run the real command in a subprocess (exit codes and streams as a user sees them)."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "openness", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd,
        timeout=60,
    )


def test_version_names_the_definition_versions():
    result = run("--version")
    assert result.returncode == 0
    assert "openness" in result.stdout and "definition versions: 1.0" in result.stdout


def test_valid_file_exits_0_and_prints_level_and_checklist(tmp_path):
    path = write(tmp_path, edited(open_source_ai(), training_code={"status": "not-released"}))
    data = json.loads(path.read_text())
    data["claims"]["open_source"] = False
    path.write_text(json.dumps(data))
    result = run("validate", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "level: Open Weights AI" in result.stdout
    assert "G7: Open Weights AI" in result.stdout
    assert "to reach Open Source AI:" in result.stdout
    assert "Training code: not released." in result.stdout
    assert "\x1b[" not in result.stdout  # not a terminal: no colour


def test_invalid_file_exits_1(tmp_path):
    data = open_source_ai()
    data["model"]["url"] = "http://insecure.example"
    result = run("validate", str(write(tmp_path, data)))
    assert result.returncode == 1
    assert "invalid-url" in result.stdout


def test_missing_file_exits_2_with_one_line_and_no_traceback(tmp_path):
    result = run("validate", str(tmp_path / "absent.json"))
    assert result.returncode == 2
    assert "Traceback" not in result.stdout + result.stderr
    assert "no such file" in result.stdout


def test_default_path_is_openness_json_in_the_current_folder(tmp_path):
    write(tmp_path, open_source_ai())
    result = run("validate", cwd=tmp_path)
    assert result.returncode == 0 and "openness.json" in result.stdout


def test_unknown_min_level_is_a_usage_error(tmp_path):
    result = run("validate", "--min-level", "gold", str(write(tmp_path, open_source_ai())))
    assert result.returncode == 2
    assert "not a level" in result.stderr and result.stdout == ""


def test_min_level_gate(tmp_path):
    data = edited(open_source_ai(), training_code={"status": "not-released"})
    data["claims"]["open_source"] = False
    path = write(tmp_path, data)
    assert run("validate", "--min-level", "open-weights", str(path)).returncode == 0
    below = run("validate", "--min-level", "open-source-ai", str(path))
    assert below.returncode == 1 and "below the required minimum level" in below.stdout


def test_min_level_of_an_older_definition_is_read_through_its_g7_label(tmp_path):
    """CI configurations written for 1.0 keep working: 1.0's open-methods is read as
    Open Weights AI, with a note saying so."""
    data = edited(open_source_ai(), training_code={"status": "not-released"})
    data["claims"]["open_source"] = False
    path = write(tmp_path, data)
    done = run("validate", "--min-level", "open-methods", str(path))
    assert done.returncode == 0
    assert "read as 'open-weights' (definition 2.0)" in done.stderr
    assert run("validate", "--min-level", "open-source-ai", str(path)).returncode == 1


def test_worst_result_wins_across_files(tmp_path):
    good = write(tmp_path, open_source_ai(), "good.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    assert run("validate", str(good), str(bad)).returncode == 1
    assert run("validate", str(good), str(bad), str(tmp_path / "gone.json")).returncode == 2


def test_json_report_follows_its_published_schema(tmp_path):
    data = edited(
        open_source_ai(),
        model_parameters={
            "status": "released",
            "license": "CC-BY-NC-4.0",
            "url": "https://example.org/w",
        },
    )
    broken = tmp_path / "broken.json"
    broken.write_text('{"openness": "1.0",}')
    result = run("validate", "--format", "json", str(write(tmp_path, data)), str(broken))
    assert result.returncode == 1
    report = json.loads(result.stdout)
    schema = json.loads((ROOT / "schema/report/1/report.schema.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(report)
    assert report["report_version"] == "1"
    first, second = report["files"]
    assert first["level"] == "weights-available"
    assert first["crosswalks"]["g7"] == {
        "label": "weights-available",
        "title": "Weights Available AI",
    }
    assert first["next_level"]["level"] == "open-weights"
    assert first["next_level"]["missing"][0]["components"] == ["model-parameters"]
    assert {f["rule"] for f in first["findings"]} >= {"open-source-washing"}
    assert second["valid"] is False and second["findings"][0]["rule"] == "invalid-json"
    assert second["findings"][0]["line"] == 1


def test_lines_format(tmp_path):
    data = open_source_ai()
    data["model"]["release_date"] = "yesterday"
    path = write(tmp_path, data)
    result = run("validate", "--format", "lines", str(path))
    assert result.returncode == 1
    line = result.stdout.strip().splitlines()[0]
    assert line.startswith(f"{path}:")
    location, rest = line.split(": ", 1)
    _, row, col = location.rsplit(":", 2)
    assert int(row) > 1 and int(col) > 1
    assert rest.startswith("error invalid-date: ")


def test_colour_always_and_no_color(tmp_path):
    path = str(write(tmp_path, open_source_ai()))
    assert "\x1b[" in run("validate", "--color", "always", path).stdout
    assert "\x1b[" not in run("validate", path, env={"NO_COLOR": "1"}).stdout


def test_size_cap_flag(tmp_path):
    path = write(tmp_path, open_source_ai())
    result = run("validate", "--max-size", "100", str(path))
    assert result.returncode == 2 and "limit" in result.stdout
    assert run("validate", "--max-size", "100000", str(path)).returncode == 0


def test_a_batch_with_workers_writes_everything_to_a_pipe(tmp_path):
    """A batch big enough for workers (one per core by default): its output in a
    pipe is complete, in input order, with the batch's exit code."""
    folders = [tmp_path / f"model-{index}" for index in range(240)]
    for index, folder in enumerate(folders):
        folder.mkdir()
        data = open_source_ai()
        if index == 7:
            data["components"]["training-code"]["license"] = "no-such-licence"
        write(folder, data)
    result = run("validate", "--format", "json", *map(str, folders))
    report = json.loads(result.stdout)
    assert [f["valid"] for f in report["files"]].count(False) == 1
    assert report["files"][7]["valid"] is False
    assert len(report["files"]) == 240 and result.returncode == 1


def test_internal_error_exits_3_without_traceback(tmp_path, monkeypatch):
    from openness import cli

    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("openness.validate.validate_file", explode)
    monkeypatch.setattr(sys, "argv", ["openness", "validate", str(tmp_path)])
    with pytest.raises(SystemExit) as done:
        cli.main()
    assert done.value.code == 3


def test_remote_ref_in_a_document_is_not_fetched(tmp_path):
    data = open_source_ai()
    data["$ref"] = "https://example.org/evil.json"
    result = run("validate", str(write(tmp_path, data)))
    assert result.returncode == 1 and "unknown-property" in result.stdout


def test_a_reader_that_went_away_is_exit_2_without_noise():
    """``openness validate ... | head``: the pipe closes early; no traceback, no
    "Exception ignored" at exit, exit 2."""
    examples = sorted(str(p) for p in (ROOT / "examples").glob("*/openness.json"))
    child = subprocess.Popen(
        [sys.executable, "-m", "openness", "validate", *examples],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "NO_COLOR": "1"},
    )
    child.stdout.close()  # before the command has written anything
    _, err = child.communicate(timeout=60)
    assert child.returncode == 2
    assert err == b""


@pytest.mark.parametrize(
    ("outcome", "code", "said"),
    [
        (lambda: None, 0, ""),
        (lambda: 1, 1, ""),
        (lambda: sys.exit(2), 2, ""),
        (lambda: sys.exit("gone wrong"), 1, "gone wrong"),
        (KeyboardInterrupt, 2, "aborted"),
        (BrokenPipeError, 2, ""),
        (LookupError("no such thing"), 3, "internal error: LookupError: no such thing"),
    ],
)
def test_the_exit_code_contract(outcome, code, said, capsys):
    from openness.cli import run_contract

    def body():
        if isinstance(outcome, (BaseException, type)):
            raise outcome
        return outcome()

    with pytest.raises(SystemExit) as done:
        run_contract(body)
    assert done.value.code == code
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err
    assert len(err.splitlines()) <= 2


def test_the_contract_lets_an_entry_point_say_internal_errors_its_own_way(capsys):
    from openness.cli import run_contract

    said: list[str] = []

    def body():
        raise RuntimeError("boom")

    with pytest.raises(SystemExit) as done:
        run_contract(body, internal_error=lambda error: said.append(str(error)))
    assert done.value.code == 3 and said == ["boom"]
    assert capsys.readouterr().err == ""


def test_usage_errors_are_one_line_and_exit_2(tmp_path):
    result = run("validate", "--format", "yaml")
    assert result.returncode == 2 and "Invalid value for '--format'" in result.stderr
    assert "Traceback" not in result.stderr
    result = run("badge", "--level", "closed", str(tmp_path))
    assert result.returncode == 2 and "give either PATH or --level" in result.stderr
