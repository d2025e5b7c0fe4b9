"""SVG badge renderer: flat, flat-square, plastic, for-the-badge and social.

Layout and bytes follow shields.io's badge-maker 6 (so Latin badges are identical to
shields' own), with its defects fixed: the accessible name and ``<title>`` are kept
when the badge is a link, every id (including the blur filter's) carries the id
suffix, widths come from our fuller table, and joined scripts (Arabic, Devanagari...)
keep their natural length instead of a forced ``textLength``. Plain string building
on purpose: it is several times faster than a template engine.
"""

from __future__ import annotations

import re
import zlib

from openness.badge.colors import resolve_color, text_colors
from openness.badge.errors import BadgeError
from openness.badge.text import clean_text, escape
from openness.badge.widths import (
    WidthTable,
    is_joined,
    preferred_width,
    spacing_units,
    table,
    text_width,
)

__all__ = ["MARK", "STYLES", "check_link", "render_svg"]

STYLES = ("flat", "flat-square", "plastic", "for-the-badge", "social")
# A comment that marks an SVG as written by us: write_badge() only overwrites such files.
MARK = "<!--openness-badge-->"

_FONT = 'font-family="Verdana,Geneva,DejaVu Sans,sans-serif" text-rendering="geometricPrecision"'
_SOCIAL_FONT = (
    'font-family="Helvetica Neue,Helvetica,Arial,sans-serif" text-rendering="geometricPrecision"'
)
_SUFFIX = re.compile(r"[A-Za-z0-9_-]*")
# controls, spaces, quotes, and the invisible characters that split lines or hide text
# (U+2028/2029, BiDi controls, zero-width characters, the BOM)
_LINK_FORBIDDEN = re.compile(
    r"[\x00-\x20\x7f-\xa0<>\"'`\\{}|^\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]"
)
_GREY = ((85, 85, 85), "#555")


def check_link(link: str) -> str:
    """Return ``link`` if it is an absolute http(s) URL safe to put in ``href``."""
    if not isinstance(link, str):
        raise BadgeError(f"a link must be a string, not {type(link).__name__}")
    lower = link[:8].lower()
    rest = link[8:] if lower.startswith("https://") else link[7:]
    if not (lower.startswith(("https://", "http://")) and rest and rest[0] not in "/?#@"):
        raise BadgeError(f"a badge link must be an absolute http:// or https:// URL: {link!r}")
    if _LINK_FORBIDDEN.search(link):
        raise BadgeError(f"a badge link must not contain spaces, controls or quotes: {link!r}")
    return link


def default_id_suffix(*parts: str) -> str:
    """A short suffix derived from the inputs: same badge, same ids; others differ."""
    return "-" + format(zlib.crc32("\x00".join(parts).encode("utf-8", "surrogatepass")), "08x")


def _num(value: float) -> str:
    """Format a number as JavaScript does (badge-maker prints JS numbers)."""
    if isinstance(value, int):
        return str(value)
    return str(int(value)) if value.is_integer() else repr(value)


def render_svg(
    label: str,
    message: str,
    *,
    color: str,
    label_color: str | None = None,
    style: str = "flat",
    palette: str = "v6",
    link: str | None = None,
    id_suffix: str | None = None,
    mark: bool = True,
) -> str:
    """Render a badge as an SVG document (a ``str``, deterministic for given inputs).

    ``label`` may be empty (message-only badge). ``color``/``label_color``: palette name
    (``brightgreen``...), alias, hex (``#4b0``, ``44bb00``), ``rgb(...)`` or CSS name.
    ``palette``: ``v6`` (badge-maker 6, default) or ``v5`` (classic shields colours).
    ``link``: optional http(s) URL the whole badge points to. ``id_suffix``: appended
    to every id (letters, digits, ``-``, ``_``); default derived from the inputs.
    ``mark``: include the ``<!--openness-badge-->`` marker (off only to compare with
    badge-maker byte for byte). Raises :class:`BadgeError` on invalid input.
    """
    renderer = _RENDERERS.get(style)
    if renderer is None:
        raise BadgeError(f"unknown badge style {style!r} (expected one of: {', '.join(STYLES)})")
    label = clean_text(label)
    message = clean_text(message)
    fill, rgb = resolve_color(color, palette)
    if label_color is None:
        label_fill, label_rgb = _GREY[1], _GREY[0]
    else:
        label_fill, label_rgb = resolve_color(label_color, palette)
    if link is not None:
        link = check_link(link)
    if id_suffix is None:
        id_suffix = default_id_suffix(
            label, message, fill, label_color or "", style, palette, link or ""
        )
    elif not isinstance(id_suffix, str) or not _SUFFIX.fullmatch(id_suffix):
        raise BadgeError(f"an id suffix may hold only letters, digits, - and _: {id_suffix!r}")
    badge = _Badge(
        label, message, fill, rgb, label_fill, label_rgb, label_color is not None, link, id_suffix
    )
    return renderer(badge, MARK if mark else "")


