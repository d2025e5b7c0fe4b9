"""``/definition/<version>/licenses/``: the licence policy, every licence with a reason."""

from __future__ import annotations

import html

from openness import urls
from openness.definition import Definition
from openness.licensing.policy import LicensePolicy
from openness.site.language import marked, tr, tr_text
from openness.site.markdown import cell, code, href, link, rel, text
from openness.site.pages.common import as_markdown, render, version_note
from openness.site.sources import Site

# How the page words each value of a kind's ``accept`` list.
ACCEPT_WORDS = {
    "osi-approved": marked("OSI-approved licences"),
    "open-content": marked("licences on the open content list"),
}


def licenses_page(site: Site, d: Definition) -> str:
    """The policy's words, then every licence it knows in groups that each give their
    reason once, filterable by text, kind and verdict; each model licence without an SPDX
    id has its own page."""
    uri = urls.licenses_doc(d.version)
    policy = d.licenses
    note = as_markdown(version_note(site, d, uri))
    return render(
        "licenses.md.j2",
        uri,
        version_note=note,
        policy=policy,
        restrictions=as_markdown(_restrictions_list(policy)),
        kinds=[(k.id, k.title) for k in d.kinds if k.id in policy.kinds],
        kind_titles={k.id: k.title for k in d.kinds},
        accepted={
            kind_id: tr_text(" and ").join(
                tr_text(ACCEPT_WORDS[a]) if a in ACCEPT_WORDS else a for a in accept
            )
            for kind_id, accept in policy.kinds.items()
        },
        finder=as_markdown(licence_finder(d, uri)),
        aliases_table=as_markdown(_indented(_aliases_table(policy))),
    )


def licence_slug(license_id: str) -> str:
    """The page name of a licence: its id in lower case."""
    return license_id.lower()


def licence_doc(version: str, license_id: str) -> str:
    """The page of one model licence without an SPDX id (a ``LicenseRef-``)."""
    return f"definition/{version}/licenses/{licence_slug(license_id)}.md"


def licence_page_doc(d: Definition, expression: str) -> str:
    """The page of a licence expression's ``LicenseRef-``, or "" (no page of its own)."""
    ref = d.licenses.license_ref(expression)
    return licence_doc(d.version, ref.id) if ref is not None else ""


def _indented(lines: list[str]) -> list[str]:
    return ["    " + line if line else "" for line in lines]


def _restrictions_list(policy: LicensePolicy) -> list[str]:
    return [
        f'- <span id="restriction-{r.id}"></span>**{text(r.title)}** ({code(r.id)}): '
        f"{text(r.summary)}"
        for r in policy.restrictions.values()
    ]


def _item(label: str, open_kinds: list[str], title: str = "", href: str = "") -> str:
    """One licence of the finder: its id, the kinds it is open for (the filters read
    them), its name on hover."""
    inner = f'<a href="{href}">{html.escape(label)}</a>' if href else html.escape(label)
    hover = f' title="{html.escape(title)}"' if title else ""
    name = html.escape(f"{label} {title}".lower())
    return f'<li data-open="{" ".join(open_kinds)}" data-name="{name}"{hover}>{inner}</li>'


