"""Licences in a declaration: judged by the definition's policy, reported as findings.

The policy (``openness.licensing``) answers "is this expression open for this
kind, and why"; this module turns those answers into (a) the judgement the level
requirements need and (b) located findings: unknown or ambiguous ids, aliases,
deprecated ids, broken expressions, and restrictive licences.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from openness.definition import Definition
from openness.licensing.policy import LicensePolicy, LicenseVerdict, load_policy
from openness.report import Finding
from openness.requirements import LicenseJudgement
from openness.rules import rule
from openness.runcache import RunCache

# Batches repeat the same few licences: judgements and finding texts are computed once
# per (version, expression, kind) and shared by every file of the run.
_JUDGEMENTS: RunCache[tuple[str, str, str], LicenseJudgement] = RunCache()
_FINDINGS: RunCache[tuple[str, str, str], tuple[tuple[str, str, str], ...]] = RunCache()
# ... and so are the findings of one component with given licences (its data sets' too)
_COMPONENT_FINDINGS: RunCache[tuple, tuple[Finding, ...]] = RunCache()


class LicenseChecker:
    """Judges every licence of one declaration against one definition version."""

    def __init__(self, definition: Definition) -> None:
        self._definition = definition
        self._version = definition.version
        self._policy: LicensePolicy = load_policy(definition.version)

    def verdict(self, expression: str, kind: str) -> LicenseVerdict:
        return self._policy.judge(expression, kind)

    def judge(self, expression: str, kind: str) -> LicenseJudgement:
        """What a level requirement needs to know: open or not, and why in a few words."""
        key = (self._version, expression, kind)
        judgement = _JUDGEMENTS.get(key)
        if judgement is None:
            judgement = self._judge(expression, kind)
            _JUDGEMENTS.keep(key, judgement)
        return judgement

    def _judge(self, expression: str, kind: str) -> LicenseJudgement:
        verdict = self.verdict(expression, kind)
        if verdict.is_open:
            return LicenseJudgement(True, "")
        if verdict.error is not None:
            return LicenseJudgement(
                False, "is not a valid licence expression", "invalid-license-expression"
            )
        if verdict.unknown:
            names = ", ".join(u.text for u in verdict.unknown)
            return LicenseJudgement(
                False, f"names a licence that is not recognised ({names})", "unknown-license"
            )
        return LicenseJudgement(False, self._why_not_open(verdict), "restricted-license")

    def _why_not_open(self, verdict: LicenseVerdict) -> str:
        """A verb phrase: "restricts use (...): why" or "is not open for code: why"."""
        generic = {"not-approved-for-kind", "unknown-terms"}
        titles = []
        for restriction_id in verdict.restrictions:
            if restriction_id in generic:
                continue
            try:
                titles.append(self._policy.restriction(restriction_id).title.lower())
            except KeyError:
                titles.append(restriction_id)
        closed = [f for f in verdict.licenses if not f.is_open and f.reason]
        # with one licence the expression already names it: drop "<id> (<name>): "
        reasons = [
            _without_subject(f.reason, f.id) if len(closed) == 1 else f.reason for f in closed
        ]
        reasons = [reason.rstrip(".") for reason in reasons]
        detail = "; ".join(dict.fromkeys(reasons))
        head = (
            f"restricts use ({', '.join(titles)})" if titles else f"is not open for {verdict.kind}"
        )
        return f"{head}: {detail}" if detail else head

    def component_findings(self, component_id: str, declared: Any) -> tuple[Finding, ...]:
        """Findings for the licences of one declared component (and its data sets)."""
        if not isinstance(declared, dict):
            return ()
        expression = declared.get("license")
        if not isinstance(expression, str):
            expression = None
        datasets = declared.get("datasets")
        dataset_licenses = (
            tuple(_license_of(dataset) for dataset in datasets)
            if isinstance(datasets, list)
            else ()
        )
        if expression is None and not any(dataset_licenses):
            return ()
        key = (self._version, component_id, expression, dataset_licenses)
        found = _COMPONENT_FINDINGS.get(key)
        if found is None:
            found = tuple(self._component_findings(component_id, expression, datasets))
            _COMPONENT_FINDINGS.keep(key, found)
        return found

    def _component_findings(
        self, component_id: str, expression: str | None, datasets: Any
    ) -> Iterator[Finding]:
        kind = self._definition.component(component_id).kind
        base = f"/components/{component_id}"
        if expression is not None:
            yield from self._located_findings(f"{base}/license", expression, kind)
        for index, dataset in enumerate(datasets if isinstance(datasets, list) else ()):
            if isinstance(dataset, dict) and isinstance(dataset.get("license"), str):
                pointer = f"{base}/datasets/{index}/license"
                yield from self._located_findings(pointer, dataset["license"], "data")

    def _located_findings(self, pointer: str, expression: str, kind: str) -> Iterator[Finding]:
        key = (self._version, expression, kind)
        templates = _FINDINGS.get(key)
        if templates is None:
            templates = tuple(self._findings(expression, kind))
            _FINDINGS.keep(key, templates)
        for rule_id, message, fix in templates:
            yield Finding(rule_id, rule(rule_id).severity, message, pointer, fix=fix)

    def _findings(self, expression: str, kind: str) -> Iterator[tuple[str, str, str]]:
        """(rule, message, fix) for one licence expression, wherever it stands."""
        verdict = self.verdict(expression, kind)
        if verdict.error is not None:
            hint = (
                f"did you mean {' or '.join(verdict.suggestions)}?"
                if verdict.suggestions
                else "write an SPDX licence expression, e.g. Apache-2.0 or MIT OR Apache-2.0"
            )
            yield ("invalid-license-expression", f"{expression!r}: {verdict.error}", hint)
            return
        for unknown in verdict.unknown:
            if (
                unknown.suggestions
                and unknown.reason
                and not unknown.is_exception
                and (self._policy.resolve_alias(unknown.text).status == "ambiguous")
            ):
                yield (
                    "ambiguous-license",
                    f"{unknown.text!r} does not name one licence: {unknown.reason.rstrip('.')}",
                    "name the exact licence: " + ", ".join(unknown.suggestions),
                )
                continue
            what = "licence exception" if unknown.is_exception else "licence"
            hint = (
                f"did you mean {' or '.join(unknown.suggestions)}?"
                if unknown.suggestions
                else "use an SPDX id (https://spdx.org/licenses/) or one of the definition's "
                "LicenseRef- ids"
            )
            yield ("unknown-license", f"unknown {what} {unknown.text!r}", hint)
        for alias in verdict.aliases_used:
            yield (
                "license-alias",
                f"{alias.alias!r} is a Hugging Face licence id for {alias.license}",
                f'write "{alias.license}"',
            )
        for deprecated in verdict.deprecated:
            fix = (
                f'write "{deprecated.replacement}"'
                if deprecated.replacement
                else deprecated.note or "choose a current SPDX id"
            )
            yield ("deprecated-license", f"{deprecated.id} is a deprecated SPDX id", fix)
        for case_fix in verdict.case_fixes:
            yield (
                "license-alias",
                f"{case_fix.text!r} is written in another case than the SPDX id {case_fix.id}",
                f'write "{case_fix.id}"',
            )
        if not verdict.is_open and not verdict.unknown:
            yield (
                "restricted-license",
                f"{verdict.normalized or expression} {self._why_not_open(verdict)}",
                "the component does not count as open; see the checklist",
            )


def _license_of(dataset: Any) -> str | None:
    license_text = dataset.get("license") if isinstance(dataset, dict) else None
    return license_text if isinstance(license_text, str) else None


def _without_subject(reason: str, license_id: str | None) -> str:
    if license_id and reason.startswith(license_id):
        head, separator, rest = reason.partition(": ")
        if separator and len(head) < 200:
            return rest[:1].upper() + rest[1:]
    return reason
