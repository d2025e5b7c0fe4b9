"""Benchmark: `openness validate` against `check-jsonschema`, side by side, one run.

    .venv/bin/python bench/bench_validate.py [--files 2000] [--seed 42] [--openness PATH]

Writes N unrelated, seeded declarations to bench/.work (bench/declaration_set.py says how
they are drawn), shows their mix (valid/invalid, levels), installs check-jsonschema
into bench/.env if needed, then times, in back-to-back pairs:
  1. one file, cold process: openness vs check-jsonschema (target <= 0.35x its time);
  2. all N files in one process, `-j 1`: speed-up per file over check-jsonschema
     (target >= 3x);
  3. all N files with the standard pool, `-j 0`, vs `-j 1`: speed-up and parallel
     efficiency (speed-up / available cores); reported, no target.
check-jsonschema validates the same files against schema/1.0/openness.schema.json; it
does less than we do (no licence rules, no level), so the ratios are conservative.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import declaration_set
from bytecode import compile_package
from pairs import Pairs, ratio_range, run_pairs, spread, timed
from subject import resolve

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / ".work" / "declarations"
ENV = ROOT / "bench" / ".env"
SCHEMA = ROOT / "schema" / "1.0" / "openness.schema.json"
COLD_TARGET, BATCH_TARGET = 0.35, 3.0


def ensure_peer() -> Path:
    """check-jsonschema from PyPI, in its own venv (not a dependency of openness)."""
    exe = ENV / "bin" / "check-jsonschema"
    if not exe.exists():
        subprocess.run([sys.executable, "-m", "venv", str(ENV)], check=True)
        subprocess.run([str(ENV / "bin" / "pip"), "install", "-q", "check-jsonschema"], check=True)
    return exe


def levels_in_order() -> list[str]:
    definition = json.loads((ROOT / "definition" / "1.0.json").read_text(encoding="utf-8"))
    return [level["id"] for level in definition["levels"]]


def show_mix(ours: list[str], paths: list[str]) -> None:
    """Validate the set once (JSON report) and print how it splits, so the cover shows."""
    done = subprocess.run(
        [*ours, "--format", "json", "-j", "1", *paths], capture_output=True, check=False
    )
    if done.returncode not in (0, 1):
        raise SystemExit(f"bench: the mix check exited {done.returncode}:\n{done.stderr.decode()}")
    files = json.loads(done.stdout)["files"]
    valid = [f for f in files if f["valid"]]
    by_level = collections.Counter(f["level"] for f in valid)
    invalid_levels = collections.Counter(f.get("level") or "none" for f in files if not f["valid"])
    order = levels_in_order()
    print(f"  mix: {len(valid)} valid, {len(files) - len(valid)} invalid")
    print("  valid files by level: " + ", ".join(f"{lv} {by_level[lv]}" for lv in order))
    print(
        "  invalid files (level computed despite errors): "
        + ", ".join(f"{lv} {n}" for lv, n in sorted(invalid_levels.items()))
    )
    missing = [lv for lv in order if not by_level[lv]]
    if missing:
        print(f"  WARNING: no valid file at level {', '.join(missing)}")


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def report_cold(pairs: Pairs) -> None:
    ratio = pairs.ratio()
    print(f"1. one file, cold process ({pairs.runs} pairs, a different file each pair)")
    print(f"   openness          {spread(pairs.a, 1000)} ms")
    print(f"   check-jsonschema  {spread(pairs.b, 1000)} ms")
    print(
        f"   openness / check-jsonschema: {ratio_range(pairs)}"
        f"   target <= {COLD_TARGET}x: {verdict(ratio <= COLD_TARGET)}"
    )


def report_batch(pairs: Pairs, n: int) -> None:
    speed_up = 1 / pairs.ratio()
    print(f"2. {n} files in one process, -j 1 ({pairs.runs} pairs)")
    print(f"   openness -j 1     {spread(pairs.a, 1e6 / n, 0)} us/file")
    print(f"   check-jsonschema  {spread(pairs.b, 1e6 / n, 0)} us/file")
    print(
        f"   speed-up per file: {ratio_range(pairs, invert=True)}"
        f"   target >= {BATCH_TARGET}x: {verdict(speed_up >= BATCH_TARGET)}"
    )


def report_parallel(pairs: Pairs, n: int, cores: int) -> None:
    speed_up = 1 / pairs.ratio()
    print(f"3. {n} files, -j 0 (standard pool) vs -j 1, on {cores} cores ({pairs.runs} pairs)")
    print(f"   -j 0  {spread(pairs.a, 1000, 0)} ms")
    print(f"   -j 1  {spread(pairs.b, 1000, 0)} ms")
    print(
        f"   speed-up: {ratio_range(pairs, invert=True)}"
        f"   parallel efficiency {speed_up / cores:.2f} (speed-up / {cores})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--cold-runs", type=int, default=31)
    parser.add_argument("--batch-runs", type=int, default=11)
    parser.add_argument("--parallel-runs", type=int, default=15)
    parser.add_argument("--openness", metavar="PATH", help="the openness executable to time")
    args = parser.parse_args()

    started = time.perf_counter()
    subject = resolve(args.openness)
    if subject.package:
        compile_package(subject.package)
    peer = ensure_peer()
    peer_version = subprocess.run([str(peer), "--version"], capture_output=True, text=True)
    ours = [subject.command, "validate"]
    theirs = [str(peer), "--schemafile", str(SCHEMA)]
    paths = [str(p) for p in declaration_set.write_set(WORK, args.files, args.seed)]
    sizes = sorted(Path(p).stat().st_size for p in paths)
    cores = len(os.sched_getaffinity(0))

    print(f"openness: {subject.describe()}")
    print(f"peer:     {peer_version.stdout.strip()} ({peer}), schema {SCHEMA.relative_to(ROOT)}")
    print(
        f"set:      {len(paths)} declarations, seed {args.seed}, digest "
        f"{declaration_set.digest([Path(p) for p in paths])}, "
        f"{sizes[0]}-{sizes[-1]} bytes (median {sizes[len(sizes) // 2]})"
    )
    show_mix(ours, paths)

    # warm the file cache and both tools' bytecode once
    timed([*ours, paths[0]])
    timed([*theirs, paths[0]])

    report_cold(run_pairs(ours, theirs, args.cold_runs, lambda i: [paths[i % len(paths)]]))
    batch = run_pairs([*ours, "-j", "1", *paths], [*theirs, *paths], args.batch_runs)
    report_batch(batch, len(paths))
    parallel = run_pairs([*ours, "-j", "0", *paths], [*ours, "-j", "1", *paths], args.parallel_runs)
    report_parallel(parallel, len(paths), cores)
    print(f"(bench took {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
