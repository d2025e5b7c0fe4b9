"""Write the badge of a declaration by running ``openness badge PATH -o FILE``.

The integrations do not draw badges themselves: the ``badge`` command is the one
place that turns a computed level into an SVG, so the hook, the Action and a user
at the terminal always get the same bytes.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BadgeResult:
    """``ok``: the badge was written. ``invalid``: it was, and says "invalid" (exit 1)."""

    ok: bool
    message: str
    invalid: bool = False
    missing_command: bool = False


def write_badge(declaration: str, output: str, *, timeout: float = 120) -> BadgeResult:
    """Run the badge command for one declaration; never raises."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "openness", "badge", declaration, "-o", output],
            capture_output=True,
            text=True,
            errors="replace",
            timeout=timeout,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as error:
        return BadgeResult(False, f"could not run openness badge: {error}")
    said = " ".join((done.stderr.strip() or done.stdout.strip()).split())
    if done.returncode == 0:
        return BadgeResult(True, f"wrote {output}")
    if done.returncode == 1:  # the command's contract: invalid, the "invalid" badge written
        return BadgeResult(
            True, f"{declaration} is invalid: wrote the invalid badge to {output}", invalid=True
        )
    if "no such command" in said.lower():
        return BadgeResult(
            False,
            "this version of openness has no `openness badge` command; upgrade openness",
            missing_command=True,
        )
    reason = said or f"exit code {done.returncode}"
    return BadgeResult(False, f"openness badge failed for {declaration}: {reason}")
