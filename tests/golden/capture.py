"""Golden outputs: what the command prints for a fixed set of inputs, byte for byte.

The core was redesigned (issue 11) with the promise that no output changes unless
a named bug fix says so. This script runs the real command over every example, the
hostile corpus, the MOT conformance cases (imported, then validated) and a
200-file mixed batch, in every format, and writes or compares the results.

    python tests/golden/capture.py --write   # record (only for a deliberate change)
    python tests/golden/capture.py           # compare; the test does the same

Paths are given relative to the folder the command runs in, and the repository's
absolute path is replaced by ``<ROOT>``, so the outputs do not depend on where
the clone lives.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = Path(__file__).resolve().parent / "expected"
MOT_CASES = ROOT.parent / "shared" / "conformance" / "mof-mot" / "cases"
FORMATS = ("text", "json", "lines", "sarif", "github")
BATCH_SIZE = 200


def build_batch(folder: Path) -> list[str]:
    """200 declarations made from the examples by seeded random edits: every level,
    valid and invalid files, licence typos, wrong types, data sets changed."""
    examples = sorted((ROOT / "examples").glob("*/openness.json"))
    bases = [json.loads(p.read_text(encoding="utf-8")) for p in examples]
    rng = random.Random(11)
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
        "MIT OR Apache-2.0",
        "apache-2.0",
        "ODC-By-1.0",
        "OpenRAIL-M",
        "LicenseRef-Gemma",
        "CC-BY-SA-4.0",
        "Proprietary",
    ]
    clean_licences = ["Apache-2.0", "MIT", "CC-BY-4.0", "CC-BY-NC-4.0", "CC0-1.0", "ODC-By-1.0"]
    statuses = ["released", "released", "partial", "not-released", "not-applicable"]
    access = ["open", "public", "obtainable", "unshareable", "open", "private"]
    names = []
    for index in range(BATCH_SIZE):
        data = copy.deepcopy(bases[index % len(bases)])
        data["model"]["name"] = f"{data['model']['name']}-{index}"
        components = data["components"]
        clean = rng.random() < 0.6  # edits that keep a declaration well-formed
        for cid in rng.sample(sorted(components), k=min(4, len(components))):
            entry = components[cid]
            entry["status"] = rng.choice(statuses[:4] if clean else [*statuses, "unknown"])
            if clean:
                entry["license"] = rng.choice(clean_licences)
                entry.setdefault("url", f"https://example.org/{index}/{cid}")
            elif rng.random() < 0.8:
                entry["license"] = rng.choice(licences)
            else:
                entry.pop("license", None)
            if rng.random() < 0.2:
                entry.pop("url", None)
            for dataset in entry.get("datasets", []):
                dataset["access"] = rng.choice(access[:5] if clean else access)
                if rng.random() < 0.5:
                    dataset["share"] = round(rng.random(), 2)
        kind = rng.random()
        if kind < 0.05:
            data["components"]["model-card"] = "released"
        elif kind < 0.1:
            data["claims"] = {"open_source": True}
        elif kind < 0.13:
            data["$schema"] = "https://example.org/other.json"
        elif kind < 0.16:
            data["components"]["x-extra"] = {"anything": [1, 2]}
        elif kind < 0.18:
            data["components"]["model-weights"] = {"status": "released"}
        name = f"batch/{index:03d}.json"
        target = folder / name
        target.parent.mkdir(exist_ok=True)
        target.write_text(json.dumps(data, indent=rng.choice([2, 4])), encoding="utf-8")
        names.append(name)
    return names


def _run(args: list[str], cwd: Path) -> str:
    env = {**os.environ, "NO_COLOR": "1", "LC_ALL": "C.UTF-8", "COLUMNS": "100"}
    env.pop("GITHUB_ACTIONS", None)
    done = subprocess.run(
        [sys.executable, "-m", "openness", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        check=False,
    )
    out = done.stdout.decode("utf-8", "replace")
    err = done.stderr.decode("utf-8", "replace")
    text = (
        f"$ openness {' '.join(args)}\nexit {done.returncode}\n--- stdout\n{out}\n--- stderr\n{err}"
    )
    for root in {str(cwd), str(cwd.resolve()), str(ROOT)}:
        text = text.replace(root, "<ROOT>")
    return text


def outputs() -> Iterator[tuple[str, str]]:
    """(name, text) for every golden output."""
    examples = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "examples").glob("*/*.json"))
    hostile = sorted(
        str(p.relative_to(ROOT)) for p in (ROOT / "tests/hostile/corpus").iterdir() if p.is_file()
    )
    for fmt in FORMATS:
        yield f"examples.{fmt}", _run(["validate", "--format", fmt, *examples], ROOT)
        yield f"hostile.{fmt}", _run(["validate", "--format", fmt, *hostile], ROOT)
    yield "examples.text-v", _run(["validate", "-v", *examples], ROOT)
    yield "examples.text-q", _run(["validate", "-q", *examples], ROOT)
    yield "examples.min-level", _run(["validate", "--min-level", "open-weights", *examples], ROOT)
    for example in examples:
        name = Path(example).parent.name
        yield (
            f"badge/{name}.endpoint",
            _run(["badge", example, "--format", "endpoint", "-o", "-"], ROOT),
        )
        yield f"badge/{name}.markdown", _run(["badge", example, "--format", "markdown"], ROOT)
        yield f"badge/{name}.svg", _run(["badge", example, "-o", "-"], ROOT)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        batch = build_batch(folder)
        for fmt in FORMATS:
            yield f"batch.{fmt}", _run(["validate", "--format", fmt, "-j", "1", *batch], folder)
        yield "batch.pool", _run(["validate", "--format", "lines", "-j", "2", *batch], folder)
        if MOT_CASES.is_dir():
            drafts = []
            for index, case in enumerate(sorted(MOT_CASES.glob("*.yml"))):
                local = folder / f"mot-{index:02d}.yml"
                shutil.copyfile(case, local)
                out = f"mot-{index:02d}.json"
                yield (
                    f"mot/{index:02d}.import",
                    _run(["import", "mof", local.name, "-o", out], folder),
                )
                drafts.append(out)
            yield "mot.json", _run(["validate", "--format", "json", *drafts], folder)
            yield "mot.text", _run(["validate", *drafts], folder)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="record the outputs")
    args = parser.parse_args()
    changed = []
    for name, text in outputs():
        target = EXPECTED / f"{name}.txt"
        if args.write:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        elif not target.exists() or target.read_text(encoding="utf-8") != text:
            changed.append(name)
    for name in changed:
        print(f"changed: {name}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
