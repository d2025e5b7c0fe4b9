"""``/definition/<version>/levels/<level>/``: one page a level."""

from __future__ import annotations

from openness import urls
from openness.definition import Definition, Level
from openness.site.badges import level_badge_img
from openness.site.language import localize_url
from openness.site.pages.common import (
    as_markdown,
    examples_at,
    gap_items,
    older_reading,
    render,
    requirement_line,
    version_note,
)
from openness.site.pages.ladder import ladder_block, rank_label
from openness.site.sources import Site


def level_page(site: Site, d: Definition, level: Level) -> str:
    """What a level needs, why, what blocks it, and which examples it holds or stops."""
    uri = urls.level_doc(d.version, level.id)
    below = d.levels[level.rank - 1] if level.rank > 0 else None
    above = d.levels[level.rank + 1] if level.rank + 1 < len(d.levels) else None
    show_examples = d.version == site.latest.version and bool(site.examples)
    stuck = [
        e
        for e in site.examples
        if e.report.definition_version == d.version
        and e.report.next_level is not None
        and e.report.next_level.level == level.id
    ]
    here = examples_at(site, level.id) if show_examples else []
    return render(
        "level.md.j2",
        uri,
        d=d,
        level=level,
        below=below,
        above=above,
        version_note=as_markdown(version_note(site, d, uri)),
        badge=as_markdown(level_badge_img(d, level)),
        rank=rank_label(d, level),
        ladder=as_markdown(ladder_block(site, d, uri, current=level.id, notes=False)),
        requirements=as_markdown(requirement_line(d, req, uri) for req in level.requires),
        show_examples=show_examples,
        here=here,
        readings={e.slug: older_reading(site, e) for e in here},
        g7_label=d.g7_label(level.id),
        g7_note=d.g7.notes.get(level.id, ""),
        stuck=stuck,
        gaps={e.slug: as_markdown(gap_items(e.report.next_level.missing)) for e in stuck},
        address=localize_url(urls.level_url(d.version, level.id)),
    )
