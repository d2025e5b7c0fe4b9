"""The one report object every renderer reads (text, json, lines, sarif, badges, site).

Assessment builds it; nothing downstream recomputes a verdict, so the CLI, the
badges and the site can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from openness import __version__
from openness.exitcodes import EXIT_INVALID, EXIT_OK, EXIT_USAGE
from openness.severity import ERROR, INFO, WARNING

REPORT_VERSION = "1"


class Finding(NamedTuple):
    rule: str
    severity: str
    message: str
    pointer: str = ""
    line: int | None = None
    column: int | None = None
    fix: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "pointer": self.pointer,
            "line": self.line,
            "column": self.column,
            "fix": self.fix,
        }


class Gap(NamedTuple):
    """One thing a level needs that the declaration does not give."""

    requirement: str
    components: tuple[str, ...]
    reason: str
    message: str
    fix: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "requirement": self.requirement,
            "components": list(self.components),
            "reason": self.reason,
            "message": self.message,
            "fix": self.fix,
        }


class LevelCheck(NamedTuple):
    """Whether one level's own requirements are met, and what is missing."""

    level: str
    met: bool
    missing: tuple[Gap, ...]
    title: str = ""  # the level's title, for people (not part of the JSON report)

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "met": self.met,
            "missing": [gap.to_dict() for gap in self.missing],
        }


class OsaidVerdict(NamedTuple):
    passed: bool
    failures: tuple[Gap, ...]
    note: str = ""  # why the verdict differs from the level, when it does

    def to_dict(self) -> dict[str, Any]:
        verdict: dict[str, Any] = {
            "pass": self.passed,
            "failures": [gap.to_dict() for gap in self.failures],
        }
        if self.note:
            verdict["note"] = self.note
        return verdict


class G7Verdict(NamedTuple):
    """The G7 label the computed level stands for (None: no label, as for closed)."""

    label: str | None
    title: str | None
    note: str = ""  # how the label was read, when the level is not one of the G7's

    def to_dict(self) -> dict[str, Any]:
        verdict: dict[str, Any] = {"label": self.label, "title": self.title}
        if self.note:
            verdict["note"] = self.note
        return verdict


class MofVerdict(NamedTuple):
    mof_class: int
    label: str
    progress: dict[int, float]
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "class": self.mof_class,
            "label": self.label,
            "progress": {str(k): round(v, 2) for k, v in sorted(self.progress.items())},
            "warnings": list(self.warnings),
        }


@dataclass(slots=True)
class FileReport:
    """Everything the validator says about one file (picklable: workers send it back)."""

    path: str
    definition_version: str | None = None
    model: dict[str, Any] | None = None
    findings: list[Finding] = field(default_factory=list)
    level: str | None = None
    levels: tuple[LevelCheck, ...] = ()
    claims_open_source: bool | None = None
    osaid: OsaidVerdict | None = None
    mof: MofVerdict | None = None
    g7: G7Verdict | None = None
    standing: str | None = None  # the latest definition's level this file's level stands for
    unreadable: bool = False
    level_title: str | None = None  # the computed level's title, for people

    @property
    def valid(self) -> bool:
        return not self.unreadable and not any(f.severity == ERROR for f in self.findings)

    @property
    def next_level(self) -> LevelCheck | None:
        """The first level above the computed one, with what it is missing."""
        for check in self.levels:
            if not check.met:
                return check
        return None

    def title_of(self, level_id: str) -> str | None:
        """The title of a level this file was judged against (``None``: not judged)."""
        if level_id == self.level and self.level_title:
            return self.level_title
        for check in self.levels:
            if check.level == level_id:
                return check.title
        return None

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def to_dict(self) -> dict[str, Any]:
        next_level = self.next_level
        return {
            "path": self.path,
            "valid": self.valid,
            "definition_version": self.definition_version,
            "model": self.model,
            "level": self.level,
            "claims": {"open_source": self.claims_open_source},
            "next_level": None
            if next_level is None
            else {
                "level": next_level.level,
                "missing": [gap.to_dict() for gap in next_level.missing],
            },
            "levels": [check.to_dict() for check in self.levels],
            "crosswalks": {
                "g7": None if self.g7 is None else self.g7.to_dict(),
                "osaid": None if self.osaid is None else self.osaid.to_dict(),
                "mof": None if self.mof is None else self.mof.to_dict(),
            },
            "findings": [finding.to_dict() for finding in self.findings],
        }


@dataclass(slots=True)
class Tally:
    """The counts of a run: its summary and its exit code."""

    files: int = 0
    valid: int = 0
    below_min_level: int = 0
    unreadable: int = 0
    errors: int = 0
    warnings: int = 0
    infos: int = 0

    def exit_code(self) -> int:
        if self.unreadable:
            return EXIT_USAGE
        if self.valid < self.files or self.below_min_level:
            return EXIT_INVALID
        return EXIT_OK

    def summary(self) -> dict[str, int]:
        return {
            "files": self.files,
            "valid": self.valid,
            "invalid": self.files - self.valid,
            "below_min_level": self.below_min_level,
            "errors": self.errors,
            "warnings": self.warnings,
            "infos": self.infos,
        }


@dataclass(slots=True)
class Report:
    """Every file's report of one run, and the minimum level asked for.

    ``level_order``: the latest definition's level ids from lowest to highest, to
    compare a file's standing (its level, read in the latest definition's terms) with
    ``min_level``.
    """

    files: list[FileReport] = field(default_factory=list)
    min_level: str | None = None
    level_order: tuple[str, ...] = ()

    def below_min_level(self, file: FileReport) -> bool:
        """Whether ``file`` fails ``min_level`` (a file without a level does)."""
        if self.min_level is None:
            return False
        if file.standing is None:
            return True
        return self.level_order.index(file.standing) < self.level_order.index(self.min_level)

    def tally(self) -> Tally:
        tally = Tally()
        for file in self.files:
            tally.files += 1
            tally.valid += file.valid
            tally.unreadable += file.unreadable
            tally.below_min_level += self.below_min_level(file)
            tally.errors += file.count(ERROR)
            tally.warnings += file.count(WARNING)
            tally.infos += file.count(INFO)
        return tally

    def exit_code(self) -> int:
        return self.tally().exit_code()

    def summary(self) -> dict[str, int]:
        return self.tally().summary()

    def to_dict(self) -> dict[str, Any]:
        from openness.urls import report_schema_url

        return {
            "$schema": report_schema_url(REPORT_VERSION),
            "report_version": REPORT_VERSION,
            "tool": {"name": "openness", "version": __version__},
            "min_level": self.min_level,
            "summary": self.summary(),
            "files": [f.to_dict() for f in self.files],
        }
