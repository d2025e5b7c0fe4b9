"""The translations of the definition's human texts, one file per language.

``definition/translations/<lang>.json`` maps each English text's key (see
``texts.text_key``) to the English it was written from and its translation. One
file serves every definition version: a text that 1.0 and 2.0 share is
translated once, and a glossary at the top keeps the terms consistent.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from functools import cache
from typing import Any, NamedTuple

from openness.i18n.texts import text_key
from openness.resources import data_root_name


class Translation(NamedTuple):
    en: str
    text: str


class Catalogue:
    """The translated texts of one language; English when a text has no translation."""

    def __init__(self, language: str, entries: dict[str, Translation], data: dict[str, Any]):
        self.language = language
        self.entries = entries
        self.data = data

    def text(self, english: str) -> str:
        """The translation of a definition text (the text itself when there is none)."""
        entry = self.entries.get(text_key(english))
        return entry.text if entry is not None and entry.text else english

    def has(self, english: str) -> bool:
        entry = self.entries.get(text_key(english))
        return entry is not None and bool(entry.text)


def translations_file(language: str) -> str:
    return os.path.join(data_root_name(), "definition", "translations", f"{language}.json")


def translated_languages() -> tuple[str, ...]:
    """The languages a translation file ships for (English is the source, not listed)."""
    folder = os.path.dirname(translations_file("en"))
    if not os.path.isdir(folder):
        return ()
    return tuple(sorted(name[:-5] for name in os.listdir(folder) if name.endswith(".json")))


@cache
def catalogue(language: str) -> Catalogue:
    """The catalogue of ``language`` (empty for English, the language texts are written in)."""
    if language == "en":
        return Catalogue("en", {}, {})
    with open(translations_file(language), encoding="utf-8") as handle:
        data = json.load(handle)
    entries = {
        key: Translation(entry["en"], entry[language]) for key, entry in data["texts"].items()
    }
    return Catalogue(language, entries, data)


def drift(
    texts: dict[str, Any], english_texts: Iterable[str], language: str
) -> tuple[list[str], list[str]]:
    """What keeps a translation file (its ``texts``) from matching the English texts:
    the texts with no translation (a new or changed English text), and the keys no
    English text has any more (a stale translation)."""
    wanted = {text_key(english): english for english in english_texts}
    untranslated = [
        english for key, english in wanted.items() if not (texts.get(key) or {}).get(language)
    ]
    stale = [key for key in texts if key not in wanted]
    return untranslated, stale
