"""The crosswalks and the licence policy as the site's pages present them.

``Definition`` types them for judging (``d.mof``, ``d.osaid``, ``d.licenses``);
this module turns them into the small records the pages print: frameworks with
their titles and links, MOF components, and the licence policy's texts grouped
as its page shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from openness.crosswalk.mof import MofComponent
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


def osaid_framework(d: Definition) -> Framework:
    osaid = d.osaid
    return Framework(osaid.version, osaid.title, osaid.url, osaid.summary)


def mof_framework(d: Definition) -> Framework:
    mof = d.mof
    return Framework(mof.version, mof.title, mof.url, mof.summary)


def mof_components(d: Definition) -> tuple[MofComponent, ...]:
    """The MOF's components, in the order the definition lists them."""
    return d.mof.components


def mof_component(d: Definition, name: str) -> MofComponent | None:
    """The MOF component called ``name`` (a component's ``mof`` field), if any."""
    return {entry.name: entry for entry in d.mof.components}.get(name)


def mof_class_titles(d: Definition) -> dict[int, str]:
    """Every MOF class number with its title, "unclassified" (class 0) included."""
    return {**d.mof.class_titles, 0: d.mof.unclassified_title}


def access_class_osaid(d: Definition) -> dict[str, str]:
    """The OSAID data class each data access class stands for, by access class id."""
    return {access.id: access.osaid_class for access in d.data_access_classes}


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
    aliases: Aliases


def license_kind_policy(d: Definition, kind: str) -> KindPolicy | None:
    """What ``kind`` accepts, or None when the policy does not name it."""
    policy = d.licenses
    if kind not in policy.kinds:
        return None
    return KindPolicy(policy.kinds[kind], policy.kind_summaries.get(kind, ""))


def license_policy_text(d: Definition) -> LicensePolicyText:
    """The whole licence policy, as its page shows it."""
    policy = d.licenses
    return LicensePolicyText(
        summary=policy.summary,
        rationale=policy.rationale,
        kinds={
            kind: KindPolicy(accept, policy.kind_summaries.get(kind, ""))
            for kind, accept in policy.kinds.items()
        },
        restrictions=tuple(
            Restriction(r.id, r.title, r.summary) for r in policy.restrictions.values()
        ),
        open_content=tuple(
            OpenContentGroup(g.title, g.patterns, g.reason) for g in policy.open_content
        ),
        restricted=tuple(
            RestrictedGroup(g.patterns, g.restrictions, g.reason) for g in policy.restricted
        ),
        license_refs=tuple(
            LicenseRef(r.id, r.name, r.url or "", r.open_for, r.restrictions, r.reason)
            for r in policy.license_refs.values()
        ),
        aliases=Aliases(
            summary=policy.aliases_summary,
            source=policy.aliases_source,
            entries=tuple(
                Alias(a.text, a.license, a.choose_from, a.reason) for a in policy.aliases.values()
            ),
        ),
    )


def license_judge(d: Definition) -> LicensePolicy:
    """The validator's own licence policy of ``d``, to judge licences the way it does."""
    return d.licenses
