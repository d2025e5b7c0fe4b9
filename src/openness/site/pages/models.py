"""``/models/``: the example declarations, and one page a model with its full report."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from urllib.parse import quote

from openness import urls
from openness.crosswalk.mof import roman
from openness.definition import Definition
from openness.report import FileReport, Gap
from openness.rules import RULES
from openness.site.badges import level_badge_img
from openness.site.directory import (
    STATES,
    UseFact,
    differences,
    licence_name,
    licence_reason,
    matrix,
    use_facts,
    verdict,
)
from openness.site.language import data_text, marked, said, tr, tr_text
from openness.site.markdown import Markdown, cell, code, href, json_block, link, text
from openness.site.models_index import INDEX_DEST, INDEX_SCHEMA_URL
from openness.site.pages.common import (
    as_markdown,
    g7_verdict,
    gap_items,
    level_link,
    older_reading,
    osaid_verdict,
    render,
    report_level_title,
    standing,
    version_note,
)
from openness.site.pages.crosswalks import osi_validation
from openness.site.pages.licenses import licence_page_doc
from openness.site.sources import Example, Site, declaration_dest

CONTRIBUTING_DOC = "contributing.md"
# the severities of findings, said in the page's language
SEVERITY_WORDS = (marked("error"), marked("warning"), marked("info"))
ISSUE_TEMPLATE = "model-correction.yml"


def models_page(site: Site) -> str:
    """Every example declaration with its computed level and badge, filterable by text,
    level, organization and licence, sortable; cards instead of rows on a phone."""
    uri = urls.MODELS_DOC
    d = site.latest
    rows = [_model_row(site, example, uri) for example in site.examples]
    return render(
        "models.md.j2",
        uri,
        version_note=as_markdown(version_note(site, d, uri)),
        examples=site.examples,
        levels=list(reversed(d.levels)),
        organizations=sorted({r.organization for r in rows if r.organization}, key=str.lower),
        licences=sorted({r.licence for r in rows if r.licence}, key=str.lower),
        models_table=as_markdown(_models_table(rows)),
        index_link=as_markdown(link(code("/models.json"), uri, INDEX_DEST)),
        schema_link=as_markdown(
            link(tr("its JSON Schema"), uri, INDEX_SCHEMA_URL.removeprefix(urls.BASE_URL + "/"))
        ),
    )


@dataclass(frozen=True, slots=True)
class _Row:
    """One model of the table, as HTML cells (escaped) and the values its filters read."""

    organization: str
    licence: str
    html: str


COLUMNS = (
    marked("Model"),
    marked("Organization"),
    marked("Level"),
    marked("G7 label"),
    marked("OSAID 1.0"),
    marked("MOF 1.0"),
    marked("Weights licence"),
    marked("Presented as open source"),
)


def weights_licence(site: Site, example: Example) -> str:
    """The weights' licence as people name it ("" when not released or none given)."""
    declared = example.components.get("model-parameters")
    if not isinstance(declared, dict) or declared.get("status") not in ("released", "partial"):
        return ""
    expression = declared.get("license")
    if not isinstance(expression, str):
        return ""
    return licence_name(site.definition(example.report.definition_version), expression)


def _model_row(site: Site, example: Example, uri: str) -> _Row:
    """A row: the level filter and sort read the latest version's level it stands at."""
    report = example.report
    latest = site.latest
    ed = site.definition(report.definition_version)
    level = ed.level(report.level) if report.level else None
    badge = level_badge_img(ed, level) if level else tr_text("invalid")
    stands = standing(site, example)
    rank = latest.level(stands).rank if stands in latest.level_ids else -1
    older = older_reading(site, example)
    older_html = (
        f"<br><small>{html.escape(tr_text('definition {version}', version=older))}</small>"
        if older
        else ""
    )
    licence = weights_licence(site, example)
    name = html.escape(example.name)
    org = html.escape(example.organization)
    cells = [
        f'<a href="{href(uri, urls.model_doc(example.slug))}"><strong>{name}</strong></a>',
        org,
        f'<span data-level="{stands or ""}" data-rank="{rank}">{badge}'
        f'<span class="oa-sr-only"> {html.escape(report_level_title(site, report))}</span>'
        f"</span>{older_html}",
        html.escape(g7_text(report)),
        html.escape(osaid_verdict(report)),
        html.escape(data_text(report.mof.label) if report.mof else ""),
        html.escape(licence or tr_text("not released")),
        tr_text("yes") if example.claims_open_source else tr_text("no"),
    ]
    tds = "".join(
        f'<td data-label="{html.escape(tr_text(col))}">{value}</td>'
        for col, value in zip(COLUMNS, cells, strict=True)
    )
    return _Row(
        example.organization,
        licence,
        f'<tr data-org="{html.escape(example.organization)}" '
        f'data-license="{html.escape(licence)}">{tds}</tr>',
    )


