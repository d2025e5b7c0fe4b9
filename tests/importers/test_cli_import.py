"""``openness import mof`` and ``openness init`` through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema_rs
import pytest
from click.testing import CliRunner

from openness.cli import drafts
from openness.cli.drafts import import_group, init_command

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
MESSY = str(FIXTURES / "mot" / "messy.yml")
SCHEMA = Path(__file__).resolve().parents[2] / "schema" / "2.0" / "openness.schema.json"
VALIDATOR = jsonschema_rs.validator_for(json.loads(SCHEMA.read_text(encoding="utf-8")))


@pytest.fixture
def runner(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return CliRunner()


def valid(text: str) -> dict:
    assert text.endswith("}\n")
    data = json.loads(text)
    assert text == json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    assert [e.message for e in VALIDATOR.iter_errors(data)] == []
    return data


def test_import_mof_to_stdout(runner):
    result = runner.invoke(import_group, ["mof", MESSY])
    assert result.exit_code == 0, result.stderr
    assert valid(result.stdout)["model"]["name"] == "Messy-7B"
    assert "mapped to Apache-2.0" in result.stderr
    assert "kept as written" in result.stderr


def test_import_mof_dash_is_stdout(runner):
    result = runner.invoke(import_group, ["mof", MESSY, "-o", "-"])
    assert result.exit_code == 0
    valid(result.stdout)


def test_import_mof_to_file_refuses_overwrite_then_force(runner, tmp_path):
    target = tmp_path / "openness.json"
    first = runner.invoke(import_group, ["mof", MESSY, "-o", str(target)])
    assert first.exit_code == 0
    assert first.stdout == ""
    valid(target.read_text(encoding="utf-8"))
    target.write_text("keep me", encoding="utf-8")
    again = runner.invoke(import_group, ["mof", MESSY, "-o", str(target)])
    assert again.exit_code == 2
    assert "already exists" in again.stderr and "--force" in again.stderr
    assert target.read_text(encoding="utf-8") == "keep me"
    forced = runner.invoke(import_group, ["mof", MESSY, "-o", str(target), "--force"])
    assert forced.exit_code == 0
    valid(target.read_text(encoding="utf-8"))
    assert [p.name for p in tmp_path.iterdir()] == ["openness.json"]  # no temp file left


@pytest.mark.parametrize(
    "name", ["list.yml", "broken.yml", "empty.yml", "aliases.yml", "no-release.yml", "nope.yml"]
)
def test_import_mof_bad_input_exits_2(runner, name):
    result = runner.invoke(import_group, ["mof", str(FIXTURES / "mot" / name)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("openness: ")
    assert "Traceback" not in result.stderr


def test_import_mof_missing_folder_exits_2(runner, tmp_path):
    result = runner.invoke(import_group, ["mof", MESSY, "-o", str(tmp_path / "no" / "x.json")])
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_import_mof_usage_error(runner):
    result = runner.invoke(import_group, ["mof"])
    assert result.exit_code == 2


def test_internal_error_exits_3(runner, monkeypatch, capsys):
    """Through the command's entry point, which holds the exit-code contract."""
    import sys

    from openness.cli import main

    def boom(_path):
        raise RuntimeError("kaboom")

    monkeypatch.setattr("openness.importers.mot.import_mot_file", boom)
    monkeypatch.setattr(sys, "argv", ["openness", "import", "mof", MESSY])
    with pytest.raises(SystemExit) as done:
        main()
    assert done.value.code == 3
    err = capsys.readouterr().err
    assert "internal error: RuntimeError: kaboom" in err and "Traceback" not in err


def test_init_yes_writes_the_template(runner, tmp_path):
    result = runner.invoke(init_command, ["--yes"])
    assert result.exit_code == 0, result.stderr
    data = valid((tmp_path / "openness.json").read_text(encoding="utf-8"))
    assert all(c["status"] == "not-released" for c in data["components"].values())
    again = runner.invoke(init_command, ["--yes"])
    assert again.exit_code == 2
    assert "already exists" in again.stderr
    assert runner.invoke(init_command, ["--yes", "--force"]).exit_code == 0


def test_init_without_terminal_writes_the_template(runner, tmp_path):
    result = runner.invoke(init_command, ["-o", "-"])
    assert result.exit_code == 0
    assert valid(result.stdout)["model"]["name"] == "my-model"


def test_init_from_model_card(runner, tmp_path):
    card = str(FIXTURES / "modelcards" / "apache-datasets.md")
    result = runner.invoke(init_command, ["--from-model-card", card, "-o", "out.json"])
    assert result.exit_code == 0, result.stderr
    data = valid((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert data["components"]["model-parameters"]["license"] == "Apache-2.0"
    assert "To confirm:" in result.stderr


@pytest.mark.parametrize("name", ["broken-yaml.md", "unclosed.md", "missing.md"])
def test_init_from_bad_model_card_exits_2(runner, tmp_path, name):
    card = str(FIXTURES / "modelcards" / name)
    result = runner.invoke(init_command, ["--from-model-card", card])
    assert result.exit_code == 2
    assert not (tmp_path / "openness.json").exists()
    assert "Traceback" not in result.stderr


def test_init_interactive(runner, tmp_path, monkeypatch):
    monkeypatch.setattr(drafts, "stdin_is_terminal", lambda: True)
    answers = "\n".join(
        [
            "Example-7B",
            "http://not-https",  # refused, asked again
            "https://huggingface.co/o/example-7b",
            "Apache 2.0",
            "n",  # architecture
            "n",  # inference code
            "y",
            "https://github.com/o/train",
            "MIT",
            "yes",
            "The Data",
            "https://example.org/data",
            "CC-BY-4.0",
            "",
            "n",  # presented as open source
        ]
    )
    result = runner.invoke(init_command, [], input=answers + "\n")
    assert result.exit_code == 0, result.output
    data = valid((tmp_path / "openness.json").read_text(encoding="utf-8"))
    assert data["model"]["name"] == "Example-7B"
    assert data["components"]["model-parameters"]["license"] == "Apache-2.0"
    assert data["components"]["training-code"]["url"] == "https://github.com/o/train"
    assert data["components"]["training-data"]["datasets"][0]["access"] == "open"
    assert data["claims"] == {"open_source": False}


def test_init_yes_skips_questions_in_a_terminal(runner, tmp_path, monkeypatch):
    monkeypatch.setattr(drafts, "stdin_is_terminal", lambda: True)
    result = runner.invoke(init_command, ["--yes", "-o", "-"])
    assert result.exit_code == 0
    assert valid(result.stdout)["model"]["name"] == "my-model"
