"""The Model Openness Framework (MOF 1.0) class, computed as the Model Openness Tool does.

The Model Openness Tool (MOT) is the Linux Foundation's reference implementation of the
MOF; people compare against it, so this module reproduces its rules exactly (see
``crosswalks.mof`` in the definition data and the conformance cases in the test suite):

1. A component counts for a class when it is *included* and its licence is *open*.
2. A licence is open when the SPDX License List flags it OSI-approved or FSF-libre, or it is
   on MOT's open-data list (``crosswalks.mof.licenses.open_data``). Strings are matched
   exactly, case included: ``Apache 2.0`` and ``apache-2.0`` are not ``Apache-2.0``.
   An open licence outside the type-appropriate list of its content type still counts;
   MOT only warns. A component without a licence, or with a licence that is not open,
   does not count.
3. Classes are cumulative: Class III needs its required components, Class II adds its own,
   Class I adds its own. Progress toward a class is the share of the required components
   of that class and every class below it that count, and is 0 unless every lower class
   is complete.
4. A stand-in (``crosswalks.mof.stand_ins``): when the technical report does not count but
   the research paper does, the paper stands in for the report in every class.
5. The class is the highest class at 100 %, else 0 (unclassified).

Which of our components answers which MOF component comes from the definition data
(``components[].mof``), never from this code.

How a declaration maps to MOT's notion of "included" (our decisions, documented in the
warnings the verdict carries):

- ``released``: included, with the component's ``license``.
- ``partial``: NOT included. MOT has no partial state; a MOF component is either
  released or not, and our definition says a partial release does not count where a
  component must be released. A warning says so.
- ``not-released``, left out: not included.
- ``not-applicable``: not included (MOT has no such state: a required MOF component that
  does not exist is simply missing). A warning says so when MOF requires it.
- A released component without ``license``: for a component carrying ``datasets``
  (training data, evaluation data) the licences of its datasets stand in, when every
  dataset names one: it counts only if every one of them is open (MOT takes one licence
  per component, so all must pass). Otherwise it is unlicensed and does not count, as
  MOT treats "unlicensed" datasets.
- A licence written as an SPDX expression (MOT only ever holds one id): judged by its
  parts, with MOT's exact-match test on each id (OR: one open branch is enough; AND:
  every part must be open; a WITH exception does not change the licence's verdict). A
  warning says MOT itself cannot hold such a licence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from openness.report import MofVerdict

if TYPE_CHECKING:
    from openness.definition import Definition

UNLICENSED = "unlicensed"
"""MOT's word for a component included without a licence."""


class MofComponent(NamedTuple):
    mof_id: int
    name: str
    content_type: str
    mof_class: int
    required: bool


class StandIn(NamedTuple):
    """A MOF component that may stand in for a missing one (MOT's own rule)."""

    component: str
    stand_in: str
    summary: str


class MofPolicy(NamedTuple):
    """The MOF crosswalk of one definition version, ready for evaluation."""

    title: str
    version: str
    url: str
    summary: str
    components: tuple[MofComponent, ...]
    class_titles: dict[int, str]
    unclassified_title: str
    stand_ins: tuple[StandIn, ...]
    license_source: str
    license_summary: str
    open_when: frozenset[str]
    open_data: frozenset[str]
    type_appropriate: dict[str, frozenset[str]]
    answered_by: dict[str, str]  # MOF component name -> our component id
    by_component: dict[str, MofComponent]  # our component id -> the MOF component it answers
    order: tuple[tuple[str, str], ...]  # (our component id, MOF name), in MOF's order

    def component(self, name: str) -> MofComponent:
        for component in self.components:
            if component.name == name:
                return component
        raise KeyError(name)

    @property
    def classes(self) -> tuple[int, ...]:
        """Class numbers from the first one reached (3) to the last (1)."""
        return tuple(sorted(self.class_titles, reverse=True))


def mof_policy(mof: dict[str, Any], answered_by: dict[str, str]) -> MofPolicy:
    """The typed crosswalk from the definition's ``crosswalks.mof`` section;
    ``answered_by``: MOF component name -> the id of our component that answers it."""
    licenses = mof.get("licenses", {})
    type_appropriate = licenses.get("type_appropriate", {})
    components = tuple(
        MofComponent(c["mof_id"], c["name"], c["content_type"], c["class"], c["required"])
        for c in mof["components"]
    )
    answered = [c for c in components if c.name in answered_by]
    return MofPolicy(
        title=mof["title"],
        version=mof["version"],
        url=mof["url"],
        summary=mof["summary"],
        components=components,
        class_titles={c["class"]: c["title"] for c in mof["classes"]},
        unclassified_title=mof["unclassified"]["title"],
        stand_ins=tuple(
            StandIn(s["component"], s["stand_in"], s.get("summary", ""))
            for s in mof.get("stand_ins", ())
        ),
        license_source=licenses.get("source", ""),
        license_summary=licenses.get("summary", ""),
        open_when=frozenset(licenses.get("open_when", ("osi-approved", "fsf-libre", "open-data"))),
        open_data=frozenset(licenses.get("open_data", ())),
        type_appropriate={
            kind: frozenset(ids) for kind, ids in type_appropriate.items() if isinstance(ids, list)
        },
        answered_by=answered_by,
        by_component={answered_by[c.name]: c for c in answered},
        order=tuple((answered_by[c.name], c.name) for c in answered),
    )


