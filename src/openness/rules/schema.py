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
    dict: "an object",
    list: "an array",
    str: "a string",
    bool: "a boolean",
    int: "a number",
    float: "a number",
    type(None): "null",
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
        "a declaration is a JSON object",
        fix='start from {"openness": "1.0", "model": {"name": "..."}}',
    )


def unknown_version(version: Any) -> Finding:
    """The finding of a file naming no definition version this tool ships."""
    versions = ", ".join(known_versions())
    return _finding(
        "definition-version",
        f"definition version {version!r} is not known (this tool knows {versions})"
        if version is not None
        else 'required property "openness" (the definition version) is missing',
        "/openness",
        fix=f'set "openness" to one of: {versions} (or upgrade openness)',
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
        f"definition {version} is superseded by {latest}; this file keeps its {version} verdict",
        "/openness",
        fix=f"run `openness migrate` to rewrite the declaration for definition {latest}",
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
                    f"more schema errors after the first {MAX_FINDINGS} are not shown",
                    fix="fix the errors above and validate again",
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
    return _TYPE_NAMES.get(type(value), type(value).__name__)


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
        if rule == "unknown-component" and fix.startswith("did you mean"):
            # the closest id first; the whole list only when nothing is close
            message = message.replace("unknown property", "unknown component", 1)
        else:
            fix = annotation["fix"]
            if rule == "unknown-component":
                message = message.replace("unknown property", "unknown component", 1)
        if kind_name == "Not":
            message = f"{_short(error.instance)} is not allowed here"
    return _finding(rule, message, where, fix=fix)


def _by_kind(
    kind: str, details: dict[str, Any], instance: Any, parent: Any
) -> tuple[str, str, str]:
    if kind == "Required":
        name = details.get("property")
        return "missing-property", f'required property "{name}" is missing', f'add "{name}"'
    if kind == "AdditionalProperties":
        unexpected = details.get("unexpected") or ["?"]
        name = unexpected[0]
        known = list((parent or {}).get("properties", {})) if isinstance(parent, dict) else []
        close = _close_matches(str(name), known) if len(str(name)) <= MAX_SUGGESTION_LENGTH else []
        fix = (
            f'did you mean "{close[0]}"?'
            if close
            else "remove it, or prefix it with x- to keep it as extension data"
        )
        return "unknown-property", f"unknown property {_short(name)}", fix
    if kind == "Type":
        expected = " or ".join(_json_type(t) for t in details.get("types", []))
        return "wrong-type", f"expected {expected}, got {_type_name(instance)}", f"write {expected}"
    if kind == "Enum":
        options = [str(o) for o in details.get("options", [])]
        close = (
            _close_matches(str(instance), options)
            if len(str(instance)) <= MAX_SUGGESTION_LENGTH
            else []
        )
        fix = f'did you mean "{close[0]}"?' if close else "use one of: " + ", ".join(options)
        return (
            "invalid-value",
            f"{_short(instance)} is not one of: " + ", ".join(options),
            fix,
        )
    if kind == "Constant":
        expected = details.get("expected_value")
        return (
            "invalid-value",
            f"{_short(instance)} must be {_short(expected)}",
            (f"write {_short(expected)}"),
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
            ("bring the value within the limit"),
        )
    if kind == "Pattern":
        return (
            "invalid-value",
            f"{_short(instance)} does not have the expected form",
            ("see the property's description in the schema"),
        )
    if kind == "Format":
        fmt = details.get("format", "the expected format")
        return "invalid-value", f"{_short(instance)} is not a valid {fmt}", f"write a valid {fmt}"
    return (
        "schema",
        f"{_short(instance)} does not follow the schema ({kind})",
        ("see the schema's description of this property"),
    )


def _json_type(name: str) -> str:
    return {
        "object": "an object",
        "array": "an array",
        "string": "a string",
        "boolean": "true or false",
        "number": "a number",
        "integer": "an integer",
        "null": "null",
    }.get(name, name)


def _range_message(kind: str, limit: Any, instance: Any) -> str:
    if kind == "MinLength":
        return "must not be empty" if limit == 1 else f"must be at least {limit} characters long"
    if kind == "MaxLength":
        return f"is longer than {limit} characters"
    if kind in ("Minimum", "ExclusiveMinimum"):
        return f"{_short(instance)} is below the minimum {limit}"
    if kind in ("Maximum", "ExclusiveMaximum"):
        return f"{_short(instance)} is above the maximum {limit}"
    if kind == "MaxItems":
        return f"has more than {limit} items"
    if kind == "MinItems":
        return f"needs at least {limit} items"
    return f"has more than {limit} properties"


def _close_matches(word: str, possibilities) -> list[str]:
    import difflib  # only files with a misspelling need it

    return difflib.get_close_matches(word, possibilities, n=1, cutoff=0.6)


def findings_left_out(left_out: list[Finding]) -> Finding:
    """The note that closes a file's findings when more were found than are shown."""
    counts = [
        (sum(1 for f in left_out if f.severity == severity), name)
        for severity, name in ((ERROR, "error"), (WARNING, "warning"), (INFO, "note"))
    ]
    parts = ", ".join(f"{n} {name}{'s' if n != 1 else ''}" for n, name in counts if n)
    return _finding(
        "findings-left-out",
        f"{len(left_out)} more findings are not shown ({parts})",
        fix="fix the findings above and validate again",
    )
