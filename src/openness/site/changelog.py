"""What changed from one definition version to the next, computed from the two data files.

The changelog page prints these records; nothing in it is written by hand, so a change
in the data is a change on the page. Each record says what kind of thing changed (a
level, a requirement, a licence...), its id, and one plain sentence.

Levels are matched through the G7 crosswalk of the older version: a 1.0 level read as
a G7 label is the same as the newer level that stands for that label. That is how
``restricted`` becomes ``weights-available``, and how 1.0's ``open-source-ai`` turns out
to be 2.0's ``open-source-ai-open-data`` although an ``open-source-ai`` id exists in both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from openness.definition import Definition, Level, Requirement
from openness.site.language import marked, tr_text

# the kind of a change and the sections are kept in English and said by the page
ADDED, REMOVED, CHANGED = marked("added"), marked("removed"), marked("changed")
RENAMED, MERGED = marked("renamed"), marked("merged")


@dataclass(frozen=True, slots=True)
class Change:
    """One difference between two versions."""

    section: str  # what family of things, as the page's heading ("Levels", "Licence policy")
    kind: str  # added | removed | changed | renamed | merged
    subject: str  # the id (or name) of the thing that changed
    detail: str  # one plain sentence, not Markdown


SECTIONS = (
    marked("Name and badge"),
    marked("Levels"),
    marked("Requirements of the levels"),
    marked("Open source claims"),
    marked("Components"),
    marked("Pillars, kinds, statuses and access classes"),
    marked("Exception bases"),
    marked("Data information"),
    marked("Download gates"),
    marked("Decisions"),
    marked("G7 crosswalk"),
    marked("OSAID crosswalk"),
    marked("Licence policy"),
)


def changes(old: Definition, new: Definition) -> list[Change]:
    """Every difference between ``old`` and ``new``, section by section."""
    found: list[Change] = []
    for compute in (
        _name,
        _levels,
        _requirements,
        _claims,
        _components,
        _vocabularies,
        _exception_bases,
        _data_information,
        _gates,
        _decisions,
        _g7,
        _osaid,
        _licenses,
    ):
        found.extend(compute(old, new))
    return found


def by_section(found: Iterable[Change]) -> dict[str, list[Change]]:
    """The changes grouped under their section, in the page's order (empty ones left out)."""
    grouped: dict[str, list[Change]] = {name: [] for name in SECTIONS}
    for change in found:
        grouped.setdefault(change.section, []).append(change)
    return {name: items for name, items in grouped.items() if items}


# --- levels -----------------------------------------------------------------------------------


def counterpart(old: Definition, new: Definition, level_id: str) -> Level | None:
    """The level of ``new`` that an ``old`` level became (None: it has none).

    Through the G7 label the old version reads the level as; failing that, the same id.
    """
    label = old.g7.by_level.get(level_id)
    if label is not None:
        for level in new.levels:
            if new.g7.by_level.get(level.id) == label:
                return level
    return new.level(level_id) if level_id in new.level_ids else None


def _levels(old: Definition, new: Definition) -> list[Change]:
    section = SECTIONS[1]
    found = []
    images: dict[str, list[Level]] = {}
    for level in old.levels:
        image = counterpart(old, new, level.id)
        if image is not None:
            images.setdefault(image.id, []).append(level)
    for level in old.levels:
        image = counterpart(old, new, level.id)
        if image is None:
            found.append(
                Change(
                    section,
                    REMOVED,
                    level.id,
                    tr_text("{title}: no level matches it.", title=level.title),
                )
            )
            continue
        sources = images[image.id]
        if len(sources) > 1 and level.id != image.id:
            others = ", ".join(f"{s.title} ({s.id})" for s in sources if s is not level)
            found.append(
                Change(
                    section,
                    MERGED,
                    level.id,
                    tr_text(
                        "{title} is now part of {image} ({id}), with {others}.",
                        title=level.title,
                        image=image.title,
                        id=image.id,
                        others=others,
                    )
                    + " "
                    + old.g7.notes.get(level.id, ""),
                )
            )
        elif level.id != image.id:
            found.append(
                Change(
                    section,
                    RENAMED,
                    level.id,
                    tr_text(
                        "{title} ({id}) is now {image} ({image_id}).",
                        title=level.title,
                        id=level.id,
                        image=image.title,
                        image_id=image.id,
                    )
                    + " "
                    + old.g7.notes.get(level.id, ""),
                )
            )
        elif level.title != image.title:
            found.append(
                Change(
                    section,
                    RENAMED,
                    level.id,
                    tr_text(
                        "Title {old} is now {new}.", old=repr(level.title), new=repr(image.title)
                    ),
                )
            )
    for level in new.levels:
        if level.id in images:
            continue
        reused = ""
        if level.id in old.level_ids:
            then = counterpart(old, new, level.id)
            was = old_version_level(old, old.level(level.id))
            if then:
                reused = " " + tr_text(
                    "The id {id} named {was}, which is now {title} ({then}).",
                    id=level.id,
                    was=was,
                    title=then.title,
                    then=then.id,
                )
            else:
                reused = " " + tr_text("The id {id} named {was}.", id=level.id, was=was)
        found.append(
            Change(
                section,
                ADDED,
                level.id,
                tr_text(
                    "{title}, between {neighbours}: {summary}",
                    title=level.title,
                    neighbours=_neighbours(new, level),
                    summary=level.summary,
                )
                + reused,
            )
        )
    return found


