"""``/definition/<version>/components/<id>/``: one page a component."""

from __future__ import annotations

import json
from typing import Any

from openness import urls
from openness.crosswalk.mof import roman
from openness.definition import Component, Definition
from openness.site.definition_data import license_kind_policy, mof_class_titles, mof_component
from openness.site.language import data_text, localize_url, tr
from openness.site.markdown import cell, code, link, text
from openness.site.pages.common import (
    as_markdown,
    component_links,
    data_access_table,
    entries_table,
    flatten,
    level_link,
    render,
    requirements_by_component,
    standing_cell,
    version_note,
)
from openness.site.sources import Site


def component_page(site: Site, d: Definition, component_id: str) -> str:
    """What a component is, which levels need it, which licences count, how to declare it."""
    comp = d.component(component_id)
    uri = urls.component_doc(d.version, comp.id)
    schema = _component_schema(site, d.version, comp.id)
    osaid_asks = tr("; ").join(
        text(r.summary) for r in flatten(d.osaid_requires) if comp.id in r.components
    )
    has_datasets = comp.id == "training-data" or (comp.kind == "data" and "datasets" in str(schema))
    show_examples = d.version == site.latest.version and site.examples
    return render(
        "component.md.j2",
        uri,
        d=d,
        comp=comp,
        kind={k.id: k for k in d.kinds}.get(comp.kind),
        kind_policy=license_kind_policy(d, comp.kind),
        version_note=as_markdown(version_note(site, d, uri)),
        facts_table=as_markdown(_facts_table(d, comp)),
        needed=as_markdown(_needed_by(d, comp, uri)),
        osaid_asks=as_markdown(osaid_asks),
        statuses_table=as_markdown(entries_table(d.statuses, tr("Status"))),
        fields_table=as_markdown(_fields_table(schema) if schema else ""),
        access_table=as_markdown(data_access_table(d) if has_datasets else ""),
        examples_table=as_markdown(_examples_table(site, d, comp, uri) if show_examples else ""),
        address=localize_url(urls.component_url(d.version, comp.id)),
    )


def _facts_table(d: Definition, comp: Component) -> list[str]:
    pillar = {p.id: p for p in d.pillars}.get(comp.pillar)
    kind = {k.id: k for k in d.kinds}.get(comp.kind)
    always = (
        tr("yes: it exists for every model, so it cannot be declared not applicable")
        if comp.always_applies
        else tr("no: it may be declared not applicable, with notes saying why")
    )
    lines = [
        "| | |",
        "| --- | --- |",
        tr("| Id in `openness.json` | {id} |", id=code(comp.id)),
        tr("| Pillar | {pillar} |", pillar=cell(pillar.title if pillar else comp.pillar)),
        tr("| Kind | {kind} |", kind=cell(kind.title if kind else comp.kind)),
        tr("| Always applies | {always} |", always=always),
    ]
    mof = mof_component(d, comp.mof)
    if mof:
        class_title = cell(mof_class_titles(d).get(mof.mof_class, ""))
        numeral = as_markdown(roman(mof.mof_class))
        if mof.required:
            said = tr(
                "| MOF 1.0 component | {name} (id {id}, required for Class {numeral}, {title}) |",
                name=cell(mof.name),
                id=mof.mof_id,
                numeral=numeral,
                title=class_title,
            )
        else:
            said = tr(
                "| MOF 1.0 component | {name} (id {id}, optional for Class {numeral}, {title}) |",
                name=cell(mof.name),
                id=mof.mof_id,
                numeral=numeral,
                title=class_title,
            )
        lines.append(said)
    return lines


def _needed_by(d: Definition, comp: Component, uri: str) -> list[str]:
    lines = []
    for level, req in requirements_by_component(d).get(comp.id, []):
        others = [c for c in req.components if c != comp.id]
        alt = (
            " " + tr("(or {others})", others=component_links(d, others, uri, tr(" or ")))
            if others
            else ""
        )
        lines.append(f"- {level_link(d, level, uri)}: {text(req.summary)}{alt}")
    return lines


def _component_schema(site: Site, version: str, component_id: str) -> dict[str, Any] | None:
    """The component's part of the declaration schema (None: the version has no schema)."""
    path = site.paths.schema_dir / version / "openness.schema.json"
    if not path.is_file():
        return None
    return json.loads(path.read_bytes()).get("$defs", {}).get(f"component-{component_id}")


def _fields_table(schema: dict[str, Any]) -> list[str]:
    lines = [tr("| Field | Meaning |"), "| --- | --- |"]
    required = set(schema.get("required", []))
    for name, prop in schema.get("properties", {}).items():
        need = " " + tr("(required)") if name in required else ""
        meaning = cell(data_text(prop.get("description", "")))
        lines.append(f"| {code(name)}{need} | {meaning} |")
    return lines


def _examples_table(site: Site, d: Definition, comp: Component, uri: str) -> list[str]:
    lines = [tr("| Model | Status | Licence | Level of the model |"), "| --- | --- | --- | --- |"]
    for example in site.examples:
        declared = example.components.get(comp.id)
        status = declared.get("status", "") if isinstance(declared, dict) else ""
        licence = declared.get("license", "") if isinstance(declared, dict) else ""
        lines.append(
            f"| {link(text(example.name), uri, urls.model_doc(example.slug))} "
            f"| {code(status) if status else tr('left out (not released)')} "
            f"| {code(licence) if licence else ''} "
            f"| {standing_cell(site, example)} |"
        )
    return lines
