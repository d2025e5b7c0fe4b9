"""One function per generated page. Each returns the page's Markdown.

Every fact on these pages comes from the definition data (``Site.definitions``), the
schemas, the rule catalogue, the click commands or the validator's reports on the
examples; the words around the facts are the only thing written here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from openness import urls
from openness.definition import Definition, Level, Requirement
from openness.report import FileReport, Gap
from openness.rules import RULES, SEVERITIES
from openness.site.badges import level_badge_img, level_fill
from openness.site.markdown import cell, code, json_block, link, rel, text
from openness.site.sources import Example, Site
from openness.urls import (
    BASE_URL,
    badge_endpoint_url,
    badge_png_url,
    badge_url,
    component_url,
    level_url,
)

# --- shared pieces -----------------------------------------------------------------------

# Front matter for pages whose tables need the whole width (no table of contents).
WIDE = ("---", "hide:", "  - toc", "---", "")


def version_note(site: Site, d: Definition, from_uri: str) -> str:
    """The line every page carries: which definition version it shows."""
    json_link = link("as JSON", from_uri, urls.definition_json_doc(d.version))
    latest = " (the latest)" if d.version == site.latest.version else ""
    others = ""
    if len(site.versions) > 1:
        others = " · " + link("other versions", from_uri, urls.VERSIONS_DOC)
    return (
        f"Definition version **{d.version}**{latest}, {d.status} {d.released} · "
        f"{json_link}{others}\n{{: .oa-version }}"
    )


def _title(d: Definition, level_id: str) -> str:
    try:
        return d.level(level_id).title
    except KeyError:
        return level_id


def _component_title(d: Definition, component_id: str) -> str:
    return d.component(component_id).title if d.has_component(component_id) else component_id


def _component_links(d: Definition, ids: tuple[str, ...], from_uri: str, sep: str) -> str:
    parts = []
    for cid in ids:
        if d.has_component(cid):
            parts.append(
                link(_component_title(d, cid), from_uri, urls.component_doc(d.version, cid))
            )
        else:
            parts.append(code(cid))
    return sep.join(parts)


def _requirement_line(d: Definition, req: Requirement, from_uri: str) -> str:
    """A requirement as one Markdown list item (groups become nested lists)."""
    if req.is_group:
        head = f"- **{text(req.title or req.id)}** ({code(req.id)}): {text(req.summary)}"
        parts = ["    " + _requirement_line(d, part, from_uri) for part in req.all_of]
        return "\n".join([head, *parts])
    sep = " or " if len(req.components) > 1 else ", "
    components = _component_links(d, req.components, from_uri, sep)
    title = f"**{text(req.title)}**: " if req.title else ""
    return f"- {title}{text(req.summary)} ({components}; {code(req.id)})"


def _requirements_by_component(d: Definition) -> dict[str, list[tuple[Level, Requirement]]]:
    found: dict[str, list[tuple[Level, Requirement]]] = {c.id: [] for c in d.components}
    for level in d.levels:
        for req in _flatten(level.requires):
            for cid in req.components:
                found.setdefault(cid, []).append((level, req))
    return found


def _flatten(requirements: tuple[Requirement, ...]) -> Iterator[Requirement]:
    for req in requirements:
        if req.is_group:
            yield from _flatten(req.all_of)
        else:
            yield req


def _first_level_needing(d: Definition, component_id: str) -> Level | None:
    needed = _requirements_by_component(d).get(component_id, [])
    return needed[0][0] if needed else None


def _level_of(site: Site, report: FileReport) -> str:
    d = site.definition(report.definition_version)
    if report.level is None:
        return "not computed (invalid declaration)"
    return _title(d, report.level)


def _mof_classes(d: Definition) -> dict[int, str]:
    classes = {c["class"]: c["title"] for c in d.mof["classes"]}
    unclassified = d.mof.get("unclassified")
    if unclassified:
        classes[unclassified["class"]] = unclassified["title"]
    return classes


def _roman(number: int) -> str:
    return {1: "I", 2: "II", 3: "III"}.get(number, str(number))


def _gap_items(gaps: tuple[Gap, ...]) -> list[str]:
    lines = []
    for gap in gaps:
        lines.append(f"- {text(gap.message)}")
        if gap.fix:
            lines.append(f"  *Fix:* {text(gap.fix)}")
    return lines


def _examples_at(site: Site, level_id: str) -> list[Example]:
    return [e for e in site.examples if e.report.level == level_id]


# --- the definition ----------------------------------------------------------------------


def versions_page(site: Site) -> str:
    """``/definition/``: every released version of the definition, newest first."""
    uri = urls.VERSIONS_DOC
    lines = [
        "# Definition versions",
        "",
        version_note(site, site.latest, uri),
        "",
        "Every version stays published at its own addresses: its pages, its data as JSON "
        "and its declaration schema. The site's menus show the latest.",
        "",
        versions_table(site, uri),
    ]
    return "\n".join(lines) + "\n"


def versions_table(site: Site, from_uri: str) -> str:
    lines = [
        "| Version | Status | Date | Pages | Data | Declaration schema |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    schema_dests = {s.dest for s in site.served}
    for version in reversed(site.versions):
        d = site.definitions[version]
        schema = urls.declaration_schema_doc(version)
        schema_cell = link(code(schema), from_uri, schema) if schema in schema_dests else "none"
        lines.append(
            f"| {d.version} | {cell(d.status)} | {cell(d.released)} | "
            f"{link(cell(d.title), from_uri, urls.overview_doc(version))} | "
            f"{link(code(f'{version}.json'), from_uri, urls.definition_json_doc(version))} | "
            f"{schema_cell} |"
        )
    return "\n".join(lines) + "\n"


def overview_page(site: Site, d: Definition) -> str:
    """``/definition/<version>/``: the whole definition on one page, linking to details."""
    uri = urls.overview_doc(d.version)
    lines = [
        f"# {text(d.title)} {d.version}",
        "",
        version_note(site, d, uri),
        "",
        text(d.summary),
        "",
        text(d.rationale),
        "",
        f"## The {len(d.pillars)} pillars",
        "",
        pillars_block(d, uri),
        f"## The {len(d.levels)} levels",
        "",
        "Each level includes every level below it. A model's level is the highest one whose "
        "requirements, and all the requirements below it, are met.",
        "",
        "| | Level | Badge | What it means |",
        "| ---: | --- | --- | --- |",
    ]
    for level in d.levels:
        lines.append(
            f"| {level.rank} | {link(text(level.title), uri, urls.level_doc(d.version, level.id))} "
            f"| {level_badge_img(d, level)} | {cell(level.summary)} |"
        )
    lines += [
        "",
        f"## The {len(d.components)} components",
        "",
        "| Component | Pillar | Kind | First needed for |",
        "| --- | --- | --- | --- |",
    ]
    pillars = {p.id: p.title for p in d.pillars}
    kinds = {k.id: k.title for k in d.kinds}
    for comp in d.components:
        first = _first_level_needing(d, comp.id)
        needed = (
            link(text(first.title), uri, urls.level_doc(d.version, first.id))
            if first
            else "no level (informative)"
        )
        lines.append(
            f"| {link(text(comp.title), uri, urls.component_doc(d.version, comp.id))} "
            f"| {cell(pillars.get(comp.pillar, comp.pillar))} "
            f"| {cell(kinds.get(comp.kind, comp.kind))} | {needed} |"
        )
    lines += ["", "## Kinds of component", ""]
    lines += entries_table(d.kinds, "Kind")
    lines += [
        "",
        "Which licences count as open for each kind: "
        + link("the licence policy", uri, urls.licenses_doc(d.version))
        + ".",
        "",
        "## Release statuses",
        "",
    ]
    lines += entries_table(d.statuses, "Status")
    lines += ["", "## Data access classes", ""]
    lines += data_access_table(d)
    lines += [
        "",
        "How these levels compare with OSI's definition and the Model Openness Framework: "
        + link("crosswalks", uri, urls.CROSSWALKS_DOC)
        + ".",
    ]
    return "\n".join(lines) + "\n"


def entries_table(entries, heading: str) -> list[str]:
    lines = [f"| {heading} | Id | Meaning |", "| --- | --- | --- |"]
    for entry in entries:
        lines.append(f"| {cell(entry.title)} | {code(entry.id)} | {cell(entry.summary)} |")
    return lines


def data_access_table(d: Definition) -> list[str]:
    lines = ["| Class | Id | OSAID class | Meaning |", "| --- | --- | --- | --- |"]
    by_id = {item["id"]: item for item in d.raw["data_access_classes"]}
    for entry in d.data_access_classes:
        osaid = by_id.get(entry.id, {}).get("osaid_class", "")
        lines.append(
            f"| {cell(entry.title)} | {code(entry.id)} | {cell(osaid)} | {cell(entry.summary)} |"
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


def ladder_block(site: Site, d: Definition, from_uri: str) -> str:
    """The levels as a ladder, highest first, each with its badge and its page."""
    lines = ['<div class="oa-ladder" markdown>', ""]
    for level in reversed(d.levels):
        target = urls.level_doc(d.version, level.id)
        count = len(_examples_at(site, level.id)) if d.version == site.latest.version else 0
        models = ""
        if count:
            plural = "s" if count != 1 else ""
            models = f" {link(f'{count} example model{plural}', from_uri, urls.MODELS_DOC)}"
        lines += [
            f'<div class="oa-rung" data-level="{level.id}" '
            f'style="border-left-color: {level_fill(level)}" markdown>',
            "",
            f"[{level_badge_img(d, level)}]({rel(from_uri, target)})",
            f"**{link(text(level.title), from_uri, target)}**: {text(level.summary)}{models}",
            "",
            "</div>",
            "",
        ]
    lines += ["</div>", ""]
    return "\n".join(lines)


def level_page(site: Site, d: Definition, level: Level) -> str:
    """``/definition/<version>/levels/<level>/``: what it needs, why, what blocks it."""
    uri = urls.level_doc(d.version, level.id)
    below = d.levels[level.rank - 1] if level.rank > 0 else None
    above = d.levels[level.rank + 1] if level.rank + 1 < len(d.levels) else None
    lines = [
        f"# {text(level.title)}",
        "",
        version_note(site, d, uri),
        "",
        level_badge_img(d, level),
        "",
        f"Level {level.rank + 1} of {len(d.levels)}, counted from the bottom. "
        f"{text(level.summary)}",
        "",
        "## What it requires",
        "",
    ]
    if not level.requires:
        lines.append("Nothing: every model is at least at this level.")
    else:
        if below is not None:
            lines.append(
                "Everything "
                + link(text(below.title), uri, urls.level_doc(d.version, below.id))
                + " requires, and:"
            )
            lines.append("")
        lines += [_requirement_line(d, req, uri) for req in level.requires]
    lines += ["", "## Why", "", text(level.rationale), "", "## What typically blocks it", ""]
    lines += [text(level.typical_blockers), ""]
    if d.version == site.latest.version and site.examples:
        here = _examples_at(site, level.id)
        lines += ["## Example models at this level", ""]
        if here:
            lines += [
                f"- {link(text(e.name), uri, urls.model_doc(e.slug))}"
                + (f" ({text(e.organization)})" if e.organization else "")
                for e in here
            ]
        else:
            lines.append("None of the example declarations is at this level.")
        lines.append("")
        stuck = [
            e
            for e in site.examples
            if e.report.next_level is not None and e.report.next_level.level == level.id
        ]
        if stuck:
            lines += [
                "## What keeps the examples one level below",
                "",
                "As computed by the validator on each example declaration:",
                "",
            ]
            for example in stuck:
                lines.append(f"### {text(example.name)}")
                lines.append("")
                lines += _gap_items(example.report.next_level.missing)
                lines.append(
                    f"\nFull report: {link(text(example.name), uri, urls.model_doc(example.slug))}."
                )
                lines.append("")
    steps = []
    if below is not None:
        steps.append("Below: " + link(text(below.title), uri, urls.level_doc(d.version, below.id)))
    if above is not None:
        steps.append("Above: " + link(text(above.title), uri, urls.level_doc(d.version, above.id)))
    if steps:
        lines += [" · ".join(steps), ""]
    lines += [f"This page's address: <{level_url(d.version, level.id)}>", ""]
    return "\n".join(lines)


@cache
def _schema(path: Path) -> dict[str, Any]:
    return json.loads(path.read_bytes())


def _component_schema(site: Site, version: str, component_id: str) -> dict[str, Any] | None:
    path = site.paths.schema_dir / version / "openness.schema.json"
    if not path.is_file():
        return None
    return _schema(path).get("$defs", {}).get(f"component-{component_id}")


def component_page(site: Site, d: Definition, component_id: str) -> str:
    """``/definition/<version>/components/<id>/``: what it is, what counts, which licences."""
    comp = d.component(component_id)
    uri = urls.component_doc(d.version, comp.id)
    pillar = {p.id: p for p in d.pillars}.get(comp.pillar)
    kind = {k.id: k for k in d.kinds}.get(comp.kind)
    mof = {c["name"]: c for c in d.mof["components"]}.get(comp.mof)
    classes = _mof_classes(d)
    lines = [
        f"# {text(comp.title)}",
        "",
        version_note(site, d, uri),
        "",
        text(comp.summary),
        "",
        "| | |",
        "| --- | --- |",
        f"| Id in `openness.json` | {code(comp.id)} |",
        f"| Pillar | {cell(pillar.title if pillar else comp.pillar)} |",
        f"| Kind | {cell(kind.title if kind else comp.kind)} |",
        "| Always applies | "
        + (
            "yes: it exists for every model, so it cannot be declared not applicable"
            if comp.always_applies
            else "no: it may be declared not applicable, with notes saying why"
        )
        + " |",
    ]
    if mof:
        required = "required" if mof["required"] else "optional"
        lines.append(
            f"| MOF 1.0 component | {cell(mof['name'])} (id {mof['mof_id']}, "
            f"{required} for Class {_roman(mof['class'])}, "
            f"{cell(classes.get(mof['class'], ''))}) |"
        )
    lines += ["", "## Why it matters", "", text(comp.rationale), "", "## Which levels need it", ""]
    needed = _requirements_by_component(d).get(comp.id, [])
    if needed:
        for level, req in needed:
            others = [c for c in req.components if c != comp.id]
            alt = ""
            if others:
                alt = " (or " + _component_links(d, tuple(others), uri, " or ") + ")"
            lines.append(
                f"- {link(text(level.title), uri, urls.level_doc(d.version, level.id))}: "
                f"{text(req.summary)}{alt}"
            )
    else:
        lines.append(
            "No level requires it. Declare it anyway: it is shown in reports and counts "
            "for the MOF class."
        )
    osaid_items = [req for req in _flatten(d.osaid_requires) if comp.id in req.components]
    if osaid_items:
        lines += [
            "",
            "OSAID 1.0 asks for it too: " + "; ".join(text(r.summary) for r in osaid_items),
        ]
    lines += ["", "## What counts as released", ""]
    lines += entries_table(d.statuses, "Status")
    lines += ["", "## Acceptable licences", ""]
    if kind:
        lines.append(f"{text(kind.title)}: {text(kind.summary)}")
        policy = d.licenses.get("kinds", {}).get(comp.kind)
        if policy:
            lines += ["", text(policy.get("summary", ""))]
        lines += [
            "",
            "The full list, with the reason for every licence that is not open: "
            + link("licence policy", uri, urls.licenses_doc(d.version) + f"#kind-{comp.kind}")
            + ".",
        ]
    lines += ["", "## Evidence", "", text(comp.evidence), ""]
    schema = _component_schema(site, d.version, comp.id)
    if schema:
        lines += ["## Declaring it", "", 'In `openness.json`, under `"components"`:', ""]
        lines += ["| Field | Meaning |", "| --- | --- |"]
        required = set(schema.get("required", []))
        for name, prop in schema.get("properties", {}).items():
            need = " (required)" if name in required else ""
            lines.append(f"| {code(name)}{need} | {cell(prop.get('description', ''))} |")
        lines.append("")
    if comp.id == "training-data" or (comp.kind == "data" and "datasets" in str(schema)):
        lines += ["### Access classes of a data set", ""]
        lines += data_access_table(d)
        lines.append("")
    if d.version == site.latest.version and site.examples:
        lines += ["## In the example declarations", ""]
        lines += ["| Model | Status | Licence | Level of the model |", "| --- | --- | --- | --- |"]
        for example in site.examples:
            declared = example.components.get(comp.id)
            status = declared.get("status", "") if isinstance(declared, dict) else ""
            licence = declared.get("license", "") if isinstance(declared, dict) else ""
            lines.append(
                f"| {link(text(example.name), uri, urls.model_doc(example.slug))} "
                f"| {code(status) if status else 'left out (not released)'} "
                f"| {code(licence) if licence else ''} | {cell(_level_of(site, example.report))} |"
            )
        lines.append("")
    lines += [f"This page's address: <{component_url(d.version, comp.id)}>", ""]
    return "\n".join(lines)


# --- licences ----------------------------------------------------------------------------


def _restriction_links(ids, from_uri: str, version: str) -> str:
    return ", ".join(
        link(code(rid), from_uri, urls.licenses_doc(version) + f"#restriction-{rid}") for rid in ids
    )


def licenses_page(site: Site, d: Definition) -> str:
    """``/definition/<version>/licenses/``: the licence policy, every licence with a reason."""
    uri = urls.licenses_doc(d.version)
    data = d.licenses
    lines = [
        *WIDE,
        "# Licence policy",
        "",
        version_note(site, d, uri),
        "",
    ]
    if not data:
        lines += ["This version of the definition has no licence policy.", ""]
        return "\n".join(lines)
    lines += [text(data.get("summary", "")), "", text(data.get("rationale", "")), ""]
    lines += ["## What each kind accepts", ""]
    kinds = {k.id: k for k in d.kinds}
    accept_words = {
        "osi-approved": "OSI-approved licences",
        "open-content": "the open content list below",
    }
    for kind_id, policy in data.get("kinds", {}).items():
        title = kinds[kind_id].title if kind_id in kinds else kind_id
        accepted = " and ".join(accept_words.get(a, a) for a in policy.get("accept", []))
        lines += [
            f"### {text(title)} {{ #kind-{kind_id} }}",
            "",
            f"Accepts {accepted}. {text(policy.get('summary', ''))}",
            "",
        ]
    lines += ["## Restrictions that make a licence not open", ""]
    for item in data.get("restrictions", []):
        lines += [
            f"### {text(item['title'])} {{ #restriction-{item['id']} }}",
            "",
            f"{code(item['id'])}: {text(item['summary'])}",
            "",
        ]
    lines += [
        "## Open content licences",
        "",
        "Open for weights, data and documents (not for code, which needs OSI approval). "
        "`?` stands for one character and `*` for any text in the ids.",
        "",
        "| Licences | Ids | Why they are open |",
        "| --- | --- | --- |",
    ]
    for group in data.get("open_content", []):
        ids = ", ".join(code(i) for i in group["ids"])
        lines.append(f"| {cell(group['title'])} | {ids} | {cell(group['reason'])} |")
    lines += [
        "",
        "## Licences that restrict use",
        "",
        "Not open for any kind, whatever else they allow.",
        "",
        "| Ids | Restrictions | Why they are not open |",
        "| --- | --- | --- |",
    ]
    for group in data.get("restricted", []):
        ids = ", ".join(code(i) for i in group["ids"])
        lines.append(
            f"| {ids} | {_restriction_links(group['restrictions'], uri, d.version)} "
            f"| {cell(group['reason'])} |"
        )
    lines += [
        "",
        "## Model licences without an SPDX id",
        "",
        "Declare these with the `LicenseRef-` id given here.",
        "",
        "| Id | Licence | Open for | Restrictions | Reason |",
        "| --- | --- | --- | --- | --- |",
    ]
    for ref in data.get("license_refs", []):
        open_for = ", ".join(ref.get("open_for", [])) or "nothing"
        name = f"[{cell(ref['name'])}]({ref['url']})" if ref.get("url") else cell(ref["name"])
        restrictions = _restriction_links(ref.get("restrictions", []), uri, d.version) or "none"
        lines.append(
            f"| {code(ref['id'])} | {name} | {cell(open_for)} | {restrictions} "
            f"| {cell(ref['reason'])} |"
        )
    lines += ["", *spdx_tables(d, uri)]
    aliases = data.get("aliases")
    if aliases:
        lines += [
            "## Hugging Face licence ids",
            "",
            text(aliases.get("summary", "")),
            f"Source: {text(aliases.get('source', ''))}.",
            "",
            "| Hugging Face id | Stands for |",
            "| --- | --- |",
        ]
        for entry in aliases.get("entries", []):
            if "license" in entry:
                target = code(entry["license"])
            else:
                choices = ", ".join(code(c) for c in entry.get("choose_from", []))
                target = f"ambiguous: {cell(entry.get('reason', ''))} Choose from {choices}."
                if not entry.get("choose_from"):
                    target = f"refused: {cell(entry.get('reason', ''))}"
            lines.append(f"| {code(entry['alias'])} | {target} |")
        lines.append("")
    return "\n".join(lines) + "\n"


def spdx_tables(d: Definition, from_uri: str) -> list[str]:
    """Every SPDX licence, judged for every kind by the validator's own licence policy."""
    try:
        from openness.licensing import spdx
        from openness.licensing.policy import LicensePolicy
    except ImportError:
        return []
    policy = LicensePolicy.from_data(d.licenses)
    kinds = [k.id for k in d.kinds]
    open_rows, closed_rows = [], []
    for license_id in sorted(spdx.license_ids(), key=str.lower):
        lic = spdx.lookup(license_id)
        if lic is None or lic.deprecated:
            continue
        verdicts = {kind: policy.judge(license_id, kind) for kind in kinds}
        open_for = [kind for kind in kinds if verdicts[kind].is_open]
        if open_for:
            open_rows.append((lic, open_for, verdicts))
        else:
            closed_rows.append((lic, verdicts))
    lines = [
        f"## Every SPDX licence ({spdx.list_version()})",
        "",
        "Each id below is judged by the validator's licence check for each kind of "
        "component. Deprecated SPDX ids are judged as their replacement.",
        "",
        f"### Open for at least one kind ({len(open_rows)})",
        "",
        "| Id | Name | " + " | ".join(kinds) + " | When not open, why |",
        "| --- | --- | " + " | ".join("---" for _ in kinds) + " | --- |",
    ]
    for lic, _open_for, verdicts in open_rows:
        marks = " | ".join("open" if verdicts[k].is_open else "**no**" for k in kinds)
        reasons = "; ".join(f"{k}: {verdicts[k].reason}" for k in kinds if not verdicts[k].is_open)
        lines.append(f"| {code(lic.id)} | {cell(lic.name)} | {marks} | {cell(reasons)} |")
    lines += [
        "",
        f"### Not open for any kind ({len(closed_rows)})",
        "",
        '??? note "Show the list"',
        "",
        "    | Id | Name | Why |",
        "    | --- | --- | --- |",
    ]
    for lic, verdicts in closed_rows:
        reasons = sorted({v.reason for v in verdicts.values()})
        lines.append(f"    | {code(lic.id)} | {cell(lic.name)} | {cell(' '.join(reasons))} |")
    lines.append("")
    return lines


