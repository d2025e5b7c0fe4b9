"""Consistency rules: what a schema-valid declaration contradicts in itself.

A component released without the url or licence that would show it, data
components whose data sets are missing or do not add up, a ``$schema`` that is
not the one of the declared version.
"""

from __future__ import annotations

from typing import Any

from openness.definition import Definition
from openness.i18n.messages import msg
from openness.report import Finding
from openness.rules.rule import Rule, finder
from openness.severity import WARNING
from openness.urls import schema_url

RULES = (
    Rule(
        "released-without-url",
        WARNING,
        "Released without evidence",
        "A released component should give the URL where it can be found.",
    ),
    Rule(
        "released-without-license",
        WARNING,
        "Released without licence",
        "Without a licence nobody may use, modify or share the component; it does not count "
        "as open.",
    ),
    Rule(
        "datasets-missing",
        WARNING,
        "Data sets not listed",
        "Released or partly released data should list its data sets; no level above open "
        "weights is reached without the list.",
    ),
    Rule(
        "dataset-shares",
        WARNING,
        "Data set shares exceed 1",
        "The `share` fractions of the data sets add up to more than 1.",
    ),
    Rule(
        "status-datasets-mismatch",
        WARNING,
        "Status disagrees with data sets",
        "The component's status does not match the access classes of its data sets.",
    ),
    Rule(
        "schema-mismatch",
        WARNING,
        "$schema does not match the version",
        "`$schema` should be the schema URL of the definition version declared in `openness`.",
    ),
)

_finding = finder(RULES)


def consistency_findings(definition: Definition, data: dict[str, Any]) -> list[Finding]:
    """The declaration's own contradictions: its ``$schema``, then each component's."""
    findings: list[Finding] = []
    mismatch = _schema_mismatch(data, definition)
    if mismatch is not None:
        findings.append(mismatch)
    for component_id, declared in (data.get("components") or {}).items():
        if not component_id.startswith("x-") and isinstance(declared, dict):
            findings.extend(_component_findings(component_id, declared, definition))
    return findings


def _schema_mismatch(data: dict[str, Any], definition: Definition) -> Finding | None:
    declared_schema = data.get("$schema")
    expected = schema_url(definition.version)
    if declared_schema is None or declared_schema == expected:
        return None
    return _finding(
        "schema-mismatch",
        msg("cons.schema-mismatch", declared=declared_schema, version=definition.version),
        "/$schema",
        fix=msg("cons.schema-mismatch.fix", expected=expected),
    )


def _component_findings(
    component_id: str, declared: dict[str, Any], definition: Definition
) -> list[Finding]:
    findings: list[Finding] = []
    title = definition.component(component_id).title
    base = f"/components/{component_id}"
    status = declared.get("status")
    has_datasets = "datasets" in declared
    if status == "released" and not declared.get("url") and not has_datasets:
        findings.append(
            _finding(
                "released-without-url",
                msg("cons.no-url", title=title),
                base,
                fix=msg("cons.no-url.fix"),
            )
        )
    if status == "released" and not declared.get("license") and not has_datasets:
        findings.append(
            _finding(
                "released-without-license",
                msg("cons.no-license", title=title),
                base,
                fix=msg("cons.no-license.fix"),
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
            _finding(
                "datasets-missing",
                msg("cons.datasets-missing", title=title, status=status),
                base,
                fix=msg("cons.datasets-missing.fix"),
            )
        ]
    findings: list[Finding] = []
    shares = [d.get("share") for d in datasets if isinstance(d.get("share"), int | float)]
    if sum(shares) > 1.0001:
        findings.append(
            _finding(
                "dataset-shares",
                msg("cons.shares", total=sum(shares)),
                f"{base}/datasets",
                fix=msg("cons.shares.fix"),
            )
        )
    if status == "released" and any(d.get("access") == "unshareable" for d in datasets):
        findings.append(
            _finding(
                "status-datasets-mismatch",
                msg("cons.unshareable", title=title),
                f"{base}/status",
                fix=msg("cons.unshareable.fix"),
            )
        )
    return findings
