"""Build the declaration JSON Schema of a definition version from its data.

The enums (component ids, statuses, access classes) come from the definition,
so the schema can never disagree with it. A constraint that has its own rule id and
fix hint is annotated in the subschema that holds it: ``x-openness`` maps the
keyword (``required``, ``pattern``, ``not``...) to ``{rule, fix, message}``. The
validator reads those annotations to explain a failure (see ``rules.schema``).
Used by ``tools/gen_schema.py``; a test regenerates and compares.
"""

from __future__ import annotations

from typing import Any

from openness.definition import Definition
from openness.urls import schema_url

HTTPS_PATTERN = r"^https://[^\s/?#]+[^\s]*$"
DATED_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
EXTENSION_KEYS = {"^x-": {"description": "Extension data for other tools; ignored by openness."}}

DATE_FIX = "write the date as YYYY-MM-DD, e.g. 2025-01-15"
URL_FIX = "write a full https:// URL, e.g. https://huggingface.co/org/model"


def _explain(**by_keyword: tuple[str, str]) -> dict[str, Any]:
    """Annotate keywords with (rule id, fix hint); keyword names use _ for camelCase."""
    return {
        "x-openness": {
            _keyword(keyword): {"rule": rule, "fix": fix}
            for keyword, (rule, fix) in by_keyword.items()
        }
    }