# --- crosswalks --------------------------------------------------------------------------


@cache
def osi_validation() -> dict[str, Any]:
    path = Path(__file__).with_name("osi-validation.json")
    return json.loads(path.read_text(encoding="utf-8"))


def _requirement_keys(reqs) -> dict[tuple[tuple[str, ...], str], Requirement]:
    return {(r.components, r.test): r for r in _flatten(reqs)}


def crosswalks_page(site: Site) -> str:
    """``/crosswalks/``: our levels next to OSAID 1.0 and MOF 1.0, with OSI's verdicts."""
    d = site.latest
    uri = urls.CROSSWALKS_DOC
    osaid, mof = d.osaid, d.mof
    ours = {}
    for level in d.levels:
        for req in _flatten(level.requires):
            ours[(req.components, req.test)] = (level, req)
    lines = [
        *WIDE,
        "# Crosswalks: OSAID 1.0 and MOF 1.0",
        "",
        version_note(site, d, uri),
        "",
        "The validator computes three verdicts from the same `openness.json`: this "
        "definition's level, whether the model meets OSI's Open Source AI Definition, and "
        "its class in the Model Openness Framework. They disagree on purpose: each asks for "
        "different things.",
        "",
        "## The example models under all three",
        "",
        "OSI's column is OSI's own published validation result, not computed here; "
        f"source: <{osi_validation()['source']}>.",
        "",
        "| Model | Our level | OSAID 1.0 (computed) | MOF 1.0 (computed) | OSI's validation |",
        "| --- | --- | --- | --- | --- |",
    ]
    verdicts = osi_validation()["examples"]
    for example in site.examples:
        report = example.report
        osaid_cell = "" if report.osaid is None else ("pass" if report.osaid.passed else "fail")
        mof_cell = "" if report.mof is None else cell(report.mof.label)
        osi = verdicts.get(example.slug, {})
        osi_cell = f"{cell(osi['verdict'])} ({cell(osi['system'])})" if osi else "not reviewed"
        level_cell = cell(_level_of(site, report))
        lines.append(
            f"| {link(text(example.name), uri, urls.model_doc(example.slug))} | {level_cell} "
            f"| {osaid_cell} | {mof_cell} | {osi_cell} |"
        )
    osi = osi_validation()
    lines += ["", f"All systems in OSI's validation: {text(osi['summary'])}", ""]
    for verdict, systems in osi["systems"].items():
        lines.append(f"- {text(verdict.capitalize())}: {text(', '.join(systems))}.")
    lines += [
        "",
        f"## OSAID {text(osaid['version'])}",
        "",
        f"[{text(osaid['title'])}]({osaid['url']}). {text(osaid['summary'])}",
        "",
        "| OSAID asks for | Component | Our level that asks for the same |",
        "| --- | --- | --- |",
    ]
    osaid_keys = _requirement_keys(d.osaid_requires)
    for key, req in osaid_keys.items():
        match = ours.get(key)
        level_cell = (
            link(text(match[0].title), uri, urls.level_doc(d.version, match[0].id))
            if match
            else "none"
        )
        comps = _component_links(d, req.components, uri, " or ")
        lines.append(f"| {cell(req.summary)} | {comps} | {level_cell} |")
    stricter = [(lvl, req) for key, (lvl, req) in ours.items() if key not in osaid_keys]
    lines += [
        "",
        "### Where this definition is stricter than OSAID",
        "",
        "Our levels ask for these, OSAID does not:",
        "",
    ]
    for level, req in stricter:
        if level.rank == 1:  # restricted: weaker than anything OSAID asks
            continue
        lines.append(
            f"- {link(text(level.title), uri, urls.level_doc(d.version, level.id))}: "
            f"{text(req.summary)} ({code(req.id)})"
        )
    top = d.levels[-1]
    lines += [
        "",
        f"The decisive difference is at the top level, {text(top.title)}: " + text(top.rationale),
        "",
        f"## MOF {text(mof['version'])}",
        "",
        f"[{text(mof['title'])}]({mof['url']}). {text(mof['summary'])}",
        "",
        "| MOF id | MOF component | Type | Class | Required | Our component | Our first level |",
        "| ---: | --- | --- | --- | --- | --- | --- |",
    ]
    by_mof = {c.mof: c for c in d.components}
    classes = _mof_classes(d)
    for item in mof["components"]:
        comp = by_mof.get(item["name"])
        ours_cell = (
            link(text(comp.title), uri, urls.component_doc(d.version, comp.id)) if comp else "none"
        )
        first = _first_level_needing(d, comp.id) if comp else None
        first_cell = (
            link(text(first.title), uri, urls.level_doc(d.version, first.id)) if first else "none"
        )
        lines.append(
            f"| {item['mof_id']} | {cell(item['name'])} | {cell(item['content_type'])} "
            f"| {_roman(item['class'])} ({cell(classes.get(item['class'], ''))}) "
            f"| {'yes' if item['required'] else 'no'} | {ours_cell} | {first_cell} |"
        )
    lines += [
        "",
        "MOF classes are cumulative: Class II needs everything Class III needs, Class I "
        "everything Class II needs.",
        "",
    ]
    return "\n".join(lines)


