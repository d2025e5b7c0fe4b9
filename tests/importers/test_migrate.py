"""openness migrate: a 1.0 declaration rewritten for 2.0, nothing guessed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from openness.importers.migrate import MigrateError, migrate
from openness.validate import validate_file

from declarations import edited, open_source_ai, write

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "openness", "migrate", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
    )


def test_a_top_level_1_0_file_stays_at_the_top_in_2_0():
    draft = migrate(open_source_ai())
    data = draft.declaration
    assert list(data)[:2] == ["$schema", "openness"] and data["openness"] == "2.0"
    assert data["$schema"].endswith("/schema/2.0/openness.schema.json")
    # the configuration is code in 2.0: CC0 is not an OSI-approved licence, so it is listed
    assert any("training-configuration" in line for line in draft.to_confirm)


def test_withheld_data_gets_an_exception_that_validation_asks_to_fill(tmp_path):
    data = open_source_ai()
    data["components"]["training-data"]["datasets"].append(
        {"name": "Crawl", "url": "https://example.org/crawl", "access": "public", "share": 0.1}
    )
    draft = migrate(data)
    datasets = draft.declaration["components"]["training-data"]["datasets"]
    assert datasets[-1]["exception"] == {} and "exception" not in datasets[0]
    assert any("'Crawl'" in line and "basis" in line for line in draft.to_confirm)
    path = write(tmp_path, draft.declaration)
    report = validate_file(str(path))
    assert "exception-incomplete" in {f.rule for f in report.findings}


def test_not_applicable_where_2_0_says_it_always_exists_becomes_not_released():
    data = edited(open_source_ai(), data_card={"status": "not-applicable", "notes": "in the paper"})
    draft = migrate(data)
    card = draft.declaration["components"]["data-card"]
    assert card == {"status": "not-released", "notes": "in the paper"}
    assert any(line.startswith("data-card:") for line in draft.to_confirm)


def test_expected_level_ids_are_renamed_and_listed():
    data = {**open_source_ai(), "x-expected-level": "open-methods"}
    draft = migrate(data)
    assert draft.declaration["x-expected-level"] == "open-source-ai"
    assert any("x-expected-level" in line for line in draft.to_confirm)


def test_only_1_0_declarations_are_migrated():
    with pytest.raises(MigrateError, match=r"already written against definition 2\.0"):
        migrate({"openness": "2.0", "model": {"name": "x"}})
    with pytest.raises(MigrateError, match="cannot migrate"):
        migrate({"openness": "0.9"})
    with pytest.raises(MigrateError, match="not a JSON object"):
        migrate([1])


def test_the_command_writes_to_stdout_and_never_overwrites_without_force(tmp_path):
    path = write(tmp_path, open_source_ai())
    before = path.read_text()
    done = _run(str(path), cwd=tmp_path)
    assert done.returncode == 0 and json.loads(done.stdout)["openness"] == "2.0"
    assert "To confirm:" in done.stderr
    refused = _run(str(path), "-o", str(path), cwd=tmp_path)
    assert refused.returncode == 2 and "--force" in refused.stderr
    assert path.read_text() == before
    assert _run(str(path), "-o", str(path), "--force", cwd=tmp_path).returncode == 0
    assert json.loads(path.read_text())["openness"] == "2.0"


def test_broken_input_is_one_line_and_exit_2(tmp_path):
    broken = tmp_path / "openness.json"
    broken.write_text("{")
    done = _run(str(broken), cwd=tmp_path)
    assert done.returncode == 2 and "not valid JSON" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    missing = _run(str(tmp_path / "gone.json"), cwd=tmp_path)
    assert missing.returncode == 2 and "no such file" in missing.stderr
