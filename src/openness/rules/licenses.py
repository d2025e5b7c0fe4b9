"""Licence rules: every licence in a declaration judged by the definition's policy.

The policy (``openness.licensing``) answers "is this expression open for this
kind, and why"; this module turns its verdicts into located findings: unknown or
ambiguous ids, aliases, deprecated ids, broken expressions, restrictive licences.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from openness.definition import Definition
from openness.i18n.licences import did_you_mean, why_not_open_message
from openness.i18n.messages import msg
from openness.licensing.verdict import GENERIC_RESTRICTIONS
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
            findings.extend(_findings(definition, expression, kind, f"{base}/license"))
        datasets = declared.get("datasets")
        for index, dataset in enumerate(datasets if isinstance(datasets, list) else ()):
            if isinstance(dataset, dict) and isinstance(dataset.get("license"), str):
                pointer = f"{base}/datasets/{index}/license"
                findings.extend(_findings(definition, dataset["license"], "data", pointer))
    return findings


def _findings(
    definition: Definition, expression: str, kind: str, pointer: str
) -> Iterator[Finding]:
    """The findings of one licence expression standing at ``pointer``."""
    policy = definition.licenses
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
                msg("lic.ambiguous", text=unknown.text, reason=unknown.reason),
                pointer,
                fix=msg("lic.ambiguous.fix", suggestions=unknown.suggestions),
            )
            continue
        hint = did_you_mean(unknown.suggestions) if unknown.suggestions else msg("lic.unknown.fix")
        what = "lic.unknown-exception" if unknown.is_exception else "lic.unknown"
        yield _finding("unknown-license", msg(what, text=unknown.text), pointer, fix=hint)
    for alias in verdict.aliases_used:
        yield _finding(
            "license-alias",
            msg("lic.alias", alias=alias.alias, license=alias.license),
            pointer,
            fix=msg("lic.write", text=alias.license),
        )
    for deprecated in verdict.deprecated:
        fix = (
            msg("lic.write", text=deprecated.replacement)
            if deprecated.replacement
            else deprecated.note or msg("lic.deprecated.fix")
        )
        yield _finding(
            "deprecated-license", msg("lic.deprecated", id=deprecated.id), pointer, fix=fix
        )
    for case_fix in verdict.case_fixes:
        yield _finding(
            "license-alias",
            msg("lic.case", text=case_fix.text, id=case_fix.id),
            pointer,
            fix=msg("lic.write", text=case_fix.id),
        )
    if not verdict.is_open and not verdict.unknown:
        restricts = any(r not in GENERIC_RESTRICTIONS for r in verdict.restrictions)
        reason = why_not_open_message(verdict, definition)
        yield _finding(
            "restricted-license" if restricts else "license-not-open-for-kind",
            msg("lic.not-open", expression=verdict.normalized or expression, reason=reason),
            pointer,
            fix=msg("lic.not-open.fix"),
        )


def _invalid_expression(
    expression: str, suggestions: tuple[str, ...], detail: str, pointer: str
) -> Finding:
    """The plain hint first (what it probably means), the parser's detail after."""
    if len(suggestions) == 2 and " AND " in suggestions[0] + suggestions[1]:
        and_form, or_form = sorted(suggestions, key=lambda s: " OR " in s)
        fix = msg("lic.invalid.fix-pair", and_form=and_form, or_form=or_form)
    elif len(suggestions) == 1:
        fix = msg("lic.write", text=suggestions[0])
    elif suggestions:
        fix = msg("lic.invalid.fix-choose", suggestions=suggestions)
    else:
        fix = msg("lic.invalid.fix")
    message = (
        msg(
            "lic.invalid-hint", expression=expression, hint=did_you_mean(suggestions), detail=detail
        )
        if suggestions
        else msg("lic.invalid", expression=expression, detail=detail)
    )
    return _finding("invalid-license-expression", message, pointer, fix=fix)
