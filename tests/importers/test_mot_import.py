"""The Model Openness Tool importer: mapping, messy licence strings, bad files."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema_rs
import pytest

from openness.importers.licenses import map_license
from openness.importers.mot import MotImportError, import_mot_file, import_mot_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mot"
SCHEMA = Path(__file__).resolve().parents[2] / "schema" / "2.0" / "openness.schema.json"


@pytest.fixture(scope="module")
def validator():
    return jsonschema_rs.validator_for(json.loads(SCHEMA.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def messy():
    return import_mot_file(FIXTURES / "messy.yml")


def test_drafts_are_schema_valid(validator, messy):
    for draft in (messy, import_mot_file(FIXTURES / "clean.yml")):
        errors = [e.message for e in validator.iter_errors(draft.declaration)]
        assert errors == []


def test_model_fields(messy):
    model = messy.declaration["model"]
    assert model == {
        "name": "Messy-7B",
        "version": "1.0",
        "organization": "Example Lab",
        "url": "https://huggingface.co/example/messy-7b",
        "release_date": "2024-05-01",
    }
    assert messy.declaration["openness"] == "2.0"


def test_repository_is_the_url_when_no_huggingface():
    draft = import_mot_file(FIXTURES / "clean.yml")
    assert draft.declaration["model"]["url"] == "https://github.com/example/clean"


@pytest.mark.parametrize(
    ("component", "licence", "note"),
    [
        ("model-architecture", "Apache-2.0", "'Apache 2.0'"),
        ("model-parameters", "LicenseRef-Llama-2-Community", "'Llama 2 Community License'"),
        ("inference-code", "BSD-3-Clause", "'BSD-3'"),
        ("evaluation-results", "LicenseRef-Gemma-Terms", "'Gemma Terms of Use'"),
    ],
)
def test_messy_strings_naming_one_licence_are_mapped(messy, component, licence, note):
    entry = messy.declaration["components"][component]
    assert entry["license"] == licence
    assert note in entry["notes"]
    assert any(line.startswith(component) and "mapped to" in line for line in messy.decisions)


@pytest.mark.parametrize(
    ("component", "kept"),
    [
        ("training-code", "MIT, Apache-2.0"),
        ("model-card", "Undisclosed"),
        ("evaluation-code", "gpl-3.0"),
    ],
)
def test_other_strings_are_kept_as_written(messy, component, kept):
    entry = messy.declaration["components"][component]
    assert entry["license"] == kept
    assert repr(kept) in entry["notes"]
    assert any(component in line and "kept as written" in line for line in messy.decisions)


def test_unlicensed_becomes_released_without_licence(messy):
    entry = messy.declaration["components"]["data-card"]
    assert entry["status"] == "released"
    assert "license" not in entry
    assert any("data-card" in line and "without a licence" in line for line in messy.decisions)


def test_release_licence_fallback_by_content_type(messy):
    # Datasets (data) and Technical report (document -> distribution) have no own licence.
    components = messy.declaration["components"]
    assert components["training-data"]["license"] == "CC-BY-4.0"
    assert components["technical-report"]["license"] == "Apache-2.0"
    assert any("release.license.data" in line for line in messy.decisions)
    assert any("release.license.distribution" in line for line in messy.decisions)


def test_datasets_are_not_invented(messy):
    entry = messy.declaration["components"]["training-data"]
    assert entry["status"] == "released"
    assert "datasets" not in entry
    assert any("no data sets" in line for line in messy.decisions)


def test_component_path(messy):
    components = messy.declaration["components"]
    assert components["model-architecture"]["url"] == "https://github.com/example/messy/model.py"
    assert "url" not in components["inference-code"]  # http only: kept in notes
    assert "http://example.org/inference" in components["inference-code"]["notes"]


def test_unlisted_components_are_not_released(messy):
    components = messy.declaration["components"]
    assert components["intermediate-checkpoints"] == {"status": "not-released"}
    assert len(components) == 17


def test_unknown_and_duplicate_component_names_are_reported(messy):
    assert any("'Model weights'" in line and "skipped" in line for line in messy.decisions)
    assert any("listed twice" in line for line in messy.decisions)
    assert messy.declaration["components"]["model-card"]["license"] == "Undisclosed"


@pytest.mark.parametrize(
    ("fixture", "reason"),
    [
        ("list.yml", "the top level is a list"),
        ("broken.yml", "not valid YAML"),
        ("empty.yml", "the file is empty"),
        ("aliases.yml", "aliases"),
        ("no-release.yml", "no 'release' mapping"),
        ("bad-component.yml", "components[0]"),
        ("missing.yml", "no such file"),
    ],
)
def test_bad_files_raise_a_clear_error(fixture, reason):
    with pytest.raises(MotImportError) as caught:
        import_mot_file(FIXTURES / fixture)
    message = str(caught.value)
    assert reason in message
    assert fixture in message
    assert "Fix:" in message


def test_huge_file_is_refused(tmp_path):
    big = tmp_path / "big.yml"
    big.write_text("release:\n  name: x\n" + "# padding\n" * 200_000, encoding="utf-8")
    with pytest.raises(MotImportError, match="larger than"):
        import_mot_file(big)


def test_directory_and_bad_utf8(tmp_path):
    with pytest.raises(MotImportError, match="directory"):
        import_mot_file(tmp_path)
    bad = tmp_path / "bad.yml"
    bad.write_bytes(b"release:\n  name: \xff\xfe\n")
    with pytest.raises(MotImportError, match="UTF-8"):
        import_mot_file(bad)


@pytest.mark.parametrize(
    "text", ["just a string", "42", "release: []", "release:\n  components: []", "!!binary x"]
)
def test_wrong_shapes(text):
    with pytest.raises(MotImportError, match="not a Model Openness Tool file"):
        import_mot_text(text, "x.yml")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Apache-2.0", "Apache-2.0"),
        ("Apache 2.0", "Apache-2.0"),
        ("apache-2.0", "Apache-2.0"),
        ("Apache License 2.0", "Apache-2.0"),
        ("MIT License", "MIT"),
        ("BSD-3", "BSD-3-Clause"),
        ("CC BY 4.0", "CC-BY-4.0"),
        ("Llama 2 Community License", "LicenseRef-Llama-2-Community"),
        ("Meta Llama 3 Community License", "LicenseRef-Llama-3-Community"),
        ("llama3.1", "LicenseRef-Llama-3.1-Community"),
        ("Gemma Terms of Use", "LicenseRef-Gemma-Terms"),
        ("bigscience-bloom-rail-1.0", "LicenseRef-BigScience-BLOOM-RAIL-1.0"),
        ("Apache-2.0 OR MIT", "Apache-2.0 OR MIT"),
    ],
)
def test_map_license_names_one_licence(text, expected):
    mapping = map_license(text)
    assert mapping.mapped
    assert mapping.license == expected


@pytest.mark.parametrize(
    "text",
    [
        "Undisclosed",
        "unknown",
        "MIT, Apache-2.0",
        "MIT and Apache 2.0",
        "gpl-3.0",
        "openrail",
        "bsd",
        "LGPL 2.1",
        "Some Custom License",
    ],
)
def test_map_license_leaves_the_rest(text):
    mapping = map_license(text)
    assert not mapping.mapped
    assert mapping.license == text
    assert mapping.reason
