"""Make untrusted text safe to show: two different dangers, two functions.

Messages quote declaration content (keys, values, licence strings) and file names.
``escape_controls`` is for terminals and logs: a crafted file could otherwise move
the cursor, recolour the terminal with escape sequences, or start a fake line (a
workflow command, say) with a newline. ``utf8_safe`` is for output that must encode
as UTF-8 (JSON, SARIF, workflow commands): a file name with undecodable bytes
reaches Python as lone surrogates, which no UTF-8 encoder accepts.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def escape_controls(text: str) -> str:
    """``text`` with every control character shown as an escape (``\\n``, ``\\x1b``)."""
    if text.isprintable() or not _CONTROL.search(text):  # the first test is the cheaper
        return text
    return _CONTROL.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def utf8_safe(text: str) -> str:
    """``text`` safe to encode as UTF-8: undecodable file-name bytes become U+FFFD."""
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "replace")
