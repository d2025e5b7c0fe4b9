"""Options and errors shared by several commands."""

from __future__ import annotations

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


class CommandError(click.ClickException):
    """A problem the user can fix (input that cannot be read or used, a file that is
    not ours to replace): one line, ``openness: MESSAGE``, and exit 2."""

    exit_code = EXIT_USAGE

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"openness: {self.format_message()}", err=True)
