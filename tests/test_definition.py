"""The definition data itself: its schema, and what a schema cannot say."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import jsonschema
import pytest

from openness.definition import from_data, load_definition, load_raw
from openness.licensing.policy import LicensePolicy
from openness.resources import known_versions
from openness.urls import definition_schema_url

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(params=known_versions())
def raw(request):
    return load_raw(request.param)


def test_definition_follows_its_schema(raw):
    schema = json.loads((ROOT / "schema/definition/1/definition.schema.json").read_text())
    assert schema["$id"] == definition_schema_url("1") == raw["$schema"]
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(raw)


def _unique(ids):
    return len(ids) == len(set(ids))


def test_ids_are_unique(raw):
    for key in ("pillars", "kinds", "statuses", "data_access_classes", "components", "levels"):
        assert _unique([item["id"] for item in raw[key]]), key
    requirement_ids = []
    stack = [r for level in raw["levels"] for r in level["requires"]]
    stack += raw["crosswalks"]["osaid"]["requires"]
    while stack:
        item = stack.pop()
        requirement_ids.append(item["id"])
        stack.extend(item.get("all_of", []))
    assert _unique(requirement_ids)


def test_references_resolve(raw):
    definition = from_data(raw)
    pillars = {p.id for p in definition.pillars}
    kinds = {k.id for k in definition.kinds}
    mof_names = {c["name"] for c in raw["crosswalks"]["mof"]["components"]}
    for component in definition.components:
        assert component.pillar in pillars
        assert component.kind in kinds
        assert component.mof in mof_names
    assert sorted(c.mof for c in definition.components) == sorted(mof_names), "one to one"
    requirements = [r for level in definition.levels for r in level.requires]
    requirements += list(definition.osaid_requires)
    while requirements:
        requirement = requirements.pop()
        requirements.extend(requirement.all_of)
        for cid in requirement.components:
            assert definition.has_component(cid), cid


def test_seventeen_components_in_three_pillars(raw):
    definition = from_data(raw)
    assert len(definition.components) == 17
    assert [p.id for p in definition.pillars] == ["model", "training-methods", "data-sets"]


LEVEL_IDS = {
    "1.0": ["closed", "restricted", "open-weights", "open-methods", "open-source-ai"],
    # from 2.0 the G7's labels, one to one (closed has none)
    "2.0": [
        "closed",
        "weights-available",
        "open-weights",
        "open-source-ai",
        "open-source-ai-open-data",
    ],
}


def test_levels_are_the_five_fixed_ids_in_order(raw):
    assert [level["id"] for level in raw["levels"]] == LEVEL_IDS[raw["version"]]
    assert raw["levels"][0]["requires"] == []


def test_from_2_0_each_level_is_its_g7_label():
    definition = load_definition("2.0")
    assert definition.g7_label("closed") is None
    for level in definition.levels[1:]:
        assert definition.g7_label(level.id).id == level.id
        assert definition.g7_label(level.id).title == level.title


@pytest.mark.parametrize(
    ("version", "level_id"), [("1.0", "open-methods"), ("2.0", "open-source-ai")]
)
def test_the_open_source_level_requires_everything_osaid_requires(version, level_id):
    """Structural half of "open methods (1.0) / open source AI (2.0) implies OSAID": each
    OSAID requirement is a level's, or a weaker test of the same components (the property
    test proves the rest)."""
    definition = load_definition(version)
    weaker = {"data-information": "data-complete"}

    def flat(requirements):
        out = set()
        for r in requirements:
            if r.all_of:
                out |= flat(r.all_of)
            else:
                out.add((r.test, r.components))
        return out

    up_to = set()
    for level in definition.levels[: definition.level_ids.index(level_id) + 1]:
        up_to |= flat(level.requires)
    asked = {
        (weaker.get(test, test), components) for test, components in flat(definition.osaid_requires)
    }
    assert asked <= up_to


def test_license_policy_is_consistent(raw):
    policy = LicensePolicy.from_data(raw["licenses"])
    assert policy.consistency_problems() == []


def test_always_applying_components_are_the_four_named():
    definition = load_definition("1.0")
    assert {c.id for c in definition.components if c.always_applies} == {
        "model-parameters",
        "model-architecture",
        "training-code",
        "training-data",
    }


def test_from_2_0_not_applicable_is_refused_for_what_every_model_has():
    """Loophole D1: 1.0 let inference code, the data card, the configuration and the
    preprocessing code be declared not applicable."""
    definition = load_definition("2.0")
    assert {c.id for c in definition.components if c.always_applies} == {
        "model-parameters",
        "model-architecture",
        "inference-code",
        "training-code",
        "training-configuration",
        "data-preprocessing-code",
        "training-data",
        "data-card",
    }


def test_the_wheel_ships_the_data(tmp_path):
    """Everything the CLI needs is inside the package: definition, schemas, SPDX, widths."""
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0 and "hatchling" in result.stderr and "No matching" in result.stderr:
        pytest.skip("hatchling cannot be installed here (no package index)")
    assert result.returncode == 0, result.stderr
    wheel = next(tmp_path.glob("openness-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "openness/_data/definition/1.0.json",
        "openness/_data/definition/2.0.json",
        "openness/_data/schema/1.0/openness.schema.json",
        "openness/_data/schema/2.0/openness.schema.json",
        "openness/_data/schema/report/1/report.schema.json",
        "openness/licensing/spdx-licenses.json",
        "openness/licensing/SPDX-NOTICE.txt",
        "openness/badge/widths.bin",
    ):
        assert required in names, required
