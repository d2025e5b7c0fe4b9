"""Badges drawn on the site's pages, by the same renderer as ``openness badge``.

Pages embed them as ``data:`` images so they need no file of their own: the
published badge set under ``/badges/`` stays exactly what its generator made.
"""

from __future__ import annotations

from openness.definition import Definition, Level
from openness.site.markdown import attr, svg_data_uri


def level_svg(d: Definition, level: Level, style: str = "flat") -> str:
    from openness.badge import render_svg

    return render_svg(
        d.badge_label_text(), level.badge_message, color=level.badge_color, style=style
    )


def level_badge_img(d: Definition, level: Level, style: str = "flat") -> str:
    """An ``<img>`` of a level's badge, with the alt text a screen reader needs."""
    from openness.badge import alt_text

    alt = alt_text(d.badge_label_text(), level.badge_message)
    return (
        f'<img class="oa-badge" src="{svg_data_uri(level_svg(d, level, style))}" '
        f'alt="{attr(alt)}" title="{attr(alt)}">'
    )


def level_fill(level: Level) -> str:
    """The CSS colour of a level's badge (its message half)."""
    from openness.badge import resolve_color

    return resolve_color(level.badge_color, "v6")[0]
