"""``/definition/changelog/``: what changed between consecutive versions, from their data."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from openness import urls
from openness.site.changelog import Change, by_section, changes
from openness.site.language import tr
from openness.site.markdown import Markdown, cell, code
from openness.site.pages.common import as_markdown, render, version_note
from openness.site.sources import Site


@dataclass(frozen=True, slots=True)
class _Step:
    """The changes from one version to the next, grouped for the page."""

    old: str
    new: str
    count: int
    sections: dict[str, Markdown]


def changelog_page(site: Site) -> str:
    """Every step between released versions, newest first, section by section."""
    uri = urls.CHANGELOG_DOC
    versions = site.versions
    steps = []
    for older, newer in reversed(list(pairwise(versions))):
        found = changes(site.definitions[older], site.definitions[newer])
        steps.append(
            _Step(
                older,
                newer,
                len(found),
                {tr(name): as_markdown(_table(items)) for name, items in by_section(found).items()},
            )
        )
    return render(
        "changelog.md.j2",
        uri,
        version_note=as_markdown(version_note(site, site.latest, uri)),
        steps=steps,
        first=site.definitions[versions[0]],
    )


def _table(items: list[Change]) -> list[str]:
    lines = [tr("| Change | Id | What |"), "| --- | --- | --- |"]
    for change in items:
        lines.append(f"| {tr(change.kind)} | {code(change.subject)} | {cell(change.detail)} |")
    return lines
