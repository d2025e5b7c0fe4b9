"""The one way openness writes a file: atomically, and never over someone else's file.

Badges, drafted declarations and the Action's SARIF all land next to real files
(a README, a logo, a hand-written declaration). The content goes to a temporary
file in the same folder, is flushed to disk, then takes the target's name in one
step, so a reader never sees half a file. Without ``force``, what is already there
is kept unless ``ours`` recognises it as a file openness wrote; a folder or a
special file (a FIFO, a device) is never replaced without ``force``, and a folder
never at all.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

# enough of an existing file for ``ours`` to recognise it (badges carry their mark early)
_HEAD_BYTES = 1 << 20


class WriteRefusedError(Exception):
    """The file was not written: the target is not ours to replace, or has no folder."""


def write_atomic(
    path: str | os.PathLike[str],
    content: str | bytes,
    *,
    force: bool = False,
    ours: Callable[[bytes], bool] | None = None,
    what: str = "file",
    example_name: str | None = None,
    make_folders: bool = False,
) -> None:
    """Write ``content`` (text as UTF-8) to ``path`` via a temporary file and a rename.

    An existing regular file is replaced when ``force`` is set or ``ours(its first
    bytes)`` says openness wrote it; otherwise :class:`WriteRefusedError`, whose
    message names ``what`` was expected. ``example_name``: a file name to suggest
    when ``path`` is a folder. ``make_folders``: create missing folders instead of
    refusing. Other ``OSError``\\s (a full disk, say) propagate.
    """
    # only a command that writes a file needs these (and what they load)
    import tempfile
    from pathlib import Path

    data = content.encode("utf-8") if isinstance(content, str) else bytes(content)
    target = Path(path)
    existing = _existing(target, example_name)
    if existing is not None and not force:
        _check_replaceable(target, existing, ours, what)
    folder = target.parent
    if make_folders:
        folder.mkdir(parents=True, exist_ok=True)
    elif not folder.is_dir():
        raise WriteRefusedError(f"folder {folder} does not exist")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except PermissionError:
        raise WriteRefusedError(f"cannot write in {folder}: permission denied") from None
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, _mode(existing))
        if existing is None and not force:
            _place_new(temp, target)
        else:
            os.replace(temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def _existing(target: Path, example_name: str | None) -> os.stat_result | None:
    """What is at ``target`` now (``None``: nothing); a folder is always refused."""
    try:
        found = target.stat()
    except FileNotFoundError:
        return None
    except OSError as error:  # a dangling or looping link, a folder we may not search
        if target.is_symlink():
            return target.lstat()
        raise WriteRefusedError(f"cannot look at {target}: {error.strerror or error}") from None
    if stat.S_ISDIR(found.st_mode):
        hint = f"; give a file name (e.g. {target / example_name})" if example_name else ""
        raise WriteRefusedError(f"{target} is a directory{hint}")
    return found


def _check_replaceable(
    target: Path,
    existing: os.stat_result,
    ours: Callable[[bytes], bool] | None,
    what: str,
) -> None:
    if ours is None:
        raise WriteRefusedError(f"{target} already exists; use --force to overwrite it")
    if not stat.S_ISREG(existing.st_mode) or not ours(_head(target)):
        raise WriteRefusedError(
            f"refusing to overwrite {target}: it is not a {what} written by openness "
            "(use --force to replace it)"
        )


def _head(target: Path) -> bytes:
    try:
        with open(target, "rb") as handle:
            return handle.read(_HEAD_BYTES)
    except OSError:
        return b""  # unreadable: not recognisably ours


def _mode(existing: os.stat_result | None) -> int:
    """A replaced file keeps its permissions; a new one gets the usual ones (umask)."""
    if existing is not None and stat.S_ISREG(existing.st_mode):
        return stat.S_IMODE(existing.st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _place_new(temp: Path, target: Path) -> None:
    """Give ``temp`` the name ``target``, failing if something took that name meanwhile
    (a hard link never replaces; without hard links, a checked rename)."""
    refused = WriteRefusedError(f"{target} already exists; use --force to overwrite it")
    try:
        os.link(temp, target)
    except FileExistsError:
        raise refused from None
    except OSError:
        if target.exists():
            raise refused from None
        os.replace(temp, target)
