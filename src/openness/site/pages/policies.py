"""The parts of a version that say how strictly it reads a declaration (from 2.0 on):
``training-data/`` (access classes, exception bases, data information), ``gates/``
(download gates) and ``decisions/`` (the policy choices, each with its rationale).

A version that lacks a part gets no page for it: see :func:`has_training_data_rules`,
``d.gates`` and ``d.decisions``.
"""

from __future__ import annotations

import json

from openness import urls
from openness.definition import Definition
from openness.site.language import tr
from openness.site.markdown import cell, code, json_block
from openness.site.pages.common import (
    as_markdown,
    data_access_table,
    level_link,
    render,
    requirement_line,
    version_note,
)
from openness.site.sources import Site


def has_training_data_rules(d: Definition) -> bool:
    return bool(d.exception_bases or d.data_information)


def training_data_page(site: Site, d: Definition) -> str:
    """What a list of training data must say, and why a data set may be withheld."""
    uri = urls.training_data_doc(d.version)
    data_reqs = [
        (level, req)
        for level in d.levels
        for req in level.requires
        if "training-data" in req.components
    ]
    info = d.data_information
    return render(
        "training-data.md.j2",
        uri,
        d=d,
        version_note=as_markdown(version_note(site, d, uri)),
        access_table=as_markdown(data_access_table(d)),
        bases_table=as_markdown(_bases_table(d)),
        info=info,
        tolerance=f"{info.share_tolerance:g}" if info else "",
        descriptions=as_markdown(
            ", ".join(
                code(t) if t else tr("an empty text")
                for t in sorted(info.uninformative_descriptions)
            )
            if info
            else ""
        ),
        requirements=as_markdown(
            tr(
                "{requirement} at {level}",
                requirement=as_markdown(requirement_line(d, req, uri)),
                level=as_markdown(level_link(d, level, uri)),
            )
            for level, req in data_reqs
        ),
        open_source_ai=_open_source_level(d),
        dataset_example=as_markdown(_dataset_example(d)),
    )


def _dataset_example(d: Definition) -> str:
    """A withheld data set with its exception, in this version's ids."""
    if not d.exception_bases:
        return ""
    entry = {
        "name": str(tr("Support call transcripts")),
        "access": d.data_access_classes[-1].id,
        "description": str(tr("Customer support calls, 2019-2022, transcribed and anonymised.")),
        "share": 0.05,
        "exception": {
            "basis": d.exception_bases[0].id,
            "explanation": str(tr("Personal data: the callers never agreed to publication.")),
        },
    }
    return json_block(json.dumps(entry, indent=2))


def _open_source_level(d: Definition):
    return d.level(d.open_source_from)


def _bases_table(d: Definition) -> list[str]:
    lines = [
        tr(
            "| Basis | Id | Allows {level} | Meaning |",
            level=as_markdown(cell(_open_source_level(d).title)),
        ),
        "| --- | --- | --- | --- |",
    ]
    for basis in d.exception_bases:
        allows = tr("yes") if basis.counts_for_open_source_ai else "**" + tr("no") + "**"
        lines.append(
            f"| {cell(basis.title)} | {code(basis.id)} | {allows} | {cell(basis.summary)} |"
        )
    return lines


def gates_page(site: Site, d: Definition) -> str:
    """How a component declares a download gate, and what each gate does to the level."""
    uri = urls.gates_doc(d.version)
    lines = [tr("| Gate | Id | What it does |"), "| --- | --- | --- |"]
    lines += [f"| {cell(g.title)} | {code(g.id)} | {cell(g.summary)} |" for g in d.gates]
    return render(
        "gates.md.j2",
        uri,
        d=d,
        version_note=as_markdown(version_note(site, d, uri)),
        gates_table=as_markdown(lines),
        example_gate=d.gates[-1].id if d.gates else "",
    )


def decisions_page(site: Site, d: Definition) -> str:
    """Each decision the definition records: what it decides and why."""
    uri = urls.decisions_doc(d.version)
    return render(
        "decisions.md.j2",
        uri,
        d=d,
        version_note=as_markdown(version_note(site, d, uri)),
    )
