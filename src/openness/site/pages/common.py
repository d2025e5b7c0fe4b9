"""What several page families share: the version line, links and lists built from the
definition, the small tables more than one page shows, and the templates' renderer.

Templates (``openness/site/templates/*.md.j2``) hold the prose of the pages; the page
modules hand them values. A template may print only Markdown: a value passed through
one of the escaping filters (``text``, ``cell``, ``code``, ``attr``), a link, a number,
a piece of Markdown the page code built and marked with :func:`as_markdown`, or a value
said to need no escaping with ``|trusted``. Printing anything else (a raw title, say)
fails the build instead of putting unescaped text on the site.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import jinja2

from openness import urls
from openness.definition import Definition, Entry, Level, Requirement
from openness.report import FileReport, Gap
from openness.site.definition_data import access_class_osaid
from openness.site.language import data_text, said, template_tr, tr
from openness.site.markdown import Markdown, attr, cell, code, link, text
from openness.site.sources import Example, Site


def version_note(site: Site, d: Definition, from_uri: str) -> str:
    """The line every page carries: which definition version it shows, and for an older
    version, that it is superseded and where the latest is."""
    json_link = link(tr("as JSON"), from_uri, urls.definition_json_doc(d.version))
    others = ""
    if len(site.versions) > 1:
        others = " · " + link(tr("other versions"), from_uri, urls.VERSIONS_DOC)
    latest = site.latest
    version = Markdown(d.version)
    released = (
        tr("released {date}", date=Markdown(d.released))
        if d.status == "released"
        else (Markdown(f"{text(d.status)} {text(d.released)}"))
    )
    if d.version == latest.version:
        state = tr("Definition version **{version}** (the latest)", version=version)
        css = ".oa-version"
    else:
        newest = link(
            tr("version {version}", version=Markdown(latest.version)),
            from_uri,
            urls.overview_doc(latest.version),
        )
        state = tr(
            "Definition version **{version}**, superseded by {newest}",
            version=version,
            newest=Markdown(newest),
        )
        if d.name != latest.name:
            state += " " + tr(
                "(this project's definition, then called {old}, now {new}: not OSI's OSAID)",
                old=Markdown(text(d.name)),
                new=Markdown(text(latest.name)),
            )
        css = ".oa-version .oa-superseded"
    return f"{state}, {released} · {json_link}{others}\n{{: {css} }}"


# --- facts derived from the definition ------------------------------------------------------


def flatten(requirements: tuple[Requirement, ...]) -> Iterator[Requirement]:
    """The single requirements of a list, groups opened up."""
    for req in requirements:
        if req.is_group:
            yield from flatten(req.all_of)
        else:
            yield req


def requirements_by_component(d: Definition) -> dict[str, list[tuple[Level, Requirement]]]:
    """For each component, the levels that ask for it and what they ask, lowest first."""
    found: dict[str, list[tuple[Level, Requirement]]] = {c.id: [] for c in d.components}
    for level in d.levels:
        for req in flatten(level.requires):
            for cid in req.components:
                found.setdefault(cid, []).append((level, req))
    return found


def first_level_needing(d: Definition, component_id: str) -> Level | None:
    """The lowest level that asks for a component (None: no level does)."""
    needed = requirements_by_component(d).get(component_id, [])
    return needed[0][0] if needed else None


def report_level_title(site: Site, report: FileReport) -> str:
    """The title of the level a report computed, in the definition version it names."""
    if report.level is None:
        return tr("not computed (invalid declaration)")
    return site.definition(report.definition_version).level(report.level).title


def osaid_verdict(report: FileReport) -> str:
    """The report's OSAID 1.0 verdict as a table cell (empty when not computed)."""
    return "" if report.osaid is None else (tr("pass") if report.osaid.passed else tr("fail"))


def mof_verdict(report: FileReport) -> str:
    """The report's MOF 1.0 class as a table cell (empty when not computed)."""
    return "" if report.mof is None else cell(data_text(report.mof.label))


def standing(site: Site, example: Example) -> str | None:
    """The latest version's level an example stands at: its computed level when it is
    written against the latest version; else the level its own version's level is read
    as (the validator's ``standing``, through the G7 label)."""
    report = example.report
    if report.definition_version == site.latest.version:
        return report.level
    return report.standing


