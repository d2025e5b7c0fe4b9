"""A licence reason the licence policy composed in English, said in another language.

The policy (``openness.licensing``) builds a closed licence's reason from the
definition's texts and a few fixed shapes: ``<id> (<name>): <reason>``,
``<id>: <reason>``, ``<id> <reason>``, or "is not OSI-approved" sentences. The
definition's texts are translated from the catalogue, the fixed shapes from the
table below; a reason of any other shape stays in English rather than be guessed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from openness.i18n.catalogue import catalogue
from openness.licensing.verdict import (
    GENERIC_RESTRICTIONS,
    LicenseJudgement,
    LicenseVerdict,
    why_not_open,
)
from openness.licensing.verdict import _without_subject as without_subject

if TYPE_CHECKING:
    from openness.definition import Definition

_NOT_OSI = re.compile(
    r"^(?P<id>\S+) is not OSI-approved, and (?P<kind>\w+) needs an OSI-approved licence"
    r"(?P<why> \(it is an open licence for weights, data and documents\)"
    r"| \(being FSF-libre is not enough\))?$"
)
_NEITHER = re.compile(r"^(?P<id>\S+) is neither OSI-approved nor on the open content list$")
_SUBJECT = re.compile(r"^(?P<subject>\S+(?: \([^)]*\))?)(?P<sep>:? )(?P<rest>.+)$", re.S)

_FIXED = {
    "fr": {
        "kinds": {"code": "le code", "weights": "les poids", "data": "les données"},
        "not-osi": "{id} n'est pas approuvée par l'OSI, et {kind} exige une licence approuvée "
        "par l'OSI",
        " (it is an open licence for weights, data and documents)": " (c'est une licence "
        "ouverte pour les poids, les données et les documents)",
        " (being FSF-libre is not enough)": " (être libre au sens de la FSF ne suffit pas)",
        "neither": "{id} n'est ni approuvée par l'OSI ni sur la liste des contenus ouverts",
    }
}


def definition_text(fragment: str, language: str) -> str | None:
    """The translation of a definition text as a reason quotes it: whole, without its
    full stop, or with its first letter raised; None when it is not one."""
    texts = catalogue(language)
    stripped = fragment.rstrip(".")
    candidates = [
        (fragment, ""),
        (stripped + ".", "strip"),
        (fragment[:1].lower() + fragment[1:], "raise"),
        (stripped[:1].lower() + stripped[1:] + ".", "raise-strip"),
    ]
    for english, how in candidates:
        if texts.has(english):
            said = texts.text(english)
            if "strip" in how:
                said = said.rstrip(".")
            if "raise" in how:
                said = said[:1].upper() + said[1:]
            return said
    return None


def licence_reason(reason: str, language: str) -> str:
    """``reason`` in ``language`` where its shape is known; else ``reason`` unchanged."""
    fixed = _FIXED.get(language)
    if fixed is None:
        return reason
    whole = definition_text(reason, language)
    if whole is not None:
        return whole
    match = _NOT_OSI.match(reason.rstrip("."))
    if match:
        kind = fixed["kinds"].get(match["kind"], match["kind"])
        said = fixed["not-osi"].format(id=match["id"], kind=kind)
        return said + (fixed[match["why"]] if match["why"] else "")
    match = _NEITHER.match(reason.rstrip("."))
    if match:
        return fixed["neither"].format(id=match["id"])
    match = _SUBJECT.match(reason)
    if match:
        rest = definition_text(match["rest"], language)
        if rest is not None:
            separator = " : " if match["sep"] == ": " else " "
            return f"{match['subject']}{separator}{rest}"
    return reason


def _messages():  # messages imports this module: import it when first needed
    from openness.i18n import messages

    return messages


def judgement_message(
    judgement: LicenseJudgement, definition: Definition, expression: str, kind: str
) -> str:
    """A closed licence's short reason (``judgement.reason``, in English as the policy
    says it), carrying what another language needs to say it again."""
    if judgement.is_open:
        return judgement.reason
    if judgement.code == "invalid-license-expression":
        return _messages().verbatim(judgement.reason, "license.not-valid")
    verdict = definition.licenses.judge(expression, kind)
    if judgement.code == "unknown-license":
        names = tuple(u.text for u in verdict.unknown)
        return _messages().verbatim(judgement.reason, "license.not-recognised", names=names)
    return why_not_open_message(verdict, definition)


def why_not_open_message(verdict: LicenseVerdict, definition: Definition) -> str:
    """``licensing.verdict.why_not_open`` of ``verdict``, as a message: the same English,
    with the restriction titles, the kind and the closed licences' reasons as parameters."""
    policy = definition.licenses
    english = why_not_open(verdict, policy.restriction_title)
    titles = tuple(
        policy.restriction_title(r) for r in verdict.restrictions if r not in GENERIC_RESTRICTIONS
    )
    if titles:
        head = _messages().verbatim("", "license.restricts", titles=titles)
    elif verdict.kind == "code":
        head = _messages().verbatim("", "license.not-open-source-for-code")
    else:
        kind = next((k.title for k in definition.kinds if k.id == verdict.kind), verdict.kind)
        head = _messages().verbatim("", "license.not-open-for-kind", kind=kind)
    closed = [
        f
        for f in verdict.licenses
        if not f.is_open and f.reason and (not verdict.blocking or f.offset in verdict.blocking)
    ]
    reasons = [without_subject(f.reason, f.id) if len(closed) == 1 else f.reason for f in closed]
    details = tuple(dict.fromkeys(reason.rstrip(".") for reason in reasons))
    if not details:
        return _messages().Message(english, head.id, head.params)
    return _messages().verbatim(english, "license.why", head=head, details=details)


def did_you_mean(suggestions: tuple[str, ...]) -> str:
    """``licensing.suggest.did_you_mean`` as a message (the same English, word for word)."""
    messages = _messages()
    if len(suggestions) == 2 and " AND " in suggestions[0] + suggestions[1]:
        choices = tuple(
            messages.msg("lic.choice-and" if " AND " in s else "lic.choice-or", text=s)
            for s in suggestions
        )
    else:
        choices = tuple(
            messages.msg("lic.choice-quoted" if " " in s else "lic.choice", text=s)
            for s in suggestions
        )
    return messages.msg("lic.did-you-mean", choices=choices)
