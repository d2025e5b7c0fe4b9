"""PNG badges through the optional ``png`` extra (resvg-py).

Some hosts (Hugging Face model pages among them) do not always show SVG badges; a
PNG rendered from the very same SVG is the fallback. The rasteriser is optional:
without it :func:`render_png` raises :class:`PngUnavailableError` with the command
that installs it.
"""

from __future__ import annotations

import base64
import struct
import zlib

from openness.badge.errors import BadgeError, PngUnavailableError

__all__ = ["PNG_MARK", "add_png_mark", "png_available", "render_png"]

# Stored in a PNG tEXt chunk so write_badge() knows the file is a badge we wrote.
PNG_MARK = b"Software\x00openness-badge"
_INSTALL_HINT = "PNG badges need the optional rasteriser: pip install 'openness[png]'"


def png_available() -> bool:
    """True if the PNG extra (resvg-py) is installed."""
    try:
        import resvg_py  # noqa: F401
    except ImportError:
        return False
    return True


def render_png(svg: str, *, zoom: float = 2.0) -> bytes:
    """Rasterise a badge SVG; ``zoom`` 2 gives crisp badges on high-density screens."""
    try:
        import resvg_py
    except ImportError as error:
        raise PngUnavailableError(_INSTALL_HINT) from error
    if not zoom > 0:
        raise BadgeError("zoom must be positive")
    try:
        data = resvg_py.svg_to_bytes(svg_string=svg, zoom=float(zoom))
    except ValueError as error:
        raise BadgeError(f"could not rasterise the badge: {error}") from error
    if isinstance(data, str):  # some resvg-py releases return base64 text
        data = base64.b64decode(data)
    elif not isinstance(data, bytes):
        data = bytes(data)
    return add_png_mark(data)


def add_png_mark(png: bytes) -> bytes:
    """Insert our tEXt marker chunk right after the PNG header chunk (IHDR)."""
    if png[:8] != b"\x89PNG\r\n\x1a\n":
        raise BadgeError("the rasteriser did not return a PNG")
    (ihdr_len,) = struct.unpack(">I", png[8:12])
    end = 8 + 12 + ihdr_len
    chunk = (
        struct.pack(">I", len(PNG_MARK))
        + b"tEXt"
        + PNG_MARK
        + struct.pack(">I", zlib.crc32(b"tEXt" + PNG_MARK))
    )
    return png[:end] + chunk + png[end:]
