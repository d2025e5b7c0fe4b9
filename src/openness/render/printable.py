"""Make untrusted text safe to print on a terminal or in a log, one line per item.

Messages quote declaration content (keys, values, licence strings); a crafted file
could otherwise move the cursor, recolour the terminal with escape sequences, or
start a fake line (for example a workflow command) with a newline.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    """``text`` with every control character shown as an escape (``\\n``, ``\\x1b``)."""
    if text.isprintable() or not _CONTROL.search(text):  # the first test is the cheaper
        return text
    return _CONTROL.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    if char in named:
        return named[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
