"""Write the published badge set for the latest definition:
badges/<version>/<level>[-<style>][-dark].svg, <level>.png (the flat badge, for pages
that do not show SVG, such as some Hugging Face views) and <level>.json (shields.io
endpoint).

Usage: python tools/gen_badges.py
The site serves these at stable URLs; tests/test_published_badges.py fails if the
committed files differ from what this script makes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from openness.badge import STYLES, endpoint_json, render_png, render_svg
from openness.definition import Definition, load_definition
from openness.render.badge import DARK_LABEL_COLOR, for_level

ROOT = Path(__file__).resolve().parent.parent


def published_badges(definition: Definition) -> dict[str, str | bytes]:
    """File name (relative to badges/<version>/) -> exact content."""
    files: dict[str, str | bytes] = {}
    for level_id in definition.level_ids:
        spec = for_level(definition, level_id)
        for style in STYLES:
            suffix = "" if style == "flat" else f"-{style}"
            common = {"color": spec.color, "style": style, "link": spec.link}
            files[f"{level_id}{suffix}.svg"] = render_svg(spec.label, spec.message, **common)
            files[f"{level_id}{suffix}-dark.svg"] = render_svg(
                spec.label, spec.message, label_color=DARK_LABEL_COLOR, **common
            )
        files[f"{level_id}.png"] = render_png(files[f"{level_id}.svg"])
        files[f"{level_id}.json"] = endpoint_json(spec.label, spec.message, color=spec.color)
    return files


def main() -> None:
    definition = load_definition()
    target = ROOT / "badges" / definition.version
    target.mkdir(parents=True, exist_ok=True)
    expected = published_badges(definition)
    for stale in target.iterdir():
        if stale.name not in expected:
            stale.unlink()
    for name, content in sorted(expected.items()):
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        (target / name).write_bytes(data)
    print(f"wrote {len(expected)} files to {target.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
