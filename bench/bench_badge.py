#!/usr/bin/env python3
"""Badge speed, side by side with shields.io's badge-maker 6 in one run.

1. In-process: 10,000 distinct flat badges, our ``render_svg`` vs ``makeBadge`` in
   Node (same labels/messages/colours). Target: >= 5x badge-maker's rate.
2. Cold CLI, one badge: the installed ``openness badge --level open-weights -o -``
   vs badge-maker's own CLI. Target: <= 0.6x badge-maker's time (median of several
   runs).

Installs ``badge-maker@6.0.0`` with npm into a temporary folder. Usage::

    .venv/bin/python bench/bench_badge.py [--n 10000] [--runs 15]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import npm_package
from bytecode import compile_package

ROOT = Path(__file__).resolve().parent.parent
COLORS = ["brightgreen", "green", "yellow", "yellowgreen", "orange", "red", "blue", "#4b0"]

NODE_BENCH = """
import { makeBadge } from 'badge-maker'
import { readFileSync } from 'fs'
const cases = JSON.parse(readFileSync(process.argv[2], 'utf8'))
for (let i = 0; i < 200; i++) makeBadge({ ...cases[i], style: 'flat' })
const t0 = process.hrtime.bigint()
let size = 0
for (const c of cases) size += makeBadge({ ...c, style: 'flat' }).length
const t1 = process.hrtime.bigint()
process.stdout.write(JSON.stringify({ seconds: Number(t1 - t0) / 1e9, size }))
"""


def make_cases(n: int) -> list[dict]:
    return [
        {
            "label": f"Open Source AI {i % 97}.{i % 13}",
            "message": f"model-{i} weights {i * 7919 % 100003}",
            "color": COLORS[i % len(COLORS)],
        }
        for i in range(n)
    ]


def install_badge_maker() -> Path:
    tmp = npm_package.install("badge-maker@6.0.0", prefix="bench-badge-maker-")
    (tmp / "bench.mjs").write_text(NODE_BENCH)
    return tmp


def bench_python(cases: list[dict]) -> float:
    from openness.badge import render_svg

    for case in cases[:200]:
        render_svg(case["label"], case["message"], color=case["color"])
    start = time.perf_counter()
    for case in cases:
        render_svg(case["label"], case["message"], color=case["color"])
    return time.perf_counter() - start


def our_cli() -> tuple[list[str], str]:
    """The installed ``openness`` command, as a user runs it (the issue's command line)."""
    script = Path(sys.executable).with_name("openness")
    args = ["badge", "--level", "open-weights", "-o", "-"]
    if script.exists():
        return [str(script), *args], "openness badge --level open-weights -o -"
    return [sys.executable, "-m", "openness", *args], "python -m openness badge ..."


def time_command(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="badge speed vs badge-maker 6")
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)

    compile_package()
    folder = install_badge_maker()
    cases = make_cases(args.n)
    assert len({(c["label"], c["message"]) for c in cases}) == args.n
    (folder / "cases.json").write_text(json.dumps(cases))

    node = subprocess.run(
        ["node", "bench.mjs", "cases.json"], cwd=folder, check=True, capture_output=True
    )
    node_seconds = json.loads(node.stdout)["seconds"]
    py_seconds = bench_python(cases)
    node_rate, py_rate = args.n / node_seconds, args.n / py_seconds
    print(f"in-process, {args.n} distinct flat badges:")
    print(f"  badge-maker 6 (node): {node_rate:12,.0f} badges/s")
    print(f"  openness.badge      : {py_rate:12,.0f} badges/s")
    print(f"  ratio (ours/theirs) : {py_rate / node_rate:12.2f}x   (target >= 5x)")

    command, note = our_cli()
    theirs = [
        "node",
        str(folder / "node_modules/badge-maker/lib/badge-cli.js"),
        "Open Source AI 1.0",
        "open weights",
        ":yellow",
    ]
    ours_t, theirs_t = [], []
    time_command(command, ROOT)
    time_command(theirs, folder)
    for _ in range(args.runs):  # interleaved so both see the same machine state
        ours_t.append(time_command(command, ROOT))
        theirs_t.append(time_command(theirs, folder))
    ours_ms = statistics.median(ours_t) * 1000
    theirs_ms = statistics.median(theirs_t) * 1000
    print(f"cold one-badge CLI, median of {args.runs}:")
    print(f"  badge-maker CLI     : {theirs_ms:8.1f} ms")
    print(f"  ours                : {ours_ms:8.1f} ms   [{note}]")
    print(f"  ratio (ours/theirs) : {ours_ms / theirs_ms:8.2f}    (target <= 0.6)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
