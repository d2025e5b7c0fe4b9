"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` a finding.

The runner turns each line into an annotation on the file and line of the pull
request. Messages and file names are untrusted: every control and invisible format
character in them is shown as an escape (the log is a terminal too), then the text
is escaped the way the runner unescapes it: ``%`` and line breaks in both, and
``:`` ``,`` in properties too.
"""

from __future__ import annotations

import re

from openness.crosswalk.mof import roman
from openness.render.safe import escape_controls
from openness.render.sarif import display_path
from openness.report import FileReport, Finding, Report
from openness.rules import ERROR, INFO, RULES, WARNING

COMMANDS = {ERROR: "error", WARNING: "warning", INFO: "notice"}
_BREAK = re.compile(r"(\r|\n)")
_BREAKS = {"\r": "%0D", "\n": "%0A"}


def escape_data(text: str) -> str:
    """Escape a command's message (the text after ``::``): its line breaks become
    ``%0A``; any other control character is shown as an escape, never sent raw."""
    return "".join(
        _BREAKS.get(part) or escape_controls(part).replace("%", "%25")
        for part in _BREAK.split(text)
    )


def escape_property(text: str) -> str:
    """Escape a command property value (``file=``, ``title=``...)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **properties: str | int | None) -> str:
    """One workflow command line, properties in the given order, ``None`` left out."""
    given = [f"{key}={escape_property(str(value))}" for key, value in properties.items() if value]
    head = f"::{name}" + (" " + ",".join(given) if given else "")
    return f"{head}::{escape_data(message)}"


def annotation(path: str, finding: Finding, *, base: str | None = None) -> str:
    rule = RULES.get(finding.rule)
    title = f"{finding.rule}: {rule.title}" if rule else finding.rule
    message = finding.message.strip() or finding.rule
    if finding.fix:
        message += f"\nFix: {finding.fix}"
    return command(
        COMMANDS.get(finding.severity, "warning"),
        message,
        file=display_path(path, base),
        line=finding.line,
        col=finding.column if finding.line else None,
        title=title,
    )


def _verdicts(file: FileReport) -> str:
    """One line: our level, the G7 label, the OSAID 1.0 verdict and the MOF 1.0 class."""
    parts = [f"level {file.level}"]
    if file.g7 is not None:
        parts.append(f"G7 {file.g7.title or 'no label'}")
    if file.osaid is not None:
        parts.append(f"OSAID 1.0 {'pass' if file.osaid.passed else 'fail'}")
    if file.mof is not None:
        # MOF has classes I to III; 0 is our code for "no class", never "class 0"
        mof = file.mof
        parts.append(
            f"MOF 1.0 Class {roman(mof.mof_class)} ({mof.label})"
            if mof.mof_class
            else "MOF 1.0: unclassified"
        )
    return "; ".join(parts)


def render(report: Report, *, base: str | None = None) -> str:
    """Each file's annotations, then its level notice (and a --min-level error if below)."""
    lines = []
    for file in report.files:
        shown = display_path(file.path, base)
        lines += [annotation(file.path, finding, base=base) for finding in file.findings]
        if file.level is not None:
            lines.append(
                command(
                    "notice", _verdicts(file), file=shown, title="openness: level and crosswalks"
                )
            )
        if file.valid and report.below_min_level(file):
            lines.append(
                command(
                    "error",
                    f"level {file.level or 'not computed'} is below the required minimum "
                    f"level {report.min_level}",
                    file=shown,
                    title="openness: below --min-level",
                )
            )
    return "".join(line + "\n" for line in lines)
