"""Other languages: the definition's texts translated as data, the code's messages as templates.

English is the language everything is written in; a translation never changes an
English output. ``texts`` says what a human text of the definition is,
``catalogue`` reads a language's translations, ``templates`` and ``messages`` say
the code's own messages in each language.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

LANGUAGES = ("en", "fr")


def resolve_language(option: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The language to speak: ``--lang`` when given; else French when ``LC_ALL``,
    ``LC_MESSAGES`` or ``LANG`` (the first one set, as gettext reads them) starts
    with ``fr``; else English."""
    if option:
        return option
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def text(english: str, language: str) -> str:
    """A definition text in ``language`` (English when it has no translation)."""
    if language == "en":
        return english
    from openness.i18n.catalogue import catalogue

    return catalogue(language).text(english)
