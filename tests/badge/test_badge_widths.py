"""Text widths: Verdana numbers for Latin, font metrics elsewhere, defects fixed.

Expected values for non-Latin scripts were measured from the fonts by
``tools/gen_badge_widths.py`` (``tests/fixtures/badge-widths/samples.json``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from openness.badge import render_svg
from openness.badge.widths import is_joined, preferred_width, spacing_units, table, text_width

SAMPLES = json.loads(
    (
        Path(__file__).resolve().parent.parent / "fixtures" / "badge-widths" / "samples.json"
    ).read_text(encoding="utf-8")
)
V11 = table("verdana-11")


def test_reference_widths_from_badges_md() -> None:
    assert text_width(" ", V11) == pytest.approx(3.87)
    assert text_width("i", V11) == pytest.approx(3.02)
    assert text_width("m", V11) == pytest.approx(10.7)
    assert text_width("W", V11) == pytest.approx(10.88)
    assert text_width("0123456789", V11) == pytest.approx(69.9)
    assert text_width("\u4e00", V11) == 11
    assert text_width("Open Source AI", V11) == pytest.approx(87.04)
    assert preferred_width("Open Source AI", V11) == 87
    assert preferred_width("compliant", V11) == 53
    svg = render_svg("Open Source AI", "compliant", color="green")
    assert 'width="160"' in svg


EXACT = ("hebrew", "arabic", "devanagari", "cjk", "kana", "hangul")
CLOSE = ("latin", "greek", "cyrillic")  # Verdana numbers vs DejaVu measurement


@pytest.mark.parametrize("script", EXACT + CLOSE)
def test_script_widths_match_font(script: str) -> None:
    for sample in SAMPLES["scripts"][script]:
        ours = text_width(sample["text"], V11) - sample["spaces"] * text_width(" ", V11)
        if script in EXACT:
            assert ours == pytest.approx(sample["width"], abs=0.02), sample
        else:  # Verdana numbers (anafanafo) vs DejaVu Sans: close, not equal
            assert ours == pytest.approx(sample["width"], rel=0.15), sample
        assert ours != pytest.approx(10.7 * len(sample["text"])), "fell back to 'm'"


def test_block_end_code_points_are_measured() -> None:
    # anafanafo misses U+00FF and U+017F: they must not fall back to "m" (10.7).
    assert text_width("ÿ", V11) == text_width("y", V11)
    assert text_width("\u04ff", V11) < 10
    assert text_width("\u03ff", V11) < 10


def test_astral_code_points_are_not_truncated() -> None:
    # anafanafo measured U+20041 as U+0041 "A" (7.52); it is a CJK ideograph.
    assert text_width("\U00020041", V11) == 11
    assert text_width("\U0002000b", V11) == pytest.approx(11, abs=0.01)


@pytest.mark.parametrize("decomposed", list(SAMPLES["marks"]))
def test_marks_and_selectors_are_zero_width(decomposed: str) -> None:
    base = SAMPLES["marks"][decomposed]["same_as"]
    assert text_width(decomposed, V11) == text_width(base, V11)


def test_zwj_and_variation_selectors_are_zero_width() -> None:
    assert text_width("a\u200db", V11) == text_width("ab", V11)
    assert text_width("a\ufe0f", V11) == text_width("a", V11)


@pytest.mark.parametrize("emoji", list(SAMPLES["emoji"]))
def test_emoji_measured_per_grapheme_cluster(emoji: str) -> None:
    assert text_width(emoji, V11) == pytest.approx(SAMPLES["emoji"][emoji], abs=0.01)
    assert text_width("a" + emoji + "b", V11) == pytest.approx(
        text_width("ab", V11) + SAMPLES["emoji"][emoji], abs=0.02
    )
    assert spacing_units(emoji, V11) == 1


def test_warning_sign_with_selector_is_one_emoji_not_two() -> None:
    assert text_width("⚠️", V11) < 15  # anafanafo: 21.7


def test_text_presentation_selector_keeps_text_width() -> None:
    assert text_width("⚠\ufe0e", V11) == text_width("⚠", V11)


@pytest.mark.parametrize(
    ("text", "joined"),
    [("العربية", True), ("हिन्दी", True), ("עברית", False), ("Latin", False), ("中文", False)],
)
def test_joined_scripts_have_no_forced_text_length(text: str, joined: bool) -> None:
    assert is_joined(text) is joined
    svg = render_svg("Open Source AI", text, color="blue", style="flat-square")
    message_node = svg.split("</text>")[-2]
    assert ("textLength" in message_node) is not joined


def test_for_the_badge_counts_clusters_for_letter_spacing() -> None:
    assert spacing_units("AB", table("verdana-10")) == 2
    assert spacing_units("E\u0301", table("verdana-10")) == 1
    assert spacing_units("👩‍🔬", table("verdana-10")) == 1
