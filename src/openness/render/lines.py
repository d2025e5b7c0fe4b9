"""One problem a line: ``path:line:col: severity rule: message`` (for grep and bots).

After a file's findings, a file whose level was computed gets one more line in the
same shape, ``path:1:1: info level: LEVEL-ID (Title)``: the rule word ``level`` is
not a finding, so a tool that wants only problems drops the lines whose rule is
``level``.
"""

from __future__ import annotations

from openness.render.safe import escape_controls
from openness.report import Report
from openness.severity import INFO


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
        if file.level is not None:
            title = f" ({file.level_title})" if file.level_title else ""
            lines.append(f"{path}:1:1: {INFO} level: {file.level}{title}\n")
    return "".join(lines)