def _neighbours(d: Definition, level: Level) -> str:
    below = d.levels[level.rank - 1].title if level.rank > 0 else tr_text("nothing")
    above = d.levels[level.rank + 1].title if level.rank + 1 < len(d.levels) else tr_text("nothing")
    return tr_text("{below} and {above}", below=below, above=above)


def _flat(requirements: Iterable[Requirement]) -> Iterable[Requirement]:
    for req in requirements:
        if req.is_group:
            yield req
            yield from _flat(req.all_of)
        else:
            yield req


def _level_requirements(d: Definition) -> dict[str, tuple[Level, Requirement]]:
    return {req.id: (level, req) for level in d.levels for req in _flat(level.requires)}


def _requirements(old: Definition, new: Definition) -> list[Change]:
    section = SECTIONS[2]
    before, after = _level_requirements(old), _level_requirements(new)
    found = []
    for rid, (level, req) in after.items():
        if rid not in before:
            found.append(
                Change(
                    section,
                    ADDED,
                    rid,
                    tr_text("At {title}: {summary}", title=level.title, summary=req.summary),
                )
            )
    for rid, (level, req) in before.items():
        if rid not in after:
            found.append(
                Change(
                    section,
                    REMOVED,
                    rid,
                    tr_text("Was at {title}: {summary}", title=level.title, summary=req.summary),
                )
            )
    for rid, (level, req) in after.items():
        if rid not in before:
            continue
        old_level, old_req = before[rid]
        parts = _requirement_differences(old_req, req)
        image = counterpart(old, new, old_level.id)
        if image is None or image.id != level.id:
            parts.append(
                tr_text(
                    "asked at {title}, was at {was}",
                    title=level.title,
                    was=old_version_level(old, old_level),
                )
            )
        if parts:
            found.append(Change(section, CHANGED, rid, _sentence(parts)))
    return found


def old_version_level(old: Definition, level: Level) -> str:
    return tr_text("{version}'s {title}", version=old.version, title=level.title)


def _requirement_differences(old: Requirement, new: Requirement) -> list[str]:
    if old.is_group != new.is_group:
        if new.is_group:
            return [tr_text("now a group of {parts}", parts=", ".join(p.id for p in new.all_of))]
        return [
            tr_text(
                "no longer a group; {test} test on {components}",
                test=new.test,
                components=", ".join(new.components),
            )
        ]
    parts = []
    if old.test != new.test:
        parts.append(tr_text("test {old} is now {new}", old=old.test, new=new.test))
    if old.components != new.components:
        parts.append(
            tr_text(
                "components {old} are now {new}",
                old=", ".join(old.components),
                new=", ".join(new.components),
            )
        )
    if [p.id for p in old.all_of] != [p.id for p in new.all_of]:
        parts.append(
            tr_text(
                "parts {old} are now {new}",
                old=", ".join(p.id for p in old.all_of),
                new=", ".join(p.id for p in new.all_of),
            )
        )
    return parts


def _sentence(parts: list[str]) -> str:
    text = tr_text("; ").join(parts)
    return text[:1].upper() + text[1:] + "."


