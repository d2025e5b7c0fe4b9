"""``/validate/rules/``: every rule of the validator, one anchor each (reports link there)."""

from __future__ import annotations

from openness import urls
from openness.i18n.rules import rule_text
from openness.rules import RULES, SEVERITIES
from openness.rules.rule import Rule
from openness.site.language import language, tr
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
        severities=as_markdown(", ".join(tr(severity) for severity in SEVERITIES)),
        titles={rule.id: _said(rule)[0] for rule in RULES.values()},
        # the help is written for terminals too, where backticks are escaped
        help={
            rule.id: as_markdown(text(_said(rule)[1]).replace("\\`", "`"))
            for rule in RULES.values()
        },
    )


def _said(rule: Rule) -> tuple[str, str]:
    """A rule's title and help in the page's language."""
    return rule_text(rule.id, rule.title, rule.help, language())
