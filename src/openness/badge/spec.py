"""From a level (computed by the report, or named) to what a badge says and links to.

The wording and colours of each level belong to the definition data; this module
only reads them, so the CLI, the published badge set and the site show the same
badge for the same level.

A badge links to the model's own page in the site's directory when the declaration
describes a model the directory holds (matched by ``model.url``, see
``directory.json``): a reader who clicks it lands on the reviewed verdict of *that*
model, not on a generic level page anyone could link to. Otherwise it links to the
level's page.
"""

from __future__ import annotations

import json
import os
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from openness.urls import badge_url, definition_page, level_url, model_page_url

if TYPE_CHECKING:
    from openness.definition import Definition
    from openness.report import FileReport

__all__ = [
    "DARK_LABEL_COLOR",
    "INVALID",
    "BadgeSpec",
    "directory_page",
    "for_file",
    "for_invalid",
    "for_level",
    "for_report",
    "normalize_model_url",
]

# The label colour of the dark variants (GitHub's dark-mode border grey): white text on it
# reads at 12:1, and it stays distinct from a dark page's background.
DARK_LABEL_COLOR = "#30363d"
# The file name stem of the published "invalid" badge (badges/<version>/invalid*.svg).
INVALID = "invalid"
DIRECTORY_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "directory.json")


class BadgeSpec(NamedTuple):
    label: str
    message: str
    color: str
    level: str | None  # None for the "invalid" badge
    link: str
    version: str  # the definition version the level belongs to
    is_error: bool = False

    def image_url(self, style: str = "flat", *, dark: bool = False) -> str:
        """The published badge image for this level, or the published invalid badge."""
        url = badge_url(self.version, self.level or INVALID, style)
        return url[: -len(".svg")] + "-dark.svg" if dark else url


def for_level(definition: Definition, level_id: str, *, link: str | None = None) -> BadgeSpec:
    """The badge of a level; ``link`` replaces the level's page (a model's own page)."""
    level = definition.level(level_id)
    return BadgeSpec(
        label=definition.badge_label_text(),
        message=level.badge_message,
        color=level.badge_color,
        level=level.id,
        link=link or level_url(definition.version, level.id),
        version=definition.version,
    )


def for_invalid(definition: Definition, *, link: str | None = None) -> BadgeSpec:
    """The badge of a declaration that is not valid: no level is shown."""
    return BadgeSpec(
        label=definition.badge_label_text(),
        message=definition.invalid_badge_message,
        color=definition.invalid_badge_color,
        level=None,
        link=link or definition_page(definition.version),
        version=definition.version,
        is_error=True,
    )


def for_report(definition: Definition, file: FileReport) -> BadgeSpec:
    """The badge of a validated file: its computed level, or "invalid"; either links to
    the model's directory page when there is one (where the verdict is explained)."""
    page = directory_page(file.model)
    if file.valid and file.level is not None:
        return for_level(definition, file.level, link=page)
    return for_invalid(definition, link=page)


def for_file(file: FileReport) -> BadgeSpec:
    """The badge of a validated file, in the words of the definition version it declares
    (the latest when it declares none it knows)."""
    from openness.definition import load_definition

    return for_report(load_definition(file.definition_version), file)


def normalize_model_url(url: str) -> str:
    """A model URL as the directory index keys it: no scheme case, ``www.``, query,
    fragment or trailing slash, so ``HTTPS://www.Host/a/`` and ``https://host/a`` match."""
    url = url.strip().split("#", 1)[0].split("?", 1)[0].rstrip("/")
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url.lower()
    host, slash, path = rest.partition("/")
    host = host.lower().removeprefix("www.")
    return f"{scheme.lower()}://{host}{slash}{path.lower()}"


@cache
def _directory() -> dict[str, str]:
    """Normalised model URL -> the directory's id of that model (generated, see
    tools/gen_badges.py); empty when the file is missing."""
    try:
        with open(DIRECTORY_FILE, encoding="utf-8") as handle:
            data = json.load(handle)
    except OSError:
        return {}
    return {str(k): str(v) for k, v in data.get("models", {}).items()}


def directory_page(model: dict[str, Any] | None) -> str | None:
    """The directory page of the model a declaration describes, if the directory has it."""
    if not isinstance(model, dict) or not isinstance(model.get("url"), str):
        return None
    slug = _directory().get(normalize_model_url(model["url"]))
    return model_page_url(slug) if slug else None
