"""Write schema/<version>/openness.schema.json from the definition data.

Usage: python tools/gen_schema.py [VERSION ...]   (default: every shipped version)
A released schema never changes: tests/test_schema.py fails if the
committed file differs from what this script makes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from openness.definition import load_definition
from openness.resources import known_versions
from openness.schemagen import build_schema

ROOT = Path(__file__).resolve().parent.parent


def render(version: str) -> str:
    """The schema file's exact text for a version."""
    return json.dumps(build_schema(load_definition(version)), indent=2, ensure_ascii=False) + "\n"


def main(versions: list[str]) -> None:
    for version in versions or known_versions():
        target = ROOT / "schema" / version / "openness.schema.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render(version), encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
