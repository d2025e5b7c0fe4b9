"""A seeded set of unrelated declarations for the validate bench.

Each file is drawn from scratch, not copied from an example: its model name, which
components it declares, their statuses, licences, URLs and notes, and 0-8 data sets
on the data components (random access classes and shares) are all random. Licences
come from the whole licence policy of definition/1.0.json (its open content and
restricted lists, with their wildcards expanded against the SPDX list the tool ships,
its LicenseRef- ids and the ids its aliases name), the OSI-approved SPDX ids its code
rule accepts, Hugging Face alias spellings and a few unknown or mistyped ids.

Each file also draws an "openness" between 0 and 1 that tilts its choices towards
released components, open licences and open data; without it, 17 independent draws
would almost never reach the top levels, and the set must cover every level. A file
is "careless" one time in four: then it may carry the mistakes people make (a
not-applicable status without notes or where it is refused, an http:// URL, a data
set without a URL, a bad date), so that the set has invalid files too.

The same seed and count always give byte-identical files (see ``digest``).
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFINITION = ROOT / "definition" / "1.0.json"
SCHEMA = ROOT / "schema" / "1.0" / "openness.schema.json"

UNKNOWN_LICENCES = (
    "Apache 2.0",
    "MIT-License",
    "GPL3",
    "CC-BY-4",
    "LicenseRef-Unknown-Model",
    "proprietary",
    "Llama2",
    "BSD-3-Clause-Modified",
)
WORDS = (
    "amber", "basalt", "cedar", "delta", "ember", "fjord", "garnet", "harbor", "iris",
    "juniper", "kestrel", "lumen", "meridian", "nimbus", "onyx", "prism", "quartz",
    "raven", "sierra", "tundra", "umber", "vertex", "willow", "xenon", "yarrow", "zephyr",
)  # fmt: skip
ORGS = ("Acme AI", "Open Lab", "Northwind Research", "Tessellate", "Univ. of Nowhere")
HOSTS = ("huggingface.co", "github.com", "example.org", "arxiv.org", "zenodo.org")


@dataclass(frozen=True)
class LicencePool:
    """Licence ids by what the policy makes of them, each list sorted (determinism)."""

    osi: list[str]
    open_content: list[str]
    restricted: list[str]
    license_refs: list[str]
    aliases: list[str]
    unknown: list[str]

    def sizes(self) -> dict[str, int]:
        return {name: len(ids) for name, ids in self.__dict__.items()}


def _spdx_ids() -> dict[str, bool]:
    """SPDX id -> OSI-approved, from the list shipped in this tree (wherever it sits)."""
    for path in sorted((ROOT / "src").glob("**/spdx-licenses.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        fields = data["license_fields"]
        osi, deprecated = fields.index("osi_approved"), fields.index("deprecated")
        return {
            spdx_id: row[osi] for spdx_id, row in data["licenses"].items() if not row[deprecated]
        }
    return {}


def _expand(patterns: list[str], spdx: dict[str, bool]) -> set[str]:
    """The policy's ids, with its ``?``/``*`` wildcards matched against SPDX ids."""
    ids: set[str] = set()
    for pattern in patterns:
        if "?" in pattern or "*" in pattern:
            ids.update(fnmatch.filter(spdx, pattern))
        else:
            ids.add(pattern)
    return ids


def licence_pool() -> LicencePool:
    policy = json.loads(DEFINITION.read_text(encoding="utf-8"))["licenses"]
    spdx = _spdx_ids()
    open_content = _expand([i for group in policy["open_content"] for i in group["ids"]], spdx)
    restricted = _expand([i for group in policy["restricted"] for i in group["ids"]], spdx)
    refs = {entry["id"] for entry in policy["license_refs"]}
    named, spellings = set(), set()
    for entry in policy["aliases"]["entries"]:
        spellings.add(entry["alias"])
        named.update([entry["license"]] if "license" in entry else entry["choose_from"])
    osi = {i for i, approved in spdx.items() if approved} | (named - refs - open_content)
    return LicencePool(
        osi=sorted(osi - restricted),
        open_content=sorted(open_content),
        restricted=sorted(restricted),
        license_refs=sorted(refs),
        aliases=sorted(spellings),
        unknown=sorted(UNKNOWN_LICENCES),
    )


