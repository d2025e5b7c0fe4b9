"""Write the published badge set of every definition version:
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

from openness.badge import DARK_LABEL_COLOR, STYLES, for_level, make
from openness.definition import Definition, load_definition
from openness.resources import known_versions

ROOT = Path(__file__).resolve().parent.parent


def published_badges(definition: Definition) -> dict[str, str | bytes]:
    """File name (relative to badges/<version>/) -> exact content."""
    files: dict[str, str | bytes] = {}
    for level_id in definition.level_ids:
        spec = for_level(definition, level_id)
        for style in STYLES:
            suffix = "" if style == "flat" else f"-{style}"
            files[f"{level_id}{suffix}.svg"] = make(spec, style=style).content
            files[f"{level_id}{suffix}-dark.svg"] = make(
                spec, style=style, label_color=DARK_LABEL_COLOR
            ).content
        files[f"{level_id}.png"] = make(spec, "png").content
        files[f"{level_id}.json"] = make(spec, "endpoint").content
    return files


def main() -> None:
    for version in known_versions():
        write_version(load_definition(version))


def write_version(definition: Definition) -> None:
    """The badge set of one version, stale files removed."""
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
