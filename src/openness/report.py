"""The one report object every renderer reads (text, json, lines, sarif, badges, site).

Assessment builds it; nothing downstream recomputes a verdict, so the CLI, the
badges and the site can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, NamedTuple

from openness import __version__
from openness.exitcodes import EXIT_INVALID, EXIT_OK, EXIT_USAGE
from openness.rules import ERROR, INFO, WARNING

REPORT_VERSION = "1"


def _positional_pickling(cls: type) -> type:
    """Pickle as (class, field values): several times faster than the default for slots
    classes, which matters when worker processes send thousands of reports back."""
    names = tuple(f.name for f in fields(cls))

    def __reduce__(self):
        return cls, tuple(getattr(self, name) for name in names)

    cls.__reduce__ = __reduce__
    return cls


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

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "met": self.met,
            "missing": [gap.to_dict() for gap in self.missing],
        }


class OsaidVerdict(NamedTuple):
    passed: bool
    failures: tuple[Gap, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"pass": self.passed, "failures": [gap.to_dict() for gap in self.failures]}


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


@_positional_pickling
@dataclass(slots=True)
class FileReport:
    path: str
    definition_version: str | None = None
    model: dict[str, Any] | None = None
    findings: list[Finding] = field(default_factory=list)
    level: str | None = None
    levels: tuple[LevelCheck, ...] = ()
    claims_open_source: bool | None = None
    osaid: OsaidVerdict | None = None
    mof: MofVerdict | None = None
    unreadable: bool = False

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

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def outcome(self) -> FileOutcome:
        """What the batch summary and the exit code need of this file."""
        errors = warnings = infos = 0
        for finding in self.findings:
            if finding.severity == ERROR:
                errors += 1
            elif finding.severity == WARNING:
                warnings += 1
            elif finding.severity == INFO:
                infos += 1
        valid = not self.unreadable and not errors
        return FileOutcome(valid, self.unreadable, self.level, errors, warnings, infos)

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
                "osaid": None if self.osaid is None else self.osaid.to_dict(),
                "mof": None if self.mof is None else self.mof.to_dict(),
            },
            "findings": [finding.to_dict() for finding in self.findings],
        }


class FileOutcome(NamedTuple):
    """One file's verdict in brief: all a batch keeps once the file is rendered."""

    valid: bool
    unreadable: bool
    level: str | None
    errors: int
    warnings: int
    infos: int


@dataclass(slots=True)
class Tally:
    """The batch summary and exit code, counted file by file.

    Streamed output keeps only this, not every report, so a huge batch runs in
    flat memory; ``Report`` counts with it too, so both always agree.
    """

    min_level: str | None = None
    level_order: tuple[str, ...] = ()
    files: int = 0
    valid: int = 0
    below_min_level: int = 0
    unreadable: int = 0
    errors: int = 0
    warnings: int = 0
    infos: int = 0

    def is_below(self, level: str | None) -> bool:
        """Whether a file of this level fails ``--min-level`` (no level: it does)."""
        if self.min_level is None:
            return False
        if level is None:
            return True
        return self.level_order.index(level) < self.level_order.index(self.min_level)

    def add(self, outcome: FileOutcome) -> None:
        self.files += 1
        self.valid += outcome.valid
        self.unreadable += outcome.unreadable
        self.below_min_level += self.is_below(outcome.level)
        self.errors += outcome.errors
        self.warnings += outcome.warnings
        self.infos += outcome.infos

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
    files: list[FileReport] = field(default_factory=list)
    min_level: str | None = None
    level_order: tuple[str, ...] = ()

    def tally(self) -> Tally:
        tally = Tally(self.min_level, self.level_order)
        for file in self.files:
            tally.add(file.outcome())
        return tally

    def below_min_level(self, file: FileReport) -> bool:
        return Tally(self.min_level, self.level_order).is_below(file.level)

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
