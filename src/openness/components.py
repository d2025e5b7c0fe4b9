"""Judge each declared component once: its findings, its answers, its MOF verdict.

Four sets of rules read a component: its licences (licence findings), its
consistency (released without a url, ...), the definition's tests that levels and
OSAID ask of it, and the MOF crosswalk. Each reads that one component and nothing
else, so a declaration is judged component by component, and a component in a
situation already seen this run (see ``situation``) is not judged again: a batch
repeats a few situations many times.

The rules themselves live where they always did; this module only asks them.
"""

from __future__ import annotations

from functools import cache
from typing import Any, NamedTuple

from openness.crosswalk.mof import ComponentVerdict, component_verdict
from openness.definition import Definition, load_definition
from openness.license_check import LicenseChecker
from openness.report import Finding
from openness.requirements import Context, Failure, answer, questions
from openness.rules import rule
from openness.runcache import RunCache

Question = tuple[str, str]  # (test, component id)


class ComponentJudgement(NamedTuple):
    license_findings: tuple[Finding, ...]
    consistency_findings: tuple[Finding, ...]
    answers: dict[Question, Failure]  # every test levels and OSAID ask of the component
    mof: ComponentVerdict | None


class Judged(NamedTuple):
    """What the components of one declaration say, in declaration order."""

    license_findings: list[Finding]
    consistency_findings: list[Finding]
    answers: dict[Question, Failure]  # every question asked, components left out included
    mof: dict[str, ComponentVerdict]


def judge_components(
    components: dict[str, Any], definition: Definition, checker: LicenseChecker
) -> Judged:
    """Judge every component of a schema-valid declaration."""
    judged = Judged([], [], dict(_unasked_answers(definition.version)), {})
    version = definition.version
    for component_id, declared in components.items():
        if component_id.startswith("x-") or declared.__class__ is not dict:
            continue
        key = situation(version, component_id, declared)
        judgement = _JUDGEMENTS.get(key)
        if judgement is None:
            judgement = _judge(component_id, declared, definition, checker)
            _JUDGEMENTS.keep(key, judgement)
        if judgement.license_findings:
            judged.license_findings.extend(judgement.license_findings)
        if judgement.consistency_findings:
            judged.consistency_findings.extend(judgement.consistency_findings)
        if judgement.answers:
            judged.answers.update(judgement.answers)
        if judgement.mof is not None:
            judged.mof[component_id] = judgement.mof
    return judged


_JUDGEMENTS: RunCache[tuple, ComponentJudgement] = RunCache()


def situation(version: str, component_id: str, declared: dict[str, Any]) -> tuple:
    """All that the rules of definition ``version`` read of a schema-valid component:
    components in the same situation are judged alike. A url matters only as given
    or not; notes, data set urls and descriptions not at all (a test holds the rules
    to this)."""
    datasets = declared.get("datasets")
    return (
        version,
        component_id,
        declared.get("status"),
        declared.get("license"),
        not declared.get("url"),
        None
        if datasets is None
        else tuple(
            (d.get("name"), d.get("access"), d.get("license"), d.get("share")) for d in datasets
        ),
    )


def _judge(
    component_id: str, declared: dict[str, Any], definition: Definition, checker: LicenseChecker
) -> ComponentJudgement:
    context = Context(definition, {component_id: declared}, checker.judge)
    return ComponentJudgement(
        checker.component_findings(component_id, declared),
        tuple(component_findings(component_id, declared, definition)),
        {
            (test, component_id): answer(test, component_id, context)
            for test in _tests_of(definition.version).get(component_id, ())
        },
        component_verdict(component_id, declared, definition),
    )


@cache
def asked(version: str) -> tuple[Question, ...]:
    """Every question the levels and OSAID ask, in a fixed order."""
    definition = load_definition(version)
    requirements = [r for level in definition.levels for r in level.requires]
    return questions((*requirements, *definition.osaid_requires))


@cache
def _tests_of(version: str) -> dict[str, tuple[str, ...]]:
    tests: dict[str, tuple[str, ...]] = {}
    for test, component_id in asked(version):
        tests[component_id] = (*tests.get(component_id, ()), test)
    return tests


@cache
def _unasked_answers(version: str) -> dict[Question, Failure]:
    """The answers for components left out of a declaration."""
    context = Context(load_definition(version), {}, _never_judged)
    return {(test, cid): answer(test, cid, context) for test, cid in asked(version)}


def _never_judged(expression: str, kind: str) -> Any:
    raise AssertionError("a component left out names no licence")


def component_findings(
    component_id: str, declared: dict[str, Any], definition: Definition
) -> list[Finding]:
    """What one component contradicts in itself (released without a url, ...)."""
    findings: list[Finding] = []
    title = definition.component(component_id).title
    base = f"/components/{component_id}"
    status = declared.get("status")
    has_datasets = "datasets" in declared
    if status == "released" and not declared.get("url") and not has_datasets:
        findings.append(
            Finding(
                "released-without-url",
                rule("released-without-url").severity,
                f"{title}: released, but no url is given as evidence",
                base,
                fix='add "url": where it can be found',
            )
        )
    if status == "released" and not declared.get("license") and not has_datasets:
        findings.append(
            Finding(
                "released-without-license",
                rule("released-without-license").severity,
                f"{title}: released without a licence, so nobody may use, modify or share it",
                base,
                fix='add its "license"',
            )
        )
    if status in ("released", "partial") and component_id.endswith("-data"):
        findings.extend(_dataset_findings(title, base, status, declared))
    return findings


def _dataset_findings(
    title: str, base: str, status: str, declared: dict[str, Any]
) -> list[Finding]:
    datasets = declared.get("datasets")
    if not datasets:
        return [
            Finding(
                "datasets-missing",
                rule("datasets-missing").severity,
                f"{title}: {status}, but the data sets are not listed",
                base,
                fix='list every data set under "datasets" with its name, access class and url',
            )
        ]
    findings: list[Finding] = []
    shares = [d.get("share") for d in datasets if isinstance(d.get("share"), int | float)]
    if sum(shares) > 1.0001:
        findings.append(
            Finding(
                "dataset-shares",
                rule("dataset-shares").severity,
                f"the data set shares add up to {sum(shares):.3g}, more than 1",
                f"{base}/datasets",
                fix="give each share as a fraction of all training tokens",
            )
        )
    available = [d.get("access") != "unshareable" for d in datasets]
    if status == "released" and not all(available):
        findings.append(
            Finding(
                "status-datasets-mismatch",
                rule("status-datasets-mismatch").severity,
                f'{title}: "released", but unshareable data is listed',
                f"{base}/status",
                fix='use "partial" when some of the data cannot be had',
            )
        )
    return findings
