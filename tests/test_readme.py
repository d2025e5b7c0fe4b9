"""The README's layout table matches the tree: every path it names exists, and every
package folder of ``src/openness`` is named in it."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "openness"


def _layout_rows() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Where things live", 1)[1].split("\n## ", 1)[0]
    return [line.split("|")[1] for line in section.splitlines() if line.startswith("| `")]


def _named_paths() -> list[Path]:
    """The paths in the table's first column; a bare name after a src/openness path is
    relative to the package."""
    paths: list[Path] = []
    for cell in _layout_rows():
        for name in re.findall(r"`([^`]+)`", cell):
            at_root = ROOT / name
            paths.append(at_root if at_root.exists() or "/" in name[:-1] else PACKAGE / name)
    return paths


def test_every_path_in_the_layout_table_exists():
    missing = [str(path.relative_to(ROOT)) for path in _named_paths() if not path.exists()]
    assert not missing


def test_every_package_folder_is_in_the_layout_table():
    named = {path.resolve() for path in _named_paths()}
    folders = {
        path.resolve()
        for path in PACKAGE.iterdir()
        if path.is_dir() and (path / "__init__.py").exists()
    }
    assert folders <= named, sorted(str(f.relative_to(PACKAGE)) for f in folders - named)
