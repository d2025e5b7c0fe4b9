"""Validate many declaration files into one ``Report``; keep going past failures."""

from __future__ import annotations

from collections.abc import Iterable

from openness.assess import assess_document, unreadable_report
from openness.definition import load_definition
from openness.loader import DEFAULT_MAX_BYTES, LoadError, find_declarations, load
from openness.report import Report


def validate_paths(
    arguments: Iterable[str],
    *,
    min_level: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Report:
    """Read, check and assess every declaration the arguments name."""
    report = Report(min_level=min_level, level_order=load_definition().level_ids)
    for path in find_declarations(list(arguments)):
        try:
            document = load(path, max_bytes)
        except LoadError as error:
            report.files.append(unreadable_report(path, error))
            continue
        report.files.append(assess_document(document))
    return report
