"""Claims rules: what the declaration says of itself, held against its level.

Open source washing is presenting a model as open source when what is released,
and under which terms, does not reach the top level.
"""

from __future__ import annotations

from openness.definition import Definition
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
    titles = list(dict.fromkeys(definition.component(cid).title.lower() for cid in short))
    # every part is named: "and 5 more" sent people to a checklist that, by default,
    # shows only the next level
    named = ", ".join(titles[:-1]) + f" and {titles[-1]}" if len(titles) > 1 else "".join(titles)
    verb = "falls" if len(titles) == 1 else "fall"
    return _finding(
        "open-source-washing",
        f"presented as open source, but the computed level is {definition.level(level).title}, "
        f"not {top.title}: {named} {verb} short (each level's checklist says why)",
        "/claims/open_source",
        fix="release what the checklist names, or stop presenting the model as open "
        'source ("open_source": false)',
    )
