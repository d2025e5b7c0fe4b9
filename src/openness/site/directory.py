"""What the models directory says about one model, derived from its declaration and the
validator's report (never written by hand): the one-sentence answer to "Open source
AI?", the components by pillar, the "Can I use it?" facts from the licence policy, and
why our verdict differs from OSI's validation, OSAID or MOF where it does.

Plain text and plain records only: the page modules turn them into Markdown, and
:mod:`openness.site.index` into ``/models.json``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from openness.definition import Definition
from openness.report import FileReport, Gap
from openness.site.sources import Example

RELEASED, PARTIAL, NOT_RELEASED, NOT_APPLICABLE = (
    "released",
    "partial",
    "not-released",
    "not-applicable",
)

# --- the components by pillar ------------------------------------------------------------


class CellState(NamedTuple):
    """One state a component can be in, as the matrix shows it (symbol and words, so
    it reads without colour)."""

    id: str
    symbol: str
    label: str
    summary: str


STATES: dict[str, CellState] = {
    s.id: s
    for s in (
        CellState(
            "open", "✓", "released, open", "released under terms the definition counts as open"
        ),
        CellState(
            "restricted",
            "!",
            "released, restricted",
            "released, but under a licence that is not open for it, without one, or behind "
            "an agreement to accept",
        ),
        CellState("partial", "◐", "partly released", "only part of it is released"),
        CellState("not-released", "✗", "not released", "not publicly available"),
        CellState("not-applicable", "–", "not applicable", "does not exist for this model"),
    )
}


class Cell(NamedTuple):
    component: str  # component id
    title: str
    state: CellState
    license: str  # the declared licence expression ("" when none)


class PillarColumn(NamedTuple):
    id: str
    title: str
    cells: tuple[Cell, ...]


def component_state(d: Definition, component_id: str, declared: Any) -> CellState:
    """The matrix state of one declared component, by the validator's own tests: a
    released component is open when it passes the test the levels ask of its kind."""
    from openness.assess.levels import TESTS

    if not isinstance(declared, dict):
        return STATES["not-released"]
    status = declared.get("status", NOT_RELEASED)
    if status == NOT_APPLICABLE:
        return STATES["not-applicable"]
    if status == PARTIAL:
        return STATES["partial"]
    if status != RELEASED:
        return STATES["not-released"]
    test = "data-open" if declared.get("datasets") is not None else "open"
    return (
        STATES["open"] if TESTS[test](d, component_id, declared) is None else STATES["restricted"]
    )


def matrix(d: Definition, example: Example) -> list[PillarColumn]:
    """Every component of the definition, by pillar, with its state."""
    columns = []
    for pillar in d.pillars:
        cells = []
        for comp in d.components:
            if comp.pillar != pillar.id:
                continue
            declared = example.components.get(comp.id)
            licence = declared.get("license", "") if isinstance(declared, dict) else ""
            state = component_state(d, comp.id, declared)
            cells.append(Cell(comp.id, comp.title, state, str(licence or "")))
        columns.append(PillarColumn(pillar.id, pillar.title, tuple(cells)))
    return columns


# --- "Open source AI?" in one sentence ----------------------------------------------------

# restriction ids that are not restrictions on use, and get their own words
_NOT_USE = {"not-approved-for-kind", "unknown-terms"}


def _series(items: list[str], conjunction: str = "and") -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def _plain(title: str) -> str:
    """A component's title as a sentence names it ("weights" for the model parameters)."""
    return "weights" if title == "model parameters" else title


def _are(items: list[str]) -> str:
    """The verb for a list of component names (a single plural title takes "are")."""
    if len(items) > 1:
        return "are"
    return "are" if items and items[0].split()[-1].endswith("s") else "is"


def _lower_first(value: str) -> str:
    return (
        value[:1].lower() + value[1:] if value[:1].isupper() and not value[1:2].isupper() else value
    )


