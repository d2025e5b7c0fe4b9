"""The versioned JSON report (its schema: schema/report/1/report.schema.json)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from openness.report import FileReport, Report, Tally


def render(report: Report) -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"


class JsonFormat:
    """Each file serialised on its own (in a worker, for big batches), then put in
    place: the output is the same text as ``render`` of the whole report."""

    def __init__(self, *, min_level: str | None = None, level_order: tuple[str, ...] = ()) -> None:
        self.min_level = min_level
        self.level_order = level_order

    def file(self, file: FileReport) -> str:
        text = json.dumps(file.to_dict(), indent=2, ensure_ascii=False)
        # two levels deeper than its own top: inside the report, inside "files"
        # (JSON strings hold no raw newline, so every newline is a line break)
        return "    " + text.replace("\n", "\n    ")

    def document(self, chunks: Iterable[list[str]], tally: Tally) -> Iterator[str]:
        files = [piece for chunk in chunks for piece in chunk]  # the summary comes first
        outline = Report(min_level=self.min_level, level_order=self.level_order).to_dict()
        outline["summary"] = tally.summary()
        head = json.dumps(outline, indent=2, ensure_ascii=False)
        if not files:
            yield head + "\n"
            return
        marker = '  "files": []\n}'
        if not head.endswith(marker):  # "files" is the report's last key
            raise AssertionError("the report outline changed: update JsonFormat")
        yield head[: -len(marker)] + '  "files": [\n' + ",\n".join(files) + "\n  ]\n}\n"
