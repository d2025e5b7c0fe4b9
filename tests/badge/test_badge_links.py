"""Where a badge leads: the model's own directory page when the directory holds the
model the declaration describes, else the level's page (P4 of the UX review)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from openness import badge
from openness.badge.spec import normalize_model_url
from openness.urls import level_url, model_page_url
from openness.validate import validate_paths

ROOT = Path(__file__).resolve().parents[2]


def _report(path: Path):
    return validate_paths([str(path)]).files[0]


def test_an_example_declaration_links_to_its_directory_page():
    file = _report(ROOT / "examples" / "olmo-2-7b" / "openness.json")
    spec = badge.for_file(file)
    assert spec.link == model_page_url("olmo-2-7b")
    assert spec.link.endswith("/models/olmo-2-7b/")
    for fmt in badge.SNIPPET_FORMATS:
        assert spec.link in badge.make(spec, fmt).content
    assert f'href="{spec.link}"' in badge.make(spec).content  # the SVG's own link


def test_the_authors_copy_of_a_directory_model_links_there_too(tmp_path):
    """Matched by model.url, whatever its host case, www. or trailing slash."""
    data = json.loads((ROOT / "examples" / "llama-3.1-8b" / "openness.json").read_text())
    data["model"]["url"] = "https://www.HuggingFace.co/meta-llama/Llama-3.1-8B/"
    (tmp_path / "openness.json").write_text(json.dumps(data))
    spec = badge.for_file(_report(tmp_path / "openness.json"))
    # presented as open source below Open Source AI: invalid, and the page says why
    assert spec.is_error and spec.link == model_page_url("llama-3.1-8b")
    data["claims"]["open_source"] = False
    (tmp_path / "openness.json").write_text(json.dumps(data))
    spec = badge.for_file(_report(tmp_path / "openness.json"))
    assert not spec.is_error and spec.link == model_page_url("llama-3.1-8b")


def test_a_model_the_directory_lacks_links_to_its_level_page(tmp_path):
    data = json.loads((ROOT / "examples" / "olmo-2-7b" / "openness.json").read_text())
    data["model"]["url"] = "https://huggingface.co/someone/another-model"
    (tmp_path / "openness.json").write_text(json.dumps(data))
    file = _report(tmp_path / "openness.json")
    spec = badge.for_file(file)
    assert file.valid and spec.link == level_url(file.definition_version, file.level)


def test_an_invalid_declaration_gets_the_published_invalid_badge(tmp_path):
    (tmp_path / "openness.json").write_text('{"openness": "2.0", "model": {}}')
    spec = badge.for_file(_report(tmp_path / "openness.json"))
    assert spec.is_error and spec.image_url().endswith("/badges/2.0/invalid.svg")
    assert spec.link.endswith("/definition/2.0/")  # no model page: the definition
    assert (ROOT / "badges" / "2.0" / "invalid.svg").is_file()


@pytest.mark.parametrize(
    ("url", "key"),
    [
        (
            "https://huggingface.co/allenai/OLMo-2-1124-7B",
            "https://huggingface.co/allenai/olmo-2-1124-7b",
        ),
        ("https://www.example.org/a/?x=1#top", "https://example.org/a"),
        (" https://Example.org ", "https://example.org"),
    ],
)
def test_model_urls_are_normalised(url, key):
    assert normalize_model_url(url) == key
