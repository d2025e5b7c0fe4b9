"""Fuzz targets shared by the test suite (bounded) and tools/fuzz.py (long runs).

``validate_bytes``: arbitrary bytes through the loader, the assessment and every
renderer, in-process; the only exception allowed is ``LoadError`` (the loader's
clean refusal). ``badge_text``: arbitrary label and message through the badge
renderer; the only exception allowed is ``BadgeError``, and the SVG must parse.
"""

from __future__ import annotations

import copy
import json
import xml.etree.ElementTree as ElementTree
from typing import Any

from hypothesis import strategies as st

from openness.assess import assess_document
from openness.loader import Document, LoadError, decode, parse
from openness.report import Report

PATH = "fuzz/openness.json"


def validate_bytes(raw: bytes) -> None:
    from openness.definition import load_definition
    from openness.render import github, lines, sarif, text
    from openness.render import json as json_report

    try:
        source = decode(PATH, raw)
        data = parse(PATH, source)
    except LoadError:
        return
    file_report = assess_document(Document(PATH, source, data))
    report = Report(files=[file_report], level_order=load_definition().level_ids)
    for render in (json_report.render, lines.render, sarif.render, github.render):
        render(report).encode("utf-8")
    text.render(report, verbose=1).encode("utf-8")
    json.loads(sarif.render(report))


def badge_text(label: str, message: str, color: str) -> None:
    from openness.badge import BadgeError, render_svg

    try:
        svg = render_svg(label, message, color=color)
    except BadgeError:
        return
    ElementTree.fromstring(svg.encode("utf-8"))


# -- strategies ---------------------------------------------------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40)
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)

_FIELDS = st.sampled_from(
    [
        "openness",
        "model",
        "claims",
        "components",
        "$schema",
        "x-a",
        "name",
        "status",
        "license",
        "url",
        "datasets",
        "access",
        "share",
        "notes",
        "description",
        "version",
        "release_date",
        "organization",
        "open_source",
    ]
)
_IDS = st.sampled_from(
    [
        "model-parameters",
        "model-architecture",
        "inference-code",
        "training-code",
        "training-data",
        "evaluation-data",
        "data-card",
        "model-card",
        "technical-report",
        "training-configuration",
        "supporting-libraries",
        "data-preprocessing-code",
    ]
)
_TERMS = st.sampled_from(
    [
        "released",
        "partial",
        "not-released",
        "not-applicable",
        "open",
        "public",
        "obtainable",
        "unshareable",
        "Apache-2.0",
        "MIT OR GPL-3.0-only",
        "CC-BY-NC-4.0",
        "GPL-2.0",
        "LicenseRef-Llama-2",
        "bsd",
        "(MIT",
        "MIT WITH",
        "https://example.org/x",
        "http://x",
        "2025-01-15",
        "2025-13-45",
        "1.0",
        "2.0",
        "",
        0.5,
        1.5,
        -1,
        True,
        None,
        [],
        {},
    ]
)


def _mutate(base: dict[str, Any], edits: list[tuple[list[Any], Any]]) -> dict[str, Any]:
    result = copy.deepcopy(base)
    for path, value in edits:
        # each value is copied as it goes in: the strategies hand out the same [] and {}
        # every time, and an edit that wrote inside one would change every later
        # example, or make it contain itself
        value = copy.deepcopy(value)
        node: Any = result
        for step in path[:-1]:
            if isinstance(node, dict):
                node = node.setdefault(step, {}) if step not in node else node[step]
            elif isinstance(node, list) and isinstance(step, int) and node:
                node = node[step % len(node)]
            else:
                break
        else:
            last = path[-1]
            if isinstance(node, dict):
                node[last] = value
            elif isinstance(node, list) and isinstance(last, int) and node:
                node[last % len(node)] = value
    return result


def declarations(base: dict[str, Any]):
    """Near-valid declarations: a good one with a few parts replaced."""
    step = _FIELDS | _IDS | st.integers(0, 3)
    edit = st.tuples(st.lists(step, min_size=1, max_size=4), _TERMS | json_values)
    return st.lists(edit, max_size=5).map(lambda edits: _mutate(base, edits))


def documents(base: dict[str, Any]):
    """Bytes: near-valid declarations (sometimes cut or spliced) and plain noise."""
    encoded = declarations(base).map(lambda d: json.dumps(d, ensure_ascii=False).encode())
    cut = st.tuples(encoded, st.integers(0, 4000)).map(lambda t: t[0][: t[1]])
    spliced = st.tuples(encoded, st.integers(0, 4000), st.binary(max_size=8)).map(
        lambda t: t[0][: t[1]] + t[2] + t[0][t[1] :]
    )
    return (
        encoded
        | cut
        | spliced
        | st.binary(max_size=200)
        | json_values.map(lambda v: json.dumps(v).encode())
    )
