"""Everything the site is generated from, read once per build.

The site reads the definition files, the schemas, the example declarations and the
published badge files from a repository checkout. Each folder can be pointed
elsewhere with an environment variable (tests build the site from a changed copy of
the definition that way):

- ``OPENNESS_SITE_DEFINITION_DIR``: the ``definition/`` folder (``<version>.json`` files)
- ``OPENNESS_SITE_SCHEMA_DIR``: the ``schema/`` folder
- ``OPENNESS_SITE_EXAMPLES_DIR``: the ``examples/`` folder (``<name>/openness.json``)
- ``OPENNESS_SITE_BADGES_DIR``: the published ``badges/`` folder (may be absent)

Each example is also served as a file, byte for byte, at ``/models/<name>/openness.json``;
a published source (``x-sources``) must be a public ``https://`` URL, never a local path:
the build refuses an example that cites one.

The examples are assessed by the real validator (:func:`openness.validate.validate_paths`),
so the levels the site shows are the levels the tool computes. The validator judges
them against the definition it bundles, whatever ``OPENNESS_SITE_DEFINITION_DIR`` says
(it cannot be handed another one yet); so the site refuses to build when a report names
a level the site's definition does not have, rather than show a page that mixes two
definitions.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openness.definition import Definition, from_data
from openness.report import FileReport
from openness.urls import BASE_URL

ENV_DEFINITION_DIR = "OPENNESS_SITE_DEFINITION_DIR"
ENV_SCHEMA_DIR = "OPENNESS_SITE_SCHEMA_DIR"
ENV_EXAMPLES_DIR = "OPENNESS_SITE_EXAMPLES_DIR"
ENV_BADGES_DIR = "OPENNESS_SITE_BADGES_DIR"

BADGE_FORMATS = ("svg", "png", "json")


@dataclass(frozen=True, slots=True)
class Paths:
    """Where the site's sources are."""

    root: Path
    definition_dir: Path
    schema_dir: Path
    examples_dir: Path
    badges_dir: Path

    @classmethod
    def from_root(cls, root: str | os.PathLike[str], environ: Mapping[str, str] | None = None):
        """The default folders of a checkout at ``root``, overridden by the environment."""
        env = os.environ if environ is None else environ
        base = Path(root).resolve()

        def pick(variable: str, default: str) -> Path:
            value = env.get(variable)
            return Path(value).resolve() if value else base / default

        return cls(
            root=base,
            definition_dir=pick(ENV_DEFINITION_DIR, "definition"),
            schema_dir=pick(ENV_SCHEMA_DIR, "schema"),
            examples_dir=pick(ENV_EXAMPLES_DIR, "examples"),
            badges_dir=pick(ENV_BADGES_DIR, "badges"),
        )


@dataclass(frozen=True, slots=True)
class ServedFile:
    """A file the site serves unchanged, byte for byte."""

    dest: str  # its path in the site, e.g. "schema/1.0/openness.schema.json"
    source: Path

    @property
    def url(self) -> str:
        return f"{BASE_URL}/{self.dest}"


@dataclass(frozen=True, slots=True)
class PublishedBadge:
    """A file of the published badge set, served at ``/badges/<version>/<name>``."""

    version: str
    level: str
    style: str  # "" for files that have no style (endpoint JSON)
    fmt: str  # svg | png | json
    served: ServedFile
    language: str = "en"  # badges/<version>/<language>/ holds another language's set


@dataclass(frozen=True, slots=True)
class Example:
    """One example declaration and the validator's report on it."""

    slug: str
    source: Path
    display_path: str
    data: dict[str, Any]
    report: FileReport

    @property
    def model(self) -> dict[str, Any]:
        model = self.data.get("model")
        return model if isinstance(model, dict) else {}

    @property
    def name(self) -> str:
        return str(self.model.get("name") or self.slug)

    @property
    def organization(self) -> str:
        return str(self.model.get("organization") or "")

    @property
    def claims_open_source(self) -> bool:
        return self.report.claims_open_source is True

    @property
    def components(self) -> dict[str, Any]:
        components = self.data.get("components")
        return components if isinstance(components, dict) else {}