def licence_name(d: Definition, expression: str) -> str:
    """A licence as people name it: the policy's name of a ``LicenseRef-``, else the id."""
    ref = d.licenses.license_ref(expression)
    return ref.name if ref is not None else expression


def restriction_titles(d: Definition, expression: str, kind: str) -> list[str]:
    """The titles of the use restrictions the policy records for a licence (lower case)."""
    verdict = d.licenses.judge(expression, kind)
    return [
        _lower_first(d.licenses.restriction_title(rid))
        for rid in verdict.restrictions
        if rid not in _NOT_USE
    ]


def _unmet_gaps(report: FileReport, up_to_rank: int, d: Definition) -> list[Gap]:
    gaps: list[Gap] = []
    for check in report.levels:
        if not check.met and d.rank(check.level) <= up_to_rank:
            gaps.extend(check.missing)
    return gaps


def _above_gaps(report: FileReport, from_rank: int, d: Definition) -> list[Gap]:
    gaps: list[Gap] = []
    for check in report.levels:
        if not check.met and d.rank(check.level) > from_rank:
            gaps.extend(check.missing)
    return gaps


def gap_phrases(d: Definition, example: Example, gaps: Iterable[Gap]) -> list[str]:
    """What the gaps say, as short phrases for one sentence: the licence restrictions
    first (of every released component the gaps name, under the titles the licence
    policy gives them), then gates, then what is not released, then the data."""
    gaps = list(gaps)
    licences: dict[str, list[str]] = {}  # expression -> restriction titles
    licence_parts: dict[str, list[str]] = {}  # expression -> component titles
    not_open_for_kind: list[str] = []
    gated: list[str] = []
    missing: list[str] = []
    unlicensed: list[str] = []
    partial: list[str] = []
    not_applicable: list[str] = []
    data: list[str] = []
    seen: set[tuple[str, str]] = set()
    for gap in gaps:
        key = (gap.reason, ",".join(gap.components))
        if key in seen:
            continue
        seen.add(key)
        titles = [d.component(cid).title.lower() for cid in gap.components if d.has_component(cid)]
        for cid in gap.components:
            declared = example.components.get(cid)
            if not isinstance(declared, dict) or declared.get("status") not in (RELEASED, PARTIAL):
                continue
            expression = declared.get("license")
            if not isinstance(expression, str) or not expression:
                continue
            kind = d.component(cid).kind
            found = restriction_titles(d, expression, kind)
            if found:
                licences.setdefault(expression, [])
                licences[expression] += [t for t in found if t not in licences[expression]]
                parts = licence_parts.setdefault(expression, [])
                if d.component(cid).title.lower() not in parts:
                    parts.append(d.component(cid).title.lower())
            elif gap.reason == "license-not-open-for-kind":
                not_open_for_kind.append(f"{expression} is not an open licence for the {titles[0]}")
        reason = gap.reason
        if reason == "gated":
            gated += [t for t in titles if t not in gated]
        elif reason == "not-released" and len(titles) > 1:
            missing.append(f"no {' or '.join(titles)}")
        elif reason == "not-released":
            missing += [t for t in titles if t not in missing]
        elif reason == "no-license":
            unlicensed += [t for t in titles if t not in unlicensed]
        elif reason == "partial":
            partial += [t for t in titles if t not in partial]
        elif reason == "not-applicable":
            not_applicable += [t for t in titles if t not in not_applicable]
        elif reason == "datasets-not-listed":
            data.append("the training data sets are not listed")
        elif reason == "data-incomplete":
            data.append("the list of training data is incomplete")
        elif reason == "data-withheld":
            data.append("training data is withheld without legal or technical grounds")
        elif reason == "data-not-open":
            data.append("not all of the training data is openly licensed")
        elif reason in ("unknown-license", "invalid-license-expression"):
            unlicensed_or_unknown = f"the licence of the {_series(titles)} is not known"
            if unlicensed_or_unknown not in not_open_for_kind:
                not_open_for_kind.append(unlicensed_or_unknown)
    phrases = []
    for expression, found in licences.items():
        parts = licence_parts[expression]
        whose = "the weights'" if "model parameters" in parts else f"the {parts[0]}'s"
        phrases.append(
            f"{whose} licence restricts use ({licence_name(d, expression)}: {', '.join(found)})"
        )
    phrases += list(dict.fromkeys(not_open_for_kind))
    if gated:
        names = [_plain(t) for t in gated]
        phrases.append(f"the {_series(names)} {_are(names)} behind an agreement to accept")
    alone = [m for m in missing if m.startswith("no ")]
    listed = [_plain(m) for m in missing if not m.startswith("no ")]
    if "weights" in listed:
        others = [m for m in listed if m != "weights"]
        tail = ""
        if len(others) > 3:
            tail = f", nor are {len(others)} other components"
        elif others:
            tail = f", nor {'is' if len(others) == 1 else 'are'} the {_series(others)}"
        phrases.append(f"the weights are not released{tail}")
    elif listed:
        shown = listed if len(listed) <= 6 else [*listed[:5], f"{len(listed) - 5} more"]
        phrases.append(f"{_series(shown)} {_are(listed)} not released")
    phrases += [f"{m} is released openly" for m in alone]
    if unlicensed:
        names = [_plain(t) for t in unlicensed]
        phrases.append(f"the {_series(names)} {'have' if len(names) > 1 else 'has'} no licence")
    if partial:
        names = [_plain(t) for t in partial]
        phrases.append(f"the {_series(names)} {_are(names)} only partly released")
    if not_applicable:
        names = [_plain(t) for t in not_applicable]
        phrases.append(f"the {_series(names)} {_are(names)} declared not applicable")
    data = list(dict.fromkeys(data))
    withheld = "training data is withheld without legal or technical grounds"
    incomplete = "the list of training data is incomplete"
    if withheld in data and incomplete in data:
        data.remove(incomplete)
        data[data.index(withheld)] = f"the {withheld} and not fully listed"
    phrases += list(dict.fromkeys(data))
    return phrases


