"""Install one npm package into a fresh temporary folder (for generators and benches).

The generators read facts (numbers, colour names, reference SVGs) from npm packages
and the badge bench runs badge-maker beside us; none of them is a dependency of
openness, so each is installed where it cannot touch the repository.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path


def install(spec: str, prefix: str) -> Path:
    """Install ``spec`` (e.g. ``badge-maker@6.0.0``) and return the folder holding it."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    subprocess.run(["npm", "init", "-y"], cwd=folder, check=True, capture_output=True)
    subprocess.run(
        ["npm", "install", "--no-audit", "--no-fund", spec],
        cwd=folder,
        check=True,
        capture_output=True,
    )
    return folder
