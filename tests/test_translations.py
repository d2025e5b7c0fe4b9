"""The definition's French edition: every English text has its translation, none is stale.

Translations are keyed by a hash of the English text, so a text added or changed
in English shows up here as untranslated (and its old translation as stale) until
someone writes the French: python tools/translations.py fr --write lists and
prepares them.
"""

from __future__ import annotations

import json
import re

import pytest

from openness.definition import load_raw
from openness.i18n.catalogue import catalogue, drift, translations_file
from openness.i18n.texts import human_texts, shipped_texts, text_key
from openness.resources import known_versions


def _file() -> dict:
    with open(translations_file("fr"), encoding="utf-8") as handle:
        return json.load(handle)


def test_every_english_text_has_a_french_translation():
    untranslated, _ = drift(_file()["texts"], shipped_texts(), "fr")
    places = shipped_texts()
    assert not untranslated, "untranslated (run python tools/translations.py fr --write): " + (
        "; ".join(f"{places[t][0]}: {t[:60]}" for t in untranslated)
    )


def test_no_translation_is_stale():
    _, stale = drift(_file()["texts"], shipped_texts(), "fr")
    texts = _file()["texts"]
    assert not stale, "stale (no English text has them any more): " + "; ".join(
        texts[key]["en"][:60] for key in stale
    )


def test_each_entry_is_keyed_by_the_hash_of_its_english():
    for key, entry in _file()["texts"].items():
        assert text_key(entry["en"]) == key, entry["en"][:60]


def test_a_changed_english_text_is_untranslated_and_its_old_translation_stale():
    texts = _file()["texts"]
    english = list(shipped_texts())
    changed = english[0] + " (changed)"
    untranslated, stale = drift(texts, [changed, *english[1:]], "fr")
    assert untranslated == [changed]
    assert stale == [text_key(english[0])]


def test_identical_texts_of_both_versions_are_translated_once():
    older = {text for _, text in human_texts(load_raw(known_versions()[0]))}
    newer = {text for _, text in human_texts(load_raw(known_versions()[-1]))}
    shared = older & newer
    assert "Model architecture" in shared
    assert len(_file()["texts"]) == len(older | newer)


def test_human_texts_are_the_prose_and_never_ids_urls_or_patterns():
    data = load_raw("2.0")
    found = dict(human_texts(data))
    assert found["/levels/3/title"] == "Open Source AI"
    assert found["/levels/2/badge/message"] == "open weights"
    assert found["/badge/invalid/message"] == "invalid"
    assert "/licenses/license_refs/0/reason" in found
    assert "/crosswalks/osaid/requires/0/all_of/0/summary" in found
    # ids, URLs, licence names, MOF component names, patterns and the badge label stay
    for pointer, text in found.items():
        assert not pointer.endswith(("/id", "/url", "/label", "/mof")), pointer
        assert pointer == "/name" or not pointer.endswith("/name"), pointer  # licence names
        assert not text.startswith("http"), pointer
    assert not any("/uninformative_descriptions/" in pointer for pointer in found)
    assert "/badge/label" not in found
    assert not any(pointer.startswith("/crosswalks/mof/components/") for pointer in found)
    one = dict(human_texts(load_raw("1.0")))
    assert one["/crosswalks/g7/notes/restricted"].startswith("1.0's restricted level")


_URL = re.compile(r"https?://[^\s)]+")
_ID = re.compile(r"\b(?:LicenseRef-[\w.-]+|[A-Z][\w]*(?:-[\w.]+)*-\d[\w.]*)")


def test_translations_keep_urls_and_licence_ids():
    for entry in _file()["texts"].values():
        english, french = entry["en"], entry["fr"]
        for token in _URL.findall(english) + _ID.findall(english):
            assert token.rstrip(".") in french, f"{token!r} lost in: {french[:80]}"


@pytest.mark.parametrize(
    ("english", "french"),
    [
        ("open source washing", "blanchiment open source"),
        ("Open Weights AI", "IA à poids ouverts"),
        ("Weights Available AI", "IA à poids disponibles"),
        ("Open Source AI with Open Data", "IA open source avec données ouvertes"),
        ("data card", "fiche des données"),
        ("acceptable-use polic", "d'utilisation acceptable"),
        ("acceptable use polic", "d'utilisation acceptable"),
    ],
)
def test_glossary_terms_are_used_wherever_the_english_uses_them(english, french):
    used = 0
    for entry in _file()["texts"].values():
        if english.lower() in entry["en"].lower():
            assert french.lower() in entry["fr"].lower(), entry["fr"][:100]
            used += 1
    assert used, f"no text says {english!r}: drop it from this list"


def test_the_catalogue_translates_and_falls_back_to_english():
    french = catalogue("fr")
    assert french.text("Open Weights AI") == "IA à poids ouverts"
    assert french.text("open source AI") == "IA open source"
    assert french.text("no such text") == "no such text"
    assert catalogue("en").text("Open Weights AI") == "Open Weights AI"
