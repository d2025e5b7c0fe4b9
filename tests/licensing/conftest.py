"""Fixtures for the licensing tests."""

from __future__ import annotations

import json

import pytest

from openness.definition import load_definition
from openness.licensing.policy import LicensePolicy
from openness.resources import definition_dir


@pytest.fixture(scope="session")
def licenses_data() -> dict:
    return json.loads((definition_dir() / "1.0.json").read_text(encoding="utf-8"))["licenses"]


@pytest.fixture(scope="session")
def policy() -> LicensePolicy:
    return load_definition("1.0").licenses
