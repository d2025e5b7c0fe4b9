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
from openness.site.language import data_text, marked, said, tr_text
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
            "open",
            "✓",
            marked("released, open"),
            marked("released under terms the definition counts as open"),
        ),
        CellState(
            "restricted",
            "!",
            marked("released, restricted"),
            marked(
                "released, but under a licence that is not open for it, without one, or behind "
                "an agreement to accept"
            ),
        ),
        CellState("partial", "◐", marked("partly released"), marked("only part of it is released")),
        CellState("not-released", "✗", marked("not released"), marked("not publicly available")),
        CellState(
            "not-applicable",
            "–",
            marked("not applicable"),
            marked("does not exist for this model"),
        ),
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


def _series(items: list[str], conjunction: str = "") -> str:
    """``a``, ``a and b``, ``a, b and c`` (in the page's language)."""
    if len(items) <= 1:
        return "".join(items)
    word = conjunction or tr_text("and")
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def _weights_title(d: Definition) -> str:
    """How the gaps name the model parameters (their title, lower case)."""
    return (
        d.component("model-parameters").title.lower()
        if d.has_component("model-parameters")
        else "model parameters"
    )


def _plain(d: Definition, title: str) -> str:
    """A component's title as a sentence names it ("weights" for the model parameters)."""
    return tr_text("weights") if title == _weights_title(d) else title


def _plural(items: list[str]) -> bool:
    """Whether a list of component names takes a plural verb in English (a single plural
    title, "weights", does); another language words its sentences so as not to care."""
    if len(items) > 1:
        return True
    return bool(items) and items[0].split()[-1].endswith("s")


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
                not_open_for_kind.append(
                    tr_text(
                        "{licence} is not an open licence for the {component}",
                        licence=expression,
                        component=titles[0],
                    )
                )
        reason = gap.reason
        if reason == "gated":
            gated += [t for t in titles if t not in gated]
        elif reason == "not-released" and len(titles) > 1:
            missing.append(
                "\0" + tr_text("no {components}", components=tr_text(" or ").join(titles))
            )
        elif reason == "not-released":
            missing += [t for t in titles if t not in missing]
        elif reason == "no-license":
            unlicensed += [t for t in titles if t not in unlicensed]
        elif reason == "partial":
            partial += [t for t in titles if t not in partial]
        elif reason == "not-applicable":
            not_applicable += [t for t in titles if t not in not_applicable]
        elif reason == "datasets-not-listed":
            data.append(marked("the training data sets are not listed"))
        elif reason == "data-incomplete":
            data.append(INCOMPLETE)
        elif reason == "data-withheld":
            data.append(WITHHELD)
        elif reason == "data-not-open":
            data.append(marked("not all of the training data is openly licensed"))
        elif reason in ("unknown-license", "invalid-license-expression"):
            unlicensed_or_unknown = tr_text(
                "the licence of the {components} is not known", components=_series(titles)
            )
            if unlicensed_or_unknown not in not_open_for_kind:
                not_open_for_kind.append(unlicensed_or_unknown)
    phrases = []
    weights = _weights_title(d)
    for expression, found in licences.items():
        parts = licence_parts[expression]
        restricted = {"licence": licence_name(d, expression), "restrictions": ", ".join(found)}
        if weights in parts:
            phrases.append(
                tr_text(
                    "the weights' licence restricts use ({licence}: {restrictions})", **restricted
                )
            )
        else:
            phrases.append(
                tr_text(
                    "the {component}'s licence restricts use ({licence}: {restrictions})",
                    component=parts[0],
                    **restricted,
                )
            )
    phrases += list(dict.fromkeys(not_open_for_kind))
    if gated:
        names = [_plain(d, t) for t in gated]
        phrases.append(
            tr_text("the {components} are behind an agreement to accept", components=_series(names))
            if _plural(names)
            else tr_text(
                "the {components} is behind an agreement to accept", components=_series(names)
            )
        )
    alone = [m[1:] for m in missing if m.startswith("\0")]
    listed = [_plain(d, m) for m in missing if not m.startswith("\0")]
    if tr_text("weights") in listed:
        others = [m for m in listed if m != tr_text("weights")]
        if len(others) > 3:
            phrases.append(
                tr_text(
                    "the weights are not released, nor are {count} other components",
                    count=len(others),
                )
            )
        elif len(others) == 1:
            phrases.append(
                tr_text(
                    "the weights are not released, nor is the {components}",
                    components=_series(others),
                )
            )
        elif others:
            phrases.append(
                tr_text(
                    "the weights are not released, nor are the {components}",
                    components=_series(others),
                )
            )
        else:
            phrases.append(tr_text("the weights are not released"))
    elif listed:
        shown = (
            listed
            if len(listed) <= 6
            else [*listed[:5], tr_text("{count} more", count=len(listed) - 5)]
        )
        phrases.append(
            tr_text("{components} are not released", components=_series(shown))
            if _plural(listed)
            else tr_text("{components} is not released", components=_series(shown))
        )
    phrases += [tr_text("{nothing} is released openly", nothing=m) for m in alone]
    if unlicensed:
        names = [_plain(d, t) for t in unlicensed]
        phrases.append(
            tr_text("the {components} have no licence", components=_series(names))
            if len(names) > 1
            else tr_text("the {components} has no licence", components=_series(names))
        )
    if partial:
        names = [_plain(d, t) for t in partial]
        phrases.append(
            tr_text("the {components} are only partly released", components=_series(names))
            if _plural(names)
            else tr_text("the {components} is only partly released", components=_series(names))
        )
    if not_applicable:
        names = [_plain(d, t) for t in not_applicable]
        phrases.append(
            tr_text("the {components} are declared not applicable", components=_series(names))
            if _plural(names)
            else tr_text("the {components} is declared not applicable", components=_series(names))
        )
    data = list(dict.fromkeys(data))
    if WITHHELD in data and INCOMPLETE in data:
        data.remove(INCOMPLETE)
        data[data.index(WITHHELD)] = marked(
            "the training data is withheld without legal or technical grounds and not fully listed"
        )
    phrases += [tr_text(item) for item in dict.fromkeys(data)]
    return phrases


