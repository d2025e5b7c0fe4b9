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


class ExceptionBasis(NamedTuple):
    """Why a training data set is withheld, and whether that fits Open Source AI."""

    id: str
    title: str
    summary: str
    counts_for_open_source_ai: bool


class DataInformation(NamedTuple):
    """What a list of training data must do to count as data information."""

    summary: str
    share_tolerance: float  # the shares add up to 1, within this
    uninformative_descriptions: frozenset[str]  # lower case, as "says nothing"


class Decision(NamedTuple):
    """A policy choice the definition makes, with why (shown on the site)."""

    id: str
    title: str
    decision: str
    rationale: str


class G7Label(NamedTuple):
    id: str
    title: str
    summary: str


class G7Crosswalk(NamedTuple):
    """The G7's shared language (May 2026): which label each level stands for."""

    title: str
    version: str
    url: str
    summary: str
    labels: tuple[G7Label, ...]
    by_level: dict[str, str | None]  # level id -> label id (None: no label)
    notes: dict[str, str]  # level id -> why the label is what it is, when not one to one

    def label(self, label_id: str) -> G7Label:
        for label in self.labels:
            if label.id == label_id:
                return label
        raise KeyError(label_id)


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
    g7: G7Crosswalk
    by_id: dict[str, Component]
    name: str  # how prose names the definition ("openness definition")
    exception_bases: tuple[ExceptionBasis, ...]  # empty: data sets carry no exceptions
    data_information: DataInformation | None  # None: any non-empty list will do (1.0)
    gates: tuple[Entry, ...]  # empty: components declare no download gate
    open_source_from: str  # the level a model presented as open source must reach
    decisions: tuple[Decision, ...]
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

    def rank(self, level_id: str) -> int:
        return self.level(level_id).rank

    def g7_label(self, level_id: str) -> G7Label | None:
        """The G7 label a level stands for (None: no label, as for closed)."""
        label_id = self.g7.by_level.get(level_id)
        return None if label_id is None else self.g7.label(label_id)

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


def _g7(data: dict[str, Any]) -> G7Crosswalk:
    return G7Crosswalk(
        title=data["title"],
        version=data["version"],
        url=data["url"],
        summary=data["summary"],
        labels=tuple(G7Label(x["id"], x["title"], x["summary"]) for x in data["labels"]),
        by_level=dict(data["levels"]),
        notes=dict(data.get("notes", {})),
    )


def _data_information(data: dict[str, Any] | None) -> DataInformation | None:
    if data is None:
        return None
    return DataInformation(
        summary=data["summary"],
        share_tolerance=data["share_tolerance"],
        uninformative_descriptions=frozenset(
            text.lower() for text in data["uninformative_descriptions"]
        ),
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
        g7=_g7(data["crosswalks"]["g7"]),
        by_id={c.id: c for c in components},
        name=data.get("name", data["title"]),
        exception_bases=tuple(
            ExceptionBasis(b["id"], b["title"], b["summary"], b["counts_for_open_source_ai"])
            for b in data.get("exception_bases", ())
        ),
        data_information=_data_information(data.get("data_information")),
        gates=_entries(data.get("gates", [])),
        open_source_from=data.get("claims", {}).get("open_source_from", levels[-1].id),
        decisions=tuple(
            Decision(x["id"], x["title"], x["decision"], x["rationale"])
            for x in data.get("decisions", ())
        ),
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


def latest_level(level_id: str) -> tuple[str, str]:
    """``level_id`` as a level of the latest definition, and a note when it was read from
    an older version's ids (through that version's G7 label; "" when it is current).

    Raises KeyError when no shipped version has such a level.
    """
    latest = load_definition()
    if level_id in latest.level_ids:
        return level_id, ""
    for version in reversed(known_versions()[:-1]):
        older = load_definition(version)
        if level_id in older.level_ids:
            label = older.g7.by_level.get(level_id)
            current = label if label in latest.level_ids else latest.levels[0].id
            return current, (
                f"{level_id!r} is a level of definition {version}; read as {current!r} "
                f"(definition {latest.version})"
            )
    raise KeyError(level_id)
