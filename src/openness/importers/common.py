"""What the importers share: the draft they return, their error, reading a text file."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openness.importers.yamlsafe import MAX_BYTES

HTTPS_URL = re.compile(r"^https://[^\s/?#]+[^\s]*$")
MAX_URL = 2048


class ImporterError(ValueError):
    """Input an importer cannot read: the message names the file, the reason and the fix."""

    def __init__(self, source: str, reason: str, fix: str) -> None:
        self.source = source
        self.reason = reason
        self.fix = fix
        super().__init__(f"{source}: {reason}. Fix: {fix}.")


@dataclass(slots=True)
class Draft:
    """A draft declaration, with what a human should review before using it.

    ``decisions`` lists how each value was obtained (mappings, fallbacks); ``to_confirm``
    lists what the source did not say and was left ``not-released`` or unknown.
    """

    declaration: dict[str, Any]
    decisions: list[str] = field(default_factory=list)
    to_confirm: list[str] = field(default_factory=list)


def read_text_file(path: str | Path, error: type[ImporterError], max_bytes: int = MAX_BYTES) -> str:
    """Read a UTF-8 text file (a BOM is dropped); every failure becomes ``error``.

    The declaration loader's reader: opened without blocking, refused unless a
    regular file (a FIFO, ``/dev/zero`` or a ``/proc`` file, or a link to one, would
    hang or never end), and never more than ``max_bytes`` + 1 bytes read.
    """
    from openness.loader import LoadError, read_bytes

    source = str(path)
    try:
        raw = read_bytes(os.fspath(path), max_bytes)
    except LoadError as problem:
        if problem.rule == "file-too-large":
            reason = f"larger than {max_bytes // 1024} KiB"
            raise error(source, reason, "check the file") from None
        fixes = {"no such file": "check the path", "permission denied": "make the file readable"}
        fix = fixes.get(problem.message, "give the path of an ordinary file")
        raise error(source, problem.message, fix) from None
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error(
            source, f"not UTF-8 text (bad byte at offset {exc.start})", "save the file as UTF-8"
        ) from None


def text_of(value: Any) -> str | None:
    """A scalar as a stripped string (numbers too: ``version: 1.0``), or None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int | float):
        text = str(value).strip()
        return text or None
    return None


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters (an ellipsis marks the cut)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def https_url(text: str | None) -> str | None:
    """``text`` when it is an https URL the schema accepts, else None."""
    if text is not None and len(text) <= MAX_URL and HTTPS_URL.match(text):
        return text
    return None


# What a draft says of a data set that is not open, for definitions that ask why (2.0):
# "other" grounds, the conservative reading, until the author says otherwise.
EXCEPTION_TO_CONFIRM = {
    "basis": "other",
    "explanation": "TO CONFIRM: why this data set is not open (legal or technical grounds "
    "keep the model eligible for Open Source AI; other grounds do not).",
}


def add_exception(dataset: dict[str, Any], exception_bases: tuple[Any, ...], draft: Draft) -> None:
    """Give a drafted data set that is not open the exception its definition requires."""
    if not exception_bases or dataset.get("access") in (None, "open"):
        return
    dataset["exception"] = dict(EXCEPTION_TO_CONFIRM)
    draft.to_confirm.append(
        f'data set {dataset.get("name", "?")!r}: withheld for "other" reasons until you '
        "give the real basis (legal, technical or other) and explanation"
    )
