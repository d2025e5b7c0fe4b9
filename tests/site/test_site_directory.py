"""The models directory (issue 13): the index and its schema, the served declarations,
public sources only, and the model pages' answer derived from the report."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest
from sitebuild import ROOT

from openness.site import blocks, directory
from openness.site.models_index import INDEX_SCHEMA_URL, models_index
from openness.site.pages.licenses import licence_doc
from openness.site.sources import ENV_EXAMPLES_DIR, LOCAL_PATH, Paths, load_site

jsonschema = pytest.importorskip("jsonschema")

SCHEMA = ROOT / "schema" / "models" / "1" / "models.schema.json"


@pytest.fixture(scope="module")
def site():
    return load_site(Paths.from_root(ROOT, environ={}))


def _served(site_dir: Path, url: str) -> Path:
    path = site_dir / urlparse(url).path.lstrip("/")
    return path / "index.html" if url.endswith("/") else path


def test_models_index_validates_against_its_schema(site, built_site: Path) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["$id"] == INDEX_SCHEMA_URL
    jsonschema.Draft202012Validator.check_schema(schema)
    index = json.loads((built_site / "models.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = [e.message for e in validator.iter_errors(index)]
    assert not errors, errors
    assert index == models_index(site)
    assert index["count"] == len(site.examples) == len(index["models"]) >= 40
    # the schema is published at its $id, and it refuses what it must
    assert _served(built_site, INDEX_SCHEMA_URL).read_bytes() == SCHEMA.read_bytes()
    broken = json.loads(json.dumps(index))
    broken["models"][0]["level"] = 5
    assert list(validator.iter_errors(broken))


def test_index_entries_lead_to_the_page_and_the_declaration(site, built_site: Path) -> None:
    index = json.loads((built_site / "models.json").read_text(encoding="utf-8"))
    by_id = {e.slug: e for e in site.examples}
    for entry in index["models"]:
        example = by_id[entry["id"]]
        assert _served(built_site, entry["url"]).is_file(), entry["url"]
        served = _served(built_site, entry["declaration_url"])
        assert served.read_bytes() == example.source.read_bytes()
        assert entry["level"] == example.report.level
        assert entry["reviewed"] == example.data["x-reviewed"]


def _published_texts(site_dir: Path) -> dict[str, str]:
    """What the site publishes about models: pages, declarations, the index, search."""
    found = {
        p.as_posix(): p.read_text(encoding="utf-8")
        for p in site_dir.glob("models/**/*")
        if p.is_file()
    }
    found["models.json"] = (site_dir / "models.json").read_text(encoding="utf-8")
    found["search"] = (site_dir / "search" / "search_index.json").read_text(encoding="utf-8")
    return found


def test_no_local_path_in_any_published_source(site, built_site: Path) -> None:
    """Every x-sources URL is public https and shown as a link; no page, declaration,
    index or search entry carries a local path."""
    for path, content in _published_texts(built_site).items():
        match = LOCAL_PATH.search(content)
        assert match is None, f"{path}: {content[max(0, match.start() - 60) : match.end() + 60]}"
    for example in site.examples:
        page = (built_site / "models" / example.slug / "index.html").read_text(encoding="utf-8")
        for entries in example.data["x-sources"].values():
            for entry in entries:
                assert entry["url"].startswith("https://"), (example.slug, entry)
                assert f'href="{entry["url"]}"' in page.replace("&amp;", "&"), entry["url"]


@pytest.mark.parametrize(
    "bad",
    ["shared/reference/definitions.md section 1", "/work/notes/x.md", "file:///tmp/x", "http://x"],
)
def test_the_site_refuses_a_source_that_is_not_public(tmp_path: Path, bad: str) -> None:
    folder = tmp_path / "examples"
    shutil.copytree(ROOT / "examples" / "llama-2-7b", folder / "llama-2-7b")
    path = folder / "llama-2-7b" / "openness.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["x-sources"]["/components/model-parameters"].append({"url": bad, "says": "it"})
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    with pytest.raises(ValueError, match="llama-2-7b"):
        load_site(Paths.from_root(ROOT, environ={ENV_EXAMPLES_DIR: str(folder)}))


def test_a_key_ending_in_file_is_not_a_local_path() -> None:
    """The CI page's workflow says ``sarif_file: openness.sarif``: no file URL in that."""
    assert LOCAL_PATH.search("sarif_file: openness.sarif") is None
    assert LOCAL_PATH.search("see file:///tmp/x") is not None