# two data phrases that combine into one (kept in English; said when the phrase is made)
WITHHELD = marked("training data is withheld without legal or technical grounds")
INCOMPLETE = marked("the list of training data is incomplete")


class Verdict(NamedTuple):
    """The answer to "Open source AI?": ``answer`` is yes, no or unknown; ``short`` says it
    in a word or two, ``detail`` the level in brackets and why."""

    answer: str
    short: str
    detail: str

    @property
    def sentence(self) -> str:
        """The whole sentence, question included."""
        return tr_text("Open source AI? {short} {detail}", short=self.short, detail=self.detail)


def verdict(d: Definition, example: Example) -> Verdict:
    """One plain sentence from the report: whether the model is open source AI here (at
    or above the level a claim of open source needs) and, in a few words, why not or
    what it still lacks."""
    report = example.report
    if report.level is None:
        return Verdict(
            "unknown",
            tr_text("Not known:"),
            tr_text("the declaration is not valid, so no level is computed."),
        )
    target = d.rank(d.open_source_from)
    rank = d.rank(report.level)
    title = d.level(report.level).title
    if rank >= target:
        above = gap_phrases(d, example, _above_gaps(report, rank, d))
        if not above:
            pillars = _series([p.title.lower() for p in d.pillars])
            return Verdict(
                "yes",
                tr_text("Yes"),
                " "
                + tr_text(
                    "({title}): the {pillars} are all released under open terms.",
                    title=title,
                    pillars=pillars,
                ),
            )
        top = d.levels[-1].title
        return Verdict(
            "yes",
            tr_text("Yes"),
            tr_text(
                "({title}), but not {top}: {gaps}.",
                title=title,
                top=top,
                gaps=tr_text("; ").join(above),
            ),
        )
    phrases = gap_phrases(d, example, _unmet_gaps(report, target, d))
    because = (
        tr_text("; ").join(phrases)
        if phrases
        else tr_text("it does not meet the level's requirements")
    )
    return Verdict(
        "no", tr_text("No"), tr_text("({title}): {because}.", title=title, because=because)
    )


# --- Can I use it? ------------------------------------------------------------------------


class UseFact(NamedTuple):
    question: str
    answer: str  # short: yes / no / not stated, and a few words


NOT_STATED = marked("not stated in the licence data")


