"""--color means one thing per command (issue 14): terminal colour on validate, the
badge's colours under their own names on badge, and never silently ignored."""

from __future__ import annotations

import os
import subprocess
import sys


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "openness", *args],
        capture_output=True,
        text=True,
        env={**os.environ},
        timeout=60,
    )


def test_message_color_colours_the_badge():
    plain = run("badge", "--level", "open-weights", "-o", "-")
    purple = run("badge", "--level", "open-weights", "-o", "-", "--message-color", "purple")
    assert purple.returncode == 0 and purple.stderr == ""
    assert purple.stdout != plain.stdout and 'fill="purple"' in purple.stdout


def test_color_on_badge_still_works_but_says_it_is_deprecated():
    old = run("badge", "--level", "open-weights", "-o", "-", "--color", "purple")
    new = run("badge", "--level", "open-weights", "-o", "-", "--message-color", "purple")
    assert old.returncode == 0 and old.stdout == new.stdout
    assert "--color is deprecated" in old.stderr and "--message-color" in old.stderr


def test_color_and_message_color_together_are_refused():
    both = run("badge", "--level", "closed", "-o", "-", "--color", "red", "--message-color", "blue")
    assert both.returncode == 2 and "--message-color only" in both.stderr


def test_badge_help_names_the_badge_colours_not_color():
    shown = run("badge", "--help").stdout
    assert "--message-color" in shown and "--label-color" in shown
    assert "--color " not in shown


def test_colours_on_a_snippet_are_not_silently_ignored():
    done = run(
        "badge", "--level", "open-weights", "--format", "markdown", "--message-color", "purple"
    )
    assert done.returncode == 0
    assert "openness.dev/badges/2.0/open-weights.svg" in done.stdout
    assert "--message-color does nothing on a markdown snippet" in done.stderr
    assert "published badge image" in done.stderr


def test_a_snippet_without_colour_options_says_nothing():
    done = run("badge", "--level", "open-weights", "--format", "html")
    assert done.returncode == 0 and done.stderr == ""


def test_validate_color_is_the_terminal_colour():
    shown = run("validate", "--help").stdout
    assert "--color, --colour [auto|always|never]" in shown