class Verdict(NamedTuple):
    """The answer to "Open source AI?": ``answer`` is yes, no or unknown; ``short`` says it
    in a word or two, ``detail`` the level in brackets and why."""

    answer: str
    short: str
    detail: str

    @property
    def sentence(self) -> str:
        """The whole sentence, question included."""
        return f"Open source AI? {self.short} {self.detail}"


def verdict(d: Definition, example: Example) -> Verdict:
    """One plain sentence from the report: whether the model is open source AI here (at
    or above the level a claim of open source needs) and, in a few words, why not or
    what it still lacks."""
    report = example.report
    if report.level is None:
        return Verdict(
            "unknown", "Not known:", "the declaration is not valid, so no level is computed."
        )
    target = d.rank(d.open_source_from)
    rank = d.rank(report.level)
    title = d.level(report.level).title
    if rank >= target:
        above = gap_phrases(d, example, _above_gaps(report, rank, d))
        if not above:
            pillars = _series([p.title.lower() for p in d.pillars])
            return Verdict(
                "yes", "Yes", f" ({title}): the {pillars} are all released under open terms."
            )
        top = d.levels[-1].title
        return Verdict("yes", "Yes", f"({title}), but not {top}: {'; '.join(above)}.")
    phrases = gap_phrases(d, example, _unmet_gaps(report, target, d))
    because = "; ".join(phrases) if phrases else "it does not meet the level's requirements"
    return Verdict("no", "No", f"({title}): {because}.")


# --- Can I use it? ------------------------------------------------------------------------


class UseFact(NamedTuple):
    question: str
    answer: str  # short: yes / no / not stated, and a few words


NOT_STATED = "not stated in the licence data"