class _Badge:
    """The cleaned inputs of one badge."""

    __slots__ = (
        "fill",
        "has_label_color",
        "label",
        "label_fill",
        "label_rgb",
        "link",
        "message",
        "rgb",
        "sfx",
    )

    def __init__(
        self,
        label: str,
        message: str,
        fill: str,
        rgb: tuple[int, int, int],
        label_fill: str,
        label_rgb: tuple[int, int, int],
        has_label_color: bool,
        link: str | None,
        sfx: str,
    ) -> None:
        self.label, self.message = label, message
        self.fill, self.rgb = fill, rgb
        self.label_fill, self.label_rgb = label_fill, label_rgb
        self.has_label_color = has_label_color
        self.link, self.sfx = link, sfx


def _open(width: str, height: int, accessible: str, mark: str) -> str:
    text = escape(accessible)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'role="img" aria-label="{text}">{mark}<title>{text}</title>'
    )


def _wrap(body: str, link: str | None) -> str:
    if link is None:
        return body
    return f'<a target="_blank" href="{escape(link)}">{body}</a>'


def _accessible(label: str, message: str) -> str:
    return f"{label}: {message}" if label else message


def _shadowed_text(
    text: str, x: int, y: int, width: int, rgb: tuple[int, int, int], sfx: str
) -> str:
    """A text with its two shadow copies (flat and plastic styles)."""
    if not text:
        return ""
    color, shadow = text_colors(rgb)
    fill = "" if color == "#fff" else f' fill="{color}"'
    length = "" if not text.isascii() and is_joined(text) else f' textLength="{width * 10}"'
    content = escape(text)
    return (
        f'<g transform="scale(.1)"><g aria-hidden="true" fill="{shadow}">'
        f'<text x="{x}" y="{y + 10}" fill-opacity=".8" filter="url(#blur{sfx})"{length}>'
        f"{content}</text>"
        f'<text x="{x}" y="{y + 10}" fill-opacity=".3"{length}>{content}</text></g>'
        f'<text x="{x}" y="{y}"{length}{fill}>{content}</text></g>'
    )


