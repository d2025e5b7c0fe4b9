"""The ``openness`` command's entry point (``python -m openness`` too).

A command runs briefly over bounded input, and what it builds holds no reference
cycles worth collecting: the cycle collector is turned off before anything is
imported, which spares it re-scanning every module and class as they load (about
5 % of a cold start).

For the same reason the process leaves without tearing the interpreter down once
the command is done and its output flushed: freeing every module and object one
by one, then a last collection, takes 20-30 ms after a large batch and does
nothing a finished command needs (no command leaves work to ``atexit``; files are
written and closed within the command).
"""

import gc

gc.disable()

import contextlib  # noqa: E402 (after the collector is off)
import os  # noqa: E402
import sys  # noqa: E402

from openness.cli import main as run  # noqa: E402


def main() -> None:
    """Run the command, then leave with its exit code."""
    try:
        run()
        code = 0
    except SystemExit as done:
        code = _exit_code(done.code)
    _leave(code)


def _exit_code(code: object) -> int:
    """What ``sys.exit`` would make of ``code``: a message is printed, and exits 1."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    sys.stderr.write(f"{code}\n")
    return 1


def _leave(code: int) -> None:
    for stream in (sys.stdout, sys.stderr):
        # a reader that went away, or a closed stream: nothing more can be said
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


if __name__ == "__main__":
    main()