# --- licences --------------------------------------------------------------------------


def _spdx_flags(license_id: str) -> tuple[bool, bool, str | None]:
    """(OSI-approved, FSF-libre, canonical id) of an SPDX id, matched in any case."""
    from openness.licensing import spdx

    found = spdx.lookup(license_id)
    if found is None:
        return False, False, None
    return found.osi_approved, found.fsf_libre, found.id


def is_open_id(license_id: str, policy: MofPolicy) -> bool:
    """MOT's test for one licence string: exact match, case included."""
    osi, fsf, canonical = _spdx_flags(license_id)
    if canonical == license_id:
        if osi and "osi-approved" in policy.open_when:
            return True
        if fsf and "fsf-libre" in policy.open_when:
            return True
    return "open-data" in policy.open_when and license_id in policy.open_data


class LicenseJudgement(NamedTuple):
    open: bool
    ids: tuple[str, ...]
    """The licence ids judged (one for a plain id)."""
    expression: bool = False
    """True when the licence was an SPDX expression, which MOT cannot hold."""


def judge_license(text: str, policy: MofPolicy) -> LicenseJudgement:
    """Judge a licence string as MOT would (expressions by their parts, see module doc)."""
    if is_open_id(text, policy):
        return LicenseJudgement(True, (text,))
    if not any(sep in text for sep in (" OR ", " AND ", " WITH ", "(", " or ", " and ")):
        return LicenseJudgement(False, (text,))
    from openness.licensing.expression import Compound, LicenseExpressionError, parse

    try:
        node = parse(text).node
    except LicenseExpressionError:
        return LicenseJudgement(False, (text,))

    ids: list[str] = []

    def walk(current: Any) -> bool:
        if isinstance(current, Compound):
            verdicts = [walk(term) for term in current.terms]
            return any(verdicts) if current.operator.upper() == "OR" else all(verdicts)
        license_id = current.id + ("+" if current.plus else "")
        ids.append(license_id)
        return is_open_id(license_id, policy)

    return LicenseJudgement(walk(node), tuple(ids), expression=True)


def case_hint(license_id: str) -> str | None:
    """The canonical spelling when an id differs from an SPDX id only in case."""
    _osi, _fsf, canonical = _spdx_flags(license_id)
    if canonical is not None and canonical != license_id:
        return canonical
    return None


# --- the evaluator ---------------------------------------------------------------------


class MofResult(NamedTuple):
    mof_class: int
    progress: dict[int, float]
    counted: frozenset[str]
    """MOF component names that count (included with an open licence)."""


def evaluate(counted: set[str] | frozenset[str], policy: MofPolicy) -> MofResult:
    """MOT's classification, from the set of MOF component names that count."""
    counted = frozenset(counted)
    substitutes = {
        s.component: s.stand_in
        for s in policy.stand_ins
        if s.component not in counted and s.stand_in in counted
    }
    required: dict[int, list[str]] = {}
    for component in policy.components:
        if component.required:
            name = substitutes.get(component.name, component.name)
            required.setdefault(component.mof_class, []).append(name)

    progress: dict[int, float] = {}
    cumulative: list[str] = []
    lower_complete = True
    reached = 0
    for mof_class in policy.classes:
        for name in required.get(mof_class, []):
            if name not in cumulative:
                cumulative.append(name)
        if not lower_complete or not cumulative:
            progress[mof_class] = 0.0
            lower_complete = False
            continue
        done = sum(1 for name in cumulative if name in counted)
        progress[mof_class] = done / len(cumulative) * 100
        if done == len(cumulative):
            reached = mof_class
        else:
            lower_complete = False
    return MofResult(reached, progress, counted)


def label_for(mof_class: int, policy: MofPolicy) -> str:
    return policy.class_titles.get(mof_class, policy.unclassified_title)


# --- from a declaration ----------------------------------------------------------------


def _dataset_licenses(entry: dict[str, Any]) -> tuple[str, ...] | None:
    """Every dataset's licence, or None unless each listed dataset names one."""
    datasets = entry.get("datasets")
    if not isinstance(datasets, list) or not datasets:
        return None
    found: list[str] = []
    for dataset in datasets:
        if not isinstance(dataset, dict):
            return None
        license_text = dataset.get("license")
        if not isinstance(license_text, str) or not license_text.strip():
            return None
        found.append(license_text)
    return tuple(found)


