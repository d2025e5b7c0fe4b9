"""The one report object every renderer reads (text, json, lines, sarif, badges, site).

Assessment builds it; nothing downstream recomputes a verdict, so the CLI, the
badges and the site can never disagree.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from openness import __version__
from openness.exitcodes import EXIT_INVALID, EXIT_OK, EXIT_USAGE
from openness.severity import ERROR, INFO, WARNING

REPORT_VERSION = "1"


class _Record:
    """Fields, repr, equality and compact pickling for the report's mutable classes.

    Plain classes rather than dataclasses: creating a dataclass costs about a
    millisecond of start-up each. Pickled as (class, field values), several times
    faster than the default, which matters when workers send reports back (so
    each ``__init__`` takes every field, in ``_fields`` order).
    """

    __slots__ = ()
    _fields: tuple[str, ...] = ()

    def __repr__(self) -> str:
        values = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({values})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self._fields)

    __hash__ = None  # mutable

    def __reduce__(self):
        return type(self), tuple(getattr(self, name) for name in self._fields)


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


class FileReport(_Record):
    """Everything the validator says about one file."""

    __slots__ = _fields = (
        "path",
        "definition_version",
        "model",
        "findings",
        "level",
        "levels",
        "claims_open_source",
        "osaid",
        "mof",
        "unreadable",
    )

    def __init__(
        self,
        path: str,
        definition_version: str | None = None,
        model: dict[str, Any] | None = None,
        findings: list[Finding] | None = None,
        level: str | None = None,
        levels: tuple[LevelCheck, ...] = (),
        claims_open_source: bool | None = None,
        osaid: OsaidVerdict | None = None,
        mof: MofVerdict | None = None,
        unreadable: bool = False,
    ) -> None:
        self.path = path
        self.definition_version = definition_version
        self.model = model
        self.findings: list[Finding] = [] if findings is None else findings
        self.level = level
        self.levels = levels
        self.claims_open_source = claims_open_source
        self.osaid = osaid
        self.mof = mof
        self.unreadable = unreadable

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


class Tally(_Record):
    """The batch summary and exit code, counted file by file.

    Streamed output keeps only this, not every report, so a huge batch runs in
    flat memory; ``Report`` counts with it too, so both always agree.
    """

    __slots__ = _fields = (
        "min_level",
        "level_order",
        "files",
        "valid",
        "below_min_level",
        "unreadable",
        "errors",
        "warnings",
        "infos",
    )

    def __init__(
        self,
        min_level: str | None = None,
        level_order: tuple[str, ...] = (),
        files: int = 0,
        valid: int = 0,
        below_min_level: int = 0,
        unreadable: int = 0,
        errors: int = 0,
        warnings: int = 0,
        infos: int = 0,
    ) -> None:
        self.min_level = min_level
        self.level_order = level_order
        self.files = files
        self.valid = valid
        self.below_min_level = below_min_level
        self.unreadable = unreadable
        self.errors = errors
        self.warnings = warnings
        self.infos = infos

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

    def merge(self, other: Tally) -> None:
        """Count in what ``other`` counted (the same batch's other files)."""
        self.files += other.files
        self.valid += other.valid
        self.unreadable += other.unreadable
        self.below_min_level += other.below_min_level
        self.errors += other.errors
        self.warnings += other.warnings
        self.infos += other.infos

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


class Report(_Record):
    """Every file's report of one run, and the minimum level asked for."""

    __slots__ = _fields = ("files", "min_level", "level_order")

    def __init__(
        self,
        files: list[FileReport] | None = None,
        min_level: str | None = None,
        level_order: tuple[str, ...] = (),
    ) -> None:
        self.files: list[FileReport] = [] if files is None else files
        self.min_level = min_level
        self.level_order = level_order

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
