"""The ``openness`` command: a thin shell over the library.

Each command parses options, calls the library, picks a renderer and sets the
exit code: 0 valid, 1 invalid or below --min-level, 2 usage error or unreadable
input, 3 internal error. Heavy imports stay inside the commands.
"""

from __future__ import annotations

import os
import sys

import click

from openness import __version__
from openness.report import EXIT_INTERNAL, EXIT_USAGE

FORMATS = ("text", "json", "lines")


def _version_text() -> str:
    from openness.resources import known_versions

    return f"openness {__version__} (definition versions: {', '.join(known_versions())})"


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(_version_text())
        ctx.exit(0)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the tool version and the definition versions it knows.",
)
def cli() -> None:
    """Check AI model declarations against the Open Source AI Definition."""


def _use_colour(choice: str) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def _level_ids() -> list[str]:
    from openness.definition import load_definition

    return list(load_definition().level_ids)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="text for people; json (versioned report) for tools; lines: path:line:col: severity "
    "rule: message.",
)
@click.option(
    "--min-level",
    metavar="LEVEL",
    help="Exit 1 if any file is below this level "
    "(closed, restricted, open-weights, open-methods, open-source-ai).",
)
@click.option(
    "--max-size",
    type=click.IntRange(min=1),
    default=1024 * 1024,
    show_default=True,
    metavar="BYTES",
    help="Refuse files larger than this.",
)
@click.option(
    "--color",
    "--colour",
    "colour",
    type=click.Choice(("auto", "always", "never")),
    default="auto",
    show_default=True,
    help="Colour text output (auto: only on a terminal, never with NO_COLOR set).",
)
@click.option("-v", "--verbose", count=True, help="Show more: every level's gaps, OSAID failures.")
@click.option(
    "-q", "--quiet", count=True, help="Show less: -q drops the checklist, -qq all but errors."
)
def validate(
    paths: tuple[str, ...],
    output_format: str,
    min_level: str | None,
    max_size: int,
    colour: str,
    verbose: int,
    quiet: int,
) -> None:
    """Validate openness.json declarations and compute their level.

    PATHS are files, or folders searched for openness.json (default:
    ./openness.json). Results go to stdout, diagnostics to stderr.
    """
    if min_level is not None and min_level not in _level_ids():
        raise click.BadParameter(
            f"{min_level!r} is not a level; choose one of: {', '.join(_level_ids())}",
            param_hint="--min-level",
        )
    from openness.validate import validate_paths

    report = validate_paths(paths, min_level=min_level, max_bytes=max_size)
    if output_format == "json":
        from openness.render.json_report import render as render_json

        output = render_json(report)
    elif output_format == "lines":
        from openness.render.lines import render as render_lines

        output = render_lines(report)
    else:
        from openness.render.text import render as render_text

        output = render_text(report, colour=_use_colour(colour), verbose=verbose, quiet=quiet)
    click.echo(output, nl=False, color=_use_colour(colour) if output_format == "text" else False)
    sys.exit(report.exit_code())


def main() -> None:
    """Entry point: run the CLI and turn any unexpected failure into exit 3."""
    try:
        cli.main(prog_name="openness", standalone_mode=False)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.Abort:
        click.echo("aborted", err=True)
        sys.exit(EXIT_USAGE)
    except click.ClickException as error:
        error.show()
        sys.exit(EXIT_USAGE)
    except (BrokenPipeError, KeyboardInterrupt):
        sys.exit(EXIT_USAGE)
    except SystemExit:
        raise
    except Exception as error:  # the contract: never a traceback, exit 3
        click.echo(
            f"openness: internal error: {type(error).__name__}: {error}\n"
            "This is a bug in openness; please report it with the input that caused it.",
            err=True,
        )
        sys.exit(EXIT_INTERNAL)
