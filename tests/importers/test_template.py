"""The init template and the questions' logic: every path gives a schema-valid declaration."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema_rs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openness.definition import load_definition
from openness.importers.template import (
    DATASETS_ANSWERS,
    DatasetAnswer,
    InitAnswers,
    check_url,
    declaration_from_answers,
    template,
    template_draft,
)

SCHEMA = Path(__file__).resolve().parents[2] / "schema" / "2.0" / "openness.schema.json"
VALIDATOR = jsonschema_rs.validator_for(json.loads(SCHEMA.read_text(encoding="utf-8")))


def errors(declaration: dict) -> list[str]:
    return [e.message for e in VALIDATOR.iter_errors(declaration)]


def test_template_lists_every_component_not_released():
    declaration = template()
    assert errors(declaration) == []
    ids = load_definition().component_ids
    assert list(declaration["components"]) == list(ids)
    assert all(c == {"status": "not-released"} for c in declaration["components"].values())
    assert template_draft().to_confirm


def test_full_answers():
    draft = declaration_from_answers(
        InitAnswers(
            model_name="Lucie-7B",
            weights_url="https://huggingface.co/OpenLLM-France/Lucie-7B",
            weights_license="apache-2.0",
            training_code_public=True,
            training_code_url="https://github.com/OpenLLM-France/Lucie-Training",
            training_code_license="AGPL-3.0-only",
            datasets_public="some",
            datasets=(
                DatasetAnswer("Lucie Training Dataset", "https://huggingface.co/datasets/x", None),
                DatasetAnswer("Open part", "https://example.org/d", "CC-BY-4.0"),
                DatasetAnswer("Private part"),
            ),
        )
    )
    declaration = draft.declaration
    assert errors(declaration) == []
    weights = declaration["components"]["model-parameters"]
    assert weights == {
        "status": "released",
        "url": "https://huggingface.co/OpenLLM-France/Lucie-7B",
        "license": "Apache-2.0",
    }
    assert declaration["components"]["training-code"]["license"] == "AGPL-3.0-only"
    data = declaration["components"]["training-data"]
    assert data["status"] == "partial"
    assert [d["access"] for d in data["datasets"]] == ["public", "open", "unshareable"]
    assert any("apache-2.0" in line for line in draft.decisions)


light = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)


@settings(max_examples=150, deadline=None)
@given(
    name=light.filter(lambda s: s.strip()),
    weights_url=st.sampled_from([None, "", "https://huggingface.co/o/m"]),
    weights_license=st.one_of(st.none(), light, st.sampled_from(["MIT", "Apache 2.0", "llama2"])),
    code_public=st.booleans(),
    code_url=st.sampled_from([None, "", "https://github.com/o/r"]),
    code_license=st.one_of(st.none(), light, st.just("GPL-3.0-or-later")),
    datasets_public=st.sampled_from(DATASETS_ANSWERS),
    datasets=st.lists(
        st.builds(
            DatasetAnswer,
            name=light,
            url=st.sampled_from([None, "", "https://example.org/d"]),
            license=st.one_of(st.none(), light, st.just("CC-BY-4.0")),
        ),
        max_size=3,
    ),
)
def test_every_answers_path_is_schema_valid(
    name,
    weights_url,
    weights_license,
    code_public,
    code_url,
    code_license,
    datasets_public,
    datasets,
):
    answers = InitAnswers(
        model_name=name,
        weights_url=weights_url,
        weights_license=weights_license,
        training_code_public=code_public,
        training_code_url=code_url,
        training_code_license=code_license,
        datasets_public=datasets_public,
        datasets=tuple(datasets),
    )
    if len(name.strip()) > 300:
        return
    draft = declaration_from_answers(answers)
    assert errors(draft.declaration) == []


@pytest.mark.parametrize(
    "answers",
    [
        InitAnswers(model_name=" "),
        InitAnswers(model_name="m", weights_url="http://insecure.example/m"),
        InitAnswers(model_name="m", training_code_public=True, training_code_url="github.com/x"),
        InitAnswers(model_name="m", datasets_public="maybe"),  # type: ignore[arg-type]
    ],
)
def test_answers_the_questions_would_refuse(answers):
    with pytest.raises(ValueError):
        declaration_from_answers(answers)


def test_check_url():
    assert check_url("") is None
    assert check_url("https://example.org") is None
    assert check_url("ftp://example.org")