def licence_finder(d: Definition, uri: str) -> list[str]:
    """Every licence the policy judges, grouped so that each reason is said once."""
    from openness.licensing import spdx

    policy = d.licenses
    kinds = [k.id for k in d.kinds if k.id in policy.kinds]
    titles = {k.id: k.title.lower() for k in d.kinds}
    restricted_ids: dict[int, list[str]] = {}
    by_signature: dict[tuple[str, ...], list[str]] = {}
    names: dict[str, str] = {}
    for license_id in sorted(spdx.license_ids(), key=str.lower):
        lic = spdx.lookup(license_id)
        if lic is None or lic.deprecated:
            continue
        names[lic.id] = lic.name
        group = next((i for i, g in enumerate(policy.restricted) if g.matches(lic.id)), None)
        if group is not None:
            restricted_ids.setdefault(group, []).append(lic.id)
            continue
        signature = tuple(k for k in kinds if policy.judge(lic.id, k).is_open)
        by_signature.setdefault(signature, []).append(lic.id)
    sections: list[tuple[str, str, list[str]]] = []  # heading, reason, items
    for signature in sorted(by_signature, key=lambda sig: (-len(sig), sig)):
        ids = by_signature[signature]
        if not signature:
            continue
        if len(signature) == len(kinds):
            heading = tr_text("Open for every kind")
            reason = tr_text("OSI-approved: open for code, and for weights, data and documents.")
        else:
            shut = [titles[k] for k in kinds if k not in signature]
            open_kinds = _series([titles[k] for k in signature])
            heading = tr_text(
                "Open for {kinds}, not for {shut}", kinds=open_kinds, shut=_series(shut)
            )
            reason = (
                tr_text(
                    "On the open content list, not OSI-approved: open for {kinds}; {shut} needs "
                    "an OSI-approved licence.",
                    kinds=open_kinds,
                    shut=_series(shut),
                )
                if len(shut) == 1
                else tr_text(
                    "On the open content list, not OSI-approved: open for {kinds}; {shut} need "
                    "an OSI-approved licence.",
                    kinds=open_kinds,
                    shut=_series(shut),
                )
            )
        sections.append(
            (heading, reason, [_item(i, list(signature), names.get(i, "")) for i in ids])
        )
    refs = list(policy.license_refs.values())
    ref_items = []
    for ref in refs:
        ref_items.append(
            _item(ref.id, list(ref.open_for), ref.name, href(uri, licence_doc(d.version, ref.id)))
        )
    sections.append(
        (
            tr_text("Model licences without an SPDX id"),
            tr_text(
                "Declare these with their LicenseRef- id; each has a page with its restrictions "
                "and reason."
            ),
            ref_items,
        )
    )
    for index, group in enumerate(policy.restricted):
        restrictions = ", ".join(policy.restriction_title(r).lower() for r in group.restrictions)
        heading = group.title or tr_text("Restricted: {restrictions}", restrictions=restrictions)
        ids = restricted_ids.get(index) or list(group.exact)
        sections.append((heading, f"{group.reason}", [_item(i, [], names.get(i, "")) for i in ids]))
    closed = by_signature.get((), [])
    lines = [
        '<div class="oa-filter oa-licence-controls">',
        f'<label>{tr("Find")} <input type="search" id="oa-licence-filter" '
        f'placeholder="{tr("an id or a name, e.g. apache, llama, cc-by")}"></label>',
        f'<label>{tr("Kind")} <select id="oa-licence-kind"><option value="">{tr("any")}</option>'
        + "".join(f'<option value="{k}">{html.escape(titles[k])}</option>' for k in kinds)
        + "</select></label>",
        f'<label>{tr("Verdict")} <select id="oa-licence-verdict">'
        f'<option value="">{tr("any")}</option>'
        f'<option value="open">{tr("open")}</option>'
        f'<option value="closed">{tr("not open")}</option>'
        "</select></label>",
        '<span id="oa-licence-count" aria-live="polite" '
        f'data-template="{tr("{shown} of {total} licences")}"></span>',
        "</div>",
        "",
        '<div class="oa-licences">',
    ]
    for heading, reason, items in sections:
        lines += _section(heading, reason, items)
    lines += _section(
        tr_text("Not open for any kind"),
        tr_text("Neither OSI-approved nor on the open content list, so not open for any kind."),
        [_item(i, [], names.get(i, "")) for i in closed],
        collapsed=True,
    )
    lines += ["</div>", ""]
    return lines


def _section(heading: str, reason: str, items: list[str], collapsed: bool = False) -> list[str]:
    count = f' <span class="oa-licence-n">({len(items)})</span>'
    head = (
        f"<summary><b>{html.escape(heading)}</b>{count}</summary>"
        if collapsed
        else (f'<p class="oa-licence-head"><b>{html.escape(heading)}</b>{count}</p>')
    )
    tag = "details" if collapsed else "div"
    return [
        f'<{tag} class="oa-licence-group">{head}',
        f'<p class="oa-licence-why">{html.escape(reason)}</p>',
        '<ul class="oa-licence-ids">',
        *items,
        "</ul>",
        f"</{tag}>",
    ]


def _series(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return tr_text("{items} and {last}", items=", ".join(items[:-1]), last=items[-1])


def licence_page(site: Site, d: Definition, ref_id: str) -> str:
    """``/definition/<version>/licenses/<id>/``: one model licence without an SPDX id."""
    uri = licence_doc(d.version, ref_id)
    policy = d.licenses
    ref = policy.license_ref(ref_id)
    assert ref is not None
    restrictions = [policy.restriction(r) for r in ref.restrictions]
    used_by = [
        e
        for e in site.examples
        if e.report.definition_version == d.version
        and any(
            isinstance(c, dict) and ref.id in str(c.get("license", ""))
            for c in e.components.values()
        )
    ]
    return render(
        "license.md.j2",
        uri,
        version_note=as_markdown(version_note(site, d, uri)),
        ref=ref,
        open_for=", ".join(ref.open_for) or tr_text("nothing"),
        restrictions=restrictions,
        policy_link=as_markdown(link(tr("licence policy"), uri, urls.licenses_doc(d.version))),
        restriction_href={
            r.id: rel(uri, urls.licenses_doc(d.version) + f"#restriction-{r.id}")
            for r in restrictions
        },
        used_by=[as_markdown(link(text(e.name), uri, urls.model_doc(e.slug))) for e in used_by],
    )


def _aliases_table(policy: LicensePolicy) -> list[str]:
    lines = [tr("| Hugging Face id | Stands for |"), "| --- | --- |"]
    for entry in policy.aliases.values():
        if entry.license is not None:
            target = code(entry.license)
        elif entry.choose_from:
            choices = ", ".join(code(c) for c in entry.choose_from)
            target = tr(
                "ambiguous: {reason} Choose from {choices}.",
                reason=cell(entry.reason),
                choices=choices,
            )
        else:
            target = tr("refused: {reason}", reason=cell(entry.reason))
        lines.append(f"| {code(entry.text)} | {target} |")
    return lines
