"""The project's public addresses, defined once.

Schema ``$id``s, rule help links, level pages and badge URLs are all built from
``BASE_URL`` so that the published site, the schemas and the reports agree.
"""

BASE_URL = "https://openness.dev"


def schema_url(version: str) -> str:
    """The ``$id`` of the declaration schema for a definition version."""
    return f"{BASE_URL}/schema/{version}/openness.schema.json"


def definition_url(version: str) -> str:
    """Where the definition data of a version is served as JSON."""
    return f"{BASE_URL}/definition/{version}.json"


def report_schema_url(report_version: str) -> str:
    """The ``$id`` of the JSON report schema."""
    return f"{BASE_URL}/schema/report/{report_version}/report.schema.json"


def definition_schema_url(major: str = "1") -> str:
    """The ``$id`` of the schema that the definition data itself follows."""
    return f"{BASE_URL}/schema/definition/{major}/definition.schema.json"


def definition_page(version: str) -> str:
    """The page that presents a definition version."""
    return f"{BASE_URL}/definition/{version}/"


def level_url(version: str, level: str) -> str:
    """The page that explains a level."""
    return f"{BASE_URL}/definition/{version}/levels/{level}/"


def component_url(version: str, component: str) -> str:
    """The page that explains a component."""
    return f"{BASE_URL}/definition/{version}/components/{component}/"


def rule_url(rule_id: str) -> str:
    """The help page of a validator rule."""
    return f"{BASE_URL}/validate/rules/#{rule_id}"


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
