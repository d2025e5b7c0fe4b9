"""The ``openness`` command: a thin shell over the library.

Each command parses options, calls the library, picks a renderer and sets the
exit code: 0 valid, 1 invalid or below --min-level, 2 usage error or unreadable
input, 3 internal error. Heavy imports stay inside the commands.
"""

from __future__ import annotations

import os
import sys
from typing import ClassVar

import click

from openness import __version__
from openness.exitcodes import EXIT_INTERNAL, EXIT_USAGE

FORMATS = ("text", "json", "lines", "sarif", "github")


def _version_text() -> str:
    from openness.resources import known_versions

    return f"openness {__version__} (definition versions: {', '.join(known_versions())})"


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(_version_text())
        ctx.exit(0)


class _Commands(click.Group):
    """The root group; ``import`` and ``init`` load their module only when used."""

    _lazy: ClassVar[dict[str, str]] = {"import": "import_group", "init": "init_command"}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self._lazy])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self._lazy:
            from openness import cli_import

            return getattr(cli_import, self._lazy[name])
        return super().get_command(ctx, name)


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
    """Check AI model declarations against the Open Source AI Definition."""


max_size_option = click.option(
    "--max-size",
    type=click.IntRange(min=1),
    default=1024 * 1024,
    show_default=True,
    metavar="BYTES",
    help="Refuse declarations larger than this (protects CI from hostile files).",
)


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
@click.argument("paths", nargs=-1, type=click.Path(readable=False))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="text for people; json (versioned report) for tools; lines: path:line:col: severity "
    "rule: message; sarif: SARIF 2.1.0 for code scanning; github: workflow annotations.",
)
@click.option(
    "--min-level",
    metavar="LEVEL",
    help="Exit 1 if any file is below this level "
    "(closed, restricted, open-weights, open-methods, open-source-ai).",
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
    jobs: int,
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
    use_colour = _use_colour(colour) if output_format == "text" else False
    if output_format == "sarif":
        from openness.render.sarif import render as render_sarif
        from openness.validate import validate_paths

        report = validate_paths(paths, min_level=min_level, max_bytes=max_size, jobs=jobs)
        click.echo(render_sarif(report), nl=False, color=False)
        sys.exit(report.exit_code())
    from openness.validate import stream_reports

    renderer = _streaming_format(output_format, min_level, use_colour, verbose, quiet)
    tally = stream_reports(
        paths,
        renderer,
        lambda text: click.echo(text, nl=False, color=use_colour),
        min_level=min_level,
        max_bytes=max_size,
        jobs=jobs,
    )
    sys.exit(tally.exit_code())


def _streaming_format(
    output_format: str, min_level: str | None, colour: bool, verbose: int, quiet: int
):
    """The renderer of a format that can be written a file at a time."""
    from openness.definition import load_definition

    level_order = load_definition().level_ids
    if output_format == "json":
        from openness.render.json_report import JsonFormat

        return JsonFormat(min_level=min_level, level_order=level_order)
    if output_format == "lines":
        from openness.render.lines import LinesFormat

        return LinesFormat()
    if output_format == "github":
        from openness.render.github import GithubFormat

        return GithubFormat(min_level=min_level, level_order=level_order)
    from openness.render.text import TextFormat

    return TextFormat(
        colour=colour, verbose=verbose, quiet=quiet, min_level=min_level, level_order=level_order
    )


BADGE_FORMATS = ("svg", "png", "endpoint", "markdown", "html", "rst")
_DEFAULT_BADGE_FILES = {
    "svg": "openness-badge.svg",
    "png": "openness-badge.png",
    "endpoint": "openness-badge.json",
}


@cli.command()
@click.argument("path", required=False, type=click.Path(readable=False))
@click.option(
    "-o",
    "--output",
    metavar="FILE",
    help="Where to write (- for stdout). Default: openness-badge.svg / .png / .json "
    "for svg, png and endpoint; stdout for snippets.",
)
@click.option(
    "--format",
    "badge_format",
    type=click.Choice(BADGE_FORMATS),
    default="svg",
    show_default=True,
    help="svg or png image, shields.io endpoint JSON, or a "
    "markdown / html / rst snippet to paste in a README or model card.",
)
@click.option(
    "--style",
    type=click.Choice(("flat", "flat-square", "plastic", "for-the-badge", "social")),
    default="flat",
    show_default=True,
)
@click.option(
    "--level",
    "level_id",
    metavar="LEVEL",
    help="Make the badge of this level; no declaration is read.",
)
@click.option(
    "--palette",
    type=click.Choice(("v6", "v5")),
    default="v6",
    show_default=True,
    help="shields.io colour palette: v6 (current) or v5 (classic).",
)
@click.option(
    "--color",
    "message_color",
    metavar="COLOR",
    help="Override the message colour (a name or #hex).",
)
@click.option("--label-color", metavar="COLOR", help="Override the label colour.")
@click.option(
    "--link",
    metavar="URL",
    help="Where the badge links to (http or https). Default: the level's page.",
)
@click.option(
    "--image-url",
    metavar="URL",
    help="Snippets: where the badge image is served. Default: the published badge.",
)
@click.option("--force", is_flag=True, help="Overwrite a file that is not a badge we wrote.")
@max_size_option
def badge(
    path: str | None,
    output: str | None,
    badge_format: str,
    style: str,
    level_id: str | None,
    palette: str,
    message_color: str | None,
    label_color: str | None,
    link: str | None,
    image_url: str | None,
    force: bool,
    max_size: int,
) -> None:
    """Make the badge of a declaration's computed level (never a claimed one).

    Reads PATH (default ./openness.json), validates it and writes the badge of
    its level; an invalid declaration gets the "invalid" badge and exit 1, but the
    badge is still written so CI shows it.
    """
    from openness.definition import load_definition
    from openness.render import badge as badge_spec

    definition = load_definition()
    exit_code = 0
    if level_id is not None:
        if path is not None:
            raise click.UsageError("give either PATH or --level, not both")
        if level_id not in definition.level_ids:
            raise click.BadParameter(
                f"{level_id!r} is not a level; choose one of: {', '.join(definition.level_ids)}",
                param_hint="--level",
            )
        spec = badge_spec.for_level(definition, level_id)
    else:
        from openness.validate import validate_paths

        report = validate_paths([path or "openness.json"], max_bytes=max_size)
        file = report.files[0]
        if file.unreadable:
            finding = file.findings[0]
            click.echo(f"openness: {file.path}: {finding.message} ({finding.fix})", err=True)
            sys.exit(EXIT_USAGE)
        if file.definition_version:
            definition = load_definition(file.definition_version)
        spec = badge_spec.for_report(definition, file)
        if spec.is_error:
            exit_code = 1
            errors = [f for f in file.findings if f.severity == "error"]
            click.echo(
                f"openness: {file.path} is invalid ({len(errors)} error"
                f"{'s' if len(errors) != 1 else ''}; run openness validate): "
                "writing the invalid badge",
                err=True,
            )
    _emit_badge(
        spec,
        definition.version,
        badge_format,
        style,
        palette,
        message_color,
        label_color,
        link,
        image_url,
        output,
        force,
    )
    sys.exit(exit_code)


def _emit_badge(
    spec,
    version,
    badge_format,
    style,
    palette,
    message_color,
    label_color,
    link,
    image_url,
    output,
    force,
) -> None:
    from openness import badge as renderer

    target_link = link if link is not None else spec.link
    color = message_color or spec.color
    try:
        if link is not None:
            renderer.check_link(link)
        if badge_format in ("markdown", "html", "rst"):
            content: str | bytes = renderer.snippet(
                badge_format,
                image_url=image_url or spec.image_url(version, style),
                alt=renderer.alt_text(spec.label, spec.message),
                link=target_link,
                dark_image_url=None if image_url else spec.image_url(version, style, dark=True),
            )
            destination = output or "-"
        elif badge_format == "endpoint":
            content = renderer.endpoint_json(
                spec.label,
                spec.message,
                color=color,
                label_color=label_color,
                style=None if style == "flat" else style,
                is_error=spec.is_error,
            )
            destination = output or _DEFAULT_BADGE_FILES["endpoint"]
        else:
            svg = renderer.render_svg(
                spec.label,
                spec.message,
                color=color,
                label_color=label_color,
                style=style,
                palette=palette,
                link=target_link,
            )
            content = renderer.render_png(svg) if badge_format == "png" else svg
            destination = output or _DEFAULT_BADGE_FILES[badge_format]
        if destination == "-":
            if isinstance(content, bytes):
                sys.stdout.buffer.write(content)
                sys.stdout.flush()
            else:
                click.echo(content, nl=False)
            return
        renderer.write_badge(destination, content, force=force)
        click.echo(f"wrote {destination}: {spec.label}: {spec.message}", err=True)
    except renderer.OverwriteRefusedError as error:
        click.echo(f"openness: {error}", err=True)
        sys.exit(EXIT_USAGE)
    except renderer.BadgeError as error:
        click.echo(f"openness: {error}", err=True)
        sys.exit(EXIT_USAGE)
    except OSError as error:
        click.echo(f"openness: cannot write {destination}: {error.strerror or error}", err=True)
        sys.exit(EXIT_USAGE)


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
