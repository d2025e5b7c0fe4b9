"""``/crosswalks/``: the levels next to the G7 labels, OSAID 1.0 and MOF 1.0, with OSI's
own verdicts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from openness import urls
from openness.crosswalk.mof import roman
from openness.definition import Definition, Level, Requirement
from openness.site.definition_data import (
    mof_class_titles,
    mof_components,
    mof_framework,
    osaid_framework,
)
from openness.site.language import tr
from openness.site.markdown import cell, code, link, text
from openness.site.pages.common import (
    as_markdown,
    component_links,
    first_level_link,
    flatten,
    g7_verdict,
    level_link,
    mof_verdict,
    osaid_verdict,
    render,
    standing_cell,
    version_note,
)
from openness.site.pages.g7 import labels_table
from openness.site.sources import Site

# OSI's published validation of well-known models, kept next to this module.
OSI_VALIDATION = Path(__file__).resolve().parent.parent / "osi-validation.json"

RequirementKey = tuple[str, ...]  # the components a requirement asks for


def osi_validation() -> dict[str, Any]:
    """OSI's verdicts: ``source``, ``summary``, ``systems`` by verdict, ``examples`` by slug."""
    return json.loads(OSI_VALIDATION.read_text(encoding="utf-8"))


def osi_word(verdict: str) -> str:
    """One of OSI's verdicts in the page's language (the data keeps OSI's English)."""
    words = {
        "passed": tr("passed"),
        "would pass with a licence change": tr("would pass with a licence change"),
        "did not pass": tr("did not pass"),
    }
    return words.get(verdict, verdict)


def osi_summary(osi: dict[str, Any]) -> str:
    """What OSI's validation was, in the page's language."""
    return (
        tr(
            "OSI's validation phase of OSAID 1.0 (2024): systems that passed, that would probably "
            "pass with a licence change, and that did not pass. OSI says these are not "
            "certifications."
        )
        if osi["summary"].startswith("OSI's validation phase of OSAID 1.0 (2024)")
        else osi["summary"]
    )


def _requirement_keys(reqs: tuple[Requirement, ...]) -> dict[RequirementKey, Requirement]:
    """Requirements by the components they ask for, so two frameworks compare."""
    return {r.components: r for r in flatten(reqs)}


def crosswalks_page(site: Site) -> str:
    """Three verdicts on every example, then each framework's items mapped onto ours."""
    d = site.latest
    uri = urls.CROSSWALKS_DOC
    osi = osi_validation()
    # the lowest level asking for each set of components under open terms (more than
    # availability): the first one that asks what OSAID asks of them
    ours: dict[RequirementKey, tuple[Level, Requirement]] = {}
    for level in d.levels:
        for req in flatten(level.requires):
            if req.test != "available":
                ours.setdefault(req.components, (level, req))
    osaid_keys = _requirement_keys(d.osaid_requires)
    return render(
        "crosswalks.md.j2",
        uri,
        version_note=as_markdown(version_note(site, d, uri)),
        version=d.version,
        osi=osi,
        osi_summary=osi_summary(osi),
        osi_systems={osi_word(v): systems for v, systems in osi["systems"].items()},
        examples_table=as_markdown(_examples_table(site, osi, uri)),
        osaid=osaid_framework(d),
        osaid_table=as_markdown(_osaid_table(d, ours, osaid_keys, uri)),
        stricter=as_markdown(_stricter(d, ours, osaid_keys, uri)),
        top=d.level(d.open_source_from),
        g7=d.g7,
        g7_table=as_markdown(labels_table(d, uri)),
        mof=mof_framework(d),
        mof_table=as_markdown(_mof_table(d, uri)),
    )


def _examples_table(site: Site, osi: dict[str, Any], uri: str) -> list[str]:
    lines = [
        tr(
            "| Model | Our level | G7 label | OSAID 1.0 (computed) | MOF 1.0 (computed) "
            "| OSI's validation |"
        ),
        "| --- | --- | --- | --- | --- | --- |",
    ]
    verdicts = osi["examples"]
    for example in site.examples:
        report = example.report
        verdict = verdicts.get(example.slug, {})
        osi_cell = (
            f"{cell(osi_word(verdict['verdict']))} ({cell(verdict['system'])})"
            if verdict
            else tr("not reviewed")
        )
        level_cell = standing_cell(site, example)
        lines.append(
            f"| {link(text(example.name), uri, urls.model_doc(example.slug))} | {level_cell} "
            f"| {g7_verdict(report)} | {osaid_verdict(report)} | {mof_verdict(report)} "
            f"| {osi_cell} |"
        )
    return lines


def _osaid_table(
    d: Definition,
    ours: dict[RequirementKey, tuple[Level, Requirement]],
    osaid_keys: dict[RequirementKey, Requirement],
    uri: str,
) -> list[str]:
    lines = [
        tr("| OSAID asks for | Component | Our level that asks for the same |"),
        "| --- | --- | --- |",
    ]
    for key, req in osaid_keys.items():
        match = ours.get(key)
        level_cell = level_link(d, match[0], uri) if match else tr("none")
        comps = component_links(d, req.components, uri, tr(" or "))
        lines.append(f"| {cell(req.summary)} | {comps} | {level_cell} |")
    return lines


def _stricter(
    d: Definition,
    ours: dict[RequirementKey, tuple[Level, Requirement]],
    osaid_keys: dict[RequirementKey, Requirement],
    uri: str,
) -> list[str]:
    """What our levels ask and OSAID does not ask of the same components: requirements on
    other components, and further tests on the components OSAID names."""
    lines = []
    for level in d.levels:
        for req in flatten(level.requires):
            if req.test == "available":
                continue
            first = ours.get(req.components)
            if req.components in osaid_keys and first is not None and first[1] is req:
                continue
            lines.append(f"- {level_link(d, level, uri)}: {text(req.summary)} ({code(req.id)})")
    return lines


def _mof_table(d: Definition, uri: str) -> list[str]:
    lines = [
        tr(
            "| MOF id | MOF component | Type | Class | Required | Our component | Our first level |"
        ),
        "| ---: | --- | --- | --- | --- | --- | --- |",
    ]
    by_mof = {c.mof: c for c in d.components}
    classes = mof_class_titles(d)
    for item in mof_components(d):
        comp = by_mof.get(item.name)
        ours_cell = (
            link(text(comp.title), uri, urls.component_doc(d.version, comp.id))
            if comp
            else tr("none")
        )
        first_cell = first_level_link(d, comp.id, uri, tr("none")) if comp else tr("none")
        lines.append(
            f"| {item.mof_id} | {cell(item.name)} | {cell(item.content_type)} "
            f"| {roman(item.mof_class)} ({cell(classes.get(item.mof_class, ''))}) "
            f"| {tr('yes') if item.required else tr('no')} | {ours_cell} | {first_cell} |"
        )
    return lines
