"""Licence rules: every licence in a declaration judged by the definition's policy.

The policy (``openness.licensing``) answers "is this expression open for this
kind, and why"; this module turns its verdicts into located findings: unknown or
ambiguous ids, aliases, deprecated ids, broken expressions, restrictive licences.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from openness.definition import Definition
from openness.licensing.policy import LicensePolicy
from openness.licensing.suggest import did_you_mean
from openness.licensing.verdict import GENERIC_RESTRICTIONS, why_not_open
from openness.report import Finding
from openness.rules.rule import Rule, finder
from openness.severity import ERROR, INFO, WARNING

RULES = (
    Rule(
        "invalid-license-expression",
        ERROR,
        "Invalid licence expression",
        "A licence must be an SPDX licence expression, e.g. `Apache-2.0` or `MIT OR Apache-2.0`.",
    ),
    Rule(
        "unknown-license",
        ERROR,
        "Unknown licence",
        "The licence id is neither on the SPDX licence list nor one of the definition's "
        "`LicenseRef-` ids. Use the exact id; the message suggests the closest ones.",
    ),
    Rule(
        "ambiguous-license",
        ERROR,
        "Ambiguous licence id",
        "The id names a family of licences (for example the Hugging Face id `bsd` or "
        "`gpl-3.0`). Name the exact licence.",
    ),
    Rule(
        "license-alias",
        WARNING,
        "Licence alias",
        "A Hugging Face licence id was used; the declaration should use the SPDX id or the "
        "definition's `LicenseRef-` id it stands for.",
    ),
    Rule(
        "deprecated-license",
        WARNING,
        "Deprecated SPDX id",
        "SPDX has deprecated this id; use the replacement given.",
    ),
    Rule(
        "restricted-license",
        INFO,
        "Licence restricts use",
        "The licence does not let everyone use, study, modify and share the component for "
        "any purpose; the component does not count as open.",
    ),
    Rule(
        "license-not-open-for-kind",
        INFO,
        "Licence not open for this kind",
        "The licence restricts nothing, but it is not one this kind of component accepts: "
        "code needs an OSI-approved licence, and weights, data and documents a licence on the "
        "open content list. The component does not count as open.",
    ),
)

_finding = finder(RULES)


def license_findings(definition: Definition, components: dict[str, Any]) -> list[Finding]:
    """Findings for the licences of every declared component and its data sets."""
    findings: list[Finding] = []
    for component_id, declared in components.items():
        if component_id.startswith("x-") or not isinstance(declared, dict):
            continue
        kind = definition.component(component_id).kind
        base = f"/components/{component_id}"
        expression = declared.get("license")
        if isinstance(expression, str):
            findings.extend(_findings(definition.licenses, expression, kind, f"{base}/license"))
        datasets = declared.get("datasets")
        for index, dataset in enumerate(datasets if isinstance(datasets, list) else ()):
            if isinstance(dataset, dict) and isinstance(dataset.get("license"), str):
                pointer = f"{base}/datasets/{index}/license"
                findings.extend(_findings(definition.licenses, dataset["license"], "data", pointer))
    return findings


def _findings(policy: LicensePolicy, expression: str, kind: str, pointer: str) -> Iterator[Finding]:
    """The findings of one licence expression standing at ``pointer``."""
    verdict = policy.judge(expression, kind)
    if verdict.error is not None:
        yield _invalid_expression(expression, verdict.suggestions, str(verdict.error), pointer)
        return
    for unknown in verdict.unknown:
        if (
            unknown.suggestions
            and unknown.reason
            and not unknown.is_exception
            and policy.resolve_alias(unknown.text).status == "ambiguous"
        ):
            yield _finding(
                "ambiguous-license",
                f"{unknown.text!r} does not name one licence: {unknown.reason.rstrip('.')}",
                pointer,
                fix="name the exact licence: " + ", ".join(unknown.suggestions),
            )
            continue
        what = "licence exception" if unknown.is_exception else "licence"
        hint = (
            did_you_mean(unknown.suggestions)
            if unknown.suggestions
            else "use an SPDX id (https://spdx.org/licenses/) or one of the definition's "
            "LicenseRef- ids"
        )
        yield _finding("unknown-license", f"unknown {what} {unknown.text!r}", pointer, fix=hint)
    for alias in verdict.aliases_used:
        yield _finding(
            "license-alias",
            f"{alias.alias!r} is a Hugging Face licence id for {alias.license}",
            pointer,
            fix=f'write "{alias.license}"',
        )
    for deprecated in verdict.deprecated:
        fix = (
            f'write "{deprecated.replacement}"'
            if deprecated.replacement
            else deprecated.note or "choose a current SPDX id"
        )
        yield _finding(
            "deprecated-license", f"{deprecated.id} is a deprecated SPDX id", pointer, fix=fix
        )
    for case_fix in verdict.case_fixes:
        yield _finding(
            "license-alias",
            f"{case_fix.text!r} is written in another case than the SPDX id {case_fix.id}",
            pointer,
            fix=f'write "{case_fix.id}"',
        )
    if not verdict.is_open and not verdict.unknown:
        restricts = any(r not in GENERIC_RESTRICTIONS for r in verdict.restrictions)
        yield _finding(
            "restricted-license" if restricts else "license-not-open-for-kind",
            f"{verdict.normalized or expression} {why_not_open(verdict, policy.restriction_title)}",
            pointer,
            fix="the component does not count as open; see the checklist",
        )


def _invalid_expression(
    expression: str, suggestions: tuple[str, ...], detail: str, pointer: str
) -> Finding:
    """The plain hint first (what it probably means), the parser's detail after."""
    if len(suggestions) == 2 and " AND " in suggestions[0] + suggestions[1]:
        and_form, or_form = sorted(suggestions, key=lambda s: " OR " in s)
        fix = f'write "{and_form}" if every licence applies, "{or_form}" if users choose one'
    elif len(suggestions) == 1:
        fix = f'write "{suggestions[0]}"'
    elif suggestions:
        fix = "name the licence you mean: " + ", ".join(suggestions)
    else:
        fix = "write an SPDX licence expression, e.g. Apache-2.0 or MIT OR Apache-2.0"
    plain = f"; {did_you_mean(suggestions)}" if suggestions else ""
    return _finding(
        "invalid-license-expression",
        f"{expression!r} is not an SPDX licence expression{plain} (detail: {detail})",
        pointer,
        fix=fix,
    )
