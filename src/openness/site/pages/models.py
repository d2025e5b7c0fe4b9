"""``/models/``: the example declarations, and one page a model with its full report."""

from __future__ import annotations

import json
from dataclasses import dataclass

from openness import urls
from openness.crosswalk.mof import roman
from openness.definition import Definition
from openness.report import FileReport, Gap
from openness.rules import RULES
from openness.site.badges import level_badge_img
from openness.site.markdown import Markdown, cell, code, json_block, link, rel, text
from openness.site.pages.common import (
    as_markdown,
    g7_verdict,
    gap_items,
    level_link,
    mof_verdict,
    older_reading,
    osaid_verdict,
    render,
    report_level_title,
    standing,
    version_note,
)
from openness.site.sources import Example, Site


def models_page(site: Site) -> str:
    """Every example declaration with its computed level and badge, filterable."""
    uri = urls.MODELS_DOC
    d = site.latest
    return render(
        "models.md.j2",
        uri,
        version_note=as_markdown(version_note(site, d, uri)),
        examples=site.examples,
        levels=list(reversed(d.levels)),
        models_table=as_markdown(_models_table(site, uri)),
    )


def _models_table(site: Site, uri: str) -> list[str]:
    """One row a model: its level (badge of the version it is written against), G7 label,
    OSAID and MOF. The level filter and sort use the latest version's level it stands at."""
    latest = site.latest
    lines = [
        "| Model | Organization | Level | G7 label | Presented as open source "
        "| OSAID 1.0 | MOF 1.0 |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for example in site.examples:
        report = example.report
        ed = site.definition(report.definition_version)
        level = ed.level(report.level) if report.level else None
        badge = level_badge_img(ed, level) if level else "invalid"
        claims = "yes" if example.claims_open_source else "no"
        stands = standing(site, example)
        rank = latest.level(stands).rank if stands in latest.level_ids else -1
        older = older_reading(site, example)
        older_cell = f"<br><small>definition {cell(older)}</small>" if older else ""
        lines.append(
            f"| {link(text(example.name), uri, urls.model_doc(example.slug))} "
            f"| {cell(example.organization)} "
            f'| <span data-level="{stands or ""}" data-rank="{rank}">{badge}'
            f'<span class="oa-sr-only"> {cell(report_level_title(site, report))}</span></span>'
            f"{older_cell} "
            f"| {g7_verdict(report)} | {claims} | {osaid_verdict(report)} | {mof_verdict(report)} |"
        )
    return lines


@dataclass(frozen=True, slots=True)
class _Missing:
    """A level the model does not reach, and what it lacks."""

    title: str
    gaps: Markdown


def _missing(d: Definition, level_id: str, gaps: tuple[Gap, ...]) -> _Missing:
    return _Missing(d.level(level_id).title, as_markdown(gap_items(gaps)))


def model_page(site: Site, example: Example) -> str:
    """``/models/<name>/``: the full report on one example declaration."""
    uri = urls.model_doc(example.slug)
    report = example.report
    d = site.definition(report.definition_version)
    level = d.level(report.level) if report.level else None
    next_level = report.next_level
    rationale = example.data.get("x-rationale")
    return render(
        "model.md.j2",
        uri,
        example=example,
        level=level,
        version_note=as_markdown(version_note(site, d, uri)),
        badge=as_markdown(level_badge_img(d, level) if level else ""),
        badge_target=rel(uri, urls.level_doc(d.version, level.id)) if level else "",
        facts_table=as_markdown(_facts_table(site, example, d, uri)),
        washing=any(f.rule == "open-source-washing" for f in report.findings),
        components_table=as_markdown(_component_rows(site, example, uri)),
        datasets_table=as_markdown(_datasets(example)),
        blocked_by=_missing(d, next_level.level, next_level.missing) if next_level else None,
        also_missing=[
            _missing(d, check.level, check.missing)
            for check in report.levels
            if not check.met and check is not next_level
        ],
        osaid_failures=as_markdown(gap_items(report.osaid.failures) if report.osaid else []),
        mof_warnings=report.mof.warnings if report.mof else (),
        findings=as_markdown(_findings(report, uri)),
        rationale=rationale if isinstance(rationale, str) else "",
        declaration=as_markdown(
            _indented(json_block(example.source.read_text(encoding="utf-8"), example.display_path))
        ),
        report_json=as_markdown(_indented(json_block(json.dumps(report.to_dict(), indent=2)))),
    )


def _indented(block: str) -> str:
    """A block inside an admonition (four spaces; blank lines stay empty)."""
    return "\n".join("    " + line if line else "" for line in block.splitlines())


def _facts_table(site: Site, example: Example, d: Definition, uri: str) -> list[str]:
    report = example.report
    level = d.level(report.level) if report.level else None
    facts = ["| | |", "| --- | --- |"]
    for key in ("name", "version", "organization", "release_date"):
        if example.model.get(key):
            facts.append(f"| {key.replace('_', ' ').capitalize()} | {cell(example.model[key])} |")
    if example.model.get("url"):
        facts.append(f"| Home | <{example.model['url']}> |")
    computed = level_link(d, level, uri) if level else "not computed"
    latest = site.latest
    if d is not latest:
        computed += f" (definition {d.version})"
    facts.append(f"| Computed level | {computed} |")
    stands = standing(site, example)
    if d is not latest and stands in latest.level_ids:
        facts.append(
            f"| Read in definition {latest.version} as "
            f"| {level_link(latest, latest.level(stands), uri)} (through its G7 label; "
            f"the declaration migrated with `openness migrate` is judged afresh) |"
        )
    facts.append(f"| Valid declaration | {'yes' if report.valid else 'no'} |")
    facts.append(f"| Presented as open source | {'yes' if example.claims_open_source else 'no'} |")
    if report.g7 is not None:
        note = f" ({cell(report.g7.note)})" if report.g7.note else ""
        facts.append(f"| G7 label | {g7_verdict(report)}{note} |")
    if report.osaid is not None:
        facts.append(f"| OSAID 1.0 | {osaid_verdict(report)} |")
    if report.mof is not None:
        progress = ", ".join(
            f"Class {roman(k)} {v:.0f}%"
            for k, v in sorted(report.mof.progress.items(), reverse=True)
        )
        facts.append(
            f"| MOF 1.0 | {cell(report.mof.label)}" + (f" ({progress})" if progress else "") + " |"
        )
    facts.append(f"| Declaration | {code(example.display_path)} |")
    return facts


def _component_rows(site: Site, example: Example, from_uri: str) -> list[str]:
    d = site.definition(example.report.definition_version)
    lines = [
        "| Component | Status | Licence | Evidence | Notes |",
        "| --- | --- | --- | --- | --- |",
    ]
    for comp in d.components:
        declared = example.components.get(comp.id)
        name = link(text(comp.title), from_uri, urls.component_doc(d.version, comp.id))
        if not isinstance(declared, dict):
            lines.append(f"| {name} | left out (counts as not released) | | | |")
            continue
        url = declared.get("url", "")
        evidence = f"<{url}>" if isinstance(url, str) and url.startswith("https://") else ""
        licence = declared.get("license", "")
        lines.append(
            f"| {name} | {code(declared.get('status', ''))} "
            f"| {code(licence) if licence else 'none given'} | {evidence} "
            f"| {cell(declared.get('notes', ''))} |"
        )
    return lines


def _datasets(example: Example) -> list[str]:
    """The training data sets as a table (nothing when none are listed)."""
    data = example.components.get("training-data")
    if not isinstance(data, dict) or not data.get("datasets"):
        return []
    lines = [
        "| Data set | Access | Licence | Share | Where / what |",
        "| --- | --- | --- | ---: | --- |",
    ]
    for item in data["datasets"]:
        where = item.get("url") or item.get("description") or ""
        where_cell = f"<{where}>" if str(where).startswith("https://") else cell(where)
        share = item.get("share")
        lines.append(
            f"| {cell(item.get('name', ''))} | {code(item.get('access', ''))} "
            f"| {code(item['license']) if item.get('license') else ''} "
            f"| {'' if share is None else cell(share)} | {where_cell} |"
        )
    return lines


def _findings(report: FileReport, uri: str) -> list[str]:
    if not report.findings:
        return ["None."]
    lines = ["| Severity | Rule | Where | Message | Fix |", "| --- | --- | --- | --- | --- |"]
    for finding in report.findings:
        rule_link = (
            link(code(finding.rule), uri, urls.RULES_DOC + f"#{finding.rule}")
            if finding.rule in RULES
            else code(finding.rule)
        )
        where = f"line {finding.line}" if finding.line else cell(finding.pointer)
        lines.append(
            f"| {finding.severity} | {rule_link} | {where} | {cell(finding.message)} "
            f"| {cell(finding.fix)} |"
        )
    return lines
