"""Find the data files the package ships: definitions and schemas.

In a wheel they live under ``openness/_data``; in a source checkout (editable
install, tests) they are read straight from the repository's ``definition/`` and
``schema/`` folders, so there is one copy of each file.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def data_root() -> Path:
    """The folder holding ``definition/`` and ``schema/``."""
    bundled = _PACKAGE_DIR / "_data"
    if (bundled / "definition").is_dir():
        return bundled
    checkout = _PACKAGE_DIR.parent.parent
    if (checkout / "definition").is_dir():
        return checkout
    raise FileNotFoundError(
        "openness data files not found: reinstall the package (pip install openness)"
    )


def definition_dir() -> Path:
    return data_root() / "definition"


def schema_dir() -> Path:
    return data_root() / "schema"


@cache
def known_versions() -> tuple[str, ...]:
    """Definition versions shipped, oldest first."""
    versions = [p.stem for p in definition_dir().glob("*.json")]
    return tuple(sorted(versions, key=lambda v: tuple(int(x) for x in v.split("."))))


def declaration_schema_path(version: str) -> Path:
    return schema_dir() / version / "openness.schema.json"
