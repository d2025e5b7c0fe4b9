"""``openness validate``: check declarations, print one report, exit by the verdict."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

import click

from openness.cli.common import lang_option, level_option, max_size_option, write_stdout

FORMATS = ("text", "json", "lines", "sarif", "github")


def _renderers() -> dict[str, Callable[..., str]]:
    """Each format's ``render(report, **options)``, which writes the whole output."""
    from openness.render import github, json, lines, sarif, text

    return {
        "text": text.render,
        "json": json.render,
        "lines": lines.render,
        "sarif": sarif.render,
        "github": github.render,
    }


def _use_colour(choice: str) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(readable=False))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="text for people; json (versioned report) for tools; lines: path:line:col: severity "
    "rule: message, then path:1:1: info level: LEVEL (Title) for each file with a level; "
    "sarif: SARIF 2.1.0 for code scanning; github: workflow annotations.",
)
@click.option(
    "--min-level",
    metavar="LEVEL",
    help="Exit 1 if any file is below this level: its id or title (closed, "
    "weights-available, open-weights, open-source-ai, open-source-ai-open-data).",
)
@max_size_option
@click.option(
    "--color",
    "--colour",
    "colour",
    type=click.Choice(("auto", "always", "never")),
    default="auto",
    show_default=True,
    help="Colour text output (auto: only on a terminal, never with NO_COLOR set).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Worker processes for large batches (0: one per core, 1: no workers).",
)
@lang_option(
    "the text output (level names, findings, fixes, the checklist)",
    "json, sarif, lines and github never change: language-neutral ids, English messages.",
)
@click.option("-v", "--verbose", count=True, help="Show more: every level's gaps, OSAID failures.")
@click.option(
    "-q", "--quiet", count=True, help="Show less: -q drops the checklist, -qq all but errors."
)
@click.pass_context
def validate(
    ctx: click.Context,
    paths: tuple[str, ...],
    output_format: str,
    min_level: str | None,
    max_size: int,
    colour: str,
    jobs: int,
    verbose: int,
    quiet: int,
    language: str | None,
) -> None:
    """Validate openness.json declarations and compute their level.

    PATHS are files, or folders searched for openness.json (default:
    ./openness.json). Results go to stdout, diagnostics to stderr.
    """
    if min_level is not None:
        min_level = level_option(min_level, "--min-level")
    from openness.validate import validate_paths

    report = validate_paths(paths, min_level=min_level, max_bytes=max_size, jobs=jobs)
    options: dict[str, object] = {}
    use_colour = False
    if output_format == "text":
        use_colour = _use_colour(colour)
        from openness.i18n import resolve_language

        language = resolve_language(language)
        options = {"colour": use_colour, "verbose": verbose, "quiet": quiet}
        if language != "en":
            options["language"] = language
    output = _renderers()[output_format](report, **options)
    write_stdout(output)
    ctx.exit(report.exit_code())
