"""`--format sarif`: SARIF 2.1.0 that code scanning accepts, checked against the official schema."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import jsonschema
import pytest
from integration_helpers import run_cli

from openness.rules import RULES

from declarations import open_source_ai, write

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sarif"
SCHEMA_FILE = FIXTURES / "sarif-schema-2.1.0.json"
SCHEMA_SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"


@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.Draft4Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(
        schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    )


def sarif_of(*args: str, cwd: Path) -> tuple[dict, int]:
    done = run_cli("validate", "--format", "sarif", *args, cwd=cwd)
    assert "Traceback" not in done.stderr
    return json.loads(done.stdout), done.returncode


def broken_folder(tmp_path: Path) -> Path:
    """One schema-invalid, one unparsable, one missing declaration."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "openness.json").write_text(
        '{\n  "openness": "1.0",\n  "model": {"name": "x", "url": "http://a"},\n  "bogus": 1\n}\n'
    )
    (tmp_path / "b dir").mkdir()
    (tmp_path / "b dir" / "openness.json").write_text('{"openness": "1.0",\n  "model": {"name": }')
    return tmp_path


def test_the_shipped_schema_is_the_unmodified_official_file():
    assert hashlib.sha256(SCHEMA_FILE.read_bytes()).hexdigest() == SCHEMA_SHA256
    schema = json.loads(SCHEMA_FILE.read_text())
    assert schema["id"].endswith("/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    assert (FIXTURES / "NOTICE").read_text().count("OASIS") >= 3


def test_broken_inputs_give_schema_valid_sarif_with_every_location(tmp_path, sarif_validator):
    folder = broken_folder(tmp_path)
    log, code = sarif_of("a/openness.json", "b dir/openness.json", "absent.json", cwd=folder)
    assert code == 2  # a missing file is unreadable input
    sarif_validator.validate(log)
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    results = run["results"]
    by_rule = {r["ruleId"]: r for r in results}
    assert {"invalid-url", "unknown-property", "invalid-json", "unreadable"} <= set(by_rule)
    url = by_rule["invalid-url"]
    assert url["level"] == "error"
    location = url["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "a/openness.json", "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {"startLine": 3, "startColumn": 33}
    assert url["properties"]["jsonPointer"] == "/model/url"
    broken = by_rule["invalid-json"]["locations"][0]["physicalLocation"]
    assert broken["artifactLocation"]["uri"] == "b%20dir/openness.json"  # a URI: space encoded
    assert broken["region"]["startLine"] == 2
    missing = by_rule["unreadable"]["locations"][0]["physicalLocation"]
    assert missing["artifactLocation"]["uri"] == "absent.json"
    for result in results:  # ruleIndex points at the right rule
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["partialFingerprints"]["openness/v1"]
    assert run["invocations"][0]["exitCode"] == 2


def test_driver_describes_every_rule_with_help_on_the_site(tmp_path, sarif_validator):
    log, _ = sarif_of("absent.json", cwd=tmp_path)
    sarif_validator.validate(log)
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "openness"
    assert driver["informationUri"].startswith("https://")
    from openness import __version__

    assert driver["version"] == __version__
    levels = {"error": "error", "warning": "warning", "info": "note"}
    assert [r["id"] for r in driver["rules"]] == list(RULES)
    for descriptor in driver["rules"]:
        rule = RULES[descriptor["id"]]
        assert descriptor["shortDescription"]["text"] == rule.title
        assert descriptor["fullDescription"]["text"] == rule.help
        assert descriptor["helpUri"] == rule.help_url
        assert descriptor["helpUri"].startswith("https://openness.dev/")
        assert descriptor["defaultConfiguration"]["level"] == levels[rule.severity]


def test_paths_outside_the_current_folder_are_absolute_file_uris(tmp_path, sarif_validator):
    work = tmp_path / "work"
    work.mkdir()
    other = tmp_path / "other"
    other.mkdir()
    (other / "openness.json").write_text("[]")
    log, code = sarif_of(str(other / "openness.json"), cwd=work)
    assert code == 1
    sarif_validator.validate(log)
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri == {"uri": (other / "openness.json").as_uri()}


def test_nothing_to_report_is_still_a_valid_log(tmp_path, sarif_validator):
    from openness.render.sarif import to_sarif
    from openness.report import Report

    log = to_sarif(Report(), base=str(tmp_path))
    sarif_validator.validate(log)
    assert log["runs"][0]["results"] == []


def test_a_finding_points_at_its_catalogued_rule(tmp_path, sarif_validator):
    from openness.render.sarif import to_sarif
    from openness.report import FileReport, Finding, Report

    file = FileReport(path=str(tmp_path / "openness.json"))
    file.findings.append(Finding("schema-mismatch", "warning", "m", "/$schema", 2, 3, "f"))
    log = to_sarif(Report(files=[file]), base=str(tmp_path))
    sarif_validator.validate(log)
    result = log["runs"][0]["results"][0]
    assert log["runs"][0]["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "schema-mismatch"
    assert result["message"]["text"] == "m\nFix: f"
    assert result["level"] == "warning"


def test_valid_declaration_has_no_results_and_exits_0(tmp_path, sarif_validator):
    write(tmp_path, open_source_ai())
    log, code = sarif_of("openness.json", cwd=tmp_path)
    assert code == 0
    sarif_validator.validate(log)
    assert [r for r in log["runs"][0]["results"] if r["level"] == "error"] == []
    assert log["runs"][0]["properties"]["files"][0]["level"] == "open-source-ai"
