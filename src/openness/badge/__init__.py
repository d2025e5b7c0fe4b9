"""Badges of openness levels: SVG, PNG, shields endpoint JSON and snippets.

Dependency-free on purpose (no jsonschema, no jinja2, no font engine), so the
``openness badge`` command starts fast. Layout matches shields.io's badge-maker 6
byte for byte for Latin text, with its width and accessibility defects fixed.
``make`` is the one entry the command, the pre-commit hook and the Action share.
"""

from openness.atomic import WriteRefusedError
from openness.badge.colors import PALETTES, resolve_color
from openness.badge.endpoint import endpoint_json
from openness.badge.errors import BadgeError, PngUnavailableError
from openness.badge.make import BADGE_FORMATS, Badge, make
from openness.badge.png import png_available, render_png
from openness.badge.snippets import SNIPPET_FORMATS, alt_text, snippet
from openness.badge.spec import (
    DARK_LABEL_COLOR,
    INVALID,
    BadgeSpec,
    directory_page,
    for_file,
    for_invalid,
    for_level,
    for_report,
)
from openness.badge.svg import MARK, STYLES, check_link, render_svg
from openness.badge.write import is_our_badge, write_badge

__all__ = [
    "BADGE_FORMATS",
    "DARK_LABEL_COLOR",
    "INVALID",
    "MARK",
    "PALETTES",
    "SNIPPET_FORMATS",
    "STYLES",
    "Badge",
    "BadgeError",
    "BadgeSpec",
    "PngUnavailableError",
    "WriteRefusedError",
    "alt_text",
    "check_link",
    "directory_page",
    "endpoint_json",
    "for_file",
    "for_invalid",
    "for_level",
    "for_report",
    "is_our_badge",
    "make",
    "png_available",
    "render_png",
    "render_svg",
    "resolve_color",
    "snippet",
    "write_badge",
]
