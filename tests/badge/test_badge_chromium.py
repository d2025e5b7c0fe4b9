"""Render check: in headless Chromium, no badge text overflows its half.

Draws a sheet of inline badges (all scripts we claim, emoji, marks; several styles)
and measures each visible text box against the rectangle it belongs to. Skipped
only where Debian's ``chromium`` (/usr/bin/chromium) or Playwright is missing.
"""

from __future__ import annotations

import os

import pytest

from openness.badge import render_svg

CHROMIUM = "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(
    not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} not installed (apt-get install chromium)"
)

TEXTS = [
    ("Open Source AI 1.0", "open weights"),
    ("Open Source AI 1.0", "open source AI"),
    ("WWWWWWWW", "iiiiiiiiiiii"),
    ("Ελληνικά", "Русский язык"),
    ("עברית", "שָׁלוֹם עולם"),
    ("العربية", "مفتوح المصدر"),
    ("हिन्दी", "मुक्त स्रोत"),
    ("开源人工智能", "開放原始碼"),
    ("ひらがな", "カタカナ"),
    ("한국어", "오픈 소스"),
    ("emoji ⚠️", "👩‍🔬 🇫🇷 👍🏽 1️⃣"),
    ("cafe\u0301 n\u0303", "ÿ ſ ӿ"),
    ("model: 𠀋𠮟", "& < > \" '"),
]
STYLES = ("flat", "flat-square", "plastic", "for-the-badge")
TOLERANCE = 1.0  # px: anti-aliasing and rounding

MEASURE_JS = """
() => {
  const out = [];
  for (const svg of document.querySelectorAll('svg')) {
    const rects = [...svg.querySelectorAll('g > rect')]
      .filter(r => !(r.getAttribute('fill') || '').startsWith('url('));
    const halves = rects.map(r => r.getBoundingClientRect());
    const texts = [...svg.querySelectorAll('text')].filter(t => !t.closest('[aria-hidden]'));
    for (const t of texts) {
      const box = t.getBoundingClientRect();
      const mid = (box.left + box.right) / 2;
      const half = halves.find(h => h.width > 0 && mid >= h.left && mid <= h.right);
      out.push({id: svg.id, text: t.textContent, left: box.left, right: box.right,
                hl: half ? half.left : null, hr: half ? half.right : null});
    }
  }
  return out;
}
"""


def test_no_text_overflows_its_half() -> None:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed")
    parts = []
    for style in STYLES:
        for i, (label, message) in enumerate(TEXTS):
            svg = render_svg(label, message, color="blue", style=style)
            parts.append(f'<div id="b-{style}-{i}">{svg}</div>')
    page_html = (
        "<!doctype html><meta charset='utf-8'><body style='margin:8px;zoom:1'>"
        + "".join(parts)
        + "</body>"
    )
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
            ],
        )
        try:
            page = browser.new_page()
            page.set_content(page_html)
            page.evaluate("document.fonts.ready")
            boxes = page.evaluate(MEASURE_JS)
        finally:
            browser.close()
    assert len(boxes) >= len(STYLES) * len(TEXTS) * 2 - 4
    overflows = [
        b
        for b in boxes
        if b["hl"] is None or b["left"] < b["hl"] - TOLERANCE or b["right"] > b["hr"] + TOLERANCE
    ]
    assert not overflows, overflows
