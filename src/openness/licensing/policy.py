"""The licence policy of a definition version, and the verdict on a licence expression.

The policy is data: the ``licenses`` section of ``definition/<version>.json``. Build it
with :meth:`LicensePolicy.from_data` (a shipped version's is ``Definition.licenses``), then ask
:meth:`LicensePolicy.judge` whether an SPDX expression is open for a component kind::

    policy = LicensePolicy.from_data(definition["licenses"])
    verdict = policy.judge("Apache-2.0 OR LicenseRef-Llama-2-Community", "weights")
    verdict.is_open  # True: one branch of an OR is enough

Semantics: an id is open for a kind when the kind accepts it (code: OSI-approved only;
weights, data and documents: OSI-approved or on the open content list) and no
restriction rule names it. ``OR`` is open when any branch is, ``AND`` only when every
part is; ``X WITH exception`` and ``X+`` are judged as ``X`` (the exception must be a
known SPDX exception). A deprecated SPDX id is judged as its replacement and reported.
Hugging Face licence ids are understood when they name exactly one licence, and are
reported in :attr:`LicenseVerdict.aliases_used`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from fnmatch import translate
from typing import Any, Literal, NamedTuple

from openness.licensing import spdx
from openness.licensing.expression import (
    LICENSE_REF_PREFIX,
    LicenseExpressionError,
    LicenseTerm,
    Node,
    parse,
    render,
)
from openness.licensing.suggest import (
    build_index,
    did_you_mean,
    expression_suggestions,
    file_memo,
    skipped_near_matches,
    suggest,
)
from openness.licensing.verdict import (
    AliasUse,
    CaseFix,
    DeprecatedId,
    LicenseFinding,
    LicenseJudgement,
    LicenseVerdict,
    Source,
    UnknownLicense,
    judgement,
)

AliasStatus = Literal["exact", "ambiguous", "unknown"]

OSI_APPROVED = "osi-approved"
OPEN_CONTENT = "open-content"
NOT_APPROVED_FOR_KIND = "not-approved-for-kind"
UNKNOWN_TERMS = "unknown-terms"


# --- the policy's own records ------------------------------------------------------------

# Records are NamedTuples, not frozen dataclasses: a dataclass costs start-up time to create.


class Restriction(NamedTuple):
    """One entry of the fixed restriction vocabulary."""

    id: str
    title: str
    summary: str


class LicenseRefInfo(NamedTuple):
    """One of our own ``LicenseRef-`` ids, for a model licence with no SPDX id."""

    id: str
    name: str
    url: str
    hf_ids: tuple[str, ...]
    open_for: tuple[str, ...]
    restrictions: tuple[str, ...]
    reason: str
    license_names: tuple[str, ...] = ()
    """Strings model cards write as ``license_name`` under ``license: other`` for it."""


class AliasResolution(NamedTuple):
    """What a Hugging Face licence id stands for.

    ``status`` is ``"exact"`` (``license`` holds the one licence it names),
    ``"ambiguous"`` (``choose_from`` lists the exact ids to pick from; it is empty for
    ``other`` / ``unknown``, which name no licence) or ``"unknown"`` (not an alias).
    """

    text: str
    status: AliasStatus
    license: str | None = None
    choose_from: tuple[str, ...] = ()
    reason: str = ""

    @property
    def is_exact(self) -> bool:
        return self.status == "exact"


class LicenseGroup(NamedTuple):
    """Licence ids the policy names together, with why; ``?`` and ``*`` in an id
    stand for one character and for any text."""

    patterns: tuple[str, ...]
    restrictions: tuple[str, ...]
    reason: str
    title: str = ""
    exact: frozenset[str] = frozenset()  # the patterns without wildcards
    wildcards: re.Pattern[str] | None = None  # the others, as one expression

    def matches(self, license_id: str) -> bool:
        if license_id in self.exact:
            return True
        return self.wildcards is not None and self.wildcards.fullmatch(license_id) is not None


def _group(item: Mapping[str, Any]) -> LicenseGroup:
    patterns = tuple(item["ids"])
    wildcards = [p for p in patterns if "*" in p or "?" in p]
    return LicenseGroup(
        patterns,
        tuple(item.get("restrictions", ())),
        item["reason"],
        item.get("title", ""),
        frozenset(p for p in patterns if p not in wildcards),
        re.compile("|".join(translate(p) for p in wildcards)) if wildcards else None,
    )


# --- the policy --------------------------------------------------------------------------


class _Judged(NamedTuple):
    is_open: bool
    restrictions: tuple[str, ...]
    reason: str


class LicensePolicy:
    """The licence policy of one definition version (its ``licenses`` section).

    A plain class, not a dataclass: creating a dataclass costs start-up time.
    """

    __slots__ = (
        "_by_license_name",
        "_cache",
        "_refs_lower",
        "_suggest_index",
        "aliases",
        "aliases_source",
        "aliases_summary",
        "kind_summaries",
        "kinds",
        "license_refs",
        "open_content",
        "rationale",
        "restricted",
        "restrictions",
        "suggested",
        "summary",
    )

    def __init__(
        self,
        restrictions: dict[str, Restriction],
        kinds: dict[str, tuple[str, ...]],
        kind_summaries: dict[str, str],
        open_content: tuple[LicenseGroup, ...],
        restricted: tuple[LicenseGroup, ...],
        license_refs: dict[str, LicenseRefInfo],
        aliases: dict[str, AliasResolution],
        suggested: dict[str, tuple[str, ...]] | None = None,
        summary: str = "",
        rationale: str = "",
        aliases_summary: str = "",
        aliases_source: str = "",
        _refs_lower: dict[str, LicenseRefInfo] | None = None,
        _cache: dict[tuple[str, str], LicenseVerdict] | None = None,
        _suggest_index: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        self.restrictions = restrictions
        self.kinds = kinds
        self.kind_summaries = kind_summaries
        self.open_content = open_content
        self.restricted = restricted
        self.license_refs = license_refs
        self.aliases = aliases
        self.suggested = {} if suggested is None else suggested
        self.summary = summary
        self.rationale = rationale
        self.aliases_summary = aliases_summary
        self.aliases_source = aliases_source
        self._refs_lower = {} if _refs_lower is None else _refs_lower
        self._cache = {} if _cache is None else _cache
        self._suggest_index = _suggest_index
        self._by_license_name = {
            name.lower(): ref for ref in license_refs.values() for name in ref.license_names
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any], *, check: bool = True) -> LicensePolicy:
        """Build the policy from a definition's ``licenses`` section.

        ``check=False`` skips the consistency check: for the shipped definitions,
        which the tests check, so that start-up does not repeat it.
        Raises ValueError when the section refers to a restriction, kind or licence that
        it does not define.
        """
        restrictions = {
            r["id"]: Restriction(r["id"], r["title"], r["summary"]) for r in data["restrictions"]
        }
        kinds = {k: tuple(v["accept"]) for k, v in data["kinds"].items()}
        summaries = {k: v.get("summary", "") for k, v in data["kinds"].items()}
        refs = {}
        for item in data["license_refs"]:
            refs[item["id"]] = LicenseRefInfo(
                id=item["id"],
                name=item["name"],
                url=item["url"],
                hf_ids=tuple(item.get("hf_ids", ())),
                open_for=tuple(item.get("open_for", ())),
                restrictions=tuple(item.get("restrictions", ())),
                reason=item["reason"],
                license_names=tuple(item.get("license_names", ())),
            )
        aliases: dict[str, AliasResolution] = {}
        for entry in data["aliases"]["entries"]:
            alias = entry["alias"]
            if "license" in entry:
                aliases[alias] = AliasResolution(alias, "exact", license=entry["license"])
            else:
                aliases[alias] = AliasResolution(
                    alias,
                    "ambiguous",
                    choose_from=tuple(entry["choose_from"]),
                    reason=entry.get("reason", ""),
                )
        policy = cls(
            restrictions=restrictions,
            kinds=kinds,
            kind_summaries=summaries,
            open_content=tuple(_group(g) for g in data["open_content"]),
            restricted=tuple(_group(g) for g in data["restricted"]),
            license_refs=refs,
            aliases=aliases,
            suggested={k: tuple(v.get("suggest", ())) for k, v in data["kinds"].items()},
            summary=data.get("summary", ""),
            rationale=data.get("rationale", ""),
            aliases_summary=data["aliases"].get("summary", ""),
            aliases_source=data["aliases"].get("source", ""),
        )
        policy._refs_lower = {ref_id.lower(): ref for ref_id, ref in refs.items()}
        problems = policy.consistency_problems() if check else []
        if problems:
            raise ValueError("inconsistent licenses section: " + "; ".join(problems))
        return policy

    # -- checks ------------------------------------------------------------------------

    def consistency_problems(self) -> list[str]:
        """What in the data refers to something undefined (empty when consistent)."""
        problems: list[str] = []
        known_restrictions = set(self.restrictions)
        for kind, accepted in self.kinds.items():
            for item in accepted:
                if item not in (OSI_APPROVED, OPEN_CONTENT):
                    problems.append(f"kind {kind}: unknown acceptance rule {item!r}")
        for group in self.restricted:
            for rid in group.restrictions:
                if rid not in known_restrictions:
                    problems.append(f"restricted {group.patterns}: unknown restriction {rid!r}")
            if not group.restrictions:
                problems.append(f"restricted {group.patterns}: no restriction named")
        for ref in self.license_refs.values():
            if not ref.id.startswith(LICENSE_REF_PREFIX):
                problems.append(f"{ref.id}: a LicenseRef id must start with {LICENSE_REF_PREFIX}")
            for rid in ref.restrictions:
                if rid not in known_restrictions:
                    problems.append(f"{ref.id}: unknown restriction {rid!r}")
            for kind in ref.open_for:
                if kind not in self.kinds:
                    problems.append(f"{ref.id}: unknown kind {kind!r}")
        if len(self._refs_lower) != len(self.license_refs):
            problems.append("two LicenseRef ids differ only in case")
        for alias in self.aliases.values():
            targets = [alias.license] if alias.license else list(alias.choose_from)
            for target in targets:
                if not self._exists(target):
                    problems.append(f"alias {alias.text}: unknown licence {target!r}")
        for ref in self.license_refs.values():
            for hf in ref.hf_ids:
                resolution = self.aliases.get(hf)
                if resolution is None or resolution.license != ref.id:
                    problems.append(f"{ref.id}: Hugging Face id {hf!r} is not an alias of it")
        problems.extend(self._license_name_problems())
        return problems

    def _license_name_problems(self) -> list[str]:
        """A ``license_name`` must name one licence, in lower case, and not be an HF id."""
        problems: list[str] = []
        seen: dict[str, str] = {}
        for ref in self.license_refs.values():
            for name in ref.license_names:
                if name != name.strip().lower() or not name:
                    problems.append(f"{ref.id}: license_name {name!r} is not lower case")
                if name in seen:
                    problems.append(f"license_name {name!r} names both {seen[name]} and {ref.id}")
                seen[name] = ref.id
                if name in self.aliases:
                    problems.append(f"{ref.id}: license_name {name!r} is a Hugging Face id")
        return problems

    def _exists(self, license_id: str) -> bool:
        if license_id in self.license_refs:
            return True
        lic = spdx.lookup(license_id)
        return lic is not None and lic.id == license_id

    # -- lookups -----------------------------------------------------------------------

    def license_ref(self, ref_id: str) -> LicenseRefInfo | None:
        """One of our LicenseRef- ids (any case), or None."""
        return self._refs_lower.get(ref_id.lower())

    def license_name_ref(self, license_name: str) -> LicenseRefInfo | None:
        """The LicenseRef a model card's ``license_name`` (any case) stands for, or None.

        Hugging Face cards with ``license: other`` name their licence in ``license_name``;
        these free strings are matched exactly, never loosely, since similar strings
        (``qwen``, ``qwen-research``) name different licences.
        """
        return self._by_license_name.get(license_name.strip().lower())

    def restriction(self, restriction_id: str) -> Restriction:
        return self.restrictions[restriction_id]

    def restriction_title(self, restriction_id: str) -> str:
        """The restriction's title (its id when the policy does not define it)."""
        found = self.restrictions.get(restriction_id)
        return restriction_id if found is None else found.title

    def judgement(self, expression: str, kind: str) -> LicenseJudgement:
        """The short form of :meth:`judge`: open or not, and why in a few words."""
        return judgement(self.judge(expression, kind), self.restriction_title)

    def resolve_alias(self, text: str) -> AliasResolution:
        """What a Hugging Face licence id (any case) stands for."""
        found = self.aliases.get(text.strip().lower())
        if found is None:
            return AliasResolution(
                text, "unknown", reason=f"{text!r} is not a known Hugging Face licence id"
            )
        return found

    def is_open_content(self, license_id: str) -> bool:
        return any(g.matches(license_id) for g in self.open_content)

    # -- suggestions -------------------------------------------------------------------

    def suggest(self, text: str, limit: int = 3) -> tuple[str, ...]:
        """Licence ids the text probably means (see :mod:`openness.licensing.suggest`)."""
        return suggest(self.name_index(), text, limit)

    def name_index(self) -> dict[str, tuple[str, ...]]:
        """The loose index of licence names, built on first use."""
        if self._suggest_index is None:
            self._suggest_index = build_index(self)
        return self._suggest_index

    # -- judging -----------------------------------------------------------------------

    def judge(self, expression: str, kind: str) -> LicenseVerdict:
        """Whether ``expression`` is an open licence for a component of ``kind``.

        Never raises for bad input: a syntax error gives a verdict with ``error`` set.
        Raises ValueError for a kind the policy does not define.
        """
        if kind not in self.kinds:
            raise ValueError(f"unknown component kind {kind!r} (one of {', '.join(self.kinds)})")
        key = (expression, kind)
        memo = file_memo()
        cached = self._cache.get(key) or (memo.get(key) if memo is not None else None)
        if cached is None:
            skipped = skipped_near_matches()
            cached = self._judge(expression, kind)
            # a verdict whose hint the file's budget cut short is not kept for others
            if len(self._cache) < 4096 and skipped_near_matches() == skipped:
                self._cache[key] = cached
            elif memo is not None:
                memo[key] = cached
        return cached  # type: ignore[return-value]

    def _judge(self, expression: str, kind: str) -> LicenseVerdict:
        try:
            parsed = parse(expression)
        except LicenseExpressionError as error:
            alias = self.aliases.get(expression.strip().lower())
            if alias is not None:
                return self._judge_bare_alias(expression, kind, alias)
            suggestions = (
                expression_suggestions(self.name_index(), expression)
                if len(expression) <= 200
                else ()
            )
            hint = f" ({did_you_mean(suggestions)})" if suggestions else ""
            return LicenseVerdict(
                expression=expression,
                kind=kind,
                is_open=False,
                reason=f"The licence expression does not parse: {error}{hint}.",
                normalized=None,
                restrictions=(UNKNOWN_TERMS,),
                error=error,
                suggestions=suggestions,
            )
        state = _State()
        findings: dict[int, LicenseFinding] = {}
        for term in parsed.terms():
            findings[term.offset] = self._judge_term(term, kind, state)
        is_open, restrictions, blocking = _evaluate(parsed.node, findings)
        normalized = render(parsed.node, lambda t: _normal_text(t, findings[t.offset]))
        ordered = tuple(findings[t.offset] for t in parsed.terms())
        blockers = tuple(f for f in ordered if f.offset in blocking)
        return LicenseVerdict(
            expression=expression,
            kind=kind,
            is_open=is_open,
            reason=_summary(normalized, kind, is_open, ordered, blockers),
            normalized=normalized,
            restrictions=() if is_open else tuple(sorted(restrictions)),
            licenses=ordered,
            blocking=tuple(f.offset for f in blockers),
            unknown=tuple(state.unknown),
            deprecated=tuple(state.deprecated),
            aliases_used=tuple(state.aliases),
            case_fixes=tuple(state.case_fixes),
            warnings=tuple(f"{w.message} (column {w.column})" for w in parsed.warnings),
        )

    def _judge_bare_alias(
        self, expression: str, kind: str, alias: AliasResolution
    ) -> LicenseVerdict:
        """A Hugging Face id that is not valid SPDX syntax on its own (``openrail++``)."""
        offset = len(expression) - len(expression.lstrip())
        if alias.license is not None:
            verdict = self._judge(alias.license, kind)
            return verdict._replace(
                expression=expression,
                aliases_used=(AliasUse(expression.strip(), alias.license, offset),),
                licenses=tuple(
                    f._replace(text=expression.strip(), offset=offset, source="alias")
                    for f in verdict.licenses
                ),
                blocking=(offset,) if verdict.blocking else (),
            )
        reason = alias.reason or f"{alias.text} does not name one licence"
        return LicenseVerdict(
            expression=expression,
            kind=kind,
            is_open=False,
            reason=f"{expression.strip()} is not open for {kind}: {reason.rstrip('.')}.",
            normalized=None,
            restrictions=(UNKNOWN_TERMS,),
            unknown=(UnknownLicense(expression.strip(), offset, alias.choose_from, reason),),
        )

    def _judge_term(self, term: LicenseTerm, kind: str, state: _State) -> LicenseFinding:
        text = term.id + ("+" if term.plus else "")
        exception, exc_judged = self._judge_exception(term, state)
        if term.is_document_ref:
            reason = (
                f"{term.id} refers to a licence in another SPDX document, which cannot be judged"
            )
            state.unknown.append(UnknownLicense(term.id, term.offset, (), reason))
            return LicenseFinding(
                text, None, term.offset, "unknown", False, (UNKNOWN_TERMS,), reason, exception
            )
        if term.is_license_ref:
            ref = self.license_ref(term.id)
            if ref is None:
                suggestions = self.suggest(term.id)
                reason = f"{term.id} is not one of this definition's LicenseRef- ids"
                state.unknown.append(UnknownLicense(term.id, term.offset, suggestions, reason))
                return LicenseFinding(
                    text, None, term.offset, "unknown", False, (UNKNOWN_TERMS,), reason, exception
                )
            if ref.id != term.id:
                state.case_fixes.append(CaseFix(term.id, ref.id, term.offset))
            judged = self._judge_ref(ref, kind)
            return self._finding(text, ref.id, term, "license-ref", judged, exception, exc_judged)

        # An SPDX id, a Hugging Face alias, or unknown.
        lic = spdx.lookup(term.id + "+") if term.plus else None
        if lic is None:
            lic = spdx.lookup(term.id)
        exact = lic is not None and lic.id in (term.id, term.id + "+")
        alias = self.aliases.get(term.id.lower())
        if not exact and alias is not None and alias.status == "ambiguous":
            reason = alias.reason or f"{term.id} does not name one licence"
            state.unknown.append(UnknownLicense(term.id, term.offset, alias.choose_from, reason))
            return LicenseFinding(
                text, None, term.offset, "unknown", False, (UNKNOWN_TERMS,), reason, exception
            )
        if lic is not None:
            if not exact:
                written = lic.id[:-1] if term.plus and lic.id.endswith("+") else lic.id
                state.case_fixes.append(CaseFix(term.id, written, term.offset))
            judged = self._judge_spdx_license(lic, kind, term, state)
            finding = self._finding(text, lic.id, term, "spdx", judged, exception, exc_judged)
            if lic.deprecated:
                finding = _with_deprecation(finding, lic.replacement)
            return finding
        if alias is not None and alias.license is not None:
            state.aliases.append(AliasUse(term.id, alias.license, term.offset))
            ref = self.license_refs.get(alias.license)
            if ref is not None:
                judged = self._judge_ref(ref, kind)
            else:
                target = spdx.lookup(alias.license)
                assert target is not None
                judged = self._judge_spdx_license(target, kind, term, state)
            return self._finding(text, alias.license, term, "alias", judged, exception, exc_judged)
        suggestions = self.suggest(term.id)
        reason = f"{term.id} is not an SPDX licence id nor a LicenseRef- id of this definition"
        state.unknown.append(UnknownLicense(term.id, term.offset, suggestions, reason))
        return LicenseFinding(
            text, None, term.offset, "unknown", False, (UNKNOWN_TERMS,), reason, exception
        )

    @staticmethod
    def _finding(
        text: str,
        license_id: str,
        term: LicenseTerm,
        source: Source,
        judged: _Judged,
        exception: str | None,
        exc_judged: _Judged | None,
    ) -> LicenseFinding:
        if exc_judged is not None and judged.is_open:
            judged = exc_judged
        return LicenseFinding(
            text,
            license_id,
            term.offset,
            source,
            judged.is_open,
            judged.restrictions,
            judged.reason,
            exception,
        )

    def _judge_exception(
        self, term: LicenseTerm, state: _State
    ) -> tuple[str | None, _Judged | None]:
        if term.exception is None:
            return None, None
        offset = term.exception_offset if term.exception_offset is not None else term.offset
        exc = spdx.lookup_exception(term.exception)
        if exc is None:
            import difflib

            close = difflib.get_close_matches(
                term.exception.lower(),
                [e.lower() for e in spdx.exception_ids()],
                n=3,
                cutoff=0.75,
            )
            by_lower = {e.lower(): e for e in spdx.exception_ids()}
            suggestions = tuple(by_lower[c] for c in close)
            reason = f"{term.exception} is not an SPDX licence exception"
            state.unknown.append(
                UnknownLicense(term.exception, offset, suggestions, reason, is_exception=True)
            )
            return term.exception, _Judged(False, (UNKNOWN_TERMS,), reason)
        if exc.id != term.exception:
            state.case_fixes.append(CaseFix(term.exception, exc.id, offset))
        if exc.deprecated:
            state.deprecated.append(DeprecatedId(exc.id, offset, None, "deprecated exception id"))
        return exc.id, None

    def _judge_ref(self, ref: LicenseRefInfo, kind: str) -> _Judged:
        if kind in ref.open_for:
            return _Judged(True, (), f"{ref.id} ({ref.name}): {ref.reason}")
        restrictions = ref.restrictions or (NOT_APPROVED_FOR_KIND,)
        return _Judged(False, restrictions, f"{ref.id} ({ref.name}): {ref.reason}")

    def _judge_spdx_license(
        self, lic: spdx.SpdxLicense, kind: str, term: LicenseTerm, state: _State
    ) -> _Judged:
        if lic.deprecated:
            note = "" if lic.replacement else (spdx.no_replacement_note(lic.id) or "")
            state.deprecated.append(DeprecatedId(lic.id, term.offset, lic.replacement, note))
            if lic.replacement:
                base = lic.replacement.split(" WITH ")[0]
                target = spdx.lookup(base)
                if target is not None and not target.deprecated:
                    return self._judge_spdx_id(target, kind)
        return self._judge_spdx_id(lic, kind)

    def _judge_spdx_id(self, lic: spdx.SpdxLicense, kind: str) -> _Judged:
        for group in self.restricted:
            if group.matches(lic.id):
                return _Judged(False, group.restrictions, f"{lic.id}: {group.reason}")
        accepted = self.kinds[kind]
        content = next((g for g in self.open_content if g.matches(lic.id)), None)
        if OSI_APPROVED in accepted and lic.osi_approved:
            return _Judged(True, (), f"{lic.id} is an OSI-approved licence")
        if OPEN_CONTENT in accepted and content is not None:
            return _Judged(True, (), f"{lic.id} {content.reason}")
        if OPEN_CONTENT not in accepted:
            reason = f"{lic.id} is not OSI-approved, and {kind} needs an OSI-approved licence"
            if content is not None:
                reason += " (it is an open licence for weights, data and documents)"
            elif lic.fsf_libre:
                reason += " (being FSF-libre is not enough)"
        else:
            reason = f"{lic.id} is neither OSI-approved nor on the open content list"
        return _Judged(False, (NOT_APPROVED_FOR_KIND,), reason)


