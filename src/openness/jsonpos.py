"""Map JSON paths to line:column positions in the source text.

Only run for files that have something to report, so the fast path (a valid
file) never pays for it. The scanner also finds duplicate keys with their
position, which ``json.loads`` cannot tell us.
"""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass

Path = tuple[str | int, ...]

_TOKEN = re.compile(
    r"""
    (?P<ws>[ \t\r\n]+)
  | (?P<string>"(?:[^"\\\x00-\x1f]|\\.)*")
  | (?P<punct>[{}\[\]:,])
  | (?P<literal>true|false|null|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Position:
    line: int
    column: int


class SourceMap:
    """Positions of every value and key of one JSON document, by path."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        self.values: dict[Path, int] = {}
        self.keys: dict[Path, int] = {}
        self.duplicates: list[tuple[Path, int]] = []
        # broken input: keep what was mapped up to the break
        with contextlib.suppress(IndexError, ValueError, RecursionError):
            self._scan()

    def position(self, offset: int) -> Position:
        """1-based line and column of a character offset."""
        lo, hi = 0, len(self._line_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self._line_starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return Position(lo + 1, offset - self._line_starts[lo] + 1)

    def locate(self, path: Path, *, key: bool = False) -> Position:
        """Where ``path`` is; its key when ``key``; else the nearest mapped parent."""
        if key and path in self.keys:
            return self.position(self.keys[path])
        probe = path
        while probe:
            if probe in self.values:
                return self.position(self.values[probe])
            probe = probe[:-1]
        return self.position(self.values.get((), 0))

    def _tokens(self):
        text = self._text
        pos = 0
        end = len(text)
        while pos < end:
            match = _TOKEN.match(text, pos)
            if match is None:
                raise ValueError(pos)
            if match.lastgroup != "ws":
                yield match.lastgroup, match.group(), pos
            pos = match.end()

    def _scan(self) -> None:
        # An explicit stack instead of recursion: hostile input may nest deeply.
        # Object frames: [path, seen keys, current key, expecting a key?]; arrays: [path, index].
        stack: list[list] = []
        for kind, text, offset in self._tokens():
            if kind == "punct" and text not in "{[":
                if text in "}]" and stack:
                    stack.pop()
                elif text == "," and stack and len(stack[-1]) == 4:
                    stack[-1][3] = True
                continue
            if not stack:
                path: Path = ()
            elif len(stack[-1]) == 2:
                frame = stack[-1]
                path = (*frame[0], frame[1])
                frame[1] += 1
            else:
                frame = stack[-1]
                if frame[3]:
                    name = _unquote(text)
                    key_path = (*frame[0], name)
                    if name in frame[1]:
                        self.duplicates.append((key_path, offset))
                    frame[1].add(name)
                    self.keys.setdefault(key_path, offset)
                    frame[2] = name
                    frame[3] = False
                    continue
                path = (*frame[0], frame[2])
            self.values.setdefault(path, offset)
            if text == "{":
                stack.append([path, set(), None, True])
            elif text == "[":
                stack.append([path, 0])


def _unquote(token: str) -> str:
    try:
        return json.loads(token)
    except ValueError:
        return token[1:-1]
