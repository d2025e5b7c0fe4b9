"""Levels and the OSAID crosswalk: the definition's requirements against a declaration.

Both are lists of requirements, each asking a test (available, open-license,
datasets-listed, datasets-open) of one or more components, so they are judged by
the same code and can never drift apart. A declaration's components are asked
every test once; the requirements then read the answers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

from openness.definition import Definition, Requirement
from openness.i18n.licences import judgement_message
from openness.i18n.messages import msg
from openness.licensing.verdict import LicenseJudgement
from openness.report import Gap, LevelCheck, OsaidVerdict

RELEASED = "released"
PARTIAL = "partial"
NOT_RELEASED = "not-released"
NOT_APPLICABLE = "not-applicable"

Question = tuple[str, str]  # (test, component id)
Failure = tuple[str, str, str] | None  # (reason code, message, fix); None: the test passes
# what a component left out of the declaration counts as (never modified)
_UNDECLARED: Mapping[str, Any] = MappingProxyType({"status": NOT_RELEASED})


class Levels(NamedTuple):
    """The level reached, each level's check, OSAID's verdict, and what falls short."""

    level: str
    checks: tuple[LevelCheck, ...]
    osaid: OsaidVerdict
    short: tuple[str, ...]  # what falls short of the open source level, in checklist order


def judge_levels(definition: Definition, components: Mapping[str, Any]) -> Levels:
    """The level of a schema-valid declaration's components, and OSAID's verdict."""
    answers = {
        (test, cid): TESTS[test](definition, cid, _declared(components, cid))
        for test, cid in questions((*_level_requirements(definition), *definition.osaid_requires))
    }
    checks: list[LevelCheck] = []
    level = definition.levels[0].id
    reached = True
    for candidate in definition.levels:
        gaps = _gaps(definition, candidate.requires, answers)
        met = reached and not gaps
        if met:
            level = candidate.id
        else:
            reached = False
        if candidate.rank > 0:
            checks.append(LevelCheck(candidate.id, met, gaps, candidate.title))
    osaid_gaps = _gaps(definition, definition.osaid_requires, answers)
    open_source = definition.rank(definition.open_source_from)
    short = tuple(
        gap.components[0]
        for check in checks
        if not check.met and definition.rank(check.level) <= open_source
        for gap in check.missing
        if gap.components
    )
    return Levels(level, tuple(checks), OsaidVerdict(not osaid_gaps, osaid_gaps), short)


def _level_requirements(definition: Definition) -> list[Requirement]:
    return [requirement for level in definition.levels for requirement in level.requires]


def questions(requirements: tuple[Requirement, ...]) -> tuple[Question, ...]:
    """Every (test, component) that judging ``requirements`` asks, in a fixed order."""
    asked: dict[Question, None] = {}
    pending = list(requirements)
    while pending:
        requirement = pending.pop(0)
        pending.extend(requirement.all_of)
        for component_id in requirement.components:
            asked[(requirement.test, component_id)] = None
    return tuple(asked)


def _declared(components: Mapping[str, Any], component_id: str) -> Mapping[str, Any]:
    value = components.get(component_id)
    return value if isinstance(value, dict) else _UNDECLARED


def _gaps(
    definition: Definition,
    requirements: tuple[Requirement, ...],
    answers: dict[Question, Failure],
) -> tuple[Gap, ...]:
    found: list[Gap] = []
    for requirement in requirements:
        found.extend(evaluate(definition, requirement, answers))
    return tuple(found)


def evaluate(
    definition: Definition, requirement: Requirement, answers: dict[Question, Failure]
) -> list[Gap]:
    """The gaps that keep ``requirement`` from being met (empty when met)."""
    if requirement.all_of:
        gaps: list[Gap] = []
        for part in requirement.all_of:
            gaps.extend(evaluate(definition, part, answers))
        return gaps
    failures: list[tuple[str, tuple[str, str, str]]] = []
    for cid in requirement.components:
        failure = answers[(requirement.test, cid)]
        if failure is None:
            return []  # any one of the components suffices
        failures.append((cid, failure))
    if len(failures) == 1:
        cid, failure = failures[0]
        return [Gap(requirement.id, (cid,), *failure)]
    titles = tuple(definition.component(cid).title for cid, _ in failures)
    # each failure message already starts with its component's title
    details = tuple(failure[1] for _, failure in failures)
    return [
        Gap(
            requirement.id,
            tuple(cid for cid, _ in failures),
            failures[0][1][0],
            msg("gap.neither", titles=titles, details=details),
            failures[0][1][2],
        )
    ]


# --- the tests: one component in, None or (reason code, message, fix) out ---------------


def _suggestion(definition: Definition, kind: str) -> str:
    """``A, B or C``: the licences to suggest for a kind, as a sentence says them."""
    suggested = definition.licenses.suggested.get(kind)
    return msg("gap.suggestion", ids=suggested) if suggested else msg("gap.any-open-license")


def _reason(judgement: LicenseJudgement, definition: Definition, expression: str, kind: str) -> str:
    """A closed licence's reason (said by the licence policy), and how to say it again."""
    return judgement_message(judgement, definition, expression, kind)


