"""Drafting lands honest authors where they belong (issue 14, P7): init asks about
architecture, inference code and the open source claim, reads piped answers (or
says it skipped the questions); a model card's library_name counts as released
architecture and inference code; its open source words become a claim to confirm;
notes never carry the drafting machine's absolute path."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from openness.assess import assess_document
from openness.cli import drafts
from openness.cli.drafts import PipedAnswers, init_command
from openness.importers.modelcard import draft_from_model_card, draft_from_model_card_file
from openness.importers.template import complete_url
from openness.loader import Document


def level_of(declaration: dict) -> str | None:
    text = json.dumps(declaration, indent=2)
    return assess_document(Document("openness.json", text, declaration)).level


CARD = """---
license: apache-2.0
library_name: transformers
tags:
- text-generation
---

# Demo-7B

A small demo model.
"""


def test_a_transformers_card_releases_architecture_and_inference_code():
    draft = draft_from_model_card(CARD)
    components = draft.declaration["components"]
    for cid in ("model-architecture", "inference-code"):
        assert components[cid]["status"] == "released"
        assert components[cid]["license"] == "Apache-2.0"
        assert components[cid]["url"] == "https://github.com/huggingface/transformers"
    assert any("transformers implements this model" in line for line in draft.to_confirm)
    # with the weights' url added, an Apache-2.0 card reaches Open Weights AI
    components["model-parameters"]["url"] = "https://huggingface.co/o/demo"
    assert level_of(draft.declaration) == "open-weights"


def test_without_library_name_the_code_stays_not_released():
    card = CARD.replace("library_name: transformers\n", "")
    components = draft_from_model_card(card).declaration["components"]
    assert components["model-architecture"] == {"status": "not-released"}


@pytest.mark.parametrize(
    ("name", "url"),
    [
        ("diffusers", "https://github.com/huggingface/diffusers"),
        ("sentence-transformers", "https://github.com/UKPLab/sentence-transformers"),
        ("timm", "https://github.com/huggingface/pytorch-image-models"),
        ("peft", "https://github.com/huggingface/peft"),
        ("vllm", "https://github.com/vllm-project/vllm"),
        ("Transformers", "https://github.com/huggingface/transformers"),
    ],
)
def test_known_libraries(name, url):
    card = CARD.replace("library_name: transformers", f"library_name: {name}")
    architecture = draft_from_model_card(card).declaration["components"]["model-architecture"]
    assert architecture["url"] == url and architecture["license"] == "Apache-2.0"


def test_custom_code_and_unknown_libraries_are_left_to_confirm():
    custom = draft_from_model_card(CARD.replace("- text-generation", "- custom_code"))
    assert custom.declaration["components"]["model-architecture"]["status"] == "not-released"
    assert any("custom_code" in line for line in custom.to_confirm)
    unknown = draft_from_model_card(CARD.replace("transformers", "my-own-lib"))
    assert unknown.declaration["components"]["inference-code"]["status"] == "not-released"
    assert any("'my-own-lib' is not a library" in line for line in unknown.to_confirm)


def test_an_open_source_tag_becomes_a_claim_to_confirm():
    draft = draft_from_model_card(CARD.replace("- text-generation", "- open-source"))
    assert draft.declaration["claims"] == {"open_source": True}
    assert any(
        "claims.open_source" in line and "'open-source'" in line for line in draft.to_confirm
    )


def test_open_source_words_in_the_text_become_a_claim_to_confirm():
    draft = draft_from_model_card(CARD + "\nDemo-7B is a truly open source model.\n")
    assert draft.declaration["claims"] == {"open_source": True}
    assert any("truly open source model" in line for line in draft.to_confirm)


@pytest.mark.parametrize(
    "sentence",
    [
        "This model is not open source.",
        "It is released under an open-source license.",
        "Built with open source libraries.",
    ],
)
def test_words_about_something_else_are_no_claim(sentence):
    assert "claims" not in draft_from_model_card(CARD + f"\n{sentence}\n").declaration


def test_notes_never_hold_the_absolute_path_of_the_card(tmp_path, monkeypatch):
    folder = tmp_path / "models" / "demo"
    folder.mkdir(parents=True)
    card = folder / "README.md"
    card.write_text(CARD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    notes = json.dumps(draft_from_model_card_file(card.resolve()).declaration)
    assert str(tmp_path) not in notes
    assert "models/demo/README.md" in notes
    monkeypatch.chdir(tmp_path / "models" / "demo")
    elsewhere = draft_from_model_card_file(str(card.resolve()))
    assert str(tmp_path) not in json.dumps(elsewhere.declaration)


def test_a_host_without_scheme_gets_https():
    assert complete_url("huggingface.co/org/model") == "https://huggingface.co/org/model"
    assert complete_url("https://x.org/a") == "https://x.org/a"
    assert complete_url("not a url") == "not a url"


ANSWERS = [
    "Demo-7B",
    "huggingface.co/o/demo",  # the scheme is added
    "Apache-2.0",
    "y",  # architecture public
    "https://github.com/huggingface/transformers",
    "Apache-2.0",
    "",  # inference code: the default is the architecture's answer (yes)
    "",  # same url
    "",  # same licence
    "n",  # training code
    "no",  # data sets
    "y",  # presented as open source
]


def test_the_interactive_questions_cover_architecture_inference_and_the_claim(tmp_path):
    answers = PipedAnswers(ANSWERS)
    given = drafts.ask_answers(answers.prompt, answers.confirm)
    from openness.importers.template import declaration_from_answers

    declaration = declaration_from_answers(given).declaration
    components = declaration["components"]
    assert components["model-architecture"]["license"] == "Apache-2.0"
    assert components["inference-code"]["url"] == "https://github.com/huggingface/transformers"
    assert components["model-parameters"]["url"] == "https://huggingface.co/o/demo"
    assert declaration["claims"] == {"open_source": True}
    assert level_of(declaration) == "open-weights"


def test_piped_answers_are_read(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "openness", "init", "-o", "-"],
        input="\n".join(ANSWERS) + "\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    declaration = json.loads(done.stdout)  # the questions went to stderr
    assert declaration["model"]["name"] == "Demo-7B"
    assert declaration["components"]["inference-code"]["status"] == "released"
    assert "answers on standard input" in done.stderr


def test_no_terminal_and_nothing_piped_says_the_questions_were_skipped(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "openness", "init", "-o", "-"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ},
        timeout=60,
    )
    assert done.returncode == 0
    assert json.loads(done.stdout)["model"]["name"] == "my-model"
    assert "questions skipped" in done.stderr


def test_a_piped_answer_the_question_refuses_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(init_command, ["-o", "-"], input="Demo\nhttp://insecure\n")
    assert result.exit_code == 2
    assert "http://insecure" in result.stderr and "https" in result.stderr


def test_answers_that_end_early_take_the_defaults():
    result = CliRunner().invoke(init_command, ["-o", "-"], input="Only-a-name\n")
    assert result.exit_code == 0, result.stderr
    declaration = json.loads(result.stdout)
    assert declaration["model"]["name"] == "Only-a-name"
    assert declaration["claims"] == {"open_source": False}


def test_yes_still_skips_quietly(tmp_path):
    result = CliRunner().invoke(init_command, ["--yes", "-o", "-"], input="ignored\n")
    assert result.exit_code == 0
    assert "questions skipped" not in result.stderr


def test_no_empty_heading_when_there_is_no_decision():
    from openness.cli.drafts import _report

    runner = CliRunner()
    with runner.isolation() as (_out, err, _):
        _report("From your answers:", [], ["x"])
        shown = err.getvalue().decode()
    assert "From your answers:" not in shown and "To confirm:" in shown


FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "modelcards" / "apache-datasets.md"


def test_the_fixture_card_now_drafts_its_library_code():
    components = draft_from_model_card_file(FIXTURE).declaration["components"]
    assert components["model-architecture"]["status"] == "released"
