"""One problem a line: ``path:line:col: severity rule: message`` (for grep and bots)."""

from __future__ import annotations

from openness.render.printable import printable
from openness.report import Report


def render(report: Report) -> str:
    out: list[str] = []
    for file in report.files:
        for finding in file.findings:
            line = finding.line or 1
            column = finding.column or 1
            message = printable(" ".join(finding.message.split()))
            path = printable(file.path)
            out.append(f"{path}:{line}:{column}: {finding.severity} {finding.rule}: {message}")
    return "\n".join(out) + ("\n" if out else "")
