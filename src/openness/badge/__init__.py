"""Badges for Open Source AI levels: SVG, PNG, shields endpoint JSON and snippets.

Fast and dependency-free on purpose (no jsonschema, no jinja2, no font engine): the
``openness badge`` command must start faster than shields' own CLI. Layout matches
shields.io's badge-maker 6 byte for byte for Latin text, with its width and
accessibility defects fixed.
"""

from openness.badge.colors import PALETTES, resolve_color
from openness.badge.endpoint import endpoint_json
from openness.badge.errors import BadgeError, OverwriteRefusedError, PngUnavailableError
from openness.badge.png import png_available, render_png
from openness.badge.snippets import SNIPPET_FORMATS, alt_text, snippet
from openness.badge.svg import MARK, STYLES, check_link, render_svg
from openness.badge.write import is_our_badge, write_badge

__all__ = [
    "MARK",
    "PALETTES",
    "SNIPPET_FORMATS",
    "STYLES",
    "BadgeError",
    "OverwriteRefusedError",
    "PngUnavailableError",
    "alt_text",
    "check_link",
    "endpoint_json",
    "is_our_badge",
    "png_available",
    "render_png",
    "render_svg",
    "resolve_color",
    "snippet",
    "write_badge",
]
