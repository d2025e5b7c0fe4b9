"""``openness import mof`` and ``openness init``: draft a declaration instead of typing it.

The draft JSON (2-space indent, trailing newline) goes to stdout or to ``-o PATH``; the
mapping decisions and the "to confirm" list go to stderr. Files are written atomically
and an existing file is never overwritten without ``--force``. Exit codes: 0 ok, 2 usage
error / unreadable input / not a MOT file / refusing to overwrite, 3 internal error.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from openness.cli.common import CommandError


def render_json(declaration: dict[str, Any]) -> str:
    return json.dumps(declaration, indent=2, ensure_ascii=False) + "\n"


def _report(title: str, decisions: list[str], to_confirm: list[str]) -> None:
    """The decisions and the to-confirm list on stderr. They quote the source (a model
    card from anywhere), so every line is made inert: no escape sequence, no BiDi
    override, no line break of its own reaches the terminal."""
    from openness.render.safe import escape_controls

    lines = [title]
    lines += [f"  - {line}" for line in decisions]
    if to_confirm:
        lines.append("To confirm:")
        lines += [f"  - {line}" for line in to_confirm]
    click.echo("\n".join(escape_controls(line) for line in lines), err=True)


def _emit(declaration: dict[str, Any], output: str, force: bool) -> None:
    from openness.atomic import write_atomic
    from openness.cli.common import write_stdout

    text = render_json(declaration)
    if output == "-":
        write_stdout(text)
        return
    write_atomic(output, text, force=force, example_name="openness.json")
    click.echo(f"wrote {output}", err=True)


@contextmanager
def _usage_problems() -> Iterator[None]:
    """Input that cannot be used, or a file not ours to replace: one line, exit 2."""
    from openness.atomic import WriteRefusedError
    from openness.importers.common import ImporterError

    try:
        yield
    except (ImporterError, WriteRefusedError) as error:
        raise CommandError(str(error)) from None


# --- openness import --------------------------------------------------------------------


@click.group("import", context_settings={"help_option_names": ["-h", "--help"]})
def import_group() -> None:
    """Draft an openness.json from another format (review it before use)."""


@import_group.command("mof")
@click.argument("model_file", metavar="MODEL.yml", type=click.Path())
@click.option(
    "-o",
    "--output",
    default="-",
    show_default=True,
    metavar="PATH",
    help="Where to write the draft; - for stdout.",
)
@click.option("--force", is_flag=True, help="Overwrite PATH if it exists.")
def import_mof(model_file: str, output: str, force: bool) -> None:
    """Draft an openness.json from a Model Openness Tool YAML file.

    The draft goes to stdout (or -o PATH); every mapping decision is listed on stderr.
    """

    from openness.importers.mot import import_mot_file

    with _usage_problems():
        draft = import_mot_file(model_file)
        _emit(draft.declaration, output, force)
    _report(
        f"Drafted from {model_file}; review these decisions:", draft.decisions, draft.to_confirm
    )


# --- openness init ----------------------------------------------------------------------


def stdin_is_terminal() -> bool:
    """Whether to ask questions (tests replace this)."""
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def _checked(check: Callable[[str], str | None]) -> Callable[[str], str]:
    def convert(value: str) -> str:
        problem = check(value)
        if problem:
            raise click.BadParameter(problem)
        return value.strip()

    return convert


def ask_answers(
    prompt: Callable[..., Any] = click.prompt, confirm: Callable[..., bool] = click.confirm
) -> Any:
    """Ask ``openness init``'s questions and return the answers (an InitAnswers)."""
    from openness.importers.template import (
        DATASETS_ANSWERS,
        DatasetAnswer,
        InitAnswers,
        check_name,
        check_url,
    )

    url = _checked(check_url)
    name = prompt("Model name", value_proc=_checked(check_name))
    weights_url = prompt(
        "Where are the weights? (https URL; empty if not public)", default="", value_proc=url
    )
    weights_license = prompt(
        "Licence of the weights (SPDX id, e.g. Apache-2.0; empty if unknown)", default=""
    )
    code_public = confirm("Is the training code public?", default=False)
    code_url = code_license = ""
    if code_public:
        code_url = prompt("Where is the training code? (https URL)", default="", value_proc=url)
        code_license = prompt("Licence of the training code (SPDX id, e.g. MIT)", default="")
    datasets_public = prompt(
        "Are the training data sets public?",
        type=click.Choice(DATASETS_ANSWERS),
        default="unknown",
    )
    datasets: list[DatasetAnswer] = []
    if datasets_public in ("yes", "some"):
        while len(datasets) < 1000:
            dataset_name = prompt("Data set name (empty to finish)", default="")
            if not dataset_name.strip():
                break
            dataset_url = prompt("  its URL (https; empty if none)", default="", value_proc=url)
            dataset_license = prompt("  its licence (empty if unknown)", default="")
            datasets.append(
                DatasetAnswer(dataset_name.strip(), dataset_url or None, dataset_license or None)
            )
    return InitAnswers(
        model_name=name,
        weights_url=weights_url or None,
        weights_license=weights_license or None,
        training_code_public=code_public,
        training_code_url=code_url or None,
        training_code_license=code_license or None,
        datasets_public=datasets_public,
        datasets=tuple(datasets),
    )


@click.command("init", context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-y", "--yes", is_flag=True, help="Ask nothing: write the template.")
@click.option(
    "--from-model-card",
    "model_card",
    metavar="README.md",
    type=click.Path(),
    help="Draft from a Hugging Face model card's metadata (read offline).",
)
@click.option(
    "-o",
    "--output",
    default="openness.json",
    show_default=True,
    metavar="PATH",
    help="Where to write; - for stdout.",
)
@click.option("--force", is_flag=True, help="Overwrite PATH if it exists.")
def init_command(yes: bool, model_card: str | None, output: str, force: bool) -> None:
    """Write a starting openness.json.

    In a terminal it asks a few questions; with --yes (or no terminal) it writes a
    template listing every component as not-released; with --from-model-card it drafts
    from a model card. What to confirm is listed on stderr.
    """

    from openness.atomic import occupied

    if output != "-" and not force and occupied(output):
        raise CommandError(f"{output} already exists; use --force to overwrite it")
    with _usage_problems():
        if model_card is not None:
            from openness.importers.modelcard import draft_from_model_card_file

            draft = draft_from_model_card_file(model_card)
            title = f"Drafted from {model_card}:"
        elif yes or not stdin_is_terminal():
            from openness.importers.template import template_draft

            draft = template_draft()
            title = "Wrote the template:" if output != "-" else "The template:"
        else:
            from openness.importers.template import declaration_from_answers

            draft = declaration_from_answers(ask_answers())
            title = "From your answers:"
        _emit(draft.declaration, output, force)
    _report(title, draft.decisions, draft.to_confirm)
