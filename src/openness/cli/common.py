"""Options and errors shared by several commands."""

from __future__ import annotations

import sys
from typing import IO, Any

import click

from openness.exitcodes import EXIT_USAGE

max_size_option = click.option(
    "--max-size",
    type=click.IntRange(min=1),
    default=1024 * 1024,
    show_default=True,
    metavar="BYTES",
    help="Refuse declarations larger than this (protects CI from hostile files).",
)


def lang_option(what: str, after: str = "") -> Any:
    """``--lang en|fr``: the language of ``what``; when not given, French if LC_ALL,
    LC_MESSAGES or LANG (the first one set) starts with "fr", else English."""
    return click.option(
        "--lang",
        "language",
        type=click.Choice(("en", "fr")),
        default=None,
        help=f"Language of {what}; default fr when LC_ALL, LC_MESSAGES or LANG starts "
        f"with fr, else en.{' ' + after if after else ''}",
    )


class CommandError(click.ClickException):
    """A problem the user can fix (input that cannot be read or used, a file that is
    not ours to replace): one line, ``openness: MESSAGE``, and exit 2."""

    exit_code = EXIT_USAGE

    def show(self, file: IO[Any] | None = None) -> None:
        from openness.render.safe import escape_controls

        click.echo(f"openness: {escape_controls(self.format_message())}", err=True)


def write_stdout(content: str | bytes) -> None:
    """Write the command's output to stdout, all of it or an ``OSError``.

    Straight to the file descriptor: CPython's buffered stdout can drop the rest of
    a large write without a word when the reader goes away (``| head``), which
    would exit 0 on output never delivered. Text is encoded as the stream says,
    with anything it cannot encode escaped (never a UnicodeEncodeError).
    """
    try:
        _write_stdout(content)
    except BrokenPipeError:
        raise
    except OSError as error:
        reason = error.strerror or str(error) or type(error).__name__
        raise CommandError(f"cannot write the output: {reason}") from None


def _write_stdout(content: str | bytes) -> None:
    import io
    import os

    stream = sys.stdout
    try:
        fd = stream.fileno()
    except (AttributeError, ValueError, io.UnsupportedOperation):
        fd = None
    if fd is None:  # a test's capture, or a closed stdout (whose write says so)
        if isinstance(content, bytes):
            stream.buffer.write(content)
        else:
            stream.write(content)
        stream.flush()
        return
    stream.flush()
    if isinstance(content, str):
        content = content.encode(getattr(stream, "encoding", None) or "utf-8", "backslashreplace")
    view = memoryview(content)
    while view:
        view = view[os.write(fd, view) :]


def level_option(text: str, option: str) -> str:
    """A level named on the command line, as a level id of the latest definition.

    Accepts an id of any shipped version (an older one is read through its G7 label,
    with a note on stderr) and a level's title in any case or spacing ("Open weights",
    "open_source_ai"); anything else is a usage error that suggests the closest level
    first, then lists them all.
    """
    from openness.definition import latest_level, load_definition
    from openness.resources import known_versions

    spellings: dict[str, str] = {}  # loose spelling -> an id latest_level knows
    for version in reversed(known_versions()):
        for level in load_definition(version).levels:
            for name in (level.id, level.title):
                spellings.setdefault(_loose(name), level.id)
    wanted = spellings.get(_loose(text))
    if wanted is None:
        raise click.BadParameter(_not_a_level(text, spellings), param_hint=option)
    current, note = latest_level(wanted)
    if note:
        click.echo(f"openness: {option} {note}", err=True)
    return current


def _loose(name: str) -> str:
    """A level's id or title as people type it: lower case, words joined by hyphens."""
    import re

    return re.sub(r"[\s_-]+", "-", name.strip().lower())


def _not_a_level(text: str, spellings: dict[str, str]) -> str:
    import difflib

    from openness.definition import load_definition

    latest = load_definition()
    listed = ", ".join(latest.level_ids)
    close = difflib.get_close_matches(_loose(text)[:100], list(spellings), n=1, cutoff=0.6)
    if close:
        from openness.definition import latest_level

        guess = latest_level(spellings[close[0]])[0]
        title = latest.level(guess).title
        return f"{text!r} is not a level; did you mean {guess} ({title})? (levels: {listed})"
    return f"{text!r} is not a level; choose one of: {listed}"