def _claims(old: Definition, new: Definition) -> list[Change]:
    image = counterpart(old, new, old.open_source_from)
    target = new.level(new.open_source_from)
    if image is not None and image.id == target.id:
        return []
    was = old_version_level(old, old.level(old.open_source_from))
    return [
        Change(
            SECTIONS[3],
            CHANGED,
            "open_source_from",
            tr_text(
                "A model presented as open source must reach {title} ({id}); it had to reach "
                "{was}, now called {now}.",
                title=target.title,
                id=target.id,
                was=was,
                now=image.title,
            )
            if image is not None
            else tr_text(
                "A model presented as open source must reach {title} ({id}); it had to reach "
                "{was}.",
                title=target.title,
                id=target.id,
                was=was,
            ),
        )
    ]


# --- components and vocabularies --------------------------------------------------------------


def _components(old: Definition, new: Definition) -> list[Change]:
    section = SECTIONS[4]
    found = _added_removed(
        section,
        {c.id: c.title for c in old.components},
        {c.id: c.title for c in new.components},
    )
    for comp in new.components:
        if not old.has_component(comp.id):
            continue
        was = old.component(comp.id)
        parts = []
        if was.always_applies != comp.always_applies:
            parts.append(
                tr_text("always applies now: it can no longer be declared not applicable")
                if comp.always_applies
                else tr_text("no longer always applies: it may be declared not applicable")
            )
        for name, label in (
            ("kind", marked("kind")),
            ("pillar", marked("pillar")),
            ("title", marked("title")),
            ("mof", marked("MOF component")),
        ):
            before, after = getattr(was, name), getattr(comp, name)
            if before != after:
                parts.append(
                    tr_text(
                        "{label} {old} is now {new}",
                        label=tr_text(label),
                        old=repr(before),
                        new=repr(after),
                    )
                )
        if parts:
            found.append(Change(section, CHANGED, comp.id, _sentence(parts)))
    return found


def _vocabularies(old: Definition, new: Definition) -> list[Change]:
    section = SECTIONS[5]
    found = []
    for noun, before, after in (
        (marked("pillar"), old.pillars, new.pillars),
        (marked("kind"), old.kinds, new.kinds),
        (marked("status"), old.statuses, new.statuses),
    ):
        found += _added_removed(
            section,
            {e.id: e.title for e in before},
            {e.id: e.title for e in after},
            noun,
        )
    old_access = {a.id: a for a in old.data_access_classes}
    new_access = {a.id: a for a in new.data_access_classes}
    found += _added_removed(
        section,
        {k: a.title for k, a in old_access.items()},
        {k: a.title for k, a in new_access.items()},
        marked("data access class"),
    )
    for key, access in new_access.items():
        if key in old_access and old_access[key].osaid_class != access.osaid_class:
            found.append(
                Change(
                    section,
                    CHANGED,
                    key,
                    tr_text(
                        "Data access class {title}: OSAID class {old} is now {new}.",
                        title=access.title,
                        old=repr(old_access[key].osaid_class),
                        new=repr(access.osaid_class),
                    ),
                )
            )
    return found


def _added_removed(
    section: str, before: Mapping[str, str], after: Mapping[str, str], noun: str = ""
) -> list[Change]:
    """Ids that appear or disappear, each with its title."""
    noun = tr_text(noun) if noun else ""
    prefix = f"{noun[:1].upper()}{noun[1:]}: " if noun else ""
    found = [Change(section, ADDED, key, prefix + after[key]) for key in after if key not in before]
    found += [
        Change(section, REMOVED, key, prefix + before[key]) for key in before if key not in after
    ]
    return found


def _keyed(
    section: str,
    before: Mapping[str, Any],
    after: Mapping[str, Any],
    describe: Callable[[Any], str],
) -> list[Change]:
    """Records by id: new ones, gone ones, and those whose fields differ."""
    found = [
        Change(section, ADDED, key, describe(after[key])) for key in after if key not in before
    ]
    found += [
        Change(section, REMOVED, key, describe(before[key])) for key in before if key not in after
    ]
    for key, record in after.items():
        if key in before and before[key] != record:
            fields = _fields_changed(before[key], record)
            found.append(
                Change(
                    section,
                    CHANGED,
                    key,
                    tr_text("{what} (changed: {fields}).", what=describe(record), fields=fields),
                )
            )
    return found


