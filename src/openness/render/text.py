"""The human report: level, findings with fixes, and the next level's checklist."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from openness.definition import load_definition
from openness.render.printable import printable
from openness.report import FileReport, Gap, MofVerdict, Report, Tally
from openness.rules import ERROR, INFO, WARNING

Style = Callable[..., str]

_SEVERITY_COLOURS = {ERROR: "red", WARNING: "yellow", INFO: "blue"}


def _plain(text: str, **_: object) -> str:
    return text


def render(report: Report, *, colour: bool = False, verbose: int = 0, quiet: int = 0) -> str:
    """The whole report as text; ``quiet`` drops the checklist, then all but errors."""
    text = TextFormat(
        colour=colour,
        verbose=verbose,
        quiet=quiet,
        min_level=report.min_level,
        level_order=report.level_order,
    )
    return "".join(text.document([[text.file(file) for file in report.files]], report.tally()))


class TextFormat:
    """Text a file at a time (``file`` may run in a worker), then the summary."""

    def __init__(
        self,
        *,
        colour: bool = False,
        verbose: int = 0,
        quiet: int = 0,
        min_level: str | None = None,
        level_order: tuple[str, ...] = (),
    ) -> None:
        if colour:
            import click

            self.style: Style = click.style
        else:
            self.style = _plain
        self.verbose = verbose
        self.quiet = quiet
        self.judge = Tally(min_level, level_order)

    def file(self, file: FileReport) -> str:
        """One file's block ("" when ``quiet`` hides it)."""
        return _file(file, self.judge, self.style, self.verbose, self.quiet)

    def document(self, chunks: Iterable[list[str]], tally: Tally) -> Iterator[str]:
        """Blocks apart by a blank line, then the summary (``tally`` is complete by then)."""
        written = False
        for chunk in chunks:
            blocks = [block for block in chunk if block]
            if blocks:
                yield ("\n\n" if written else "") + "\n\n".join(blocks)
                written = True
        if tally.files > 1 or self.quiet < 2:
            yield ("\n\n" if written else "") + _summary(tally, self.style) + "\n"
        else:
            yield "\n"


def _level_title(version: str | None, level: str | None) -> str:
    if level is None or version is None:
        return "not computed"
    return load_definition(version).level(level).title


def _file(file: FileReport, judge: Tally, style: Style, verbose: int, quiet: int) -> str:
    lines: list[str] = []
    header = style(printable(file.path), bold=True)
    if file.model:
        name = printable(str(file.model.get("name", "")))
        version = file.model.get("version")
        header += f": {name}" + (f" {printable(str(version))}" if version else "")
    if file.definition_version:
        header += f" (definition {file.definition_version})"
    below = judge.is_below(file.level)
    if quiet >= 2 and file.valid and not below:
        return ""
    lines.append(header)
    if file.level is not None:
        title = _level_title(file.definition_version, file.level)
        verdict = style(title, fg="green" if file.valid else "yellow", bold=True)
        lines.append(f"  level: {verdict}")
        if below:
            minimum = _level_title(file.definition_version, judge.min_level)
            lines.append(style(f"  below the required minimum level: {minimum}", fg="red"))
    elif not file.valid:
        lines.append("  " + style("invalid: no level computed", fg="red", bold=True))
    if file.osaid is not None and quiet == 0:
        lines.append(_crosswalks_line(file.osaid.passed, file.mof))
    for finding in file.findings:
        if quiet >= 2 and finding.severity != ERROR:
            continue
        if finding.severity == INFO and verbose == 0 and quiet > 0:
            continue
        where = f"{finding.line}:{finding.column}" if finding.line else ""
        severity = style(f"{finding.severity:<7}", fg=_SEVERITY_COLOURS[finding.severity])
        lines.append(f"  {severity} {finding.rule} {where}".rstrip())
        lines.append(f"          {printable(finding.message)}")
        if finding.fix:
            lines.append(f"          fix: {printable(finding.fix)}")
    next_level = file.next_level
    if next_level is not None and quiet == 0:
        title = _level_title(file.definition_version, next_level.level)
        lines.append(f"  to reach {style(title, bold=True)}:")
        if next_level.missing:
            lines.append(_checklist(next_level.missing))
    if verbose and file.levels:
        for check in file.levels[1:] if next_level else file.levels:
            if check is next_level or check.met:
                continue
            title = _level_title(file.definition_version, check.level)
            lines.append(f"  also missing for {title}:")
            for gap in check.missing:
                lines.append(f"    - {printable(gap.message)}")
    if file.osaid is not None and not file.osaid.passed and verbose:
        lines.append("  OSAID 1.0 fails on:")
        for gap in file.osaid.failures:
            lines.append(f"    - {printable(gap.message)}")
    return "\n".join(lines)


def _crosswalks_line(osaid_passed: bool, mof: MofVerdict | None) -> str:
    line = f"  OSAID 1.0: {'pass' if osaid_passed else 'fail'}"
    if mof is not None:
        progress = ", ".join(
            f"{_roman(k)} {v:.0f}%" for k, v in sorted(mof.progress.items(), reverse=True)
        )
        line += f"   MOF 1.0: {mof.label}" + (f" ({progress})" if progress else "")
    return line


def _checklist(missing: tuple[Gap, ...]) -> str:
    """The lines of a level's checklist."""
    return "\n".join(
        f"    - {printable(gap.message)}\n      fix: {printable(gap.fix)}" for gap in missing
    )


def _roman(number: int) -> str:
    return {1: "I", 2: "II", 3: "III"}.get(number, str(number))


def _summary(tally: Tally, style: Style) -> str:
    s = tally.summary()
    parts = [f"{s['files']} file{'s' if s['files'] != 1 else ''}", f"{s['valid']} valid"]
    if s["invalid"]:
        parts.append(style(f"{s['invalid']} invalid", fg="red"))
    if tally.min_level:
        parts.append(f"{s['below_min_level']} below {tally.min_level}")
    parts.append(f"{s['errors']} errors, {s['warnings']} warnings")
    return "summary: " + ", ".join(parts)
