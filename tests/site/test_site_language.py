"""The French edition: every English text of the site has its French, and the built
site serves each page in both languages under stable addresses."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from site_strings import CODE, TEMPLATES, code_strings, english_strings, template_strings
from sitebuild import ROOT

from openness import urls
from openness.i18n.rules import FR as RULES_FR
from openness.i18n.site import FR
from openness.rules import RULES
from openness.site import language
from openness.site.sources import Paths, load_site, localized

DOCS = ROOT / "docs"
FIELD = re.compile(r"\{(\w*)\}")
BLOCK = re.compile(r"<!-- openness:([a-z0-9-]+) -->")


def _english_docs() -> list[Path]:
    return sorted(p for p in DOCS.rglob("*.md") if not p.name.endswith(".fr.md"))


def test_every_sentence_of_the_site_has_its_french():
    found = english_strings()
    assert len(found) > 300  # the extraction finds the site's sentences at all
    missing = sorted(found - set(FR))
    assert not missing, f"add French for these to src/openness/i18n/site.py: {missing}"


def test_no_french_sentence_is_left_over():
    stale = sorted(set(FR) - english_strings())
    assert not stale, f"no code says these any more: remove them from openness.i18n.site: {stale}"


@pytest.mark.parametrize("english", sorted(FR))
def test_a_translation_keeps_the_fields_it_is_filled_with(english):
    french = FR[english]
    assert french.strip(), english
    assert set(FIELD.findall(french)) == set(FIELD.findall(english)), english


def test_templates_call_tr_with_a_sentence():
    """A template's ``tr`` takes its English literally, so the catalogue check sees it
    (the one exception says a severity, which the page code marks)."""
    for path in TEMPLATES:
        text = path.read_text(encoding="utf-8")
        _, calls = template_strings(path)
        literal_calls = len(re.findall(r"""\btr\(\s*["']""", text))
        dynamic = text.count("tr(rule.severity)")
        assert calls - literal_calls == dynamic, path.name


def test_the_code_extraction_sees_calls_and_literals():
    sources = {path.name: code_strings(path) for path in CODE}
    assert "Look it up" in sources["blocks.py"][0]
    assert "Open source AI? {short} {detail}" in sources["directory.py"][0]


def test_every_hand_written_page_has_its_french_page():
    pages = _english_docs()
    assert len(pages) >= 10
    for english in pages:
        french = english.with_name(english.stem + ".fr.md")
        assert french.is_file(), f"{english.relative_to(ROOT)} has no {french.name}"
        # the same generated blocks, in the same order
        assert BLOCK.findall(french.read_text(encoding="utf-8")) == BLOCK.findall(
            english.read_text(encoding="utf-8")
        ), french.name
    orphans = [p for p in DOCS.rglob("*.fr.md") if not p.with_name(p.name[:-6] + ".md").is_file()]
    assert not orphans


def test_every_rule_has_its_french_title_and_help():
    for rule in RULES.values():
        entry = RULES_FR.get(rule.id)
        assert entry is not None, rule.id
        assert (entry.title_en, entry.help_en) == (rule.title, rule.help), (
            f"{rule.id}: the English changed; translate it again in openness.i18n.rules"
        )
        assert entry.title and entry.help and entry.title != rule.title
    assert set(RULES_FR) <= set(RULES)


def test_the_french_site_reads_the_translated_definition():
    site = load_site(Paths.from_root(ROOT))
    french = localized(site, "fr")
    assert [lv.id for lv in french.latest.levels] == [lv.id for lv in site.latest.levels]
    titles = {lv.id: lv.title for lv in french.latest.levels}
    assert titles["open-weights"] == "IA à poids ouverts"
    assert titles["open-source-ai"] == "IA open source"
    assert site.latest.level("open-weights").title == "Open Weights AI"  # English untouched


def test_tr_says_the_sentence_in_the_page_language():
    assert language.tr("Level {rank}, counted from the bottom.", rank=3) == (
        "Level 3, counted from the bottom."
    )
    with language.speaking("fr"):
        assert language.tr("Level {rank}, counted from the bottom.", rank=3) == (
            "Niveau 3, en comptant à partir du bas."
        )
        assert language.page_address(urls.level_doc("2.0", "open-weights")) == (
            f"{urls.BASE_URL}/fr/definition/2.0/levels/open-weights/"
        )
    with pytest.raises(TypeError):
        language.template_tr("G7 label: **{label}**", label="<b>raw</b>")


def test_french_typography_spares_code_and_tags():
    html = '<p>Oui : « ouvert » ; vraiment ? <code>a : b</code> <a title="x : y">z</a></p>'
    assert language.french_spacing(html) == (
        "<p>Oui\u00a0: «\u00a0ouvert\u00a0»\u202f; vraiment\u202f? <code>a : b</code> "
        '<a title="x : y">z</a></p>'
    )


# --- the built site ---------------------------------------------------------------------


def _html(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def test_every_page_exists_in_french_under_fr(built_site: Path):
    english = {
        p.relative_to(built_site).as_posix()
        for p in built_site.rglob("index.html")
        if not p.relative_to(built_site).as_posix().startswith("fr/")
    }
    french = {
        p.relative_to(built_site / "fr").as_posix() for p in (built_site / "fr").rglob("index.html")
    }
    assert len(english) > 100
    assert english == french


def test_french_pages_say_they_are_french(built_site: Path):
    for path in ("fr", "fr/definition/2.0/levels/open-weights", "fr/models/pythia-6.9b"):
        html = _html(built_site, path)
        assert '<html lang="fr"' in html, path
    assert '<html lang="en"' in _html(built_site, "definition/2.0/levels/open-weights")
    level = _html(built_site, "fr/definition/2.0/levels/open-weights")
    assert "<h1" in level and "IA à poids ouverts" in level
    assert "Ce qu'il exige" in level and "What it requires" not in level


def test_the_switcher_leads_to_the_same_page_in_the_other_language(built_site: Path):
    french = _html(built_site, "fr/definition/2.0/levels/open-weights")
    english = _html(built_site, "definition/2.0/levels/open-weights")
    assert 'href="../../../../../definition/2.0/levels/open-weights/" hreflang="en"' in french
    assert 'href="../../../../fr/definition/2.0/levels/open-weights/" hreflang="fr"' in english


def test_the_search_index_holds_both_languages(built_site: Path):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["en", "fr"]
    locations = [doc["location"] for doc in index["docs"]]
    assert any(loc.startswith("fr/washing/") for loc in locations)
    assert any(loc.startswith("washing/") for loc in locations)
    washing = [d for d in index["docs"] if d["location"] == "fr/washing/"]
    assert washing and washing[0]["title"] == "Blanchiment open source"


def test_french_badge_snippets_point_to_french_badges_and_pages(built_site: Path):
    html = _html(built_site, "fr/badges")
    assert f"{urls.BASE_URL}/badges/2.0/fr/open-weights.svg" in html
    assert f"{urls.BASE_URL}/fr/definition/2.0/levels/open-weights/" in html
    assert "openness 2.0: poids ouverts" in html
    assert (built_site / "badges" / "2.0" / "fr" / "open-weights.svg").is_file()


def test_the_models_index_stays_english(built_site: Path):
    index = json.loads((built_site / "models.json").read_text(encoding="utf-8"))
    text = json.dumps(index, ensure_ascii=False)
    assert "Open source AI?" in text or "Open Weights AI" in text
    assert "IA à poids" not in text and "/fr/" not in text
