"""Build the site once per test session (mkdocs build --strict) for the site tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from sitebuild import build_site


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = tmp_path_factory.mktemp("site")
    build_site(dest)
    return dest
