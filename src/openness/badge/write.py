"""Writing badge files: atomically, and never over a file that is not our badge.

A badge path in a repository is often close to real files (a README, a logo). The
writer goes through a temporary file in the same folder and an atomic rename, so a
reader never sees half a badge, and it refuses to replace an existing file unless
that file is a badge we wrote (our SVG marker, our PNG chunk, or a shields endpoint
document) or ``force=True``.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile

from openness.badge.errors import OverwriteRefusedError
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
    from openness.badge.endpoint import ENDPOINT_KEYS

    return (
        isinstance(doc, dict)
        and doc.get("schemaVersion") == 1
        and set(doc) <= ENDPOINT_KEYS
        and "message" in doc
    )


def write_badge(path: str | os.PathLike[str], content: str | bytes, *, force: bool = False) -> None:
    """Write ``content`` to ``path`` atomically (temp file + rename).

    Raises :class:`OverwriteRefusedError` if ``path`` exists and is not one of our
    badges, unless ``force``. Text is written as UTF-8.
    """
    data = content.encode("utf-8") if isinstance(content, str) else bytes(content)
    target = os.fspath(path)
    mode = None
    try:
        with open(target, "rb") as handle:
            existing = handle.read(1 << 20)
        mode = os.stat(target).st_mode & 0o777
    except FileNotFoundError:
        existing = None
    except IsADirectoryError as error:
        raise OverwriteRefusedError(f"{target} is a directory") from error
    if existing is not None and not force and not is_our_badge(existing):
        raise OverwriteRefusedError(
            f"refusing to overwrite {target}: it is not a badge written by openness "
            "(use --force to replace it)"
        )
    folder = os.path.dirname(os.path.abspath(target))
    fd, tmp = tempfile.mkstemp(prefix=".badge-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is None:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
