"""Batch robustness: 10,000 declarations, 10 % of them hostile, in one invocation.

Every file is reported (once), the run keeps going past every failure, and the exit
code is the worst result: 2 when some file is unreadable, else 1 when some file is
invalid, else 0.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from declarations import open_source_ai

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
VALID_HOSTILE = {"bidi-and-emoji.json", "escaped-nul.json", "schema-is-passwd.json"}
TOTAL = 10_000
HOSTILE = TOTAL // 10


def validate(folder: Path) -> tuple[int, dict, float]:
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "openness", "validate", "--format", "json", str(folder)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    return done.returncode, json.loads(done.stdout), time.monotonic() - start


def build(root: Path, *, total: int, hostile: int, unreadable: bool) -> tuple[set[str], set[str]]:
    """Write the tree; return (paths expected valid, paths expected to fail)."""
    bad_inputs = [p.read_bytes() for p in sorted(CORPUS.iterdir()) if p.name not in VALID_HOSTILE]
    good = json.dumps(open_source_ai()).encode()
    expected_ok: set[str] = set()
    expected_bad: set[str] = set()
    specials = ("fifo", "folder", "loop") if unreadable else ()
    for i in range(total):
        folder = root / f"{i // 1000:02d}" / f"m{i:05d}"
        folder.mkdir(parents=True)
        path = folder / "openness.json"
        if i % (total // hostile) == 0:
            slot = (i // (total // hostile)) % (len(bad_inputs) + len(specials))
            if slot < len(bad_inputs):
                path.write_bytes(bad_inputs[slot])
            elif specials[slot - len(bad_inputs)] == "fifo":
                os.mkfifo(path)
            elif specials[slot - len(bad_inputs)] == "folder":
                path.mkdir()
            else:
                path.symlink_to(path)
            expected_bad.add(str(path))
        else:
            path.write_bytes(good)
            expected_ok.add(str(path))
    return expected_ok, expected_bad


def test_ten_thousand_files_ten_percent_hostile(tmp_path):
    ok, bad = build(tmp_path, total=TOTAL, hostile=HOSTILE, unreadable=True)
    assert len(ok) + len(bad) == TOTAL and len(bad) == HOSTILE
    code, report, seconds = validate(tmp_path)
    assert code == 2  # unreadable files are the worst result
    reported = [f["path"] for f in report["files"]]
    assert len(reported) == len(set(reported)) == TOTAL
    assert set(reported) == ok | bad
    verdict = {f["path"]: f["valid"] for f in report["files"]}
    assert all(verdict[p] for p in ok)
    assert not any(verdict[p] for p in bad)
    assert report["summary"]["files"] == TOTAL
    assert report["summary"]["invalid"] == HOSTILE
    assert seconds < 120, f"{seconds:.1f} s"


def test_worst_result_without_unreadable_files_is_1(tmp_path):
    _ok, bad = build(tmp_path, total=500, hostile=50, unreadable=False)
    code, report, _ = validate(tmp_path)
    assert code == 1
    assert {f["path"] for f in report["files"] if not f["valid"]} == bad
    for path in bad:  # content errors only: fix them and the batch passes
        Path(path).write_text(json.dumps(open_source_ai()))
    code, report, _ = validate(tmp_path)
    assert code == 0 and report["summary"]["valid"] == 500
