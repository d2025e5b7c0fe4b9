"""The Declare page's fast routes, run as the page writes them (each in a fresh folder
holding what it reads): every one writes an openness.json that the validator reads
(a draft may be invalid until reviewed; it must never be unreadable)."""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import sys

import pytest
from integration_helpers import ROOT, docs_snippet, run_cli

from openness.definition import load_definition

from declarations import open_source_ai

LATEST = load_definition().version


def _routes() -> list[list[str]]:
    script = docs_snippet("declare.md", "fast-routes", latest=LATEST)
    lines = [line for line in script.splitlines() if line and not line.startswith("#")]
    return [shlex.split(line) for line in lines]


def test_the_page_shows_the_four_fast_routes_before_the_hand_written_steps():
    routes = [" ".join(args[:3]) for args in _routes()]
    assert routes == [
        "openness init",
        "openness init --from-model-card",
        "openness import mof",
        "openness migrate openness.json",
    ]
    page = (ROOT / "docs" / "declare.md").read_text(encoding="utf-8")
    assert page.index("## The fast routes") < page.index("### 1. Start the file")


@pytest.mark.parametrize("index", range(4))
def test_each_fast_route_writes_a_readable_declaration(tmp_path, index):
    args = _routes()[index]
    assert args[0] == "openness"
    shutil.copy(ROOT / "tests" / "fixtures" / "modelcards" / "README.md", tmp_path / "README.md")
    shutil.copy(ROOT / "tests" / "fixtures" / "mot" / "clean.yml", tmp_path / "model.yml")
    if "migrate" in args:
        (tmp_path / "openness.json").write_text(json.dumps(open_source_ai(), indent=2))
    done = subprocess.run(  # no terminal: init writes the template, as in a script
        [sys.executable, "-m", "openness", *args[1:]],
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    written = json.loads((tmp_path / "openness.json").read_text(encoding="utf-8"))
    assert written["openness"] == LATEST
    check = run_cli("validate", "openness.json", cwd=tmp_path)
    assert check.returncode in (0, 1), check.stdout + check.stderr  # read and judged