def _models_table(rows: list[_Row]) -> list[str]:
    head = "".join(f"<th>{html.escape(tr_text(col))}</th>" for col in COLUMNS)
    return [
        '<table class="oa-models-table">',
        f"<thead><tr>{head}</tr></thead>",
        "<tbody>",
        *(row.html for row in rows),
        "</tbody>",
        "</table>",
    ]


def g7_text(report: FileReport) -> str:
    """The report's G7 label as plain text ("no label" for closed)."""
    if report.g7 is None:
        return ""
    return data_text(report.g7.title) if report.g7.title else tr_text("no label")


@dataclass(frozen=True, slots=True)
class _Missing:
    """A level the model does not reach, and what it lacks."""

    title: str
    gaps: Markdown


def _missing(d: Definition, level_id: str, gaps: tuple[Gap, ...]) -> _Missing:
    return _Missing(d.level(level_id).title, as_markdown(gap_items(gaps)))


def model_page(site: Site, example: Example) -> str:
    """``/models/<name>/``: the answer first (one sentence, the verdicts in one row, the
    components by pillar, can I use it, where verdicts differ), then the sources, then
    the full report."""
    uri = urls.model_doc(example.slug)
    report = example.report
    d = site.definition(report.definition_version)
    level = d.level(report.level) if report.level else None
    next_level = report.next_level
    rationale = example.data.get("x-rationale")
    use_lead, facts = use_facts(d, example)
    claims_note = example.data.get("x-claims-note")
    return render(
        "model.md.j2",
        uri,
        example=example,
        level=level,
        version_note=as_markdown(version_note(site, d, uri)),
        verdict=verdict(d, example),
        verdict_row=as_markdown(_verdict_row(site, example, d, uri)),
        matrix=as_markdown(_matrix(d, example, uri)),
        legend=as_markdown(_legend()),
        use_lead=use_lead,
        use_table=as_markdown(_use_table(facts)),
        use_policy=as_markdown(_use_policy(site, d, example, uri)),
        differences=differences(d, example, osi_validation()),
        sources=as_markdown(_sources(d, example)),
        reviewed=str(example.data.get("x-reviewed") or ""),
        unverified=as_markdown(_unverified(d, example)),
        claims_note=claims_note if isinstance(claims_note, str) else "",
        correction=as_markdown(_correction(site, example, uri)),
        declaration_link=as_markdown(
            link(code("openness.json"), uri, declaration_dest(example.slug))
        ),
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
        mof_warnings=[said(w) for w in report.mof.warnings] if report.mof else [],
        findings=as_markdown(_findings(report, uri)),
        rationale=rationale if isinstance(rationale, str) else "",
        declaration=as_markdown(
            _indented(json_block(example.source.read_text(encoding="utf-8"), example.display_path))
        ),
        report_json=as_markdown(_indented(json_block(json.dumps(report.to_dict(), indent=2)))),
    )


def _verdict_row(site: Site, example: Example, d: Definition, uri: str) -> list[str]:
    """The badge, the G7 label, OSAID and MOF in one row."""
    report = example.report
    level = d.level(report.level) if report.level else None
    items = []
    if level is not None:
        target = href(uri, urls.level_doc(d.version, level.id))
        items.append(f'<a class="oa-row-badge" href="{target}">{level_badge_img(d, level)}</a>')
    if report.g7 is not None:
        items.append(
            f"<span><small>{tr('G7 label')}</small> <b>{html.escape(g7_text(report))}</b></span>"
        )
    if report.osaid is not None:
        items.append(f"<span><small>OSAID 1.0</small> <b>{osaid_verdict(report)}</b></span>")
    if report.mof is not None:
        mof = html.escape(data_text(report.mof.label))
        if report.mof.mof_class:
            mof = tr("Class {numeral}, {label}", numeral=roman(report.mof.mof_class), label=mof)
        items.append(f"<span><small>MOF 1.0</small> <b>{mof}</b></span>")
    return ['<div class="oa-verdict-row">', *items, "</div>"]


def _matrix(d: Definition, example: Example, uri: str) -> list[str]:
    """The components by pillar, each with its state as a symbol, words and a colour."""
    lines = ['<div class="oa-matrix">']
    for column in matrix(d, example):
        lines.append(
            f'<div class="oa-pillar"><p class="oa-pillar-title">{html.escape(column.title)}</p><ul>'
        )
        for item in column.cells:
            target = href(uri, urls.component_doc(d.version, item.component))
            licence = (
                f'<br><code class="oa-licence">{html.escape(item.license)}</code>'
                if item.license
                else ""
            )
            lines.append(
                f'<li class="oa-cell oa-{item.state.id}" data-state="{item.state.id}">'
                f'<span class="oa-sym" aria-hidden="true">{item.state.symbol}</span> '
                f'<a href="{target}">{html.escape(item.title)}</a> '
                f'<span class="oa-state">{html.escape(tr_text(item.state.label))}</span>'
                f"{licence}</li>"
            )
        lines.append("</ul></div>")
    lines.append("</div>")
    return lines


