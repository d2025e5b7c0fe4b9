"""What counts as a human text in a definition, and the key its translation is kept under.

One definition of "human text" serves the translation check, the French CLI and
(later) the French site: titles, summaries, rationales, blockers, evidence,
decisions, licence reasons, the sources of lists, the G7 notes, the badge
messages and the definition's name. Ids, licence ids and names, URLs, patterns,
MOF component names (matched against the Model Openness Tool) and the badge
label ("openness {version}") are not human texts: they stay as they are.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

# keys whose string value is prose for people, wherever they stand
PROSE_KEYS = frozenset(
    {
        "title",
        "summary",
        "rationale",
        "typical_blockers",
        "evidence",
        "decision",
        "reason",
        "source",
    }
)


def text_key(text: str) -> str:
    """The key of an English text's translation: the first 16 hex digits of its SHA-256.

    Changing a text changes its key, so the old translation goes stale and the new
    text shows up as untranslated: drift cannot pass unnoticed.
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def human_texts(data: Any) -> Iterator[tuple[str, str]]:
    """Every human text of a definition's raw data, as (JSON pointer, text), in file order."""
    yield from _walk(data, (), "")


def _is_prose(path: tuple[str, ...], key: str) -> bool:
    if key in PROSE_KEYS:
        return True
    if key == "message" and "badge" in path:  # a level's or the invalid badge's message
        return True
    if len(path) >= 2 and path[-2] == "notes":  # crosswalks/g7/notes/<level>
        return True
    return path == ("name",)


def _walk(value: Any, path: tuple[str, ...], key: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for name, item in value.items():
            yield from _walk(item, (*path, name), name)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, (*path, str(index)), key)
    elif isinstance(value, str) and value and _is_prose(path, key):
        yield "/" + "/".join(_escape(part) for part in path), value


def shipped_texts() -> dict[str, list[str]]:
    """Every human text of every shipped definition, newest version first, each with the
    places it stands ("2.0#/levels/3/title"); a text shared by versions appears once."""
    from openness.definition import load_raw
    from openness.resources import known_versions

    found: dict[str, list[str]] = {}
    for version in reversed(known_versions()):
        for pointer, text in human_texts(load_raw(version)):
            found.setdefault(text, []).append(f"{version}#{pointer}")
    return found


def translated(data: Any, language: str) -> Any:
    """A copy of a definition's raw data with every human text in ``language`` (the
    English stays where a text has no translation). Ids and everything else are kept,
    so the copy loads as the same definition, only worded in another language."""
    from openness.i18n import text

    return _translate(data, (), "", language, text)


def _translate(value: Any, path: tuple[str, ...], key: str, language: str, say: Any) -> Any:
    if isinstance(value, dict):
        return {
            name: _translate(item, (*path, name), name, language, say)
            for name, item in value.items()
        }
    if isinstance(value, list):
        return [
            _translate(item, (*path, str(index)), key, language, say)
            for index, item in enumerate(value)
        ]
    if isinstance(value, str) and value and _is_prose(path, key):
        return say(value, language)
    return value
