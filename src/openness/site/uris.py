"""Source paths of the site's pages (``docs/``-relative, as MkDocs names them).

With MkDocs' directory URLs, ``a/b.md`` is served at ``/a/b/`` and ``a/index.md`` at
``/a/``; these paths must give exactly the addresses in :mod:`openness.urls` (a test
checks it).
"""

from __future__ import annotations

HOME = "index.md"
VERSIONS = "definition/index.md"
CROSSWALKS = "crosswalks.md"
WASHING = "washing.md"
DECLARE = "declare.md"
VALIDATE = "validate/index.md"
RULES = "validate/rules.md"
BADGES = "badges/index.md"
MODELS = "models/index.md"
VERSIONING = "versioning.md"


def overview(version: str) -> str:
    return f"definition/{version}/index.md"


def level(version: str, level_id: str) -> str:
    return f"definition/{version}/levels/{level_id}.md"


def component(version: str, component_id: str) -> str:
    return f"definition/{version}/components/{component_id}.md"


def licenses(version: str) -> str:
    return f"definition/{version}/licenses.md"


def model(slug: str) -> str:
    return f"models/{slug}.md"


def definition_json(version: str) -> str:
    return f"definition/{version}.json"


def declaration_schema(version: str) -> str:
    return f"schema/{version}/openness.schema.json"


def served_url(uri: str) -> str:
    """The address path MkDocs gives a source page (directory URLs)."""
    if not uri.endswith(".md"):
        return "/" + uri
    stem = uri[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
        return "/" + stem
    return f"/{stem}/"
