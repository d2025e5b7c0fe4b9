"""README snippets (Markdown, HTML, reStructuredText) with real alt text.

GitHub and most hosts show badges through ``<img>``, so the alt text is all a
screen reader gets: it says what the badge says (e.g. "openness 2.0: open
weights"), never just "badge". The HTML form is a ``<picture>`` so a page can offer a
variant for dark mode.
"""

from __future__ import annotations

import re
import unicodedata

from openness.badge.errors import BadgeError
from openness.badge.text import clean_text

__all__ = ["SNIPPET_FORMATS", "alt_text", "snippet"]

SNIPPET_FORMATS = ("markdown", "html", "rst")
_URL_FORBIDDEN = frozenset("\"'<>`\\")
_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp", "Zs"})
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def alt_text(label: str, message: str) -> str:
    """The text a badge reads as: ``"LABEL: MESSAGE"`` (or the message alone)."""
    label, message = clean_text(label), clean_text(message)
    return f"{label}: {message}" if label else message


def _url(url: str, what: str, *, absolute: bool = False) -> str:
    """Check a URL for a snippet; spaces and parentheses are percent-encoded."""
    if not isinstance(url, str) or not url.strip():
        raise BadgeError(f"the {what} URL must be a non-empty string")
    url = url.strip()
    lower = url.lower()
    scheme = lower.split(":", 1)[0] if ":" in lower.split("/", 1)[0] else ""
    if scheme not in ("", "http", "https") or (absolute and not scheme):
        kinds = "http(s)" if absolute else "http(s) or relative"
        raise BadgeError(f"the {what} URL must be {kinds}: {url!r}")
    if any(ch in _URL_FORBIDDEN or _invisible(ch) for ch in url):
        raise BadgeError(
            f"the {what} URL must not contain quotes, brackets, controls or line separators: "
            f"{url!r}"
        )
    if "&" in url and _ENTITY.search(url):
        # Markdown and HTML decode "&#58;" to ":" (a scheme the check above never saw)
        raise BadgeError(f"the {what} URL must not contain HTML character references: {url!r}")
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def _invisible(ch: str) -> bool:
    """Controls, format characters and any line or paragraph separator (U+2028 starts
    a new line in reStructuredText); the plain space is allowed (it is encoded)."""
    if ch == " ":
        return False
    return unicodedata.category(ch) in _INVISIBLE


def _html(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
    )


def _markdown_alt(text: str) -> str:
    out = []
    for ch in text:
        if ch in "\\[]*_`<>!":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def snippet(
    fmt: str,
    *,
    image_url: str,
    alt: str,
    link: str | None = None,
    dark_image_url: str | None = None,
    height: int = 20,
) -> str:
    """A snippet that embeds the badge at ``image_url`` (ends with a newline).

    ``alt``: the alt text (see :func:`alt_text`). ``link``: where the badge points.
    ``dark_image_url``: HTML only, the image for ``prefers-color-scheme: dark``
    (defaults to ``image_url``). ``height``: the HTML ``<img>`` height in px.
    """
    image = _url(image_url, "image")
    target = _url(link, "link", absolute=True) if link is not None else None
    alt = " ".join(str(alt).split())
    if not alt:
        raise BadgeError("a badge snippet needs alt text")
    if fmt == "markdown":
        body = f"![{_markdown_alt(alt)}]({image})"
        return (f"[{body}]({target})" if target else body) + "\n"
    if fmt == "html":
        dark = _url(dark_image_url, "dark image") if dark_image_url is not None else image
        picture = (
            "<picture>"
            f'<source media="(prefers-color-scheme: dark)" srcset="{_html(dark)}">'
            f'<img src="{_html(image)}" alt="{_html(alt)}" height="{int(height)}">'
            "</picture>"
        )
        return (f'<a href="{_html(target)}">{picture}</a>' if target else picture) + "\n"
    if fmt == "rst":
        lines = [f".. image:: {image}", f"   :alt: {alt}"]
        if target:
            lines.append(f"   :target: {target}")
        return "\n".join(lines) + "\n"
    known = ", ".join(SNIPPET_FORMATS)
    raise BadgeError(f"unknown snippet format {fmt!r} (expected one of: {known})")
