"""The ``openness`` command: a thin shell over the library, one module per command.

Each command parses options, calls the library, prints what it returns and sets
the exit code; heavy imports stay inside the commands. ``main`` holds the one
exit-code contract every entry point shares (the pre-commit hook and the GitHub
Action run theirs through ``run_contract`` too): 0 valid, 1 invalid or below
--min-level, 2 usage error, input that cannot be read or output that cannot be
written, 3 internal error, never a traceback.

The world's faults are exit 2 with one line, not "internal error": a full disk, a
closed stdout, a name too long, a fork refused, memory exhausted. A reader that
goes away (``openness validate | head``) is the quiet case: no message, exit 2
(the output was not all delivered, so never 0, and never 1, which means
"invalid"); the workers, if any, are stopped.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from typing import ClassVar, NoReturn

import click

from openness import __version__
from openness.cli import badge, validate
from openness.exitcodes import EXIT_INTERNAL, EXIT_OK, EXIT_USAGE

__all__ = ["cli", "main", "run_contract"]


def _version_text() -> str:
    from openness.resources import known_versions

    return f"openness {__version__} (definition versions: {', '.join(known_versions())})"


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(_version_text())
        ctx.exit(0)


class _Commands(click.Group):
    """The root group; ``import``, ``init`` and ``migrate`` load their module only when used."""

    _lazy: ClassVar[dict[str, tuple[str, str]]] = {
        "import": ("drafts", "import_group"),
        "init": ("drafts", "init_command"),
        "migrate": ("migrate", "migrate_command"),
    }

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Each command's whole first sentence: click would cut it at about 45
        characters ("Make the badge of a declaration's computed level (never a...")."""
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.short_help and command.help:
                command.short_help = " ".join(command.help.split("\n\n")[0].split())
        super().format_commands(ctx, formatter)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self._lazy])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self._lazy:
            import importlib

            module, command = self._lazy[name]
            return getattr(importlib.import_module(f"openness.cli.{module}"), command)
        return super().get_command(ctx, name)

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # the reader went away (``| head``): exit 2 by the contract, where click's
            # own handling of a closed pipe would exit 1
            _silence_stdout()
            ctx.exit(EXIT_USAGE)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the tool version and the definition versions it knows.",
)
def cli() -> None:
    """Check AI model declarations against openness, a definition of AI openness."""


cli.add_command(validate.validate)
cli.add_command(badge.badge)


def main() -> NoReturn:
    """Entry point of ``openness`` and ``python -m openness``."""
    run_contract(lambda: cli.main(prog_name="openness", standalone_mode=False))


def run_contract(
    body: Callable[[], object],
    *,
    internal_error: Callable[[Exception], None] | None = None,
) -> NoReturn:
    """Run ``body`` and leave with the exit-code contract.

    ``body`` returns its exit code (``None``: 0) or raises ``SystemExit``. Usage
    errors, an abort, Ctrl-C or a reader that went away leave with 2 after at most
    one line; any other exception with 3 after ``internal_error`` (default: the
    "internal error" message on stderr), never a traceback.
    """
    _guard_streams()
    try:
        done = body()
        code = done if isinstance(done, int) else EXIT_OK
    except SystemExit as leaving:
        code = _exit_code(leaving.code)
    except click.exceptions.Exit as leaving:
        code = leaving.exit_code
    except (click.Abort, KeyboardInterrupt):
        click.echo("aborted", err=True)
        code = EXIT_USAGE
    except click.ClickException as error:
        error.show()
        code = EXIT_USAGE
    except BrokenPipeError:
        _silence_stdout()
        code = EXIT_USAGE
    except (OSError, MemoryError) as error:  # the world's fault, not a bug: one line
        _say(f"openness: {_os_problem(error)}")
        code = EXIT_USAGE
    except Exception as error:  # the contract: never a traceback, exit 3
        (internal_error or _say_internal_error)(error)
        code = EXIT_INTERNAL
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away while the output was buffered
        _silence_stdout()
        code = EXIT_USAGE
    except (OSError, ValueError) as error:  # a full disk behind stdout, or stdout closed
        _silence_stdout()
        if code != EXIT_USAGE:
            _say(f"openness: cannot write the output: {_os_problem(error)}")
        code = EXIT_USAGE
    sys.exit(code)


class _ClosedStream:
    """Stands for a standard stream the caller closed (``>&-``): writing to it is
    the world's fault (exit 2, one line), not an AttributeError on ``None``."""

    encoding = "utf-8"
    errors = "strict"

    def write(self, _text: str) -> int:
        import errno

        raise OSError(errno.EBADF, "standard output is closed")

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        import io

        raise io.UnsupportedOperation("closed")


def _guard_streams() -> None:
    """A closed stdout or stderr becomes a stream that says so; undecodable text
    that reaches either (a non-UTF-8 file name under a strict UTF-8 locale) is
    escaped, never a UnicodeEncodeError."""
    if sys.stdout is None:
        sys.stdout = _ClosedStream()  # type: ignore[assignment]
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115  (nowhere to say anything)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")


def _os_problem(error: BaseException) -> str:
    """One line for an OSError (or MemoryError): its reason, and the file if known."""
    if isinstance(error, MemoryError):
        return "out of memory"
    reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
    name = getattr(error, "filename", None)
    if name is not None:
        from openness.render.safe import escape_controls

        return f"{escape_controls(os.fsdecode(name))}: {reason}"
    return reason


def _say(line: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        click.echo(line, err=True)


def _exit_code(code: object) -> int:
    """What ``sys.exit(code)`` means: a message is printed, and exits 1."""
    if code is None:
        return EXIT_OK
    if isinstance(code, int):
        return code
    click.echo(str(code), err=True)
    return 1


def _say_internal_error(error: Exception) -> None:
    click.echo(
        f"openness: internal error: {type(error).__name__}: {error}\n"
        "This is a bug in openness; please report it with the input that caused it.",
        err=True,
    )


def _silence_stdout() -> None:
    """Point stdout at the null device, so that output still buffered for a reader
    that went away is dropped quietly at exit (not reported as another error)."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
