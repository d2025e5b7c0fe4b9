"""One badge, made in-process: what the CLI, the pre-commit hook and the Action all call.

A ``BadgeSpec`` says what the badge reads and links to; ``make`` turns it into one
output format (an SVG or PNG image, shields endpoint JSON, or a README snippet) and
says which file name it goes to by default.
"""

from __future__ import annotations

from typing import NamedTuple

from openness.badge.endpoint import endpoint_json
from openness.badge.errors import BadgeError
from openness.badge.png import render_png
from openness.badge.snippets import SNIPPET_FORMATS, alt_text, snippet
from openness.badge.spec import BadgeSpec
from openness.badge.svg import check_link, render_svg

__all__ = ["BADGE_FORMATS", "Badge", "make"]

BADGE_FORMATS = ("svg", "png", "endpoint", *SNIPPET_FORMATS)
_DEFAULT_FILES = {
    "svg": "openness-badge.svg",
    "png": "openness-badge.png",
    "endpoint": "openness-badge.json",
}


class Badge(NamedTuple):
    content: str | bytes  # bytes for PNG
    default_name: str | None  # the file it goes to by default; None: snippets, for stdout


def make(
    spec: BadgeSpec,
    fmt: str = "svg",
    *,
    style: str = "flat",
    palette: str = "v6",
    color: str | None = None,
    label_color: str | None = None,
    link: str | None = None,
    image_url: str | None = None,
) -> Badge:
    """The badge of ``spec`` in format ``fmt`` (one of ``BADGE_FORMATS``).

    ``color``/``label_color`` override the level's colours, ``link`` where the badge
    points (default: the level's page; http or https). Snippets embed ``image_url``
    (default: the published badge, with its dark variant for HTML). Raises
    :class:`BadgeError` for anything that cannot be drawn.
    """
    if link is not None:
        check_link(link)
    target = link if link is not None else spec.link
    if fmt in SNIPPET_FORMATS:
        content = snippet(
            fmt,
            image_url=image_url or spec.image_url(style),
            alt=alt_text(spec.label, spec.message),
            link=target,
            dark_image_url=None if image_url else spec.image_url(style, dark=True),
        )
        return Badge(content, None)
    if fmt == "endpoint":
        content = endpoint_json(
            spec.label,
            spec.message,
            color=color or spec.color,
            label_color=label_color,
            style=None if style == "flat" else style,
            is_error=spec.is_error,
        )
        return Badge(content, _DEFAULT_FILES[fmt])
    if fmt not in _DEFAULT_FILES:
        raise BadgeError(
            f"unknown badge format {fmt!r} (expected one of: {', '.join(BADGE_FORMATS)})"
        )
    svg = render_svg(
        spec.label,
        spec.message,
        color=color or spec.color,
        label_color=label_color,
        style=style,
        palette=palette,
        link=target,
    )
    return Badge(render_png(svg) if fmt == "png" else svg, _DEFAULT_FILES[fmt])
