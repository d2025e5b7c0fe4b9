"""Keep a language's translation file in step with the definition's English texts.

Usage: python tools/translations.py LANG            # report untranslated and stale texts
       python tools/translations.py LANG --write    # add untranslated texts (empty, for a
                                                     # translator), drop stale ones, reorder

Entries are keyed by a hash of the English (``openness.i18n.texts.text_key``) and
kept in the order the texts appear, newest definition first, so a diff reads like
the definition. tests/test_translations.py fails while any text is untranslated
or any entry stale.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from openness.i18n.catalogue import drift, translations_file
from openness.i18n.texts import shipped_texts, text_key


def synced(data: dict[str, Any], language: str) -> tuple[dict[str, Any], list[str], list[str]]:
    """The file's data with every shipped text present, in order, and stale ones dropped;
    with the English of the untranslated texts, and the keys of the stale entries."""
    old = data.get("texts", {})
    english_texts = shipped_texts()
    untranslated, stale = drift(old, english_texts, language)
    texts = {
        text_key(english): {
            "en": english,
            language: (old.get(text_key(english)) or {}).get(language, ""),
        }
        for english in english_texts
    }
    return {**data, "texts": texts}, untranslated, stale


def dump(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    language, write = argv[0], "--write" in argv
    path = Path(translations_file(language))
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    new, untranslated, stale = synced(data, language)
    for english in untranslated:
        print(f"untranslated: {english[:100]}")
    for key in stale:
        print(f"stale: {key} {data['texts'][key]['en'][:90]}")
    if write:
        path.write_text(dump(new), encoding="utf-8")
        print(f"wrote {path}")
    return 1 if (untranslated or stale) and not write else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
