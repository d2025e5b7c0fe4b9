"""``/models.json``: the models directory as data, one entry a model, described by its own
JSON Schema (``schema/models/1/models.schema.json``, served at its ``$id``).

Built from the same reports as the pages, so the index and the site never disagree. It
holds no build date, so the same data always gives the same file.
"""

from __future__ import annotations

import json
from typing import Any

from openness import urls
from openness.site.sources import Example, Site, declaration_dest

INDEX_VERSION = "1"
INDEX_DEST = "models.json"
INDEX_SCHEMA_URL = f"{urls.BASE_URL}/schema/models/{INDEX_VERSION}/models.schema.json"


def entry(site: Site, example: Example) -> dict[str, Any]:
    """One model: who makes it, its verdicts, when it was reviewed, where to read more."""
    from openness.site.pages.common import standing

    report = example.report
    reviewed = example.data.get("x-reviewed")
    licence = example.components.get("model-parameters", {})
    weights_licence = licence.get("license") if isinstance(licence, dict) else None
    return {
        "id": example.slug,
        "name": example.name,
        "organization": example.organization or None,
        "version": str(example.model["version"]) if example.model.get("version") else None,
        "definition_version": report.definition_version,
        "valid": report.valid,
        "level": report.level,
        "level_title": report.level_title,
        "standing": standing(site, example),
        "g7": None if report.g7 is None else {"label": report.g7.label, "title": report.g7.title},
        "osaid": None if report.osaid is None else {"pass": report.osaid.passed},
        "mof": None
        if report.mof is None
        else {"class": report.mof.mof_class, "label": report.mof.label},
        "presented_as_open_source": report.claims_open_source is True,
        "weights_license": weights_licence if isinstance(weights_licence, str) else None,
        "reviewed": reviewed if isinstance(reviewed, str) else None,
        "url": urls.page_url(urls.model_doc(example.slug)),
        "declaration_url": f"{urls.BASE_URL}/{declaration_dest(example.slug)}",
    }


def models_index(site: Site) -> dict[str, Any]:
    """The whole index, in the directory's order."""
    return {
        "$schema": INDEX_SCHEMA_URL,
        "index_version": INDEX_VERSION,
        "definition_version": site.latest.version,
        "count": len(site.examples),
        "models": [entry(site, example) for example in site.examples],
    }


def models_index_json(site: Site) -> str:
    return json.dumps(models_index(site), indent=2, ensure_ascii=False) + "\n"
