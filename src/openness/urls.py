"""The project's public addresses, defined once.

Schema ``$id``s, rule help links, level pages and badge URLs are all built from
``BASE_URL`` so that the published site, the schemas and the reports agree.

The site's pages are named here once, by their source path under ``docs/`` (the
``*_doc`` names, as MkDocs names pages); their public URLs are derived from those
paths by :func:`served_path`, the rule MkDocs applies with directory URLs. So the page
a report links to is, by construction, the page the site builds.
"""

BASE_URL = "https://openness.dev"

# --- the site's pages, by source path under docs/ -----------------------------------------

HOME_DOC = "index.md"
VERSIONS_DOC = "definition/index.md"
CROSSWALKS_DOC = "crosswalks.md"
WASHING_DOC = "washing.md"
DECLARE_DOC = "declare.md"
INSTALL_DOC = "install.md"
CI_DOC = "ci.md"
CLI_DOC = "cli.md"
VALIDATE_DOC = "validate/index.md"
RULES_DOC = "validate/rules.md"
BADGES_DOC = "badges/index.md"
MODELS_DOC = "models/index.md"
VERSIONING_DOC = "versioning.md"
CHANGELOG_DOC = "definition/changelog.md"
ABOUT_DOC = "about.md"


def overview_doc(version: str) -> str:
    """The page that presents a definition version."""
    return f"definition/{version}/index.md"


def level_doc(version: str, level: str) -> str:
    """The page that explains a level."""
    return f"definition/{version}/levels/{level}.md"


def component_doc(version: str, component: str) -> str:
    """The page that explains a component."""
    return f"definition/{version}/components/{component}.md"


def licenses_doc(version: str) -> str:
    """The licence policy of a definition version."""
    return f"definition/{version}/licenses.md"


def g7_doc(version: str) -> str:
    """The G7 labels and which level of a version stands for which."""
    return f"definition/{version}/g7.md"


def training_data_doc(version: str) -> str:
    """A version's rules for training data: access classes, exceptions, data information."""
    return f"definition/{version}/training-data.md"


def gates_doc(version: str) -> str:
    """A version's download gates."""
    return f"definition/{version}/gates.md"


def decisions_doc(version: str) -> str:
    """The policy decisions a version records, with their rationale."""
    return f"definition/{version}/decisions.md"


def model_doc(slug: str) -> str:
    """The report page of one example declaration."""
    return f"models/{slug}.md"


def definition_json_doc(version: str) -> str:
    """Where the definition data of a version is served (a file, not a page)."""
    return f"definition/{version}.json"


def declaration_schema_doc(version: str) -> str:
    """Where the declaration schema of a version is served (a file, not a page)."""
    return f"schema/{version}/openness.schema.json"


def served_path(doc: str) -> str:
    """The address path MkDocs gives a source path (directory URLs).

    ``a/b.md`` is served at ``/a/b/``, ``a/index.md`` at ``/a/``, any other file as is.
    """
    if not doc.endswith(".md"):
        return "/" + doc
    stem = doc[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        return "/" + stem[: -len("index")]
    return f"/{stem}/"


def page_url(doc: str) -> str:
    """The public URL of a source path."""
    return BASE_URL + served_path(doc)


# --- public addresses ----------------------------------------------------------------------


def schema_url(version: str) -> str:
    """The ``$id`` of the declaration schema for a definition version."""
    return page_url(declaration_schema_doc(version))


def definition_url(version: str) -> str:
    """Where the definition data of a version is served as JSON."""
    return page_url(definition_json_doc(version))


def report_schema_url(report_version: str) -> str:
    """The ``$id`` of the JSON report schema."""
    return f"{BASE_URL}/schema/report/{report_version}/report.schema.json"


def definition_schema_url(major: str = "1") -> str:
    """The ``$id`` of the schema that the definition data itself follows."""
    return f"{BASE_URL}/schema/definition/{major}/definition.schema.json"


def definition_page(version: str) -> str:
    """The page that presents a definition version."""
    return page_url(overview_doc(version))


def level_url(version: str, level: str) -> str:
    """The page that explains a level."""
    return page_url(level_doc(version, level))


def component_url(version: str, component: str) -> str:
    """The page that explains a component."""
    return page_url(component_doc(version, component))


def rule_url(rule_id: str) -> str:
    """The help page of a validator rule."""
    return f"{page_url(RULES_DOC)}#{rule_id}"


def model_page_url(slug: str) -> str:
    """The directory page of one model (an example declaration, by its folder name)."""
    return page_url(model_doc(slug))


def badge_url(version: str, level: str, style: str = "flat") -> str:
    """A published badge (served by the site, no need to run anything)."""
    suffix = "" if style == "flat" else f"-{style}"
    return f"{BASE_URL}/badges/{version}/{level}{suffix}.svg"


def badge_png_url(version: str, level: str) -> str:
    """The published PNG of a level's flat badge (for pages that do not show SVG)."""
    return f"{BASE_URL}/badges/{version}/{level}.png"


def badge_endpoint_url(version: str, level: str) -> str:
    """The published shields.io endpoint JSON of a level."""
    return f"{BASE_URL}/badges/{version}/{level}.json"