@dataclass(frozen=True, slots=True)
class Site:
    """All the data one build of the site is made from."""

    paths: Paths
    definitions: dict[str, Definition]  # oldest first
    examples: tuple[Example, ...]
    served: tuple[ServedFile, ...]
    badges: tuple[PublishedBadge, ...]
    repo_url: str = ""  # the repository (mkdocs.yml's repo_url), for "propose a correction"

    @property
    def versions(self) -> tuple[str, ...]:
        return tuple(self.definitions)

    @property
    def latest(self) -> Definition:
        return self.definitions[self.versions[-1]]

    def definition(self, version: str | None) -> Definition:
        """The definition of ``version`` (the latest when unknown or None)."""
        if version and version in self.definitions:
            return self.definitions[version]
        return self.latest

    def example(self, slug: str) -> Example:
        for example in self.examples:
            if example.slug == slug:
                return example
        raise KeyError(slug)

    def badge(
        self, version: str, level: str, style: str, fmt: str, language: str = "en"
    ) -> PublishedBadge | None:
        for badge in self.badges:
            key = (badge.version, badge.level, badge.style, badge.fmt, badge.language)
            if key == (version, level, style, fmt, language):
                return badge
        return None


def declaration_dest(slug: str) -> str:
    """Where an example declaration is served as a file: beside its model page."""
    return f"models/{slug}/openness.json"


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def load_definitions(folder: Path) -> dict[str, Definition]:
    """Every ``<version>.json`` in ``folder``, typed, oldest first."""
    files = sorted(folder.glob("*.json"), key=lambda p: version_key(p.stem))
    if not files:
        raise FileNotFoundError(f"no definition files (<version>.json) in {folder}")
    return {path.stem: from_data(json.loads(path.read_bytes())) for path in files}


def schema_files(folder: Path) -> list[ServedFile]:
    """Every JSON file under ``folder``, placed at the path of its ``$id``."""
    served = []
    prefix = BASE_URL + "/"
    for path in sorted(folder.rglob("*.json")):
        schema_id = json.loads(path.read_bytes()).get("$id")
        if not isinstance(schema_id, str) or not schema_id.startswith(prefix):
            raise ValueError(f"{path}: $id {schema_id!r} is not under {prefix}")
        served.append(ServedFile(schema_id[len(prefix) :], path))
    return served


def published_badges(folder: Path, level_ids: dict[str, tuple[str, ...]]) -> list[PublishedBadge]:
    """The files of the published badge set, whatever is there (nothing if absent).

    Names follow :func:`openness.urls.badge_url`: ``<version>/<level>[-<style>].<ext>``,
    and ``<version>/<language>/...`` for another language's set
    (:func:`openness.badge.language.language_badge_url`). Files that do not follow it
    are still served, but not shown in the gallery.
    """
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if not path.is_file() or any(part.startswith(".") for part in relative.parts):
            continue
        served = ServedFile(f"badges/{relative.as_posix()}", path)
        language = "en"
        parts = relative.parts
        if len(parts) == 3 and parts[1] != "en" and len(parts[1]) == 2:
            language, relative = parts[1], Path(parts[0], parts[2])
        version, level, style, fmt = _badge_name(relative, level_ids)
        found.append(PublishedBadge(version, level, style, fmt, served, language))
    return found