def _keyword(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def _url(description: str, example: str) -> dict[str, Any]:
    return {
        "type": "string",
        "pattern": HTTPS_PATTERN,
        "maxLength": 2048,
        "description": description,
        "examples": [example],
        **_explain(pattern=("invalid-url", URL_FIX)),
    }


def _text(description: str, example: str, max_length: int = 10_000) -> dict[str, Any]:
    return {
        "type": "string",
        "minLength": 1,
        "maxLength": max_length,
        "description": description,
        "examples": [example],
    }


def _license() -> dict[str, Any]:
    return {
        "type": "string",
        "minLength": 1,
        "maxLength": 500,
        "description": (
            "The licence the component is released under: an SPDX licence expression "
            "(e.g. `Apache-2.0`, `MIT OR Apache-2.0`, `GPL-2.0-only WITH Classpath-exception-2.0`) "
            "or one of the definition's `LicenseRef-` ids for model licences with no SPDX id."
        ),
        "examples": [
            "Apache-2.0",
            "CC-BY-4.0",
            "MIT OR Apache-2.0",
            "LicenseRef-Llama-2-Community",
        ],
    }


def _dataset(definition: Definition) -> dict[str, Any]:
    access_ids = [c.id for c in definition.data_access_classes]
    access_help = "; ".join(f"`{c.id}`: {c.summary}" for c in definition.data_access_classes)
    return {
        "type": "object",
        "description": "One data set: its name, where to get it, its access class and licence.",
        "required": ["name", "access"],
        "properties": {
            "name": _text("The data set's name.", "Dolma v1.7", 300),
            "access": {
                "enum": access_ids,
                "description": f"The data set's access class (OSAID's four classes). {access_help}",
                "examples": access_ids,
            },
            "url": _url(
                "Where to get the data set (required unless unshareable).",
                "https://huggingface.co/datasets/allenai/dolma",
            ),
            "license": _license(),
            "description": _text(
                "What the data is, where it comes from, how it was selected and processed "
                "(required for unshareable data, which must be described instead).",
                "Customer call transcripts, 2019-2022, anonymised; not shareable (personal data).",
            ),
            "share": {
                "type": "number",
                "minimum": 0,
                "maximum": 1,
                "description": "The fraction of training tokens taken from this data set (0 to 1).",
                "examples": [0.25],
            },
            "notes": _text(
                "Anything a reader should know about this data set.", "Subset filtered for French."
            ),
            **_exception_property(definition),
        },
        "patternProperties": EXTENSION_KEYS,
        "additionalProperties": False,
        "allOf": [
            *_exception_rule(definition),
            {
                "if": {"properties": {"access": {"const": "unshareable"}}, "required": ["access"]},
                "then": {
                    "required": ["description"],
                    **_explain(
                        required=(
                            "unshareable-without-description",
                            'add a "description" saying what the data is and how it was '
                            "obtained, selected and processed",
                        )
                    ),
                },
                "else": {
                    "required": ["url"],
                    **_explain(
                        required=(
                            "dataset-without-url",
                            'add a "url" saying where to get the data set, or set '
                            '"access": "unshareable" with a "description"',
                        )
                    ),
                },
            },
            {
                "if": {"properties": {"access": {"const": "open"}}, "required": ["access"]},
                "then": {
                    "required": ["license"],
                    **_explain(
                        required=(
                            "open-dataset-without-license",
                            'add the data set\'s "license" (e.g. "CC-BY-4.0"), or choose '
                            "another access class if it has no open licence",
                        )
                    ),
                },
            },
        ],
    }


def _exception_property(definition: Definition) -> dict[str, Any]:
    """A data set's ``exception``: why it is withheld (versions that have bases)."""
    if not definition.exception_bases:
        return {}
    bases = [b.id for b in definition.exception_bases]
    basis_help = "; ".join(f"`{b.id}`: {b.summary}" for b in definition.exception_bases)
    return {
        "exception": {
            "type": "object",
            "description": (
                "Why this data set is not open (required unless access is open). " + basis_help
            ),
            "required": ["basis", "explanation"],
            "properties": {
                "basis": {
                    "enum": bases,
                    "description": "The grounds for withholding the data.",
                    "examples": bases,
                },
                "explanation": {
                    **_text(
                        "What makes sharing impossible, or what the other reason is.",
                        "Contains personal data of customers; consent does not cover publication.",
                        2000,
                    ),
                    **_explain(
                        min_length=(
                            "exception-incomplete",
                            "explain the exception: what makes sharing impossible, or what the "
                            "other reason is",
                        )
                    ),
                },
            },
            "patternProperties": EXTENSION_KEYS,
            "additionalProperties": False,
            **_explain(
                required=(
                    "exception-incomplete",
                    'give the exception\'s "basis" (legal, technical or other) and an '
                    '"explanation"',
                )
            ),
            "examples": [
                {
                    "basis": "legal",
                    "explanation": "Contains personal data; consent does not cover publication.",
                }
            ],
        }
    }


def _exception_rule(definition: Definition) -> list[dict[str, Any]]:
    """A data set that is not open must say why it is withheld."""
    if not definition.exception_bases:
        return []
    return [
        {
            "if": {
                "properties": {"access": {"not": {"const": "open"}}},
                "required": ["access"],
            },
            "then": {
                "required": ["exception"],
                **_explain(
                    required=(
                        "exception-missing",
                        'add an "exception" with its "basis" (legal, technical or other) and '
                        'an "explanation" of why the data set is not open',
                    )
                ),
            },
        }
    ]


def _gate_property(definition: Definition) -> dict[str, Any]:
    """A component's ``gate``: what a download asks first (versions that have gates)."""
    if not definition.gates:
        return {}
    gates = [g.id for g in definition.gates]
    gate_help = "; ".join(f"`{g.id}`: {g.summary}" for g in definition.gates)
    return {
        "gate": {
            "enum": gates,
            "description": f"What the download asks before it starts (leave out if nothing). "
            f"{gate_help}",
            "examples": gates,
        }
    }


def _status(always_applies: bool, title: str, statuses: list[str], help_text: str) -> dict:
    schema: dict[str, Any] = {
        "enum": statuses,
        "description": f"Whether the component is public. {help_text}",
        "examples": statuses,
    }
    if always_applies:
        schema["not"] = {"const": "not-applicable"}
        schema.update(
            _explain(
                **{
                    "not": (
                        "not-applicable-refused",
                        f'{title} always applies to a model: use "not-released" if it is not '
                        "public",
                    )
                }
            )
        )
    return schema


def _component(definition: Definition, component_id: str) -> dict[str, Any]:
    component = definition.component(component_id)
    statuses = [s.id for s in definition.statuses]
    status_help = "; ".join(f"`{s.id}`: {s.summary}" for s in definition.statuses)
    schema: dict[str, Any] = {
        "type": "object",
        "title": component.title,
        "description": (
            f"{component.title} ({component.kind}): {component.summary} "
            f"Evidence: {component.evidence}"
        ),
        "required": ["status"],
        "properties": {
            "status": _status(component.always_applies, component.title, statuses, status_help),
            "license": _license(),
            "url": _url(
                "Evidence: where the component can be found.",
                "https://github.com/org/model-training",
            ),
            "notes": _text(
                "Anything a reader should know; required when not applicable.",
                "Weights for the 7B size only.",
            ),
            **_gate_property(definition),
        },
        "patternProperties": EXTENSION_KEYS,
        "additionalProperties": False,
        "allOf": [
            {
                "if": {
                    "properties": {"status": {"const": "not-applicable"}},
                    "required": ["status"],
                },
                "then": {
                    "required": ["notes"],
                    **_explain(
                        required=(
                            "not-applicable-without-notes",
                            'add "notes" saying why this component does not apply',
                        )
                    ),
                },
            }
        ],
    }
    if component.kind == "data" and component.id.endswith("-data"):
        schema["properties"]["datasets"] = {
            "type": "array",
            "maxItems": 100_000,
            "description": "Every data set, one entry each.",
            "items": {"$ref": "#/$defs/dataset"},
            "examples": [
                [
                    {
                        "name": "Dolma v1.7",
                        "access": "open",
                        "url": "https://huggingface.co/datasets/allenai/dolma",
                        "license": "ODC-By-1.0",
                        "share": 1.0,
                    }
                ]
            ],
        }
    return schema


def build_schema(definition: Definition) -> dict[str, Any]:
    """The declaration schema for ``definition``, as a JSON-ready dict."""
    version = definition.version
    components = {cid: {"$ref": f"#/$defs/component-{cid}"} for cid in definition.component_ids}
    defs: dict[str, Any] = {"dataset": _dataset(definition)}
    for cid in definition.component_ids:
        defs[f"component-{cid}"] = _component(definition, cid)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": schema_url(version),
        "title": f"openness.json ({definition.name} {version})",
        "description": (
            "A model's declaration of what it releases, and under which terms, against the "
            f"{definition.name} {version}. Check it with `openness validate`."
        ),
        "type": "object",
        "required": ["openness", "model"],
        "properties": {
            "$schema": {
                "type": "string",
                "description": "The schema this file follows; editors use it for completion.",
                "examples": [schema_url(version)],
            },
            "openness": {
                "const": version,
                "description": "The definition version this declaration is written against.",
                "examples": [version],
                **_explain(const=("definition-version", f'set "openness": "{version}"')),
            },
            "model": {
                "type": "object",
                "description": "Which model (and which version of it) this declaration is about.",
                "examples": [
                    {
                        "name": "Lucie-7B",
                        "version": "1.0",
                        "organization": "OpenLLM-France",
                        "url": "https://huggingface.co/OpenLLM-France/Lucie-7B",
                        "release_date": "2025-01-15",
                    }
                ],
                "required": ["name"],
                "properties": {
                    "name": _text("The model's name.", "Lucie-7B", 300),
                    "version": _text("The model's version or size.", "1.0", 100),
                    "organization": _text("Who releases the model.", "OpenLLM-France", 300),
                    "url": _url(
                        "The model's home page or repository.",
                        "https://huggingface.co/OpenLLM-France/Lucie-7B",
                    ),
                    "release_date": {
                        "type": "string",
                        "pattern": DATED_PATTERN,
                        "format": "date",
                        "description": "The release date, ISO 8601 (YYYY-MM-DD).",
                        "examples": ["2025-01-15"],
                        **_explain(
                            pattern=("invalid-date", DATE_FIX), format=("invalid-date", DATE_FIX)
                        ),
                    },
                },
                "patternProperties": EXTENSION_KEYS,
                "additionalProperties": False,
            },
            "claims": {
                "type": "object",
                "description": "How the model is presented by its makers.",
                "examples": [{"open_source": True}],
                "properties": {
                    "open_source": {
                        "type": "boolean",
                        "description": (
                            'true when the model is presented as "open source". If the computed '
                            f"level is below {definition.open_source_from}, the validator "
                            "reports open source washing."
                        ),
                        "examples": [True, False],
                    }
                },
                "patternProperties": EXTENSION_KEYS,
                "additionalProperties": False,
            },
            "components": {
                "type": "object",
                "description": (
                    "What is released, component by component. A component left out counts as "
                    "not released."
                ),
                "properties": components,
                "examples": [
                    {
                        "model-parameters": {
                            "status": "released",
                            "license": "Apache-2.0",
                            "url": "https://huggingface.co/OpenLLM-France/Lucie-7B",
                        }
                    }
                ],
                "patternProperties": EXTENSION_KEYS,
                "additionalProperties": False,
                **_explain(
                    additional_properties=(
                        "unknown-component",
                        "use one of the definition's component ids: "
                        + ", ".join(definition.component_ids),
                    )
                ),
            },
        },
        "patternProperties": EXTENSION_KEYS,
        "additionalProperties": False,
        "$defs": defs,
    }
