"""Evaluate the definition's requirements against a declaration.

Pure functions: a requirement (from the definition data) and the declared
components in, the gaps out (none when the requirement is met). Levels and the
OSAID crosswalk are both lists of such requirements, so they are judged by the
same code and can never drift apart.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

from openness.definition import Definition, Requirement
from openness.report import Gap
from openness.runcache import RunCache

RELEASED = "released"
PARTIAL = "partial"
NOT_RELEASED = "not-released"
NOT_APPLICABLE = "not-applicable"

SUGGESTED_LICENSES = {
    "code": "Apache-2.0 or MIT",
    "weights": "Apache-2.0 or CC-BY-4.0",
    "data": "CC-BY-4.0, CC0-1.0 or ODC-By-1.0",
    "document": "CC-BY-4.0",
}


class LicenseJudgement(NamedTuple):
    """What the licence policy says of one licence expression for one kind."""

    is_open: bool
    reason: str  # why not open, in a few words ("" when open)
    code: str = ""  # unknown-license | restricted-license | invalid-license-expression | ...


Judge = Callable[[str, str], LicenseJudgement]
# what a component left out of the declaration counts as (never modified)
_UNDECLARED: Mapping[str, Any] = MappingProxyType({"status": NOT_RELEASED})
Failure = tuple[str, str, str] | None  # (reason code, message, fix)


class Context:
    """One declaration being judged, with the answers given so far."""

    __slots__ = ("answers", "components", "definition", "judge")

    def __init__(self, definition: Definition, components: Mapping[str, Any], judge: Judge):
        self.definition = definition
        self.components = components
        self.judge = judge
        # levels and crosswalks ask the same questions: answer each once per declaration
        self.answers: dict[tuple[str, str], Failure] = {}

    def declared(self, component_id: str) -> Mapping[str, Any]:
        value = self.components.get(component_id)
        return value if isinstance(value, dict) else _UNDECLARED


def evaluate(requirement: Requirement, context: Context) -> list[Gap]:
    """The gaps that keep ``requirement`` from being met (empty when met)."""
    if requirement.all_of:
        gaps: list[Gap] = []
        for part in requirement.all_of:
            gaps.extend(evaluate(part, context))
        return gaps
    answers = context.answers
    test = requirement.test
    failures: list[tuple[str, tuple[str, str, str]]] = []
    for cid in requirement.components:
        failure = answers.get((test, cid), _UNASKED)
        if failure is _UNASKED:
            failure = answer(test, cid, context)
        if failure is None:
            return []
        failures.append((cid, failure))
    if len(failures) == 1:
        cid, failure = failures[0]
        key = (requirement.id, cid, failure)
        gap = _GAPS.get(key)
        if gap is None:
            gap = Gap(requirement.id, (cid,), *failure)
            _GAPS.keep(key, gap)
        return [gap]
    titles = [context.definition.component(cid).title.lower() for cid, _ in failures]
    # each failure message already starts with its component's title
    detail = " ".join(failure[1] for _, failure in failures)
    first_fix = failures[0][1][2]
    return [
        Gap(
            requirement.id,
            tuple(cid for cid, _ in failures),
            failures[0][1][0],
            f"Neither a {' nor a '.join(titles)} is released openly. {detail}",
            first_fix,
        )
    ]


_UNASKED = object()


def answer(test: str, component_id: str, context: Context) -> Failure:
    """One test of one component: ``None`` when it passes, else why and the fix.

    Asked once per declaration: levels and crosswalks share the answers."""
    key = (test, component_id)
    failure = context.answers.get(key, _UNASKED)
    if failure is _UNASKED:
        failure = context.answers[key] = _TESTS[test](component_id, context)
    return failure


def questions(requirements: tuple[Requirement, ...]) -> tuple[tuple[str, str], ...]:
    """Every (test, component) that judging ``requirements`` may ask, in a fixed order."""
    asked: dict[tuple[str, str], None] = {}
    pending = list(requirements)
    while pending:
        requirement = pending.pop(0)
        pending.extend(requirement.all_of)
        for component_id in requirement.components:
            asked[(requirement.test, component_id)] = None
    return tuple(asked)


# Batches repeat the same few situations (a component not released, a given licence):
# their answers and gaps are built once per run and shared, which also lets batch
# workers send each repeated text back once.
_GAPS: RunCache[tuple[str, str, tuple[str, str, str]], Gap] = RunCache(16384)
_LICENSE_ANSWERS: RunCache[tuple[str, str, str, str | None], Failure] = RunCache(16384)


def _title(context: Context, component_id: str) -> str:
    return context.definition.component(component_id).title


def _available(component_id: str, context: Context) -> Failure:
    status = context.declared(component_id).get("status", NOT_RELEASED)
    if status in (RELEASED, PARTIAL):
        return None
    title = _title(context, component_id)
    return (
        "not-released",
        f"{title}: not publicly available.",
        f"publish the {title.lower()} and give the url where they can be downloaded",
    )


def _open_license(component_id: str, context: Context) -> Failure:
    declared = context.declared(component_id)
    status = declared.get("status", NOT_RELEASED)
    expression = declared.get("license")
    key = (context.definition.version, component_id, status, expression)
    if key in _LICENSE_ANSWERS:
        return _LICENSE_ANSWERS[key]
    answer = _judge_open_license(component_id, status, expression, context)
    return _LICENSE_ANSWERS.keep(key, answer)


def _judge_open_license(
    component_id: str, status: str, expression: Any, context: Context
) -> Failure:
    component = context.definition.component(component_id)
    title = component.title
    suggestion = SUGGESTED_LICENSES.get(component.kind, "an open licence")
    if status == NOT_APPLICABLE:
        return None
    if status == NOT_RELEASED:
        return (
            "not-released",
            f"{title}: not released.",
            f"release the {title.lower()} under an open licence ({suggestion}) and give its url",
        )
    if status == PARTIAL:
        return (
            "partial",
            f"{title}: only partly released.",
            f"release all of the {title.lower()}",
        )
    if not expression:
        return (
            "no-license",
            f"{title}: released without a licence, so nobody may use, modify or share it.",
            f'add its "license" ({suggestion})',
        )
    judgement = context.judge(expression, component.kind)
    if judgement.is_open:
        return None
    return (
        judgement.code or "restricted-license",
        f"{title}: {expression} {judgement.reason}.",
        f"release the {title.lower()} under an open licence ({suggestion})",
    )


def _datasets(declared: dict[str, Any]) -> list[dict[str, Any]]:
    datasets = declared.get("datasets")
    return [d for d in datasets if isinstance(d, dict)] if isinstance(datasets, list) else []


def _datasets_listed(component_id: str, context: Context) -> Failure:
    if _datasets(context.declared(component_id)):
        return None
    title = _title(context, component_id)
    return (
        "datasets-not-listed",
        f"{title}: the data sets are not listed.",
        'list every data set under "datasets" with its name, access class and url (or a '
        "description if it cannot be shared)",
    )


def _datasets_open(component_id: str, context: Context) -> Failure:
    declared = context.declared(component_id)
    title = _title(context, component_id)
    datasets = _datasets(declared)
    if not datasets:
        return _datasets_listed(component_id, context)
    problems: list[str] = []
    for dataset in datasets:
        name = dataset.get("name", "?")
        access = dataset.get("access")
        if access != "open":
            problems.append(f'"{name}" is {access}, not open')
            continue
        expression = dataset.get("license")
        judgement = context.judge(expression, "data") if expression else None
        if judgement is None:
            problems.append(f'"{name}" has no licence')
        elif not judgement.is_open:
            problems.append(f'"{name}" is under {expression}, which {judgement.reason}')
    if not problems and declared.get("status") != RELEASED:
        problems.append(f'the status is "{declared.get("status")}", not "released"')
    if not problems:
        return None
    return (
        "data-not-open",
        f"{title}: not all openly available: " + "; ".join(problems) + ".",
        "publish every training data set under an open data licence (CC-BY-4.0, CC0-1.0, "
        "ODC-By-1.0), or replace the ones that cannot be",
    )


_TESTS: dict[str, Callable[[str, Context], Failure]] = {
    "available": _available,
    "open-license": _open_license,
    "datasets-listed": _datasets_listed,
    "datasets-open": _datasets_open,
}
