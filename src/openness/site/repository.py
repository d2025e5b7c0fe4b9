"""The project's repository, as the hand-written pages name it.

Its address is set once, as ``repo_url`` in mkdocs.yml (unset until the project has a
public home). Pages never write it: they say ``{{ repo_url }}`` (clone and pip URLs,
pre-commit's ``repo:``) or ``{{ action }}`` (the Action's ``owner/name``), and the build
puts the setting there, or a visible placeholder while it is unset, so no page can
point at a guessed address.
"""

from __future__ import annotations

import re

REPO_PLACEHOLDER = "<repository URL>"
ACTION_PLACEHOLDER = "<owner>/openness"
_GITHUB = re.compile(r"https://github\.com/([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+?)(?:\.git)?/?")


def placeholders(repo_url: str) -> dict[str, str]:
    """``{{ name }}`` -> text, for the hand-written pages."""
    url = repo_url.strip().rstrip("/")
    github = _GITHUB.fullmatch(url)
    from openness.urls import BASE_URL

    return {
        "base_url": BASE_URL,
        "repo_url": url or REPO_PLACEHOLDER,
        "action": f"{github.group(1)}/{github.group(2)}" if github else ACTION_PLACEHOLDER,
    }


def fill(markdown: str, repo_url: str) -> str:
    """Replace every ``{{ repo_url }}``, ``{{ action }}`` and ``{{ base_url }}`` of a page."""
    for name, value in placeholders(repo_url).items():
        markdown = markdown.replace("{{ " + name + " }}", value)
    return markdown
