"""The built site: strict build, served files, generated pages, addresses."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from urllib.parse import urlparse

import click
import pytest
from sitebuild import ROOT, build_site

from openness import urls
from openness.cli import cli
from openness.definition import load_definition
from openness.rules import RULES
from openness.site import blocks, clidoc, pages
from openness.site.sources import ENV_DEFINITION_DIR, Paths, load_site
from openness.urls import BASE_URL, badge_url, component_url, definition_url, level_url, rule_url
from openness.validate import validate_paths


@pytest.fixture(scope="module")
def site():
    return load_site(Paths.from_root(ROOT, environ={}))


def html_pages(site_dir: Path) -> list[Path]:
    return sorted(p for p in site_dir.rglob("*.html") if p.name != "404.html")


def test_build_is_strict_and_clean(built_site: Path) -> None:
    assert (built_site / "index.html").is_file()
    assert (built_site / "search" / "search_index.json").is_file()


def test_every_schema_id_is_served_byte_for_byte(built_site: Path) -> None:
    schemas = sorted((ROOT / "schema").rglob("*.json"))
    assert schemas
    for path in schemas:
        schema_id = json.loads(path.read_bytes())["$id"]
        assert schema_id.startswith(BASE_URL + "/")
        served = built_site / urlparse(schema_id).path.lstrip("/")
        assert served.read_bytes() == path.read_bytes(), schema_id


def test_definition_json_is_served_byte_for_byte(built_site: Path) -> None:
    for path in sorted((ROOT / "definition").glob("*.json")):
        served = built_site / urlparse(definition_url(path.stem)).path.lstrip("/")
        assert served.read_bytes() == path.read_bytes()


def test_published_badges_are_served_byte_for_byte(built_site: Path) -> None:
    folder = ROOT / "badges"
    files = [p for p in folder.rglob("*") if p.is_file()] if folder.is_dir() else []
    for path in files:
        served = built_site / "badges" / path.relative_to(folder)
        assert served.read_bytes() == path.read_bytes()


def test_every_page_says_which_definition_version_it_shows(site, built_site: Path) -> None:
    """An older version's pages, and the pages of models declared against it, say their
    version and that it is superseded, with a link to the latest; every other page says
    the latest version."""
    latest = site.latest.version
    older = [v for v in site.versions if v != latest]
    assert older, "the site should carry an older version"
    models = {f"models/{e.slug}/index.html": e.report.definition_version for e in site.examples}
    words = {  # the version line in each language
        "en": ("Definition version", "superseded by", "version"),
        "fr": ("Version de la définition", "remplacée par", "la version"),
    }
    for page in html_pages(built_site):
        html = page.read_text()
        relative = page.relative_to(built_site).as_posix()
        lang = "fr" if relative.startswith("fr/") else "en"
        relative = relative.removeprefix("fr/")
        says, superseded, named = words[lang]
        version = next((v for v in older if relative.startswith(f"definition/{v}/")), latest)
        version = models.get(relative, version)
        assert f"{says} <strong>{version}</strong>" in html, page
        if version != latest:
            assert superseded in html, page
            assert re.search(
                rf'{superseded} <a href="[./]*(definition/)?{latest}/">{named} {latest}</a>', html
            ), page


def test_generated_pages_live_at_the_published_addresses(built_site: Path) -> None:
    d = load_definition()

    def served(url: str) -> Path:
        return built_site / urlparse(url).path.lstrip("/") / "index.html"

    for level in d.levels:
        assert served(level_url(d.version, level.id)).is_file()
        assert (
            urls.served_path(urls.level_doc(d.version, level.id))
            == urlparse(level_url(d.version, level.id)).path
        )
    for comp in d.components:
        assert served(component_url(d.version, comp.id)).is_file()
    rules_page = served(rule_url("x").split("#")[0]).read_text()
    for rule_id in RULES:
        assert f'id="{rule_id}"' in rules_page, rule_id
    for name in ("index.html", "crosswalks/index.html", "washing/index.html", "badges/index.html"):
        assert (built_site / name).is_file()
    assert urlparse(badge_url(d.version, "closed")).path.startswith("/badges/")


def test_cli_reference_lists_every_option_of_every_command(built_site: Path) -> None:
    page = (built_site / "cli" / "index.html").read_text()
    docs = clidoc.walk(cli)
    assert len(docs) >= 2
    for doc in docs:
        assert f'id="{doc.anchor}"' in page, doc.name
        for option in clidoc.option_names(doc.command):
            assert f"<code>{option}" in page or f" {option}" in page, (doc.name, option)
            assert option in clidoc.reference(cli), option


def test_cli_reference_follows_a_new_option() -> None:
    @click.group()
    def tool() -> None:
        """A tool."""

    @tool.command()
    @click.option("--brand-new-option", help="Appears without anyone writing it down.")
    def run(brand_new_option: str) -> None:
        """Run it."""

    text = clidoc.reference(tool, "tool")
    assert "--brand-new-option" in text
    assert "Appears without anyone writing it down." in text


def test_models_show_the_level_the_validator_computes(site, built_site: Path) -> None:
    """Each model's page shows the level the validator computes (in the words of the
    version it is written against); the table filters on the latest level it stands at."""
    table = (built_site / "models" / "index.html").read_text()
    assert len(site.examples) == len(list((ROOT / "examples").glob("*/openness.json")))
    latest = load_definition()
    for example in site.examples:
        report = validate_paths([str(example.source)]).files[0]
        stands = report.level if report.definition_version == latest.version else report.standing
        assert stands in latest.level_ids
        assert f'data-level="{stands}"' in table
        page = (built_site / "models" / example.slug / "index.html").read_text()
        title = load_definition(report.definition_version).level(report.level).title
        assert re.search(r"Computed level</td>\s*<td><a[^>]*>" + re.escape(title), page), title


def test_changing_the_definition_changes_the_site(tmp_path: Path) -> None:
    data_dir = tmp_path / "definition"
    shutil.copytree(ROOT / "definition", data_dir)
    version = load_definition().version
    path = data_dir / f"{version}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    new_title = "Weights Anyone May Use (changed in a test)"
    data["levels"][2]["title"] = new_title
    data["components"][0]["summary"] = "A summary written by the test."
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    dest = tmp_path / "site"
    build_site(dest, **{ENV_DEFINITION_DIR: str(data_dir)})
    level_id = data["levels"][2]["id"]
    level_page = (dest / "definition" / version / "levels" / level_id / "index.html").read_text()
    assert new_title in level_page
    assert new_title in (dest / "index.html").read_text()
    component = data["components"][0]["id"]
    assert (
        "A summary written by the test."
        in (dest / "definition" / version / "components" / component / "index.html").read_text()
    )
    assert (dest / "definition" / f"{version}.json").read_bytes() == path.read_bytes()


def test_every_generated_page_renders_without_mkdocs(site) -> None:
    generated = pages.generated_pages(site)
    sources = {page.uri for page in generated}
    assert len(sources) == len(generated)
    for page in generated:
        text = page.render()
        assert text.lstrip("-\nhide: toc").startswith("# ") or "\n# " in text, page.uri
        assert "Definition version" in text, page.uri


def test_unknown_block_fails(site) -> None:
    with pytest.raises(blocks.UnknownBlockError):
        blocks.fill("# T\n\n<!-- openness:no-such-block -->\n", site, "x.md")


def test_indented_block_keeps_its_indentation(site) -> None:
    out = blocks.fill("1.  Step\n\n    <!-- openness:schema-line -->\n", site, "x.md")
    assert "\n    ```json\n" in out


def test_washing_page_lists_every_example_presented_as_open_source(site, built_site: Path) -> None:
    page = (built_site / "washing" / "index.html").read_text()
    claimed = [e for e in site.examples if e.claims_open_source]
    assert claimed
    for example in claimed:
        assert f"models/{example.slug}/" in page
