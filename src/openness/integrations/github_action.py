"""The script ``action.yml`` runs: validate, annotate, summarise, write SARIF and the badge.

Inputs come as environment variables, the way the composite action passes them:
``INPUT_PATH`` (declarations or folders, one per line, so a path may hold spaces;
default ``openness.json``), ``INPUT_MIN_LEVEL`` (``INPUT_MIN-LEVEL`` is read too),
``INPUT_BADGE`` (where to write the badge SVG) and ``INPUT_SARIF`` (where to write
SARIF; like the badge, it never replaces a file that is not a SARIF log openness
wrote). It writes workflow annotations on stdout, a table to
``$GITHUB_STEP_SUMMARY`` (level, what blocks the next level, the badge), and the
outputs ``level``, ``valid``, ``sarif`` and ``badge`` to ``$GITHUB_OUTPUT``.
Exit code as ``openness validate``: 0 ok, 1 invalid or below the minimum level,
2 unreadable input or bad inputs, 3 internal error.

Run as ``python -m openness.integrations.github_action``.
"""

from __future__ import annotations

import html
import os
import secrets
import sys
from collections.abc import Mapping

from openness.exitcodes import EXIT_USAGE
from openness.report import FileReport, Report

_NO_LEVEL = "not computed"


def _input(env: Mapping[str, str], name: str) -> str:
    """An action input: ``INPUT_<NAME>``, with ``-`` kept or turned into ``_``."""
    upper = name.upper()
    for key in (f"INPUT_{upper}", f"INPUT_{upper.replace('-', '_')}"):
        value = env.get(key, "").strip()
        if value:
            return value
    return ""


# Markdown's punctuation, written as character references: the text shows as written
# and never becomes a link, an image, emphasis or code (a pull request controls it)
_MARKDOWN = {ord(c): f"&#{ord(c)};" for c in "\\`*_[]()!~"}


def _cell(text: str) -> str:
    """Markdown table cell text: controls escaped, HTML and Markdown inert, no pipes,
    no line breaks."""
    from openness.render.safe import escape_controls, utf8_safe

    flat = escape_controls(utf8_safe(" ".join(str(text).split())))
    return html.escape(flat, quote=False).translate(_MARKDOWN).replace("|", "\\|")


def _code(text: str) -> str:
    """Text shown as code in a table cell (a path): inert like any cell."""
    return f"<code>{_cell(text)}</code>"


def _append(path: str | None, text: str) -> None:
    if not path:
        return
    with open(path, "a", encoding="utf-8", errors="replace", newline="\n") as handle:
        handle.write(text)


def _title(file: FileReport) -> str:
    return file.level_title or file.level or _NO_LEVEL


def _blockers(file: FileReport, limit: int = 5) -> str:
    from openness.severity import ERROR

    if not file.valid:
        errors = [f"{f.rule}: {f.message}" for f in file.findings if f.severity == ERROR]
        head = "; ".join(_cell(e) for e in errors[:limit])
        more = f" (and {len(errors) - limit} more)" if len(errors) > limit else ""
        return f"invalid: {head}{more}"
    next_level = file.next_level
    if next_level is None:
        return "nothing: this is the top level"
    gaps = [_cell(gap.message) for gap in next_level.missing]
    more = f"<br>(and {len(gaps) - limit} more)" if len(gaps) > limit else ""
    return "<br>".join(gaps[:limit]) + more


def _badge_markdown(file: FileReport) -> str:
    if file.level is None or file.definition_version is None:
        return ""
    from openness.badge import for_file

    spec = for_file(file)  # a directory model's badge links to its own page
    return f"[![{_cell(_title(file))}]({spec.image_url()})]({spec.link})"


def summary(report: Report, *, sarif: str | None = None, badge: str | None = None) -> str:
    """The job summary: one table row a declaration."""
    from openness.render.sarif import display_path

    lines = [
        "## openness: Open Source AI level",
        "",
        "| Declaration | Model | Level | Next level | What blocks the next level |",
        "| --- | --- | --- | --- | --- |",
    ]
    for file in report.files:
        model = ""
        if isinstance(file.model, dict):
            model = _cell(str(file.model.get("name", "")))
        level = _cell(_title(file)) if file.valid else "**invalid**"
        if file.valid and report.below_min_level(file):
            level += f" (below the required {_cell(report.min_level or '')})"
        badge_md = _badge_markdown(file) if file.valid else ""
        if badge_md:
            level = f"{badge_md}<br>{level}"
        next_level = file.next_level
        next_title = _cell(next_level.title) if next_level and file.valid else ""
        path = _code(display_path(file.path))
        lines.append(f"| {path} | {model} | {level} | {next_title} | {_blockers(file)} |")
    counts = report.summary()
    lines += [
        "",
        f"{counts['files']} declaration{'s' if counts['files'] != 1 else ''}: "
        f"{counts['valid']} valid, {counts['invalid']} invalid, "
        f"{counts['errors']} error{'s' * (counts['errors'] != 1)}, "
        f"{counts['warnings']} warning{'s' * (counts['warnings'] != 1)}.",
    ]
    if report.min_level:
        lines.append(
            f"Minimum level: {_cell(report.min_level)} ({counts['below_min_level']} below it)."
        )
    if badge:
        lines.append(f"Badge written to {_code(badge)}.")
    if sarif:
        lines.append(f"SARIF written to {_code(sarif)} (upload it with upload-sarif).")
    return "\n".join(lines) + "\n\n"


