"""Assess one declaration: findings, level, next-level checklist, crosswalks.

A pure pipeline over already-loaded data: a ``Document`` in, a ``FileReport``
out. Reading files is ``loader``'s job; printing is the renderers'.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from openness import schema_check
from openness.definition import Definition, load_definition
from openness.jsonpos import line_columns, locate_many
from openness.loader import Document, LoadError
from openness.report import FileReport, Finding, LevelCheck, MofVerdict, OsaidVerdict
from openness.requirements import Context, answer, evaluate, questions
from openness.resources import known_versions
from openness.rules import ERROR, rule
from openness.runcache import RunCache
from openness.urls import schema_url

if TYPE_CHECKING:
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
    checker = _license_checker(definition)
    report.findings.extend(checker.findings_for(components))
    report.findings.extend(_consistency_findings(data, components, definition))

    verdict = _judge_levels(definition, Context(definition, components, checker.judge))
    report.level, report.levels, report.osaid, washing = verdict
    report.mof = assess_mof(data, definition)
    if report.claims_open_source and washing is not None:
        report.findings.append(washing)


def _license_checker(definition: Definition) -> LicenseChecker:
    """One checker per definition version (it keeps no state of a declaration)."""
    checker = _CHECKERS.get(definition.version)
    if checker is None:
        # imported on first use: files that fail the schema never need the licence policy
        from openness.license_check import LicenseChecker

        checker = _CHECKERS[definition.version] = LicenseChecker(definition)
    return checker


_CHECKERS: dict[str, LicenseChecker] = {}


def assess_mof(data: dict[str, Any], definition: Definition) -> MofVerdict:
    """The MOF crosswalk (its module, and MOT's licence lists, loaded on first use)."""
    global _assess_mof
    if _assess_mof is None:
        from openness.crosswalk.mof import assess_mof as crosswalk

        _assess_mof = crosswalk
    return _assess_mof(data, definition)


_assess_mof: Callable[[dict[str, Any], Definition], MofVerdict] | None = None


class _Levels(NamedTuple):
    level: str
    checks: tuple[LevelCheck, ...]
    osaid: OsaidVerdict
    washing: Finding | None  # reported when the model is presented as open source


# Everything levels and OSAID say follows from the answers to a fixed set of
# questions: declarations that answer them alike share one verdict per run.
_VERDICTS: RunCache[tuple, _Levels] = RunCache()


@cache
def _questions(version: str) -> tuple[tuple[str, str], ...]:
    definition = load_definition(version)
    requirements = [r for level in definition.levels for r in level.requires]
    return questions((*requirements, *definition.osaid_requires))


def _judge_levels(definition: Definition, context: Context) -> _Levels:
    key = (
        definition.version,
        *[answer(test, cid, context) for test, cid in _questions(definition.version)],
    )
    verdict = _VERDICTS.get(key)
    if verdict is None:
        verdict = _levels_verdict(definition, context)
        _VERDICTS.keep(key, verdict)
    return verdict


def _levels_verdict(definition: Definition, context: Context) -> _Levels:
    checks: list[LevelCheck] = []
    level = definition.levels[0].id
    reached = True
    for candidate in definition.levels:
        gaps: list = []
        for requirement in candidate.requires:
            gaps.extend(evaluate(requirement, context))
        met = reached and not gaps
        if met:
            level = candidate.id
        else:
            reached = False
        if candidate.rank > 0:
            checks.append(LevelCheck(candidate.id, met, tuple(gaps)))

    osaid_gaps: list = []
    for requirement in definition.osaid_requires:
        osaid_gaps.extend(evaluate(requirement, context))
    osaid = OsaidVerdict(not osaid_gaps, tuple(osaid_gaps))

    top = definition.levels[-1]
    washing = None
    if level != top.id:
        reached_title = definition.level(level).title
        short = [
            definition.component(cid).title.lower()
            for check in checks
            if not check.met
            for gap in check.missing
            for cid in gap.components[:1]
        ]
        named = ", ".join(short[:4]) + (f" and {len(short) - 4} more" if len(short) > 4 else "")
        washing = Finding(
            "open-source-washing",
            ERROR,
            f"presented as open source, but the computed level is {reached_title}, not "
            f"{top.title}: {named} fall short (see the checklist)",
            "/claims/open_source",
            fix="release what the checklist names, or stop presenting the model as open "
            'source ("open_source": false)',
        )
    return _Levels(level, tuple(checks), osaid, washing)


def _consistency_findings(
    data: dict[str, Any], components: dict[str, Any], definition: Definition
) -> list[Finding]:
    findings: list[Finding] = []
    declared_schema = data.get("$schema")
    expected = schema_url(definition.version)
    if declared_schema is not None and declared_schema != expected:
        findings.append(
            Finding(
                "schema-mismatch",
                rule("schema-mismatch").severity,
                f'"$schema" is {declared_schema!r}, not the schema of definition '
                f"{definition.version}",
                "/$schema",
                fix=f'set "$schema" to "{expected}"',
            )
        )
    for component_id, declared in components.items():
        if component_id.startswith("x-") or not isinstance(declared, dict):
            continue
        status = declared.get("status")
        if status in ("released", "partial") and component_id.endswith("-data"):
            findings.extend(_component_findings(component_id, declared, definition))
            continue  # data sets vary too much to be worth remembering
        key = (
            definition.version,
            component_id,
            status,
            not declared.get("url"),
            not declared.get("license"),
            "datasets" in declared,
        )
        found = _COMPONENT_FINDINGS.get(key)
        if found is None:
            found = tuple(_component_findings(component_id, declared, definition))
            _COMPONENT_FINDINGS.keep(key, found)
        findings.extend(found)
    return findings


# Batches repeat the same component situations: their findings are built once per run.
_COMPONENT_FINDINGS: RunCache[tuple, tuple[Finding, ...]] = RunCache()


def _component_findings(
    component_id: str, declared: dict[str, Any], definition: Definition
) -> list[Finding]:
    findings: list[Finding] = []
    title = definition.component(component_id).title
    base = f"/components/{component_id}"
    status = declared.get("status")
    has_datasets = "datasets" in declared
    if status == "released" and not declared.get("url") and not has_datasets:
        findings.append(
            Finding(
                "released-without-url",
                rule("released-without-url").severity,
                f"{title}: released, but no url is given as evidence",
                base,
                fix='add "url": where it can be found',
            )
        )
    if status == "released" and not declared.get("license") and not has_datasets:
        findings.append(
            Finding(
                "released-without-license",
                rule("released-without-license").severity,
                f"{title}: released without a licence, so nobody may use, modify or share it",
                base,
                fix='add its "license"',
            )
        )
    if status in ("released", "partial") and component_id.endswith("-data"):
        findings.extend(_dataset_findings(title, base, status, declared))
    return findings


def _dataset_findings(
    title: str, base: str, status: str, declared: dict[str, Any]
) -> list[Finding]:
    datasets = declared.get("datasets")
    if not datasets:
        return [
            Finding(
                "datasets-missing",
                rule("datasets-missing").severity,
                f"{title}: {status}, but the data sets are not listed",
                base,
                fix='list every data set under "datasets" with its name, access class and url',
            )
        ]
    findings: list[Finding] = []
    shares = [d.get("share") for d in datasets if isinstance(d.get("share"), int | float)]
    if sum(shares) > 1.0001:
        findings.append(
            Finding(
                "dataset-shares",
                rule("dataset-shares").severity,
                f"the data set shares add up to {sum(shares):.3g}, more than 1",
                f"{base}/datasets",
                fix="give each share as a fraction of all training tokens",
            )
        )
    available = [d.get("access") != "unshareable" for d in datasets]
    if status == "released" and not all(available):
        findings.append(
            Finding(
                "status-datasets-mismatch",
                rule("status-datasets-mismatch").severity,
                f'{title}: "released", but unshareable data is listed',
                f"{base}/status",
                fix='use "partial" when some of the data cannot be had',
            )
        )
    return findings


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
