"""One picture of the ladder: the levels (bottom to top, numbered "n of N") by the three
pillars, drawn from the definition data. The home page, the definition's overview and
every level page show this same block, so the ladder never reads two ways.

Each cell says what a level asks of a pillar, all levels below included: the strongest
test any of its requirements on that pillar's components applies. The words for each
test are the site's; which tests a level applies is the definition's.
"""

from __future__ import annotations

from openness import urls
from openness.definition import Definition, Level
from openness.site.badges import level_badge_img, level_fill
from openness.site.language import marked, tr
from openness.site.markdown import Markdown, attr, href, text
from openness.site.pages.common import examples_at, standing
from openness.site.sources import Site

# test id -> (strength, css state, what it asks of the pillar). The highest strength
# among a pillar's cumulative requirements names the cell.
TESTS: dict[str, tuple[int, str, str]] = {
    "available": (1, "some", marked("available, under any terms")),
    "open": (2, "open", marked("open")),
    "open-license": (2, "open", marked("open")),
    "open-applies": (2, "open", marked("open")),
    "datasets-listed": (3, "most", marked("every set listed and documented")),
    "data-information": (3, "most", marked("every set documented")),
    "data-complete": (
        3,
        "most",
        marked("every set listed; withheld only where sharing is impossible"),
    ),
    "data-justified": (
        3,
        "most",
        marked("every set listed; withheld only where sharing is impossible"),
    ),
    "datasets-open": (4, "all", marked("every data set open")),
    "data-open": (4, "all", marked("every data set open")),
}
NOT_REQUIRED = (0, "none", marked("not required"))


def rank_label(d: Definition, level: Level) -> str:
    """The one numbering of levels, everywhere: "1 of 5" is the bottom."""
    return tr("{rank} of {count}", rank=level.rank + 1, count=len(d.levels))


def pillar_cells(d: Definition) -> dict[str, dict[str, tuple[int, str, str]]]:
    """level id -> pillar id -> (strength, state, words), all lower levels included."""
    pillar_of = {c.id: c.pillar for c in d.components}
    current = {p.id: NOT_REQUIRED for p in d.pillars}
    cells: dict[str, dict[str, tuple[int, str, str]]] = {}
    for level in d.levels:
        for req in level.requires:
            for pillar in {pillar_of[c] for c in req.components if c in pillar_of}:
                found = TESTS.get(req.test, (2, "open", marked("required")))
                if found[0] > current[pillar][0]:
                    current[pillar] = found
        cells[level.id] = dict(current)
    return cells


def ladder_block(
    site: Site,
    d: Definition,
    from_uri: str,
    placed: tuple[str, ...] = (),
    *,
    current: str | None = None,
    notes: bool = True,
) -> str:
    """The ladder, highest level first: number, badge and title, then one cell a pillar.

    ``current``: the level whose page this is (marked). ``notes``: under each level,
    its one-line meaning, how many example models stand there, and the models of
    ``placed`` (example slugs) on the level they stand at.
    """
    latest = d.version == site.latest.version
    on_rung: dict[str, list[str]] = {}
    for slug in placed if latest else ():
        try:
            example = site.example(slug)
        except KeyError:
            continue
        stands = standing(site, example)
        if stands:
            label = text(example.name) + (
                f" ({text(example.organization)})" if example.organization else ""
            )
            target = href(from_uri, urls.model_doc(example.slug))
            on_rung.setdefault(stands, []).append(f'<a href="{target}">{label}</a>')
    cells = pillar_cells(d)
    below: dict[str, tuple[int, str, str]] | None = None
    rows: list[str] = []
    for level in d.levels:
        rows.append(_row(site, d, level, from_uri, cells[level.id], below, on_rung, current, notes))
        below = cells[level.id]
    head = "".join(
        f'<span class="oa-ladder-pillar" role="columnheader">{text(p.title)}</span>'
        for p in d.pillars
    )
    return (
        '<div class="oa-ladder" role="table" aria-label="'
        + tr(
            "The {count} levels of definition {version} by pillar, highest first",
            count=len(d.levels),
            version=Markdown(attr(d.version)),
        )
        + '">'
        f'<div class="oa-ladder-head" role="row"><span role="columnheader">{tr("Level")}</span>'
        f"{head}</div>" + "".join(reversed(rows)) + "</div>\n"
    )


def _row(
    site: Site,
    d: Definition,
    level: Level,
    from_uri: str,
    cells: dict[str, tuple[int, str, str]],
    below: dict[str, tuple[int, str, str]] | None,
    on_rung: dict[str, list[str]],
    current: str | None,
    notes: bool,
) -> str:
    page = href(from_uri, urls.level_doc(d.version, level.id))
    is_current = level.id == current
    mark = ' aria-current="page"' if is_current else ""
    parts = [
        f'<div class="oa-rung{" oa-rung--current" if is_current else ""}" role="row" '
        f'data-level="{attr(level.id)}" style="--oa-level: {attr(level_fill(level))}"{mark}>',
        '<div class="oa-rung-level" role="rowheader">',
        f'<span class="oa-rank">{rank_label(d, level)}</span> ',
        f'<a class="oa-rung-badge" href="{page}">{level_badge_img(d, level)}</a> ',
        f'<a class="oa-rung-title" href="{page}">{text(level.title)}</a>',
        "</div>",
    ]
    for pillar in d.pillars:
        _, state, words = cells[pillar.id]
        new = below is not None and below[pillar.id] != cells[pillar.id]
        classes = f"oa-cell oa-cell--{state}" + (" oa-cell--new" if new else "")
        added = f'<span class="oa-sr-only"> {tr("(new at this level)")}</span>' if new else ""
        parts.append(
            f'<div class="{classes}" role="cell">'
            f'<span class="oa-cell-pillar">{text(pillar.title)}: </span>{tr(words)}{added}</div>'
        )
    if notes:
        note = text(level.summary)
        count = len(examples_at(site, level.id)) if d.version == site.latest.version else 0
        if count:
            models = href(from_uri, urls.MODELS_DOC)
            many = (
                tr("{count} example models", count=count)
                if count != 1
                else tr("{count} example model", count=count)
            )
            note += f' <a href="{models}">{many}</a>'
        if level.id in on_rung:
            placed = tr("For example: {models}", models=Markdown(" · ".join(on_rung[level.id])))
            note += f'<span class="oa-placed">{placed}</span>'
        parts.append(f'<div class="oa-rung-note" role="cell">{note}</div>')
    parts.append("</div>")
    return "".join(parts)