def _flat_family(badge: _Badge, mark: str, style: str) -> str:
    """flat, flat-square and plastic share badge-maker's two-rectangle layout."""
    font = _V11 or _load_v11()
    label, message = badge.label, badge.message
    has_label = bool(label) or badge.has_label_color
    if has_label:
        label_fill, label_rgb = badge.label_fill, badge.label_rgb
    else:
        label_fill, label_rgb = badge.fill, badge.rgb
    label_width = preferred_width(label, font) if label else 0
    left = label_width + 10 if has_label else 0
    message_width = preferred_width(message, font)
    margin = left - (1 if message else 0) + (0 if has_label else 1)
    right = message_width + 10
    width = left + right
    label_x = 60 + 5 * label_width
    message_x = 10 * margin + 5 * message_width + 50
    sfx = badge.sfx
    if style == "flat-square":
        height = 20
        body = (
            f'<g shape-rendering="crispEdges">'
            f'<rect width="{left}" height="20" fill="{label_fill}"/>'
            f'<rect x="{left}" width="{right}" height="20" fill="{badge.fill}"/></g>'
            f'<g fill="#fff" text-anchor="middle" {_FONT} font-size="110">'
            f"{_square_text(label, label_x, label_width, label_rgb)}"
            f"{_square_text(message, message_x, message_width, badge.rgb)}</g>"
        )
    else:
        if style == "flat":
            height, rx, y = 20, 3, 140
            stops = (
                '<stop offset="0" stop-color="#bbb" stop-opacity=".1"/>'
                '<stop offset="1" stop-opacity=".1"/>'
            )
        else:
            height, rx, y = 18, 4, 130
            stops = (
                '<stop offset="0" stop-color="#fff" stop-opacity=".7"/>'
                '<stop offset=".1" stop-color="#aaa" stop-opacity=".1"/>'
                '<stop offset=".9" stop-color="#000" stop-opacity=".3"/>'
                '<stop offset="1" stop-color="#000" stop-opacity=".5"/>'
            )
        body = (
            f'<filter id="blur{sfx}"><feGaussianBlur stdDeviation="16"/></filter>'
            f'<linearGradient id="s{sfx}" x2="0" y2="100%">{stops}</linearGradient>'
            f'<clipPath id="r{sfx}"><rect width="{width}" height="{height}" rx="{rx}"/></clipPath>'
            f'<g clip-path="url(#r{sfx})">'
            f'<rect width="{left}" height="{height}" fill="{label_fill}"/>'
            f'<rect x="{left}" width="{right}" height="{height}" fill="{badge.fill}"/>'
            f'<rect width="{width}" height="{height}" fill="url(#s{sfx})"/></g>'
            f'<g fill="#fff" text-anchor="middle" {_FONT} font-size="110">'
            f"{_shadowed_text(label, label_x, y, label_width, label_rgb, sfx)}"
            f"{_shadowed_text(message, message_x, y, message_width, badge.rgb, sfx)}</g>"
        )
    accessible = escape(f"{label}: {message}" if label else message)
    if badge.link is not None:
        body = f'<a target="_blank" href="{escape(badge.link)}">{body}</a>'
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'role="img" aria-label="{accessible}">{mark}<title>{accessible}</title>{body}</svg>'
    )


_V11: WidthTable | None = None


def _load_v11() -> WidthTable:
    global _V11
    _V11 = table("verdana-11")
    return _V11


def _square_text(text: str, x: int, width: int, rgb: tuple[int, int, int]) -> str:
    if not text:
        return ""
    color = text_colors(rgb)[0]
    fill = "" if color == "#fff" else f' fill="{color}"'
    length = "" if is_joined(text) else f' textLength="{width * 10}"'
    return f'<text x="{x}" y="140"{length} transform="scale(.1)"{fill}>{escape(text)}</text>'


def _flat(badge: _Badge, mark: str) -> str:
    return _flat_family(badge, mark, "flat")


def _flat_square(badge: _Badge, mark: str) -> str:
    return _flat_family(badge, mark, "flat-square")


def _plastic(badge: _Badge, mark: str) -> str:
    return _flat_family(badge, mark, "plastic")


def _for_the_badge(badge: _Badge, mark: str) -> str:
    """Upper-case, 10px Verdana (bold message), 1.25px letter spacing, height 28."""
    label, message = badge.label.upper(), badge.message.upper()
    normal, bold = table("verdana-10"), table("verdana-10-bold")
    label_tw: float = 0
    if label:
        label_tw = int(text_width(label, normal)) + 1.25 * spacing_units(label, normal)
    message_tw: float = 0
    if message:
        message_tw = int(text_width(message, bold)) + 1.25 * spacing_units(message, bold)
    has_label = bool(label)
    label_fill = badge.label_fill
    if has_label:
        label_rect: float = 12 + label_tw + 12
        message_min_x = label_rect + 12
    else:
        label_rect = 0
        message_min_x = 12
    message_rect = 24 + message_tw
    parts = []
    if has_label:
        parts.append(
            f'<g shape-rendering="crispEdges"><rect width="{_num(label_rect)}" height="28" '
            f'fill="{label_fill}"/><rect x="{_num(label_rect)}" width="{_num(message_rect)}" '
            f'height="28" fill="{badge.fill}"/></g>'
        )
    else:
        parts.append(
            f'<g shape-rendering="crispEdges"><rect width="{_num(message_rect)}" height="28" '
            f'fill="{badge.fill}"/></g>'
        )
    parts.append(f'<g fill="#fff" text-anchor="middle" {_FONT} font-size="100">')
    if has_label:
        color = text_colors(badge.label_rgb)[0]
        fill = "" if color == "#fff" else f' fill="{color}"'
        length = "" if is_joined(label) else f' textLength="{_num(10 * label_tw)}"'
        parts.append(
            f'<text transform="scale(.1)" x="{_num(10 * (12 + 0.5 * label_tw))}" y="175"'
            f"{length}{fill}>{escape(label)}</text>"
        )
    color = text_colors(badge.rgb)[0]
    fill = "" if color == "#fff" else f' fill="{color}"'
    length = "" if is_joined(message) else f' textLength="{_num(10 * message_tw)}"'
    parts.append(
        f'<text transform="scale(.1)" x="{_num(10 * (message_min_x + 0.5 * message_tw))}" '
        f'y="175"{length} font-weight="bold"{fill}>{escape(message)}</text></g>'
    )
    return (
        _open(_num(label_rect + message_rect), 28, _accessible(label, message), mark)
        + _wrap("".join(parts), badge.link)
        + "</svg>"
    )


