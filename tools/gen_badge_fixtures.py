#!/usr/bin/env python3
"""Generate the badge-maker 6 reference SVGs in ``tests/fixtures/badge-maker/``.

Installs the npm package ``badge-maker@6`` (MIT OR Apache-2.0) into a temporary
folder, renders a fixed, seeded corpus of Latin label/message/colour cases for each
of flat, flat-square and for-the-badge with it, and writes one JSON file per style
mapping each case to badge-maker's SVG. ``tests/badge/test_fixtures.py`` checks that
``openness.badge.render_svg`` produces the same bytes; the tests do not need Node.

The corpus is Latin text that badge-maker measures correctly (its width table lacks
the last code point of each block, e.g. U+00FF, and does not know that marks are
zero-width, and its 10px tables miss a few code points such as U+02BC: we differ
there on purpose) with no double spaces (we collapse them, as
SVG does when drawing). Usage::

    .venv/bin/python tools/gen_badge_fixtures.py          # needs node and npm
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import npm_package

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "badge-maker"
STYLES = ("flat", "flat-square", "for-the-badge")
CASES_PER_STYLE = 240
BADGE_MAKER = "badge-maker@6.0.0"

WORDS = [
    "Open Source AI 1.0",
    "open weights",
    "open methods",
    "open source AI",
    "restricted",
    "closed",
    "invalid",
    "build",
    "passing",
    "failing",
    "coverage",
    "97%",
    "license",
    "Apache-2.0",
    "MIT",
    "docs",
    "v1.2.3",
    "python",
    "3.11 | 3.12 | 3.13",
    "downloads",
    "12k/month",
    "chat",
    "on matrix",
    "code style: black",
    "Tom & Jerry",
    "<script>",
    "a \"quoted\" 'word'",
    "x > y < z",
    "naïve café",
    "Ærøskøbing",
    "Łódź",
    "Šđčćž",
    "Ğüşıöç",
    "Straße",
    "Ąę",
    "Œuvre",
    "ÀÉÎÕÜ",
    "¡Olé!",
    "¿qué?",
    "© 2026",
    "50 °C",
    "±0.5",
    "µs",
    "½ · ¼",
    "§1 ¶2",
    "résumé",
    "Nguyễn",
    "Dvořák",
    "Ísland",
]
PALETTE = [
    "brightgreen",
    "green",
    "yellow",
    "yellowgreen",
    "orange",
    "red",
    "blue",
    "grey",
    "lightgrey",
    "gray",
    "lightgray",
    "critical",
    "important",
    "success",
    "informational",
    "inactive",
]
HEXES = [
    "4b0",
    "44cc11",
    "#4b0",
    "#ABCDEF",
    "#fff",
    "fff",
    "#000",
    "000000",
    "#e5e5e5",
    "#ccc",
    "#a0a0a0",
    "#ffdd00",
    "#0a0",
    "#0366D6",
    "#f0f",
    "#123456",
    "#fafafa",
]
CSS = [
    "rgb(10, 20, 30)",
    "rgb(255,255,255)",
    "rgba(0, 128, 0, 0.5)",
    "papayawhip",
    "teal",
    "navy",
    "gold",
    "white",
    "black",
    "silver",
]


def latin_alphabet() -> str:
    chars = [chr(c) for c in range(0x21, 0x7F)]
    chars += [chr(c) for c in range(0xA1, 0xFF) if c != 0xAD]  # no soft hyphen
    # Latin Extended-A less U+017F, and less U+0149 whose upper case (for-the-badge)
    # is U+02BC N: badge-maker's 10px tables lack U+02BC and guess "m" for it.
    chars += [chr(c) for c in range(0x100, 0x17F) if c != 0x149]
    return "".join(chars)


def random_text(rng: random.Random, alphabet: str) -> str:
    words = []
    for _ in range(rng.randint(1, 3)):
        words.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9))))
    return " ".join(words)


def cases(style: str) -> list[dict]:
    rng = random.Random(f"openness-badge-fixtures-{style}")
    alphabet = latin_alphabet()
    colors = PALETTE + HEXES + CSS
    out: list[dict] = []
    for i in range(CASES_PER_STYLE):
        kind = i % 4
        label = rng.choice(WORDS) if kind in (0, 1) else random_text(rng, alphabet)
        message = rng.choice(WORDS) if kind in (0, 2) else random_text(rng, alphabet)
        if i % 17 == 0:
            label = ""
        case = {"label": label, "message": message, "color": colors[i % len(colors)]}
        if i % 3 == 0:
            case["labelColor"] = rng.choice(colors)
        out.append(case)
    return out


NODE_SCRIPT = """
import { makeBadge } from 'badge-maker'
import { readFileSync } from 'fs'
const input = JSON.parse(readFileSync(0, 'utf8'))
const out = {}
for (const [style, list] of Object.entries(input)) {
  out[style] = list.map(c => ({ ...c, svg: makeBadge({ ...c, style }) }))
}
process.stdout.write(JSON.stringify(out))
"""


def main() -> int:
    tmp = npm_package.install(BADGE_MAKER, prefix="badge-maker-")
    (tmp / "render.mjs").write_text(NODE_SCRIPT)
    version = json.loads((tmp / "node_modules/badge-maker/package.json").read_text())["version"]
    request = {style: cases(style) for style in STYLES}
    done = subprocess.run(
        ["node", "render.mjs"],
        cwd=tmp,
        input=json.dumps(request).encode(),
        check=True,
        capture_output=True,
    )
    rendered = json.loads(done.stdout)
    OUT.mkdir(parents=True, exist_ok=True)
    for style in STYLES:
        doc = {"generator": f"badge-maker {version}", "style": style, "cases": rendered[style]}
        path = OUT / f"{style}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {path} ({len(rendered[style])} cases)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
