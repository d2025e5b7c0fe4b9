"""One problem a line: ``path:line:col: severity rule: message`` (for grep and bots)."""

from __future__ import annotations

from openness.render.safe import escape_controls
from openness.report import Report


def render(report: Report) -> str:
    lines = []
    for file in report.files:
        path = escape_controls(file.path)
        for finding in file.findings:
            message = escape_controls(" ".join(finding.message.split()))
            lines.append(
                f"{path}:{finding.line or 1}:{finding.column or 1}: {finding.severity} "
                f"{finding.rule}: {message}\n"
            )
    return "".join(lines)
