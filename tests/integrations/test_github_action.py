"""The script action.yml runs, with the GitHub environment variables set in a temp folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import yaml
from integration_helpers import ROOT, docs_snippet, needs_badge_command

from declarations import edited, write
from declarations import open_source_ai_open_data as open_source_ai


def run_action(workspace: Path, **inputs: str) -> tuple[subprocess.CompletedProcess, str, dict]:
    summary = workspace.parent / "summary.md"
    output = workspace.parent / "output.txt"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("INPUT_", "GITHUB_"))}
    env.update(
        GITHUB_ACTIONS="true",
        GITHUB_WORKSPACE=str(workspace),
        GITHUB_STEP_SUMMARY=str(summary),
        GITHUB_OUTPUT=str(output),
    )
    env.update({f"INPUT_{k.upper()}": v for k, v in inputs.items()})
    done = subprocess.run(
        [sys.executable, "-m", "openness.integrations.github_action"],
        capture_output=True,
        text=True,
        cwd=workspace,
        env=env,
        timeout=120,
    )
    assert "Traceback" not in done.stdout + done.stderr
    text = summary.read_text() if summary.exists() else ""
    outputs = {}
    if output.exists():
        for line in output.read_text().splitlines():
            key, _, value = line.partition("=")
            outputs[key] = value
    return done, text, outputs


def workspace(tmp_path: Path) -> Path:
    folder = tmp_path / "repo"
    folder.mkdir()
    return folder


def test_action_yml_is_a_composite_action_running_the_module():
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert set(action["inputs"]) >= {"path", "min-level", "badge", "sarif"}
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    assert steps[0]["uses"].startswith("actions/setup-python@")
    install = steps[1]
    assert install["env"]["OPENNESS_ACTION_PATH"] == "${{ github.action_path }}"
    assert "pip install" in install["run"] and '"$OPENNESS_ACTION_PATH"' in install["run"]
    validate = steps[2]
    assert validate["run"] == "python -m openness.integrations.github_action"
    assert validate["env"]["INPUT_MIN_LEVEL"] == "${{ inputs.min-level }}"
    for name in ("PATH", "BADGE", "SARIF"):
        assert validate["env"][f"INPUT_{name}"] == f"${{{{ inputs.{name.lower()} }}}}"
    assert "${{" not in validate["run"] + install["run"]  # no expression injection in scripts


def test_broken_declaration_annotations_summary_and_sarif(tmp_path):
    repo = workspace(tmp_path)
    (repo / "models" / "m").mkdir(parents=True)
    (repo / "models" / "m" / "openness.json").write_text(
        '{\n  "openness": "2.0",\n  "model": {"name": "A|<b>", "url": "http://a"}\n}\n'
    )
    done, summary, outputs = run_action(repo, path="models", sarif="out/openness.sarif")
    assert done.returncode == 1
    assert (
        "::error file=models/m/openness.json,line=3,col=37,title=invalid-url%3A Invalid URL::"
        in done.stdout
    )
    assert "::group::openness validate" in done.stdout and "::stop-commands::" in done.stdout
    assert "| <code>models/m/openness.json</code> |  | **invalid** |" in summary
    assert "invalid: invalid-url" in summary
    sarif = json.loads((repo / "out" / "openness.sarif").read_text())
    assert sarif["runs"][0]["results"][0]["ruleId"] == "invalid-url"
    assert outputs["valid"] == "false" and outputs["level"] == ""
    assert outputs["sarif"] == "out/openness.sarif"


def test_table_cells_cannot_break_the_table_or_inject_html():
    from openness.integrations.github_action import _cell

    assert _cell("A|<img src=x>\n| b") == "A\\|&lt;img src=x&gt; \\| b"


def test_missing_declaration_exits_2(tmp_path):
    repo = workspace(tmp_path)
    done, summary, outputs = run_action(repo)
    assert done.returncode == 2
    assert "::error file=openness.json,title=unreadable%3A File cannot be read::" in done.stdout
    assert "no openness.json under ." in summary
    assert outputs["exit-code"] == "2"


def test_bad_min_level_is_a_usage_error(tmp_path):
    repo = workspace(tmp_path)
    done, _, _ = run_action(repo, **{"min-level": "gold"})
    assert done.returncode == 2
    assert done.stdout.startswith("::error title=openness%3A bad input::min-level 'gold'")


def test_valid_declaration_level_blockers_and_min_level(tmp_path):
    repo = workspace(tmp_path)
    data = edited(open_source_ai(), training_code={"status": "not-released"})
    data["claims"]["open_source"] = False
    write(repo, data)
    done, summary, outputs = run_action(repo, **{"min-level": "open-weights"})
    assert done.returncode == 0, done.stdout
    assert outputs["level"] == "open-weights" and outputs["valid"] == "true"
    assert "| <code>openness.json</code> | Test-1B |" in summary
    assert "Open Weights AI" in summary and "| Open Source AI |" in summary
    assert "Training code: not released." in summary
    assert "https://openness.dev/badges/2.0/open-weights.svg" in summary
    assert "Minimum level: open-weights (0 below it)." in summary

    done, summary, _ = run_action(repo, **{"min-level": "open-source-ai"})
    assert done.returncode == 1
    assert "below the required minimum level open-source-ai" in done.stdout
    assert "(below the required open-source-ai)" in summary


@needs_badge_command
def test_badge_input_writes_the_badge(tmp_path):
    repo = workspace(tmp_path)
    write(repo, open_source_ai())
    done, summary, outputs = run_action(repo, badge="docs/badge.svg")
    assert done.returncode == 0, done.stdout + done.stderr
    svg = (repo / "docs" / "badge.svg").read_text()
    assert svg.lstrip().startswith("<svg") and "open source AI" in svg
    assert outputs["badge"] == "docs/badge.svg"
    assert "Badge written to <code>docs/badge.svg</code>." in summary


@needs_badge_command
def test_badge_of_an_invalid_declaration_is_written_and_exit_stays_1(tmp_path):
    repo = workspace(tmp_path)
    (repo / "openness.json").write_text('{"openness": "1.0", "model": {}}')
    done, _, outputs = run_action(repo, badge="badge.svg")
    assert done.returncode == 1
    assert "invalid" in (repo / "badge.svg").read_text()
    assert outputs["valid"] == "false"


def _documented_workflow() -> dict:
    """The workflow the "Use in CI" page tells users to copy."""
    return yaml.safe_load(docs_snippet("ci.md", "workflow", action="owner/openness"))


def test_the_documented_workflow_uses_the_action_with_its_real_inputs():
    workflow = _documented_workflow()
    steps = workflow["jobs"]["openness"]["steps"]
    assert steps[0]["uses"].startswith("actions/checkout@")
    ours = [s for s in steps if s.get("uses", "").startswith("owner/openness@")]
    assert len(ours) == 1
    inputs = yaml.safe_load((ROOT / "action.yml").read_text())["inputs"]
    assert set(ours[0]["with"]) <= set(inputs), "the page names an input action.yml lacks"
    upload = [s for s in steps if "upload-sarif" in s.get("uses", "")]
    assert upload and upload[0]["with"]["sarif_file"] == ours[0]["with"]["sarif"]
    assert upload[0]["if"] == "always()"  # the findings are uploaded when the check fails
    assert workflow["permissions"]["security-events"] == "write"


@needs_badge_command
def test_the_documented_workflow_runs(tmp_path):
    """The Action's script with the page's inputs, as GitHub would pass them: a declaration
    at the promised level passes and writes the badge and SARIF; one below it fails."""
    steps = _documented_workflow()["jobs"]["openness"]["steps"]
    inputs = next(s for s in steps if s.get("uses", "").startswith("owner/openness@"))["with"]
    inputs = {name: str(value) for name, value in inputs.items()}
    repo = workspace(tmp_path)
    data = edited(open_source_ai(), training_code={"status": "not-released"})
    data["claims"]["open_source"] = False
    write(repo, data)  # Open Weights AI: the page's min-level
    done, _, outputs = run_action(repo, **inputs)
    assert done.returncode == 0, done.stdout + done.stderr
    assert outputs["level"] == inputs["min-level"] == "open-weights"
    assert "open weights" in (repo / inputs["badge"]).read_text()
    sarif = json.loads((repo / inputs["sarif"]).read_text())
    assert sarif["version"] == "2.1.0"

    below = edited(data, model_parameters={"status": "not-released"})
    write(repo, below)
    done, _, outputs = run_action(repo, **inputs)
    assert done.returncode == 1
    assert "below the required minimum level open-weights" in done.stdout
