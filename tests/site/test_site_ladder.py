"""One picture of the ladder (P12 of the UX review): the same levels x pillars grid on the
home page, the definition's overview and every level page, one numbering ("n of N",
bottom to top) everywhere, drawn from the definition data."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from openness.definition import load_definition
from openness.site.pages.ladder import TESTS, pillar_cells, rank_label

RUNG = re.compile(r'<div class="oa-rung[^"]*" role="row" data-level="([^"]+)"')
RANK = re.compile(r'<span class="oa-rank">([^<]+)</span>')
CELL = re.compile(
    r'<div class="oa-cell oa-cell--([a-z]+)[^"]*" role="cell">'
    r'<span class="oa-cell-pillar">([^<]+): </span>([^<]+)'
)


def _ladder(html: str) -> list[tuple[str, str, list[tuple[str, str, str]]]]:
    """(level, rank label, cells) of each row of the page's one ladder, top first."""
    assert html.count('<div class="oa-ladder"') == 1
    block = html.split('<div class="oa-ladder"', 1)[1]
    rows = []
    parts = RUNG.split(block)[1:]
    for level, body in zip(parts[::2], parts[1::2], strict=True):
        rank = RANK.search(body).group(1)
        rows.append((level, rank, CELL.findall(body)))
    return rows


@pytest.fixture(scope="module")
def pages(built_site: Path) -> dict[str, str]:
    d = load_definition()
    found = {
        "home": built_site / "index.html",
        "overview": built_site / "definition" / d.version / "index.html",
    }
    for level in d.levels:
        found[level.id] = built_site / "definition" / d.version / "levels" / level.id / "index.html"
    return {name: path.read_text(encoding="utf-8") for name, path in found.items()}


def test_the_same_ladder_on_home_overview_and_every_level_page(pages):
    d = load_definition()
    reference = _ladder(pages["home"])
    assert [level for level, _, _ in reference] == [lv.id for lv in reversed(d.levels)]
    for name, html in pages.items():
        assert _ladder(html) == reference, name


def test_one_numbering_bottom_to_top(pages):
    d = load_definition()
    rows = _ladder(pages["home"])
    assert [rank for _, rank, _ in rows] == [f"{n} of {len(d.levels)}" for n in range(5, 0, -1)]
    for level in d.levels:
        html = pages[level.id]
        assert f"Level {rank_label(d, level)}, counted from the bottom." in html
        current = re.findall(r'data-level="([^"]+)"[^>]*aria-current="page"', html)
        assert current == [level.id]
    assert "| 0 |" not in pages["overview"]  # the old 0-4 table is gone


def test_each_cell_comes_from_the_levels_requirements():
    """Cells are cumulative and only ever rise going up; the top level opens all three
    pillars, the bottom none; every test the definition uses has words."""
    d = load_definition()
    used = {r.test for lv in d.levels for r in lv.requires}
    assert used <= set(TESTS)
    cells = pillar_cells(d)
    strength = [[cells[lv.id][p.id][0] for p in d.pillars] for lv in d.levels]
    for lower, upper in itertools.pairwise(strength):
        assert all(u >= lo for lo, u in zip(lower, upper, strict=True))
    assert strength[0] == [0, 0, 0]
    assert all(s >= 2 for s in strength[-1])
    top = cells[d.levels[-1].id]
    assert top["data-sets"][1] == "all"  # only the top level opens every data set
    assert all(cells[lv.id]["data-sets"][1] != "all" for lv in d.levels[:-1])


def test_the_home_ladder_cells_say_what_the_data_says(pages):
    d = load_definition()
    cells = pillar_cells(d)
    titles = {p.id: p.title for p in d.pillars}
    for level, _, row in _ladder(pages["home"]):
        expected = [(cells[level][p.id][1], titles[p.id], cells[level][p.id][2]) for p in d.pillars]
        assert row == expected, level


def test_level_pages_say_what_keeps_a_model_from_the_level(pages):
    d = load_definition()
    for level in d.levels:
        html = pages[level.id]
        assert "What keeps a model from reaching it" in html
        assert "What typically blocks it" not in html
    assert "Nothing: every model is at least at this level." in pages[d.levels[0].id]
