"""Assess one declaration: findings, level, next-level checklist, crosswalks.

A pure pipeline over already-loaded data: a ``Document`` in, a ``FileReport``
out. Reading files is ``loader``'s job; printing is the renderers'.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from openness import schema_check
from openness.definition import Definition, Level, Requirement, load_definition
from openness.jsonpos import line_columns, locate_many
from openness.loader import Document, LoadError
from openness.report import FileReport, Finding, Gap, LevelCheck, MofVerdict, OsaidVerdict
from openness.requirements import Context, Failure, evaluate, questions
from openness.resources import known_versions
from openness.rules import ERROR, rule
from openness.runcache import RunCache
from openness.urls import schema_url

if TYPE_CHECKING:
    from openness.components import Judged
    from openness.crosswalk.mof import ComponentVerdict
    from openness.license_check import LicenseChecker


def assess_document(document: Document) -> FileReport:
    """Everything the report says about one parsed file."""
    report = FileReport(path=document.path)
    data = document.data
    if not isinstance(data, dict):
        report.findings.append(
            Finding(
                "wrong-type",
                ERROR,
                "a declaration is a JSON object",
                "",
                fix='start from {"openness": "1.0", "model": {"name": "..."}}',
            )
        )
        return _located(report, document)
    version = data.get("openness")
    if not isinstance(version, str) or version not in known_versions():
        report.findings.append(_unknown_version(version))
        return _located(report, document)
    report.definition_version = version
    definition = load_definition(version)
    report.findings.extend(schema_check.check(version, data))
    if report.findings:
        return _located(report, document)
    _assess_valid(report, data, definition)
    return _located(report, document)


def unreadable_report(path: str, error: LoadError) -> FileReport:
    """The report of a file that could not be read or parsed."""
    report = FileReport(path=path, unreadable=error.unreadable)
    report.findings.append(
        Finding(
            error.rule,
            ERROR,
            _without_location(error.message, path),
            "",
            error.line,
            error.column,
            error.fix,
        )
    )
    return report


def _without_location(message: str, path: str) -> str:
    """Drop the leading "path:line:col: " the loader puts in its messages."""
    if message.startswith(path + ":"):
        rest = message[len(path) + 1 :]
        head, _, tail = rest.partition(": ")
        if tail and all(part.isdigit() for part in head.split(":")):
            return tail
        return rest.lstrip()
    return message


def _unknown_version(version: Any) -> Finding:
    versions = ", ".join(known_versions())
    return Finding(
        "definition-version",
        ERROR,
        f"definition version {version!r} is not known (this tool knows {versions})"
        if version is not None
        else 'required property "openness" (the definition version) is missing',
        "/openness",
        fix=f'set "openness" to one of: {versions} (or upgrade openness)',
    )


def _assess_valid(report: FileReport, data: dict[str, Any], definition: Definition) -> None:
    report.model = data["model"]
    claims = data.get("claims") or {}
    report.claims_open_source = claims.get("open_source")
    components = data.get("components") or {}
    checker = license_checker(definition)
    judged = _judge_components(components, definition, checker)
    report.findings.extend(judged.license_findings)
    mismatch = _schema_mismatch(data, definition)
    if mismatch is not None:
        report.findings.append(mismatch)
    report.findings.extend(judged.consistency_findings)

    verdict = _judge_levels(definition, judged.answers, components, checker)
    report.level, report.levels, report.osaid, washing = verdict
    report.mof = _mof_verdict_from(judged.mof, definition)
    if report.claims_open_source and washing is not None:
        report.findings.append(washing)


def license_checker(definition: Definition) -> LicenseChecker:
    """One checker per definition version (it keeps no state of a declaration)."""
    checker = _CHECKERS.get(definition.version)
    if checker is None:
        # imported on first use: files that fail the schema never need the licence
        # policy, the MOF crosswalk and MOT's licence lists
        global _judge_components, _mof_verdict_from, _asked
        from openness.components import asked, judge_components
        from openness.crosswalk.mof import verdict_from
        from openness.license_check import LicenseChecker

        _judge_components, _mof_verdict_from, _asked = judge_components, verdict_from, asked
        checker = _CHECKERS[definition.version] = LicenseChecker(definition)
    return checker


_CHECKERS: dict[str, LicenseChecker] = {}
_judge_components: Callable[[dict[str, Any], Definition, LicenseChecker], Judged]
_mof_verdict_from: Callable[[dict[str, ComponentVerdict], Definition], MofVerdict]
_asked: Callable[[str], tuple[tuple[str, str], ...]]


class _Levels(NamedTuple):
    level: str
    checks: tuple[LevelCheck, ...]
    osaid: OsaidVerdict
    washing: Finding | None  # reported when the model is presented as open source


# Everything levels and OSAID say follows from the answers to a fixed set of
# questions: declarations that answer them alike share one verdict per run.
_VERDICTS: RunCache[tuple, _Levels] = RunCache()


def _judge_levels(
    definition: Definition,
    answers: dict[tuple[str, str], Failure],
    components: dict[str, Any],
    checker: LicenseChecker,
) -> _Levels:
    key = (definition.version, *[answers[question] for question in _asked(definition.version)])
    verdict = _VERDICTS.get(key)
    if verdict is None:
        context = Context(definition, components, checker.judge)
        context.answers.update(answers)
        verdict = _levels_verdict(definition, context)
        _VERDICTS.keep(key, verdict)
    return verdict


def _levels_verdict(definition: Definition, context: Context) -> _Levels:
    version = definition.version
    checks: list[LevelCheck] = []
    level = definition.levels[0].id
    reached = True
    for candidate, asked in _asked_by_level(version):
        gaps = _gaps(version, candidate.id, candidate.requires, asked, context)
        met = reached and not gaps
        if met:
            level = candidate.id
        else:
            reached = False
        if candidate.rank > 0:
            checks.append(LevelCheck(candidate.id, met, gaps))
    osaid_gaps = _gaps(version, "", definition.osaid_requires, _asked_by_osaid(version), context)
    osaid = OsaidVerdict(not osaid_gaps, osaid_gaps)
    short = tuple(
        gap.components[0]
        for check in checks
        if not check.met
        for gap in check.missing
        if gap.components
    )
    return _Levels(level, tuple(checks), osaid, _washing(definition, level, short))


def _gaps(
    version: str,
    name: str,
    requirements: tuple[Requirement, ...],
    asked: tuple[tuple[str, str], ...],
    context: Context,
) -> tuple[Gap, ...]:
    """The gaps of one list of requirements (a level's, OSAID's): they follow from
    the answers to its own questions, so each list is judged once per run for each
    way of answering them, however the other lists are answered."""
    key = (version, name, *[context.answers[question] for question in asked])
    gaps = _GAPS.get(key)
    if gaps is None:
        found: list[Gap] = []
        for requirement in requirements:
            found.extend(evaluate(requirement, context))
        gaps = _GAPS.keep(key, tuple(found))
    return gaps


_GAPS: RunCache[tuple, tuple[Gap, ...]] = RunCache()


@cache
def _asked_by_level(version: str) -> tuple[tuple[Level, tuple[tuple[str, str], ...]], ...]:
    return tuple((level, questions(level.requires)) for level in load_definition(version).levels)


@cache
def _asked_by_osaid(version: str) -> tuple[tuple[str, str], ...]:
    return questions(load_definition(version).osaid_requires)


def _washing(definition: Definition, level: str, short: tuple[str, ...]) -> Finding | None:
    """The open source washing finding, for a model presented as open source that
    reaches ``level``; ``short``: the components that fall short, first first."""
    key = (definition.version, level, short)
    if key in _WASHING:
        return _WASHING[key]
    return _WASHING.keep(key, _washing_finding(definition, level, short))


_WASHING: RunCache[tuple, Finding | None] = RunCache()


def _washing_finding(definition: Definition, level: str, short: tuple[str, ...]) -> Finding | None:
    top = definition.levels[-1]
    if level == top.id:
        return None
    titles = [definition.component(cid).title.lower() for cid in short]
    named = ", ".join(titles[:4]) + (f" and {len(titles) - 4} more" if len(titles) > 4 else "")
    return Finding(
        "open-source-washing",
        ERROR,
        f"presented as open source, but the computed level is {definition.level(level).title}, "
        f"not {top.title}: {named} fall short (see the checklist)",
        "/claims/open_source",
        fix="release what the checklist names, or stop presenting the model as open "
        'source ("open_source": false)',
    )


def _schema_mismatch(data: dict[str, Any], definition: Definition) -> Finding | None:
    declared_schema = data.get("$schema")
    expected = schema_url(definition.version)
    if declared_schema is None or declared_schema == expected:
        return None
    return Finding(
        "schema-mismatch",
        rule("schema-mismatch").severity,
        f'"$schema" is {declared_schema!r}, not the schema of definition {definition.version}',
        "/$schema",
        fix=f'set "$schema" to "{expected}"',
    )


def _located(report: FileReport, document: Document) -> FileReport:
    """Give every finding its line and column (only files with findings pay for this)."""
    if not report.findings:
        return report
    text = document.text
    paths = [_parse_pointer(f.pointer) for f in report.findings]
    places = locate_many(
        text,
        [p for p, f in zip(paths, report.findings, strict=True) if f.line is None],
        document.data,
    )
    targets: list[int] = []
    for finding, path in zip(report.findings, paths, strict=True):
        if finding.line is not None:
            targets.append(0)
            continue
        probe = path
        while probe not in places:
            probe = probe[:-1]
        key_offset, value_offset = places[probe]
        on_key = probe == path and finding.rule in ("unknown-property", "unknown-component")
        targets.append(key_offset if on_key else value_offset)
    positions = line_columns(text, targets)
    located = [
        finding
        if finding.line is not None
        else Finding(
            finding.rule,
            finding.severity,
            finding.message,
            finding.pointer,
            line,
            column,
            finding.fix,
        )
        for finding, (line, column) in zip(report.findings, positions, strict=True)
    ]
    # document order, so every format lists problems as an editor shows them
    located.sort(key=lambda f: (f.line or 0, f.column or 0))
    report.findings = located
    return report


def _parse_pointer(pointer: str) -> tuple[str | int, ...]:
    path = _POINTERS.get(pointer)
    if path is None:
        path = _split_pointer(pointer)
        _POINTERS.keep(pointer, path)
    return path


# findings of a batch point at the same few places
_POINTERS: RunCache[str, tuple[str | int, ...]] = RunCache()


def _split_pointer(pointer: str) -> tuple[str | int, ...]:
    if not pointer:
        return ()
    parts: list[str | int] = []
    for raw in pointer.lstrip("/").split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        parts.append(int(part) if part.isdigit() else part)
    return tuple(parts)
