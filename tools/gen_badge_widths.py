#!/usr/bin/env python3
"""Generate the badge text-width table ``src/openness/badge/widths.bin``.

Why a generated table: the renderer must size each half of a badge without a font
engine at run time (fast, no fontTools, no font files), and for Latin text it must
give the very widths shields.io's badge-maker 6 uses, so our badges line up with
theirs to the pixel.

Sources (all read here, none needed at run time):

* Verdana 11px / 10px / bold 10px and Helvetica bold 11px advance widths from the
  npm package ``anafanafo`` 2.0.0 (MIT licence, (c) Metabolize). Only its numbers are
  used, for code points U+0000..U+FFFF that it lists, minus its known defects: its
  astral entries (measured truncated to 16 bits) are dropped, the last code point of
  each block (missing there) is filled in, and marks/ignorables are set to 0.
* DejaVu Sans and DejaVu Sans Bold (Debian ``fonts-dejavu-core``; Bitstream Vera
  licence + public domain changes), whose metrics are close to Verdana's, for every
  other code point they cover (Latin, Greek, Cyrillic, Hebrew, Arabic, symbols).
* Liberation Sans Bold (Debian ``fonts-liberation``, SIL OFL 1.1), metric
  compatible with Helvetica/Arial, for the gaps of the social style's table.
* Lohit Devanagari (Debian ``fonts-lohit-deva``, SIL OFL 1.1) for Devanagari.
* Noto Sans CJK (Debian ``fonts-noto-cjk``, SIL OFL 1.1) for CJK, kana, Hangul.
* Noto Color Emoji (Debian ``fonts-noto-color-emoji``, SIL OFL 1.1) for emoji.
* Unicode character data (Debian ``unicode-data``, Unicode licence): emoji
  properties, scripts and default-ignorable code points.

Width = advance width x pixel size / units per em, rounded to 0.01 px (anafanafo's
own precision). Usage::

    apt-get install -y fonts-dejavu-core fonts-liberation fonts-lohit-deva \
        fonts-noto-cjk fonts-noto-color-emoji unicode-data
    .venv/bin/pip install fonttools
    .venv/bin/python tools/gen_badge_widths.py            # needs npm for anafanafo

It also writes ``tests/fixtures/badge-widths/samples.json``: sample strings per
script with their widths measured straight from the fonts, for the width tests.
"""

from __future__ import annotations

import argparse
import json
import struct
import sys
import unicodedata
import zlib
from dataclasses import dataclass
from pathlib import Path

import npm_package
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "openness" / "badge" / "widths.bin"
SAMPLES = ROOT / "tests" / "fixtures" / "badge-widths" / "samples.json"
UNICODE_DIR = Path("/usr/share/unicode")

FONTS = Path("/usr/share/fonts")
DEJAVU = FONTS / "truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = FONTS / "truetype/dejavu/DejaVuSans-Bold.ttf"
LIBERATION_BOLD = FONTS / "truetype/liberation/LiberationSans-Bold.ttf"
LOHIT = FONTS / "truetype/lohit-devanagari/Lohit-Devanagari.ttf"
CJK = FONTS / "opentype/noto/NotoSansCJK-Regular.ttc"
CJK_BOLD = FONTS / "opentype/noto/NotoSansCJK-Bold.ttc"
EMOJI = FONTS / "truetype/noto/NotoColorEmoji.ttf"

# Scripts whose letters join (cursive) or hang from a headline: stretching them with
# a forced textLength pulls them apart, so the renderer lets them keep their length.
JOINED_SCRIPTS = {
    "Arabic",
    "Syriac",
    "Nko",
    "Mongolian",
    "Mandaic",
    "Manichaean",
    "Psalter_Pahlavi",
    "Sogdian",
    "Old_Uyghur",
    "Adlam",
    "Hanifi_Rohingya",
    "Devanagari",
    "Bengali",
    "Gurmukhi",
}

# (section name, anafanafo file, pixel size, Latin fallback font, CJK font)
TABLES = [
    ("verdana-11", "verdana-11px-normal.json", 11, DEJAVU, CJK),
    ("verdana-10", "verdana-10px-normal.json", 10, DEJAVU, CJK),
    ("verdana-10-bold", "verdana-10px-bold.json", 10, DEJAVU_BOLD, CJK_BOLD),
    ("helvetica-11-bold", "helvetica-11px-bold.json", 11, LIBERATION_BOLD, CJK_BOLD),
]


class Font:
    """Advance widths of one font face, in pixels at a given size."""

    def __init__(self, path: Path, index: int = 0) -> None:
        font = TTCollection(str(path)).fonts[index] if path.suffix == ".ttc" else TTFont(path)
        self.cmap: dict[int, str] = font.getBestCmap()
        self.hmtx = font["hmtx"]
        self.upem: int = font["head"].unitsPerEm
        self.name = font["name"].getDebugName(4)

    def width(self, cp: int, size: int) -> float | None:
        glyph = self.cmap.get(cp)
        if glyph is None:
            return None
        return round(self.hmtx[glyph][0] * size / self.upem, 2)


