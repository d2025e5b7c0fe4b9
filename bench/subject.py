"""Which `openness` is being timed, and where its package lives.

By default: the `openness` script beside the Python running the bench (so
`.venv/bin/python bench/...` times that venv's install), else the repository's
`.venv/bin/openness`, else `openness` on PATH. `--openness PATH` names another
executable. PYTHONPATH is passed on, so `PYTHONPATH=/other/tree/src` makes the same
script import (and so time) another tree's package.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Subject:
    command: str  # the executable
    package: Path | None  # the openness package it imports, when it is a Python script
    version: str

    def describe(self) -> str:
        where = f"package {self.package}" if self.package else "package unknown"
        return f"{self.command} ({where}, version {self.version})"


def find_command(explicit: str | None) -> str:
    if explicit:
        path = shutil.which(explicit) or explicit
        if not Path(path).exists():
            raise SystemExit(f"bench: no openness executable at {explicit}")
        return str(Path(path).resolve())
    candidates = [Path(sys.executable).with_name("openness"), ROOT / ".venv" / "bin" / "openness"]
    for candidate in candidates:
        if candidate.exists():
            return str(candidate)
    on_path = shutil.which("openness")
    if on_path:
        return on_path
    raise SystemExit("bench: no openness command found; pass --openness PATH")


def _interpreter(command: str) -> str | None:
    """The Python named on a console script's #! line, if it is one."""
    try:
        with open(command, "rb") as handle:
            first = handle.readline().decode(errors="replace").strip()
    except OSError:
        return None
    if first.startswith("#!") and "python" in first:
        return first[2:].split()[0]
    return None


def resolve(explicit: str | None) -> Subject:
    command = find_command(explicit)
    python = _interpreter(command)
    package, version = None, "unknown"
    if python:
        probe = subprocess.run(
            [python, "-c", "import openness as o; print(o.__file__); print(o.__version__)"],
            capture_output=True,
            text=True,
            env=os.environ,
            check=False,
        )
        if probe.returncode == 0:
            init, version = probe.stdout.split("\n")[:2]
            package = Path(init).parent
    if version == "unknown":
        probe = subprocess.run([command, "--version"], capture_output=True, text=True, check=False)
        version = probe.stdout.strip() or "unknown"
    return Subject(command, package, version)
