"""The versioned JSON report (its schema: schema/report/1/report.schema.json)."""

from __future__ import annotations

import json

from openness.render.safe import utf8_safe
from openness.report import Report


def render(report: Report) -> str:
    """The report as JSON; a file name that is not UTF-8 shows its bad bytes as U+FFFD
    (the output must stay valid UTF-8 for any reader)."""
    return utf8_safe(json.dumps(report.to_dict(), indent=2, ensure_ascii=False)) + "\n"