def _type_warning(mof: MofComponent, judgement: LicenseJudgement, policy: MofPolicy) -> str | None:
    appropriate = policy.type_appropriate.get(mof.content_type)
    if appropriate is None:
        return None
    ids = [i for i in judgement.ids if is_open_id(i, policy)]
    if ids and not any(i in appropriate for i in ids):
        return (
            f"{mof.name}: {' / '.join(ids)} is open but not one of the {mof.content_type} "
            "licences MOF recommends; MOT counts it and warns"
        )
    return None


def _not_open_message(mof: MofComponent, text: str, judgement: LicenseJudgement) -> str:
    hints: list[str] = []
    for license_id in judgement.ids:
        canonical = case_hint(license_id)
        if canonical is not None:
            hints.append(f"MOT matches ids exactly: write {canonical!r}, not {license_id!r}")
    message = (
        f"{mof.name}: licence {text!r} is not open for MOT (not OSI-approved or FSF-libre "
        "in the SPDX list, not on its open-data list), so it does not count"
    )
    return message + (f" ({'; '.join(hints)})" if hints else "")


def assess_mof(data: dict[str, Any], definition: Definition) -> MofVerdict:
    """The MOF class and per-class progress of an openness declaration, as MOT computes.

    ``data`` is a parsed ``openness.json``; it need not be valid: anything malformed
    simply does not count.
    """
    policy = definition.mof
    components = data.get("components") if isinstance(data, dict) else None
    if not isinstance(components, dict):
        components = {}
    counted: list[str] = []
    warnings: list[str] = []
    for component_id, name in policy.order:  # MOF's order, so warnings read in it
        entry = components.get(component_id)
        mof = policy.by_component[component_id]
        if isinstance(entry, dict) and _counts(mof, component_id, entry, policy, warnings):
            counted.append(name)
    result = evaluate(frozenset(counted), policy)
    stand_ins = [
        f"{s.component}: the {s.stand_in} stands in for it, as MOT allows"
        for s in policy.stand_ins
        if s.component not in result.counted and s.stand_in in result.counted
    ]
    return MofVerdict(
        mof_class=result.mof_class,
        label=label_for(result.mof_class, policy),
        progress=result.progress,
        warnings=tuple(dict.fromkeys([*warnings, *stand_ins])),
    )


def _counts(
    mof: MofComponent,
    component_id: str,
    entry: dict[str, Any],
    policy: MofPolicy,
    warnings: list[str],
) -> bool:
    """Whether one declared component counts for MOT; what to warn about goes to
    ``warnings``."""
    status = entry.get("status")
    license_text = entry.get("license")
    if not isinstance(license_text, str) or not license_text.strip():
        license_text = None
    if status == "partial":
        warnings.append(
            f"{mof.name}: {component_id} is only partly released; MOF counts a component "
            "only when it is released, so it does not count"
        )
        return False
    if status == "not-applicable":
        if mof.required:
            warnings.append(
                f"{mof.name}: {component_id} is declared not applicable, but MOF requires "
                f"it for Class {roman(mof.mof_class)}: MOT counts it as missing"
            )
        return False
    if status != "released":
        return False

    if license_text is not None:
        judgement = judge_license(license_text, policy)
        if judgement.expression:
            warnings.append(
                f"{mof.name}: licence expression {license_text!r} judged by its parts; "
                "MOT itself holds one licence id per component"
            )
        if judgement.open:
            type_warning = _type_warning(mof, judgement, policy)
            if type_warning:
                warnings.append(type_warning)
            return True
        warnings.append(_not_open_message(mof, license_text, judgement))
        return False

    datasets = _dataset_licenses(entry)
    if datasets is None:
        listed = entry.get("datasets")
        if isinstance(listed, list) and listed:
            warnings.append(
                f"{mof.name}: {component_id} has no component licence and not every data "
                "set names one; MOT treats unlicensed data as failing (add a component "
                '"license", or a "license" to every data set)'
            )
        else:
            warnings.append(
                f"{mof.name}: {component_id} is released without a licence; MOT treats "
                "an unlicensed component as failing"
            )
        return False
    judgements = [judge_license(text, policy) for text in datasets]
    if all(j.open for j in judgements):
        warnings.append(
            f"{mof.name}: no component licence; the data sets' licences "
            f"({', '.join(sorted(set(datasets)))}) are all open, so it counts"
        )
        for judgement in judgements:
            type_warning = _type_warning(mof, judgement, policy)
            if type_warning:
                warnings.append(type_warning)
                break
        return True
    closed = sorted({t for t, j in zip(datasets, judgements, strict=True) if not j.open})
    warnings.append(
        f"{mof.name}: no component licence, and not every data set's licence is open "
        f"for MOT ({', '.join(closed)}), so it does not count"
    )
    return False


def roman(mof_class: int) -> str:
    """A MOF class as MOF writes it (Class I, II, III)."""
    return {1: "I", 2: "II", 3: "III"}.get(mof_class, str(mof_class))
