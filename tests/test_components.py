"""Components are judged once per situation: what the situation leaves out must not
change a judgement, or a batch would report one file with another's verdict."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from openness.assess import license_checker
from openness.components import _judge, situation
from openness.definition import load_definition

DEFINITION = load_definition("1.0")
CHECKER = license_checker(DEFINITION)
LICENCES = [
    "Apache-2.0",
    "MIT OR CC-BY-NC-4.0",
    "CC-BY-NC-4.0",
    "LicenseRef-Llama-2-Community",
    "GPL-2.0",
    "apache-2.0",
    "Apache 2.0",
    "no-such-licence",
    "cc",
    "",
]
URLS = st.sampled_from(["https://a.example/x", "https://b.example/y/z"])
TEXTS = st.sampled_from(["why", "another reason"])


@st.composite
def datasets(draw):
    items = []
    for index in range(draw(st.integers(0, 3))):
        dataset = {
            "name": f"set-{index}",
            "access": draw(st.sampled_from(["open", "public", "obtainable", "unshareable"])),
        }
        if draw(st.booleans()):
            dataset["url"] = draw(URLS)
        if draw(st.booleans()):
            dataset["description"] = draw(TEXTS)
        if draw(st.booleans()):
            dataset["license"] = draw(st.sampled_from(LICENCES[:-1]))
        if draw(st.booleans()):
            dataset["share"] = draw(st.sampled_from([0.2, 0.7, 1]))
        items.append(dataset)
    return items


@st.composite
def components(draw):
    component_id = draw(st.sampled_from(DEFINITION.component_ids))
    declared = {
        "status": draw(st.sampled_from(["released", "partial", "not-released", "not-applicable"]))
    }
    if draw(st.booleans()):
        declared["license"] = draw(st.sampled_from(LICENCES))
    if draw(st.booleans()):
        declared["url"] = draw(URLS)
    if draw(st.booleans()):
        declared["notes"] = draw(TEXTS)
    if component_id.endswith("-data") and draw(st.booleans()):
        declared["datasets"] = draw(datasets())
    return component_id, declared


def _other_words(declared, draw):
    """The same component with a different url, notes and data set urls and descriptions
    (given where they were given, so that only their words change)."""
    variant = dict(declared)
    for field, values in (("url", URLS), ("notes", TEXTS)):
        if field in variant:
            variant[field] = draw(values)
    if "datasets" in declared:
        variant["datasets"] = [
            {
                **dataset,
                **{f: draw(v) for f, v in (("url", URLS), ("description", TEXTS)) if f in dataset},
            }
            for dataset in declared["datasets"]
        ]
    return variant


@settings(max_examples=400, deadline=None)
@given(component=components(), data=st.data())
def test_what_the_situation_leaves_out_never_changes_a_judgement(component, data):
    component_id, declared = component
    variant = _other_words(declared, data.draw)
    assert situation("1.0", component_id, variant) == situation("1.0", component_id, declared)
    assert _judge(component_id, variant, DEFINITION, CHECKER) == _judge(
        component_id, declared, DEFINITION, CHECKER
    )


def test_the_situation_tells_apart_what_the_rules_read():
    base = {"status": "released", "license": "MIT", "url": "https://a.example"}
    seen = {
        situation("1.0", "training-code", base),
        situation("1.0", "inference-code", base),
        situation("1.0", "training-code", {**base, "status": "partial"}),
        situation("1.0", "training-code", {**base, "license": "Apache-2.0"}),
        situation("1.0", "training-code", {k: v for k, v in base.items() if k != "url"}),
        situation("1.0", "training-data", {**base, "datasets": []}),
        situation("1.0", "training-data", {**base, "datasets": [{"name": "a", "access": "open"}]}),
        situation(
            "1.0", "training-data", {**base, "datasets": [{"name": "a", "access": "public"}]}
        ),
        situation("1.0", "training-data", {**base, "datasets": [{"name": "b", "access": "open"}]}),
        situation(
            "1.0",
            "training-data",
            {**base, "datasets": [{"name": "b", "access": "open", "license": "MIT"}]},
        ),
        situation(
            "1.0",
            "training-data",
            {**base, "datasets": [{"name": "b", "access": "open", "share": 0.5}]},
        ),
    }
    assert len(seen) == 11
