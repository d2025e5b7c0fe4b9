"""`openness badge`: the computed level, the invalid badge, snippets, safe writes."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from declarations import edited, open_source_ai, write


def run(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "openness", "badge", *args], capture_output=True, cwd=cwd, timeout=60
    )


def _svg_text(data: bytes) -> str:
    root = ET.fromstring(data)
    return root.get("aria-label")


def test_badge_shows_the_computed_level_not_the_claim(tmp_path):
    data = edited(open_source_ai(), training_code={"status": "not-released"})
    data["claims"]["open_source"] = False
    write(tmp_path, data)
    result = run(cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    badge = (tmp_path / "openness-badge.svg").read_bytes()
    assert _svg_text(badge) == "Open Source AI 1.0: open weights"


def test_invalid_declaration_gets_the_invalid_badge_and_exit_1(tmp_path):
    data = open_source_ai()
    data["model"]["url"] = "ftp://nope"
    path = write(tmp_path, data)
    out = tmp_path / "badge.svg"
    result = run(str(path), "-o", str(out))
    assert result.returncode == 1
    assert _svg_text(out.read_bytes()) == "Open Source AI 1.0: invalid"
    assert b"invalid" in result.stderr


def test_washing_makes_the_declaration_invalid(tmp_path):
    data = edited(open_source_ai(), training_code={"status": "not-released"})
    result = run(str(write(tmp_path, data)), "-o", "-")
    assert result.returncode == 1
    assert _svg_text(result.stdout) == "Open Source AI 1.0: invalid"


def test_level_badge_needs_no_declaration(tmp_path):
    result = run("--level", "open-source-ai", "-o", "-", cwd=tmp_path)
    assert result.returncode == 0
    assert _svg_text(result.stdout) == "openness 2.0: open source AI"
    assert not any(tmp_path.iterdir())


def test_unknown_level_is_a_usage_error():
    result = run("--level", "gold", "-o", "-")
    assert result.returncode == 2 and b"not a level" in result.stderr


def test_missing_declaration_is_exit_2_without_traceback(tmp_path):
    result = run(str(tmp_path / "absent.json"), "-o", "-")
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr and b"no such file" in result.stderr


def test_markdown_snippet_has_alt_text_and_links_to_the_level_page():
    result = run("--level", "open-weights", "--format", "markdown")
    assert result.returncode == 0
    text = result.stdout.decode()
    assert text.startswith("[![openness 2.0: open weights](")
    assert "/badges/2.0/open-weights.svg)" in text
    assert text.rstrip().endswith("/definition/2.0/levels/open-weights/)")


def test_html_snippet_has_a_dark_variant():
    text = run("--level", "closed", "--format", "html").stdout.decode()
    assert 'media="(prefers-color-scheme: dark)"' in text and "closed-dark.svg" in text
    assert 'alt="openness 2.0: closed"' in text


def test_endpoint_json(tmp_path):
    result = run("--level", "weights-available", "--format", "endpoint", "-o", "-")
    endpoint = json.loads(result.stdout)
    assert endpoint["schemaVersion"] == 1 and endpoint["message"] == "weights available"
    assert endpoint["cacheSeconds"] >= 300


def test_refuses_to_overwrite_a_foreign_file(tmp_path):
    target = tmp_path / "logo.svg"
    target.write_text("<svg>my logo</svg>")
    result = run("--level", "closed", "-o", str(target))
    assert result.returncode == 2 and b"--force" in result.stderr
    assert target.read_text() == "<svg>my logo</svg>"
    assert run("--level", "closed", "-o", str(target), "--force").returncode == 0
    assert "closed" in target.read_text()
    # a badge we wrote may be replaced without --force
    assert run("--level", "open-weights", "-o", str(target)).returncode == 0


def test_link_must_be_http(tmp_path):
    result = run("--level", "closed", "-o", "-", "--link", "javascript:alert(1)")
    assert result.returncode == 2 and b"javascript" not in result.stdout


def test_png(tmp_path):
    pytest.importorskip("resvg_py", reason="the png extra (resvg-py) is not installed")
    out = tmp_path / "badge.png"
    assert run("--level", "open-source-ai", "--format", "png", "-o", str(out)).returncode == 0
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_level_badge_path_imports_no_heavy_library():
    """The cold `badge --level` path stays light: no schema engine, no templates."""
    result = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "openness",
            "badge",
            "--level",
            "closed",
            "-o",
            "-",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    imported = {line.split("|")[-1].strip() for line in result.stderr.splitlines()}
    for heavy in ("jsonschema", "jsonschema_rs", "jinja2", "yaml"):
        assert heavy not in imported, heavy
