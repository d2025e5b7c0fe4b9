"""The definition's own pages: every version, and one version on one page.

Also the pillars, which the home page shows too, drawn the same way in both places; the
ladder of levels is ``openness.site.pages.ladder``.
"""

from __future__ import annotations

from openness import urls
from openness.definition import Definition
from openness.site.language import marked, tr
from openness.site.markdown import cell, code, link, text
from openness.site.pages.common import (
    as_markdown,
    data_access_table,
    entries_table,
    first_level_link,
    frameworks_table,
    render,
    version_note,
)
from openness.site.pages.ladder import ladder_block
from openness.site.pages.policies import has_training_data_rules
from openness.site.sources import Site


def versions_page(site: Site) -> str:
    """``/definition/``: every released version of the definition, newest first."""
    uri = urls.VERSIONS_DOC
    return render(
        "versions.md.j2",
        uri,
        version_note=as_markdown(version_note(site, site.latest, uri)),
        versions_table=as_markdown(versions_table(site, uri)),
    )


# the statuses a released version has had, said in the page's language
STATUS_WORDS = (marked("released"), marked("draft"))


def versions_table(site: Site, from_uri: str) -> str:
    lines = [
        tr("| Version | Status | Date | Pages | Data | Declaration schema |"),
        "| --- | --- | --- | --- | --- | --- |",
    ]
    schema_dests = {s.dest for s in site.served}
    for version in reversed(site.versions):
        d = site.definitions[version]
        schema = urls.declaration_schema_doc(version)
        schema_cell = link(code(schema), from_uri, schema) if schema in schema_dests else tr("none")
        lines.append(
            f"| {d.version} | {tr(d.status)} | {cell(d.released)} | "
            f"{link(cell(d.title), from_uri, urls.overview_doc(version))} | "
            f"{link(code(f'{version}.json'), from_uri, urls.definition_json_doc(version))} | "
            f"{schema_cell} |"
        )
    return "\n".join(lines) + "\n"


def overview_page(site: Site, d: Definition) -> str:
    """``/definition/<version>/``: the whole definition on one page, linking to details."""
    uri = urls.overview_doc(d.version)
    return render(
        "overview.md.j2",
        uri,
        d=d,
        version_note=as_markdown(version_note(site, d, uri)),
        pillars=as_markdown(pillars_block(d, uri)),
        ladder=as_markdown(ladder_block(site, d, uri)),
        components_table=as_markdown(_components_table(d, uri)),
        kinds_table=as_markdown(entries_table(d.kinds, tr("Kind"))),
        statuses_table=as_markdown(entries_table(d.statuses, tr("Status"))),
        access_table=as_markdown(data_access_table(d)),
        frameworks_table=as_markdown(frameworks_table(d, uri)),
        open_source_level=d.level(d.open_source_from),
        has_training_data_rules=has_training_data_rules(d),
    )


def _components_table(d: Definition, uri: str) -> list[str]:
    lines = [tr("| Component | Pillar | Kind | First needed for |"), "| --- | --- | --- | --- |"]
    pillars = {p.id: p.title for p in d.pillars}
    kinds = {k.id: k.title for k in d.kinds}
    for comp in d.components:
        needed = first_level_link(d, comp.id, uri, tr("no level (informative)"))
        lines.append(
            f"| {link(text(comp.title), uri, urls.component_doc(d.version, comp.id))} "
            f"| {cell(pillars.get(comp.pillar, comp.pillar))} "
            f"| {cell(kinds.get(comp.kind, comp.kind))} | {needed} |"
        )
    return lines


def pillars_block(d: Definition, from_uri: str) -> str:
    """The pillars as cards, each listing its components."""
    lines = ['<div class="grid cards oa-pillars" markdown>', ""]
    for pillar in d.pillars:
        members = [c for c in d.components if c.pillar == pillar.id]
        lines.append(f"-   **{text(pillar.title)}**")
        lines.append("")
        lines.append(f"    {text(pillar.summary)}")
        lines.append("")
        names = ", ".join(
            link(text(c.title), from_uri, urls.component_doc(d.version, c.id)) for c in members
        )
        lines.append(f"    {names}")
        lines.append("")
    lines += ["</div>", ""]
    return "\n".join(lines)