def examples_at(site: Site, level_id: str) -> list[Example]:
    """The examples standing at a level of the latest version, whatever version they are
    written against."""
    return [e for e in site.examples if standing(site, e) == level_id]


def older_reading(site: Site, example: Example) -> str:
    """For an example written against an older version: "1.0: Open methods" (plain text);
    "" for one written against the latest."""
    report = example.report
    if report.definition_version == site.latest.version or report.level is None:
        return ""
    return f"{report.definition_version}: {report_level_title(site, report)}"


def standing_cell(site: Site, example: Example) -> str:
    """A table cell: the latest version's level an example stands at, and for one written
    against an older version, its level there ("Open Weights AI (definition 1.0: Open
    methods)")."""
    stands = standing(site, example)
    if stands is None or stands not in site.latest.level_ids:
        return cell(report_level_title(site, example.report))
    title = cell(site.latest.level(stands).title)
    older = older_reading(site, example)
    return (
        tr("{title} (definition {older})", title=Markdown(title), older=Markdown(cell(older)))
        if older
        else title
    )


def g7_verdict(report: FileReport) -> str:
    """The report's G7 label as a table cell ("no label" for closed, empty when not
    computed)."""
    if report.g7 is None:
        return ""
    return cell(data_text(report.g7.title)) if report.g7.title else tr("no label")


# --- Markdown pieces ------------------------------------------------------------------------


def level_link(d: Definition, level: Level, from_uri: str) -> str:
    """A link to a level's page, its title as the label."""
    return link(text(level.title), from_uri, urls.level_doc(d.version, level.id))


def first_level_link(d: Definition, component_id: str, from_uri: str, none: str) -> str:
    """A link to the lowest level that asks for a component, or ``none`` if no level does."""
    first = first_level_needing(d, component_id)
    return level_link(d, first, from_uri) if first else none


def component_links(d: Definition, ids: Iterable[str], from_uri: str, sep: str) -> str:
    """Links to the components' pages; an id the definition does not know stays code."""
    parts = []
    for cid in ids:
        if d.has_component(cid):
            target = urls.component_doc(d.version, cid)
            parts.append(link(d.component(cid).title, from_uri, target))
        else:
            parts.append(code(cid))
    return sep.join(parts)


def requirement_line(d: Definition, req: Requirement, from_uri: str) -> str:
    """A requirement as one Markdown list item (groups become nested lists)."""
    if req.is_group:
        head = f"- **{text(req.title or req.id)}** ({code(req.id)}): {text(req.summary)}"
        parts = ["    " + requirement_line(d, part, from_uri) for part in req.all_of]
        return "\n".join([head, *parts])
    sep = tr(" or ") if len(req.components) > 1 else ", "
    components = component_links(d, req.components, from_uri, sep)
    title = f"**{text(req.title)}**: " if req.title else ""
    return f"- {title}{text(req.summary)} ({components}; {code(req.id)})"


def gap_items(gaps: tuple[Gap, ...]) -> list[str]:
    """What a level misses, as list items with their fixes."""
    lines = []
    for gap in gaps:
        lines.append(f"- {text(said(gap.message))}")
        if gap.fix:
            lines.append("  " + tr("*Fix:* {fix}", fix=Markdown(text(said(gap.fix)))))
    return lines


def entries_table(entries: Iterable[Entry], heading: str) -> list[str]:
    """Kinds, statuses and the like: title, id and meaning."""
    lines = [tr("| {heading} | Id | Meaning |", heading=Markdown(heading)), "| --- | --- | --- |"]
    for entry in entries:
        lines.append(f"| {cell(entry.title)} | {code(entry.id)} | {cell(entry.summary)} |")
    return lines


def data_access_table(d: Definition) -> list[str]:
    """The data access classes, each with the OSAID class it stands for."""
    lines = [tr("| Class | Id | OSAID class | Meaning |"), "| --- | --- | --- | --- |"]
    osaid_class = access_class_osaid(d)
    for entry in d.data_access_classes:
        lines.append(
            f"| {cell(entry.title)} | {code(entry.id)} "
            f"| {cell(data_text(osaid_class.get(entry.id, '')))} | {cell(entry.summary)} |"
        )
    return lines


# --- templates ------------------------------------------------------------------------------


