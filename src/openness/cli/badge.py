"""``openness badge``: the badge of a declaration's computed level, or of a named level."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from openness.cli.common import CommandError, max_size_option

if TYPE_CHECKING:
    from openness.badge import BadgeSpec

BADGE_FORMATS = ("svg", "png", "endpoint", "markdown", "html", "rst")
SNIPPET_FORMATS = ("markdown", "html", "rst")
# Options that draw an image: a snippet only points to one, so they do nothing there.
_IMAGE_OPTIONS = {
    "message_color": "--message-color",
    "old_color": "--color",
    "label_color": "--label-color",
    "palette": "--palette",
}


def _message_color(message_color: str | None, old_color: str | None) -> str | None:
    """--message-color, or the deprecated --color with a warning (never both)."""
    if old_color is None:
        return message_color
    if message_color is not None:
        raise click.UsageError("give --message-color only (--color is its deprecated name)")
    click.echo(
        "openness: badge --color is deprecated: write --message-color (on validate, --color "
        "is the terminal's colour)",
        err=True,
    )
    return old_color


def _warn_unused_on_snippets(ctx: click.Context, badge_format: str, image_url: str | None) -> None:
    """Say so when colour options are given for a snippet: it embeds an image made
    elsewhere (the published badge, or --image-url), so they would be silently lost."""
    from click.core import ParameterSource

    given = [
        flag
        for name, flag in _IMAGE_OPTIONS.items()
        if ctx.get_parameter_source(name) not in (None, ParameterSource.DEFAULT)
    ]
    if not given:
        return
    where = "the image at --image-url" if image_url else "the published badge image"
    click.echo(
        f"openness: {', '.join(given)} {'does' if len(given) == 1 else 'do'} nothing on a "
        f"{badge_format} snippet: it points to {where}. To show other colours, make the "
        "image with --format svg and those options, serve it, and give its address as "
        "--image-url",
        err=True,
    )


@click.command()
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
    "--message-color",
    "message_color",
    metavar="COLOR",
    help="Images: the badge's message colour (a name or #hex) instead of the level's.",
)
@click.option(
    "--label-color", metavar="COLOR", help="Images: the badge's label colour (a name or #hex)."
)
@click.option(
    "--color",
    "old_color",
    metavar="COLOR",
    hidden=True,
    help="Deprecated: --message-color (--color means terminal colour on validate).",
)
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
@click.option(
    "--lang",
    "language",
    type=click.Choice(("en", "fr")),
    default="en",
    show_default=True,
    help='Language of the badge\'s message and snippet alt text (fr: "poids ouverts", '
    '"IA open source"); the label stays. Never taken from the locale: a committed badge '
    "must not change with who runs the command.",
)
@click.option("--force", is_flag=True, help="Overwrite a file that is not a badge we wrote.")
@max_size_option
@click.pass_context
def badge(
    ctx: click.Context,
    path: str | None,
    output: str | None,
    badge_format: str,
    style: str,
    level_id: str | None,
    palette: str,
    message_color: str | None,
    label_color: str | None,
    old_color: str | None,
    link: str | None,
    image_url: str | None,
    force: bool,
    max_size: int,
    language: str = "en",
) -> None:
    """Make the badge of a declaration's computed level (never a claimed one).

    Reads PATH (default ./openness.json), validates it and writes the badge of
    its level; an invalid declaration gets the "invalid" badge and exit 1, but the
    badge is still written so CI shows it.
    """
    from openness import badge as badges

    message_color = _message_color(message_color, old_color)
    if badge_format in SNIPPET_FORMATS:
        _warn_unused_on_snippets(ctx, badge_format, image_url)
    exit_code = 0
    if level_id is not None:
        if path is not None:
            raise click.UsageError("give either PATH or --level, not both")
        spec = _level_spec(level_id)
    else:
        from openness.validate import validate_paths

        file = validate_paths([path or "openness.json"], max_bytes=max_size).files[0]
        if file.unreadable:
            finding = file.findings[0]
            raise CommandError(f"{file.path}: {finding.message} ({finding.fix})")
        spec = badges.for_file(file)
        if spec.is_error:
            exit_code = 1
            errors = file.count("error")
            click.echo(
                f"openness: {file.path} is invalid ({errors} error"
                f"{'s' if errors != 1 else ''}; run openness validate): "
                "writing the invalid badge",
                err=True,
            )
    if language != "en":
        from openness.badge.language import in_language

        spec = in_language(spec, language)
    try:
        made = badges.make(
            spec,
            badge_format,
            style=style,
            palette=palette,
            color=message_color,
            label_color=label_color,
            link=link,
            image_url=image_url,
        )
    except badges.BadgeError as error:
        raise CommandError(str(error)) from None
    destination = output or made.default_name or "-"
    if destination == "-":
        _to_stdout(made.content)
    else:
        try:
            badges.write_badge(destination, made.content, force=force)
        except badges.WriteRefusedError as error:
            raise CommandError(str(error)) from None
        except OSError as error:
            raise CommandError(f"cannot write {destination}: {error.strerror or error}") from None
        click.echo(f"wrote {destination}: {spec.label}: {spec.message}", err=True)
    ctx.exit(exit_code)


def _level_spec(level_id: str) -> BadgeSpec:
    from openness.badge import for_level
    from openness.cli.common import level_option
    from openness.definition import load_definition

    return for_level(load_definition(), level_option(level_id, "--level"))


def _to_stdout(content: str | bytes) -> None:
    from openness.cli.common import write_stdout

    write_stdout(content)
