"""Fuzzing, bounded: validate on arbitrary bytes and the badge renderer on arbitrary text.

Longer runs: ``python tools/fuzz.py``. A crash found either way is fixed, and its
input added to ``corpus/`` (test_hostile.py runs every file there through the CLI).
"""

from __future__ import annotations

import importlib.util

import pytest
from fuzz_targets import badge_text, documents, validate_bytes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from declarations import open_source_ai

BOUNDED = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)


@BOUNDED
@given(documents(open_source_ai()))
def test_validate_never_crashes_on_bytes(raw):
    validate_bytes(raw)


@BOUNDED
@given(st.binary(max_size=2000))
def test_validate_never_crashes_on_noise(raw):
    validate_bytes(raw)


needs_badge = pytest.mark.skipif(
    importlib.util.find_spec("openness.badge") is None,
    reason="openness.badge (the badge renderer) is not in this tree",
)


@needs_badge
@BOUNDED
@given(
    st.text(max_size=60),
    st.text(max_size=60),
    st.sampled_from(["brightgreen", "red", "#4b0", "ff0000", "rgb(1,2,3)", "navy"])
    | st.text(max_size=20),
)
def test_badge_renderer_never_crashes_and_gives_xml(label, message, color):
    badge_text(label, message, color)


@needs_badge
def test_known_hard_badge_inputs():
    for text in ("", "\x00", "\ud800", "<&>\"'", "\u202e", "🏳️‍🌈" * 50, "a\nb", "\x1b[31m"):
        badge_text(text, text, "red")
