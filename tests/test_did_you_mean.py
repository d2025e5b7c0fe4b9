"""'Did you mean' for component ids, level ids and titles, and licence lists (issue 14, P9)."""

from __future__ import annotations

import json
from typing import Any

import click
import pytest

from openness.assess import assess_document
from openness.cli.common import level_option
from openness.definition import load_definition
from openness.licensing.suggest import did_you_mean, expression_suggestions
from openness.loader import Document

from declarations import open_source_ai_open_data

INDEX = load_definition().licenses.name_index()


def assess(data: dict[str, Any]):
    return assess_document(Document("openness.json", json.dumps(data, indent=2), data))


def test_a_misspelt_component_id_gets_the_closest_id_not_the_whole_list():
    data = open_source_ai_open_data()
    data["components"]["training-cod"] = data["components"].pop("training-code")
    finding = next(f for f in assess(data).findings if f.rule == "unknown-component")
    assert finding.message == 'unknown component "training-cod"'
    assert finding.fix == 'did you mean "training-code"?'


def test_a_component_id_near_nothing_gets_the_list():
    data = open_source_ai_open_data()
    data["components"]["zzzz"] = {"status": "released"}
    finding = next(f for f in assess(data).findings if f.rule == "unknown-component")
    assert "model-architecture" in finding.fix and "training-data" in finding.fix


@pytest.mark.parametrize(
    ("typed", "level"),
    [
        ("open-weights", "open-weights"),
        ("Open weights", "open-weights"),
        ("Open Weights AI", "open-weights"),
        ("open_source_ai", "open-source-ai"),
        ("  OPEN SOURCE AI WITH OPEN DATA ", "open-source-ai-open-data"),
        ("Weights Available AI", "weights-available"),
    ],
)
def test_levels_are_named_by_id_or_title(typed, level):
    assert level_option(typed, "--min-level") == level


def test_a_near_level_gets_a_did_you_mean_first():
    with pytest.raises(click.BadParameter) as raised:
        level_option("open-weight", "--level")
    message = raised.value.message
    assert message.startswith("'open-weight' is not a level; did you mean open-weights")
    assert message.index("did you mean") < message.index("levels:")


def test_a_far_level_gets_the_list():
    with pytest.raises(click.BadParameter) as raised:
        level_option("banana", "--min-level")
    assert "choose one of: closed, weights-available" in raised.value.message


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("MIT, Apache-2.0", ("MIT AND Apache-2.0", "MIT OR Apache-2.0")),
        ("MIT/Apache-2.0", ("MIT OR Apache-2.0", "MIT AND Apache-2.0")),
        ("apache 2.0 and MIT", ("Apache-2.0 AND MIT", "Apache-2.0 OR MIT")),
        ("apache 2.0", ("Apache-2.0",)),
    ],
)
def test_licence_lists_are_joined_never_cut(written, meant):
    assert expression_suggestions(INDEX, written) == meant


def test_the_licence_finding_gives_the_plain_hint_before_the_parser_detail():
    data = open_source_ai_open_data()
    data["components"]["model-parameters"]["license"] = "MIT, Apache-2.0"
    data["components"]["inference-code"]["license"] = "apache 2.0"
    findings = {f.pointer: f for f in assess(data).findings}
    listed = findings["/components/model-parameters/license"]
    assert listed.message.index('"MIT AND Apache-2.0"') < listed.message.index("detail:")
    assert '"MIT OR Apache-2.0"' in listed.message
    assert "MIT AND Apache-2.0" in listed.fix and "MIT OR Apache-2.0" in listed.fix
    spaced = findings["/components/inference-code/license"]
    assert spaced.message.startswith("'apache 2.0' is not an SPDX licence expression; did you")
    assert spaced.fix == 'write "Apache-2.0"'


def test_the_checklist_sends_a_typo_to_its_finding_not_to_another_licence():
    data = open_source_ai_open_data()
    data["components"]["model-parameters"]["license"] = "apache 2.0"
    report = assess(data)
    gap = next(g for c in report.levels for g in c.missing if "Model parameters" in g.message)
    assert "invalid-license-expression" in gap.fix and "Apache-2.0" not in gap.fix


def test_did_you_mean_quotes_expressions():
    assert did_you_mean(("Apache-2.0",)) == "did you mean Apache-2.0?"
    assert did_you_mean(("A", "B")) == "did you mean A or B?"
    pair = did_you_mean(("MIT AND X", "MIT OR X"))
    assert (
        pair == 'did you mean "MIT AND X" (every licence applies) or "MIT OR X" (users choose one)?'
    )