def use_facts(d: Definition, example: Example) -> tuple[str, list[UseFact]]:
    """What the licence policy says about using the weights: a lead sentence and facts.

    Each answer comes from the restriction ids the policy gives the weights' licence; a
    question the ids do not cover is "not stated" (read the licence itself).
    """
    declared = example.components.get("model-parameters")
    status = declared.get("status") if isinstance(declared, dict) else None
    expression = declared.get("license") if isinstance(declared, dict) else None
    if status not in (RELEASED, PARTIAL):
        return ("The weights are not released: there is nothing to download or run yourself.", [])
    if not isinstance(expression, str) or not expression:
        return (
            "The weights are released without a licence: nobody may use, modify or share them.",
            [],
        )
    verdict_ = d.licenses.judge(expression, "weights")
    ids = set(verdict_.restrictions)
    name = licence_name(d, expression)
    gate = declared.get("gate")
    gate_fact = UseFact(
        "Download",
        "behind an agreement to accept, whose terms may add conditions"
        if gate == "agreement"
        else ("after registering" if gate == "registration" else "no terms to accept"),
    )
    if verdict_.is_open:
        lead = f"The weights are under {name}, an open licence: any use, commercial or not."
        if gate == "agreement":
            lead += " But the download asks you to accept terms first: read them too."
        yes = "yes"
        return (
            lead,
            [
                gate_fact,
                UseFact("Commercial use", yes),
                UseFact("Modified versions (derivatives)", yes),
                UseFact("User or revenue caps", "none"),
                UseFact("Restrictions on outputs", "none"),
                UseFact("Naming duties", "none beyond keeping notices"),
                UseFact("Fields of use or places excluded", "none"),
                UseFact("Terms the licensor may change", "no"),
            ],
        )
    if "unknown-terms" in ids or verdict_.error is not None:
        return (f"The weights' licence ({expression}) is not known to the licence policy.", [])

    def has(*rids: str) -> bool:
        return any(r in ids for r in rids)

    def title(rid: str) -> str:
        return _lower_first(d.licenses.restriction_title(rid))

    commercial = (
        "no: "
        + ", ".join(
            title(r) for r in ("non-commercial", "research-only", "non-production") if r in ids
        )
        if has("non-commercial", "research-only", "non-production")
        else "not forbidden by the licence data"
    )
    derivatives = "no (no derivatives)" if has("no-derivatives") else "allowed"
    if has("restrictions-passed-on"):
        derivatives += ", and the use restrictions must be passed on"
    facts = [
        gate_fact,
        UseFact("Commercial use", commercial),
        UseFact(
            "Modified versions (derivatives)",
            derivatives if has("no-derivatives", "restrictions-passed-on") else NOT_STATED,
        ),
        UseFact(
            "User or revenue caps",
            "yes: above a threshold, permission is needed" if has("user-threshold") else NOT_STATED,
        ),
        UseFact("Restrictions on outputs", "yes" if has("output-restrictions") else NOT_STATED),
        UseFact(
            "Naming duties",
            "yes: derivatives must carry the licensor's brand or a notice"
            if has("naming-duty")
            else NOT_STATED,
        ),
        UseFact(
            "Fields of use or places excluded",
            "yes: an acceptable-use policy or a list of forbidden uses or places"
            if has("field-of-use")
            else NOT_STATED,
        ),
        UseFact(
            "Terms the licensor may change",
            "yes: it may restrict use after the fact" if has("revocable") else NOT_STATED,
        ),
    ]
    return (f"The weights are under {name}, which is not an open licence.", facts)


def licence_reason(d: Definition, expression: str) -> str:
    """The policy's own reason for a licence (its ``LicenseRef-`` entry or group), or ""."""
    ref = d.licenses.license_ref(expression)
    if ref is not None:
        return ref.reason
    return d.licenses.judge(expression, "weights").reason if expression else ""


