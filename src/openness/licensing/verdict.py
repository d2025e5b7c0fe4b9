"""What the licence policy says of one licence expression, and its short form.

``LicenseVerdict`` is the full answer (every term, unknown ids, aliases, deprecated
ids); ``LicenseJudgement`` is what a level needs of it: open or not, and why in a
few words, with the rule a closed licence falls under.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, NamedTuple

from openness.licensing.expression import LicenseExpressionError

Source = Literal["spdx", "license-ref", "alias", "unknown"]


class LicenseFinding(NamedTuple):
    """The judgement on one licence term of the expression."""

    text: str
    """The term as written (id, with its ``+``)."""
    id: str | None
    """The canonical id judged (SPDX id or LicenseRef-), None when unknown."""
    offset: int
    source: Source
    is_open: bool
    restrictions: tuple[str, ...]
    reason: str
    exception: str | None = None
    deprecated: bool = False
    replacement: str | None = None


class UnknownLicense(NamedTuple):
    """An id that could not be identified, or an alias naming no single licence."""

    text: str
    offset: int
    suggestions: tuple[str, ...]
    reason: str
    is_exception: bool = False


class DeprecatedId(NamedTuple):
    """A deprecated SPDX licence or exception id, and what to write instead."""

    id: str
    offset: int
    replacement: str | None
    note: str = ""


class AliasUse(NamedTuple):
    """A Hugging Face licence id used in place of the licence id it names."""

    alias: str
    license: str
    offset: int


class CaseFix(NamedTuple):
    """An id written in another case than its canonical spelling."""

    text: str
    id: str
    offset: int


class LicenseVerdict(NamedTuple):
    """Whether a licence expression is open for a component kind, and why."""

    expression: str
    kind: str
    is_open: bool
    reason: str
    """One or two sentences for a human: the verdict and what decides it."""
    normalized: str | None
    """Canonical ids and case, aliases resolved, deprecated ids replaced; None if unparsable."""
    restrictions: tuple[str, ...] = ()
    """Restriction ids that keep the expression from being open (empty when open)."""
    licenses: tuple[LicenseFinding, ...] = ()
    unknown: tuple[UnknownLicense, ...] = ()
    deprecated: tuple[DeprecatedId, ...] = ()
    aliases_used: tuple[AliasUse, ...] = ()
    case_fixes: tuple[CaseFix, ...] = ()
    warnings: tuple[str, ...] = ()
    """Spelling warnings from the parser (e.g. lower-case operators), with their column."""
    error: LicenseExpressionError | None = None
    """Set when the expression does not parse."""
    suggestions: tuple[str, ...] = ()
    """For an unparsable expression: ids it probably means (``Apache 2.0`` -> ``Apache-2.0``)."""
    blocking: tuple[int, ...] = ()
    """Offsets of the terms that keep the expression closed (not a closed branch of an OR
    that another branch satisfies); empty when open."""


class LicenseJudgement(NamedTuple):
    """What a level requirement needs of a verdict: open or not, and why in a few words."""

    is_open: bool
    reason: str  # a verb phrase ("restricts use (...): why"); "" when open
    code: str = ""  # restricted-license | unknown-license | invalid-license-expression


# restrictions that say nothing beyond "not open for this kind"
GENERIC_RESTRICTIONS = frozenset({"not-approved-for-kind", "unknown-terms"})


def judgement(verdict: LicenseVerdict, restriction_title: Callable[[str], str]) -> LicenseJudgement:
    """The short form of ``verdict``; ``restriction_title`` names a restriction id."""
    if verdict.is_open:
        return LicenseJudgement(True, "")
    if verdict.error is not None:
        return LicenseJudgement(
            False, "is not a valid licence expression", "invalid-license-expression"
        )
    if verdict.unknown:
        names = ", ".join(u.text for u in verdict.unknown)
        return LicenseJudgement(
            False, f"names a licence that is not recognised ({names})", "unknown-license"
        )
    return LicenseJudgement(False, why_not_open(verdict, restriction_title), "restricted-license")


def why_not_open(verdict: LicenseVerdict, restriction_title: Callable[[str], str]) -> str:
    """A verb phrase: "restricts use (...): why", or, when nothing restricts use but the
    licence is not accepted for the kind, "is not an open source licence for code: why"
    ("is not an open licence for data: why" for the other kinds)."""
    titles = [
        restriction_title(restriction_id).lower()
        for restriction_id in verdict.restrictions
        if restriction_id not in GENERIC_RESTRICTIONS
    ]
    # only the terms that keep it closed: not a closed branch of an OR another one satisfies
    closed = [
        f
        for f in verdict.licenses
        if not f.is_open and f.reason and (not verdict.blocking or f.offset in verdict.blocking)
    ]
    # with one licence the expression already names it: drop "<id> (<name>): "
    reasons = [_without_subject(f.reason, f.id) if len(closed) == 1 else f.reason for f in closed]
    detail = "; ".join(dict.fromkeys(reason.rstrip(".") for reason in reasons))
    if titles:
        head = f"restricts use ({', '.join(titles)})"
    elif verdict.kind == "code":
        head = "is not an open source licence for code"
    else:
        head = f"is not an open licence for {verdict.kind}"
    return f"{head}: {detail}" if detail else head


def _without_subject(reason: str, license_id: str | None) -> str:
    if license_id and reason.startswith(license_id):
        head, separator, rest = reason.partition(": ")
        if separator and len(head) < 200:
            return rest[:1].upper() + rest[1:]
    return reason
