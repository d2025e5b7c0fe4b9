"""The bundled examples: 2.0 declarations whose computed level is the one their facts justify,
every fact sourced with a public https URL and a review date (issue 13)."""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from openness.definition import load_definition
from openness.validate import validate_paths

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*/openness.json"))
IDS = [p.parent.name for p in EXAMPLES]

# OSI's validation phase (https://opensource.org/ai): passed, would pass with a licence change,
# failed.
OSI_PASSED = {"pythia-6.9b", "olmo-7b", "amber-7b", "t5-base"}
OSI_LICENCE_ONLY = {"bloom-176b"}
OSI_FAILED = {"llama-2-7b", "phi-2"}

# A local or private location written where a public source belongs: an absolute path under a
# usual root, a home-relative path, a Windows drive path, or a file: URL.
LOCAL_PATH = re.compile(
    r"file:|(?:^|[\s(\"'])(?:/(?:work|home|tmp|Users|mnt|var|etc|root|srv|opt)/|~/|[A-Za-z]:\\)"
)


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _strings(value: Any) -> Iterator[str]:
    """Every string in a JSON value, keys included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _level_ids() -> list[str]:
    return [level.id for level in load_definition("2.0").levels]


def test_there_are_at_least_ten_examples():
    assert len(EXAMPLES) >= 10


@pytest.mark.parametrize("path", EXAMPLES, ids=IDS)
def test_example_is_a_2_0_declaration_judged_by_2_0(path):
    data = _load(path)
    assert data["openness"] == "2.0"
    assert data["$schema"] == "https://openness.dev/schema/2.0/openness.schema.json"
    file = validate_paths([str(path)]).files[0]
    assert file.definition_version == "2.0"
    # Valid: the only error an example may carry is the washing verdict its facts call for.
    errors = [f for f in file.findings if f.severity == "error"]
    assert all(f.rule == "open-source-washing" for f in errors), errors


@pytest.mark.parametrize("path", EXAMPLES, ids=IDS)
def test_computed_level_is_the_expected_one(path):
    data = _load(path)
    assert data["x-expected-level"] in _level_ids()
    file = validate_paths([str(path)]).files[0]
    assert file.level == data["x-expected-level"], [f.message for f in file.findings]
    assert isinstance(data.get("x-rationale"), str) and len(data["x-rationale"]) > 80
    errors = [f for f in file.findings if f.severity == "error"]
    washing_expected = bool(data["claims"].get("open_source")) and file.level not in (
        "open-source-ai",
        "open-source-ai-open-data",
    )
    assert bool(errors) == washing_expected


@pytest.mark.parametrize("path", EXAMPLES, ids=IDS)
def test_g7_label_follows_the_level(path):
    file = validate_paths([str(path)]).files[0]
    expected = None if file.level == "closed" else file.level
    assert file.g7 is not None and file.g7.label == expected


@pytest.mark.parametrize("path", EXAMPLES, ids=IDS)
def test_every_source_is_a_public_https_url(path):
    sources = _load(path).get("x-sources")
    assert isinstance(sources, dict) and sources, "an example cites its sources in x-sources"
    for about, entries in sources.items():
        assert about.startswith("/"), f"{about}: sources are keyed by the JSON pointer they support"
        assert isinstance(entries, list) and entries, about
        for entry in entries:
            assert set(entry) == {"url", "says"}, entry
            assert re.fullmatch(r"https://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?", entry["url"]), entry
            assert isinstance(entry["says"], str) and entry["says"].strip(), entry


@pytest.mark.parametrize("path", EXAMPLES, ids=IDS)
def test_no_local_or_private_path_anywhere(path):
    data = _load(path)
    leaks = [text for text in _strings(data) if LOCAL_PATH.search(text)]
    assert not leaks, leaks


def test_local_path_check_catches_what_it_must():
    for text in ("/work/shared/reference/licenses.md: x", "see file:///tmp/a", "(~/notes.md)"):
        assert LOCAL_PATH.search(text), text
    for text in ("/components/training-data", "https://github.com/a/b/blob/main/LICENSE", "a/b"):
        assert not LOCAL_PATH.search(text), text


@pytest.mark.parametrize("path", EXAMPLES, ids=IDS)
def test_every_example_has_a_review_date(path):
    reviewed = _load(path).get("x-reviewed")
    assert isinstance(reviewed, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", reviewed), reviewed
    datetime.date.fromisoformat(reviewed)


@pytest.mark.parametrize("path", EXAMPLES, ids=IDS)
def test_every_withheld_data_set_says_why(path):
    """2.0 requires an exception on every data set that is not open; the examples fill it in."""
    data = _load(path)
    for dataset in data["components"].get("training-data", {}).get("datasets", []):
        if dataset["access"] != "open":
            exception = dataset["exception"]
            assert exception["basis"] in ("legal", "technical", "other"), dataset["name"]
            assert len(exception["explanation"]) > 30, dataset["name"]


@pytest.mark.parametrize("name", sorted(OSI_PASSED | OSI_LICENCE_ONLY | OSI_FAILED))
def test_osaid_verdict_agrees_with_osi_validation(name):
    file = validate_paths([str(ROOT / "examples" / name / "openness.json")]).files[0]
    assert file.osaid.passed == (name in OSI_PASSED), [g.message for g in file.osaid.failures]
    if name in OSI_LICENCE_ONLY:
        # "Would pass with a licence change": the licence of the weights is the only failure.
        assert [g.components for g in file.osaid.failures] == [("model-parameters",)]


def test_osi_rejections_stay_below_open_weights_where_terms_restrict_use():
    for name in ("llama-2-7b", "llama-3.1-8b", "bloom-176b", "starcoder2-15b"):
        file = validate_paths([str(ROOT / "examples" / name / "openness.json")]).files[0]
        assert file.level in ("closed", "weights-available")


def test_llama_examples_declare_inference_code_the_same_way():
    """One convention for every Llama version (review X8): the open library that runs it."""
    for name in ("llama-2-7b", "llama-3.1-8b"):
        components = _load(ROOT / "examples" / name / "openness.json")["components"]
        inference = components["inference-code"]
        assert inference["url"] == "https://github.com/huggingface/transformers"
        assert inference["license"] == "Apache-2.0"


def test_the_examples_readme_lists_every_example_with_its_level():
    """The table in examples/README.md is kept with the folders: one row each, and the level
    it gives is the one the validator computes."""
    readme = (ROOT / "examples" / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `([^`]+)` \|[^|]*\|[^|]*\| ([a-z-]+) ", readme, re.M))
    assert sorted(rows) == sorted(IDS)
    for path in EXAMPLES:
        assert rows[path.parent.name] == _load(path)["x-expected-level"], path.parent.name
