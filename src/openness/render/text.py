"""The human report: level, findings with fixes, and the next level's checklist."""

from __future__ import annotations

from collections.abc import Callable

from openness.crosswalk.mof import roman
from openness.render.safe import escape_controls
from openness.report import FileReport, Gap, Report, Tally
from openness.severity import ERROR, INFO, WARNING

Style = Callable[..., str]

_SEVERITY_COLOURS = {ERROR: "red", WARNING: "yellow", INFO: "blue"}


def _plain(text: str, **_: object) -> str:
    return text


def render(report: Report, *, colour: bool = False, verbose: int = 0, quiet: int = 0) -> str:
    """The whole report as text; ``quiet`` drops the checklist, then all but errors.

    One block a file (a blank line apart), then the summary; ``-qq`` on one file
    that passes leaves only an empty line.
    """
    if colour:
        import click

        style: Style = click.style
    else:
        style = _plain
    blocks = [_file(file, report, style, verbose, quiet) for file in report.files]
    text = "\n\n".join(block for block in blocks if block)
    if len(report.files) > 1 or quiet < 2:
        return (text + "\n\n" if text else "") + _summary(report, style) + "\n"
    return text + "\n"


def _file(file: FileReport, report: Report, style: Style, verbose: int, quiet: int) -> str:
    """One file's block ("" when ``quiet`` hides it)."""
    lines: list[str] = []
    header = style(escape_controls(file.path), bold=True)
    # "phi-2 (version 2; definition 2.0)": the version is never read as part of the name
    about: list[str] = []
    if file.model:
        header += f": {escape_controls(str(file.model.get('name', '')))}"
        version = file.model.get("version")
        if version:
            about.append(f"version {escape_controls(str(version))}")
    if file.definition_version:
        about.append(f"definition {file.definition_version}")
    if about:
        header += f" ({'; '.join(about)})"
    below = report.below_min_level(file)
    if quiet >= 2 and file.valid and not below:
        return ""
    lines.append(header)
    if file.level is not None:
        title = file.level_title or file.level
        verdict = style(title, fg="green" if file.valid else "yellow", bold=True)
        lines.append(f"  level: {verdict}")
        if below and report.min_level is not None:
            minimum = file.title_of(report.min_level) or report.min_level
            lines.append(style(f"  below the required minimum level: {minimum}", fg="red"))
    elif not file.valid:
        lines.append("  " + style("invalid: no level computed", fg="red", bold=True))
    if file.osaid is not None and quiet == 0:
        lines.append(_crosswalks_line(file))
        if file.osaid.note and verbose:
            lines.append(f"  OSAID note: {file.osaid.note}")
    for finding in file.findings:
        if quiet >= 2 and finding.severity != ERROR:
            continue
        if finding.severity == INFO and verbose == 0 and quiet > 0:
            continue
        where = f"{finding.line}:{finding.column}" if finding.line else ""
        severity = style(f"{finding.severity:<7}", fg=_SEVERITY_COLOURS[finding.severity])
        lines.append(f"  {severity} {finding.rule} {where}".rstrip())
        lines.append(f"          {escape_controls(finding.message)}")
        if finding.fix:
            lines.append(f"          fix: {escape_controls(finding.fix)}")
    next_level = file.next_level
    if next_level is not None and quiet == 0:
        lines.append(f"  to reach {style(next_level.title, bold=True)}:")
        if next_level.missing:
            lines.append(_checklist(next_level.missing))
    if verbose and file.levels:
        for check in file.levels[1:] if next_level else file.levels:
            if check is next_level or check.met:
                continue
            if not check.missing:  # its own requirements are met: no empty heading
                lines.append(f"  {check.title}: nothing more, once the levels below are met")
                continue
            lines.append(f"  also missing for {check.title}:")
            for gap in check.missing:
                lines.append(f"    - {escape_controls(gap.message)}")
    if file.osaid is not None and not file.osaid.passed and verbose:
        lines.append("  OSAID 1.0 fails on:")
        for gap in file.osaid.failures:
            lines.append(f"    - {escape_controls(gap.message)}")
    return "\n".join(lines)


def _crosswalks_line(file: FileReport) -> str:
    """G7 label, OSAID verdict and MOF class, on one line."""
    line = "  "
    if file.g7 is not None:
        line += f"G7: {file.g7.title or 'no label'}   "
    line += f"OSAID 1.0: {'pass' if file.osaid and file.osaid.passed else 'fail'}"
    mof = file.mof
    if mof is not None:
        progress = ", ".join(
            f"{roman(k)} {v:.0f}%" for k, v in sorted(mof.progress.items(), reverse=True)
        )
        line += f"   MOF 1.0: {mof.label}" + (f" ({progress})" if progress else "")
    return line


def _checklist(missing: tuple[Gap, ...]) -> str:
    """The lines of a level's checklist: what is missing, and how to fix it."""
    return "\n".join(
        f"    - {escape_controls(gap.message)}\n      fix: {escape_controls(gap.fix)}"
        for gap in missing
    )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _summary(report: Report, style: Style) -> str:
    tally: Tally = report.tally()
    s = tally.summary()
    parts = [f"{s['files']} file{'s' if s['files'] != 1 else ''}", f"{s['valid']} valid"]
    if s["invalid"]:
        parts.append(style(f"{s['invalid']} invalid", fg="red"))
    if report.min_level:
        parts.append(f"{s['below_min_level']} below {report.min_level}")
    parts.append(f"{_count(s['errors'], 'error')}, {_count(s['warnings'], 'warning')}")
    return "summary: " + ", ".join(parts)
