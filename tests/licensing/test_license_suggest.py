"""One loose index of licence names serves the validator's hints and the importers."""

from __future__ import annotations

import pytest

from openness.definition import load_definition
from openness.importers.licenses import map_license

SPELLINGS = [
    ("Apache License, Version 2.0", "Apache-2.0"),
    ("apache 2.0", "Apache-2.0"),
    ("BSD-3", "BSD-3-Clause"),
    ("MIT License", "MIT"),
    ("Llama 2 Community License Agreement", "LicenseRef-Llama-2-Community"),
    ("Creative Commons Attribution 4.0 International", "CC-BY-4.0"),
]


@pytest.mark.parametrize(("spelling", "license_id"), SPELLINGS)
def test_a_spelling_the_importer_maps_is_the_one_the_validator_suggests(spelling, license_id):
    policy = load_definition("1.0").licenses
    mapping = map_license(spelling)
    assert mapping.mapped and mapping.license == license_id
    assert policy.suggest(spelling)[0] == license_id


def test_a_deprecated_id_written_loosely_points_at_its_replacement():
    policy = load_definition("1.0").licenses
    assert policy.suggest("gpl 2.0")[0] == "GPL-2.0-only"
