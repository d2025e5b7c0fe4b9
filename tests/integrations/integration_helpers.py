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


def docs_snippet(page: str, name: str, **values: str) -> str:
    """The code block a docs page marks ``<!-- snippet:NAME -->``, exactly as the page
    shows it, with its ``{{ key }}`` placeholders filled from ``values`` (the site fills
    them from mkdocs.yml). Tests run these, so the page cannot show a snippet that fails."""
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    marker = f"<!-- snippet:{name} -->"
    assert text.count(marker) == 1, f"docs/{page} must mark one snippet {name!r}"
    rest = text.split(marker, 1)[1].lstrip("\n")
    fence, _, body = rest.partition("\n")
    assert fence.startswith("```"), f"docs/{page}: {marker} must precede a code block"
    code, end, _ = body.partition("```")
    assert end, f"docs/{page}: the {name!r} block is not closed"
    for key, value in values.items():
        code = code.replace("{{ " + key + " }}", value)
    assert "{{" not in code, f"docs/{page} {name!r}: unfilled placeholder in {code!r}"
    return code
