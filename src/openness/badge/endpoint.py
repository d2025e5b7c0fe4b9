"""shields.io endpoint JSON, so a repository can serve its badge through shields.io.

Schema version 1: https://img.shields.io/endpoint?url=<https URL of this JSON>.
shields rejects unknown keys, so only the documented ones are written.
"""

from __future__ import annotations

import json

from openness.badge.colors import ALIASES, PALETTES, resolve_color
from openness.badge.errors import BadgeError
from openness.badge.svg import STYLES
from openness.badge.text import clean_text

__all__ = ["ENDPOINT_KEYS", "MIN_CACHE_SECONDS", "endpoint_json"]

MIN_CACHE_SECONDS = 300
ENDPOINT_KEYS = frozenset(
    {
        "schemaVersion",
        "label",
        "message",
        "color",
        "labelColor",
        "isError",
        "namedLogo",
        "logoSvg",
        "logoColor",
        "logoWidth",
        "style",
        "cacheSeconds",
    }
)


def _endpoint_color(value: str) -> str:
    """A colour shields understands: palette names stay names, others their fill."""
    fill, _ = resolve_color(value, "v6")
    name = value.strip().lower()
    name = ALIASES.get(name, name)
    return name if name in PALETTES["v6"] else fill


def endpoint_json(
    label: str,
    message: str,
    *,
    color: str,
    label_color: str | None = None,
    style: str | None = None,
    is_error: bool = False,
    cache_seconds: int = 3600,
) -> str:
    """The endpoint document as deterministic JSON text (ends with a newline)."""
    label, message = clean_text(label), clean_text(message)
    if not message:
        raise BadgeError("an endpoint badge needs a non-empty message")
    if isinstance(cache_seconds, bool) or not isinstance(cache_seconds, int):
        raise BadgeError("cacheSeconds must be an integer")
    if cache_seconds < MIN_CACHE_SECONDS:
        raise BadgeError(
            f"cacheSeconds must be at least {MIN_CACHE_SECONDS} (shields ignores less)"
        )
    doc: dict[str, object] = {
        "schemaVersion": 1,
        "label": label,
        "message": message,
        "color": _endpoint_color(color),
    }
    if label_color is not None:
        doc["labelColor"] = _endpoint_color(label_color)
    if is_error:
        doc["isError"] = True
    if style is not None:
        if style not in STYLES:
            raise BadgeError(f"unknown badge style {style!r}")
        doc["style"] = style
    doc["cacheSeconds"] = cache_seconds
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
