"""Map JSON paths to line:column positions in the source text.

Only run for files that have something to report, so the fast path (a valid
file) never pays for it. The scanner also finds duplicate keys with their
position, which ``json.loads`` cannot tell us.
"""

from __future__ import annotations

import contextlib
import json
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


_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\r\n]*")
# the unrolled form keeps the regex engine from stacking one frame per character
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')


def locate_many(text: str, targets: list[Path]) -> dict[Path, tuple[int, int]]:
    """(key offset, value offset) of every target path and its parents, in one walk.

    Descends only into containers on the way to a target and skips every other
    value with the C JSON scanner. Paths that do not exist are left out: the
    caller falls back to their nearest parent.
    """
    # for each container on the way, the children still to find
    wanted: dict[Path, set[str | int]] = {}
    for target in targets:
        for end in range(len(target)):
            wanted.setdefault(target[:end], set()).add(target[end])
    start = _SPACE.match(text, 0).end()
    found: dict[Path, tuple[int, int]] = {(): (start, start)}
    stack: list[tuple[Path, int]] = [((), start)]
    while stack:
        path, offset = stack.pop()
        missing = wanted.get(path)
        if not missing or offset >= len(text):
            continue
        missing = set(missing)
        opener = text[offset]
        if opener == "{":
            children = _object_members(text, offset)
        elif opener == "[":
            children = _array_items(text, offset)
        else:
            continue
        for name, key_offset, value_offset in children:
            if name in missing:
                child = (*path, name)
                found[child] = (key_offset, value_offset)
                stack.append((child, value_offset))
                missing.discard(name)
                if not missing:
                    break
    return found


_SCALAR = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[^\s,\]}]+')


def _skip_value(text: str, offset: int) -> int:
    """End offset of the value at ``offset`` (-1 if broken): strings and literals by a
    regex, containers by the C JSON scanner."""
    if text[offset : offset + 1] in ("{", "["):
        try:
            return _DECODER.raw_decode(text, offset)[1]
        except (ValueError, RecursionError):
            return -1
    match = _SCALAR.match(text, offset)
    return match.end() if match else -1


def _object_members(text: str, start: int):
    position = _SPACE.match(text, start + 1).end()
    while position < len(text) and text[position] == '"':
        match = _STRING.match(text, position)
        if match is None:
            return
        key_offset = position
        position = _SPACE.match(text, match.end()).end()
        if text[position : position + 1] != ":":
            return
        value_offset = _SPACE.match(text, position + 1).end()
        yield _unquote(match.group()), key_offset, value_offset
        end = _skip_value(text, value_offset)
        if end < 0:
            return
        position = _SPACE.match(text, end).end()
        if text[position : position + 1] != ",":
            return
        position = _SPACE.match(text, position + 1).end()


def _array_items(text: str, start: int):
    position = _SPACE.match(text, start + 1).end()
    index = 0
    while position < len(text) and text[position] != "]":
        yield index, position, position
        end = _skip_value(text, position)
        if end < 0:
            return
        position = _SPACE.match(text, end).end()
        if text[position : position + 1] != ",":
            return
        position = _SPACE.match(text, position + 1).end()
        index += 1


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
