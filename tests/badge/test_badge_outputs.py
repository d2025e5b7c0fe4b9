"""Endpoint JSON, snippets, colours, atomic writing and PNG output."""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from openness.badge import (
    BadgeError,
    PngUnavailableError,
    WriteRefusedError,
    alt_text,
    endpoint_json,
    is_our_badge,
    png_available,
    render_png,
    render_svg,
    resolve_color,
    snippet,
    write_badge,
)
from openness.badge.endpoint import ENDPOINT_KEYS

# --- endpoint -----------------------------------------------------------------


def test_endpoint_shape() -> None:
    doc = json.loads(endpoint_json("Open Source AI 1.0", "open weights", color="yellow"))
    assert doc["schemaVersion"] == 1
    assert doc["label"] == "Open Source AI 1.0"
    assert doc["message"] == "open weights"
    assert doc["color"] == "yellow"
    assert doc["cacheSeconds"] >= 300
    assert set(doc) <= ENDPOINT_KEYS


def test_endpoint_options_and_errors() -> None:
    doc = json.loads(
        endpoint_json(
            "",
            "invalid",
            color="#ABC",
            label_color="grey",
            is_error=True,
            style="flat-square",
            cache_seconds=300,
        )
    )
    assert doc == {
        "schemaVersion": 1,
        "label": "",
        "message": "invalid",
        "color": "#abc",
        "labelColor": "grey",
        "isError": True,
        "style": "flat-square",
        "cacheSeconds": 300,
    }
    with pytest.raises(BadgeError):
        endpoint_json("a", "b", color="green", cache_seconds=299)
    with pytest.raises(BadgeError):
        endpoint_json("a", "  ", color="green")
    with pytest.raises(BadgeError):
        endpoint_json("a", "b", color="nocolour")


def test_endpoint_is_deterministic() -> None:
    assert endpoint_json("a", "b", color="red") == endpoint_json("a", "b", color="red")


# --- snippets -----------------------------------------------------------------

URL = "https://openness.dev/badges/1.0/open-weights.svg"
LINK = "https://openness.dev/definition/1.0/levels/open-weights/"


def test_alt_text() -> None:
    assert alt_text("Open Source AI 1.0", "open weights") == "Open Source AI 1.0: open weights"
    assert alt_text("", "x") == "x"


def test_markdown_snippet() -> None:
    alt = alt_text("Open Source AI 1.0", "open weights")
    out = snippet("markdown", image_url=URL, alt=alt, link=LINK)
    assert out == f"[![Open Source AI 1.0: open weights]({URL})]({LINK})\n"
    assert snippet("markdown", image_url="a b.svg", alt="x [y]") == "![x \\[y\\]](a%20b.svg)\n"


def test_html_snippet_is_a_picture_with_dark_variant() -> None:
    out = snippet("html", image_url=URL, alt='A "b" <c>', link=LINK, dark_image_url=URL + "?dark")
    root = ET.fromstring(out.replace('height="20">', 'height="20"/>').replace('dark">', 'dark"/>'))
    assert root.tag == "a" and root.get("href") == LINK
    source = root.find("picture/source")
    assert source is not None and source.get("media") == "(prefers-color-scheme: dark)"
    img = root.find("picture/img")
    assert img is not None and img.get("alt") == 'A "b" <c>'


def test_rst_snippet() -> None:
    out = snippet("rst", image_url=URL, alt="Open Source AI 1.0: open weights", link=LINK)
    assert out.splitlines() == [
        f".. image:: {URL}",
        "   :alt: Open Source AI 1.0: open weights",
        f"   :target: {LINK}",
    ]


def test_snippet_refuses_bad_input() -> None:
    with pytest.raises(BadgeError):
        snippet("markdown", image_url="javascript:alert(1)", alt="x")
    with pytest.raises(BadgeError):
        snippet("markdown", image_url=URL, alt="x", link="badges/x.svg")
    with pytest.raises(BadgeError):
        snippet("markdown", image_url=URL, alt="  ")
    with pytest.raises(BadgeError):
        snippet("asciidoc", image_url=URL, alt="x")


# --- colours ------------------------------------------------------------------


