"""Shared helpers of the integration tests: run the real CLI, know what has landed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, cwd: str | os.PathLike[str] | None = None, env=None, timeout=120):
    """``python -m openness ARGS`` in a subprocess, as a user would run it."""
    return subprocess.run(
        [sys.executable, "-m", "openness", *args],
        capture_output=True,
        text=True,
        errors="replace",
        cwd=cwd,
        env={**os.environ, **(env or {})},
        timeout=timeout,
    )


def badge_command_available() -> bool:
    done = run_cli("badge", "--help", timeout=60)
    return done.returncode == 0


needs_badge_command = pytest.mark.skipif(
    not badge_command_available(),
    reason="the `openness badge` command has not landed in cli.py yet",
)