def _fields_changed(before: Any, after: Any) -> str:
    names = getattr(after, "_fields", None)
    if not names:
        return tr_text("its value")
    return ", ".join(name for name in names if getattr(before, name) != getattr(after, name))


def _exception_bases(old: Definition, new: Definition) -> list[Change]:
    def describe(basis: Any) -> str:
        if basis.counts_for_open_source_ai:
            return tr_text("{title}: counts for Open Source AI", title=basis.title)
        return tr_text("{title}: does not count for Open Source AI", title=basis.title)

    return _keyed(
        SECTIONS[6],
        {b.id: b for b in old.exception_bases},
        {b.id: b for b in new.exception_bases},
        describe,
    )


def _data_information(old: Definition, new: Definition) -> list[Change]:
    section = SECTIONS[7]
    before, after = old.data_information, new.data_information
    if before == after:
        return []
    if after is None:
        return [
            Change(section, REMOVED, "data_information", tr_text("Any list of data sets will do."))
        ]
    if before is None:
        count = len(after.uninformative_descriptions)
        return [
            Change(
                section,
                ADDED,
                "data_information",
                after.summary
                + " "
                + tr_text(
                    "Shares must add up to 1 within {tolerance}; {count} descriptions count as "
                    "saying nothing.",
                    tolerance=f"{after.share_tolerance:g}",
                    count=count,
                ),
            )
        ]
    found = []
    if before.share_tolerance != after.share_tolerance:
        found.append(
            Change(
                section,
                CHANGED,
                "share_tolerance",
                tr_text(
                    "Shares must add up to 1 within {tolerance} (was {was}).",
                    tolerance=f"{after.share_tolerance:g}",
                    was=f"{before.share_tolerance:g}",
                ),
            )
        )
    for text in sorted(after.uninformative_descriptions - before.uninformative_descriptions):
        found.append(
            Change(
                section, ADDED, repr(text), tr_text("A description that counts as saying nothing.")
            )
        )
    for text in sorted(before.uninformative_descriptions - after.uninformative_descriptions):
        found.append(
            Change(section, REMOVED, repr(text), tr_text("No longer counts as saying nothing."))
        )
    return found


def _gates(old: Definition, new: Definition) -> list[Change]:
    return _keyed(
        SECTIONS[8],
        {g.id: g for g in old.gates},
        {g.id: g for g in new.gates},
        lambda gate: f"{gate.title}: {gate.summary}",
    )


def _decisions(old: Definition, new: Definition) -> list[Change]:
    return _keyed(
        SECTIONS[9],
        {x.id: x for x in old.decisions},
        {x.id: x for x in new.decisions},
        lambda decision: decision.title,
    )


def _name(old: Definition, new: Definition) -> list[Change]:
    section = SECTIONS[0]
    found = []
    for field, label in (("title", marked("Title")), ("name", marked("Name"))):
        before, after = getattr(old, field), getattr(new, field)
        if before != after:
            found.append(
                Change(
                    section,
                    CHANGED,
                    field,
                    tr_text(
                        "{label} {old} is now {new}.",
                        label=tr_text(label),
                        old=repr(before),
                        new=repr(after),
                    ),
                )
            )
    if old.badge_label != new.badge_label:
        found.append(
            Change(
                section,
                CHANGED,
                "badge.label",
                tr_text(
                    "Badges read {new} (were {old}).",
                    new=repr(new.badge_label_text()),
                    old=repr(old.badge_label_text()),
                ),
            )
        )
    return found


# --- crosswalks -------------------------------------------------------------------------------