def _lowest_level(report: Report) -> str:
    levels = [f.level for f in report.files if f.level is not None and f.valid]
    if not levels or len(levels) != len(report.files):
        return ""
    return min(levels, key=report.level_order.index)


def run(env: Mapping[str, str]) -> int:
    from openness.atomic import WriteRefusedError, write_atomic
    from openness.definition import latest_level, load_definition
    from openness.render.github import command
    from openness.render.github import render as annotations
    from openness.render.sarif import render as render_sarif
    from openness.render.text import render as render_text
    from openness.validate import validate_paths

    paths = _paths(_input(env, "path"))
    min_level = _input(env, "min-level") or None
    badge = _input(env, "badge") or None
    sarif = _input(env, "sarif") or None
    levels = list(load_definition().level_ids)
    if min_level is not None:
        try:
            min_level, _note = latest_level(min_level)
        except KeyError:
            print(
                command(
                    "error",
                    f"min-level {min_level!r} is not a level; choose one of: {', '.join(levels)}",
                    title="openness: bad input",
                )
            )
            return EXIT_USAGE
    report = validate_paths(paths, min_level=min_level)
    status = report.exit_code()

    # The human report, folded; commands in it (a crafted file name) are not obeyed,
    # and they are switched back on whatever happens.
    token = secrets.token_hex(16)
    print("::group::openness validate")
    print(f"::stop-commands::{token}")
    try:
        sys.stdout.write(render_text(report))
    finally:
        print(f"::{token}::")
        print("::endgroup::")
    sys.stdout.write(annotations(report))

    if sarif:
        try:
            write_atomic(
                sarif, render_sarif(report), ours=is_our_sarif, what="SARIF log", make_folders=True
            )
        except WriteRefusedError as error:  # summary and outputs are still written
            print(command("error", str(error), title="openness: sarif"))
            status = max(status, EXIT_USAGE)
            sarif = None
    if badge:
        problem = _write_badge(report, badge)
        if problem:  # an invalid declaration still gets its "invalid" badge: no problem
            print(command("error", problem, title="openness: badge"))
            status = max(status, EXIT_USAGE)
            badge = None

    _append(env.get("GITHUB_STEP_SUMMARY"), summary(report, sarif=sarif, badge=badge))
    outputs = {
        "level": _lowest_level(report),
        "valid": "true" if all(f.valid for f in report.files) else "false",
        "sarif": sarif or "",
        "badge": badge or "",
        "exit-code": str(status),
    }
    lines = (f"{key}={' '.join(value.splitlines())}\n" for key, value in outputs.items())
    _append(env.get("GITHUB_OUTPUT"), "".join(lines))
    return status


def _paths(value: str) -> list[str]:
    """The ``path`` input: one path a line (a path may hold spaces)."""
    return [line.strip() for line in value.splitlines() if line.strip()] or ["openness.json"]


def is_our_sarif(head: bytes) -> bool:
    """Whether a file starts like a SARIF log openness wrote (so it may be replaced)."""
    from openness.render.sarif import SARIF_SCHEMA

    start = head[:4096]
    return (
        start.lstrip().startswith(b"{")
        and SARIF_SCHEMA.encode() in start
        and b'"name": "openness"' in start
    )


def _write_badge(report: Report, path: str) -> str | None:
    """Write the SVG badge of the report's one declaration; what went wrong, if anything."""
    from openness import badge

    if len(report.files) != 1:
        return f"the badge input needs exactly one declaration; {len(report.files)} found"
    file = report.files[0]
    if file.unreadable:
        finding = file.findings[0]
        return f"cannot make the badge of {file.path}: {finding.message} ({finding.fix})"
    try:
        made = badge.make(badge.for_file(file))
        badge.write_badge(path, made.content, make_folders=True)
    except (badge.BadgeError, badge.WriteRefusedError) as error:
        return str(error)
    except OSError as error:
        return f"cannot write {path}: {error.strerror or error}"
    return None


def _internal_error(error: Exception) -> None:
    from openness.render.github import command

    print(command("error", f"{type(error).__name__}: {error}", title="openness: internal error"))


def main() -> None:
    from openness.cli import run_contract

    run_contract(lambda: run(os.environ), internal_error=_internal_error)


if __name__ == "__main__":
    main()
