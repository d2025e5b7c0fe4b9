"""The crosswalks and the licence policy as the site's pages present them.

``Definition`` types them for judging (``d.mof``, ``d.osaid``, ``d.licenses``);
this module turns them into the small records the pages print: frameworks with
their titles and links, MOF components, and the licence policy's texts grouped
as its page shows them.
"""

from __future__ import annotations

from dataclasses import dataclass

from openness.crosswalk.mof import MofComponent
from openness.definition import Definition

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


def license_kind_policy(d: Definition, kind: str) -> KindPolicy | None:
    """What ``kind`` accepts, or None when the policy does not name it."""
    policy = d.licenses
    if kind not in policy.kinds:
        return None
    return KindPolicy(policy.kinds[kind], policy.kind_summaries.get(kind, ""))
