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

from gen_badges import badge_folder, published_badges  # noqa: E402

LANGUAGES = ("en", "fr")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("version", known_versions())
def test_committed_badges_match_the_generator(version, language):
    """The English set in badges/<version>/, each other language's in a folder inside."""
    definition = load_definition(version)
    folder = badge_folder(definition.version, language)
    expected = published_badges(definition, language)
    committed = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    assert set(committed) == set(expected), f"run: python tools/gen_badges.py --lang {language}"
    for name, content in expected.items():
        if name.endswith(".png"):
            # rasterised text depends on the machine's fonts: compare the image size
            assert _png_size(committed[name]) == _png_size(content), name
            continue
        data = content.encode("utf-8")
        assert committed[name] == data, f"{name} is stale: run python tools/gen_badges.py --lang fr"


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


def test_the_french_set_says_the_levels_in_french():
    from openness.i18n import text

    definition = load_definition()
    files = published_badges(definition, "fr")
    for level in definition.levels:
        endpoint = json.loads(files[f"{level.id}.json"])
        assert endpoint["message"] == text(level.badge_message, "fr")
        assert endpoint["label"] == definition.badge_label_text()  # the label stays
        assert f">{endpoint['message']}<" in files[f"{level.id}.svg"]
    assert json.loads(files["open-weights.json"])["message"] == "poids ouverts"
    assert json.loads(files["invalid.json"])["message"] != definition.invalid_badge_message


@pytest.mark.parametrize("version", known_versions())
def test_french_snippets_embed_published_french_images_and_link_french_pages(version):
    """``openness badge --lang fr`` snippets: every image in badges/<version>/fr/, every
    link to the site's page under /fr/."""
    import re

    from openness import badge
    from openness.badge.language import in_language
    from openness.urls import BASE_URL

    definition = load_definition(version)
    specs = [badge.for_level(definition, lv) for lv in definition.level_ids]
    specs.append(badge.for_invalid(definition))
    folder = ROOT / "badges" / definition.version / "fr"
    for spec in specs:
        french = in_language(spec, "fr")
        assert french.link.startswith(f"{BASE_URL}/fr/"), french.link
        for style in badge.STYLES:
            for fmt in badge.SNIPPET_FORMATS:
                content = badge.make(french, fmt, style=style).content
                images = re.findall(re.escape(BASE_URL) + r"/badges/[^\s\"')]+", content)
                assert images
                for url in images:
                    name = url.removeprefix(f"{BASE_URL}/badges/{definition.version}/fr/")
                    assert name != url, f"{url} is not the French set"
                    assert (folder / name).is_file(), f"{url} is not published"
                assert f"{BASE_URL}/fr/" in content
