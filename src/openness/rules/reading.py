"""Reading rules: a file that cannot be read, decoded or parsed as strict JSON.

The loader finds these problems (it raises ``LoadError`` naming the rule); this
module catalogues them and turns the error into the file's one finding.
"""

from __future__ import annotations

from openness.i18n.messages import msg
from openness.loader import LoadError
from openness.report import Finding
from openness.rules.rule import Rule, finder
from openness.severity import ERROR

RULES = (
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
)

_finding = finder(RULES)


def no_declaration(folder: str) -> Finding:
    """The finding of a folder (or the current one) that holds no declaration yet."""
    return _finding(
        "unreadable",
        msg("read.no-declaration", folder=folder),
        fix=msg("read.no-declaration.fix"),
    )


def load_finding(error: LoadError) -> Finding:
    """The finding of a file the loader could not turn into a declaration."""
    return _finding(error.rule, error.message, fix=error.fix, line=error.line, column=error.column)