def _legend() -> list[str]:
    items = [
        f'<li class="oa-cell oa-{s.id}"><span class="oa-sym" aria-hidden="true">{s.symbol}</span> '
        f"<b>{html.escape(tr_text(s.label))}</b>: {html.escape(tr_text(s.summary))}</li>"
        for s in STATES.values()
    ]
    return ['<ul class="oa-legend">', *items, "</ul>"]


def _use_table(facts: list[UseFact]) -> list[str]:
    if not facts:
        return []
    lines = [tr("| Question | Answer |"), "| --- | --- |"]
    lines += [f"| {cell(f.question)} | {cell(f.answer)} |" for f in facts]
    return lines


def _use_policy(site: Site, d: Definition, example: Example, uri: str) -> str:
    """The policy's own reason for the weights' licence, linked to its page."""
    declared = example.components.get("model-parameters")
    expression = declared.get("license") if isinstance(declared, dict) else None
    if (
        not isinstance(expression, str)
        or not expression
        or d.licenses.judge(expression, "weights").is_open
    ):
        return ""
    reason = licence_reason(d, expression)
    if not reason:
        return ""
    page = licence_page_doc(d, expression)
    where = (
        link(tr("its page"), uri, page)
        if page
        else link(tr("the licence policy"), uri, urls.licenses_doc(d.version))
    )
    return tr(
        "The licence policy says: {reason} (see {where}; the licence itself decides).",
        reason=text(reason),
        where=where,
    )


def pointer_title(d: Definition, example: Example, pointer: str) -> str:
    """What a JSON pointer of the declaration names, in words ("Model parameters: licence")."""
    head, _, note = pointer.partition(" (")
    parts = [p for p in head.split("/") if p]
    words: list[str] = []
    if parts[:1] == ["components"] and len(parts) > 1:
        cid = parts[1]
        words.append(d.component(cid).title if d.has_component(cid) else cid)
        rest = parts[2:]
        if rest[:1] == ["datasets"] and len(rest) > 1 and rest[1].isdigit():
            data = example.components.get(cid, {})
            sets = data.get("datasets", []) if isinstance(data, dict) else []
            index = int(rest[1])
            name = (
                sets[index].get("name")
                if index < len(sets) and isinstance(sets[index], dict)
                else None
            )
            words.append(
                tr_text("data set {name}", name=name)
                if name
                else tr_text("data set {name}", name=index + 1)
            )
            rest = rest[2:]
        words += [r.replace("_", " ") for r in rest]
    elif parts == ["claims", "open_source"]:
        words.append(tr_text("Presented as open source"))
    elif parts == ["x-expected-level"]:
        words.append(tr_text("Level, and OSI's validation"))
    elif parts[:1] == ["model"]:
        words += [tr_text("Model"), *(r.replace("_", " ") for r in parts[1:])]
    else:
        words += [r.removeprefix("x-").replace("_", " ") for r in parts] or [
            tr_text("The declaration")
        ]
    title = ": ".join(words)
    return f"{title} ({note.rstrip(')')})" if note else title


def _sources(d: Definition, example: Example) -> list[str]:
    """Every x-sources entry: what it supports, where (linked), and what it says."""
    sources = example.data.get("x-sources")
    if not isinstance(sources, dict) or not sources:
        return [tr("No source is given.")]
    lines = []
    for pointer, entries in sources.items():
        for entry in entries if isinstance(entries, list) else [entries]:
            if not isinstance(entry, dict):
                continue
            url = str(entry.get("url", ""))
            label = url.removeprefix("https://").removeprefix("www.")
            says = entry.get("says", "")
            lines.append(
                f"- **{text(pointer_title(d, example, pointer))}**: "
                f"[{text(label)}]({url})" + (f": {text(says)}" if says else "")
            )
    return lines


def _unverified(d: Definition, example: Example) -> list[str]:
    found = example.data.get("x-unverified")
    if not isinstance(found, list):
        return []
    return [f"- {text(pointer_title(d, example, str(p)))}" for p in found]


