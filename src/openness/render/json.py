"""The versioned JSON report (its schema: schema/report/1/report.schema.json)."""

from __future__ import annotations

import json

from openness.report import Report


def render(report: Report) -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
