"""Badge colours: palette names, aliases, hex, rgb() and CSS names -> SVG fill.

Accepts what badge-maker 6 accepts (and renders the same fill string for it), but an
unknown colour is an error instead of a silent fallback, so a typo never ships.
"""

from __future__ import annotations

import re

from openness.badge.errors import BadgeError

__all__ = ["ALIASES", "PALETTES", "resolve_color", "text_colors"]

PALETTES: dict[str, dict[str, str]] = {
    "v6": {
        "brightgreen": "#4b0",
        "green": "#67ac09",
        "yellow": "#d8b800",
        "yellowgreen": "#95991a",
        "orange": "#ea7233",
        "red": "#dd4343",
        "blue": "#007ec6",
        "grey": "#555",
        "lightgrey": "#939393",
    },
    "v5": {
        "brightgreen": "#4c1",
        "green": "#97ca00",
        "yellow": "#dfb317",
        "yellowgreen": "#a4a61d",
        "orange": "#fe7d37",
        "red": "#e05d44",
        "blue": "#007ec6",
        "grey": "#555",
        "lightgrey": "#9f9f9f",
    },
}
ALIASES = {
    "gray": "grey",
    "lightgray": "lightgrey",
    "critical": "red",
    "important": "orange",
    "success": "brightgreen",
    "informational": "blue",
    "inactive": "lightgrey",
}

_BARE_HEX = re.compile(r"(?:[0-9a-f]{3}){1,2}")
_HEX = re.compile(r"#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})")
_ALPHA = r"(?:0|1|0?\.\d+|\d+%)"
_RGB = re.compile(
    r"rgba?\(\s*(\d+%?)\s*,\s*(\d+%?)\s*,\s*(\d+%?)(?:\s*,\s*" + _ALPHA + r")?\s*\)"
    r"|rgba?\(\s*(\d+%?)\s+(\d+%?)\s+(\d+%?)(?:\s*/\s*" + _ALPHA + r")?\s*\)"
)
_cache: dict[tuple[str, str], tuple[str, tuple[int, int, int]]] = {}
# the longest colour written sensibly (rgba( 100%, 100%, 100%, 0.5 ) and CSS names) is ~40
_LONGEST_COLOR = 64


def resolve_color(value: str, palette: str = "v6") -> tuple[str, tuple[int, int, int]]:
    """Return ``(svg fill, (r, g, b))`` for a colour, or raise :class:`BadgeError`."""
    key = (value, palette)
    found = _cache.get(key)
    if found is None:
        found = _cache[key] = _resolve(value, palette)
    return found


def _resolve(value: str, palette: str) -> tuple[str, tuple[int, int, int]]:
    names = PALETTES.get(palette)
    if names is None:
        raise BadgeError(f"unknown palette {palette!r} (expected one of: {', '.join(PALETTES)})")
    if not isinstance(value, str):
        raise BadgeError(f"a colour must be a string, not {type(value).__name__}")
    color = value.strip().lower()
    if len(color) > _LONGEST_COLOR:
        raise BadgeError(f"colour {value[:40]!r}... is too long to be a colour")
    name = ALIASES.get(color, color)
    if name in names:
        fill = names[name]
        return fill, _hex_rgb(fill[1:])
    if _BARE_HEX.fullmatch(color):
        color = "#" + color
    match = _HEX.fullmatch(color)
    if match:
        return color, _hex_rgb(match.group(1))
    match = _RGB.fullmatch(color)
    if match:
        parts = [p for p in match.groups() if p is not None]
        return color, tuple(_channel(p) for p in parts)  # type: ignore[return-value]
    from openness.badge.css_colors import CSS_COLORS

    rgb = CSS_COLORS.get(color)
    if rgb is not None:
        return color, rgb
    raise BadgeError(
        f"unknown colour {value!r}: use a name ({', '.join(names)}), "
        "a hex value such as #4b0 or 44bb00, rgb(r, g, b) or a CSS colour name"
    )


def _hex_rgb(digits: str) -> tuple[int, int, int]:
    if len(digits) in (3, 4):
        return int(digits[0] * 2, 16), int(digits[1] * 2, 16), int(digits[2] * 2, 16)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def _channel(part: str) -> int:
    """One rgb() channel, clamped to 0-255 (as browsers do); a number of any length
    (a thousand nines) is just large, never an overflow."""
    digits = part.rstrip("%").lstrip("0") or "0"
    if len(digits) > 6:
        return 255
    value = int(digits) * 255 / 100 if part.endswith("%") else int(digits)
    return max(0, min(int(value), 255))


_text_cache: dict[tuple[int, int, int], tuple[str, str]] = {}


def text_colors(rgb: tuple[int, int, int]) -> tuple[str, str]:
    """(text, shadow) colours readable on a background, by badge-maker's brightness rule."""
    found = _text_cache.get(rgb)
    if found is None:
        r, g, b = rgb
        if round((r * 299 + g * 587 + b * 114) / 255000, 2) <= 0.69:
            found = ("#fff", "#010101")
        else:
            found = ("#333", "#ccc")
        _text_cache[rgb] = found
    return found
