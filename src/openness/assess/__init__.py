"""Assess one declaration: findings, level, next-level checklist, crosswalks.

A plain pipeline over already-loaded data, a ``Document`` in and a ``FileReport``
out: the schema; the licence and consistency rules on every part well-formed
enough to read (so one run reports a licence typo beside a schema error); for a
schema-valid file, the levels and OSAID, MOF, the claims; last, every finding gets
its line and column, in document order with consequences (washing) after their
causes. Reading files is ``loader``'s job; printing is the renderers'.
"""

from __future__ import annotations

import os
from typing import Any

from openness.assess.levels import Levels, judge_levels
from openness.crosswalk.mof import assess_mof
from openness.definition import Definition, load_definition
from openness.i18n.messages import msg
from openness.loader import Document, LoadError
from openness.positions import line_columns, locate_many
from openness.report import FileReport, Finding, G7Verdict, OsaidVerdict
from openness.resources import known_versions
from openness.rules import claims, consistency, licenses, reading, schema

# Findings one file reports at most (errors first when some must go), and the
# near-match licence searches ("did you mean") it may cost: a hostile file at the
# size cap holds tens of thousands of problems, and its cost must stay linear.
MAX_FINDINGS = 1000
NEAR_MATCH_SEARCHES = 50
# Findings that follow from the others (their cause is listed first).
CONSEQUENCES = frozenset({"open-source-washing"})


def assess_document(document: Document) -> FileReport:
    """Everything the report says about one parsed file."""
    from openness.licensing.suggest import near_match_budget

    with near_match_budget(NEAR_MATCH_SEARCHES):
        return _capped(_assess(document))


def _assess(document: Document) -> FileReport:
    report = FileReport(path=document.path)
    data = document.data
    if not isinstance(data, dict):
        report.findings.append(schema.not_an_object())
        return _located(report, document)
    version = data.get("openness")
    if not isinstance(version, str) or version not in known_versions():
        report.findings.append(schema.unknown_version(version))
        return _located(report, document)
    report.definition_version = version
    definition = load_definition(version)
    report.findings.extend(schema.check(version, data))
    if not report.findings:
        _assess_valid(report, data, definition)
    else:
        report.findings.extend(_well_formed_findings(definition, data, report.findings))
    superseded = schema.superseded(version)
    if superseded is not None:
        report.findings.append(superseded)
    return _located(report, document)


def _capped(report: FileReport) -> FileReport:
    """At most MAX_FINDINGS findings, the most severe kept, then a note of the rest."""
    findings = report.findings
    if len(findings) <= MAX_FINDINGS:
        return report
    from openness.severity import SEVERITIES

    rank = {severity: i for i, severity in enumerate(SEVERITIES)}
    order = sorted(range(len(findings)), key=lambda i: (rank.get(findings[i].severity, 99), i))
    kept = sorted(order[:MAX_FINDINGS])
    left_out = [findings[i] for i in order[MAX_FINDINGS:]]
    report.findings = [findings[i] for i in kept]
    report.findings.append(schema.findings_left_out(left_out))
    return report


def unreadable_report(path: str, error: LoadError) -> FileReport:
    """The report of a file that could not be read or parsed."""
    finding = reading.load_finding(error)
    if error.message == "no such file" and os.path.basename(path) == "openness.json":
        finding = reading.no_declaration(os.path.dirname(path) or ".")
    return FileReport(path=path, unreadable=error.unreadable, findings=[finding])


def _assess_valid(report: FileReport, data: dict[str, Any], definition: Definition) -> None:
    report.model = data["model"]
    report.claims_open_source = (data.get("claims") or {}).get("open_source")
    components = data.get("components") or {}
    report.findings.extend(licenses.license_findings(definition, components))
    report.findings.extend(consistency.consistency_findings(definition, data))
    levels = judge_levels(definition, components)
    report.level, report.levels = levels.level, levels.checks
    report.level_title = definition.level(levels.level).title
    report.osaid = _osaid_verdict(definition, levels)
    report.g7 = _g7_verdict(definition, levels.level)
    report.standing = _standing(definition, levels.level, report.g7)
    report.mof = assess_mof(data, definition)
    washing = claims.washing_finding(
        definition, report.claims_open_source, levels.level, levels.short
    )
    if washing is not None:
        report.findings.append(washing)


