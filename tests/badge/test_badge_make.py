"""``badge.make``: one spec, every format, the same bytes the command writes."""

from __future__ import annotations

import json

import pytest

from openness import badge
from openness.definition import load_definition


@pytest.fixture
def spec() -> badge.BadgeSpec:
    return badge.for_level(load_definition(), "open-weights")


def test_svg_is_the_default_and_links_to_the_level_page(spec):
    made = badge.make(spec)
    assert made.default_name == "openness-badge.svg"
    assert made.content == badge.render_svg(
        spec.label, spec.message, color=spec.color, link=spec.link
    )


def test_options_reach_the_drawing(spec):
    made = badge.make(
        spec, style="for-the-badge", color="#123456", label_color="blue", link="https://x.org/"
    )
    assert made.content == badge.render_svg(
        spec.label,
        spec.message,
        color="#123456",
        label_color="blue",
        style="for-the-badge",
        link="https://x.org/",
    )


def test_endpoint_json(spec):
    made = badge.make(spec, "endpoint", style="plastic")
    assert made.default_name == "openness-badge.json"
    doc = json.loads(made.content)
    assert doc["message"] == spec.message and doc["style"] == "plastic"
    assert "style" not in json.loads(badge.make(spec, "endpoint").content)  # flat: the default


def test_invalid_badge_is_an_error_endpoint():
    definition = load_definition()
    from openness.report import FileReport, Finding

    broken = FileReport("x.json", findings=[Finding("wrong-type", "error", "m")])
    spec = badge.for_report(definition, broken)
    assert spec.is_error and spec.level is None
    assert json.loads(badge.make(spec, "endpoint").content)["isError"] is True


@pytest.mark.parametrize("fmt", ["markdown", "html", "rst"])
def test_snippets_go_to_stdout_and_embed_the_published_badge(spec, fmt):
    made = badge.make(spec, fmt)
    assert made.default_name is None
    assert spec.image_url() in made.content
    assert ("open-weights-dark.svg" in made.content) == (fmt == "html")
    own = badge.make(spec, fmt, image_url="https://x.org/b.svg").content
    assert "https://x.org/b.svg" in own and "-dark.svg" not in own


def test_bad_link_and_unknown_format_are_badge_errors(spec):
    with pytest.raises(badge.BadgeError, match="link"):
        badge.make(spec, link="javascript:alert(1)")
    with pytest.raises(badge.BadgeError, match="unknown badge format"):
        badge.make(spec, "gif")
