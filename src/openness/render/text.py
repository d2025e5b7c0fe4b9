"""The human report: level, findings with fixes, and the next level's checklist.

In English or French (``language``): the report's own words come from the
message templates, the level and component titles from the definition's
translations, and each finding and gap is said again from its template.
"""

from __future__ import annotations

from collections.abc import Callable

from openness.crosswalk.mof import roman
from openness.i18n import text as definition_text
from openness.i18n.messages import localize, msg
from openness.render.safe import escape_controls
from openness.report import FileReport, Gap, Report, Tally
from openness.severity import ERROR, INFO, WARNING

Style = Callable[..., str]

_SEVERITY_COLOURS = {ERROR: "red", WARNING: "yellow", INFO: "blue"}


def _plain(text: str, **_: object) -> str:
    return text


class _Say:
    """The words of one language: the report's own, the definition's, the messages'."""

    def __init__(self, language: str) -> None:
        self.language = language

    def __call__(self, message_id: str, **params: object) -> str:
        return localize(msg(message_id, **params), self.language)

    def title(self, english: str | None) -> str:
        """A definition text (a level's title, a G7 label) in this language."""
        return "" if english is None else definition_text(english, self.language)

    def message(self, text: str) -> str:
        """A finding's or a gap's message or fix, escaped for the terminal."""
        return escape_controls(localize(text, self.language))


def render(
    report: Report,
    *,
    colour: bool = False,
    verbose: int = 0,
    quiet: int = 0,
    language: str = "en",
) -> str:
    """The whole report as text; ``quiet`` drops the checklist, then all but errors.

    One block a file (a blank line apart), then the summary; ``-qq`` on one file
    that passes leaves only an empty line. ``language``: "en" or "fr".
    """
    say = _Say(language)
    if colour:
        import click

        style: Style = click.style
    else:
        style = _plain
    blocks = [_file(file, report, style, verbose, quiet, say) for file in report.files]
    text = "\n\n".join(block for block in blocks if block)
    if len(report.files) > 1 or quiet < 2:
        return (text + "\n\n" if text else "") + _summary(report, style, say) + "\n"
    return text + "\n"


def _file(
    file: FileReport, report: Report, style: Style, verbose: int, quiet: int, say: _Say
) -> str:
    """One file's block ("" when ``quiet`` hides it)."""
    lines: list[str] = []
    header = style(escape_controls(file.path), bold=True)
    # "phi-2 (version 2; definition 2.0)": the version is never read as part of the name
    about: list[str] = []
    if file.model:
        header += f": {escape_controls(str(file.model.get('name', '')))}"
        version = file.model.get("version")
        if version:
            about.append(say("text.version", version=escape_controls(str(version))))
    if file.definition_version:
        about.append(say("text.definition", version=file.definition_version))
    if about:
        header += f" ({'; '.join(about)})"
    below = report.below_min_level(file)
    if quiet >= 2 and file.valid and not below:
        return ""
    lines.append(header)
    if file.level is not None:
        title = say.title(file.level_title) or file.level
        verdict = style(title, fg="green" if file.valid else "yellow", bold=True)
        lines.append(say("text.level", title=verdict))
        if below and report.min_level is not None:
            minimum = say.title(file.title_of(report.min_level)) or report.min_level
            lines.append(style(say("text.below-minimum", title=minimum), fg="red"))
    elif not file.valid:
        lines.append("  " + style(say("text.no-level"), fg="red", bold=True))
    if file.osaid is not None and quiet == 0:
        lines.append(_crosswalks_line(file, say))
        if file.osaid.note and verbose:
            lines.append(say("text.osaid-note", note=say.message(file.osaid.note)))
    for finding in file.findings:
        if quiet >= 2 and finding.severity != ERROR:
            continue
        if finding.severity == INFO and verbose == 0 and quiet > 0:
            continue
        where = f"{finding.line}:{finding.column}" if finding.line else ""
        severity_word = say(f"text.severity.{finding.severity}")
        severity = style(f"{severity_word:<7}", fg=_SEVERITY_COLOURS[finding.severity])
        lines.append(f"  {severity} {finding.rule} {where}".rstrip())
        lines.append(f"          {say.message(finding.message)}")
        if finding.fix:
            lines.append("          " + say("text.fix", fix=say.message(finding.fix)))
    next_level = file.next_level
    if next_level is not None and quiet == 0:
        lines.append(say("text.to-reach", title=style(say.title(next_level.title), bold=True)))
        if next_level.missing:
            lines.append(_checklist(next_level.missing, say))
    if verbose and file.levels:
        for check in file.levels[1:] if next_level else file.levels:
            if check is next_level or check.met:
                continue
            title = say.title(check.title)
            if not check.missing:  # its own requirements are met: no empty heading
                lines.append(say("text.nothing-more", title=title))
                continue
            lines.append(say("text.also-missing", title=title))
            for gap in check.missing:
                lines.append(f"    - {say.message(gap.message)}")
    if file.osaid is not None and not file.osaid.passed and verbose:
        lines.append(say("text.osaid-fails"))
        for gap in file.osaid.failures:
            lines.append(f"    - {say.message(gap.message)}")
    return "\n".join(lines)


def _crosswalks_line(file: FileReport, say: _Say) -> str:
    """G7 label, OSAID verdict and MOF class, on one line."""
    line = "  "
    if file.g7 is not None:
        line += say("text.g7", title=say.title(file.g7.title) or say("text.g7-none"))
    line += say("text.osaid-pass" if file.osaid and file.osaid.passed else "text.osaid-fail")
    mof = file.mof
    if mof is not None:
        percent = "\u00a0%" if say.language == "fr" else "%"  # French: 90 %
        progress = ", ".join(
            f"{roman(k)} {v:.0f}{percent}" for k, v in sorted(mof.progress.items(), reverse=True)
        )
        line += say("text.mof", label=say.title(mof.label)) + (f" ({progress})" if progress else "")
    return line


def _checklist(missing: tuple[Gap, ...], say: _Say) -> str:
    """The lines of a level's checklist: what is missing, and how to fix it."""
    return "\n".join(
        f"    - {say.message(gap.message)}\n      " + say("text.fix", fix=say.message(gap.fix))
        for gap in missing
    )


def _count(say: _Say, number: int, noun: str) -> str:
    """ "1 error", "2 errors" (French: 0 and 1 take the singular)."""
    one = number == 1 or (say.language == "fr" and number == 0)
    return say(f"count.{noun}" if one else f"count.{noun}s", n=number)


def _summary(report: Report, style: Style, say: _Say) -> str:
    tally: Tally = report.tally()
    s = tally.summary()
    french = say.language == "fr"
    one_file = s["files"] == 1 or (french and s["files"] == 0)
    parts = [say("text.file" if one_file else "text.files", n=s["files"])]
    parts.append(
        say("text.valid-one" if french and s["valid"] <= 1 else "text.valid", n=s["valid"])
    )
    if s["invalid"]:
        invalid = "text.invalid-one" if french and s["invalid"] == 1 else "text.invalid"
        parts.append(style(say(invalid, n=s["invalid"]), fg="red"))
    if report.min_level:
        parts.append(say("text.below", n=s["below_min_level"], level=report.min_level))
    parts.append(f"{_count(say, s['errors'], 'error')}, {_count(say, s['warnings'], 'warning')}")
    return say("text.summary", parts=", ".join(parts))
