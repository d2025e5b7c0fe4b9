"""Claims rules: what the declaration says of itself, held against its level.

Open source washing is presenting a model as open source when what is released,
and under which terms, does not reach the top level.
"""

from __future__ import annotations

from openness.definition import Definition
from openness.i18n.messages import msg
from openness.report import Finding
from openness.rules.rule import Rule, finder
from openness.severity import ERROR

RULES = (
    Rule(
        "open-source-washing",
        ERROR,
        "Open source washing",
        "The model is presented as open source, but its computed level is below Open Source "
        "AI: the claim is contradicted by what is released and under which terms.",
    ),
)

_finding = finder(RULES)


def washing_finding(
    definition: Definition, claims_open_source: object, level: str, short: tuple[str, ...]
) -> Finding | None:
    """The washing finding of a model presented as open source that stays below the
    definition's open source level (``short``: the components that fall short, in
    checklist order); else None."""
    top = definition.level(definition.open_source_from)
    if not claims_open_source or definition.rank(level) >= top.rank:
        return None
    # every part is named: "and 5 more" sent people to a checklist that, by default,
    # shows only the next level
    named = tuple(dict.fromkeys(definition.component(cid).title for cid in short))
    return _finding(
        "open-source-washing",
        msg(
            "washing.one" if len(named) == 1 else "washing.many",
            level=definition.level(level).title,
            top=top.title,
            named=named,
        ),
        "/claims/open_source",
        fix=msg("washing.fix"),
    )
