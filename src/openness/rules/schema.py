"""Schema rules: a parsed declaration checked against its versioned JSON Schema.

The engine is jsonschema-rs (fast enough for thousands of files a second, and
never fetches anything: ``offline=True``). Its errors are turned into findings
that name the JSON path, the real cause and a fix: a constraint annotated in the
schema with ``x-openness`` gives its own rule id and fix; the others are
explained by kind (missing property, unknown property with a spelling
suggestion, wrong type, value not allowed...).
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from openness.i18n.messages import Message, msg, verbatim
from openness.report import Finding
from openness.resources import declaration_schema_file, known_versions
from openness.rules.rule import Rule, finder
from openness.severity import ERROR, INFO, WARNING

RULES = (
    Rule(
        "definition-version",
        ERROR,
        "Unknown definition version",
        "`openness` must name a definition version this tool knows (see `openness --version`).",
    ),
    Rule(
        "missing-property",
        ERROR,
        "Required property missing",
        "A property the schema requires is absent.",
    ),
    Rule(
        "unknown-property",
        ERROR,
        "Unknown property",
        "The property is not part of the format. Check its spelling; keys starting with "
        "`x-` are free for extensions.",
    ),
    Rule(
        "unknown-component",
        ERROR,
        "Unknown component",
        "`components` accepts only the definition's component ids.",
    ),
    Rule(
        "wrong-type",
        ERROR,
        "Wrong type",
        "The value has the wrong JSON type (e.g. a string where an object is expected).",
    ),
    Rule(
        "invalid-value",
        ERROR,
        "Value not allowed",
        "The value is not one of those the schema allows.",
    ),
    Rule("invalid-url", ERROR, "Invalid URL", "URLs must be absolute https:// URLs."),
    Rule("invalid-date", ERROR, "Invalid date", "Dates are ISO 8601: YYYY-MM-DD."),
    Rule(
        "out-of-range",
        ERROR,
        "Value out of range",
        "A number or a text is outside its allowed range or length.",
    ),
    Rule(
        "not-applicable-refused",
        ERROR,
        "Component always applies",
        "Model parameters, architecture, training code and training data exist for every "
        "model: they can be not released, never not applicable.",
    ),
    Rule(
        "not-applicable-without-notes",
        ERROR,
        "Not applicable without notes",
        "Say in `notes` why the component does not apply to this model.",
    ),
    Rule(
        "dataset-without-url",
        ERROR,
        "Data set without URL",
        "Say where to get each data set; unshareable data is described instead.",
    ),
    Rule(
        "unshareable-without-description",
        ERROR,
        "Unshareable data not described",
        "Data that cannot be shared must be described in detail (OSAID data information).",
    ),
    Rule(
        "open-dataset-without-license",
        ERROR,
        "Open data set without licence",
        "A data set of access class open must name its open data licence.",
    ),
    Rule(
        "exception-missing",
        ERROR,
        "Data set withheld without saying why",
        "From definition 2.0, every data set that is not open carries an exception: its basis "
        "(legal, technical or other) and an explanation. Only legal and technical grounds are "
        "compatible with Open Source AI.",
    ),
    Rule(
        "exception-incomplete",
        ERROR,
        "Exception without basis or explanation",
        "An exception names its basis (legal, technical or other) and explains it.",
    ),
    Rule("schema", ERROR, "Schema violation", "The declaration does not follow the schema."),
    Rule(
        "findings-left-out",
        INFO,
        "More findings than a file reports",
        "A file reports at most 1,000 findings, the most severe first; this note counts "
        "the rest. Fix the findings shown and validate again.",
    ),
    Rule(
        "definition-superseded",
        WARNING,
        "Definition version superseded",
        "The declaration is written against an older definition version. It keeps that "
        "version's verdict; `openness migrate` rewrites it for the current one.",
    ),
)

_finding = finder(RULES)

# Findings about a key itself, not its value: they are placed on the key.
ABOUT_A_KEY = frozenset({"unknown-property", "unknown-component"})

_TYPE_NAMES = {
    dict: "json.object",
    list: "json.array",
    str: "json.string",
    bool: "json.boolean",
    int: "json.number",
    float: "json.number",
}


@cache
def load_schema(version: str) -> dict[str, Any]:
    with open(declaration_schema_file(version), "rb") as handle:
        return json.load(handle)


@cache
def _validator(version: str):
    import jsonschema_rs

    return jsonschema_rs.validator_for(load_schema(version), validate_formats=True, offline=True)


def not_an_object() -> Finding:
    """The finding of a file whose top value is not an object."""
    return _finding(
        "wrong-type",
        msg("schema.not-an-object"),
        fix=msg("schema.not-an-object.fix"),
    )


def unknown_version(version: Any) -> Finding:
    """The finding of a file naming no definition version this tool ships."""
    versions = ", ".join(known_versions())
    return _finding(
        "definition-version",
        msg("schema.unknown-version", version=version, versions=versions)
        if version is not None
        else msg("schema.no-version"),
        "/openness",
        fix=msg("schema.unknown-version.fix", versions=versions),
    )


def pointer(path: list[str | int] | tuple[str | int, ...]) -> str:
    """RFC 6901 JSON pointer of a path."""
    if not path:
        return ""
    parts = (str(p).replace("~", "~0").replace("/", "~1") for p in path)
    return "/" + "/".join(parts)


# A hostile file can break a rule a million times; past this many, one finding says
# that more were left out (the first ones are what a person fixes first), and the
# rest are never computed.
MAX_FINDINGS = 200
# Spelling suggestions compare strings pairwise: only for names of a sane length.
MAX_SUGGESTION_LENGTH = 100


def superseded(version: str) -> Finding | None:
    """A warning for a declaration written against an older definition version."""
    latest = known_versions()[-1]
    if version == latest:
        return None
    return _finding(
        "definition-superseded",
        msg("schema.superseded", version=version, latest=latest),
        "/openness",
        fix=msg("schema.superseded.fix", latest=latest),
    )


def check(version: str, data: Any) -> list[Finding]:
    """Schema findings for ``data`` (empty when valid), in document order."""
    validator = _validator(version)
    if validator.is_valid(data):
        return []
    schema = load_schema(version)
    findings: list[Finding] = []
    errors = validator.iter_errors(data)
    for error in errors:
        if len(findings) == MAX_FINDINGS:
            findings.append(
                _finding(
                    "schema",
                    msg("schema.more-errors", count=MAX_FINDINGS),
                    fix=msg("schema.fix-above"),
                )
            )
            break
        findings.append(_explain(schema, error))
    unique: dict[tuple[str, str], Finding] = {}
    for finding in findings:  # a pattern and a format error on one value say the same
        unique.setdefault((finding.rule, finding.pointer), finding)
    return list(unique.values())


def _subschema(schema: dict[str, Any], path: list[str | int]) -> Any:
    node: Any = schema
    for part in path:
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        else:
            return None
    return node


def _annotation(schema: dict[str, Any], schema_path: list[str | int]) -> dict[str, str] | None:
    if not schema_path:
        return None
    parent = _subschema(schema, schema_path[:-1])
    if isinstance(parent, dict):
        return parent.get("x-openness", {}).get(schema_path[-1])
    return None


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    message_id = _TYPE_NAMES.get(type(value))
    return type(value).__name__ if message_id is None else msg(message_id)


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def _explain(schema: dict[str, Any], error: Any) -> Finding:
    kind_name = type(error.kind).__name__
    details = error.kind.as_dict()
    instance_path = list(error.instance_path)
    where = pointer(instance_path)
    annotation = _annotation(schema, list(error.schema_path))
    parent_schema = _subschema(schema, list(error.schema_path)[:-1])
    rule, message, fix = _by_kind(kind_name, details, error.instance, parent_schema)
    if kind_name == "AdditionalProperties":
        # point at the unexpected key itself
        unexpected = details.get("unexpected") or []
        if unexpected:
            where = pointer([*instance_path, unexpected[0]])
    elif kind_name == "Required":
        where = pointer([*instance_path, details.get("property", "")])
    if annotation:
        rule = annotation["rule"]
        if rule == "unknown-component":
            message = _as_component(message)
        # the closest id first; the whole list only when nothing is close
        if not (rule == "unknown-component" and fix.startswith("did you mean")):
            fix = _annotated_fix(rule, annotation["fix"], error)
        if kind_name == "Not":
            message = msg("schema.not-allowed", value=_short(error.instance))
    return _finding(rule, message, where, fix=fix)


def _as_component(message: str) -> str:
    """ "unknown property x" said of a component: "unknown component x"."""
    if isinstance(message, Message) and message.id == "schema.unknown-property":
        return msg("schema.unknown-component", **message.params)
    return message.replace("unknown property", "unknown component", 1)


def _annotated_fix(rule: str, text: str, error: Any) -> str:
    """The fix the schema annotates, with what other languages need to say it again."""
    if rule == "exception-incomplete" and text.startswith("explain"):
        return verbatim(text, "schema-fix.exception-explanation", text=text)
    params: dict[str, Any] = {"text": text}
    if rule == "not-applicable-refused":
        params["title"] = text.split(" always applies", 1)[0]
    elif rule == "definition-version":
        params["version"] = text.rsplit('"', 2)[-2]
    elif rule == "unknown-component":
        params["ids"] = text.split(": ", 1)[-1]
    template = f"schema-fix.{rule}"
    from openness.i18n.templates import TEMPLATES

    return verbatim(text, template, **params) if template in TEMPLATES else text


def _by_kind(
    kind: str, details: dict[str, Any], instance: Any, parent: Any
) -> tuple[str, str, str]:
    if kind == "Required":
        name = details.get("property")
        return (
            "missing-property",
            msg("schema.missing-property", name=name),
            msg("schema.missing-property.fix", name=name),
        )
    if kind == "AdditionalProperties":
        unexpected = details.get("unexpected") or ["?"]
        name = unexpected[0]
        known = list((parent or {}).get("properties", {})) if isinstance(parent, dict) else []
        close = _close_matches(str(name), known) if len(str(name)) <= MAX_SUGGESTION_LENGTH else []
        fix = (
            msg("schema.did-you-mean", name=close[0])
            if close
            else msg("schema.unknown-property.fix")
        )
        return "unknown-property", msg("schema.unknown-property", name=_short(name)), fix
    if kind == "Type":
        expected = tuple(_json_type(t) for t in details.get("types", []))
        return (
            "wrong-type",
            msg("schema.wrong-type", expected=expected, got=_type_name(instance)),
            msg("schema.wrong-type.fix", expected=expected),
        )
    if kind == "Enum":
        options = [str(o) for o in details.get("options", [])]
        close = (
            _close_matches(str(instance), options)
            if len(str(instance)) <= MAX_SUGGESTION_LENGTH
            else []
        )
        fix = (
            msg("schema.did-you-mean", name=close[0])
            if close
            else msg("schema.use-one-of", options=tuple(options))
        )
        return (
            "invalid-value",
            msg("schema.not-one-of", value=_short(instance), options=tuple(options)),
            fix,
        )
    if kind == "Constant":
        expected = details.get("expected_value")
        return (
            "invalid-value",
            msg("schema.must-be", value=_short(instance), expected=_short(expected)),
            msg("schema.write", value=_short(expected)),
        )
    if kind in (
        "MinLength",
        "MaxLength",
        "Minimum",
        "Maximum",
        "MaxItems",
        "MinItems",
        "ExclusiveMinimum",
        "ExclusiveMaximum",
        "MaxProperties",
    ):
        return (
            "out-of-range",
            _range_message(kind, details.get("limit"), instance),
            msg("schema.within-limit"),
        )
    if kind == "Pattern":
        return (
            "invalid-value",
            msg("schema.pattern", value=_short(instance)),
            msg("schema.pattern.fix"),
        )
    if kind == "Format":
        fmt = details.get("format", "the expected format")
        return (
            "invalid-value",
            msg("schema.format", value=_short(instance), format=fmt),
            msg("schema.format.fix", format=fmt),
        )
    return (
        "schema",
        msg("schema.other", value=_short(instance), kind=kind),
        msg("schema.other.fix"),
    )


_JSON_TYPES = {
    "object": "json.object",
    "array": "json.array",
    "string": "json.string",
    "boolean": "json.true-or-false",
    "number": "json.number",
    "integer": "json.integer",
}


def _json_type(name: str) -> str:
    message_id = _JSON_TYPES.get(name)
    return name if message_id is None else msg(message_id)


def _range_message(kind: str, limit: Any, instance: Any) -> str:
    if kind == "MinLength":
        return msg("schema.not-empty") if limit == 1 else msg("schema.min-length", limit=limit)
    if kind == "MaxLength":
        return msg("schema.max-length", limit=limit)
    if kind in ("Minimum", "ExclusiveMinimum"):
        return msg("schema.below-minimum", value=_short(instance), limit=limit)
    if kind in ("Maximum", "ExclusiveMaximum"):
        return msg("schema.above-maximum", value=_short(instance), limit=limit)
    if kind == "MaxItems":
        return msg("schema.max-items", limit=limit)
    if kind == "MinItems":
        return msg("schema.min-items", limit=limit)
    return msg("schema.max-properties", limit=limit)


def _close_matches(word: str, possibilities) -> list[str]:
    import difflib  # only files with a misspelling need it

    return difflib.get_close_matches(word, possibilities, n=1, cutoff=0.6)


def findings_left_out(left_out: list[Finding]) -> Finding:
    """The note that closes a file's findings when more were found than are shown."""
    counts = [
        (sum(1 for f in left_out if f.severity == severity), name)
        for severity, name in ((ERROR, "error"), (WARNING, "warning"), (INFO, "note"))
    ]
    parts = tuple(msg(f"count.{name}{'s' if n != 1 else ''}", n=n) for n, name in counts if n)
    return _finding(
        "findings-left-out",
        msg("schema.left-out", count=len(left_out), parts=parts),
        fix=msg("schema.left-out.fix"),
    )
