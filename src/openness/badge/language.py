"""A badge in another language: the level's message from the definition's translations.

The label ("openness 2.0") names the definition and stays as it is; the message
("poids ouverts", "IA open source", "invalide") is the level's badge message
translated in ``definition/translations/<lang>.json``. The published image of a
badge in another language lives in its own folder, ``badges/<version>/<lang>/``
(written by ``tools/gen_badges.py``), so snippets point there; the badge still
links to the level's page (the site's French pages come with the French site).
"""

from __future__ import annotations

from openness.badge.spec import INVALID, BadgeSpec
from openness.i18n import text
from openness.urls import badge_url

__all__ = ["in_language", "language_badge_url"]


def language_badge_url(version: str, level: str, style: str, language: str) -> str:
    """The published badge of ``level`` in ``language`` (English: the usual set)."""
    url = badge_url(version, level, style)
    if language == "en":
        return url
    head, _, name = url.rpartition("/")
    return f"{head}/{language}/{name}"


class _LanguageSpec(BadgeSpec):
    """A badge whose message is in another language, and whose images are that
    language's published set."""

    __slots__ = ()
    language: str = "fr"

    def image_url(self, style: str = "flat", *, dark: bool = False) -> str:
        url = language_badge_url(self.version, self.level or INVALID, style, self.language)
        return url[: -len(".svg")] + "-dark.svg" if dark else url


class _French(_LanguageSpec):
    __slots__ = ()
    language = "fr"


_SPECS = {"fr": _French}


def in_language(spec: BadgeSpec, language: str) -> BadgeSpec:
    """``spec`` said in ``language`` ("en": unchanged): same label, colour and link."""
    if language == "en":
        return spec
    translated = spec._replace(message=text(spec.message, language))
    return _SPECS[language](*translated)
