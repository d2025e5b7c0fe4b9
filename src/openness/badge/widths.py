"""Text widths for badge layout, from the generated table ``widths.bin``.

The table (made by ``tools/gen_badge_widths.py`` from anafanafo's Verdana numbers and
from DejaVu Sans, Liberation Sans, Lohit Devanagari, Noto Sans CJK and Noto Color
Emoji metrics; see that script and ``NOTICE-widths.md``) is loaded lazily on first
use, so importing the package stays cheap. Widths are summed left to right as
floats, code point by code point, exactly like badge-maker, so Latin text gets the
same integer widths; emoji sequences count once per grapheme cluster.
"""

from __future__ import annotations

import os
import struct
import zlib
from array import array
from bisect import bisect_right
from functools import reduce
from operator import add

__all__ = [
    "FONTS",
    "WidthTable",
    "is_joined",
    "preferred_width",
    "spacing_units",
    "table",
    "text_width",
]

# Font used by each style: flat/flat-square/plastic measure 11px Verdana,
# for-the-badge 10px Verdana (label) and bold 10px Verdana (message), social bold
# 11px Helvetica.
FONTS = ("verdana-11", "verdana-10", "verdana-10-bold", "helvetica-11-bold")

_DATA = os.path.join(os.path.dirname(__file__), "widths.bin")
_RI = range(0x1F1E6, 0x1F200)
_MODIFIERS = range(0x1F3FB, 0x1F400)
_TAGS = range(0xE0020, 0xE0080)
_KEYCAP_BASES = frozenset("0123456789#*")
# Code points that can make a run of characters one emoji cluster: ZWJ, the two
# presentation selectors, the keycap mark, skin-tone modifiers, tags and regional
# indicators. Text without any of them is measured code point by code point.
_SPECIAL = frozenset(chr(cp) for cp in (0x200D, 0xFE0E, 0xFE0F, 0x20E3, *_MODIFIERS, *_TAGS, *_RI))


class WidthTable(dict):
    """Character -> width (px) cache over one font's range table."""

    __slots__ = ("_ends", "_starts", "_values", "emoji", "fallback", "name")

    def __init__(self, name: str, starts: array, ends: array, values: array, emoji: float):
        super().__init__()
        self.name = name
        self._starts, self._ends, self._values = starts, ends, values
        self.emoji = emoji
        self.fallback = 0.0
        self.fallback = self["m"]  # unknown characters count as "m", as in badge-maker

    def __missing__(self, ch: str) -> float:
        cp = ord(ch)
        i = bisect_right(self._starts, cp) - 1
        if i >= 0 and cp <= self._ends[i]:
            width = self._values[i] / 100
        elif cp < 32 or cp == 127:
            width = 0.0
        else:
            width = self.fallback
        self[ch] = width
        return width


class _Data:
    """The decoded sections of ``widths.bin``."""

    def __init__(self) -> None:
        with open(_DATA, "rb") as handle:
            blob = handle.read()
        if blob[:4] != b"OBW1":
            raise RuntimeError(f"{_DATA} is not a badge width table")
        (count,) = struct.unpack_from("<I", blob, 4)
        payload = zlib.decompress(blob[8:])
        sections: dict[str, tuple[array, array, array]] = {}
        pos = 0
        for _ in range(count):
            size = payload[pos]
            name = payload[pos + 1 : pos + 1 + size].decode("ascii")
            pos += 1 + size
            (n,) = struct.unpack_from("<I", payload, pos)
            pos += 4
            starts, ends, values = array("I"), array("I"), array("H")
            starts.frombytes(payload[pos : pos + 4 * n])
            pos += 4 * n
            ends.frombytes(payload[pos : pos + 4 * n])
            pos += 4 * n
            values.frombytes(payload[pos : pos + 2 * n])
            pos += 2 * n
            sections[name] = (starts, ends, values)
        self.sections = sections
        self.tables: dict[str, WidthTable] = {}
        self._sets: dict[str, frozenset[int]] = {}

    def table(self, name: str) -> WidthTable:
        found = self.tables.get(name)
        if found is None:
            starts, ends, values = self.sections["w:" + name]
            emoji = self.sections["e:" + name][2][0] / 100
            found = self.tables[name] = WidthTable(name, starts, ends, values, emoji)
        return found

    def code_points(self, name: str) -> frozenset[int]:
        found = self._sets.get(name)
        if found is None:
            starts, ends, _ = self.sections[name]
            pairs = zip(starts, ends, strict=True)
            found = frozenset(cp for lo, hi in pairs for cp in range(lo, hi + 1))
            self._sets[name] = found
        return found


