"""The parts of a definition the site shows that ``Definition`` does not type yet.

The MOF and OSAID crosswalks, the licence policy and the OSAID class of each data
access class are still read from the definition's raw data (``d.raw``, ``d.mof``,
``d.licenses``, ``d.osaid``). This module is the only place in the site that reads
them: it turns them into the small typed records below, and the pages read only
those. When ``Definition`` gives these parts types of its own, only the functions
here change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from openness.definition import Definition

if TYPE_CHECKING:
    from openness.licensing.policy import LicensePolicy


# --- crosswalks --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Framework:
    """Another definition the levels are compared with (OSAID, MOF)."""

    version: str
    title: str
    url: str
    summary: str


@dataclass(frozen=True, slots=True)
class MofEntry:
    """One component of the Model Openness Framework."""

    mof_id: int
    name: str
    content_type: str
    mof_class: int
    required: bool


def osaid_framework(d: Definition) -> Framework:
    osaid = d.osaid
    return Framework(osaid["version"], osaid["title"], osaid["url"], osaid["summary"])


def mof_framework(d: Definition) -> Framework:
    mof = d.mof
    return Framework(mof["version"], mof["title"], mof["url"], mof["summary"])


def mof_components(d: Definition) -> tuple[MofEntry, ...]:
    """The MOF's components, in the order the definition lists them."""
    return tuple(
        MofEntry(c["mof_id"], c["name"], c["content_type"], c["class"], c["required"])
        for c in d.mof["components"]
    )


def mof_component(d: Definition, name: str) -> MofEntry | None:
    """The MOF component called ``name`` (a component's ``mof`` field), if any."""
    return {entry.name: entry for entry in mof_components(d)}.get(name)


def mof_class_titles(d: Definition) -> dict[int, str]:
    """Every MOF class number with its title, "unclassified" included."""
    classes = {c["class"]: c["title"] for c in d.mof["classes"]}
    unclassified = d.mof.get("unclassified")
    if unclassified:
        classes[unclassified["class"]] = unclassified["title"]
    return classes


def access_class_osaid(d: Definition) -> dict[str, str]:
    """The OSAID data class each data access class stands for, by access class id."""
    return {item["id"]: item.get("osaid_class", "") for item in d.raw["data_access_classes"]}


# --- the licence policy ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KindPolicy:
    """What a kind of component accepts as open."""

    accept: tuple[str, ...]
    summary: str


@dataclass(frozen=True, slots=True)
class Restriction:
    id: str
    title: str
    summary: str


@dataclass(frozen=True, slots=True)
class OpenContentGroup:
    title: str
    ids: tuple[str, ...]
    reason: str


@dataclass(frozen=True, slots=True)
class RestrictedGroup:
    ids: tuple[str, ...]
    restrictions: tuple[str, ...]
    reason: str


@dataclass(frozen=True, slots=True)
class LicenseRef:
    """A model licence without an SPDX id, declared as ``LicenseRef-…``."""

    id: str
    name: str
    url: str
    open_for: tuple[str, ...]
    restrictions: tuple[str, ...]
    reason: str


@dataclass(frozen=True, slots=True)
class Alias:
    """A Hugging Face licence id: one licence, a choice to make, or refused."""

    alias: str
    license: str | None
    choose_from: tuple[str, ...]
    reason: str


@dataclass(frozen=True, slots=True)
class Aliases:
    summary: str
    source: str
    entries: tuple[Alias, ...]


@dataclass(frozen=True, slots=True)
class LicensePolicyText:
    """The licence policy as the site presents it."""

    summary: str
    rationale: str
    kinds: dict[str, KindPolicy]
    restrictions: tuple[Restriction, ...]
    open_content: tuple[OpenContentGroup, ...]
    restricted: tuple[RestrictedGroup, ...]
    license_refs: tuple[LicenseRef, ...]
    aliases: Aliases | None


def _kind_policy(data: dict) -> KindPolicy:
    return KindPolicy(tuple(data.get("accept", [])), data.get("summary", ""))


def license_kind_policy(d: Definition, kind: str) -> KindPolicy | None:
    """What ``kind`` accepts, or None when the policy does not name it."""
    data = d.licenses.get("kinds", {}).get(kind)
    return _kind_policy(data) if data else None


def license_policy_text(d: Definition) -> LicensePolicyText | None:
    """The whole licence policy, or None when the version has none."""
    data = d.licenses
    if not data:
        return None
    aliases = data.get("aliases")
    return LicensePolicyText(
        summary=data.get("summary", ""),
        rationale=data.get("rationale", ""),
        kinds={kind: _kind_policy(policy) for kind, policy in data.get("kinds", {}).items()},
        restrictions=tuple(
            Restriction(r["id"], r["title"], r["summary"]) for r in data.get("restrictions", [])
        ),
        open_content=tuple(
            OpenContentGroup(g["title"], tuple(g["ids"]), g["reason"])
            for g in data.get("open_content", [])
        ),
        restricted=tuple(
            RestrictedGroup(tuple(g["ids"]), tuple(g["restrictions"]), g["reason"])
            for g in data.get("restricted", [])
        ),
        license_refs=tuple(
            LicenseRef(
                id=r["id"],
                name=r["name"],
                url=r.get("url") or "",
                open_for=tuple(r.get("open_for", [])),
                restrictions=tuple(r.get("restrictions", [])),
                reason=r["reason"],
            )
            for r in data.get("license_refs", [])
        ),
        aliases=None
        if not aliases
        else Aliases(
            summary=aliases.get("summary", ""),
            source=aliases.get("source", ""),
            entries=tuple(
                Alias(
                    alias=e["alias"],
                    license=e.get("license") if "license" in e else None,
                    choose_from=tuple(e.get("choose_from", [])),
                    reason=e.get("reason", ""),
                )
                for e in aliases.get("entries", [])
            ),
        ),
    )


def license_judge(d: Definition) -> LicensePolicy:
    """The validator's own licence policy of ``d``, to judge licences the way it does."""
    from openness.licensing.policy import LicensePolicy

    return LicensePolicy.from_data(d.licenses)