class Generator:
    """Draws one declaration at a time from a seeded random source."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.pool = licence_pool()
        definition = json.loads(DEFINITION.read_text(encoding="utf-8"))
        schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
        self.components = definition["components"]
        self.statuses = [s["id"] for s in definition["statuses"]]
        self.access_classes = [a["id"] for a in definition["data_access_classes"]]
        self.with_datasets = {
            c["id"]
            for c in self.components
            if "datasets" in schema["$defs"][f"component-{c['id']}"]["properties"]
        }

    def declaration(self, index: int) -> dict:
        rng = self.rng
        # a third of the models aim high; the rest spread evenly from closed to open
        openness = rng.uniform(0.93, 1.0) if rng.random() < 0.35 else rng.random()
        # the data is often less open than the rest (the usual case: open methods)
        data_openness = openness if rng.random() < 0.5 else rng.random()
        careless = rng.random() < 0.2
        data: dict = {"openness": "1.0", "model": self._model(index, careless)}
        if rng.random() < 0.5:
            data["$schema"] = "https://openness.dev/schema/1.0/openness.schema.json"
        if rng.random() < 0.4:
            data["claims"] = {"open_source": rng.random() < 0.2}
        components = {}
        for component in self.components:
            if rng.random() < 0.85 + 0.15 * openness:
                components[component["id"]] = self._component(
                    component, openness, data_openness, careless
                )
        data["components"] = components
        return data

    def _model(self, index: int, careless: bool) -> dict:
        rng = self.rng
        name = f"{rng.choice(WORDS).title()}-{rng.choice(WORDS)}-{rng.choice((1, 3, 7, 13, 70))}B"
        model: dict = {"name": f"{name}-{index}"}
        if rng.random() < 0.7:
            model["version"] = f"{rng.randint(0, 4)}.{rng.randint(0, 9)}"
        if rng.random() < 0.7:
            model["organization"] = rng.choice(ORGS)
        if rng.random() < 0.6:
            model["url"] = self._url(careless)
        if rng.random() < 0.5:
            year, month = rng.randint(2019, 2026), rng.randint(1, 14 if careless else 12)
            model["release_date"] = f"{year}-{month:02d}-{rng.randint(1, 28):02d}"
        return model

    def _component(
        self, component: dict, openness: float, data_openness: float, careless: bool
    ) -> dict:
        rng = self.rng
        if rng.random() < openness:
            status = "released"
        else:
            status = rng.choice(self.statuses)
            if status == "not-applicable" and component["always_applies"] and not careless:
                status = "not-released"
        entry: dict = {"status": status}
        if status in ("released", "partial") and rng.random() < max(openness, 0.8):
            entry["license"] = self._licence(component["kind"], openness, careless)
        if status != "not-released" and rng.random() < 0.75:
            entry["url"] = self._url(careless)
        if rng.random() < 0.3 or (status == "not-applicable" and not careless):
            entry["notes"] = f"Notes on {component['title'].lower()} ({rng.randint(1, 999)})."
        if component["id"] in self.with_datasets and status in ("released", "partial"):
            count = rng.randint(0, 8)
            datasets = [self._dataset(data_openness, careless) for _ in range(count)]
            if datasets:
                entry["datasets"] = datasets
        return entry

    def _dataset(self, openness: float, careless: bool) -> dict:
        rng = self.rng
        access = "open" if rng.random() < openness else rng.choice(self.access_classes)
        dataset: dict = {"name": f"{rng.choice(WORDS)}-corpus-{rng.randint(1, 9999)}"}
        dataset["access"] = access
        if (access != "unshareable" or rng.random() < 0.3) and (not careless or rng.random() < 0.8):
            dataset["url"] = self._url(careless)
        if (access == "unshareable" or rng.random() < 0.3) and (not careless or rng.random() < 0.8):
            dataset["description"] = f"Text gathered from {rng.choice(HOSTS)}, filtered."
        if (access == "open" and not careless) or rng.random() < 0.6:
            dataset["license"] = self._licence("data", openness, careless)
        if rng.random() < 0.6:
            dataset["share"] = round(rng.random(), 3)
        if rng.random() < 0.2:
            dataset["notes"] = "Deduplicated."
        return dataset

    def _licence(self, kind: str, openness: float, careless: bool) -> str:
        rng = self.rng
        pool = self.pool
        if rng.random() < openness:
            # an open licence for this kind: OSI-approved for code, else either list
            groups = [pool.osi] if kind == "code" else [pool.osi, pool.open_content]
        else:
            groups = [pool.osi, pool.open_content, pool.restricted, pool.license_refs]
            if careless:
                groups += [pool.aliases, pool.unknown]
        if careless and rng.random() < 0.1:
            groups = [pool.aliases, pool.unknown]
        licence = rng.choice(rng.choice(groups))
        if rng.random() < 0.08:
            other = rng.choice(rng.choice([pool.osi, pool.open_content, pool.license_refs]))
            licence = f"{licence} {rng.choice(('AND', 'OR'))} {other}"
        return licence

    def _url(self, careless: bool) -> str:
        rng = self.rng
        scheme = "http" if careless and rng.random() < 0.1 else "https"
        return f"{scheme}://{rng.choice(HOSTS)}/{rng.choice(WORDS)}/{rng.randint(1, 99999)}"


def write_set(folder: Path, count: int, seed: int) -> list[Path]:
    """Write ``count`` declarations as folder/model-NNNNN/openness.json (folder is emptied)."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    generator = Generator(seed)
    paths = []
    for index in range(count):
        path = folder / f"model-{index:05d}" / "openness.json"
        path.parent.mkdir()
        text = json.dumps(generator.declaration(index), indent=2, ensure_ascii=False)
        path.write_text(text + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def digest(paths: list[Path]) -> str:
    """A short hash of the files' bytes, to show two runs timed the same set."""
    sha = hashlib.sha256()
    for path in paths:
        sha.update(path.read_bytes())
    return sha.hexdigest()[:12]
