"""A rule's catalogue record, and the one way a rule family makes its findings.

Each family module (reading, schema, licenses, consistency, claims) declares its
``RULES`` next to the checks that emit them and makes findings only through the
``finder`` of its own records: a family cannot emit an id it does not catalogue,
and the registry test checks the other way (every catalogued id is emitted).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from openness.report import Finding
from openness.urls import rule_url


class Rule(NamedTuple):
    id: str
    severity: str
    title: str
    help: str

    @property
    def help_url(self) -> str:
        return rule_url(self.id)


FindingMaker = Callable[..., Finding]


def finder(rules: Iterable[Rule]) -> FindingMaker:
    """A function making findings of these rules only (any other id is a KeyError)."""
    severities = {rule.id: rule.severity for rule in rules}

    def finding(
        rule_id: str,
        message: str,
        pointer: str = "",
        *,
        fix: str = "",
        line: int | None = None,
        column: int | None = None,
    ) -> Finding:
        return Finding(rule_id, severities[rule_id], message, pointer, line, column, fix)

    return finding
