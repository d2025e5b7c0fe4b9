"""The catalogue of validator rules: one stable id each, with severity and help.

Every finding the validator emits names one of these ids. The text renderers,
SARIF (rule descriptions and help links) and the site's rule page all read this
table, so a rule is described in exactly one place.
"""

from __future__ import annotations

from typing import NamedTuple

from openness.urls import rule_url

ERROR = "error"
WARNING = "warning"
INFO = "info"
SEVERITIES = (ERROR, WARNING, INFO)


class Rule(NamedTuple):
    id: str
    severity: str
    title: str
    help: str

    @property
    def help_url(self) -> str:
        return rule_url(self.id)


_RULES = (
    # Reading the file
    Rule(
        "unreadable",
        ERROR,
        "File cannot be read",
        "The path is missing, is a folder, a device or a pipe, or cannot be read. Name a "
        "readable openness.json file.",
    ),
    Rule(
        "file-too-large",
        ERROR,
        "File over the size limit",
        "A declaration is a few kilobytes; the limit (1 MiB by default) protects CI from "
        "hostile files. Raise it with --max-size if the file is real.",
    ),
    Rule("empty-file", ERROR, "Empty file", "The file has no content. Run `openness init`."),
    Rule("encoding", ERROR, "Not UTF-8", "Declarations are UTF-8 JSON without a byte order mark."),
    Rule(
        "invalid-json",
        ERROR,
        "Not valid JSON",
        "The file is not strict JSON (RFC 8259): fix the syntax at the place given. NaN, "
        "Infinity and lone surrogate escapes are refused.",
    ),
    Rule(
        "duplicate-key",
        ERROR,
        "Duplicate key",
        "An object has the same key twice. JSON parsers disagree on which value wins, so "
        "the declaration would mean different things to different tools.",
    ),
    Rule(
        "too-deep",
        ERROR,
        "Nested too deeply",
        "The document nests far deeper than any declaration does.",
    ),
    # The schema
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
        "datasets-missing",
        WARNING,
        "Data sets not listed",
        "Released or partly released data should list its data sets; no level above open "
        "weights is reached without the list.",
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
    Rule("schema", ERROR, "Schema violation", "The declaration does not follow the schema."),
    # Licences
    Rule(
        "invalid-license-expression",
        ERROR,
        "Invalid licence expression",
        "A licence must be an SPDX licence expression, e.g. `Apache-2.0` or `MIT OR Apache-2.0`.",
    ),
    Rule(
        "unknown-license",
        ERROR,
        "Unknown licence",
        "The licence id is neither on the SPDX licence list nor one of the definition's "
        "`LicenseRef-` ids. Use the exact id; the message suggests the closest ones.",
    ),
    Rule(
        "ambiguous-license",
        ERROR,
        "Ambiguous licence id",
        "The id names a family of licences (for example the Hugging Face id `bsd` or "
        "`gpl-3.0`). Name the exact licence.",
    ),
    Rule(
        "license-alias",
        WARNING,
        "Licence alias",
        "A Hugging Face licence id was used; the declaration should use the SPDX id or the "
        "definition's `LicenseRef-` id it stands for.",
    ),
    Rule(
        "deprecated-license",
        WARNING,
        "Deprecated SPDX id",
        "SPDX has deprecated this id; use the replacement given.",
    ),
    Rule(
        "restricted-license",
        INFO,
        "Licence restricts use",
        "The licence does not let everyone use, study, modify and share the component for "
        "any purpose; the component does not count as open.",
    ),
    # Evidence and consistency
    Rule(
        "released-without-url",
        WARNING,
        "Released without evidence",
        "A released component should give the URL where it can be found.",
    ),
    Rule(
        "released-without-license",
        WARNING,
        "Released without licence",
        "Without a licence nobody may use, modify or share the component; it does not count "
        "as open.",
    ),
    Rule(
        "dataset-shares",
        WARNING,
        "Data set shares exceed 1",
        "The `share` fractions of the data sets add up to more than 1.",
    ),
    Rule(
        "status-datasets-mismatch",
        WARNING,
        "Status disagrees with data sets",
        "The component's status does not match the access classes of its data sets.",
    ),
    Rule(
        "schema-mismatch",
        WARNING,
        "$schema does not match the version",
        "`$schema` should be the schema URL of the definition version declared in `openness`.",
    ),
    # Claims
    Rule(
        "open-source-washing",
        ERROR,
        "Open source washing",
        "The model is presented as open source, but its computed level is below Open Source "
        "AI: the claim is contradicted by what is released and under which terms.",
    ),
)

RULES: dict[str, Rule] = {rule.id: rule for rule in _RULES}


def rule(rule_id: str) -> Rule:
    return RULES[rule_id]
