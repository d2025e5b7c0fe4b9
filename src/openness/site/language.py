"""The language a page is written in, and the one function its own words pass through.

A build of the site speaks one language at a time (the hook sets it before it renders
anything). Every human string the page code and the templates write, as opposed to
the definition's texts (those come translated with the data, see
:func:`openness.site.sources.localized`), goes through :func:`tr`: English is the
key, the catalogue ``openness.i18n.site`` gives the other languages, so a page's
logic exists once and French is only a table of sentences. A test checks that
every string given to ``tr`` has its French.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from openness import urls
from openness.site.markdown import Markdown

DEFAULT = "en"
LANGUAGES = ("en", "fr")

_LANGUAGE: ContextVar[str] = ContextVar("openness_site_language", default=DEFAULT)
# sentences asked for in another language that the catalogue does not have (the build
# fails on them: see ``untranslated``)
_UNTRANSLATED: set[tuple[str, str]] = set()


def language() -> str:
    """The language the page being written speaks."""
    return _LANGUAGE.get()


def set_language(value: str) -> None:
    """Speak ``value`` from now on (the hook calls this once per language built)."""
    if value not in LANGUAGES:
        raise ValueError(f"the site is not written in {value!r}")
    _LANGUAGE.set(value)
    _UNTRANSLATED.difference_update({item for item in _UNTRANSLATED if item[0] == value})


@contextmanager
def speaking(value: str) -> Iterator[None]:
    """Speak ``value`` inside the block (tests and tools that render one page)."""
    token = _LANGUAGE.set(value)
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def tr(english: str, /, **params: object) -> Markdown:
    """``english`` said in the page's language, its ``{fields}`` filled with ``params``.

    The sentence itself is trusted Markdown (we wrote it); the page code escapes what
    it passes, as it does for its own f-strings (``openness.site.markdown``). Templates
    get :func:`template_tr`, which accepts only escaped values.
    """
    sentence = _sentence(english)
    return Markdown(sentence.format(**params) if params else sentence)


def template_tr(english: str, /, **params: object) -> Markdown:
    """:func:`tr` for templates: a parameter must be Markdown already (passed through an
    escaping filter, or a link) or a number, so a template cannot print a raw value."""
    for name, value in params.items():
        if not isinstance(value, Markdown | int | float) or isinstance(value, bool):
            raise TypeError(f"tr({english!r}): {name}={value!r} is not escaped Markdown")
    return tr(english, **params)


def prefix(value: str | None = None) -> str:
    """The path every page of a language lives under: "" in English, "/fr" in French."""
    value = value or language()
    return "" if value == DEFAULT else f"/{value}"


def page_address(doc: str) -> str:
    """The public URL of a page (a source path) in the page's language."""
    return urls.BASE_URL + prefix() + urls.served_path(doc)


def localize_url(url: str) -> str:
    """A public page URL of the English site, as the same page in the current language."""
    if language() == DEFAULT or not url.startswith(urls.BASE_URL + "/"):
        return url
    return urls.BASE_URL + prefix() + url[len(urls.BASE_URL) :]


def said(message: object) -> str:
    """A message of the validator's report (a finding, a gap, a fix) in the page's
    language: the same template the French text report uses (plain text, not escaped)."""
    from openness.i18n.messages import localize

    return localize(message, language())


def data_text(english: str) -> str:
    """A text that comes from the definition's data by another road (the schema's
    descriptions, a report's level title): its translation, or the English."""
    from openness.i18n import text

    return text(english, language())


def marked(english: str) -> str:
    """Mark a sentence kept in a table for :func:`tr` to say later (``tr(value)``): the
    catalogue test finds it here, as it finds the literal arguments of ``tr``."""
    return english


def tr_text(english: str, /, **params: object) -> str:
    """Like :func:`tr`, for plain text that the caller escapes later (a changelog line is
    a sentence, not Markdown): the parameters are taken as they are."""
    sentence = _sentence(english)
    return sentence.format(**params) if params else sentence


def _sentence(english: str) -> str:
    """``english`` in the page's language, noting it when the catalogue lacks it."""
    if language() == DEFAULT:
        return english
    from openness.i18n.site import SITE

    found = SITE[language()].get(english)
    if not found:
        _UNTRANSLATED.add((language(), english))
        return english
    return found


def untranslated(value: str | None = None) -> list[str]:
    """The sentences the pages asked for in ``value`` (the current language) and the
    catalogue does not have, since the last :func:`set_language` to it."""
    value = value or language()
    return sorted(english for lang, english in _UNTRANSLATED if lang == value)


# a page's HTML: tags and code are left alone, text between them is typeset
_HTML_PARTS = re.compile(r"(<pre\b.*?</pre>|<code\b.*?</code>|<script\b.*?</script>|<[^>]+>)", re.S)
_BEFORE_HIGH = re.compile(r" ([;?!])")  # thin no-break space before ; ? !
_BEFORE_COLON = re.compile(r" :(?=\s|$|<)")  # no-break space before a colon that ends a word
_GUILLEMETS = re.compile(r"« | »")


def french_spacing(html_text: str) -> str:
    """French typography on a rendered page: the spaces before ``: ; ? !`` and inside
    « » become no-break spaces, so a line never starts with a colon. The data and the
    catalogue keep ordinary spaces (see definition/translations/README.md)."""
    parts = _HTML_PARTS.split(html_text)
    for index in range(0, len(parts), 2):  # even items are text, odd ones tags or code
        text_part = _BEFORE_HIGH.sub("\u202f\\1", parts[index])
        text_part = _BEFORE_COLON.sub("\u00a0:", text_part)
        parts[index] = _GUILLEMETS.sub(lambda m: m.group(0).replace(" ", "\u00a0"), text_part)
    return "".join(parts)
