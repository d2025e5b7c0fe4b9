"""Exceptions of the badge package, so the CLI can print a clean one-line message."""


class BadgeError(ValueError):
    """A badge cannot be made from these inputs (bad colour, style, link, id suffix...)."""


class PngUnavailableError(BadgeError):
    """PNG output needs the optional rasteriser, which is not installed."""
