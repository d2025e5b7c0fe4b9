"""Builders for test declarations: a complete Open Source AI one, and edits of it."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from openness.urls import schema_url

CODE = (
    "model-architecture",
    "inference-code",
    "training-code",
    "data-preprocessing-code",
    "supporting-libraries",
    "evaluation-code",
)
DOCUMENTS = (
    "model-card",
    "sample-outputs",
    "technical-report",
    "research-paper",
    "evaluation-results",
    "data-card",
)
WEIGHTS = ("model-parameters", "intermediate-checkpoints")


def open_source_ai() -> dict[str, Any]:
    """A declaration that meets every requirement of the top level."""
    components: dict[str, Any] = {}
    for cid in CODE:
        components[cid] = {
            "status": "released",
            "license": "Apache-2.0",
            "url": f"https://example.org/{cid}",
        }
    for cid in DOCUMENTS:
        components[cid] = {
            "status": "released",
            "license": "CC-BY-4.0",
            "url": f"https://example.org/{cid}",
        }
    for cid in WEIGHTS:
        components[cid] = {
            "status": "released",
            "license": "Apache-2.0",
            "url": f"https://example.org/{cid}",
        }
    components["training-configuration"] = {
        "status": "released",
        "license": "CC0-1.0",
        "url": "https://example.org/config",
    }
    components["training-data"] = {
        "status": "released",
        "datasets": [
            {
                "name": "Corpus A",
                "url": "https://example.org/a",
                "license": "CC-BY-4.0",
                "access": "open",
                "share": 0.6,
            },
            {
                "name": "Corpus B",
                "url": "https://example.org/b",
                "license": "ODC-By-1.0",
                "access": "open",
                "share": 0.4,
            },
        ],
    }
    components["evaluation-data"] = {
        "status": "released",
        "datasets": [
            {
                "name": "Eval",
                "url": "https://example.org/eval",
                "license": "CC0-1.0",
                "access": "open",
            }
        ],
    }
    return {
        "$schema": schema_url("1.0"),
        "openness": "1.0",
        "model": {
            "name": "Test-1B",
            "version": "1.0",
            "organization": "Test Org",
            "url": "https://example.org/model",
            "release_date": "2025-01-15",
        },
        "claims": {"open_source": True},
        "components": components,
    }


def edited(base: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """A deep copy of ``base`` with components replaced (None removes one)."""
    result = copy.deepcopy(base)
    for key, value in changes.items():
        cid = key.replace("_", "-")
        if value is None:
            result["components"].pop(cid, None)
        else:
            result["components"][cid] = value
    return result


def write(tmp_path: Path, data: Any, name: str = "openness.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return path


def open_source_ai_open_data() -> dict[str, Any]:
    """A definition 2.0 declaration that meets every requirement of its top level."""
    data = open_source_ai()
    data["$schema"] = schema_url("2.0")
    data["openness"] = "2.0"
    data["components"]["training-configuration"]["license"] = "Apache-2.0"  # 2.0: code
    return data
