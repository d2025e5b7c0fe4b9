"""Building the site for tests: mkdocs build --strict, no warning allowed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def build_site(dest: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``mkdocs build --strict`` into ``dest``; fail the test on any warning."""
    pytest.importorskip("mkdocs", reason="the site needs the docs extra: pip install -e '.[docs]'")
    pytest.importorskip(
        "material", reason="the site needs the docs extra: pip install -e '.[docs]'"
    )
    environ = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **env}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(dest)],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("WARNING")]
    assert not warnings, "\n".join(warnings)
    return result


def changed_definition(tmp_path: Path, change, version: str | None = None) -> Path:
    """A copy of the definition folder with ``change(data)`` applied to the file of
    ``version`` (the latest when None)."""
    folder = tmp_path / "definition"
    shutil.copytree(ROOT / "definition", folder)
    path = folder / f"{version}.json" if version else sorted(folder.glob("*.json"))[-1]
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return folder
