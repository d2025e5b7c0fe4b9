"""Read one declaration file safely: untrusted bytes in, parsed JSON out.

Every way a file can be unusable (missing, not a regular file, too large, not
UTF-8, a byte order mark, broken JSON, duplicate keys, NaN, absurd nesting, lone
surrogates) becomes a ``LoadError`` with a rule id, a message and a fix, never a
traceback. Nothing here touches the network or follows references.
"""

from __future__ import annotations

import json
import os
import re
import stat
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    pass

DEFAULT_MAX_BYTES = 1024 * 1024
MAX_DEPTH = 256
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


class LoadError(Exception):
    """Why a file could not be turned into a declaration.

    ``message`` says what is wrong and nothing of where: the place is in
    ``line``/``column``, and whoever shows the error names the file.
    ``unreadable`` errors (the file could not be read at all) exit 2; the others
    are content errors and make the file invalid (exit 1).
    """

    def __init__(
        self,
        rule: str,
        message: str,
        fix: str,
        unreadable: bool = False,
        offset: int | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(rule, message, fix, unreadable, offset, line, column)
        self.rule = rule
        self.message = message
        self.fix = fix
        self.unreadable = unreadable
        self.offset = offset
        self.line = line
        self.column = column

    def __str__(self) -> str:
        return self.message


class Document(NamedTuple):
    """A parsed declaration with its source text (for line:column look-ups)."""

    path: str
    text: str
    data: Any


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class _NonFinite(ValueError):
    def __init__(self, token: str) -> None:
        super().__init__(token)
        self.token = token


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return result


def _reject_constant(token: str) -> Any:
    raise _NonFinite(token)


def _finite_float(token: str) -> float:
    """A float, refusing those that overflow to infinity (``1e999``) like Infinity itself."""
    value = float(token)
    if value in (float("inf"), float("-inf")):
        raise _NonFinite(token)
    return value


class _HugeInteger(ValueError):
    def __init__(self, token: str) -> None:
        super().__init__(token)
        self.token = token


def _bounded_int(token: str) -> int:
    """An int; over Python's digit limit it is a finding, not a ValueError crash."""
    try:
        return int(token)
    except ValueError:
        raise _HugeInteger(token) from None


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


def _unreadable(path: str, what: str, fix: str, rule: str = "unreadable") -> LoadError:
    return LoadError(rule, what, fix, unreadable=True)


def _open_error(path: str, error: OSError) -> LoadError:
    if isinstance(error, FileNotFoundError):
        return _unreadable(path, "no such file", "check the path")
    if isinstance(error, PermissionError):
        return _unreadable(path, "permission denied", "make the file readable (chmod a+r)")
    return _unreadable(
        path,
        f"cannot be read ({error.strerror or error})",
        "check the path (a symbolic link loop or a broken link?)",
    )


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, refusing anything that is not a small regular file.

    Opened without blocking (a FIFO would otherwise wait for a writer forever),
    then checked on the open descriptor, so the file judged is the file read.
    """
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as error:
        raise _open_error(path, error) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise _unreadable(
                path, "is a directory", "name the openness.json file, or the folder that holds it"
            )
        if not stat.S_ISREG(info.st_mode):
            raise _unreadable(
                path,
                "not a regular file (a device, a pipe or a socket)",
                "name an ordinary openness.json file",
            )
        if info.st_size > max_bytes:
            raise _unreadable(
                path,
                f"{info.st_size} bytes, over the {max_bytes}-byte limit",
                "a declaration is a few kilobytes; raise the limit with --max-size if it is real",
                rule="file-too-large",
            )
        chunks: list[bytes] = []
        size = 0
        while size <= max_bytes:
            # at most a GiB a call: a cap of 2**63 (--max-size) is no OverflowError
            chunk = os.read(fd, min(max_bytes + 1 - size, 1 << 30))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as error:
        raise _open_error(path, error) from None
    finally:
        os.close(fd)
    if size > max_bytes:
        raise _unreadable(
            path,
            f"over the {max_bytes}-byte limit",
            "raise the limit with --max-size if the file is real",
            rule="file-too-large",
        )
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


# Checked in order: a UTF-32 mark starts like a UTF-16 one.
_WRONG_ENCODINGS = (
    (b"\xef\xbb\xbf", "starts with a UTF-8 byte order mark (BOM)"),
    ((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"), "encoded as UTF-32, not UTF-8"),
    ((b"\xff\xfe", b"\xfe\xff"), "encoded as UTF-16, not UTF-8"),
)


def decode(path: str, raw: bytes) -> str:
    """UTF-8 text, with precise errors for the usual wrong encodings."""
    for marks, what in _WRONG_ENCODINGS:
        if raw.startswith(marks):
            raise LoadError(
                "encoding",
                what,
                "save the file as UTF-8 without a byte order mark",
                offset=0,
                line=1,
                column=1,
            )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise LoadError(
            "encoding",
            f"invalid UTF-8 (byte 0x{raw[error.start]:02x})",
            "save the file as UTF-8",
            offset=error.start,
            line=line,
            column=column,
        ) from None


def parse(path: str, text: str) -> Any:
    """Strict JSON: no duplicate keys, no NaN/Infinity, bounded nesting."""
    if not text.strip():
        raise LoadError(
            "empty-file",
            "the file is empty",
            "write a declaration (openness init creates a starting one)",
            line=1,
            column=1,
        )
    try:
        data = json.loads(
            text,
            object_pairs_hook=_reject_duplicates,
            parse_constant=_reject_constant,
            parse_float=_finite_float,
            parse_int=_bounded_int,
        )
    except _DuplicateKey as error:
        raise _located(
            path,
            text,
            "duplicate-key",
            f'duplicate key "{error.key}"',
            "keep one of the two entries: JSON tools disagree on which one wins",
            duplicate=True,
        ) from None
    except _NonFinite as error:
        offset = text.find(error.token)
        what = (
            f"{error.token} is not allowed in JSON"
            if error.token in ("NaN", "Infinity", "-Infinity")
            else f"the number {error.token[:40]} is too large (it overflows to infinity)"
        )
        raise _located(
            path, text, "invalid-json", what, "write a number, or null", offset=offset
        ) from None
    except _HugeInteger as error:
        raise _located(
            path,
            text,
            "invalid-json",
            f"an integer of {len(error.token)} digits is too long",
            "write a number of reasonable size",
            offset=text.find(error.token),
        ) from None
    except json.JSONDecodeError as error:
        raise LoadError(
            "invalid-json",
            f"not valid JSON: {error.msg}",
            "fix the JSON syntax at that place (a missing comma or quote?)",
            offset=error.pos,
            line=error.lineno,
            column=error.colno,
        ) from None
    except RecursionError:
        raise LoadError(
            "too-deep",
            "nested too deeply to be a declaration",
            f"a declaration nests a few levels; keep it under {MAX_DEPTH}",
        ) from None
    if text.count("{") + text.count("[") > MAX_DEPTH:
        _check_depth(path, data)
    if "\\" in text and _SURROGATE_ESCAPE.search(text):  # the first test is the cheaper
        _check_surrogates(path, text, data)
    return data


def _located(
    path: str,
    text: str,
    rule: str,
    what: str,
    fix: str,
    *,
    offset: int = -1,
    duplicate: bool = False,
) -> LoadError:
    from openness.positions import first_duplicate_key, line_columns

    if duplicate:
        found = first_duplicate_key(text)
        if found is not None:
            offset = found[1]
    if offset < 0:
        return LoadError(rule, what, fix)
    [(line, column)] = line_columns(text, [offset])
    return LoadError(rule, what, fix, offset=offset, line=line, column=column)


def _check_depth(path: str, data: Any) -> None:
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise LoadError(
                "too-deep",
                f"nested more than {MAX_DEPTH} levels deep",
                "a declaration nests a few levels; remove the deep structure",
            )
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)


def _check_surrogates(path: str, text: str, data: Any) -> None:
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            strings = [value]
        elif isinstance(value, dict):
            strings = list(value)
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
            continue
        else:
            continue
        for item in strings:
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                match = _SURROGATE_ESCAPE.search(text)
                raise _located(
                    path,
                    text,
                    "invalid-json",
                    "a lone UTF-16 surrogate escape (\\ud800-\\udfff)",
                    "escape characters outside the BMP as a surrogate pair, or write them as UTF-8",
                    offset=match.start() if match else -1,
                ) from None


def load(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read, decode and parse one declaration file."""
    raw = read_bytes(path, max_bytes)
    text = decode(path, raw)
    return Document(path=path, text=text, data=parse(path, text))


class OutsideLink(str):
    """A found openness.json that is a symbolic link out of the searched folder: its
    path, reported as unreadable and never read (a pull request could otherwise
    make CI read and quote any JSON file on the runner)."""

    __slots__ = ()


def outside_error(path: str) -> LoadError:
    """The finding of an :class:`OutsideLink`."""
    return _unreadable(
        path,
        "a symbolic link to a file outside the searched folder (not read)",
        "commit the declaration itself, or name the file directly",
    )


def find_declarations(arguments: list[str]) -> list[str]:
    """Expand the command-line paths: files as given, folders searched for openness.json.

    A found openness.json that links outside its folder is an :class:`OutsideLink`.
    """
    if not arguments:
        return ["openness.json"]
    found: list[str] = []
    for argument in arguments:
        # a path named openness.json is never searched (not even a folder of that name:
        # read_bytes reports it), so it needs no look; os.path.isdir is False also
        # when the path cannot be looked at, and read_bytes then says why
        if os.path.basename(argument) == "openness.json" or not os.path.isdir(argument):
            found.append(argument)
            continue
        from pathlib import Path  # only folders need it: not on a batch of files

        folder = str(Path(argument))
        matches = _walk(folder)
        found.extend(matches or [os.path.join(folder, "openness.json")])
    return found


_SKIP = frozenset({".git", ".venv", "node_modules", "__pycache__", ".tox", "venv"})


def _walk(folder: str) -> list[str]:
    """openness.json files below ``folder``, sorted, skipping hidden and vendored folders.

    Iterative (a folder tree thousands deep is no RecursionError), never into a
    linked folder; a folder that cannot be listed is reported (as its openness.json).
    """
    results: list[str] = []
    real_root = os.path.realpath(folder)
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as entries:
                listed = list(entries)
        except OSError:
            if current != folder:
                results.append(os.path.join(current, "openness.json"))
            continue
        for entry in listed:
            name = entry.name
            if name == "openness.json":
                results.append(_declaration(entry, real_root))
                continue
            try:
                is_folder = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_folder = False
            if is_folder and name not in _SKIP and not name.startswith("."):
                stack.append(entry.path)
    return sorted(results)


def _declaration(entry: os.DirEntry[str], real_root: str) -> str:
    """The path of a found openness.json, marked when it links out of the search."""
    try:
        linked = entry.is_symlink()
    except OSError:
        linked = False
    if not linked:
        return entry.path
    target = os.path.realpath(entry.path)
    if target == real_root or target.startswith(real_root.rstrip(os.sep) + os.sep):
        return entry.path
    return OutsideLink(entry.path)
