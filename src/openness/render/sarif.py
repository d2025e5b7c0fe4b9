"""SARIF 2.1.0 for code scanning (GitHub's ``upload-sarif`` and other SARIF viewers).

One run, the tool's driver carrying every rule of the catalogue (id, short and full
description, help link on the site, default level), one result a finding. File
locations are relative to the current folder (the repository root in CI), with
forward slashes, so code scanning can place them on the right file and line.
Files that could not be read are results too (rule ``unreadable`` and friends).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

from openness import __version__
from openness.render.safe import utf8_safe
from openness.report import Finding, Report
from openness.rules import ERROR, INFO, RULES, WARNING, Rule
from openness.urls import BASE_URL

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
SRCROOT = "%SRCROOT%"

LEVELS = {ERROR: "error", WARNING: "warning", INFO: "note"}


def display_path(path: str, base: str | None = None) -> str:
    """``path`` relative to ``base`` (default: the current folder) with forward slashes.

    A path outside ``base`` stays absolute (still with forward slashes).
    """
    base_dir = os.path.abspath(base if base is not None else os.getcwd())
    absolute = os.path.abspath(path)
    try:
        relative = os.path.relpath(absolute, base_dir)
    except ValueError:  # another drive on Windows
        relative = None
    if relative is None or relative == ".." or relative.startswith(".." + os.sep):
        shown = Path(absolute).as_posix()
    else:
        shown = PurePosixPath(*Path(relative).parts).as_posix()
    return utf8_safe(shown)


def artifact_location(path: str, base: str | None = None) -> dict[str, str]:
    """A SARIF ``artifactLocation``: relative URI under %SRCROOT%, or an absolute file URI."""
    shown = display_path(path, base)
    if shown.startswith("/"):
        return {"uri": Path(shown).as_uri()}
    return {"uri": quote(shown, safe="/"), "uriBaseId": SRCROOT}


def _rule_descriptor(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "name": "".join(part.capitalize() for part in rule.id.split("-")),
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.help},
        "helpUri": rule.help_url,
        "help": {
            "text": f"{rule.help}\n\nMore: {rule.help_url}",
            "markdown": f"**{rule.title}**\n\n{rule.help}\n\n[More about `{rule.id}`]"
            f"({rule.help_url})",
        },
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["openness"], "precision": "very-high"},
    }


def _fingerprint(path: str, finding: Finding) -> str:
    key = "\x00".join((path, finding.rule, finding.pointer))
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _message(finding: Finding) -> str:
    text = finding.message.strip() or finding.rule
    if finding.fix:
        text += f"\nFix: {finding.fix}"
    return text


def to_sarif(report: Report, *, base: str | None = None) -> dict[str, Any]:
    """The SARIF log of a report, as a JSON-ready dict."""
    descriptors = [_rule_descriptor(rule) for rule in RULES.values()]
    index = {rule_id: i for i, rule_id in enumerate(RULES)}
    results: list[dict[str, Any]] = []
    files: list[dict[str, Any]] = []
    base_dir = os.path.abspath(base if base is not None else os.getcwd())
    for file in report.files:
        shown = display_path(file.path, base_dir)
        files.append(
            {
                "path": shown,
                "valid": file.valid,
                "level": file.level,
                "unreadable": file.unreadable,
                "g7": None if file.g7 is None else file.g7.to_dict(),
                "osaid": None if file.osaid is None else file.osaid.to_dict(),
                "mof": None if file.mof is None else file.mof.to_dict(),
            }
        )
        location = artifact_location(file.path, base_dir)
        for finding in file.findings:
            region = {"startLine": max(1, finding.line or 1)}
            if finding.column:
                region["startColumn"] = max(1, finding.column)
            result: dict[str, Any] = {
                "ruleId": finding.rule,
                "ruleIndex": index[finding.rule],
                "level": LEVELS.get(finding.severity, "warning"),
                "message": {"text": _message(finding)},
                "locations": [
                    {"physicalLocation": {"artifactLocation": dict(location), "region": region}}
                ],
                "partialFingerprints": {"openness/v1": _fingerprint(shown, finding)},
            }
            if finding.pointer:
                result["properties"] = {"jsonPointer": finding.pointer}
            results.append(result)
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "openness",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": BASE_URL,
                "rules": descriptors,
            }
        },
        "originalUriBaseIds": {SRCROOT: {"uri": Path(base_dir).as_uri().rstrip("/") + "/"}},
        "invocations": [
            {"executionSuccessful": True, "exitCode": report.exit_code()},
        ],
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {"minLevel": report.min_level, "files": files},
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def render(report: Report, *, base: str | None = None) -> str:
    return utf8_safe(json.dumps(to_sarif(report, base=base), indent=2, ensure_ascii=False)) + "\n"