@dataclass
class Context:
    """What measuring one table's code points needs."""

    ana: dict[int, float]
    size: int
    latin: Font
    cjk: Font
    lohit: Font
    emoji: Font
    emoji_width: float
    pict: set[int]
    epres: set[int]
    ignorable: set[int]
    deva: set[int]


def measure(ctx: Context, cp: int, done: dict[int, float]) -> float | None:
    """Width of one code point in px, or None to leave it to the runtime fallback."""
    if cp in done:
        return done[cp]
    ch = chr(cp)
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Cs", "Co", "Cn") and cp not in ctx.ana:
        return None
    if cat in ("Mn", "Me") or cp in ctx.ignorable or 0x1160 <= cp <= 0x11FF:
        return 0.0
    if 0xD7B0 <= cp <= 0xD7FF:  # conjoining jamo vowels/finals join the syllable
        return 0.0
    if cp in ctx.epres:
        return ctx.emoji_width
    if cp <= 0xFFFF and cp in ctx.ana:
        return ctx.ana[cp]
    decomposition = unicodedata.decomposition(ch)
    if decomposition and not decomposition.startswith("<"):
        parts = [int(p, 16) for p in decomposition.split()]
        if all(unicodedata.category(chr(p)) in ("Mn", "Me") for p in parts[1:]):
            base = measure(ctx, parts[0], done)
            if base is not None:
                return base
    for font in (ctx.lohit, ctx.latin) if cp in ctx.deva else (ctx.latin,):
        width = font.width(cp, ctx.size)
        if width is not None:
            return width
    width = ctx.cjk.width(cp, ctx.size)
    if width is not None:
        return width
    if cp in ctx.pict:
        width = ctx.emoji.width(cp, ctx.size)
        if width is not None:
            return width
    if unicodedata.east_asian_width(ch) in ("W", "F") and cat != "Cn":
        return float(ctx.size)
    return None


