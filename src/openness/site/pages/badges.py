"""``/badges/``: every level in every style, and the snippets to paste them anywhere."""

from __future__ import annotations

from dataclasses import dataclass

from openness import urls
from openness.definition import Definition, Level
from openness.site.badges import level_badge_img
from openness.site.language import language, localize_url, tr
from openness.site.markdown import Markdown, attr, code, href, text
from openness.site.pages.common import as_markdown, render, version_note
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
        published_any=any(b.version == d.version and b.language == language() for b in site.badges),
        gallery_table=as_markdown(_gallery(site, d, uri)),
        levels=list(reversed(d.levels)),
        snippets={level.id: _snippets(d, level) for level in d.levels},
        base_url=urls.BASE_URL,
        folder="" if language() == "en" else f"{language()}/",
        other_styles=as_markdown(", ".join(code(s) for s in STYLES[1:])),
        level_ids=as_markdown(", ".join(code(level.id) for level in d.levels)),
        files=[b.served.dest for b in site.badges if b.language == language()],
    )


def _gallery(site: Site, d: Definition, uri: str) -> list[str]:
    """Every style, each level (and the invalid badge) at the size it is drawn: light
    variants on the page's background, dark variants on a dark strip. Images keep their
    natural size (CSS ``oa-natural``): a badge squeezed into a table cell is unreadable."""
    from openness.badge import INVALID, STYLES, alt_text

    stems = [(lv.id, lv.badge_message) for lv in reversed(d.levels)]
    stems.append((INVALID, d.invalid_badge_message))
    lines: list[str] = []
    for style in STYLES:
        lines += [f"### {text(style)}", ""]
        for dark in (False, True):
            name = ("dark" if style == "flat" else f"{style}-dark") if dark else style
            cells = []
            for stem, message in stems:
                alt = attr(alt_text(d.badge_label_text(), message))
                published = site.badge(d.version, stem, name, "svg", language())
                if published is not None:
                    src = href(uri, published.served.dest)
                    cells.append(f'<img class="oa-natural" src="{src}" alt="{alt}">')
                elif stem != INVALID and not dark:
                    cells.append(level_badge_img(d, d.level(stem), style))
            if cells:
                kind = "oa-gallery oa-gallery--dark" if dark else "oa-gallery"
                label = tr("dark variant") if dark else tr("light variant")
                lines += [f'<div class="{kind}" aria-label="{style}, {label}">', *cells, "</div>"]
                lines.append("")
    return lines


def _snippets(d: Definition, level: Level) -> _Snippets:
    from openness.badge import alt_text, snippet
    from openness.badge.language import language_badge_url

    def published(url: str) -> str:  # the page's language's set
        if language() == "en":
            return url
        head, _, name = url.rpartition("/")
        return f"{head}/{language()}/{name}"

    alt = alt_text(d.badge_label_text(), level.badge_message)
    svg = language_badge_url(d.version, level.id, "flat", language())
    page = localize_url(urls.level_url(d.version, level.id))
    endpoint = published(urls.badge_endpoint_url(d.version, level.id))

    def markdown(image_url: str) -> Markdown:
        return as_markdown(snippet("markdown", image_url=image_url, alt=alt, link=page).rstrip())

    html = snippet(
        "html",
        image_url=svg,
        alt=alt,
        link=page,
        dark_image_url=svg[: -len(".svg")] + "-dark.svg",
    )
    return _Snippets(
        readme=markdown(svg),
        model_card=markdown(published(urls.badge_png_url(d.version, level.id))),
        html=as_markdown(html.rstrip()),
        shields=markdown(f"https://img.shields.io/endpoint?url={endpoint}"),
    )
