"""Drafts from Hugging Face model cards: front matter, licences, data sets, bad cards."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema_rs
import pytest

from openness.importers.modelcard import (
    ModelCardError,
    draft_from_model_card,
    draft_from_model_card_file,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "modelcards"
SCHEMA = Path(__file__).resolve().parents[2] / "schema" / "2.0" / "openness.schema.json"
GOOD = [
    "apache-datasets.md",
    "other-license.md",
    "other-no-name.md",
    "rail.md",
    "gated-llama.md",
    "no-front-matter.md",
    "stray-keys.md",
]


@pytest.fixture(scope="module")
def validator():
    return jsonschema_rs.validator_for(json.loads(SCHEMA.read_text(encoding="utf-8")))


def card(name: str):
    return draft_from_model_card_file(FIXTURES / name)


@pytest.mark.parametrize("name", GOOD)
def test_drafts_are_schema_valid(validator, name):
    draft = card(name)
    assert [e.message for e in validator.iter_errors(draft.declaration)] == []
    assert draft.declaration["components"]["model-card"]["status"] == "released"
    assert draft.to_confirm


def test_licence_datasets_and_base_model():
    draft = card("apache-datasets.md")
    declaration = draft.declaration
    assert declaration["model"]["name"] == "Example-7B-Instruct"  # model-index first
    assert declaration["model"]["x-base_model"] == "example/base-7b"
    assert declaration["model"]["x-base_model_relation"] == "finetune"
    weights = declaration["components"]["model-parameters"]
    assert weights["status"] == "released"
    assert weights["license"] == "Apache-2.0"
    data = declaration["components"]["training-data"]
    assert data["status"] == "partial"
    assert [d["name"] for d in data["datasets"]] == ["allenai/dolma", "HuggingFaceFW/fineweb"]
    assert data["datasets"][0]["url"] == "https://huggingface.co/datasets/allenai/dolma"
    assert all(d["access"] == "public" and "license" not in d for d in data["datasets"])
    assert any("The Pile (deduplicated)" in line for line in draft.to_confirm)
    assert any("example/base-7b" in line for line in draft.to_confirm)


def test_license_other_with_name_and_link():
    draft = card("other-license.md")
    weights = draft.declaration["components"]["model-parameters"]
    assert weights["license"] == "LicenseRef-Tongyi-Qianwen"
    assert "https://huggingface.co/example/qwen-like/blob/main/LICENSE" in weights["notes"]
    assert draft.declaration["model"]["name"] == "Qwen-like Chat"


def test_license_other_without_name_is_to_confirm():
    draft = card("other-no-name.md")
    assert draft.declaration["components"]["model-parameters"] == {"status": "not-released"}
    assert any("license_name" in line for line in draft.to_confirm)


def test_rail_licence():
    draft = card("rail.md")
    weights = draft.declaration["components"]["model-parameters"]
    assert weights["license"] == "LicenseRef-BigScience-BLOOM-RAIL-1.0"


def test_gated_llama_card_without_license_key():
    draft = card("gated-llama.md")
    assert draft.declaration["model"]["name"] == "Llama 2"
    assert draft.declaration["components"]["model-parameters"] == {"status": "not-released"}
    assert any("no 'license' key" in line for line in draft.to_confirm)
    assert any("access gate" in line for line in draft.to_confirm)


def test_no_front_matter():
    draft = card("no-front-matter.md")
    assert draft.declaration["model"]["name"] == "Tiny Model"
    assert any("no YAML front matter" in line for line in draft.decisions)
    assert draft.declaration["components"]["model-parameters"] == {"status": "not-released"}


def test_stray_keys_and_family_licence():
    draft = card("stray-keys.md")
    assert any("'licence'" in line and "did you mean 'license'" in line for line in draft.decisions)
    assert any("'dataset'" in line and "'datasets'" in line for line in draft.decisions)
    assert any("'None'" in line for line in draft.decisions)
    # license: openrail names a family: nothing declared, the choices listed
    assert draft.declaration["components"]["model-parameters"] == {"status": "not-released"}
    assert any("LicenseRef-BigScience-OpenRAIL-M" in line for line in draft.to_confirm)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("broken-yaml.md", "not valid YAML"),
        ("unclosed.md", "never closed"),
        ("missing.md", "no such file"),
    ],
)
def test_bad_cards_raise_a_clear_error(name, reason):
    with pytest.raises(ModelCardError) as caught:
        card(name)
    assert reason in str(caught.value)
    assert name in str(caught.value)
    assert "Fix:" in str(caught.value)


def test_broken_yaml_reports_the_file_line():
    with pytest.raises(ModelCardError, match="line 4"):
        card("broken-yaml.md")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("---\n- a\n- b\n---\n", "not a mapping"),
        ("---\na: &x 1\nb: *x\n---\n", "aliases"),
    ],
)
def test_bad_texts(text, reason):
    with pytest.raises(ModelCardError, match=reason):
        draft_from_model_card(text, "README.md")


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        ("license: mit", "MIT"),
        ("license: MIT", "MIT"),
        ("license: [cc-by-4.0]", "CC-BY-4.0"),
        ("license: llama3.1", "LicenseRef-Llama-3.1-Community"),
        ("license: gemma", "LicenseRef-Gemma-Terms"),
        ("license: Some Custom Terms", "Some Custom Terms"),
    ],
)
def test_licence_ids(front, expected):
    draft = draft_from_model_card(f"---\n{front}\n---\n# M\n", "README.md")
    assert draft.declaration["components"]["model-parameters"]["license"] == expected


@pytest.mark.parametrize(
    "front", ["license: gpl-3.0", "license: unknown", "license: [mit, apache-2.0]", "license: 3"]
)
def test_licences_that_name_no_single_licence(front):
    draft = draft_from_model_card(f"---\n{front}\n---\n# M\n", "README.md")
    assert draft.declaration["components"]["model-parameters"] == {"status": "not-released"}
    assert any(line.startswith("model-parameters") for line in draft.to_confirm)


def test_model_name_key_wins_and_no_name_is_to_confirm():
    draft = draft_from_model_card("---\nmodel_name: Named\n---\n# Title\n", "README.md")
    assert draft.declaration["model"]["name"] == "Named"
    draft = draft_from_model_card("---\nlicense: mit\n---\nno title\n", "README.md")
    assert draft.declaration["model"]["name"] == "my-model"
    assert any(line.startswith("model.name") for line in draft.to_confirm)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("qwen", "LicenseRef-Qwen"),
        ("qwen-research", "LicenseRef-Qwen-Research"),
        ("tongyi-qianwen-research", "LicenseRef-Tongyi-Qianwen-Research"),
        ("deepseek-license", "LicenseRef-DeepSeek-Model"),
        ("mrl", "LicenseRef-Mistral-Research"),
        ("MNPL", "LicenseRef-Mistral-Non-Production"),
        ("nvidia-open-model-license", "LicenseRef-NVIDIA-Open-Model"),
        ("stabilityai-ai-community", "LicenseRef-Stability-AI-Community"),
    ],
)
def test_license_other_maps_the_recorded_license_names(name, expected):
    draft = draft_from_model_card(
        f"---\nlicense: other\nlicense_name: {name}\n---\n# M\n", "README.md"
    )
    assert draft.declaration["components"]["model-parameters"]["license"] == expected
    assert any(f"released under {expected}" in line for line in draft.decisions)


def test_a_shared_license_name_is_kept_as_written():
    # "modified-mit" names Kimi's and MiniMax's different texts: never guessed
    draft = draft_from_model_card(
        "---\nlicense: other\nlicense_name: modified-mit\n---\n# M\n", "README.md"
    )
    assert draft.declaration["components"]["model-parameters"]["license"] == "modified-mit"
    assert any("kept as written" in line for line in draft.decisions)


def test_license_names_are_2_0_data():
    from openness.definition import load_definition

    draft = draft_from_model_card(
        "---\nlicense: other\nlicense_name: mrl\n---\n# M\n",
        "README.md",
        definition=load_definition("1.0"),
    )
    # 1.0 records no license_name strings: the string is kept for validation to report
    assert draft.declaration["components"]["model-parameters"]["license"] == "mrl"
