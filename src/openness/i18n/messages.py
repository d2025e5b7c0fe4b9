"""Messages that remember how they were made, so they can be said in another language.

A finding's or a gap's message is a ``Message``: a plain ``str`` holding the
English text (JSON, SARIF, lines and the English text output use it unchanged,
byte for byte), which also carries its template id and parameters. The French
text output formats the same parameters with the French template.

Templates are ``str.format`` strings whose fields take flags after the colon,
comma-separated, applied in order:

- ``t``: the value is a text of the definition, translated from its catalogue;
- ``lower``: lower case; ``quoted``: in double quotes; ``g3``: a number, 3 digits;
  ``nodot``: without a final full stop; ``license``: a licence reason the licence
  policy composed in English (``licences.licence_reason`` says it again);
- on a tuple, each item gets the flags above, then one joining flag says how the
  items are said: ``semis`` (a; b), ``spaces``, ``commas`` (a, b), ``or`` (a, b or
  c), ``or_all`` (a or b or c), ``and`` (a, b and c), ``nor_a`` (English: "x nor a y").

Parameters that are ``Message`` objects are said in the same language.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from functools import cache
from typing import Any

from openness.i18n.catalogue import catalogue
from openness.i18n.licences import licence_reason
from openness.i18n.templates import TEMPLATES

_JOINS = {
    "semis": "; ",
    "spaces": " ",
    "commas": ", ",
}
_LAST_WORD = {
    "en": {"or": "or", "and": "and"},
    "fr": {"or": "ou", "and": "et"},
}


class Message(str):
    """An English message, with the template id and parameters it was formatted from."""

    id: str
    params: Mapping[str, Any]

    def __new__(cls, text: str, message_id: str, params: Mapping[str, Any]) -> Message:
        self = super().__new__(cls, text)
        self.id = message_id
        self.params = params
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # workers send findings back pickled
        return (Message, (str(self), self.id, dict(self.params)))


def msg(message_id: str, /, **params: Any) -> Message:
    """The message ``message_id`` with ``params``: its English text, and how to redo it."""
    return Message(_format(TEMPLATES[message_id].en, params, "en"), message_id, params)


def verbatim(text: str, message_id: str, /, **params: Any) -> Message:
    """A message whose English comes from elsewhere (the licence policy says it), and
    whose other languages are formatted from ``params`` with ``message_id``'s template."""
    return Message(text, message_id, params)


def localize(value: Any, language: str) -> str:
    """``value`` said in ``language``: a ``Message`` re-formatted, anything else as is."""
    if language == "en" or not isinstance(value, Message):
        return str(value)
    template = getattr(TEMPLATES[value.id], language, "") or None
    if template is None:
        return str(value)
    return _format(template, value.params, language)


def _format(template: str, params: Mapping[str, Any], language: str) -> str:
    formatter = _Formatter(language)
    parts: list[str] = []
    for literal, field, spec, conversion in _parsed(template):
        parts.append(literal)
        if field is not None:
            value = formatter.convert_field(params[field], conversion)
            parts.append(formatter.format_field(value, spec))
    return "".join(parts)


@cache
def _parsed(template: str) -> tuple[tuple[str, str | None, str, str | None], ...]:
    """A template split into literal text and fields, once: every finding of every file
    is formatted from one of a few hundred templates (re-parsing each time was most of
    the cost of making a message)."""
    return tuple(
        (literal, field, spec or "", conversion)
        for literal, field, spec, conversion in string.Formatter().parse(template)
    )


class _Formatter(string.Formatter):
    def __init__(self, language: str) -> None:
        self.language = language

    def format_field(self, value: Any, format_spec: str) -> str:
        flags = format_spec.split(",") if format_spec else []
        if isinstance(value, tuple | list):
            join = flags[-1] if flags else "commas"
            items = [self._item(item, flags[:-1]) for item in value]
            return self._join(items, join)
        return self._item(value, flags)

    def _item(self, value: Any, flags: list[str]) -> str:
        text: Any = localize(value, self.language) if isinstance(value, Message) else value
        for flag in flags:
            if flag == "t":
                text = text if self.language == "en" else catalogue(self.language).text(text)
            elif flag == "lower":
                text = str(text).lower()
            elif flag == "quoted":
                text = f'"{text}"'
            elif flag == "nodot":
                text = str(text).rstrip(".")
            elif flag == "license":
                text = text if self.language == "en" else licence_reason(text, self.language)
            elif flag == "g3":
                text = f"{text:.3g}" if self.language == "en" else f"{text:.3g}".replace(".", ",")
            else:
                raise ValueError(f"unknown message flag {flag!r}")
        return str(text)

    def _join(self, items: list[str], join: str) -> str:
        if join in _JOINS:
            return _JOINS[join].join(items)
        if join == "nor_a":
            return " nor a ".join(items)
        if join == "or_all":
            return f" {_LAST_WORD[self.language]['or']} ".join(items)
        word = _LAST_WORD[self.language][join]
        if len(items) < 2:
            return "".join(items)
        return f"{', '.join(items[:-1])} {word} {items[-1]}"
