"""``openness migrate``: rewrite a 1.0 declaration for the current definition version.

The migrated JSON goes to stdout or to ``-o PATH`` (never over an existing file without
``--force``); what changed and what the author must confirm go to stderr. Exit codes:
0 ok, 2 unreadable input, not a 1.0 declaration, or refusing to overwrite; 3 internal.
"""

from __future__ import annotations

import click

from openness.cli.drafts import _emit, _report, _usage_problems


@click.command("migrate")
@click.argument("path", metavar="FILE", type=click.Path())
@click.option(
    "-o",
    "--output",
    default="-",
    show_default=True,
    metavar="PATH",
    help="Where to write the migrated declaration; - for stdout.",
)
@click.option("--force", is_flag=True, help="Overwrite PATH if it exists (FILE itself too).")
def migrate_command(path: str, output: str, force: bool) -> None:
    """Rewrite a definition 1.0 declaration for definition 2.0.

    Nothing is guessed: what 1.0 could not say (why a data set is withheld) is written
    so that openness validate asks for it, and listed on stderr to confirm.
    """
    from openness.importers.migrate import migrate_file

    with _usage_problems():
        draft = migrate_file(path)
        _emit(draft.declaration, output, force)
    _report(f"Migrated {path}; what changed:", draft.decisions, draft.to_confirm)
