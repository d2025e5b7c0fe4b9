"""The ``openness-validate`` pre-commit hook: ``openness validate`` on the staged files.

pre-commit runs ``ENTRY ARGS... FILES...``, so a file it passes could be read as an
option: a folder named ``-o`` makes ``-o/openness.json``. The hook's files all end
in ``openness.json`` (its ``files:`` pattern) and no option value does, so this
entry puts ``--`` before them and hands the rest to ``openness validate`` as
options.

Run as ``python -m openness.integrations.precommit_validate [OPTIONS] PATH...``.
"""

from __future__ import annotations

import os


def is_declaration(argument: str) -> bool:
    """Whether a hook argument is a file pre-commit passed (not an option)."""
    return os.path.basename(argument) == "openness.json"


def split_arguments(argv: list[str]) -> tuple[list[str], list[str]]:
    """(options, paths): after a ``--`` everything is a path; before it, the
    arguments that name an openness.json are."""
    if "--" in argv:
        cut = argv.index("--")
        head, tail = argv[:cut], argv[cut + 1 :]
    else:
        head, tail = argv, []
    options = [a for a in head if not is_declaration(a)]
    paths = [a for a in head if is_declaration(a)] + tail
    return options, paths


def main(argv: list[str] | None = None) -> None:
    import sys

    from openness.cli import cli, run_contract

    options, paths = split_arguments(sys.argv[1:] if argv is None else argv)
    run_contract(
        lambda: cli.main(
            ["validate", *options, "--", *paths], prog_name="openness", standalone_mode=False
        )
    )


if __name__ == "__main__":
    main()
