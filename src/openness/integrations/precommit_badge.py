"""The ``openness-badge`` pre-commit hook: keep each declaration's committed badge fresh.

For every ``openness.json`` pre-commit passes, write its badge next to it (by
default ``openness-badge.svg``; ``--name`` changes it), in-process with the same
``badge.make`` as ``openness badge``. Like a formatter, the hook fails when it had
to change a badge (the commit then shows the new badge to add), and passes when
every badge was already up to date. It also fails when a declaration is invalid
(its "invalid" badge is still written) or the badge cannot be written.

Run as ``python -m openness.integrations.precommit_badge [--name FILE] PATH...``.
"""

from __future__ import annotations

import argparse
import os
import sys

DEFAULT_NAME = "openness-badge.svg"


def _read(path: str) -> bytes | None:
    """The badge file's bytes, to tell whether it changed (bounded, never blocking:
    a FIFO or a device there reads as "not a badge")."""
    from openness.loader import LoadError, read_bytes

    try:
        return read_bytes(path, 16 * 1024 * 1024)
    except LoadError:
        return None


def badge_path(declaration: str, name: str) -> str:
    return os.path.join(os.path.dirname(declaration), name)


def write_badge(declaration: str, target: str) -> str | None:
    """Validate ``declaration`` and write its badge to ``target``; what went wrong, if
    anything (an invalid declaration gets the "invalid" badge, and that is said too)."""
    from openness import badge
    from openness.validate import validate_paths

    file = validate_paths([declaration]).files[0]
    if file.unreadable:
        finding = file.findings[0]
        return f"{file.path}: {finding.message} ({finding.fix})"
    spec = badge.for_file(file)
    try:
        badge.write_badge(target, badge.make(spec).content)
    except (badge.BadgeError, badge.WriteRefusedError) as error:
        return str(error)
    except OSError as error:
        return f"cannot write {target}: {error.strerror or error}"
    if spec.is_error:
        return f"{declaration} is invalid: wrote the invalid badge to {target}"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="openness-badge", description="Regenerate the badge next to each declaration."
    )
    parser.add_argument(
        "--name",
        default=DEFAULT_NAME,
        help=f"file name of the badge, next to each declaration (default: {DEFAULT_NAME})",
    )
    parser.add_argument("declarations", nargs="*", metavar="PATH")
    from openness.integrations.precommit_validate import split_arguments

    # pre-commit puts the files last; one may look like an option (-o/openness.json)
    flags, paths = split_arguments(sys.argv[1:] if argv is None else argv)
    options = parser.parse_args([*flags, "--", *paths])
    if os.sep in options.name or (os.altsep and os.altsep in options.name):
        parser.error("--name is a file name, not a path")
    status = 0
    for declaration in options.declarations:
        target = badge_path(declaration, options.name)
        before = _read(target)
        problem = write_badge(declaration, target)
        if problem:
            print(f"openness-badge: {problem}", file=sys.stderr)
            status = 1
            continue
        if _read(target) != before:
            state = "created" if before is None else "was stale, regenerated"
            print(f"openness-badge: {target} {state}: add it to the commit")
            status = 1
    return status


if __name__ == "__main__":
    from openness.cli import run_contract

    run_contract(main)