def _printable(value: Any) -> Any:
    """Let a template print Markdown and numbers only (see the module's docstring).

    ``|trusted`` prints a value as it is: for values that need no escaping, such as a
    version number, an id the definition's schema restricts, or a URL.
    """
    if isinstance(value, Markdown | int | float) and not isinstance(value, bool):
        return value
    raise TypeError(f"a template printed {value!r} unescaped: pass it through a filter")


def _escaping(function: Callable[[object], str]) -> Callable[[object], Markdown]:
    """A Markdown helper as a template filter whose result the template may print."""

    def escaped(value: object) -> Markdown:
        return Markdown(function(value))

    return escaped


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("openness.site", "templates"),
        autoescape=False,  # Markdown, not HTML: values are escaped by the filters below
        undefined=jinja2.StrictUndefined,
        finalize=_printable,
        trim_blocks=True,  # a line holding only a {% tag %} leaves no blank line
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(text=_escaping(text), cell=_escaping(cell), code=_escaping(code))
    env.filters.update(attr=_escaping(attr), trusted=Markdown)
    env.globals.update(urls=urls, tr=template_tr)
    return env


_ENV = _environment()


def as_markdown(value: str | Iterable[str]) -> Markdown:
    """Mark Markdown the page code built (lines are joined) as safe to print."""
    return Markdown(value if isinstance(value, str) else "\n".join(value))


def render(template: str, uri: str, **values: Any) -> str:
    """Render ``templates/<template>`` for the page at ``uri``.

    The template gets ``uri``, the ``urls`` module, and ``link(label, target)``: a
    relative link from this page (a label that is not Markdown yet is escaped).
    """

    def page_link(label: str, target: str) -> Markdown:
        shown = label if isinstance(label, Markdown) else text(label)
        return Markdown(link(shown, uri, target))

    return _ENV.get_template(template).render(uri=uri, link=page_link, **values)


# --- each level beside the G7 labels, OSAID and MOF ----------------------------------------


def asked_openly(d: Definition, level: Level) -> list[Requirement]:
    """The requirements of a level and every level below it that ask for more than
    availability (an open licence, a complete or open data list)."""
    return [
        req
        for lv in d.levels[: level.rank + 1]
        for req in flatten(lv.requires)
        if req.test != "available"
    ]


def osaid_items_asked(d: Definition, level: Level) -> tuple[int, int]:
    """How many of OSAID's items a level asks for (on the same components), of how many."""
    asked = {req.components for req in asked_openly(d, level)}
    items = list(flatten(d.osaid.requires))
    return sum(1 for item in items if item.components in asked), len(items)


def mof_class_asked(d: Definition, level: Level) -> str:
    """The highest MOF class whose required components a level asks for under open
    licences, or how far it goes toward the first class."""
    from openness.crosswalk.mof import evaluate, label_for, roman

    names = {
        d.mof.by_component[cid].name
        for req in asked_openly(d, level)
        for cid in req.components
        if cid in d.mof.by_component
    }
    reached = evaluate(names, d.mof).mof_class
    if reached:
        return data_text(label_for(reached, d.mof))
    first = d.mof.classes[0]
    required = [c.name for c in d.mof.components if c.required and c.mof_class == first]
    done = sum(1 for name in required if name in names)
    return tr(
        "{done} of {total} Class {numeral} components",
        done=done,
        total=len(required),
        numeral=Markdown(roman(first)),
    )


def frameworks_table(d: Definition, from_uri: str) -> list[str]:
    """Every level with its G7 label, and what it asks of OSAID's and MOF's lists."""
    lines = [
        tr(
            "| Level ({name} {version}) | G7 label | OSAID {osaid} items asked | MOF {mof} |",
            name=Markdown(text(d.name)),
            version=Markdown(d.version),
            osaid=Markdown(cell(d.osaid.version)),
            mof=Markdown(cell(d.mof.version)),
        ),
        "| --- | --- | --- | --- |",
    ]
    for level in reversed(d.levels):
        label = d.g7_label(level.id)
        label_cell = f"**{cell(label.title)}**" if label else tr("no label")
        note = d.g7.notes.get(level.id)
        if note:
            label_cell += f" ({cell(note)})"
        asked, total = osaid_items_asked(d, level)
        osaid_cell = (
            tr("all") if asked == total else tr("{asked} of {total}", asked=asked, total=total)
        )
        lines.append(
            f"| {level_link(d, level, from_uri)} | {label_cell} | {osaid_cell} "
            f"| {cell(mof_class_asked(d, level))} |"
        )
    return lines
