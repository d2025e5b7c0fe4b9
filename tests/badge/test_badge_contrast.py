"""Every published badge of definition 2.0 (and later) reads at WCAG AA: text contrast at
least 4.5:1, light and dark variants, every style, the invalid badge included.

Measured from the SVG files themselves: the text's fill against what is painted behind
the middle of each text run (the half's rect, then any gradient overlay, sampled over
the height the glyphs occupy), with the WCAG 2 relative-luminance formula. 1.0 is
released and its badges never change, so it is not held to this rule.
"""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from openness.badge import DARK_LABEL_COLOR, resolve_color
from openness.definition import load_definition
from openness.resources import known_versions

ROOT = Path(__file__).resolve().parents[2]
SVG = "{http://www.w3.org/2000/svg}"
AA = 4.5
CHECKED = [v for v in known_versions() if tuple(map(int, v.split("."))) >= (2, 0)]


def luminance(rgb: tuple[float, float, float]) -> float:
    """WCAG 2 relative luminance of an sRGB colour (channels 0-255)."""

    def linear(channel: float) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)  # type: ignore[arg-type]
    return (high + 0.05) / (low + 0.05)


def test_the_formula_against_known_values():
    assert contrast((255, 255, 255), (0, 0, 0)) == pytest.approx(21)
    assert contrast((255, 255, 255), (0x77, 0x77, 0x77)) == pytest.approx(4.48, abs=0.01)
    # the review's measure of 1.0's open-weights badge: white on #d8b800
    assert contrast((255, 255, 255), (0xD8, 0xB8, 0x00)) == pytest.approx(1.95, abs=0.01)


def _rgb(value: str) -> tuple[int, int, int]:
    return resolve_color(value)[1]


def _blend(under: tuple[float, ...], over: tuple[int, ...], alpha: float) -> tuple[float, ...]:
    return tuple(u * (1 - alpha) + o * alpha for u, o in zip(under, over, strict=True))


class Drawing:
    """Just enough of a badge SVG to know what is painted where."""

    def __init__(self, source: str) -> None:
        self.root = ET.fromstring(source)
        self.height = float(self.root.get("height", "20"))
        self.parents = {child: parent for parent in self.root.iter() for child in parent}
        self.gradients = {g.get("id"): g for g in self.root.iter(f"{SVG}linearGradient")}

    def _inherited(self, node: ET.Element, name: str) -> str | None:
        while node is not None:
            if node.get(name) is not None:
                return node.get(name)
            node = self.parents.get(node)
        return None

    def _in_defs(self, node: ET.Element) -> bool:
        while node is not None:
            if node.tag in (f"{SVG}clipPath", f"{SVG}linearGradient", f"{SVG}filter"):
                return True
            node = self.parents.get(node)
        return False

    def texts(self) -> list[tuple[str, float, float, float, str]]:
        """(text, x centre, baseline y, font size, fill) of each text run a reader sees:
        of the copies of a run, the top one (shadows are drawn 1 px lower)."""
        found: dict[tuple[str, float], tuple[str, float, float, float, str]] = {}
        for node in self.root.iter(f"{SVG}text"):
            scale = 0.1 if "scale(.1)" in (self._inherited(node, "transform") or "") else 1
            size = float(re.match(r"[\d.]+", self._inherited(node, "font-size")).group())
            fill = self._inherited(node, "fill")
            run = (
                node.text or "",
                float(node.get("x")) * scale,
                float(node.get("y")) * scale,
                size * scale,
                fill,
            )
            seen = found.get(run[:2])
            if seen is None or run[2] < seen[2]:
                found[run[:2]] = run
        return list(found.values())

    def _gradient_at(self, ref: str, t: float) -> tuple[tuple[int, ...], float]:
        """Colour and opacity of a vertical gradient at offset ``t`` (0 top, 1 bottom)."""
        stops = []
        for stop in self.gradients[ref].iter(f"{SVG}stop"):
            stops.append(
                (
                    float(stop.get("offset")),
                    _rgb(stop.get("stop-color", "#000")),
                    float(stop.get("stop-opacity", "1")),
                )
            )
        if t <= stops[0][0]:
            return stops[0][1], stops[0][2]
        for (o1, c1, a1), (o2, c2, a2) in itertools.pairwise(stops):
            if o1 <= t <= o2:
                k = (t - o1) / (o2 - o1) if o2 > o1 else 0
                color = tuple(round(x + (y - x) * k) for x, y in zip(c1, c2, strict=True))
                return color, a1 + (a2 - a1) * k
        return stops[-1][1], stops[-1][2]

    def background(self, x: float, y: float) -> tuple[float, ...]:
        """What is painted at (x, y): every rect under it, in paint order."""
        color: tuple[float, ...] = (255, 255, 255)  # the page behind a transparent badge
        for rect in self.root.iter(f"{SVG}rect"):
            fill = rect.get("fill")
            if fill is None or self._in_defs(rect):
                continue
            rx, ry = float(rect.get("x", "0")), float(rect.get("y", "0"))
            w, h = float(rect.get("width")), float(rect.get("height", self.height))
            if not (rx <= x <= rx + w and ry <= y <= ry + h):
                continue
            ref = re.fullmatch(r"url\(#(.+)\)", fill)
            if ref:
                over, alpha = self._gradient_at(ref.group(1), (y - ry) / h)
                color = _blend(color, over, alpha)
            else:
                color = _rgb(fill)
        return color

    def worst_contrast(self) -> list[tuple[str, float]]:
        """Each text run with its lowest contrast over the band its glyphs cover."""
        worst = []
        for text, x, baseline, size, fill in self.texts():
            top, bottom = baseline - 0.75 * size, baseline + 0.2 * size
            samples = [top + (bottom - top) * i / 8 for i in range(9)]
            ink = _rgb(fill)
            worst.append((text, min(contrast(ink, self.background(x, y)) for y in samples)))
        return worst


def _published(version: str) -> list[Path]:
    return sorted((ROOT / "badges" / version).glob("*.svg"))


@pytest.mark.parametrize("version", CHECKED)
def test_every_published_badge_text_meets_wcag_aa(version):
    files = _published(version)
    d = load_definition(version)
    assert len(files) >= (len(d.levels) + 1) * 10  # every level and "invalid", 5 styles x 2
    failures = []
    for path in files:
        runs = Drawing(path.read_text()).worst_contrast()
        assert len(runs) == 2, path.name  # label and message
        failures += [f"{path.name} {t!r}: {c:.2f}" for t, c in runs if c < AA]
    assert not failures, failures


def test_the_measure_catches_the_old_yellow():
    """The same measure on 1.0's flat open-weights badge finds the 1.95:1 of the review."""
    runs = dict(Drawing((ROOT / "badges/1.0/open-weights.svg").read_text()).worst_contrast())
    assert runs["open weights"] < 2.1 and runs["Open Source AI 1.0"] > AA


@pytest.mark.parametrize("version", CHECKED)
def test_level_colours_and_both_label_colours_pass_on_their_own(version):
    """The data, before any style: each message colour with the text colour the renderer
    picks for it, and white on the light (#555) and dark label colours."""
    from openness.badge.colors import text_colors

    d = load_definition(version)
    colours = [lv.badge_color for lv in d.levels] + [d.invalid_badge_color]
    for colour in [*colours, "#555", DARK_LABEL_COLOR]:
        rgb = _rgb(colour)
        ink = _rgb(text_colors(rgb)[0])
        assert contrast(ink, rgb) >= AA, colour
