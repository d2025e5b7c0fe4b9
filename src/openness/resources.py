"""Find the data files the package ships: definitions and schemas.

In a wheel they live under ``openness/_data``; in a source checkout (editable
install, tests) they are read straight from the repository's ``definition/`` and
``schema/`` folders, so there is one copy of each file. Plain ``os.path`` on the
start-up path (pathlib costs milliseconds every command would pay); the ``*_dir``
helpers give ``Path`` objects for tools and tests.
"""

from __future__ import annotations

import os
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


@cache
def data_root_name() -> str:
    """The folder holding ``definition/`` and ``schema/``, as a string."""
    bundled = os.path.join(_PACKAGE_DIR, "_data")
    if os.path.isdir(os.path.join(bundled, "definition")):
        return bundled
    checkout = os.path.dirname(os.path.dirname(_PACKAGE_DIR))
    if os.path.isdir(os.path.join(checkout, "definition")):
        return checkout
    raise FileNotFoundError(
        "openness data files not found: reinstall the package (the README's install "
        "section says how)"
    )


def definition_file(version: str) -> str:
    return os.path.join(data_root_name(), "definition", f"{version}.json")


def declaration_schema_file(version: str) -> str:
    return os.path.join(data_root_name(), "schema", version, "openness.schema.json")


@cache
def known_versions() -> tuple[str, ...]:
    """Definition versions shipped, oldest first."""
    folder = os.path.join(data_root_name(), "definition")
    versions = [name[:-5] for name in os.listdir(folder) if name.endswith(".json")]
    return tuple(sorted(versions, key=lambda v: tuple(int(x) for x in v.split("."))))


def data_root() -> Path:
    from pathlib import Path

    return Path(data_root_name())


def definition_dir() -> Path:
    return data_root() / "definition"


def schema_dir() -> Path:
    return data_root() / "schema"


def declaration_schema_path(version: str) -> Path:
    from pathlib import Path

    return Path(declaration_schema_file(version))