def use_facts(d: Definition, example: Example) -> tuple[str, list[UseFact]]:
    """What the licence policy says about using the weights: a lead sentence and facts.

    Each answer comes from the restriction ids the policy gives the weights' licence; a
    question the ids do not cover is "not stated" (read the licence itself).
    """
    declared = example.components.get("model-parameters")
    status = declared.get("status") if isinstance(declared, dict) else None
    expression = declared.get("license") if isinstance(declared, dict) else None
    if status not in (RELEASED, PARTIAL):
        return (
            tr_text("The weights are not released: there is nothing to download or run yourself."),
            [],
        )
    if not isinstance(expression, str) or not expression:
        return (
            tr_text(
                "The weights are released without a licence: nobody may use, modify or share them."
            ),
            [],
        )
    verdict_ = d.licenses.judge(expression, "weights")
    ids = set(verdict_.restrictions)
    name = licence_name(d, expression)
    gate = declared.get("gate")
    gate_fact = UseFact(
        tr_text("Download"),
        tr_text("behind an agreement to accept, whose terms may add conditions")
        if gate == "agreement"
        else (
            tr_text("after registering")
            if gate == "registration"
            else tr_text("no terms to accept")
        ),
    )
    not_stated = tr_text(NOT_STATED)
    if verdict_.is_open:
        lead = tr_text(
            "The weights are under {name}, an open licence: any use, commercial or not.",
            name=name,
        )
        if gate == "agreement":
            lead += " " + tr_text("But the download asks you to accept terms first: read them too.")
        yes = tr_text("yes")
        return (
            lead,
            [
                gate_fact,
                UseFact(tr_text("Commercial use"), yes),
                UseFact(tr_text("Modified versions (derivatives)"), yes),
                UseFact(tr_text("User or revenue caps"), tr_text("none")),
                UseFact(tr_text("Restrictions on outputs"), tr_text("none")),
                UseFact(tr_text("Naming duties"), tr_text("none beyond keeping notices")),
                UseFact(tr_text("Fields of use or places excluded"), tr_text("none")),
                UseFact(tr_text("Terms the licensor may change"), tr_text("no")),
            ],
        )
    if "unknown-terms" in ids or verdict_.error is not None:
        return (
            tr_text(
                "The weights' licence ({expression}) is not known to the licence policy.",
                expression=expression,
            ),
            [],
        )

    def has(*rids: str) -> bool:
        return any(r in ids for r in rids)

    def title(rid: str) -> str:
        return _lower_first(d.licenses.restriction_title(rid))

    commercial = (
        tr_text(
            "no: {restrictions}",
            restrictions=", ".join(
                title(r) for r in ("non-commercial", "research-only", "non-production") if r in ids
            ),
        )
        if has("non-commercial", "research-only", "non-production")
        else tr_text("not forbidden by the licence data")
    )
    derivatives = tr_text("no (no derivatives)") if has("no-derivatives") else tr_text("allowed")
    if has("restrictions-passed-on"):
        derivatives += tr_text(", and the use restrictions must be passed on")
    facts = [
        gate_fact,
        UseFact(tr_text("Commercial use"), commercial),
        UseFact(
            tr_text("Modified versions (derivatives)"),
            derivatives if has("no-derivatives", "restrictions-passed-on") else not_stated,
        ),
        UseFact(
            tr_text("User or revenue caps"),
            tr_text("yes: above a threshold, permission is needed")
            if has("user-threshold")
            else not_stated,
        ),
        UseFact(
            tr_text("Restrictions on outputs"),
            tr_text("yes") if has("output-restrictions") else not_stated,
        ),
        UseFact(
            tr_text("Naming duties"),
            tr_text("yes: derivatives must carry the licensor's brand or a notice")
            if has("naming-duty")
            else not_stated,
        ),
        UseFact(
            tr_text("Fields of use or places excluded"),
            tr_text("yes: an acceptable-use policy or a list of forbidden uses or places")
            if has("field-of-use")
            else not_stated,
        ),
        UseFact(
            tr_text("Terms the licensor may change"),
            tr_text("yes: it may restrict use after the fact") if has("revocable") else not_stated,
        ),
    ]
    return (
        tr_text("The weights are under {name}, which is not an open licence.", name=name),
        facts,
    )


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
            why = tr_text("; ").join(phrases[:2]) or tr_text("it misses a requirement")
            found.append(
                tr_text(
                    "OSI's 2024 validation passed {system} under OSAID 1.0; here it is {title}, "
                    "because {why}.",
                    system=system,
                    title=title,
                    why=why,
                )
            )
        elif not passed and ours_open:
            from openness.site.pages.crosswalks import osi_word

            found.append(
                tr_text(
                    "OSI's 2024 validation says {system} {verdict}; here it is {title}, judged "
                    "on the declaration's current facts.",
                    system=system,
                    verdict=osi_word(osi_verdict["verdict"]),
                    title=title,
                )
            )
    if report.g7 is not None and report.g7.note:
        found.append(tr_text("G7 label: {note}", note=said(report.g7.note)))
    if report.osaid is not None and report.osaid.passed != ours_open and report.osaid.note:
        note = said(report.osaid.note)
        found.append(
            tr_text("OSAID 1.0 passes: {note}", note=note)
            if report.osaid.passed
            else tr_text("OSAID 1.0 fails: {note}", note=note)
        )
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
        label = data_text(mof.label)
        placed = (
            tr_text("Class {numeral} ({label})", numeral=roman(mof.mof_class), label=label)
            if mof.mof_class
            else tr_text("no class ({label})", label=label)
        )
        tail = (
            tr_text("; no level here asks for the {components}", components=_series(unasked))
            if unasked
            else ""
        )
        return tr_text(
            "MOF 1.0 gives it {placed} although it is {title} here: MOF's Class {wanted} also "
            "needs the {names} released under open licences{tail}.",
            placed=placed,
            title=title,
            wanted=roman(wanted),
            names=names,
            tail=tail,
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
        return tr_text(
            "MOF 1.0 gives it Class {numeral} ({label}), which does not ask for the "
            "{components}; here their lack keeps it at {title}.",
            numeral=roman(mof.mof_class),
            label=data_text(mof.label),
            components=_series(unasked),
            title=title,
        )
    return ""
