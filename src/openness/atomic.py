"""The one way openness writes a file: atomically, and never over someone else's file.

Badges, drafted declarations and the Action's SARIF all land next to real files
(a README, a logo, a hand-written declaration). The content goes to a temporary
file in the same folder, is flushed to disk, then takes the target's name in one
step, so a reader never sees half a file. Without ``force``, what is already there
is kept unless ``ours`` recognises it as a file openness wrote.

Only a regular file is ever renamed over. A path that names something else is
never replaced, with or without ``force`` (as root, a rename would turn
``/dev/null`` into a file): our own stdout or stderr (``/dev/stdout``), a pipe
someone reads, a terminal and the null devices are written to directly; a pipe
nobody reads, any other device, a socket and a folder are refused. A symbolic
link to a regular file stays a link: its target is replaced (by the same rules).
Every failure is a :class:`WriteRefusedError` with a one-line message.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

# enough of an existing file for ``ours`` to recognise it (badges carry their mark early)
_HEAD_BYTES = 1 << 20
# (major, minor) of Linux's memory devices that swallow or refuse writes harmlessly:
# /dev/null, /dev/zero, /dev/full
_HARMLESS_DEVICES = {(1, 3), (1, 5), (1, 7)}
# a temporary name longer than this would not fit in NAME_MAX with its prefix and suffix
_LONGEST_TEMP_STEM = 200
_OPEN_READ = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
_OPEN_WRITE = (
    os.O_WRONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)


class WriteRefusedError(Exception):
    """The file was not written: the target is not ours to replace, has no folder, or
    the system refused (a full disk, a name too long); the message is one line."""


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
    refusing. What is not a regular file is written to directly or refused (see the
    module's docstring), never renamed over.
    """
    from pathlib import Path

    data = content.encode("utf-8") if isinstance(content, str) else bytes(content)
    target = Path(path)
    try:
        _write(target, data, force, ours, what, example_name, make_folders)
    except OSError as error:
        raise WriteRefusedError(f"cannot write {target}: {_reason(error)}") from None


def _reason(error: OSError) -> str:
    return error.strerror or str(error) or type(error).__name__


def _write(
    target: Path,
    data: bytes,
    force: bool,
    ours: Callable[[bytes], bool] | None,
    what: str,
    example_name: str | None,
    make_folders: bool,
) -> None:
    try:
        link = target.lstat()
    except FileNotFoundError:
        link = None
    except OSError as error:
        raise WriteRefusedError(f"cannot look at {target}: {_reason(error)}") from None
    if link is not None and stat.S_ISLNK(link.st_mode):
        try:
            found = target.stat()
        except OSError:  # dangling or looping: nothing to write into, a link not to replace
            raise WriteRefusedError(
                f"{target} is a symbolic link to nothing; remove it or name another file"
            ) from None
    else:
        found = link
    if found is None:
        _replace(target, None, data, force=False, make_folders=make_folders)
        return
    if stat.S_ISDIR(found.st_mode):
        hint = f"; give a file name (e.g. {target / example_name})" if example_name else ""
        raise WriteRefusedError(f"{target} is a directory{hint}")
    if _is_standard_stream(found):
        _write_stream(target, data)
        return
    if not stat.S_ISREG(found.st_mode):
        _write_special(target, found, data)
        return
    if link is not found:  # a link to a regular file: the link stays, its target changes
        target = target.resolve()
    if not force:
        _check_replaceable(target, ours, what)
    _replace(target, found, data, force=True, make_folders=make_folders)


def _replace(
    target: Path, existing: os.stat_result | None, data: bytes, *, force: bool, make_folders: bool
) -> None:
    import tempfile
    from pathlib import Path

    folder = target.parent
    if make_folders:
        folder.mkdir(parents=True, exist_ok=True)
    elif not folder.is_dir():
        raise WriteRefusedError(f"folder {folder} does not exist")
    stem = target.name if len(target.name) <= _LONGEST_TEMP_STEM else "openness"
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{stem}.", suffix=".tmp", dir=folder)
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
            _replace_regular(temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def _replace_regular(temp: Path, target: Path) -> None:
    """Rename ``temp`` over ``target`` unless ``target`` stopped being a regular file
    meanwhile (a race with whoever else writes there)."""
    with contextlib.suppress(FileNotFoundError):
        if not stat.S_ISREG(target.lstat().st_mode):
            raise WriteRefusedError(f"{target} changed while writing it; nothing was replaced")
    os.replace(temp, target)


def occupied(path: str | os.PathLike[str]) -> bool:
    """Whether writing ``path`` without ``force`` would replace a file (a regular file
    that is not our own stdout or stderr), so a command can refuse before working."""
    try:
        found = os.stat(path)
    except OSError:
        return os.path.lexists(path)  # a dangling link is refused too
    return stat.S_ISREG(found.st_mode) and not _is_standard_stream(found)


def _is_standard_stream(found: os.stat_result) -> bool:
    """Whether ``found`` is the file our stdout or stderr writes to (``/dev/stdout``)."""
    for fd in (1, 2):
        try:
            mine = os.fstat(fd)
        except OSError:
            continue
        if (mine.st_dev, mine.st_ino) == (found.st_dev, found.st_ino):
            return True
    return False


def _write_stream(target: Path, data: bytes) -> None:
    """Write through our own stdout/stderr: flush what Python holds, then write."""
    import sys

    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, OSError, ValueError):
            stream.flush()
    with open(target, "ab", buffering=0) as handle:
        _write_all(handle.fileno(), data)


def _write_special(target: Path, found: os.stat_result, data: bytes) -> None:
    """A pipe someone reads, a terminal or a null device gets the bytes; the rest is refused."""
    mode = found.st_mode
    if stat.S_ISFIFO(mode):
        kind = "a pipe"
    elif stat.S_ISCHR(mode):
        kind = "a device"
    else:
        kind = "a socket" if stat.S_ISSOCK(mode) else "not a regular file"
        raise WriteRefusedError(f"{target} is {kind}; name a regular file")
    try:
        fd = os.open(target, _OPEN_WRITE)
    except OSError as error:
        if error.errno == errno.ENXIO:
            raise WriteRefusedError(f"{target} is a pipe nobody reads") from None
        raise
    try:
        opened = os.fstat(fd)
        harmless = stat.S_ISCHR(opened.st_mode) and (
            (os.major(opened.st_rdev), os.minor(opened.st_rdev)) in _HARMLESS_DEVICES
            or os.isatty(fd)
        )
        if not (stat.S_ISFIFO(opened.st_mode) or harmless):
            raise WriteRefusedError(
                f"{target} is {kind}; openness writes only to files, pipes and terminals"
            )
        os.set_blocking(fd, True)
        _write_all(fd, data)
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _check_replaceable(target: Path, ours: Callable[[bytes], bool] | None, what: str) -> None:
    if ours is None:
        raise WriteRefusedError(f"{target} already exists; use --force to overwrite it")
    if not ours(_head(target)):
        raise WriteRefusedError(
            f"refusing to overwrite {target}: it is not a {what} written by openness "
            "(use --force to replace it)"
        )


def _head(target: Path) -> bytes:
    """The first bytes of a regular file (never blocks: the check is on the open file)."""
    try:
        fd = os.open(target, _OPEN_READ)
    except OSError:
        return b""  # unreadable: not recognisably ours
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return b""
        return os.read(fd, _HEAD_BYTES)
    except OSError:
        return b""
    finally:
        os.close(fd)


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
    except OSError as error:
        if error.errno == errno.ENAMETOOLONG:
            raise
        if os.path.lexists(target):
            raise refused from None
        os.replace(temp, target)
