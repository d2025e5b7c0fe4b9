"""The page generators without MkDocs: escaping, the templates' guard, where the raw
definition data is read, and the site's check that reports and definition agree."""

from __future__ import annotations

from pathlib import Path

import pytest
from sitebuild import ROOT, changed_definition

from openness import urls
from openness.site.pages import generated_pages
from openness.site.pages.common import render
from openness.site.sources import ENV_DEFINITION_DIR, Paths, load_site


@pytest.fixture(scope="module")
def site():
    return load_site(Paths.from_root(ROOT, environ={}))


def test_a_template_refuses_a_value_no_filter_escaped() -> None:
    with pytest.raises(TypeError, match="unescaped"):
        render("versions.md.j2", urls.VERSIONS_DOC, version_note="<b>", versions_table="")


def test_markup_in_the_definition_is_escaped_on_the_pages(tmp_path: Path) -> None:
    hostile = "Open <script>alert(1)</script> | weights"

    def change(data: dict) -> None:
        data["levels"][2]["title"] = hostile
        data["levels"][2]["summary"] = hostile

    folder = changed_definition(tmp_path, change)
    site = load_site(Paths.from_root(ROOT, environ={ENV_DEFINITION_DIR: str(folder)}))
    level_id = site.latest.levels[2].id
    rendered = {page.uri: page.render() for page in generated_pages(site)}
    level_page = rendered[urls.level_doc(site.latest.version, level_id)]
    assert "# Open &lt;script&gt;alert(1)&lt;/script&gt; | weights" in level_page
    overview = rendered[urls.overview_doc(site.latest.version)]
    # in the ladder (raw HTML, one line: a pipe cannot start a table there)
    assert 'class="oa-rung-title"' in overview
    assert ">Open &lt;script&gt;alert(1)&lt;/script&gt; | weights</a>" in overview
    for uri, text in rendered.items():
        assert "<script>" not in text, uri


def test_the_site_refuses_reports_that_name_levels_its_definition_lacks(
    tmp_path: Path, site
) -> None:
    # the version the examples are written against: every report names all its levels
    version = site.examples[0].report.definition_version
    top = site.definitions[version].levels[-1].id

    def change(data: dict) -> None:
        data["levels"][-1]["id"] = "renamed-top-level"

    folder = changed_definition(tmp_path, change, version)
    with pytest.raises(ValueError, match="does not have") as error:
        load_site(Paths.from_root(ROOT, environ={ENV_DEFINITION_DIR: str(folder)}))
    assert top in str(error.value)


@pytest.mark.parametrize(
    ("doc", "served"),
    [
        ("index.md", "/"),
        ("definition/index.md", "/definition/"),
        ("definition/1.0/levels/closed.md", "/definition/1.0/levels/closed/"),
        ("crosswalks.md", "/crosswalks/"),
        ("definition/1.0.json", "/definition/1.0.json"),
    ],
)
def test_source_paths_are_served_where_mkdocs_puts_them(doc: str, served: str) -> None:
    assert urls.served_path(doc) == served


def test_public_page_urls_are_built_from_the_source_paths() -> None:
    assert urls.level_url("1.0", "closed") == f"{urls.BASE_URL}/definition/1.0/levels/closed/"
    assert urls.definition_page("1.0") == f"{urls.BASE_URL}/definition/1.0/"
    assert urls.rule_url("invalid-url") == f"{urls.BASE_URL}/validate/rules/#invalid-url"
    assert urls.schema_url("1.0") == f"{urls.BASE_URL}/schema/1.0/openness.schema.json"
