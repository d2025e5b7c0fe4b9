"""Writing badge files: atomically, and never over a file that is not our badge.

A badge path in a repository is often close to real files (a README, a logo). The
badge goes through the package's one atomic writer, which replaces an existing
file only if it is a badge we wrote (our SVG marker, our PNG chunk, or a shields
endpoint document) or ``force=True``.
"""

from __future__ import annotations

import json
import os

from openness.atomic import write_atomic
from openness.badge.endpoint import ENDPOINT_KEYS
from openness.badge.png import PNG_MARK
from openness.badge.svg import MARK

__all__ = ["is_our_badge", "write_badge"]


def is_our_badge(data: bytes) -> bool:
    """True if ``data`` is a badge file this package wrote."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG_MARK in data[:4096]
    head = data[:4096]
    if MARK.encode() in head and head.lstrip().startswith(b"<svg"):
        return True
    try:
        doc = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        return False
    return (
        isinstance(doc, dict)
        and doc.get("schemaVersion") == 1
        and set(doc) <= ENDPOINT_KEYS
        and "message" in doc
    )


def write_badge(
    path: str | os.PathLike[str],
    content: str | bytes,
    *,
    force: bool = False,
    make_folders: bool = False,
) -> None:
    """Write a badge to ``path`` atomically (text as UTF-8).

    Raises :class:`openness.atomic.WriteRefusedError` if ``path`` exists and is not
    one of our badges, unless ``force``.
    """
    write_atomic(
        path, content, force=force, ours=is_our_badge, what="badge", make_folders=make_folders
    )