def _social(badge: _Badge, mark: str) -> str:
    """GitHub-like: light label box and a speech-bubble message, bold Helvetica."""
    font = table("helvetica-11-bold")
    label = badge.label[:1].upper() + badge.label[1:]
    message = badge.message
    sfx = badge.sfx
    label_tw = preferred_width(label, font)
    message_tw = preferred_width(message, font)
    label_rect = label_tw + 10
    message_rect = message_tw + 8
    bubble = ""
    message_text = ""
    if message:
        main_x = label_rect + 6.5
        bubble = (
            f'<rect x="{_num(main_x)}" y=".5" width="{message_rect}" height="19" rx="2" '
            f'fill="#fafafa"/><rect x="{label_rect + 6}" y="7.5" width=".5" height="5" '
            f'stroke="#fafafa"/><path d="M{_num(main_x)} 6.5 l-3 3v1 l3 3" fill="#fafafa"/>'
        )
        x = _num(10 * (label_rect + 6 + message_rect / 2))
        length = "" if is_joined(message) else f' textLength="{10 * message_tw}"'
        content = escape(message)
        message_text = (
            f'<text aria-hidden="true" x="{x}" y="150" fill="#fff" transform="scale(.1)"'
            f"{length}>{content}</text>"
            f'<text id="rlink{sfx}" x="{x}" y="140" transform="scale(.1)"{length}>{content}</text>'
        )
    label_x = _num(10 * (label_tw / 2 + 5))
    length = "" if is_joined(label) else f' textLength="{10 * label_tw}"'
    content = escape(label)
    body = (
        f"<style>a:hover #llink{sfx}{{fill:url(#b{sfx});stroke:#ccc}}"
        f"a:hover #rlink{sfx}{{fill:#4183c4}}</style>"
        f'<linearGradient id="a{sfx}" x2="0" y2="100%"><stop offset="0" stop-color="#fcfcfc" '
        f'stop-opacity="0"/><stop offset="1" stop-opacity=".1"/></linearGradient>'
        f'<linearGradient id="b{sfx}" x2="0" y2="100%"><stop offset="0" stop-color="#ccc" '
        f'stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>'
        f'<g stroke="#d5d5d5"><rect stroke="none" fill="#fcfcfc" x=".5" y=".5" '
        f'width="{label_rect}" height="19" rx="2"/>{bubble}</g>'
        f'<g aria-hidden="true" fill="#333" text-anchor="middle" {_SOCIAL_FONT} '
        f'font-weight="700" font-size="110px" line-height="14px">'
        f'<rect id="llink{sfx}" stroke="#d5d5d5" fill="url(#a{sfx})" x=".5" y=".5" '
        f'width="{label_rect}" height="19" rx="2"/>'
        f'<text aria-hidden="true" x="{label_x}" y="150" fill="#fff" transform="scale(.1)"'
        f"{length}>{content}</text>"
        f'<text x="{label_x}" y="140" transform="scale(.1)"{length}>{content}</text>'
        f"{message_text}</g>"
    )
    width = label_rect + 1 + (6 + message_rect if message else 0)
    return (
        _open(str(width), 20, _accessible(label, message), mark)
        + _wrap(body, badge.link)
        + "</svg>"
    )


_RENDERERS = {
    "flat": _flat,
    "flat-square": _flat_square,
    "plastic": _plastic,
    "for-the-badge": _for_the_badge,
    "social": _social,
}