def _correction(site: Site, example: Example, uri: str) -> str:
    """Where to propose a correction: the repository's issue form when the site knows the
    repository, and the contributing page that explains both routes."""
    guide = link(tr("how to add or contest a declaration"), uri, CONTRIBUTING_DOC)
    if not site.repo_url:
        return tr("Found a wrong or outdated fact? See {guide}.", guide=guide)
    title = quote(f"Correction: {example.name}")
    form = (
        f"{site.repo_url.rstrip('/')}/issues/new?template={ISSUE_TEMPLATE}"
        f"&title={title}&model={quote(example.slug)}"
    )
    return tr(
        "Found a wrong or outdated fact? [Propose a correction]({form}), or see {guide}.",
        form=form,
        guide=guide,
    )


def _indented(block: str) -> str:
    """A block inside an admonition (four spaces; blank lines stay empty)."""
    return "\n".join("    " + line if line else "" for line in block.splitlines())


def _facts_table(site: Site, example: Example, d: Definition, uri: str) -> list[str]:
    report = example.report
    level = d.level(report.level) if report.level else None
    facts = [tr("| Fact | Value |"), "| --- | --- |"]
    fields = {
        "name": marked("Name"),
        "version": marked("Version"),
        "organization": marked("Organization"),
        "release_date": marked("Release date"),
    }
    for key, label in fields.items():
        if example.model.get(key):
            facts.append(f"| {tr(label)} | {cell(example.model[key])} |")
    if example.model.get("url"):
        facts.append(tr("| Home | {url} |", url=f"<{example.model['url']}>"))
    computed = level_link(d, level, uri) if level else tr("not computed")
    latest = site.latest
    if d is not latest:
        computed += " " + tr("(definition {version})", version=d.version)
    facts.append(tr("| Computed level | {computed} |", computed=computed))
    stands = standing(site, example)
    if d is not latest and stands in latest.level_ids:
        facts.append(
            tr(
                "| Read in definition {version} as | {level} (through its G7 label; the "
                "declaration migrated with `openness migrate` is judged afresh) |",
                version=latest.version,
                level=level_link(latest, latest.level(stands), uri),
            )
        )
    yes, no = tr("yes"), tr("no")
    facts.append(tr("| Valid declaration | {answer} |", answer=yes if report.valid else no))
    facts.append(
        tr(
            "| Presented as open source | {answer} |",
            answer=yes if example.claims_open_source else no,
        )
    )
    if report.g7 is not None:
        note = f" ({cell(said(report.g7.note))})" if report.g7.note else ""
        facts.append(tr("| G7 label | {label} |", label=f"{g7_verdict(report)}{note}"))
    if report.osaid is not None:
        facts.append(f"| OSAID 1.0 | {osaid_verdict(report)} |")
    if report.mof is not None:
        progress = ", ".join(
            tr("Class {numeral} {percent}%", numeral=roman(k), percent=f"{v:.0f}")
            for k, v in sorted(report.mof.progress.items(), reverse=True)
        )
        facts.append(
            f"| MOF 1.0 | {cell(data_text(report.mof.label))}"
            + (f" ({progress})" if progress else "")
            + " |"
        )
    facts.append(tr("| Declaration | {path} |", path=code(example.display_path)))
    return facts


def _component_rows(site: Site, example: Example, from_uri: str) -> list[str]:
    d = site.definition(example.report.definition_version)
    lines = [
        tr("| Component | Status | Licence | Evidence | Notes |"),
        "| --- | --- | --- | --- | --- |",
    ]
    for comp in d.components:
        declared = example.components.get(comp.id)
        name = link(text(comp.title), from_uri, urls.component_doc(d.version, comp.id))
        if not isinstance(declared, dict):
            lines.append(f"| {name} | {tr('left out (counts as not released)')} | | | |")
            continue
        url = declared.get("url", "")
        evidence = f"<{url}>" if isinstance(url, str) and url.startswith("https://") else ""
        licence = declared.get("license", "")
        lines.append(
            f"| {name} | {code(declared.get('status', ''))} "
            f"| {code(licence) if licence else tr('none given')} | {evidence} "
            f"| {cell(declared.get('notes', ''))} |"
        )
    return lines


def _datasets(example: Example) -> list[str]:
    """The training data sets as a table (nothing when none are listed)."""
    data = example.components.get("training-data")
    if not isinstance(data, dict) or not data.get("datasets"):
        return []
    lines = [
        tr("| Data set | Access | Licence | Share | Where / what |"),
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
        return [tr("None.")]
    lines = [tr("| Severity | Rule | Where | Message | Fix |"), "| --- | --- | --- | --- | --- |"]
    for finding in report.findings:
        rule_link = (
            link(code(finding.rule), uri, urls.RULES_DOC + f"#{finding.rule}")
            if finding.rule in RULES
            else code(finding.rule)
        )
        where = tr("line {line}", line=finding.line) if finding.line else cell(finding.pointer)
        lines.append(
            f"| {tr(finding.severity)} | {rule_link} | {where} | {cell(said(finding.message))} "
            f"| {cell(said(finding.fix))} |"
        )
    return lines