def _available(definition: Definition, component_id: str, declared: Mapping[str, Any]) -> Failure:
    if declared.get("status", NOT_RELEASED) in (RELEASED, PARTIAL):
        return None
    title = definition.component(component_id).title
    return (
        "not-released",
        msg("gap.not-available", title=title),
        msg("gap.not-available.fix", title=title),
    )


def _open_license(
    definition: Definition, component_id: str, declared: Mapping[str, Any]
) -> Failure:
    component = definition.component(component_id)
    title = component.title
    suggestion = _suggestion(definition, component.kind)
    status = declared.get("status", NOT_RELEASED)
    expression = declared.get("license")
    if status == NOT_APPLICABLE:
        return None
    if status == NOT_RELEASED:
        return (
            "not-released",
            msg("gap.not-released", title=title),
            msg("gap.not-released.fix", title=title, suggestion=suggestion),
        )
    if status == PARTIAL:
        return ("partial", msg("gap.partial", title=title), msg("gap.partial.fix", title=title))
    if not expression:
        return (
            "no-license",
            msg("gap.no-license", title=title),
            msg("gap.no-license.fix", suggestion=suggestion),
        )
    judgement = definition.licenses.judgement(expression, component.kind)
    if judgement.is_open:
        return None
    fix = msg("gap.open-license.fix", title=title, suggestion=suggestion)
    if judgement.code in ("invalid-license-expression", "unknown-license"):
        # a typo, not a closed licence: the licence finding says what was meant
        fix = msg("gap.correct-license.fix", code=judgement.code)
    reason = _reason(judgement, definition, expression, component.kind)
    return (
        judgement.code or "restricted-license",
        msg("gap.closed-license", title=title, expression=expression, reason=reason),
        fix,
    )


def _datasets(declared: Mapping[str, Any]) -> list[dict[str, Any]]:
    datasets = declared.get("datasets")
    return [d for d in datasets if isinstance(d, dict)] if isinstance(datasets, list) else []


def _datasets_listed(
    definition: Definition, component_id: str, declared: Mapping[str, Any]
) -> Failure:
    if _datasets(declared):
        return None
    title = definition.component(component_id).title
    return (
        "datasets-not-listed",
        msg("gap.datasets-not-listed", title=title),
        msg("gap.datasets-not-listed.fix"),
    )


def _datasets_open(
    definition: Definition, component_id: str, declared: Mapping[str, Any]
) -> Failure:
    datasets = _datasets(declared)
    if not datasets:
        return _datasets_listed(definition, component_id, declared)
    problems: list[str] = []
    for dataset in datasets:
        name = dataset.get("name", "?")
        access = dataset.get("access")
        if access != "open":
            problems.append(msg("problem.access-not-open", name=name, access=access))
            continue
        expression = dataset.get("license")
        if not expression:
            problems.append(msg("problem.no-license", name=name))
            continue
        judgement = definition.licenses.judgement(expression, "data")
        if not judgement.is_open:
            reason = _reason(judgement, definition, expression, "data")
            problems.append(
                msg("problem.closed-license", name=name, expression=expression, reason=reason)
            )
    if not problems and declared.get("status") != RELEASED:
        problems.append(msg("problem.status-not-released", status=declared.get("status")))
    if not problems:
        return None
    title = definition.component(component_id).title
    open_data = definition.licenses.suggested.get("data", ())
    return (
        "data-not-open",
        msg("gap.data-not-open", title=title, problems=tuple(problems)),
        msg("gap.data-not-open.fix", open_data=open_data),
    )


# --- the tests of definition 2.0 ---------------------------------------------------------
# 2.0 closed the loopholes of 1.0 (definition-review D1-D4, D8) under new test names, so
# that a 1.0 declaration keeps its 1.0 verdict.


def _open(definition: Definition, component_id: str, declared: Mapping[str, Any]) -> Failure:
    """Released under an open licence with no agreement to accept (N/A passes)."""
    if declared.get("gate") == "agreement" and declared.get("status") in (RELEASED, PARTIAL):
        title = definition.component(component_id).title
        return ("gated", msg("gap.gated", title=title), msg("gap.gated.fix", title=title))
    return _open_license(definition, component_id, declared)


def _open_applies(
    definition: Definition, component_id: str, declared: Mapping[str, Any]
) -> Failure:
    """As ``open``, but a component declared not applicable fails."""
    if declared.get("status") == NOT_APPLICABLE:
        component = definition.component(component_id)
        suggestion = _suggestion(definition, component.kind)
        return (
            "not-applicable",
            msg("gap.not-applicable", title=component.title),
            msg("gap.open-license.fix", title=component.title, suggestion=suggestion),
        )
    return _open(definition, component_id, declared)


_ATTRIBUTION = re.compile(r"\s+(?:by|from|according to)\s+[^.;:]*$")


