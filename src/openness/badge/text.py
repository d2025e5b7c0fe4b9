"""Badge text hygiene: what a label or message may contain once it is in the SVG.

Labels and messages are user data (model names). They are cleaned so the SVG is
always well-formed XML and the measured text is the text a browser draws:
characters XML forbids or that draw nothing (controls, surrogates, U+FFFE/U+FFFF) are
dropped, tabs and newlines become spaces, runs of spaces collapse to one (SVG
collapses them when drawing, so measuring them would stretch the text), and the ends
are trimmed like JavaScript's ``trim()`` (as badge-maker does). Then XML escaping.
"""

from __future__ import annotations

from openness.badge.errors import BadgeError

__all__ = ["clean_text", "escape"]

# JavaScript String.prototype.trim() whitespace.
_TRIM = (
    "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
)
_table: dict[int, str | None] | None = None


def _translation() -> dict[int, str | None]:
    global _table
    if _table is None:
        table: dict[int, str | None] = dict.fromkeys(range(0x20))
        table.update(dict.fromkeys(range(0x7F, 0xA0)))
        table.update(dict.fromkeys(range(0xD800, 0xE000)))
        table[0xFFFE] = table[0xFFFF] = None
        table[0x09] = table[0x0A] = table[0x0D] = " "
        _table = table
    return _table


def clean_text(text: str) -> str:
    """Return the text as it will appear in the badge (not yet escaped)."""
    if not isinstance(text, str):
        raise BadgeError(f"badge text must be a string, not {type(text).__name__}")
    if not (text.isascii() and text.isprintable()):
        text = text.translate(_translation())
    text = text.strip(_TRIM)
    while "  " in text:
        text = text.replace("  ", " ")
    return text


def escape(text: str) -> str:
    """Escape text for XML content and double- or single-quoted attributes."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if '"' in text:
        text = text.replace('"', "&quot;")
    if "'" in text:
        text = text.replace("'", "&apos;")
    return text