def read_ranges(name: str, wanted: set[str]) -> dict[str, set[int]]:
    """Parse a Unicode data file of ``range ; property`` lines."""
    found: dict[str, set[int]] = {w: set() for w in wanted}
    for line in (UNICODE_DIR / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        cps, prop = (part.strip() for part in line.split(";")[:2])
        if prop not in wanted:
            continue
        lo, _, hi = cps.partition("..")
        found[prop].update(range(int(lo, 16), int(hi or lo, 16) + 1))
    return found


def load_anafanafo(directory: Path | None) -> Path:
    """Return anafanafo's data folder, installing the package with npm if needed."""
    if directory is not None:
        return directory
    tmp = npm_package.install("anafanafo@2.0.0", prefix="anafanafo-")
    return tmp / "node_modules" / "anafanafo" / "data"


def anafanafo_widths(path: Path) -> dict[int, float]:
    table: dict[int, float] = {}
    for lo, hi, width in json.loads(path.read_text()):
        for cp in range(lo, min(hi, 0xFFFF) + 1):
            table[cp] = width
    return table


def to_ranges(values: dict[int, int]) -> list[tuple[int, int, int]]:
    """Merge consecutive code points with the same value into ranges."""
    ranges: list[tuple[int, int, int]] = []
    for cp in sorted(values):
        value = values[cp]
        if ranges and ranges[-1][1] == cp - 1 and ranges[-1][2] == value:
            ranges[-1] = (ranges[-1][0], cp, value)
        else:
            ranges.append((cp, cp, value))
    return ranges


def pack_section(name: str, ranges: list[tuple[int, int, int]]) -> bytes:
    head = name.encode("ascii")
    n = len(ranges)
    return (
        struct.pack("<B", len(head))
        + head
        + struct.pack("<I", n)
        + struct.pack(f"<{n}I", *(r[0] for r in ranges))
        + struct.pack(f"<{n}I", *(r[1] for r in ranges))
        + struct.pack(f"<{n}H", *(r[2] for r in ranges))
    )


def build(ana_dir: Path) -> tuple[bytes, dict]:
    props = read_ranges("emoji/emoji-data.txt", {"Extended_Pictographic", "Emoji_Presentation"})
    pict, epres = props["Extended_Pictographic"], props["Emoji_Presentation"]
    ignorable = read_ranges("DerivedCoreProperties.txt", {"Default_Ignorable_Code_Point"})[
        "Default_Ignorable_Code_Point"
    ]
    scripts = read_ranges("Scripts.txt", JOINED_SCRIPTS)
    joined = set().union(*scripts.values())
    deva = read_ranges("Scripts.txt", {"Devanagari"})["Devanagari"]

    emoji_font = Font(EMOJI)
    lohit = Font(LOHIT)
    cjk_fonts = {CJK: Font(CJK), CJK_BOLD: Font(CJK_BOLD)}
    latin_fonts = {p: Font(p) for p in {DEJAVU, DEJAVU_BOLD, LIBERATION_BOLD}}

    sections = []
    meta: dict = {"tables": {}}
    for name, ana_file, size, latin_path, cjk_path in TABLES:
        ana = anafanafo_widths(ana_dir / ana_file)
        latin, cjk = latin_fonts[latin_path], cjk_fonts[cjk_path]
        emoji_w = emoji_font.width(0x1F600, size)
        assert emoji_w is not None
        candidates = set(ana) | set(latin.cmap) | set(cjk.cmap) | deva | pict
        candidates |= {
            cp for cp in range(0x20000, 0x3FFFF) if unicodedata.category(chr(cp)) == "Lo"
        }
        widths: dict[int, float] = {}
        ctx = Context(
            ana, size, latin, cjk, lohit, emoji_font, emoji_w, pict, epres, ignorable, deva
        )
        for cp in sorted(candidates):
            if cp < 0x20 or 0x7F <= cp < 0xA0:
                continue
            width = measure(ctx, cp, widths)
            if width is not None:
                widths[cp] = width
        hundredths = {cp: round(w * 100) for cp, w in widths.items()}
        assert max(hundredths.values()) < 65536
        sections.append(pack_section("w:" + name, to_ranges(hundredths)))
        sections.append(pack_section("e:" + name, [(0, 0, round(emoji_w * 100))]))
        meta["tables"][name] = {"code_points": len(widths), "emoji": emoji_w, "size": size}

    sections.append(pack_section("pict", to_ranges(dict.fromkeys(pict, 1))))
    sections.append(pack_section("epres", to_ranges(dict.fromkeys(epres, 1))))
    sections.append(pack_section("joined", to_ranges(dict.fromkeys(joined, 1))))
    payload = b"".join(sections)
    blob = b"OBW1" + struct.pack("<I", len(sections)) + zlib.compress(payload, 9)
    return blob, meta


# Sample strings per script: widths measured straight from the fonts (sum of
# advances; one emoji advance per emoji sequence) so the tests check the table and
# the runtime's lookup/cluster logic against the fonts themselves.
SAMPLES_BY_SCRIPT = {
    "latin": (DEJAVU, ["ÿ", "ſ", "ŉ", "Ǆ", "ȷ"]),
    "greek": (DEJAVU, ["Ελληνικά", "ϿΩ", "αβγ"]),
    "cyrillic": (DEJAVU, ["Русский", "ӿ", "Ѐѯ"]),
    "hebrew": (DEJAVU, ["עברית", "שָׁלוֹם"]),
    "arabic": (DEJAVU, ["العربية", "مفتوح المصدر"]),
    "devanagari": (LOHIT, ["हिन्दी", "मुक्त स्रोत"]),
    "cjk": (CJK, ["开源人工智能", "開放", "\U0002000b\U00020b9f"]),
    "kana": (CJK, ["ひらがな", "カタカナ"]),
    "hangul": (CJK, ["한국어", "오픈 소스"]),
}
EMOJI_SAMPLES = ["😀", "⚠️", "👍🏽", "👩‍🔬", "🇫🇷", "1️⃣", "🏳️‍🌈"]
MARK_SAMPLES = {"é": "e\u0301", "ǹ": "n\u0300", "a︎": "a\ufe0e"}


def samples() -> dict:
    out: dict = {"font_size": 11, "scripts": {}, "emoji": {}, "marks": {}}
    fonts: dict[Path, Font] = {}
    for script, (path, texts) in SAMPLES_BY_SCRIPT.items():
        font = fonts.setdefault(path, Font(path))
        entries = []
        for text in texts:
            total = 0.0
            for ch in text:
                # Marks draw no advance; spaces are Verdana's (they come from the
                # Latin table), so the samples leave them out and count them.
                if unicodedata.category(ch) in ("Mn", "Me") or ch == " ":
                    continue
                width = font.width(ord(ch), 11)
                if width is None and path is LOHIT:
                    width = fonts.setdefault(DEJAVU, Font(DEJAVU)).width(ord(ch), 11)
                assert width is not None, (script, text, hex(ord(ch)))
                total += width
            entries.append(
                {
                    "text": text,
                    "width": round(total, 2),
                    "spaces": text.count(" "),
                    "font": font.name,
                }
            )
        out["scripts"][script] = entries
    emoji = Font(EMOJI)
    for text in EMOJI_SAMPLES:
        out["emoji"][text] = emoji.width(0x1F600, 11)
    latin = Font(DEJAVU)
    for composed, decomposed in MARK_SAMPLES.items():
        width = latin.width(ord(composed[0]), 11)
        out["marks"][decomposed] = {"same_as": composed[0], "dejavu": width}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--anafanafo-data", type=Path, help="anafanafo's data/ folder")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--samples", type=Path, default=SAMPLES)
    args = parser.parse_args(argv)
    blob, meta = build(load_anafanafo(args.anafanafo_data))
    args.out.write_bytes(blob)
    args.samples.parent.mkdir(parents=True, exist_ok=True)
    args.samples.write_text(json.dumps(samples(), ensure_ascii=False, indent=1) + "\n")
    print(f"wrote {args.out} ({len(blob)} bytes): {json.dumps(meta)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