def _badge_name(relative: Path, level_ids: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    parts = relative.parts
    fmt = relative.suffix.lstrip(".")
    if len(parts) != 2 or parts[0] not in level_ids or fmt not in BADGE_FORMATS:
        return ("", "", "", "")
    version, stem = parts[0], relative.stem
    from openness.badge.spec import INVALID

    for level in sorted((*level_ids[version], INVALID), key=len, reverse=True):
        if stem == level:
            return (version, level, "" if fmt == "json" else "flat", fmt)
        if stem.startswith(level + "-"):
            return (version, level, stem[len(level) + 1 :], fmt)
    return ("", "", "", "")


# A local or private location where a public source belongs: an absolute path under a
# usual root, a home-relative path, a Windows drive path, or a file: URL.
LOCAL_PATH = re.compile(
    r"\bfile:/|(?:^|[\s(\"'])(?:/(?:work|home|tmp|Users|mnt|var|etc|root|srv|opt)/|~/|[A-Za-z]:\\)"
)


def source_problems(data: dict[str, Any]) -> list[str]:
    """What keeps a declaration's published sources from being checkable by anyone: an
    ``x-sources`` entry whose url is not a public https URL, or a local path anywhere."""
    problems = []
    sources = data.get("x-sources", {})
    for pointer, entries in sources.items() if isinstance(sources, dict) else []:
        for entry in entries if isinstance(entries, list) else [entries]:
            url = entry.get("url") if isinstance(entry, dict) else entry
            if not isinstance(url, str) or not url.startswith("https://"):
                problems.append(f"x-sources {pointer}: {url!r} is not a public https URL")
    for text in _strings(data):
        if LOCAL_PATH.search(text):
            problems.append(f"a local path is published: {text[:80]!r}")
    return problems


def _strings(value: Any) -> list[str]:
    """Every string in a JSON value, keys included."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (k, *_strings(v))]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


def load_examples(folder: Path, root: Path) -> list[Example]:
    """Every ``<name>/openness.json`` under ``folder``, with the validator's report."""
    from openness.validate import validate_paths

    examples = []
    for path in sorted(folder.glob("*/openness.json")):
        report = validate_paths([str(path)])
        try:
            display = path.relative_to(root).as_posix()
        except ValueError:
            display = f"examples/{path.parent.name}/openness.json"
        # The report names the file it read: a published page names it as the
        # repository does, never by this machine's path.
        report.files[0].path = display
        data = json.loads(path.read_bytes())
        problems = source_problems(data) if isinstance(data, dict) else []
        if problems:
            raise ValueError(f"{display}: " + "; ".join(problems))
        examples.append(
            Example(
                slug=path.parent.name,
                source=path,
                display_path=display,
                data=data,
                report=report.files[0],
            )
        )
    return examples


def load_site(paths: Paths) -> Site:
    """Read and assess everything the site shows."""
    definitions = load_definitions(paths.definition_dir)
    served = [
        ServedFile(f"definition/{version}.json", paths.definition_dir / f"{version}.json")
        for version in definitions
    ]
    served.extend(schema_files(paths.schema_dir))
    levels = {version: d.level_ids for version, d in definitions.items()}
    badges = published_badges(paths.badges_dir, levels)
    served.extend(badge.served for badge in badges)
    examples = tuple(load_examples(paths.examples_dir, paths.root))
    served.extend(ServedFile(declaration_dest(e.slug), e.source) for e in examples)
    dests = [s.dest for s in served]
    duplicates = sorted({d for d in dests if dests.count(d) > 1})
    if duplicates:
        raise ValueError(f"two files would be served at the same path: {duplicates}")
    site = Site(
        paths=paths,
        definitions=definitions,
        examples=examples,
        served=tuple(served),
        badges=tuple(badges),
    )
    unknown = unknown_levels(site)
    if unknown:
        raise ValueError(
            "the validator assessed the examples against its bundled definition, and "
            f"their reports name levels that {paths.definition_dir} does not have: {unknown}"
        )
    return site


def localized(site: Site, language: str) -> Site:
    """The same site worded in ``language``: each definition loaded from its translated
    data (``openness.i18n.texts.translated``), so every page that prints a level's title
    or a licence's reason prints the translation with no change to its code. The
    examples' reports stay as the validator made them; pages say their messages in the
    language with ``openness.i18n.messages.localize``."""
    if language == "en":
        return site
    from openness.i18n.texts import translated

    definitions = {
        version: from_data(
            translated(
                json.loads((site.paths.definition_dir / f"{version}.json").read_bytes()), language
            ),
            check_licenses=False,
        )
        for version in site.definitions
    }
    return dataclasses.replace(site, definitions=definitions)


def unknown_levels(site: Site) -> list[str]:
    """``<example>: <level>`` for every level a report names that the site's definition
    (of the report's version) does not have, and every level of the latest version a
    report says it stands at that the latest version does not have."""
    found = []
    for example in site.examples:
        report = example.report
        known = site.definition(report.definition_version).level_ids
        named = [report.level, *(check.level for check in report.levels)]
        if report.next_level is not None:
            named.append(report.next_level.level)
        found += [f"{example.slug}: {level}" for level in named if level and level not in known]
        if report.standing and report.standing not in site.latest.level_ids:
            found.append(f"{example.slug}: {report.standing}")
    return found