# --- where verdicts differ ------------------------------------------------------------------


def differences(d: Definition, example: Example, osi: dict[str, Any]) -> list[str]:
    """One sentence for each framework whose verdict on this model differs from ours:
    OSI's 2024 validation, the G7 reading (when a level is not one of the G7's), OSAID
    1.0 (its note says why) and MOF 1.0 (which components its classes weigh otherwise)."""
    report = example.report
    if report.level is None:
        return []
    target = d.rank(d.open_source_from)
    rank = d.rank(report.level)
    ours_open = rank >= target
    title = d.level(report.level).title
    found = []
    osi_verdict = osi.get("examples", {}).get(example.slug)
    if osi_verdict:
        passed = osi_verdict["verdict"] == "passed"
        system = osi_verdict["system"]
        if passed and not ours_open:
            phrases = gap_phrases(d, example, _unmet_gaps(report, target, d))
            why = "; ".join(phrases[:2]) or "it misses a requirement"
            found.append(
                f"OSI's 2024 validation passed {system} under OSAID 1.0; here it is {title}, "
                f"because {why}."
            )
        elif not passed and ours_open:
            found.append(
                f"OSI's 2024 validation says {system} {osi_verdict['verdict']}; here it is "
                f"{title}, judged on the declaration's current facts."
            )
    if report.g7 is not None and report.g7.note:
        found.append(f"G7 label: {report.g7.note}")
    if report.osaid is not None and report.osaid.passed != ours_open and report.osaid.note:
        verdict_word = "passes" if report.osaid.passed else "fails"
        found.append(f"OSAID 1.0 {verdict_word}: {report.osaid.note}")
    mof = report.mof
    if mof is not None:
        sentence = _mof_difference(d, example, ours_open, title)
        if sentence:
            found.append(sentence)
    return found


def _mof_difference(d: Definition, example: Example, ours_open: bool, title: str) -> str:
    """Why MOF's class and our level disagree, from which components each asks for."""
    from openness.crosswalk.mof import roman
    from openness.site.pages.common import first_level_needing

    mof = example.report.mof
    assert mof is not None
    policy = d.mof
    if ours_open and mof.mof_class != 1:
        # the next MOF class up: which of its components are not released openly
        wanted = (mof.mof_class - 1) if mof.mof_class else policy.classes[0]
        lacking = []
        for item in policy.components:
            if not item.required or item.mof_class < wanted:
                continue
            cid = policy.answered_by.get(item.name)
            if cid is None or not d.has_component(cid):
                continue
            state = component_state(d, cid, example.components.get(cid))
            if state.id != "open":
                lacking.append(
                    (d.component(cid).title.lower(), first_level_needing(d, cid) is None)
                )
        if not lacking:
            return ""
        names = _series([name for name, _ in lacking])
        unasked = [name for name, free in lacking if free]
        placed = (
            f"Class {roman(mof.mof_class)} ({mof.label})"
            if mof.mof_class
            else f"no class ({mof.label})"
        )
        tail = f"; no level here asks for the {_series(unasked)}" if unasked else ""
        return (
            f"MOF 1.0 gives it {placed} although it is {title} here: MOF's Class {roman(wanted)} "
            f"also needs the {names} released under open licences{tail}."
        )
    if not ours_open and mof.mof_class:
        gaps = _unmet_gaps(example.report, d.rank(d.open_source_from), d)
        unasked = []
        for gap in gaps:
            for cid in gap.components:
                item = policy.by_component.get(cid)
                if item is None or not item.required or item.mof_class < mof.mof_class:
                    name = d.component(cid).title.lower()
                    if name not in unasked:
                        unasked.append(name)
        if not unasked:
            return ""
        return (
            f"MOF 1.0 gives it Class {roman(mof.mof_class)} ({mof.label}), which does not ask "
            f"for the {_series(unasked)}; here their lack keeps it at {title}."
        )
    return ""
