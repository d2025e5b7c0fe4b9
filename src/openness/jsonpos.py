"""Map JSON paths to line:column positions in the source text.

Only run for files that have something to report, so the fast path (a valid
file) never pays for it. The scanner also finds duplicate keys with their
position, which ``json.loads`` cannot tell us.
"""

from __future__ import annotations

import contextlib
import json
import json.scanner
import re
from typing import Any

Path = tuple[str | int, ...]

# Strings, punctuation, and any other run of non-space characters (literals); the
# scanner only needs where each value and key starts.
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+')


def first_duplicate_key(text: str) -> tuple[Path, int] | None:
    """The path and offset of the first key repeated in its object, if any.

    ``json.loads`` can say that a key repeats but not where; this scan says where.
    Broken input is scanned up to the break.
    """
    scanner = _DuplicateScanner()
    with contextlib.suppress(IndexError, ValueError, RecursionError):
        scanner.scan(text)
    return scanner.duplicates[0] if scanner.duplicates else None


class _DuplicateScanner:
    def __init__(self) -> None:
        self.duplicates: list[tuple[Path, int]] = []

    def scan(self, source: str) -> None:
        # An explicit stack instead of recursion: hostile input may nest deeply.
        # Object frames: [path, seen keys, current key, expecting a key?]; arrays: [path, index].
        stack: list[list] = []
        for match in _TOKEN.finditer(source):
            text = match.group()
            first = text[0]
            if first in "}],:":
                if first in "}]":
                    if stack:
                        stack.pop()
                elif first == "," and stack and len(stack[-1]) == 4:
                    stack[-1][3] = True
                continue
            offset = match.start()
            if not stack:
                path: Path = ()
            else:
                frame = stack[-1]
                if len(frame) == 2:
                    path = (*frame[0], frame[1])
                    frame[1] += 1
                elif frame[3]:
                    name = _unquote(text)
                    key_path = (*frame[0], name)
                    if name in frame[1]:
                        self.duplicates.append((key_path, offset))
                    frame[1].add(name)
                    frame[2] = name
                    frame[3] = False
                    continue
                else:
                    path = (*frame[0], frame[2])
            if first == "{":
                stack.append([path, set(), None, True])
            elif first == "[":
                stack.append([path, 0])


_SPACE = re.compile(r"[ \t\r\n]*")


_NO_DATA = object()


def locate_many(
    text: str, targets: list[Path], data: Any = _NO_DATA
) -> dict[Path, tuple[int, int]]:
    """(key offset, value offset) of every target path and its parents.

    ``data``, when given, is what the text parses to (duplicate keys refused, so
    its objects list their keys in text order). It lets most keys be found by a
    plain search instead of stepping over the values before them (see
    ``_search_key``); otherwise, and where a search cannot be sure, the walk
    steps over values with the C JSON scanner. Paths that do not exist are left
    out: the caller falls back to their nearest parent.
    """
    start = _SPACE.match(text, 0).end()
    found: dict[Path, tuple[int, int]] = {(): (start, start)}
    plain = "\\" not in text
    for target in targets:
        _locate(text, target, data, found, plain)
    return found


def _locate(
    text: str, target: Path, data: Any, found: dict[Path, tuple[int, int]], plain: bool
) -> None:
    """Add the places of ``target`` and its parents to ``found``, as far as they exist."""
    value = data
    value_offset = found[()][1]
    for depth, name in enumerate(target, 1):
        path = target[:depth]
        place = found.get(path)
        if value is not _NO_DATA:
            if isinstance(value, dict) and isinstance(name, str):
                if name not in value:
                    return
                child = value[name]
            elif isinstance(value, list) and isinstance(name, int) and 0 <= name < len(value):
                child = value[name]
            else:
                return
        else:
            child = _NO_DATA
        if place is None:
            place = (
                _search_key(text, value_offset, value, name, plain)
                if child is not _NO_DATA
                else None
            )
            if place is None:
                members = _members(text, value_offset, {name})
                if not members:
                    return
                place = members[0][1:]
            found[path] = place
        value, value_offset = child, place[1]


def _search_key(
    text: str, start: int, container: Any, name: str | int, plain: bool
) -> tuple[int, int] | None:
    """(key offset, value offset) of member ``name`` of the object at ``start``, by
    search; ``None`` when a search cannot be sure (the caller steps instead).

    ``container`` is the parsed object, and holds ``name``. In text without a
    backslash every key is spelled plainly, no string holds a quote, and so every
    match of the quoted name is a string token spelled so (the name cannot start
    where a string ends: see ``_needle``). The first match after ``start`` is then
    the key when nothing before it in the object holds that string as a key or a
    value: that needs no backslash only up to the match (``plain``: none in the
    whole text). In plain text, a name held only once is also the key.
    """
    if not isinstance(container, dict):
        return None
    needle = _needle(name)
    if needle is None or start >= len(text) or text[start] != "{":
        return None
    before: list[Any] = []  # the containers among the members before it
    for key, member in container.items():  # in text order
        if key == name:
            break
        if member.__class__ in _CONTAINERS:
            before.append(member)
        elif member == name:
            return None
    if before:
        if plain:
            hit = text.find(needle)
            if hit >= 0 and text.find(needle, hit + 1) < 0:
                return _key_place(text, hit, needle)
        if _holds(before, name):
            return None
    hit = text.find(needle, start)
    if hit < 0 or (not plain and text.find("\\", start, hit) >= 0):
        return None
    return _key_place(text, hit, needle)