def _g7(old: Definition, new: Definition) -> list[Change]:
    section = SECTIONS[10]
    found = _keyed(
        section,
        {label.id: label for label in old.g7.labels},
        {label.id: label for label in new.g7.labels},
        lambda label: tr_text("Label {title}", title=label.title),
    )
    for level in old.levels:
        label_id = old.g7.by_level.get(level.id)
        image = counterpart(old, new, level.id)
        new_label = new.g7.by_level.get(image.id) if image is not None else None
        one_to_one = label_id == level.id
        if one_to_one and new_label == label_id:
            continue
        if label_id is None and new_label is None:
            continue
        read = old.g7.label(label_id).title if label_id else tr_text("no label")
        now = new.g7.label(new_label).title if new_label else tr_text("no label")
        note = old.g7.notes.get(level.id, "")
        target = f"{image.title} ({image.id})" if image is not None else tr_text("no level")
        found.append(
            Change(
                section,
                CHANGED,
                level.id,
                tr_text(
                    "{old} read {title} as {read}. {note} In {new} it became {target}, whose "
                    "G7 label is {now}.",
                    old=old.version,
                    title=level.title,
                    read=read,
                    note=note,
                    new=new.version,
                    target=target,
                    now=now,
                ).replace("  ", " "),
            )
        )
    return found


def _osaid(old: Definition, new: Definition) -> list[Change]:
    section = SECTIONS[11]
    before = {r.id: r for r in _flat(old.osaid.requires)}
    after = {r.id: r for r in _flat(new.osaid.requires)}
    found = [
        Change(
            section,
            ADDED,
            rid,
            tr_text(
                "OSAID {version} item: {summary}", version=new.osaid.version, summary=req.summary
            ),
        )
        for rid, req in after.items()
        if rid not in before
    ]
    found += [
        Change(
            section,
            REMOVED,
            rid,
            tr_text(
                "OSAID {version} item: {summary}", version=old.osaid.version, summary=req.summary
            ),
        )
        for rid, req in before.items()
        if rid not in after
    ]
    for rid, req in after.items():
        if rid in before:
            parts = _requirement_differences(before[rid], req)
            if parts:
                found.append(Change(section, CHANGED, rid, _sentence(parts)))
    return found


# --- licence policy ---------------------------------------------------------------------------


def _license_entries(d: Definition) -> dict[str, tuple[str, Any]]:
    """Every entry of the licence policy, by a key that names its list and its id."""
    policy = d.licenses
    entries: dict[str, tuple[str, Any]] = {}
    for rid, restriction in policy.restrictions.items():
        entries[f"restriction {rid}"] = (
            tr_text("Restriction {title}", title=restriction.title),
            restriction,
        )
    for kind, accept in policy.kinds.items():
        entries[f"kind {kind}"] = (
            tr_text("Kind {kind} accepts {accept}", kind=kind, accept=", ".join(accept)),
            accept,
        )
    for group in policy.open_content:
        for pattern in group.patterns:
            entries[pattern] = (
                tr_text("Open content: {title}", title=group.title),
                (group.title, group.reason),
            )
    for group in policy.restricted:
        for pattern in group.patterns:
            entries[pattern] = (
                tr_text("Restricted ({restrictions})", restrictions=", ".join(group.restrictions)),
                (group.restrictions, group.reason),
            )
    for ref_id, ref in policy.license_refs.items():
        verdict = (
            tr_text("open for {kinds}", kinds=", ".join(ref.open_for))
            if ref.open_for
            else tr_text("restricted ({restrictions})", restrictions=", ".join(ref.restrictions))
        )
        entries[ref_id] = (f"{ref.name}: {verdict}", ref)
    for alias, resolution in policy.aliases.items():
        target = resolution.license or tr_text(
            "one of {choices}", choices=", ".join(resolution.choose_from)
        )
        entries[f"alias {alias}"] = (
            tr_text("Licence name {alias} read as {target}", alias=repr(alias), target=target),
            resolution,
        )
    return entries


def _licenses(old: Definition, new: Definition) -> list[Change]:
    section = SECTIONS[12]
    before, after = _license_entries(old), _license_entries(new)
    found = [Change(section, ADDED, key, after[key][0] + ".") for key in after if key not in before]
    found += [
        Change(section, REMOVED, key, before[key][0] + ".") for key in before if key not in after
    ]
    for key, (label, value) in after.items():
        if key not in before or before[key][1] == value:
            continue
        old_label, old_value = before[key]
        if old_label != label:
            detail = tr_text("{label} (was: {old}).", label=label, old=old_label)
        else:
            detail = tr_text(
                "{label} (changed: {fields}).",
                label=label,
                fields=_fields_changed(old_value, value),
            )
        found.append(Change(section, CHANGED, key, detail))
    return found
