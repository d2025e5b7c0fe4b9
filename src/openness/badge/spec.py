"""From a level (computed by the report, or named) to what a badge says and links to.

The wording and colours of each level belong to the definition data; this module
only reads them, so the CLI, the published badge set and the site show the same
badge for the same level.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from openness.urls import badge_url, definition_page, level_url

if TYPE_CHECKING:
    from openness.definition import Definition
    from openness.report import FileReport

__all__ = ["DARK_LABEL_COLOR", "BadgeSpec", "for_file", "for_level", "for_report"]

DARK_LABEL_COLOR = "#30363d"


class BadgeSpec(NamedTuple):
    label: str
    message: str
    color: str
    level: str | None  # None for the "invalid" badge
    link: str
    version: str  # the definition version the level belongs to
    is_error: bool = False

    def image_url(self, style: str = "flat", *, dark: bool = False) -> str:
        """The published badge image for this level (the invalid badge is never published)."""
        url = badge_url(self.version, self.level or "invalid", style)
        return url[: -len(".svg")] + "-dark.svg" if dark else url


def for_level(definition: Definition, level_id: str) -> BadgeSpec:
    level = definition.level(level_id)
    return BadgeSpec(
        label=definition.badge_label_text(),
        message=level.badge_message,
        color=level.badge_color,
        level=level.id,
        link=level_url(definition.version, level.id),
        version=definition.version,
    )


def for_report(definition: Definition, file: FileReport) -> BadgeSpec:
    """The badge of a validated file: its computed level, or "invalid"."""
    if file.valid and file.level is not None:
        return for_level(definition, file.level)
    return BadgeSpec(
        label=definition.badge_label_text(),
        message=definition.invalid_badge_message,
        color=definition.invalid_badge_color,
        level=None,
        link=definition_page(definition.version),
        version=definition.version,
        is_error=True,
    )


def for_file(file: FileReport) -> BadgeSpec:
    """The badge of a validated file, in the words of the definition version it declares
    (the latest when it declares none it knows)."""
    from openness.definition import load_definition

    return for_report(load_definition(file.definition_version), file)