def test_palettes_and_text_contrast() -> None:
    assert resolve_color("brightgreen")[0] == "#4b0"
    assert resolve_color("brightgreen", "v5")[0] == "#4c1"
    assert resolve_color("success")[0] == "#4b0"
    assert resolve_color("ABC")[0] == "#abc"
    assert resolve_color("papayawhip")[0] == "papayawhip"
    with pytest.raises(BadgeError):
        resolve_color("gren")
    with pytest.raises(BadgeError):
        resolve_color("red", "v7")
    light = render_svg("a", "b", color="#eee", style="flat-square")
    assert 'fill="#333"' in light
    dark = render_svg("a", "b", color="#222", style="flat-square")
    assert 'fill="#333"' not in dark


def test_label_colour_override() -> None:
    svg = render_svg("a", "b", color="green", label_color="blue", style="flat-square")
    assert '<rect width="17" height="20" fill="#007ec6"/>' in svg


# --- writing ------------------------------------------------------------------


def test_atomic_write_and_overwrite_own_badge(tmp_path: Path) -> None:
    target = tmp_path / "badge.svg"
    write_badge(target, render_svg("a", "b", color="green"))
    write_badge(target, render_svg("a", "c", color="green"))
    assert ">c</text>" in target.read_text()
    assert [p.name for p in tmp_path.iterdir()] == ["badge.svg"]  # no temp file left


def test_refuses_to_overwrite_foreign_file(tmp_path: Path) -> None:
    target = tmp_path / "logo.svg"
    target.write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    with pytest.raises(WriteRefusedError):
        write_badge(target, render_svg("a", "b", color="green"))
    assert target.read_text() == '<svg xmlns="http://www.w3.org/2000/svg"/>'
    badge_maker_like = render_svg("a", "b", color="green", mark=False)
    target.write_text(badge_maker_like)
    with pytest.raises(WriteRefusedError):
        write_badge(target, render_svg("a", "b", color="green"))
    write_badge(target, render_svg("a", "b", color="green"), force=True)
    assert is_our_badge(target.read_bytes())


def test_endpoint_json_counts_as_ours(tmp_path: Path) -> None:
    target = tmp_path / "badge.json"
    write_badge(target, endpoint_json("a", "b", color="green"))
    write_badge(target, endpoint_json("a", "c", color="green"))
    (tmp_path / "package.json").write_text('{"name": "x"}')
    with pytest.raises(WriteRefusedError):
        write_badge(tmp_path / "package.json", endpoint_json("a", "c", color="green"))


def test_write_keeps_existing_mode(tmp_path: Path) -> None:
    target = tmp_path / "badge.svg"
    write_badge(target, render_svg("a", "b", color="green"))
    os.chmod(target, 0o640)
    write_badge(target, render_svg("a", "b", color="red"))
    assert os.stat(target).st_mode & 0o777 == 0o640


def test_write_failure_leaves_no_temp_file(tmp_path: Path) -> None:
    (tmp_path / "dir.svg").mkdir()
    with pytest.raises(WriteRefusedError):
        write_badge(tmp_path / "dir.svg", "x")
    assert [p.name for p in tmp_path.iterdir()] == ["dir.svg"]


# --- PNG ----------------------------------------------------------------------

needs_png = pytest.mark.skipif(
    not png_available(), reason="PNG extra not installed: pip install 'openness[png]' (resvg-py)"
)


@needs_png
def test_png_render(tmp_path: Path) -> None:
    svg = render_svg("Open Source AI 1.0", "open weights", color="yellow")
    svg_width = int(ET.fromstring(svg).get("width") or 0)
    png = render_png(svg)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width = int.from_bytes(png[16:20], "big")
    height = int.from_bytes(png[20:24], "big")
    assert (width, height) == (2 * svg_width, 40)
    assert is_our_badge(png)
    target = tmp_path / "badge.png"
    write_badge(target, png)
    write_badge(target, png)


def test_png_missing_extra_message(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name == "resvg_py":
            raise ImportError("no resvg_py")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(PngUnavailableError, match=r"pip install 'openness\[png\]'"):
        render_png("<svg/>")
    assert not png_available()


def test_badge_package_stays_light() -> None:
    import subprocess
    import sys

    code = (
        "import sys, openness.badge as b; b.render_svg('a', 'b', color='green'); "
        "heavy = ('jsonschema', 'jinja2', 'fontTools', 'click'); "
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "[]"