def test_verdict_sentence_comes_from_the_report_and_the_licence_policy(site) -> None:
    d = site.latest
    open_rank = d.rank(d.open_source_from)
    for example in site.examples:
        verdict = directory.verdict(d, example)
        rank = d.rank(example.report.level)
        assert verdict.answer == ("yes" if rank >= open_rank else "no"), example.slug
        assert d.level(example.report.level).title in verdict.sentence
        weights = example.components.get("model-parameters", {})
        licence = weights.get("license")
        if verdict.answer == "no" and licence and not d.licenses.judge(licence, "weights").is_open:
            for title in directory.restriction_titles(d, licence, "weights"):
                assert title in verdict.sentence, (example.slug, title)
    llama = directory.verdict(d, site.example("llama-2-7b")).sentence
    assert llama.startswith("Open source AI? No (Weights Available AI): the weights' licence")
    assert "user or revenue threshold" in llama and "training code" in llama
    olmo = directory.verdict(d, site.example("olmo-2-7b"))
    assert olmo.answer == "yes" and "but not" not in olmo.sentence


def test_model_page_puts_the_answer_first(site, built_site: Path) -> None:
    d = site.latest
    for example in site.examples:
        html = (built_site / "models" / example.slug / "index.html").read_text(encoding="utf-8")
        article = html[html.index("<article") :]
        verdict = article.index('class="oa-verdict ')
        assert verdict < article.index('class="oa-verdict-row"') < article.index("oa-matrix")
        assert article.index("oa-matrix") < article.index('id="can-i-use-it"')
        assert article.index('id="can-i-use-it"') < article.index('id="sources"')
        states = re.findall(r'<li class="oa-cell oa-[a-z-]+" data-state="([a-z-]+)"', article)
        assert len(states) == len(d.components), example.slug
        assert set(states) <= set(directory.STATES)
        assert example.data["x-reviewed"] in article


def test_use_facts_follow_the_restriction_ids(site) -> None:
    d = site.latest
    lead, facts = directory.use_facts(d, site.example("llama-2-7b"))
    answers = {f.question: f.answer for f in facts}
    assert answers["User or revenue caps"].startswith("yes")
    assert answers["Restrictions on outputs"] == "yes"
    assert answers["Naming duties"] == directory.NOT_STATED  # Llama 2 has none
    _, facts = directory.use_facts(d, site.example("llama-3.1-8b"))
    assert {f.question: f.answer for f in facts}["Naming duties"].startswith("yes")
    _, facts = directory.use_facts(d, site.example("olmo-2-7b"))
    assert {f.question: f.answer for f in facts}["Commercial use"] == "yes"
    lead, facts = directory.use_facts(d, site.example("gpt-4"))
    assert not facts and "not released" in lead


def test_differences_say_why_where_osi_or_mof_disagree(site) -> None:
    from openness.site.pages.crosswalks import osi_validation

    d = site.latest
    t5 = directory.differences(d, site.example("t5-base"), osi_validation())
    assert any(s.startswith("OSI's 2024 validation passed T5") for s in t5)
    assert any(s.startswith("OSAID 1.0 passes") for s in t5)
    olmo = directory.differences(d, site.example("olmo-2-7b"), osi_validation())
    assert any(s.startswith("MOF 1.0 gives it Class III") for s in olmo)
    assert not directory.differences(d, site.example("llama-2-7b"), osi_validation())


def test_home_places_famous_models_on_the_rung_of_their_level(site, built_site: Path) -> None:
    html = (built_site / "index.html").read_text(encoding="utf-8")
    rungs = re.split(r'<div class="oa-rung[^"]*" role="row" data-level="', html)[1:]
    placed = {rung.split('"', 1)[0]: rung for rung in rungs}
    assert len(blocks.FAMOUS) >= 3
    for slug in blocks.FAMOUS:
        example = site.example(slug)
        rung = placed[example.report.level]
        assert f"models/{slug}/" in rung, slug
    assert 'action="models/"' in html and 'name="q"' in html


def test_every_model_licence_has_a_page_and_each_reason_is_said_once(
    site, built_site: Path
) -> None:
    d = site.latest
    page = (built_site / "definition" / d.version / "licenses" / "index.html").read_text()
    for ref in d.licenses.license_refs.values():
        doc = licence_doc(d.version, ref.id)
        detail = built_site / doc.removesuffix(".md") / "index.html"
        assert ref.url in detail.read_text(encoding="utf-8"), ref.id
    reasons = re.findall(r'<p class="oa-licence-why">(.*?)</p>', page)
    assert reasons and len(reasons) == len(set(reasons))
    assert len(page) < 400_000  # the old page was several times that


def test_propose_a_correction_uses_the_issue_form_when_the_repository_is_known(site) -> None:
    import dataclasses

    import yaml

    from openness.site.pages.models import ISSUE_TEMPLATE, model_page

    form = yaml.safe_load((ROOT / ".github" / "ISSUE_TEMPLATE" / ISSUE_TEMPLATE).read_text())
    ids = {item.get("id") for item in form["body"]}
    assert {"model", "wrong", "right", "source"} <= ids
    example = site.example("llama-2-7b")
    assert "issues/new" not in model_page(site, example)  # no repository: the guide only
    known = dataclasses.replace(site, repo_url="https://github.com/example/openness")
    page = model_page(known, example)
    assert f"https://github.com/example/openness/issues/new?template={ISSUE_TEMPLATE}" in page
    assert "contributing.md" in page
