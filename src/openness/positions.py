"""Map JSON paths to line:column positions in the source text.

Only run for files that have something to report: a valid file never pays for
it. The scanner also finds duplicate keys with their position, which
``json.loads`` cannot tell us.
"""

from __future__ import annotations

import contextlib
import json
import json.scanner
import re

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


def locate_many(text: str, targets: list[Path]) -> dict[Path, tuple[int, int]]:
    """(key offset, value offset) of every target path and its parents.

    Depth by depth, each container is walked once for all the members wanted in
    it, so many findings in one object cost one walk, not one each. Paths that do
    not exist are left out: the caller falls back to their nearest parent.
    """
    start = _SPACE.match(text, 0).end()
    found: dict[Path, tuple[int, int]] = {(): (start, start)}
    deepest = max((len(target) for target in targets), default=0)
    for depth in range(1, deepest + 1):
        wanted: dict[Path, set[str | int]] = {}
        for target in targets:
            if len(target) >= depth and target[: depth - 1] in found:
                wanted.setdefault(target[: depth - 1], set()).add(target[depth - 1])
        for parent, names in wanted.items():
            for name, key_offset, value_offset in _members(text, found[parent][1], names):
                found[(*parent, name)] = (key_offset, value_offset)
    return found


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
