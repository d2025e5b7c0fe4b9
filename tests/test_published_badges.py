"""The committed badge set is exactly what tools/gen_badges.py makes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from openness.definition import load_definition
from openness.resources import known_versions

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from gen_badges import published_badges  # noqa: E402


@pytest.mark.parametrize("version", known_versions())
def test_committed_badges_match_the_generator(version):
    definition = load_definition(version)
    folder = ROOT / "badges" / definition.version
    expected = published_badges(definition)
    committed = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    assert set(committed) == set(expected), "run: python tools/gen_badges.py"
    for name, content in expected.items():
        if name.endswith(".png"):
            # rasterised text depends on the machine's fonts: compare the image size
            assert _png_size(committed[name]) == _png_size(content), name
            continue
        data = content.encode("utf-8")
        assert committed[name] == data, f"{name} is stale: run python tools/gen_badges.py"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_every_level_has_every_style_and_an_endpoint():
    definition = load_definition()
    names = set(published_badges(definition))
    for level in definition.levels:
        assert f"{level.id}.svg" in names and f"{level.id}-for-the-badge-dark.svg" in names
        assert f"{level.id}.png" in names
        endpoint = json.loads(published_badges(definition)[f"{level.id}.json"])
        assert endpoint["schemaVersion"] == 1
        assert endpoint["message"] == level.badge_message
        assert endpoint["cacheSeconds"] >= 300


@pytest.mark.parametrize("version", known_versions())
def test_every_image_a_snippet_points_to_is_published(version):
    """The snippets embed published images (the invalid badge included): none is a 404."""
    import re

    from openness import badge
    from openness.urls import BASE_URL

    definition = load_definition(version)
    specs = [badge.for_level(definition, lv) for lv in definition.level_ids]
    specs.append(badge.for_invalid(definition))
    folder = ROOT / "badges" / definition.version
    seen = set()
    for spec in specs:
        for style in badge.STYLES:
            for fmt in badge.SNIPPET_FORMATS:
                content = badge.make(spec, fmt, style=style).content
                for url in re.findall(re.escape(BASE_URL) + r"/badges/[^\s\"')]+", content):
                    seen.add(url)
                    name = url.removeprefix(f"{BASE_URL}/badges/{definition.version}/")
                    assert (folder / name).is_file(), f"{url} is not published"
    assert f"{BASE_URL}/badges/{version}/invalid-dark.svg" in seen


def test_the_directory_index_is_current():
    from gen_badges import directory_index

    from openness.badge.spec import DIRECTORY_FILE

    committed = Path(DIRECTORY_FILE).read_text(encoding="utf-8")
    assert committed == directory_index(), "run: python tools/gen_badges.py"
