"""Badges for Open Source AI levels: SVG, PNG, shields endpoint JSON and snippets.

Fast and dependency-free on purpose (no jsonschema, no jinja2, no font engine): the
``openness badge`` command must start faster than shields' own CLI. Layout matches
shields.io's badge-maker 6 byte for byte for Latin text, with its width and
accessibility defects fixed.
"""

from typing import TYPE_CHECKING

# Each name is loaded from its module on first use (PEP 562), so a command that only
# renders an SVG does not pay for PNG, file-writing or snippet code at start-up.
_EXPORTS = {
    "PALETTES": "colors",
    "resolve_color": "colors",
    "endpoint_json": "endpoint",
    "BadgeError": "errors",
    "OverwriteRefusedError": "errors",
    "PngUnavailableError": "errors",
    "png_available": "png",
    "render_png": "png",
    "SNIPPET_FORMATS": "snippets",
    "alt_text": "snippets",
    "snippet": "snippets",
    "MARK": "svg",
    "STYLES": "svg",
    "check_link": "svg",
    "render_svg": "svg",
    "is_our_badge": "write",
    "write_badge": "write",
}


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'openness.badge' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"openness.badge.{module}"), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
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