class _State:
    """What judging the terms of one expression collects besides the findings."""

    __slots__ = ("aliases", "case_fixes", "deprecated", "unknown")

    def __init__(
        self,
        unknown: list[UnknownLicense] | None = None,
        deprecated: list[DeprecatedId] | None = None,
        aliases: list[AliasUse] | None = None,
        case_fixes: list[CaseFix] | None = None,
    ) -> None:
        self.unknown = [] if unknown is None else unknown
        self.deprecated = [] if deprecated is None else deprecated
        self.aliases = [] if aliases is None else aliases
        self.case_fixes = [] if case_fixes is None else case_fixes


def _with_deprecation(finding: LicenseFinding, replacement: str | None) -> LicenseFinding:
    return LicenseFinding(
        finding.text,
        finding.id,
        finding.offset,
        finding.source,
        finding.is_open,
        finding.restrictions,
        finding.reason,
        finding.exception,
        True,
        replacement,
    )


def _evaluate(
    node: Node, findings: Mapping[int, LicenseFinding]
) -> tuple[bool, set[str], set[int]]:
    """Open or not, the restrictions that keep it closed, and the offsets of the terms
    that do (a closed branch of an OR that another branch satisfies keeps nothing closed,
    so it is neither blamed nor cited)."""
    if isinstance(node, LicenseTerm):
        finding = findings[node.offset]
        if finding.is_open:
            return True, set(), set()
        return False, set(finding.restrictions), {node.offset}
    results = [_evaluate(child, findings) for child in node.terms]
    if node.operator == "OR" and any(ok for ok, _, _ in results):
        return True, set(), set()
    closed = [(r, b) for ok, r, b in results if not ok]
    if not closed:
        return True, set(), set()
    return False, set().union(*(r for r, _ in closed)), set().union(*(b for _, b in closed))


def _normal_text(term: LicenseTerm, finding: LicenseFinding) -> str:
    if finding.id is None:
        return str(term)
    license_id = finding.id
    plus = term.plus and not license_id.endswith("+")
    if finding.deprecated and finding.replacement:
        replacement = finding.replacement
        if " WITH " in replacement and term.exception is not None:
            replacement = license_id  # two exceptions cannot be written: keep the old id
        elif not plus:
            return replacement + (f" WITH {finding.exception}" if finding.exception else "")
        license_id = replacement
    text = license_id + ("+" if plus else "")
    if finding.exception:
        text += f" WITH {finding.exception}"
    return text


def _summary(
    normalized: str,
    kind: str,
    is_open: bool,
    findings: Iterable[LicenseFinding],
    blockers: Iterable[LicenseFinding] = (),
) -> str:
    findings = list(findings)
    if is_open:
        first = next(f for f in findings if f.is_open)
        return f"{normalized} is open for {kind}: {first.reason.rstrip('.')}."
    reasons: list[str] = []
    for finding in list(blockers) or findings:
        reason = finding.reason.rstrip(".")
        if not finding.is_open and reason not in reasons:
            reasons.append(reason)
    return f"{normalized} is not open for {kind}: " + "; ".join(reasons) + "."
