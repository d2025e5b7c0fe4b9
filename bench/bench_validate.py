"""Benchmark: `openness validate` against `check-jsonschema`, side by side, one run.

    python bench/bench_validate.py [--files 2000] [--repeat 7] [--batch-repeat 5]

Builds N realistic declarations (variations of the bundled examples) in
bench/.work, installs check-jsonschema into bench/.env if needed, then times:
  1. one file, cold process (median of --repeat runs, the two tools alternating);
  2. all N files in one invocation (--batch-repeat runs each, alternating).
Prints the times and the ratios against the targets (<= 0.5x cold, >= 10x batch).
The batch ratio is the median of the ratios of back-to-back pairs, with their range:
on a shared machine the speed of both tools drifts together from run to run.
check-jsonschema does less than we do (no licence rules, no level), so these
ratios are conservative.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bytecode import compile_package

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / ".work"
ENV = ROOT / "bench" / ".env"
SCHEMA = ROOT / "schema" / "1.0" / "openness.schema.json"


def ensure_peer() -> Path:
    exe = ENV / "bin" / "check-jsonschema"
    if not exe.exists():
        subprocess.run([sys.executable, "-m", "venv", str(ENV)], check=True)
        subprocess.run([str(ENV / "bin" / "pip"), "install", "-q", "check-jsonschema"], check=True)
    return exe


def build_files(count: int) -> list[str]:
    """N declarations: the examples with their names and a few values varied."""
    if WORK.exists():
        shutil.rmtree(WORK)
    WORK.mkdir(parents=True)
    examples = sorted((ROOT / "examples").glob("*/openness.json"))
    bases = [json.loads(p.read_text(encoding="utf-8")) for p in examples]
    rng = random.Random(42)
    paths = []
    licences = [
        "Apache-2.0",
        "MIT",
        "CC-BY-4.0",
        "CC-BY-NC-4.0",
        "GPL-3.0-only",
        "LicenseRef-Llama-2-Community",
        "BSD-3-Clause",
        "CC0-1.0",
        "Apache 2.0",
    ]
    statuses = ["released", "released", "released", "partial", "not-released"]
    for index in range(count):
        data = json.loads(json.dumps(bases[index % len(bases)]))
        data["model"]["name"] = f"{data['model']['name']}-variant-{index}"
        data["model"]["version"] = f"{rng.randint(1, 9)}.{rng.randint(0, 9)}"
        # vary what is released and under which licence, so that files differ in
        # substance, not only in name (a mix of valid, invalid and every level)
        for component in rng.sample(sorted(data["components"]), k=3):
            entry = data["components"][component]
            if "datasets" in entry:
                continue
            entry["status"] = rng.choice(statuses)
            entry["license"] = rng.choice(licences)
            entry["url"] = f"https://example.org/{index}/{component}"
        path = WORK / f"model-{index:05d}" / "openness.json"
        path.parent.mkdir()
        path.write_text(json.dumps(data, indent=2), encoding="utf-8")
        paths.append(str(path))
    return paths


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--batch-repeat", type=int, default=5)
    args = parser.parse_args()

    compile_package()
    peer = ensure_peer()
    ours = [str(ROOT / ".venv" / "bin" / "openness"), "validate"]
    theirs = [str(peer), "--schemafile", str(SCHEMA)]
    paths = build_files(args.files)

    # warm the file cache and both tools' bytecode once
    timed([*ours, paths[0]])
    timed([*theirs, paths[0]])

    ours_cold, theirs_cold = [], []
    for _ in range(args.repeat):
        ours_cold.append(timed([*ours, paths[0]]))
        theirs_cold.append(timed([*theirs, paths[0]]))
    ours_batch, theirs_batch = [], []
    for _ in range(args.batch_repeat):
        ours_batch.append(timed([*ours, *paths]))
        theirs_batch.append(timed([*theirs, *paths]))
    pair_ratios = sorted(t / o for o, t in zip(ours_batch, theirs_batch, strict=True))

    oc, tc = statistics.median(ours_cold), statistics.median(theirs_cold)
    ob, tb = statistics.median(ours_batch), statistics.median(theirs_batch)
    n = len(paths)
    print(f"files: {n} declarations of ~{Path(paths[0]).stat().st_size} bytes")
    print(
        f"one file, cold:   openness {oc * 1000:7.1f} ms   check-jsonschema {tc * 1000:7.1f} ms"
        f"   ratio {oc / tc:.2f}x (target <= 0.5x)"
    )
    print(
        f"{n} files, batch: openness {ob:7.2f} s    check-jsonschema {tb:7.2f} s"
        f"   per file {ob / n * 1e6:.0f} us vs {tb / n * 1e6:.0f} us"
        f"   speed-up {statistics.median(pair_ratios):.1f}x"
        f" (pairs {pair_ratios[0]:.1f}-{pair_ratios[-1]:.1f}x; target >= 10x)"
    )


if __name__ == "__main__":
    main()