_data: _Data | None = None


def _load() -> _Data:
    global _data
    if _data is None:
        _data = _Data()
    return _data


def table(name: str) -> WidthTable:
    """The width table of a font (one of ``FONTS``)."""
    return (_data or _load()).table(name)


def text_width(text: str, font: WidthTable) -> float:
    """Width of ``text`` in px: sum of advances, one emoji advance per emoji cluster."""
    if text.isascii() or _SPECIAL.isdisjoint(text):
        return reduce(add, map(font.__getitem__, text), 0.0)
    return _clustered_width(text, font)


def preferred_width(text: str, font: WidthTable) -> int:
    """Integer width used by flat styles: truncated, then made odd (pixel alignment)."""
    if text.isascii() or _SPECIAL.isdisjoint(text):
        return int(reduce(add, map(font.__getitem__, text), 0.0)) | 1
    return int(_clustered_width(text, font)) | 1


def spacing_units(text: str, font: WidthTable) -> int:
    """How many letter-spacing steps a text gets: its visible units.

    An emoji sequence is one unit and zero-width marks are none. badge-maker counts
    UTF-16 units instead; for Latin text without marks both give the same number.
    """
    if text.isascii():
        return len(text)
    pict = (_data or _load()).code_points("pict")
    count, i, n = 0, 0, len(text)
    while i < n:
        j = _emoji_end(text, i, pict)
        if j == i:
            if font[text[i]] != 0.0:
                count += 1
            i += 1
        else:
            count += 1
            i = j
    return count


def is_joined(text: str) -> bool:
    """True if the text has letters of a joined script (Arabic, Devanagari...)."""
    if text.isascii():
        return False
    joined = (_data or _load()).code_points("joined")
    return any(ord(ch) in joined for ch in text)


def _emoji_end(text: str, i: int, pict: frozenset[int]) -> int:
    """End of the emoji sequence starting at ``i``, or ``i`` if none starts there.

    Follows Unicode TS #51: flag pairs, keycaps, presentation selectors, modifiers,
    tag sequences and ZWJ sequences, each drawn as a single emoji glyph.
    """
    n = len(text)
    cp = ord(text[i])
    if cp in _RI:
        return i + 2 if i + 1 < n and ord(text[i + 1]) in _RI else i
    keycap = text[i] in _KEYCAP_BASES
    if not keycap and cp not in pict:
        return i
    j = i + 1
    emoji = text_style = False
    while j < n:
        c = ord(text[j])
        if c == 0xFE0F:
            emoji = emoji or not keycap
        elif c == 0xFE0E:
            text_style = True
        elif c == 0x20E3:
            if not keycap:
                break
            emoji = True
        elif c in _MODIFIERS or c in _TAGS:
            if keycap:
                break
            emoji = True
        elif c == 0x200D and j + 1 < n and ord(text[j + 1]) in pict and not keycap:
            emoji = True
            j += 1
        else:
            break
        j += 1
    if text_style and not emoji:
        return i  # text presentation: measured as ordinary characters
    return j if emoji else i


def _clustered_width(text: str, font: WidthTable) -> float:
    data = _data or _load()
    pict = data.code_points("pict")
    total = 0.0
    i, n = 0, len(text)
    get = font.__getitem__
    while i < n:
        j = _emoji_end(text, i, pict)
        if j == i:
            total += get(text[i])
            i += 1
        else:
            total += font.emoji
            i = j
    return total
