"""One problem a line: ``path:line:col: severity rule: message`` (for grep and bots)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from openness.render.printable import printable
from openness.report import FileReport, Report, Tally


def render(report: Report) -> str:
    lines = LinesFormat()
    return "".join(lines.document([[lines.file(file) for file in report.files]], report.tally()))


class LinesFormat:
    """Each file's lines stand alone, so a batch is written as it is judged."""

    def file(self, file: FileReport) -> str:
        path = printable(file.path)
        return "".join(
            f"{path}:{finding.line or 1}:{finding.column or 1}: {finding.severity} "
            f"{finding.rule}: {printable(' '.join(finding.message.split()))}\n"
            for finding in file.findings
        )

    def document(self, chunks: Iterable[list[str]], tally: Tally) -> Iterator[str]:
        for chunk in chunks:
            yield "".join(chunk)
