"""``/definition/<version>/g7/``: the G7 labels, and which level of a version is which.

The latest version's page also shows how every older version reads its levels as the
labels, with the older version's notes, so a 1.0 badge can be understood in the G7's
words.
"""

from __future__ import annotations

from openness import urls
from openness.definition import Definition
from openness.site.language import tr
from openness.site.markdown import Markdown, cell, code, link
from openness.site.pages.common import as_markdown, level_link, render, version_note
from openness.site.sources import Site


def g7_page(site: Site, d: Definition) -> str:
    uri = urls.g7_doc(d.version)
    older = [v for v in site.versions if v != d.version] if d is site.latest else []
    return render(
        "g7.md.j2",
        uri,
        d=d,
        g7=d.g7,
        version_note=as_markdown(version_note(site, d, uri)),
        labels_table=as_markdown(labels_table(d, uri)),
        levels_table=as_markdown(reading_table(site, d, uri)),
        older={v: as_markdown(reading_table(site, site.definitions[v], uri)) for v in older},
    )


def labels_table(d: Definition, uri: str) -> list[str]:
    """The G7's labels, highest first, each with the levels that stand for it."""
    lines = [
        tr("| G7 label | What the G7 text asks | {version} level |", version=Markdown(d.version)),
        "| --- | --- | --- |",
    ]
    for label in reversed(d.g7.labels):
        levels = [lv for lv in d.levels if d.g7.by_level.get(lv.id) == label.id]
        ours = ", ".join(level_link(d, lv, uri) for lv in levels) or tr("none")
        lines.append(f"| **{cell(label.title)}** | {cell(label.summary)} | {ours} |")
    return lines


def reading_table(site: Site, d: Definition, uri: str) -> list[str]:
    """Each level of ``d`` with the label it is read as and why (when it is not one to one);
    for an older version, also the level of the latest version it stands for."""
    latest = site.latest
    lines = [tr("| Level | Id | G7 label | Note |"), "| --- | --- | --- | --- |"]
    if d is not latest:
        lines = [
            tr(
                "| {version} level | Id | G7 label | In {latest} | Note |",
                version=Markdown(d.version),
                latest=Markdown(latest.version),
            ),
            "| --- | --- | --- | --- | --- |",
        ]
    for level in reversed(d.levels):
        label = d.g7_label(level.id)
        row = f"| {level_link(d, level, uri)} | {code(level.id)} | "
        row += f"{cell(label.title)} | " if label else tr("no label") + " | "
        if d is not latest:
            standing = label.id if label and label.id in latest.level_ids else None
            target = latest.level(standing) if standing else latest.levels[0]
            row += link(cell(target.title), uri, urls.level_doc(latest.version, target.id))
            row += " | "
        row += f"{cell(d.g7.notes.get(level.id, ''))} |"
        lines.append(row)
    return lines
