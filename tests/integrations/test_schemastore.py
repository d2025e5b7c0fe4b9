"""The SchemaStore catalog entry: exactly SchemaStore's keys, pointing at the published $ids."""

from __future__ import annotations

import json
import re

from integration_helpers import ROOT

from openness.resources import known_versions
from openness.urls import schema_url

ENTRY = ROOT / "schemastore" / "catalog-entry.json"


def schema_ids() -> dict[str, str]:
    ids = {}
    for path in sorted((ROOT / "schema").glob("*/openness.schema.json")):
        ids[path.parent.name] = json.loads(path.read_text(encoding="utf-8"))["$id"]
    return ids


def test_shape_is_exactly_the_catalog_keys():
    entry = json.loads(ENTRY.read_text(encoding="utf-8"))
    assert list(entry) == ["name", "description", "fileMatch", "url", "versions"]
    assert isinstance(entry["name"], str) and entry["name"]
    assert isinstance(entry["description"], str) and 20 < len(entry["description"]) < 200
    assert not entry["description"].endswith(".")  # SchemaStore style
    assert entry["fileMatch"] == ["openness.json"]
    assert all(isinstance(v, str) for v in entry["versions"].values())


def test_points_at_the_published_ids():
    entry = json.loads(ENTRY.read_text(encoding="utf-8"))
    ids = schema_ids()
    assert ids, "no schema/*/openness.schema.json found"
    assert entry["versions"] == ids
    assert set(ids) == set(known_versions())
    newest = max(ids, key=lambda v: tuple(int(p) for p in re.findall(r"\d+", v)))
    assert entry["url"] == ids[newest] == schema_url(newest)
    for url in ids.values():
        assert url.startswith("https://")
