"""``/definition/<version>/licenses/``: the licence policy, every licence with a reason."""

from __future__ import annotations

from collections.abc import Iterable

from openness import urls
from openness.definition import Definition
from openness.licensing.policy import LicensePolicy
from openness.site.markdown import cell, code, link
from openness.site.pages.common import as_markdown, render, version_note
from openness.site.sources import Site

# How the page words each value of a kind's ``accept`` list.
ACCEPT_WORDS = {
    "osi-approved": "OSI-approved licences",
    "open-content": "the open content list below",
}


def licenses_page(site: Site, d: Definition) -> str:
    """The policy's words, its lists of licences, and every SPDX licence judged."""
    uri = urls.licenses_doc(d.version)
    policy = d.licenses
    note = as_markdown(version_note(site, d, uri))
    return render(
        "licenses.md.j2",
        uri,
        version_note=note,
        policy=policy,
        restrictions=list(policy.restrictions.values()),
        kind_titles={k.id: k.title for k in d.kinds},
        accepted={
            kind_id: " and ".join(ACCEPT_WORDS.get(a, a) for a in accept)
            for kind_id, accept in policy.kinds.items()
        },
        open_content_table=as_markdown(_open_content_table(policy)),
        restricted_table=as_markdown(_restricted_table(policy, uri, d.version)),
        license_refs_table=as_markdown(_license_refs_table(policy, uri, d.version)),
        spdx_tables=as_markdown(spdx_tables(d)),
        aliases_table=as_markdown(_aliases_table(policy)),
    )


def _restriction_links(ids: Iterable[str], from_uri: str, version: str) -> str:
    return ", ".join(
        link(code(rid), from_uri, urls.licenses_doc(version) + f"#restriction-{rid}") for rid in ids
    )


def _open_content_table(policy: LicensePolicy) -> list[str]:
    lines = ["| Licences | Ids | Why they are open |", "| --- | --- | --- |"]
    for group in policy.open_content:
        ids = ", ".join(code(i) for i in group.patterns)
        lines.append(f"| {cell(group.title)} | {ids} | {cell(group.reason)} |")
    return lines


def _restricted_table(policy: LicensePolicy, uri: str, version: str) -> list[str]:
    lines = ["| Ids | Restrictions | Why they are not open |", "| --- | --- | --- |"]
    for group in policy.restricted:
        ids = ", ".join(code(i) for i in group.patterns)
        lines.append(
            f"| {ids} | {_restriction_links(group.restrictions, uri, version)} "
            f"| {cell(group.reason)} |"
        )
    return lines


def _license_refs_table(policy: LicensePolicy, uri: str, version: str) -> list[str]:
    lines = [
        "| Id | Licence | Open for | Restrictions | Reason |",
        "| --- | --- | --- | --- | --- |",
    ]
    for ref in policy.license_refs.values():
        open_for = ", ".join(ref.open_for) or "nothing"
        name = f"[{cell(ref.name)}]({ref.url})" if ref.url else cell(ref.name)
        restrictions = _restriction_links(ref.restrictions, uri, version) or "none"
        lines.append(
            f"| {code(ref.id)} | {name} | {cell(open_for)} | {restrictions} | {cell(ref.reason)} |"
        )
    return lines


def _aliases_table(policy: LicensePolicy) -> list[str]:
    lines = ["| Hugging Face id | Stands for |", "| --- | --- |"]
    for entry in policy.aliases.values():
        if entry.license is not None:
            target = code(entry.license)
        elif entry.choose_from:
            choices = ", ".join(code(c) for c in entry.choose_from)
            target = f"ambiguous: {cell(entry.reason)} Choose from {choices}."
        else:
            target = f"refused: {cell(entry.reason)}"
        lines.append(f"| {code(entry.text)} | {target} |")
    return lines


def spdx_tables(d: Definition) -> list[str]:
    """Every SPDX licence, judged for every kind by the validator's own licence policy."""
    from openness.licensing import spdx

    policy = d.licenses
    kinds = [k.id for k in d.kinds]
    open_rows, closed_rows = [], []
    for license_id in sorted(spdx.license_ids(), key=str.lower):
        lic = spdx.lookup(license_id)
        if lic is None or lic.deprecated:
            continue
        verdicts = {kind: policy.judge(license_id, kind) for kind in kinds}
        if any(verdict.is_open for verdict in verdicts.values()):
            open_rows.append((lic, verdicts))
        else:
            closed_rows.append((lic, verdicts))
    lines = [
        f"## Every SPDX licence ({spdx.list_version()})",
        "",
        "Each id below is judged by the validator's licence check for each kind of "
        "component. Deprecated SPDX ids are judged as their replacement.",
        "",
        f"### Open for at least one kind ({len(open_rows)})",
        "",
        "| Id | Name | " + " | ".join(kinds) + " | When not open, why |",
        "| --- | --- | " + " | ".join("---" for _ in kinds) + " | --- |",
    ]
    for lic, verdicts in open_rows:
        marks = " | ".join("open" if verdicts[k].is_open else "**no**" for k in kinds)
        reasons = "; ".join(f"{k}: {verdicts[k].reason}" for k in kinds if not verdicts[k].is_open)
        lines.append(f"| {code(lic.id)} | {cell(lic.name)} | {marks} | {cell(reasons)} |")
    lines += [
        "",
        f"### Not open for any kind ({len(closed_rows)})",
        "",
        '??? note "Show the list"',
        "",
        "    | Id | Name | Why |",
        "    | --- | --- | --- |",
    ]
    for lic, verdicts in closed_rows:
        reasons = sorted({v.reason for v in verdicts.values()})
        lines.append(f"    | {code(lic.id)} | {cell(lic.name)} | {cell(' '.join(reasons))} |")
    lines.append("")
    return lines
