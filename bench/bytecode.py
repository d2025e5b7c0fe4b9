"""Compile openness to bytecode before timing it, as an installed package is.

``pip install`` writes .pyc files for a wheel, but an editable install only gets
them on first import, and not at all where PYTHONDONTWRITEBYTECODE is set (as on
these machines): every cold start would then recompile our sources, a cost no user
pays and the peers (installed wheels, Node) do not pay either.
"""

from __future__ import annotations

import compileall
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "openness"


def compile_package(package: Path | None = None) -> None:
    """Compile ``package`` (default: this tree's src/openness) in place, quietly."""
    compileall.compile_dir(str(package or PACKAGE), quiet=1)
