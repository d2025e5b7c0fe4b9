"""``/badges/``: every level in every style, and the snippets to paste them anywhere."""

from __future__ import annotations

from dataclasses import dataclass

from openness import urls
from openness.definition import Definition, Level
from openness.site.badges import level_badge_img
from openness.site.markdown import Markdown, code, rel, text
from openness.site.pages.common import as_markdown, level_link, render, version_note
from openness.site.sources import Site


@dataclass(frozen=True, slots=True)
class _Snippets:
    """What to paste to show a level's published badge, by where it goes."""

    readme: Markdown
    model_card: Markdown
    html: Markdown
    shields: Markdown


def badges_page(site: Site) -> str:
    """The gallery (published files, or drawn previews), snippets and addresses."""
    from openness.badge import STYLES

    uri = urls.BADGES_DOC
    d = site.latest
    return render(
        "badges.md.j2",
        uri,
        version_note=as_markdown(version_note(site, d, uri)),
        published_any=any(b.version == d.version for b in site.badges),
        gallery_table=as_markdown(_gallery(site, d, uri)),
        levels=list(reversed(d.levels)),
        snippets={level.id: _snippets(d, level) for level in d.levels},
        base_url=urls.BASE_URL,
        other_styles=as_markdown(", ".join(code(s) for s in STYLES[1:])),
        level_ids=as_markdown(", ".join(code(level.id) for level in d.levels)),
        files=[b.served.dest for b in site.badges],
    )


def _gallery(site: Site, d: Definition, uri: str) -> list[str]:
    """Every level x style: the published file when there is one, else a drawn preview."""
    from openness.badge import STYLES, alt_text

    lines = [
        "| Level | " + " | ".join(STYLES) + " |",
        "| --- | " + " | ".join("---" for _ in STYLES) + " |",
    ]
    for level in reversed(d.levels):
        cells = []
        for style in STYLES:
            published = site.badge(d.version, level.id, style, "svg")
            if published is not None:
                alt = alt_text(d.badge_label_text(), level.badge_message)
                cells.append(f"![{text(alt)}]({rel(uri, published.served.dest)})")
            else:
                cells.append(level_badge_img(d, level, style))
        name = level_link(d, level, uri)
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines


def _snippets(d: Definition, level: Level) -> _Snippets:
    from openness.badge import alt_text, snippet

    alt = alt_text(d.badge_label_text(), level.badge_message)
    svg = urls.badge_url(d.version, level.id)
    page = urls.level_url(d.version, level.id)
    endpoint = urls.badge_endpoint_url(d.version, level.id)

    def markdown(image_url: str) -> Markdown:
        return as_markdown(snippet("markdown", image_url=image_url, alt=alt, link=page).rstrip())

    html = snippet(
        "html",
        image_url=svg,
        alt=alt,
        link=page,
        dark_image_url=urls.badge_url(d.version, level.id, "flat-square"),
    )
    return _Snippets(
        readme=markdown(svg),
        model_card=markdown(urls.badge_png_url(d.version, level.id)),
        html=as_markdown(html.rstrip()),
        shields=markdown(f"https://img.shields.io/endpoint?url={endpoint}"),
    )
