"""The command's outputs equal the recorded golden outputs, byte for byte.

A change that alters any output on purpose records it again with
``python tests/golden/capture.py --write`` and says why in its commit.
"""

from __future__ import annotations

import difflib

from capture import EXPECTED, outputs


def test_outputs_equal_the_golden_ones():
    changed = []
    for name, text in outputs():
        target = EXPECTED / f"{name}.txt"
        recorded = target.read_text(encoding="utf-8") if target.exists() else ""
        if recorded != text:
            diff = difflib.unified_diff(
                recorded.splitlines(), text.splitlines(), "recorded", "now", lineterm="", n=1
            )
            changed.append(f"{name}:\n" + "\n".join(list(diff)[:30]))
    assert not changed, "outputs changed:\n\n" + "\n\n".join(changed)
