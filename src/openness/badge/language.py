"""A badge in another language: the level's message from the definition's translations.

The label ("openness 2.0") names the definition and stays as it is; the message
("poids ouverts", "IA open source", "invalide") is the level's badge message
translated in ``definition/translations/<lang>.json``. The published image of a
badge in another language lives in its own folder, ``badges/<version>/<lang>/``
(written by ``tools/gen_badges.py``), so snippets point there; the badge links to
the same page of the site in that language (``/fr/...``), when it links to the site.
"""

from __future__ import annotations

from openness.badge.spec import INVALID, BadgeSpec
from openness.i18n import text
from openness.urls import BASE_URL, badge_url

__all__ = ["in_language", "language_badge_url"]


def language_badge_url(version: str, level: str, style: str, language: str) -> str:
    """The published badge of ``level`` in ``language`` (English: the usual set)."""
    url = badge_url(version, level, style)
    if language == "en":
        return url
    head, _, name = url.rpartition("/")
    return f"{head}/{language}/{name}"


def page_in_language(url: str, language: str) -> str:
    """A page of the site in ``language`` (its pages live under ``/<language>/``); any
    other address (a model's own page elsewhere) as it is."""
    site = BASE_URL + "/"
    if language == "en" or not url.startswith(site) or url.startswith(f"{site}{language}/"):
        return url
    return f"{site}{language}/{url[len(site) :]}"


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
    translated = spec._replace(
        message=text(spec.message, language), link=page_in_language(spec.link, language)
    )
    return _SPECS[language](*translated)
