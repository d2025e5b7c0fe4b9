"""Benchmark: the site build with a large models directory, against a plain build.

    .venv/bin/python bench/bench_site.py [--models 100 1000] [--repeat 2]

For each size N, writes N valid 2.0 declarations to a temporary folder (the bundled
examples, renamed and re-slugged round robin: each keeps its real facts, sources and
level) and times, back to back:

  1. ours: ``mkdocs build`` of this repository with ``OPENNESS_SITE_EXAMPLES_DIR`` pointing
     at that folder, so the hooks (``tools/site_hooks.py``) validate every declaration and
     generate every page, the models index and the served files;
  2. plain: ``mkdocs build`` of a copy with no hooks, whose ``docs/`` already holds every
     page the hooks would generate, in English and in French (written to disk beforehand,
     not timed), the same served files, the same menus, theme, extensions, search and
     languages (the i18n plugin builds both in each).

The ratio ours / plain is the hooks' cost; the target is at most 2 (overhead <= 1x). The
growth from the smallest to the largest N is reported per model added: linear growth
keeps the per-model cost flat. Figures are medians of ``--repeat`` runs, each pair
swapping which build goes first.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
TARGET = 2.0


def write_declarations(folder: Path, count: int) -> None:
    """``count`` declarations from the bundled examples, each under a new name and slug."""
    sources = sorted((ROOT / "examples").glob("*/openness.json"))
    for index in range(count):
        source = sources[index % len(sources)]
        data = json.loads(source.read_text(encoding="utf-8"))
        round_ = index // len(sources)
        slug = f"{source.parent.name}-{round_:04d}"
        data["model"]["name"] = f"{data['model']['name']} (bench copy {round_})"
        target = folder / slug / "openness.json"
        target.parent.mkdir(parents=True)
        target.write_text(json.dumps(data, indent=2), encoding="utf-8")


def build(cwd: Path, site_dir: Path, env: dict[str, str]) -> float:
    """One ``mkdocs build`` (warnings allowed, output discarded); its wall time."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(site_dir)],
        cwd=cwd,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def plain_project(folder: Path, examples: Path, env: dict[str, str]) -> int:
    """A copy of the site as static files: every generated page written into ``docs/``,
    every served file copied, the hooks removed. Returns the number of pages."""
    sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tools")]
    os.environ.update(env)
    import site_hooks

    from openness.site import blocks, language, pages
    from openness.site.models_index import INDEX_DEST, models_index_json
    from openness.site.sources import Paths, load_site, localized

    site = load_site(Paths.from_root(ROOT))
    docs = folder / "docs"
    shutil.copytree(ROOT / "docs", docs)
    for path in docs.rglob("*.md"):  # hand-written pages, their blocks filled
        uri = path.relative_to(docs).as_posix()
        lang = "fr" if uri.endswith(".fr.md") else "en"
        text = path.read_text(encoding="utf-8").replace("{{ latest }}", site.latest.version)
        with language.speaking(lang):
            filled = blocks.fill(text, localized(site, lang), uri.replace(".fr.md", ".md"))
        path.write_text(filled, encoding="utf-8")
    # every generated page in each language, the French ones beside the English
    # (page.fr.md), as the i18n plugin reads hand-written translations; and each
    # language's menus
    generated = []
    menus = {}
    for lang in language.LANGUAGES:
        with language.speaking(lang):
            worded = localized(site, lang)
            menus[lang] = site_hooks.navigation(worded)
            for page in pages.generated_pages(worded):
                uri = page.uri if lang == "en" else page.uri[: -len(".md")] + f".{lang}.md"
                target = docs / uri
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(page.render(), encoding="utf-8")
                generated.append(uri)
    for served in site.served:
        target = docs / served.dest
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(served.source, target)
    (docs / INDEX_DEST).write_text(models_index_json(site), encoding="utf-8")
    config: dict[str, Any] = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config.pop("hooks", None)
    config["strict"] = False
    config["nav"] = menus["en"]
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "i18n" in plugin:
            for entry in plugin["i18n"]["languages"]:
                if not entry.get("default"):
                    entry["nav"] = menus[entry["locale"]]
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    return len(generated) + len(list((ROOT / "docs").rglob("*.md")))


def measure(count: int, repeat: int, work: Path) -> dict[str, float]:
    examples = work / f"examples-{count}"
    write_declarations(examples, count)
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "OPENNESS_SITE_EXAMPLES_DIR": str(examples),
        "PYTHONPATH": os.pathsep.join(
            [str(ROOT / "src"), *filter(None, [os.environ.get("PYTHONPATH")])]
        ),
    }
    plain = work / f"plain-{count}"
    # the static pages are written by a separate process: this one stays free of the site
    subprocess.run(
        [sys.executable, __file__, "--write-plain", str(plain), str(examples)],
        env=env,
        check=True,
    )
    pages = int((plain / "pages.txt").read_text())
    ours, theirs = [], []
    for run in range(repeat):
        order = [("ours", ROOT), ("plain", plain)]
        if run % 2:
            order.reverse()
        for name, cwd in order:
            seconds = build(cwd, work / f"site-{name}-{count}", env)
            (ours if name == "ours" else theirs).append(seconds)
    return {"pages": pages, "ours": statistics.median(ours), "plain": statistics.median(theirs)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--models", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--write-plain", nargs=2, metavar=("FOLDER", "EXAMPLES"))
    args = parser.parse_args()
    if args.write_plain:
        folder = Path(args.write_plain[0])
        folder.mkdir(parents=True)
        count = plain_project(folder, Path(args.write_plain[1]), {})
        (folder / "pages.txt").write_text(str(count))
        return 0
    results = {}
    with tempfile.TemporaryDirectory(prefix="bench-site-") as tmp:
        for count in sorted(args.models):
            results[count] = measure(count, args.repeat, Path(tmp))
            r = results[count]
            print(
                f"{count:>6} models, {r['pages']} pages: ours {r['ours']:.2f}s, "
                f"plain mkdocs-material {r['plain']:.2f}s, ratio {r['ours'] / r['plain']:.2f}x "
                f"(target <= {TARGET:.0f}x, overhead {r['ours'] / r['plain'] - 1:.2f}x)",
                flush=True,
            )
    sizes = sorted(results)
    if len(sizes) > 1:
        low, high = results[sizes[0]], results[sizes[-1]]
        added = sizes[-1] - sizes[0]
        for name in ("ours", "plain"):
            per_model = (high[name] - low[name]) / added * 1000
            print(
                f"growth {sizes[0]} -> {sizes[-1]} models, {name}: "
                f"{high[name] / low[name]:.2f}x the time, {per_model:.1f} ms per model added"
            )
    worst = max(r["ours"] / r["plain"] for r in results.values())
    return 0 if worst <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
