"""Several definition versions on one site: the changelog computed from the data, the
pages 2.0 adds (G7 labels, training data, gates, decisions), the older version's pages,
and the models pages that never show this machine's paths."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest
from sitebuild import ROOT, changed_definition

from openness import urls
from openness.definition import from_data, load_raw
from openness.site.changelog import ADDED, CHANGED, MERGED, REMOVED, RENAMED, changes
from openness.site.pages import generated_pages
from openness.site.pages.changelog import changelog_page
from openness.site.sources import ENV_DEFINITION_DIR, Paths, load_site


@pytest.fixture(scope="module")
def site():
    return load_site(Paths.from_root(ROOT, environ={}))


def _find(found, section: str, kind: str, subject: str):
    hits = [c for c in found if (c.section, c.kind, c.subject) == (section, kind, subject)]
    assert hits, f"no {kind} {subject!r} under {section!r}: {found}"
    return hits[0]


# --- the changelog, computed ------------------------------------------------------------------


def test_changelog_follows_levels_through_their_g7_label() -> None:
    found = changes(from_data(load_raw("1.0")), from_data(load_raw("2.0")))
    renamed = _find(found, "Levels", RENAMED, "restricted")
    assert "weights-available" in renamed.detail
    # 1.0's top level is 2.0's open-source-ai-open-data, although open-source-ai exists in both
    top = _find(found, "Levels", RENAMED, "open-source-ai")
    assert "open-source-ai-open-data" in top.detail
    added = _find(found, "Levels", ADDED, "open-source-ai")
    assert "named 1.0's Open Source AI" in added.detail
    merged = _find(found, "Levels", MERGED, "open-methods")
    assert "Open Weights AI" in merged.detail


def test_changelog_lists_requirements_components_and_new_sections() -> None:
    found = changes(from_data(load_raw("1.0")), from_data(load_raw("2.0")))
    _find(found, "Requirements of the levels", ADDED, "training-data-justified")
    _find(found, "Requirements of the levels", REMOVED, "training-data-listed")
    moved = _find(found, "Requirements of the levels", CHANGED, "training-code-open")
    assert "was at 1.0's Open methods" in moved.detail
    assert "now" in _find(found, "Components", CHANGED, "inference-code").detail.lower()
    config = _find(found, "Components", CHANGED, "training-configuration")
    assert "kind 'data' is now 'code'" in config.detail
    for basis in ("legal", "technical", "other"):
        _find(found, "Exception bases", ADDED, basis)
    _find(found, "Data information", ADDED, "data_information")
    _find(found, "Download gates", ADDED, "agreement")
    _find(found, "Decisions", ADDED, "data-exceptions")
    _find(found, "OSAID crosswalk", ADDED, "osaid-training-settings")
    _find(found, "G7 crosswalk", CHANGED, "open-methods")
    _find(found, "Open source claims", CHANGED, "open_source_from")


def test_changelog_sees_each_kind_of_data_change() -> None:
    """A change made to a copy of the newer data shows as its own record."""
    old = load_raw("2.0")
    new = copy.deepcopy(old)
    new["components"][3]["always_applies"] = not new["components"][3]["always_applies"]
    new["levels"][3]["requires"][0]["test"] = "open-applies"
    ref = new["licenses"]["license_refs"][0]
    ref["restrictions"] = [*ref["restrictions"], "non-commercial"]
    removed_ref = new["licenses"]["license_refs"].pop()["id"]
    new["data_information"]["share_tolerance"] = 0.05
    new["decisions"].append(
        {"id": "test-decision", "title": "A test", "decision": "d", "rationale": "r"}
    )
    new["crosswalks"]["osaid"]["requires"].pop()
    found = changes(from_data(old), from_data(new, check_licenses=False))
    comp = new["components"][3]["id"]
    _find(found, "Components", CHANGED, comp)
    req = new["levels"][3]["requires"][0]["id"]
    assert "is now open-applies" in _find(found, "Requirements of the levels", CHANGED, req).detail
    assert "restrictions" in _find(found, "Licence policy", CHANGED, ref["id"]).detail
    _find(found, "Licence policy", REMOVED, removed_ref)
    assert "0.05" in _find(found, "Data information", CHANGED, "share_tolerance").detail
    _find(found, "Decisions", ADDED, "test-decision")
    _find(found, "OSAID crosswalk", REMOVED, old["crosswalks"]["osaid"]["requires"][-1]["id"])
    assert changes(from_data(old), from_data(copy.deepcopy(old))) == []


def test_a_change_in_the_data_shows_on_the_changelog_page(tmp_path: Path) -> None:
    new_ref = "LicenseRef-Written-By-A-Test-1.0"

    def change(data: dict) -> None:
        data["licenses"]["license_refs"].append(
            {
                "id": new_ref,
                "name": "A licence written by a test",
                "url": "https://example.org/licence",
                "open_for": [],
                "restrictions": ["non-commercial"],
                "reason": "A test.",
            }
        )

    folder = changed_definition(tmp_path, change)
    site = load_site(Paths.from_root(ROOT, environ={ENV_DEFINITION_DIR: str(folder)}))
    page = changelog_page(site)
    assert (
        f"| added | `{new_ref}` | A licence written by a test: restricted (non-commercial). |"
        in (page)
    )
    unchanged = changelog_page(load_site(Paths.from_root(ROOT, environ={})))
    assert new_ref not in unchanged


def test_changelog_page_in_the_built_site(built_site: Path) -> None:
    page = (built_site / "definition" / "changelog" / "index.html").read_text()
    assert "From 1.0 to 2.0" in page
    assert "<code>restricted</code>" in page and "weights-available" in page
    assert 'href="changelog/"' in (built_site / "definition" / "index.html").read_text()


# --- pages for what 2.0 adds ------------------------------------------------------------------


def test_g7_page_maps_every_level_and_reads_older_versions(site, built_site: Path) -> None:
    d = site.latest
    page = (built_site / urls.served_path(urls.g7_doc(d.version)).lstrip("/")).joinpath(
        "index.html"
    )
    html = page.read_text()
    for label in d.g7.labels:
        assert label.title in html
    for level in d.levels:
        assert f"<code>{level.id}</code>" in html
    older = site.definitions["1.0"]
    assert "Definition 1.0, read as G7 labels" in html
    for level_id, note in older.g7.notes.items():
        assert note.replace("'", "&#39;") in html or note in html, level_id


def test_training_data_gates_and_decisions_pages(site, built_site: Path) -> None:
    d = site.latest
    served = {
        name: (built_site / urls.served_path(doc).lstrip("/") / "index.html").read_text()
        for name, doc in (
            ("data", urls.training_data_doc(d.version)),
            ("gates", urls.gates_doc(d.version)),
            ("decisions", urls.decisions_doc(d.version)),
        )
    }
    for basis in d.exception_bases:
        assert f"<code>{basis.id}</code>" in served["data"]
    assert f"within {d.data_information.share_tolerance:g}" in served["data"]
    assert "<code>not described</code>" in served["data"]
    for gate in d.gates:
        assert f"<code>{gate.id}</code>" in served["gates"]
    for decision in d.decisions:
        assert f'id="{decision.id}"' in served["decisions"]
    # 1.0 has none of these, so it gets no such pages
    assert not (built_site / "definition" / "1.0" / "decisions").exists()
    assert not (built_site / "definition" / "1.0" / "training-data").exists()


# --- older versions ---------------------------------------------------------------------------


def test_older_version_pages_are_built_from_their_own_data(site, built_site: Path) -> None:
    older = site.definitions["1.0"]
    for level in older.levels:
        page = built_site / "definition" / "1.0" / "levels" / level.id / "index.html"
        assert level.title in page.read_text()
    versions = (built_site / "definition" / "index.html").read_text()
    assert 'href="1.0/"' in versions and 'href="2.0/"' in versions


def test_menus_list_the_latest_version_only(built_site: Path) -> None:
    home = (built_site / "index.html").read_text()
    start = home.index('<nav class="md-nav md-nav--primary')
    nav = home[start : home.index("md-sidebar--secondary", start)]
    assert "definition/2.0/levels/open-source-ai/" in nav
    assert "definition/1.0/" not in nav
    assert "definition/changelog/" in nav


def test_every_generated_page_of_an_older_version_is_marked(site) -> None:
    for page in generated_pages(site):
        if page.uri.startswith("definition/1.0/"):
            assert "superseded by" in page.render(), page.uri


# --- the models directory ---------------------------------------------------------------------


def test_model_pages_show_the_g7_label_beside_osaid_and_mof(site, built_site: Path) -> None:
    for example in site.examples:
        html = (built_site / "models" / example.slug / "index.html").read_text()
        g7 = example.report.g7
        assert g7 is not None
        assert re.search(r"G7 label</td>\s*<td>" + re.escape(g7.title or "no label"), html)
        assert "OSAID 1.0</td>" in html and "MOF 1.0</td>" in html


def test_no_published_page_shows_a_local_path(site, built_site: Path) -> None:
    """The declaration's path is the repository's (``examples/<name>/openness.json``)."""
    local = [str(ROOT), str(ROOT.resolve()), str(site.paths.examples_dir)]
    for page in sorted(built_site.rglob("*.html")):
        html = page.read_text()
        for path in local:
            assert path not in html, f"{page}: {path}"
    example = site.examples[0]
    html = (built_site / "models" / example.slug / "index.html").read_text()
    assert f"examples/{example.slug}/openness.json" in html
    report_json = json.dumps(example.report.to_dict())
    assert str(ROOT) not in report_json


def test_pages_of_the_latest_version_speak_its_words(site, built_site: Path) -> None:
    """The home page, the latest version's pages and the hand-written guides name no level
    that only an older version has (except in links to that version's own pages), and
    call OSAID OSI's, never this definition's name."""
    latest = site.latest
    old_titles = {
        level.title
        for version, d in site.definitions.items()
        if version != latest.version
        for level in d.levels
    } - {level.title for level in latest.levels}
    assert old_titles
    pages = [built_site / "index.html"]
    pages += sorted((built_site / "definition" / latest.version).rglob("*.html"))
    for name in ("badges", "declare", "validate", "versioning", "crosswalks"):
        pages.append(built_site / name / "index.html")
    older = "|".join(re.escape(v) for v in site.versions if v != latest.version)
    to_older = re.compile(rf'<a [^>]*href="[^"]*\b(?:{older})/[^"]*"[^>]*>.*?</a>', re.S)
    for page in pages:
        html = to_older.sub("", page.read_text())
        for title in old_titles:
            assert f">{title}<" not in html, (page, title)
        article = html[html.index("<article") : html.index("</article>")]
        for match in re.finditer("Open Source AI Definition", article):
            before = article[max(0, match.start() - 6) : match.start()]
            assert before.endswith(("OSI's ", "OSI ")), (page, before)
    home = (built_site / "index.html").read_text()
    assert "<title>" in home and latest.name.split()[0] in home[home.index("<title>") :][:200]
