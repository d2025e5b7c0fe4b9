"""``/validate/rules/``: every rule of the validator, one anchor each (reports link there)."""

from __future__ import annotations

from openness import urls
from openness.rules import RULES, SEVERITIES
from openness.site.markdown import text
from openness.site.pages.common import as_markdown, render, version_note
from openness.site.sources import Site


def rules_page(site: Site) -> str:
    """The rule catalogue: a table of every rule, then each rule's help."""
    uri = urls.RULES_DOC
    return render(
        "rules.md.j2",
        uri,
        version_note=as_markdown(version_note(site, site.latest, uri)),
        rules=list(RULES.values()),
        severities=SEVERITIES,
        # the help is written for terminals too, where backticks are escaped
        help={rule.id: as_markdown(text(rule.help).replace("\\`", "`")) for rule in RULES.values()},
    )
