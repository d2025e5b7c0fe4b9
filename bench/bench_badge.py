#!/usr/bin/env python3
"""Badge speed, side by side with shields.io's badge-maker 6 in one run.

1. In-process: 10,000 distinct flat badges, our ``render_svg`` vs ``makeBadge`` in
   Node (same labels/messages/colours). Target: >= 5x badge-maker's rate (median of
   the per-pair ratios of a few back-to-back pairs).
2. Cold CLI, one badge: the installed ``openness badge --level open-weights -o -``
   vs badge-maker's own CLI. Target: <= 0.6x badge-maker's time (median of the
   per-pair ratios of back-to-back pairs, with their range).

Installs ``badge-maker@6.0.0`` with npm into a temporary folder (removed at the end).
The CLI part times the same ``openness`` as bench_validate.py (bench/subject.py:
``--openness PATH``, or the script beside this Python; PYTHONPATH is passed on).
Usage::

    .venv/bin/python bench/bench_badge.py [--n 10000] [--runs 15] [--inprocess-runs 5]
                                          [--openness PATH]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import npm_package
from bytecode import compile_package
from pairs import ratio_range, run_pairs, spread
from subject import resolve

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="badge speed vs badge-maker 6")
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=15, help="cold CLI pairs")
    parser.add_argument("--inprocess-runs", type=int, default=5, help="in-process pairs")
    parser.add_argument("--openness", metavar="PATH", help="the openness executable to time")
    args = parser.parse_args(argv)

    import openness

    compile_package(Path(openness.__file__).parent)  # the package timed in-process
    subject = resolve(args.openness)
    if subject.package:
        compile_package(subject.package)  # the one the CLI imports
    folder = install_badge_maker()
    try:
        run(args, folder, subject.command)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


def run(args: argparse.Namespace, folder: Path, openness_command: str) -> None:
    cases = make_cases(args.n)
    assert len({(c["label"], c["message"]) for c in cases}) == args.n
    (folder / "cases.json").write_text(json.dumps(cases))

    node_rates, py_rates = [], []
    for _ in range(args.inprocess_runs):  # back-to-back pairs, as for the CLI below
        node = subprocess.run(
            ["node", "bench.mjs", "cases.json"], cwd=folder, check=True, capture_output=True
        )
        node_rates.append(args.n / json.loads(node.stdout)["seconds"])
        py_rates.append(args.n / bench_python(cases))
    ratios = sorted(p / n for p, n in zip(py_rates, node_rates, strict=True))
    print(f"in-process, {args.n} distinct flat badges, {args.inprocess_runs} pairs, median:")
    print(f"  badge-maker 6 (node): {statistics.median(node_rates):12,.0f} badges/s")
    print(f"  openness.badge      : {statistics.median(py_rates):12,.0f} badges/s")
    print(
        f"  ratio (ours/theirs) : {statistics.median(ratios):12.2f}x"
        f" (pairs {ratios[0]:.2f}-{ratios[-1]:.2f}x)   (target >= 5x)"
    )

    command = [openness_command, "badge", "--level", "open-weights", "-o", "-"]
    theirs = [
        "node",
        str(folder / "node_modules/badge-maker/lib/badge-cli.js"),
        "Open Source AI 1.0",
        "open weights",
        ":yellow",
    ]
    run_pairs(command, theirs, 1)  # warm the file cache and both tools' bytecode
    pairs = run_pairs(command, theirs, args.runs)  # back to back: same machine state
    print(f"cold one-badge CLI, {args.runs} back-to-back pairs, median (range):")
    print(f"  badge-maker CLI     : {spread(pairs.b, 1000)} ms")
    print(f"  ours                : {spread(pairs.a, 1000)} ms   [{openness_command} badge ...]")
    print(f"  ratio (ours/theirs) : {ratio_range(pairs)}   (target <= 0.6x)")


if __name__ == "__main__":
    raise SystemExit(main())