# --- validator rules ---------------------------------------------------------------------


def rules_page(site: Site) -> str:
    """``/validate/rules/``: every rule id with its severity and help; one anchor each."""
    uri = urls.RULES_DOC
    lines = [
        "# Validator rules",
        "",
        version_note(site, site.latest, uri),
        "",
        "Every finding `openness validate` reports names one of these rules. Each rule has "
        "a stable id and its own anchor on this page, which reports link to.",
        "",
        "| Rule | Severity | What it means |",
        "| --- | --- | --- |",
    ]
    for rule in RULES.values():
        lines.append(f"| [`{rule.id}`](#{rule.id}) | {rule.severity} | {cell(rule.title)} |")
    lines += ["", f"Severities, most serious first: {', '.join(SEVERITIES)}.", ""]
    for rule in RULES.values():
        lines += [
            f"## `{rule.id}` {{ #{rule.id} }}",
            "",
            f"**{text(rule.title)}** · severity: {rule.severity}",
            "",
            text(rule.help).replace("\\`", "`"),
            "",
        ]
    return "\n".join(lines)


# --- models ------------------------------------------------------------------------------


def models_page(site: Site) -> str:
    """``/models/``: every example declaration with its computed level and badge."""
    uri = urls.MODELS_DOC
    d = site.latest
    lines = [
        *WIDE,
        "# Models",
        "",
        version_note(site, d, uri),
        "",
        f"{len(site.examples)} example declarations of real models, each written from its "
        "makers' published facts. The level and the badge are computed by the validator from "
        "each declaration when the site is built.",
        "",
        '<div class="oa-filter" markdown>',
        "",
        '<label>Filter <input type="search" id="oa-model-filter" '
        'placeholder="name, organization, level…"></label>',
        '<label>Level <select id="oa-level-filter"><option value="">any</option>'
        + "".join(
            f'<option value="{level.id}">{text(level.title)}</option>'
            for level in reversed(d.levels)
        )
        + "</select></label>",
        '<span id="oa-model-count" aria-live="polite"></span>',
        "",
        "</div>",
        "",
        '<div class="oa-models" markdown>',
        "",
        "| Model | Organization | Level | Presented as open source | OSAID 1.0 | MOF 1.0 |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for example in site.examples:
        report = example.report
        ed = site.definition(report.definition_version)
        level = ed.level(report.level) if report.level else None
        badge = level_badge_img(ed, level) if level else "invalid"
        claims = "yes" if example.claims_open_source else "no"
        osaid = "" if report.osaid is None else ("pass" if report.osaid.passed else "fail")
        mof = "" if report.mof is None else cell(report.mof.label)
        rank = level.rank if level else -1
        lines.append(
            f"| {link(text(example.name), uri, urls.model_doc(example.slug))} "
            f"| {cell(example.organization)} "
            f'| <span data-level="{report.level or ""}" data-rank="{rank}">{badge}'
            f'<span class="oa-sr-only"> {cell(_level_of(site, report))}</span></span> '
            f"| {claims} | {osaid} | {mof} |"
        )
    lines += ["", "</div>", "", "Click a column heading to sort by it.", ""]
    return "\n".join(lines)


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
    data = example.components.get("training-data")
    if not isinstance(data, dict) or not data.get("datasets"):
        return []
    lines = [
        "### Training data sets",
        "",
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
    return [*lines, ""]


def model_page(site: Site, example: Example) -> str:
    """``/models/<name>/``: the full report on one example declaration."""
    uri = urls.model_doc(example.slug)
    report = example.report
    d = site.definition(report.definition_version)
    level = d.level(report.level) if report.level else None
    lines = [f"# {text(example.name)}", "", version_note(site, d, uri), ""]
    if level:
        lines += [
            f"[{level_badge_img(d, level)}]({rel(uri, urls.level_doc(d.version, level.id))})",
            "",
        ]
    facts = ["| | |", "| --- | --- |"]
    for key in ("name", "version", "organization", "release_date"):
        if example.model.get(key):
            facts.append(f"| {key.replace('_', ' ').capitalize()} | {cell(example.model[key])} |")
    if example.model.get("url"):
        facts.append(f"| Home | <{example.model['url']}> |")
    level_link = (
        link(text(level.title), uri, urls.level_doc(d.version, level.id))
        if level
        else "not computed"
    )
    facts.append(f"| Computed level | {level_link} |")
    facts.append(f"| Valid declaration | {'yes' if report.valid else 'no'} |")
    facts.append(f"| Presented as open source | {'yes' if example.claims_open_source else 'no'} |")
    if report.osaid is not None:
        facts.append(f"| OSAID 1.0 | {'pass' if report.osaid.passed else 'fail'} |")
    if report.mof is not None:
        progress = ", ".join(
            f"Class {_roman(k)} {v:.0f}%"
            for k, v in sorted(report.mof.progress.items(), reverse=True)
        )
        facts.append(
            f"| MOF 1.0 | {cell(report.mof.label)}" + (f" ({progress})" if progress else "") + " |"
        )
    facts.append(f"| Declaration | {code(example.display_path)} |")
    lines += [*facts, ""]
    if example.claims_open_source and level and level.id != d.levels[-1].id:
        lines += [
            '!!! warning "Open source washing"',
            "",
            f"    This model is presented as open source, but its computed level is "
            f"{text(level.title)}. See " + link("open source washing", uri, urls.WASHING_DOC) + ".",
            "",
        ]
    lines += ["## What is released", "", *_component_rows(site, example, uri), ""]
    lines += _datasets(example)
    next_level = report.next_level
    if next_level is not None:
        lines += [
            f"## What blocks {text(_title(d, next_level.level))}",
            "",
            *_gap_items(next_level.missing),
            "",
        ]
    further = [c for c in report.levels if not c.met and c is not next_level]
    for check in further:
        lines += [f"### Also missing for {text(_title(d, check.level))}", ""]
        lines += [*_gap_items(check.missing), ""]
    if report.osaid is not None and report.osaid.failures:
        lines += ["## Why it fails OSAID 1.0", "", *_gap_items(report.osaid.failures), ""]
    if report.mof is not None and report.mof.warnings:
        lines += ["## MOF notes", ""] + [f"- {text(w)}" for w in report.mof.warnings] + [""]
    lines += ["## Findings", ""]
    if report.findings:
        lines += ["| Severity | Rule | Where | Message | Fix |", "| --- | --- | --- | --- | --- |"]
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
    else:
        lines.append("None.")
    lines.append("")
    rationale = example.data.get("x-rationale")
    if isinstance(rationale, str) and rationale:
        lines += [
            "## The example's own notes",
            "",
            "Written by the example's authors in `x-rationale` (the validator ignores it):",
            "",
            f"> {text(rationale)}",
            "",
        ]
    declaration = example.source.read_text(encoding="utf-8")
    lines += [
        '??? note "The declaration"',
        "",
        *(
            "    " + line if line else ""
            for line in json_block(declaration, example.display_path).splitlines()
        ),
        "",
        '??? note "The report as JSON (`openness validate --format json`)"',
        "",
        *(
            "    " + line if line else ""
            for line in json_block(json.dumps(report.to_dict(), indent=2)).splitlines()
        ),
        "",
    ]
    return "\n".join(lines)


# --- badges ------------------------------------------------------------------------------


def badges_page(site: Site) -> str:
    """``/badges/``: every level x style, and snippets to paste."""
    from openness.badge import STYLES, alt_text, snippet

    uri = urls.BADGES_DOC
    d = site.latest
    lines = [
        "# Badges",
        "",
        version_note(site, d, uri),
        "",
        "A badge shows a model's computed level and the definition version. Make one for "
        "your own declaration with `openness badge`, or embed the published badge of your "
        "level straight from this site.",
        "",
        "## Gallery",
        "",
    ]
    published_any = any(b.version == d.version for b in site.badges)
    if not published_any:
        lines += [
            "The published badge files are not part of this build; the previews below are "
            "drawn by the same badge renderer from the definition data.",
            "",
        ]
    lines += [
        "| Level | " + " | ".join(STYLES) + " |",
        "| --- | " + " | ".join("---" for _ in STYLES) + " |",
    ]
    for level in reversed(d.levels):
        cells = []
        for style in STYLES:
            published = site.badge(d.version, level.id, style, "svg")
            if published is not None:
                alt = alt_text(d.badge_label_text(), level.badge_message)
                cells.append(f"![{text(alt)}]({rel(uri, published.served.dest)})")
            else:
                cells.append(level_badge_img(d, level, style))
        name = link(text(level.title), uri, urls.level_doc(d.version, level.id))
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += ["", "## Copy a badge", ""]
    for level in reversed(d.levels):
        alt = alt_text(d.badge_label_text(), level.badge_message)
        svg = badge_url(d.version, level.id)
        png = badge_png_url(d.version, level.id)
        page = level_url(d.version, level.id)
        endpoint = badge_endpoint_url(d.version, level.id)
        lines += [
            f'=== "{text(level.title)}"',
            "",
            "    GitHub README (Markdown):",
            "",
            "    ```markdown",
            "    " + snippet("markdown", image_url=svg, alt=alt, link=page).rstrip(),
            "    ```",
            "",
            "    Hugging Face model card (`README.md`; a PNG, because model pages do not "
            "always show SVG images):",
            "",
            "    ```markdown",
            "    " + snippet("markdown", image_url=png, alt=alt, link=page).rstrip(),
            "    ```",
            "",
            "    HTML, with a variant for dark mode (the `<source>` line; point it at "
            "another style if you prefer):",
            "",
            "    ```html",
            "    "
            + snippet(
                "html",
                image_url=svg,
                alt=alt,
                link=page,
                dark_image_url=badge_url(d.version, level.id, "flat-square"),
            ).rstrip(),
            "    ```",
            "",
            "    shields.io, through the endpoint JSON:",
            "",
            "    ```markdown",
            "    "
            + snippet(
                "markdown",
                image_url=f"https://img.shields.io/endpoint?url={endpoint}",
                alt=alt,
                link=page,
            ).rstrip(),
            "    ```",
            "",
        ]
    lines += [
        "## Addresses",
        "",
        f"Published badges live at `{BASE_URL}/badges/<version>/<level>.svg` (flat style) "
        f"and `{BASE_URL}/badges/<version>/<level>-<style>.svg` for the styles "
        + ", ".join(code(s) for s in STYLES[1:])
        + ". The level ids are "
        + ", ".join(code(level.id) for level in d.levels)
        + ". A badge of a released version never changes.",
        "",
    ]
    if site.badges:
        lines += [
            '??? note "Every published badge file"',
            "",
            *[f"    - {link(code(b.served.dest), uri, b.served.dest)}" for b in site.badges],
            "",
        ]
    return "\n".join(lines)


# --- all of them -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GeneratedPage:
    uri: str  # source path, e.g. "definition/1.0/levels/open-weights.md"
    title: str
    render: Callable[[], str]


def generated_pages(site: Site) -> list[GeneratedPage]:
    """Every generated page of the site, with its source path."""
    pages = [
        GeneratedPage(urls.VERSIONS_DOC, "All versions", lambda: versions_page(site)),
        GeneratedPage(urls.CROSSWALKS_DOC, "Crosswalks", lambda: crosswalks_page(site)),
        GeneratedPage(urls.RULES_DOC, "Rules", lambda: rules_page(site)),
        GeneratedPage(urls.MODELS_DOC, "Models", lambda: models_page(site)),
        GeneratedPage(urls.BADGES_DOC, "Badges", lambda: badges_page(site)),
    ]
    for d in site.definitions.values():
        pages.append(
            GeneratedPage(urls.overview_doc(d.version), d.title, lambda d=d: overview_page(site, d))
        )
        for level in d.levels:
            pages.append(
                GeneratedPage(
                    urls.level_doc(d.version, level.id),
                    level.title,
                    lambda d=d, level=level: level_page(site, d, level),
                )
            )
        for comp in d.components:
            pages.append(
                GeneratedPage(
                    urls.component_doc(d.version, comp.id),
                    comp.title,
                    lambda d=d, cid=comp.id: component_page(site, d, cid),
                )
            )
        pages.append(
            GeneratedPage(
                urls.licenses_doc(d.version), "Licences", lambda d=d: licenses_page(site, d)
            )
        )
    for example in site.examples:
        pages.append(
            GeneratedPage(
                urls.model_doc(example.slug), example.name, lambda e=example: model_page(site, e)
            )
        )
    return pages
