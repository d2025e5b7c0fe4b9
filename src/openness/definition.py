"""A typed, read-only model of one version of the definition.

The JSON file under ``definition/`` is the single source of truth; this module
gives it names and types, built once per version: levels, components, the
licence policy and the crosswalks. Nothing downstream indexes the raw data.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import TYPE_CHECKING, Any, NamedTuple

from openness.resources import definition_file, known_versions

if TYPE_CHECKING:
    from openness.crosswalk.mof import MofPolicy
    from openness.licensing.policy import LicensePolicy


class UnknownVersionError(LookupError):
    """A declaration names a definition version this tool does not ship."""


class Entry(NamedTuple):
    """Anything with an id, a title and a one-paragraph summary."""

    id: str
    title: str
    summary: str


class AccessClass(NamedTuple):
    """How a training data set can be had, and what OSAID makes of that class."""

    id: str
    title: str
    summary: str
    osaid_class: str


class Component(NamedTuple):
    id: str
    title: str
    pillar: str
    kind: str
    always_applies: bool
    mof: str
    summary: str
    rationale: str
    evidence: str


class Requirement(NamedTuple):
    """One check a level (or a crosswalk item) needs.

    ``components`` holds one id, or several when any one of them suffices.
    A grouped item (``all_of``) passes when all of its parts pass.
    """

    id: str
    summary: str
    test: str = ""
    components: tuple[str, ...] = ()
    title: str = ""
    all_of: tuple[Requirement, ...] = ()

    @property
    def is_group(self) -> bool:
        return bool(self.all_of)


class Level(NamedTuple):
    id: str
    rank: int
    title: str
    summary: str
    rationale: str
    typical_blockers: str
    badge_message: str
    badge_color: str
    requires: tuple[Requirement, ...]


class OsaidCrosswalk(NamedTuple):
    """OSI's Open Source AI Definition 1.0, as requirements on our components."""

    title: str
    version: str
    url: str
    summary: str
    requires: tuple[Requirement, ...]


@dataclass(frozen=True, eq=False)
class Definition:
    """One version of the definition. The licence policy and the MOF crosswalk are
    built on first use from their sections: a badge of a named level, say, never
    needs them."""

    version: str
    status: str
    released: str
    title: str
    summary: str
    rationale: str
    pillars: tuple[Entry, ...]
    kinds: tuple[Entry, ...]
    statuses: tuple[Entry, ...]
    data_access_classes: tuple[AccessClass, ...]
    components: tuple[Component, ...]
    levels: tuple[Level, ...]
    badge_label: str
    invalid_badge_message: str
    invalid_badge_color: str
    osaid: OsaidCrosswalk
    by_id: dict[str, Component]
    licenses_section: Mapping[str, Any] = field(repr=False)
    mof_section: Mapping[str, Any] = field(repr=False)

    @cached_property
    def licenses(self) -> LicensePolicy:
        """The licence policy (the ``licenses`` section)."""
        from openness.licensing.policy import LicensePolicy

        return LicensePolicy.from_data(self.licenses_section, check=False)

    @cached_property
    def mof(self) -> MofPolicy:
        """The MOF crosswalk (``crosswalks.mof``)."""
        from openness.crosswalk.mof import mof_policy

        return mof_policy(self.mof_section, {c.mof: c.id for c in self.components})

    def component(self, component_id: str) -> Component:
        return self.by_id[component_id]

    def has_component(self, component_id: str) -> bool:
        return component_id in self.by_id

    def level(self, level_id: str) -> Level:
        for level in self.levels:
            if level.id == level_id:
                return level
        raise KeyError(level_id)

    @property
    def component_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.components)

    @property
    def level_ids(self) -> tuple[str, ...]:
        return tuple(level.id for level in self.levels)

    @property
    def osaid_requires(self) -> tuple[Requirement, ...]:
        return self.osaid.requires

    def badge_label_text(self) -> str:
        return self.badge_label.format(version=self.version)


def _entries(items: list[dict[str, Any]]) -> tuple[Entry, ...]:
    return tuple(Entry(i["id"], i["title"], i["summary"]) for i in items)


def _requirement(data: dict[str, Any]) -> Requirement:
    if "all_of" in data:
        parts = tuple(_requirement(part) for part in data["all_of"])
        return Requirement(
            id=data["id"],
            summary=data.get("summary", ""),
            title=data.get("title", ""),
            all_of=parts,
        )
    components = tuple(data["any_of"]) if "any_of" in data else (data["component"],)
    return Requirement(
        id=data["id"],
        summary=data["summary"],
        test=data["test"],
        components=components,
        title=data.get("title", ""),
    )


def from_data(data: dict[str, Any], *, check_licenses: bool = True) -> Definition:
    """Build the typed model from the parsed JSON of a definition file.

    ``check_licenses=False`` skips the licence policy's consistency check, for the
    shipped definitions, which the tests check.
    """
    levels = tuple(
        Level(
            id=lv["id"],
            rank=rank,
            title=lv["title"],
            summary=lv["summary"],
            rationale=lv["rationale"],
            typical_blockers=lv["typical_blockers"],
            badge_message=lv["badge"]["message"],
            badge_color=lv["badge"]["color"],
            requires=tuple(_requirement(r) for r in lv["requires"]),
        )
        for rank, lv in enumerate(data["levels"])
    )
    components = tuple(
        Component(
            id=c["id"],
            title=c["title"],
            pillar=c["pillar"],
            kind=c["kind"],
            always_applies=c["always_applies"],
            mof=c["mof"],
            summary=c["summary"],
            rationale=c["rationale"],
            evidence=c["evidence"],
        )
        for c in data["components"]
    )
    osaid = data["crosswalks"]["osaid"]
    definition = Definition(
        version=data["version"],
        status=data["status"],
        released=data["released"],
        title=data["title"],
        summary=data["summary"],
        rationale=data["rationale"],
        pillars=_entries(data["pillars"]),
        kinds=_entries(data["kinds"]),
        statuses=_entries(data["statuses"]),
        data_access_classes=tuple(
            AccessClass(a["id"], a["title"], a["summary"], a["osaid_class"])
            for a in data["data_access_classes"]
        ),
        components=components,
        levels=levels,
        badge_label=data["badge"]["label"],
        invalid_badge_message=data["badge"]["invalid"]["message"],
        invalid_badge_color=data["badge"]["invalid"]["color"],
        osaid=OsaidCrosswalk(
            title=osaid["title"],
            version=osaid["version"],
            url=osaid["url"],
            summary=osaid["summary"],
            requires=tuple(_requirement(r) for r in osaid["requires"]),
        ),
        by_id={c.id: c for c in components},
        licenses_section=data["licenses"],
        mof_section=data["crosswalks"]["mof"],
    )
    if check_licenses:
        from openness.licensing.policy import LicensePolicy

        LicensePolicy.from_data(data["licenses"], check=True)  # raises when inconsistent
    return definition


def load_raw(version: str) -> dict[str, Any]:
    """The parsed definition file of a version, as published (for tools and tests)."""
    if version not in known_versions():
        raise UnknownVersionError(version)
    with open(definition_file(version), "rb") as handle:
        return json.load(handle)


@cache
def load_definition(version: str | None = None) -> Definition:
    """The typed definition of ``version`` (the latest when None)."""
    return from_data(load_raw(version or latest_version()), check_licenses=False)


def latest_version() -> str:
    return known_versions()[-1]