def _uninformative(definition: Definition, text: Any) -> bool:
    """Whether a data set's description says nothing ("not described", "unknown")."""
    if not isinstance(text, str):
        return True
    information = definition.data_information
    said = text.strip().strip(".!").strip().lower()
    # "Not described by <maker>": who says nothing adds nothing
    said = _ATTRIBUTION.sub("", said).strip()
    return not said or (information is not None and said in information.uninformative_descriptions)


def _data_problems(
    definition: Definition, declared: Mapping[str, Any], *, shares_required: bool
) -> list[str]:
    """What keeps a list of data sets from accounting for all of the training data."""
    datasets = _datasets(declared)
    problems: list[str] = []
    for dataset in datasets:
        name = dataset.get("name", "?")
        if not dataset.get("url") and _uninformative(definition, dataset.get("description")):
            problems.append(msg("problem.undescribed", name=name))
    shares = [d.get("share") for d in datasets]
    given = [share for share in shares if isinstance(share, int | float)]
    tolerance = definition.data_information.share_tolerance if definition.data_information else 0
    if shares_required and len(given) < len(shares):
        missing = [
            d.get("name", "?") for d in datasets if not isinstance(d.get("share"), int | float)
        ]
        problems.append(msg("problem.no-share", names=tuple(missing[:4])))
    if given and len(given) == len(shares) and abs(sum(given) - 1) > tolerance:
        problems.append(msg("problem.shares-sum", total=sum(given)))
    return problems


def _data_list(
    definition: Definition,
    component_id: str,
    declared: Mapping[str, Any],
    *,
    shares_required: bool,
) -> Failure:
    if not _datasets(declared):
        return _datasets_listed(definition, component_id, declared)
    problems = _data_problems(definition, declared, shares_required=shares_required)
    if not problems:
        return None
    title = definition.component(component_id).title
    return (
        "data-incomplete",
        msg("gap.data-incomplete", title=title, problems=tuple(problems)),
        msg("gap.data-incomplete.fix"),
    )


def _data_information(
    definition: Definition, component_id: str, declared: Mapping[str, Any]
) -> Failure:
    """OSAID's list of all training data: shares optional, but when all are given they add
    up to 1; every set has a url or a description that says something."""
    return _data_list(definition, component_id, declared, shares_required=False)


def _data_complete(
    definition: Definition, component_id: str, declared: Mapping[str, Any]
) -> Failure:
    """Every data set listed with its share, the shares adding up to 1."""
    return _data_list(definition, component_id, declared, shares_required=True)


def _data_justified(
    definition: Definition, component_id: str, declared: Mapping[str, Any]
) -> Failure:
    """Every data set that is not open is withheld on legal or technical grounds."""
    grounds = {b.id for b in definition.exception_bases if b.counts_for_open_source_ai}
    problems: list[str] = []
    for dataset in _datasets(declared):
        if _truly_open(definition, dataset):
            continue
        name = dataset.get("name", "?")
        exception = dataset.get("exception")
        basis = exception.get("basis") if isinstance(exception, dict) else None
        if basis is None and dataset.get("access") == "open":
            problems.append(
                msg("problem.open-without-open-license", name=name, license=dataset.get("license"))
            )
        elif basis is None:
            problems.append(msg("problem.no-exception", name=name, access=dataset.get("access")))
        elif basis not in grounds:
            problems.append(msg("problem.other-reasons", name=name, basis=basis))
    if not problems:
        return None
    title = definition.component(component_id).title
    return (
        "data-withheld",
        msg("gap.data-withheld", title=title, problems=tuple(problems)),
        msg("gap.data-withheld.fix"),
    )


def _truly_open(definition: Definition, dataset: Mapping[str, Any]) -> bool:
    """A data set of access class open whose licence is an open data licence."""
    expression = dataset.get("license")
    return (
        dataset.get("access") == "open"
        and isinstance(expression, str)
        and definition.licenses.judgement(expression, "data").is_open
    )


def _data_open(definition: Definition, component_id: str, declared: Mapping[str, Any]) -> Failure:
    """Every data set open under an open data licence, the component's own licence (if
    any) open too, released in full, with no agreement to accept."""
    failure = _datasets_open(definition, component_id, declared)
    if failure is not None:
        return failure
    title = definition.component(component_id).title
    if declared.get("gate") == "agreement":
        return ("gated", msg("gap.gated", title=title), msg("gap.gated-data.fix"))
    expression = declared.get("license")
    if expression:
        judgement = definition.licenses.judgement(expression, "data")
        if not judgement.is_open:
            reason = _reason(judgement, definition, expression, "data")
            return (
                judgement.code or "restricted-license",
                msg("gap.component-license", title=title, expression=expression, reason=reason),
                msg(
                    "gap.component-license.fix",
                    open_data=definition.licenses.suggested.get("data", ()),
                ),
            )
    return None


Test = Callable[[Definition, str, Mapping[str, Any]], Failure]

TESTS: dict[str, Test] = {
    "available": _available,
    "open-license": _open_license,
    "datasets-listed": _datasets_listed,
    "datasets-open": _datasets_open,
    "open": _open,
    "open-applies": _open_applies,
    "data-information": _data_information,
    "data-complete": _data_complete,
    "data-justified": _data_justified,
    "data-open": _data_open,
}