def _key_place(text: str, hit: int, needle: str) -> tuple[int, int] | None:
    colon = _COLON.match(text, hit + len(needle))
    return None if colon is None else (hit, colon.end())


def _holds(values: list[Any], name: str) -> bool:
    """Whether ``name`` is a key or a string anywhere in ``values``."""
    stack = list(values)
    while stack:
        value = stack.pop()
        if value.__class__ is dict:
            if name in value:
                return True
            stack.extend(value.values())
        elif value.__class__ is list:
            stack.extend(value)
        elif value == name:
            return True
    return False


_CONTAINERS = (dict, list)  # parsed JSON holds these exact types
_NEEDLES: dict[str | int, str | None] = {}
# what may follow a string's closing quote: a name starting so could match from there
_AFTER_STRING = frozenset(" \t\r\n,:}]")


def _needle(name: str | int) -> str | None:
    """``name`` quoted as the text spells it, or ``None`` when it is not searched for:
    not a string, empty, spelled with an escape, or starting with what may follow a
    closing quote (so that a match can only start at an opening one)."""
    needle = _NEEDLES.get(name, _NO_DATA)
    if needle is _NO_DATA:
        needle = None
        if isinstance(name, str) and name and name[0] not in _AFTER_STRING:
            quoted = json.dumps(name, ensure_ascii=False)
            needle = None if "\\" in quoted else quoted
        if len(_NEEDLES) > 4096:  # hostile input: many distinct keys
            _NEEDLES.clear()
        _NEEDLES[name] = needle
    return needle


# Scan one JSON value at an offset: (value, end offset), StopIteration if none there.
_SCAN = json.scanner.make_scanner(json.JSONDecoder())
_COLON = re.compile(r"[ \t\r\n]*:[ \t\r\n]*")
_COMMA = re.compile(r"[ \t\r\n]*,[ \t\r\n]*")
# a key without escapes, and the colon after it: one match instead of two calls
_PLAIN_KEY = re.compile(r'"([^"\\]*)"[ \t\r\n]*:[ \t\r\n]*')


def _members(text: str, start: int, wanted: set[str | int]) -> list[tuple[str | int, int, int]]:
    """(name, key offset, value offset) of the wanted members of the container at
    ``start``, stopping once all are found; a few C calls a member. Broken text
    ends the walk: what was found before stands."""
    found: list[tuple[str | int, int, int]] = []
    with contextlib.suppress(StopIteration, ValueError, RecursionError):
        _walk_members(text, start, wanted, found)
    return found


def _walk_members(
    text: str, start: int, wanted: set[str | int], found: list[tuple[str | int, int, int]]
) -> None:
    position = _SPACE.match(text, start + 1).end()
    is_object = text[start] == "{"
    index = 0
    while position < len(text) and text[position] not in "}]":
        if is_object:
            key_offset = position
            key = _PLAIN_KEY.match(text, position)
            if key is not None:
                name = key.group(1)
                value_offset = key.end()
            else:  # a key written with escapes
                name, after_key = _SCAN(text, position)
                colon = _COLON.match(text, after_key)
                if colon is None:
                    break
                value_offset = colon.end()
        else:
            name, key_offset, value_offset = index, position, position
            index += 1
        if name in wanted:
            found.append((name, key_offset, value_offset))
            wanted.discard(name)
            if not wanted:
                break
        end = _SCAN(text, value_offset)[1]
        comma = _COMMA.match(text, end)
        if comma is None:
            break
        position = comma.end()


def line_columns(text: str, offsets: list[int]) -> list[tuple[int, int]]:
    """1-based (line, column) of each offset, in the order given.

    One forward pass over the text in sorted order, counting newlines between
    consecutive offsets: linear in the text whatever the number of offsets, and no
    table of line starts (a hostile file may hold 100 MB of newlines).
    """
    order = sorted(range(len(offsets)), key=offsets.__getitem__)
    result: list[tuple[int, int]] = [(1, 1)] * len(offsets)
    line, counted_to, last_newline = 1, 0, -1
    for index in order:
        offset = min(max(offsets[index], 0), len(text))
        line += text.count("\n", counted_to, offset)
        newline = text.rfind("\n", counted_to, offset)
        if newline >= 0:
            last_newline = newline
        counted_to = offset
        result[index] = (line, offset - last_newline)
    return result


def _unquote(token: str) -> str:
    if "\\" not in token:
        return token[1:-1]
    try:
        return json.loads(token)
    except ValueError:
        return token[1:-1]
