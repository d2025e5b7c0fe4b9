"""The schema engine loads without the mail package, and nothing notices the stand-in."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from openness.engine import parsedate_to_datetime


def test_the_engine_loads_without_the_mail_package_and_with_its_real_build_date():
    script = textwrap.dedent(
        """
        import sys
        from openness.engine import load_engine
        engine = load_engine()
        assert engine.validator_for({"type": "object"}).is_valid({})
        print("email.utils" in sys.modules, "socket" in sys.modules)
        built = sys.modules["jsonschema_rs.jsonschema_rs"].__build__["info-time"]
        import email.utils
        assert hasattr(email.utils, "formataddr"), "the real module comes back"
        assert email.utils.format_datetime(built, usegmt=True)
        print(built == email.utils.parsedate_to_datetime(email.utils.format_datetime(built)))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "False", "True"]


def test_the_stand_in_hands_anything_else_to_the_real_module_and_steps_aside():
    script = textwrap.dedent(
        """
        import sys
        from openness import engine
        stand_in = engine._stand_in()
        sys.modules["email.utils"] = stand_in
        print(stand_in.formataddr(("A", "a@example.org")))
        print(sys.modules["email.utils"] is not stand_in)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.split("\n")[:2] == ["A <a@example.org>", "True"]


@pytest.mark.parametrize(
    "text",
    [
        "Sun, 8 Nov 2026 16:26:25 +0000",
        "Mon, 23 Feb 2026 01:02:03 -0530",
        "Tue, 1 Jan 2030 23:59:59 +1400",
        "Sun, 8 Nov 2026 16:26:25 -0000",
        "Sun, 8 Nov 2026 16:26:25 GMT",
        "8 Nov 2026 16:26 +0000",
    ],
)
def test_the_stand_in_reads_dates_as_the_real_function_does(text):
    import email.utils

    assert parsedate_to_datetime(text) == email.utils.parsedate_to_datetime(text)
    assert parsedate_to_datetime(text).tzinfo == email.utils.parsedate_to_datetime(text).tzinfo
