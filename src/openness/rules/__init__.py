"""The catalogue of validator rules: one stable id each, with severity and help.

Every finding names one of these ids. Each rule family module (reading, schema,
licences, consistency, claims) holds its rules' records next to the checks that
emit them; this package assembles them, in family order, for the text renderers,
SARIF (rule descriptions and help links) and the site's rule page.
"""

from __future__ import annotations

from openness.rules import claims, consistency, licenses, reading, schema
from openness.rules.rule import Rule
from openness.severity import ERROR, INFO, SEVERITIES, WARNING

FAMILIES = (reading, schema, licenses, consistency, claims)

RULES: dict[str, Rule] = {rule.id: rule for family in FAMILIES for rule in family.RULES}


def rule(rule_id: str) -> Rule:
    return RULES[rule_id]


__all__ = ["ERROR", "FAMILIES", "INFO", "RULES", "SEVERITIES", "WARNING", "Rule", "rule"]
