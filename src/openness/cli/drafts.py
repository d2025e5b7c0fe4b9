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

    lines = [title] if decisions else []  # never an empty heading
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


# Piped answers: at most this much is read, and a pipe that stays open without
# sending anything for this long ends them (a CI step whose stdin never closes
# must not hang).
PIPED_MAX_BYTES = 64 * 1024
PIPED_WAIT_SECONDS = 1.0


def piped_lines() -> list[str]:
    """The answers piped to ``openness init`` (``printf 'name\\n...' | openness init``),
    one a line; empty when nothing comes (no stdin, /dev/null, a silent pipe)."""
    import io

    stream = sys.stdin
    if stream is None:
        return []
    try:
        fd = stream.fileno()
    except (AttributeError, ValueError, io.UnsupportedOperation):
        return (stream.read(PIPED_MAX_BYTES) or "").splitlines()  # a test's stream
    import os
    import select

    chunks: list[bytes] = []
    size = 0
    try:
        while size < PIPED_MAX_BYTES:
            ready, _, _ = select.select([fd], [], [], PIPED_WAIT_SECONDS)
            if not ready:
                break
            chunk = os.read(fd, PIPED_MAX_BYTES - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except (OSError, ValueError):  # select on this kind of stdin is not possible
        return []
    return b"".join(chunks).decode("utf-8", "replace").splitlines()


class PipedAnswers:
    """``click.prompt`` and ``click.confirm`` over answers read beforehand, one a line:
    an empty line or the end of the answers takes the question's default; an answer
    the question refuses is a usage error naming the question (no asking again)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = list(lines)
        self.used = 0

    def _next(self, text: str, default: Any) -> str:
        if self.used < len(self.lines):
            answer = self.lines[self.used].strip()
            self.used += 1
            if answer or default is None:
                return answer
        if default is None:
            raise CommandError(f"the answers on standard input end before: {text}")
        return str(default)

    def prompt(
        self,
        text: str,
        default: Any = None,
        type: Any = None,
        value_proc: Callable[[str], Any] | None = None,
        **_: Any,
    ) -> Any:
        answer = self._next(text, default)
        try:
            if isinstance(type, click.Choice) and answer not in type.choices:
                raise click.BadParameter(f"one of {', '.join(map(str, type.choices))}")
            return value_proc(answer) if value_proc else answer
        except click.BadParameter as error:
            raise CommandError(f"{text}: {answer!r}: {error.message}") from None

    def confirm(self, text: str, default: bool = False, **_: Any) -> bool:
        answer = self._next(text, "y" if default else "n").lower()
        if answer in ("y", "yes", "true", "1"):
            return True
        if answer in ("n", "no", "false", "0"):
            return False
        raise CommandError(f"{text}: {answer!r}: answer y or n")


def _checked(check: Callable[[str], str | None]) -> Callable[[str], str]:
    def convert(value: str) -> str:
        problem = check(value)
        if problem:
            raise click.BadParameter(problem)
        return value.strip()

    return convert


def _code_questions(
    prompt: Callable[..., Any],
    confirm: Callable[..., bool],
    url: Callable[[str], str],
    what: str,
    example: str,
    default: tuple[bool, str, str] = (False, "", ""),
) -> tuple[bool, str, str]:
    """Whether a piece of code is public, where, and under which licence."""
    public = confirm(f"Is the {what} public?{example}", default=default[0], err=True)
    if not public:
        return False, "", ""
    where = prompt("  where? (https URL)", default=default[1], value_proc=url, err=True)
    licence = prompt("  its licence (SPDX id, e.g. Apache-2.0)", default=default[2], err=True)
    return True, where, licence


def ask_answers(
    prompt: Callable[..., Any] = click.prompt, confirm: Callable[..., bool] = click.confirm
) -> Any:
    """Ask ``openness init``'s questions and return the answers (an InitAnswers).

    Questions go to stderr, so ``-o -`` leaves stdout to the declaration alone.
    """
    from openness.importers.template import (
        DATASETS_ANSWERS,
        DatasetAnswer,
        InitAnswers,
        check_name,
        check_url,
        complete_url,
    )

    checked_url = _checked(check_url)

    def url(text: str) -> str:
        return checked_url(complete_url(text))

    name = prompt("Model name", value_proc=_checked(check_name), err=True)
    weights_url = prompt(
        "Where are the weights? (https URL; empty if not public)",
        default="",
        value_proc=url,
        err=True,
    )
    weights_license = prompt(
        "Licence of the weights (SPDX id, e.g. Apache-2.0; empty if unknown)", default="", err=True
    )
    architecture = _code_questions(
        prompt,
        confirm,
        url,
        "model architecture (the code defining the network)",
        " (yes if it is in a public library such as transformers)",
    )
    inference = _code_questions(
        prompt,
        confirm,
        url,
        "inference code (the code that runs the model)",
        "",
        default=architecture,
    )
    code_public, code_url, code_license = _code_questions(prompt, confirm, url, "training code", "")
    datasets_public = prompt(
        "Are the training data sets public?",
        type=click.Choice(DATASETS_ANSWERS),
        default="unknown",
        err=True,
    )
    datasets: list[DatasetAnswer] = []
    if datasets_public in ("yes", "some"):
        while len(datasets) < 1000:
            dataset_name = prompt("Data set name (empty to finish)", default="", err=True)
            if not dataset_name.strip():
                break
            dataset_url = prompt(
                "  its URL (https; empty if none)", default="", value_proc=url, err=True
            )
            dataset_license = prompt("  its licence (empty if unknown)", default="", err=True)
            datasets.append(
                DatasetAnswer(dataset_name.strip(), dataset_url or None, dataset_license or None)
            )
    presented = confirm(
        'Do you present the model as "open source" (on its page, card or announcement)?',
        default=False,
        err=True,
    )
    return InitAnswers(
        model_name=name,
        weights_url=weights_url or None,
        weights_license=weights_license or None,
        architecture_public=architecture[0],
        architecture_url=architecture[1] or None,
        architecture_license=architecture[2] or None,
        inference_code_public=inference[0],
        inference_code_url=inference[1] or None,
        inference_code_license=inference[2] or None,
        training_code_public=code_public,
        training_code_url=code_url or None,
        training_code_license=code_license or None,
        datasets_public=datasets_public,
        datasets=tuple(datasets),
        presented_open_source=presented,
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
        elif yes:
            draft = _template()
            title = "Wrote the template:" if output != "-" else "The template:"
        elif stdin_is_terminal():
            from openness.importers.template import declaration_from_answers

            draft = declaration_from_answers(ask_answers())
            title = "From your answers:"
        else:
            draft, title = _from_piped_answers(output)
        _emit(draft.declaration, output, force)
    _report(title, draft.decisions, draft.to_confirm)


def _template() -> Any:
    from openness.importers.template import template_draft

    return template_draft()


def _from_piped_answers(output: str) -> tuple[Any, str]:
    """No terminal: the answers piped in, or the template with a notice that the
    questions were skipped (never silently)."""
    from openness.importers.template import declaration_from_answers

    lines = piped_lines()
    if not any(line.strip() for line in lines):
        click.echo(
            "openness: no terminal and no answers on standard input: questions skipped "
            "(pipe the answers one a line, or run in a terminal; --yes skips them quietly)",
            err=True,
        )
        return _template(), "Wrote the template:" if output != "-" else "The template:"
    answers = PipedAnswers(lines)
    try:
        draft = declaration_from_answers(ask_answers(answers.prompt, answers.confirm))
    except ValueError as error:
        raise CommandError(str(error)) from None
    return draft, f"From the {answers.used} answers on standard input:"
