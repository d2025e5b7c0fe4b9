"""Small helpers to write safe Markdown: table cells, code spans, links between pages."""

from __future__ import annotations

import base64
import html
import posixpath


class Markdown(str):
    """Text that is Markdown already: escaped by one of the helpers here, or markup the
    page code wrote. Templates print nothing else (see ``openness.site.pages.common``).
    """


def text(value: object) -> str:
    """Plain text for Markdown prose: HTML-escaped, one line."""
    return html.escape(" ".join(str(value).split()), quote=False)


def cell(value: object) -> str:
    """Text for a Markdown table cell (pipes escaped, one line)."""
    return text(value).replace("|", "\\|")


def code(value: object) -> str:
    """An inline code span that survives backticks and table pipes."""
    raw = " ".join(str(value).split())
    fence = "``" if "`" in raw else "`"
    pad = " " if raw.startswith("`") or raw.endswith("`") else ""
    return f"{fence}{pad}{raw}{pad}{fence}".replace("|", "\\|")


def attr(value: object) -> str:
    """Text for an HTML attribute value (quotes escaped)."""
    return html.escape(str(value), quote=True)


def rel(from_uri: str, to_uri: str) -> str:
    """A relative link from one source page (``a/b.md``) to another (``c/d.md#x``)."""
    target, _, fragment = to_uri.partition("#")
    link = posixpath.relpath(target, posixpath.dirname(from_uri) or ".")
    return f"{link}#{fragment}" if fragment else link


def link(label: str, from_uri: str, to_uri: str) -> str:
    return f"[{label}]({rel(from_uri, to_uri)})"


def svg_data_uri(svg: str) -> str:
    """An SVG as a data: URI, for an ``<img>`` that needs no extra file."""
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def json_block(text_value: str, title: str = "") -> str:
    """A fenced JSON code block (the fence grows if the text holds backticks)."""
    fence = "```"
    while fence in text_value:
        fence += "`"
    head = f'{fence}json title="{attr(title)}"' if title else f"{fence}json"
    return f"{head}\n{text_value.rstrip()}\n{fence}"


def href(from_uri: str, to_uri: str) -> str:
    """A relative URL from one source page to another, for raw HTML: MkDocs rewrites
    ``.md`` links in Markdown, not in HTML, so HTML must name the served address.
    A page of another language lives under its prefix (``/fr``), and so do the pages it
    links to; a served file (a badge, a JSON file) is shared by every language."""
    from openness.site.language import prefix
    from openness.urls import served_path

    target, _, fragment = to_uri.partition("#")
    destination = served_path(target)
    if target.endswith(".md"):
        destination = prefix() + destination
    link_ = posixpath.relpath(destination, prefix() + served_path(from_uri))
    if destination.endswith("/"):
        link_ = "./" if link_ == "." else link_ + "/"
    return f"{link_}#{fragment}" if fragment else link_
