"""Our SVGs are byte-identical to badge-maker 6's on the fixed Latin corpus.

The fixtures come from ``tools/gen_badge_fixtures.py`` (real badge-maker, run once);
this test needs no Node.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from openness.badge import render_svg

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "badge-maker"
STYLES = ("flat", "flat-square", "for-the-badge")


def load(style: str) -> list[dict]:
    return json.loads((FIXTURES / f"{style}.json").read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("style", STYLES)
def test_corpus_is_large_enough(style: str) -> None:
    assert len(load(style)) >= 200


@pytest.mark.parametrize("style", STYLES)
def test_byte_identical_to_badge_maker(style: str) -> None:
    mismatches = []
    for case in load(style):
        ours = render_svg(
            case["label"],
            case["message"],
            color=case["color"],
            label_color=case.get("labelColor"),
            style=style,
            id_suffix="",
            mark=False,
        )
        if ours != case["svg"]:
            mismatches.append((case["label"], case["message"], case["color"]))
    assert not mismatches, f"{len(mismatches)} differ, first: {mismatches[:3]}"


def test_marker_is_the_only_default_difference() -> None:
    case = load("flat")[0]
    args = (case["label"], case["message"])
    kwargs = {"color": case["color"], "label_color": case.get("labelColor"), "id_suffix": ""}
    marked = render_svg(*args, **kwargs)
    assert marked.replace("<!--openness-badge-->", "", 1) == case["svg"]
