"""The command-line reference, written by walking the click commands themselves.

Usage lines, help texts, arguments and options all come from the click objects, so
the reference cannot drift from the tool: a new option appears on the site at the
next build.
"""

from __future__ import annotations

from dataclasses import dataclass

import click

from openness.site.markdown import cell, code


@dataclass(frozen=True, slots=True)
class CommandDoc:
    path: tuple[str, ...]  # ("openness", "validate")
    command: click.Command
    context: click.Context

    @property
    def name(self) -> str:
        return " ".join(self.path)

    @property
    def anchor(self) -> str:
        return "command-" + "-".join(self.path[1:] or self.path)


def walk(command: click.Command, prog_name: str = "openness") -> list[CommandDoc]:
    """The command and every subcommand below it, depth first, subcommands sorted."""
    found: list[CommandDoc] = []

    def visit(cmd: click.Command, path: tuple[str, ...], parent: click.Context | None) -> None:
        # context_settings (e.g. -h for help) apply as they do when the command runs
        ctx = click.Context(cmd, info_name=path[-1], parent=parent, **cmd.context_settings)
        found.append(CommandDoc(path, cmd, ctx))
        if isinstance(cmd, click.Group):
            for name in sorted(cmd.list_commands(ctx)):
                sub = cmd.get_command(ctx, name)
                if sub is not None and not sub.hidden:
                    visit(sub, (*path, name), ctx)

    visit(command, (prog_name,), None)
    return found


def option_names(command: click.Command) -> list[str]:
    """Every option spelling of a command (``--format``, ``-v``, ``--verbose``...)."""
    names = []
    for param in command.get_params(click.Context(command, **command.context_settings)):
        if isinstance(param, click.Option) and not param.hidden:
            names.extend(param.opts)
            names.extend(param.secondary_opts)
    return names


def _help_text(cmd: click.Command) -> str:
    text = cmd.help or cmd.short_help or ""
    return click.unstyle(text).split("\f", 1)[0].strip()


def _paragraphs(text: str) -> str:
    """click help text (paragraphs separated by blank lines) as Markdown paragraphs."""
    blocks = [" ".join(block.split()) for block in text.split("\n\n")]
    return "\n\n".join(block for block in blocks if block)


def command_section(doc: CommandDoc, level: int = 2) -> str:
    """One command: usage, help, arguments, options."""
    cmd, ctx = doc.command, doc.context
    hashes = "#" * level
    lines = [f"{hashes} `{doc.name}` {{ #{doc.anchor} }}", ""]
    pieces = cmd.collect_usage_pieces(ctx)
    lines += ["```text", f"{doc.name} {' '.join(pieces)}".rstrip(), "```", ""]
    help_text = _paragraphs(_help_text(cmd))
    if help_text:
        lines += [help_text, ""]
    params = cmd.get_params(ctx)
    arguments = [p for p in params if isinstance(p, click.Argument)]
    options = [p for p in params if isinstance(p, click.Option) and not p.hidden]
    if arguments:
        lines += ["| Argument | Accepts |", "| --- | --- |"]
        for argument in arguments:
            many = "one or more" if argument.nargs == -1 and argument.required else ""
            many = many or ("any number" if argument.nargs == -1 else "one")
            required = "required" if argument.required else "optional"
            lines.append(f"| {code(argument.human_readable_name)} | {many}, {required} |")
        lines.append("")
    if options:
        lines += ["| Option | Meaning |", "| --- | --- |"]
        for option in options:
            record = option.get_help_record(ctx)
            if record is None:
                continue
            spelling, meaning = record
            lines.append(f"| {code(spelling)} | {cell(click.unstyle(meaning))} |")
        lines.append("")
    if isinstance(cmd, click.Group):
        subcommands = [d for d in walk(cmd, doc.path[-1]) if len(d.path) == 2]
        if subcommands:
            lines += ["| Command | What it does |", "| --- | --- |"]
            for sub in subcommands:
                name = " ".join((*doc.path, sub.path[-1]))
                anchor = "command-" + "-".join((*doc.path[1:], sub.path[-1]))
                summary = sub.command.get_short_help_str(limit=200)
                lines.append(f"| [`{name}`](#{anchor}) | {cell(summary)} |")
            lines.append("")
    return "\n".join(lines)


def reference(command: click.Command, prog_name: str = "openness", level: int = 2) -> str:
    """The whole reference: the top command, then every subcommand."""
    docs = walk(command, prog_name)
    return "\n".join(command_section(doc, level) for doc in docs)
