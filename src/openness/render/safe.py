"""Make untrusted text safe to show: two different dangers, two functions.

Messages quote declaration content (keys, values, licence strings) and file names.
``escape_controls`` is for terminals and logs: a crafted file could otherwise move
the cursor, recolour the terminal or set the clipboard with escape sequences (CSI,
OSC, BEL), start a fake line (a workflow command, say) with a line break, reorder
what is shown with BiDi overrides, or hide text in zero-width and tag characters.
``utf8_safe`` is for output that must encode as UTF-8 (JSON, SARIF, workflow
commands): a file name with undecodable bytes reaches Python as lone surrogates,
which no UTF-8 encoder accepts.
"""

from __future__ import annotations

import re
import unicodedata

# C0, DEL, C1, the line and paragraph separators, and surrogates (undecodable
# file-name bytes); the invisible format characters (Unicode category Cf: BiDi
# controls, zero-width characters, tags) are found by category, see _shown
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def escape_controls(text: str) -> str:
    """``text`` with every control or invisible format character shown as an escape
    (``\\n``, ``\\x1b``, ``\\u202e``); undecodable file-name bytes show as ``\\xff``."""
    if text.isprintable():  # the common case, one C call
        return text
    if not _CONTROL.search(text) and not any(unicodedata.category(c) == "Cf" for c in text):
        return text  # non-ASCII spaces and the like: printable enough
    return "".join(_shown(c) for c in text)


def _shown(char: str) -> str:
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if _CONTROL.match(char) or unicodedata.category(char) == "Cf":
        if code < 0x100:
            return f"\\x{code:02x}"
        return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
    return char


def utf8_safe(text: str) -> str:
    """``text`` safe to encode as UTF-8: undecodable file-name bytes become U+FFFD."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "replace")
