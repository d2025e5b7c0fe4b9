"""The two addresses the project depends on are each set in one place.

- The site's canonical address is ``openness.urls.BASE_URL``: no other source, tool,
  page or setting writes it (generated files are regenerated from it by their own tests).
- The repository's address is mkdocs.yml's ``repo_url``: pages say ``{{ repo_url }}``
  or ``{{ action }}`` and the build fills them, with a visible placeholder while unset.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from openness import urls
from openness.site import repository

ROOT = Path(__file__).resolve().parents[2]
HOST = urlsplit(urls.BASE_URL).netloc
SETTING = ROOT / "src" / "openness" / "urls.py"
# What people and tools write by hand: sources, generators, pages, settings.
SCANNED = (
    "src",
    "tools",
    "docs",
    "mkdocs.yml",
    "README.md",
    "action.yml",
    ".pre-commit-hooks.yaml",
)
TEXT = {".py", ".md", ".j2", ".yml", ".yaml", ".css", ".js", ".toml", ".sh", ".json"}
# Generated from the definition data, by generators that read the setting (their own
# tests regenerate them and compare).
GENERATED = {ROOT / "src" / "openness" / "badge" / "directory.json"}


def _files() -> list[Path]:
    found = []
    for name in SCANNED:
        path = ROOT / name
        candidates = [path] if path.is_file() else sorted(path.rglob("*"))
        found += [p for p in candidates if p.is_file() and p.suffix in TEXT]
    return found


def test_only_the_setting_names_the_site_address():
    assert urls.BASE_URL.startswith("https://") and not urls.BASE_URL.endswith("/")
    files = _files()
    assert SETTING in files and len(files) > 50
    named = [
        str(p.relative_to(ROOT))
        for p in files
        if p != SETTING and p not in GENERATED and HOST in p.read_text(encoding="utf-8")
    ]
    assert named == [], f"these write {HOST} themselves; build it from urls.BASE_URL: {named}"


def test_the_site_build_takes_its_address_from_the_setting(built_site: Path):
    config = yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=yaml.BaseLoader)
    assert "site_url" not in config  # the hook sets it from urls.BASE_URL
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{urls.BASE_URL}/">' in home
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{urls.BASE_URL}/install/</loc>" in sitemap


def test_package_metadata_agrees_with_the_setting():
    """pyproject.toml is static and cannot import the setting: it must equal it."""
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert meta["project"]["urls"]["Homepage"] == urls.BASE_URL


def test_pages_never_write_a_repository_address():
    """Install and CI commands name the repository through {{ repo_url }} / {{ action }}."""
    pages = sorted((ROOT / "docs").rglob("*.md"))
    pattern = re.compile(r"github\.com/[^/\s]+/openness|<owner>/openness|git\+https?://")
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert not pattern.search(text), f"{page.relative_to(ROOT)} writes the repository"
    install = (ROOT / "docs" / "install.md").read_text(encoding="utf-8")
    assert "git+{{ repo_url }}" in install and "pipx install" in install
    assert "{{ action }}@" in (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")


def test_repository_placeholders_while_unset_and_once_set():
    unset = repository.placeholders("")
    assert unset["repo_url"] == "<repository URL>" and unset["action"] == "<owner>/openness"
    github = repository.placeholders("https://github.com/acme/openness/")
    assert github["repo_url"] == "https://github.com/acme/openness"
    assert github["action"] == "acme/openness"
    other = repository.placeholders("https://gitlab.com/acme/openness")
    assert other["repo_url"] == "https://gitlab.com/acme/openness"
    assert other["action"] == "<owner>/openness"  # the Action needs GitHub
    assert repository.fill("uses: {{ action }}@v1 {{ repo_url }}", "") == (
        "uses: <owner>/openness@v1 <repository URL>"
    )


def test_no_page_claims_the_package_index_install_works():
    """`pip install openness` is not published: a page may only say that it fails (in
    English or in French)."""
    for path in _files():
        if path.suffix not in {".md", ".j2", ".yml", ".yaml"}:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if re.search(r"pip install (-\S+ )*openness(\s|$|`|\[)", line):
                said = ("fails", "not", "échoue", "pas ")
                assert any(word in line for word in said), f"{path.relative_to(ROOT)}: {line}"


def test_the_built_install_and_ci_pages_show_placeholders_not_guesses(built_site: Path):
    for page in ("install", "ci"):
        html = (built_site / page / "index.html").read_text(encoding="utf-8")
        assert "{{" not in html
        assert "&lt;repository URL&gt;" in html
    ci = (built_site / "ci" / "index.html").read_text(encoding="utf-8")
    assert "&lt;owner&gt;/openness@&lt;ref&gt;" in ci
    # the one install page, linked from where users start
    assert 'href="install/"' in (built_site / "index.html").read_text(encoding="utf-8")
    for page in ("declare", "ci", "cli"):
        html = (built_site / page / "index.html").read_text(encoding="utf-8")
        assert 'href="../install/"' in html, page
    assert "docs/install.md" in (ROOT / "README.md").read_text(encoding="utf-8")