def _well_formed_findings(
    definition: Definition, data: dict[str, Any], schema_findings: list[Finding]
) -> list[Finding]:
    """The licence and consistency findings of a file that fails the schema, on the
    parts the schema errors leave alone: every licence string that is not itself a
    schema error, and every known component none of whose schema errors lies inside
    it. The level stays uncomputed: it needs the whole file."""
    components = data.get("components")
    if not isinstance(components, dict):
        return []
    known = set(definition.component_ids)
    broken = [f.pointer for f in schema_findings]

    def clean(pointer: str) -> bool:
        return not any(b == pointer or b.startswith(pointer + "/") for b in broken)

    readable = {
        cid: declared
        for cid, declared in components.items()
        if cid in known and isinstance(declared, dict)
    }
    findings = [f for f in licenses.license_findings(definition, readable) if clean(f.pointer)]
    whole = {cid: d for cid, d in readable.items() if clean(f"/components/{cid}")}
    partial = {k: v for k, v in data.items() if k != "components"}
    if not clean("/$schema"):
        partial.pop("$schema", None)
    findings.extend(consistency.consistency_findings(definition, {**partial, "components": whole}))
    return findings


def _osaid_verdict(definition: Definition, levels: Levels) -> OsaidVerdict:
    """OSAID 1.0 as OSI wrote it, with a note when it passes below the open source level."""
    osaid = levels.osaid
    open_source = definition.level(definition.open_source_from)
    if osaid.passed and definition.rank(levels.level) < open_source.rank:
        return osaid._replace(note=msg("osaid.note", title=open_source.title))
    return osaid


def _g7_verdict(definition: Definition, level: str) -> G7Verdict:
    label = definition.g7_label(level)
    return G7Verdict(
        label=None if label is None else label.id,
        title=None if label is None else label.title,
        note=definition.g7.notes.get(level, ""),
    )


def _standing(definition: Definition, level: str, g7: G7Verdict) -> str:
    """The latest definition's level that ``level`` stands for: itself in the latest
    version; in an older one, the level named as its G7 label (from 2.0 the levels are
    the G7's labels), or the lowest level when it has none."""
    latest = load_definition()
    if definition.version == latest.version:
        return level
    return g7.label if g7.label in latest.level_ids else latest.levels[0].id


def _located(report: FileReport, document: Document) -> FileReport:
    """Give every finding its line and column (only files with findings pay for this)."""
    if not report.findings:
        return report
    text = document.text
    paths = [_split_pointer(f.pointer) for f in report.findings]
    places = locate_many(
        text, [p for p, f in zip(paths, report.findings, strict=True) if f.line is None]
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
        on_key = probe == path and finding.rule in schema.ABOUT_A_KEY
        targets.append(key_offset if on_key else value_offset)
    positions = line_columns(text, targets)
    located = [
        finding if finding.line is not None else finding._replace(line=line, column=column)
        for finding, (line, column) in zip(report.findings, positions, strict=True)
    ]
    # document order, so every format lists problems as an editor shows them; a
    # finding that is the consequence of others (washing: the level falls short
    # because of them) comes after them, wherever its key stands
    located.sort(key=lambda f: (f.rule in CONSEQUENCES, f.line or 0, f.column or 0))
    report.findings = located
    return report


def _split_pointer(pointer: str) -> tuple[str | int, ...]:
    """The path of an RFC 6901 JSON pointer (array indexes as ints)."""
    if not pointer:
        return ()
    parts: list[str | int] = []
    for raw in pointer.lstrip("/").split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        parts.append(int(part) if part.isdigit() else part)
    return tuple(parts)
