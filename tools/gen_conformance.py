"""Write the definition 2.0 conformance suite, definition/conformance/2.0/*.json.

Usage: python tools/gen_conformance.py [OUT_DIR]   (default: definition/conformance/2.0)

The case files are committed data that any implementation can run; this script is
only how they are written, so that 70-odd declarations share one base and each case
reads as "the base, with this changed". Every expectation below is written from
definition/2.0.json (its levels' requirements, exception bases, gates, decisions and
crosswalks), never copied from the validator's output: the suite is there to catch
the validator when it disagrees with the definition.
tests/test_conformance.py fails when the committed files differ from what this writes.

The script uses the standard library only (no openness import), so what it writes
cannot drift with the implementation it checks.
"""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from openness.urls import schema_url

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "definition" / "conformance" / "2.0"
VERSION = "2.0"
SCHEMA_URL = schema_url(VERSION)

# the definition's G7 crosswalk: every level is its own label, except closed (none)
G7 = {
    "closed": None,
    "weights-available": "weights-available",
    "open-weights": "open-weights",
    "open-source-ai": "open-source-ai",
    "open-source-ai-open-data": "open-source-ai-open-data",
}

# the definition's components in its order, the documents among them (open under CC-BY-4.0;
# the others, code and weights, under Apache-2.0)
COMPONENTS = (
    "model-architecture",
    "model-parameters",
    "inference-code",
    "model-card",
    "intermediate-checkpoints",
    "sample-outputs",
    "training-code",
    "data-preprocessing-code",
    "supporting-libraries",
    "training-configuration",
    "technical-report",
    "research-paper",
    "evaluation-code",
    "evaluation-results",
    "training-data",
    "data-card",
    "evaluation-data",
)
DOCUMENTS = (
    "model-card",
    "sample-outputs",
    "technical-report",
    "research-paper",
    "evaluation-results",
    "data-card",
)

Declaration = dict[str, Any]


# --- builders ----------------------------------------------------------------------------


def released(component_id: str, license_id: str) -> dict[str, Any]:
    return {
        "status": "released",
        "license": license_id,
        "url": f"https://example.org/{component_id}",
    }


def dataset(
    name: str,
    access: str,
    share: float | None,
    *,
    license_id: str | None = None,
    url: bool = True,
    description: str | None = None,
    exception: dict[str, Any] | None = None,
) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": name, "access": access}
    if url:
        entry["url"] = "https://example.org/data/" + name.lower().replace(" ", "-")
    if license_id is not None:
        entry["license"] = license_id
    if description is not None:
        entry["description"] = description
    if share is not None:
        entry["share"] = share
    if exception is not None:
        entry["exception"] = exception
    return entry


def legal(
    why: str = "Contains personal data; the consent given does not cover publication.",
) -> dict[str, str]:
    return {"basis": "legal", "explanation": why}


def technical(why: str = "Streamed from a sensor feed and never stored.") -> dict[str, str]:
    return {"basis": "technical", "explanation": why}


def other(why: str = "Kept back for commercial reasons.") -> dict[str, str]:
    return {"basis": "other", "explanation": why}


OPEN_A = dataset("Corpus A", "open", 0.6, license_id="CC-BY-4.0")
OPEN_B = dataset("Corpus B", "open", 0.4, license_id="ODC-By-1.0")
PUBLIC_WEB = dataset(
    "Web crawl",
    "public",
    0.4,
    description="Pages crawled from the open web in 2024; the URL list is published.",
    exception=legal(
        "The crawled pages are under their authors' copyright; we cannot license them."
    ),
)
UNSHAREABLE = dataset(
    "Support chats",
    "unshareable",
    0.4,
    url=False,
    description="Customer support chats, 2019-2022, anonymised, in English and French.",
    exception=legal(),
)


def base() -> Declaration:
    """A declaration meeting every requirement of Open Source AI with Open Data, with
    every component MOF asks for, so that MOF Class I is reached too."""
    components: dict[str, Any] = {
        cid: released(cid, "CC-BY-4.0" if cid in DOCUMENTS else "Apache-2.0") for cid in COMPONENTS
    }
    components["training-data"] = {
        "status": "released",
        "datasets": [copy.deepcopy(OPEN_A), copy.deepcopy(OPEN_B)],
    }
    components["evaluation-data"] = {
        "status": "released",
        "datasets": [dataset("Eval set", "open", None, license_id="CC0-1.0")],
    }
    return {
        "$schema": SCHEMA_URL,
        "openness": VERSION,
        "model": {"name": "Conformance-1B", "organization": "Example Lab"},
        "components": components,
    }


def edit(declaration: Declaration | None = None, **changes: Any) -> Declaration:
    """A copy of ``declaration`` (the base by default) with components replaced
    (keyword: the component id with ``_`` for ``-``; None leaves the component out)."""
    result = copy.deepcopy(declaration if declaration is not None else base())
    for key, value in changes.items():
        cid = key.replace("_", "-")
        if value is None:
            result["components"].pop(cid, None)
        else:
            result["components"][cid] = value
    return result


def claiming(declaration: Declaration, open_source: bool = True) -> Declaration:
    result = copy.deepcopy(declaration)
    result["claims"] = {"open_source": open_source}
    return result


def data(*datasets: dict[str, Any], status: str = "released", **extra: Any) -> dict[str, Any]:
    return {"status": status, "datasets": [copy.deepcopy(d) for d in datasets], **extra}


def not_released() -> dict[str, str]:
    return {"status": "not-released"}


def not_applicable(notes: str = "Does not exist for this model.") -> dict[str, str]:
    return {"status": "not-applicable", "notes": notes}


def with_license(cid: str, license_id: str, **extra: Any) -> dict[str, Any]:
    return {**released(cid, license_id), **extra}


def case(
    cid: str,
    description: str,
    declaration: Declaration,
    *,
    level: str | None,
    osaid: bool | None,
    mof: int | None,
    valid: bool = True,
    rules: Iterable[str] = (),
    rules_absent: Iterable[str] = (),
    unmet: Iterable[str] = (),
    met: Iterable[str] = (),
    osaid_unmet: Iterable[str] = (),
) -> dict[str, Any]:
    """One case; ``level`` None means the declaration is refused before it is judged."""
    expect: dict[str, Any] = {
        "valid": valid,
        "level": level,
        "g7": G7[level] if level is not None else None,
        "osaid": osaid,
        "mof_class": mof,
        "rules": sorted(rules),
    }
    for key, values in (
        ("rules_absent", rules_absent),
        ("unmet", unmet),
        ("met", met),
        ("osaid_unmet", osaid_unmet),
    ):
        values = sorted(values)
        if values:
            expect[key] = values
    return {"id": cid, "description": description, "declaration": declaration, "expect": expect}


def refused(cid: str, description: str, declaration: Declaration, *rules: str) -> dict[str, Any]:
    """A case the schema refuses: invalid, and no level or crosswalk is computed."""
    return case(
        cid, description, declaration, level=None, osaid=None, mof=None, valid=False, rules=rules
    )


# decision non-osi-permissive: a licence that restricts nothing but is not OSI-approved is
# reported as not an open source licence for code, never as a restriction on use
NOT_A_RESTRICTION = ["restricted-license"]
NOT_FOR_CODE = ["license-not-open-for-kind"]

TOP = "open-source-ai-open-data"
OSAI = "open-source-ai"
OW = "open-weights"
WA = "weights-available"
CLOSED = "closed"


# --- the groups --------------------------------------------------------------------------


def levels() -> list[dict[str, Any]]:
    """Each level's boundary: every requirement failing alone, from the top down."""
    params = "model-parameters"
    return [
        case(
            "levels/top",
            "Everything released under open licences, every data set open: the top level, "
            "OSAID passes and MOF Class I is reached.",
            base(),
            level=TOP,
            osaid=True,
            mof=1,
            rules_absent=["open-source-washing"],
        ),
        case(
            "levels/closed-parameters-not-released",
            "The final parameters are not released: closed, whatever else is.",
            edit(model_parameters=not_released()),
            level=CLOSED,
            osaid=False,
            mof=0,
            unmet=["parameters-available", "parameters-open"],
            osaid_unmet=["osaid-model-parameters"],
        ),
        case(
            "levels/closed-parameters-left-out",
            "A component left out of the declaration counts as not released.",
            edit(model_parameters=None),
            level=CLOSED,
            osaid=False,
            mof=0,
            unmet=["parameters-available", "parameters-open"],
            osaid_unmet=["osaid-model-parameters"],
        ),
        case(
            "levels/closed-architecture-not-released",
            "Weights Available AI needs the architecture published, under any terms.",
            edit(model_architecture=not_released()),
            level=CLOSED,
            osaid=False,
            mof=0,
            unmet=["architecture-available", "architecture-open"],
            osaid_unmet=["osaid-model-architecture"],
        ),
        case(
            "levels/closed-inference-code-not-released",
            "Weights Available AI needs the inference (deployment) code, under any terms. MOF "
            "Class III does not ask for inference code; Class II does.",
            edit(inference_code=not_released()),
            level=CLOSED,
            osaid=False,
            mof=3,
            unmet=["inference-code-available", "inference-code-open"],
            osaid_unmet=["osaid-code-inference"],
        ),
        case(
            "levels/weights-available-parameters-partial",
            "Partly released parameters are available but do not count as openly released. "
            "MOF counts only released components.",
            edit(model_parameters={**released(params, "Apache-2.0"), "status": "partial"}),
            level=WA,
            osaid=False,
            mof=0,
            unmet=["parameters-open"],
            met=["parameters-available"],
            osaid_unmet=["osaid-model-parameters"],
        ),
        case(
            "levels/weights-available-llama-licence",
            "Weights under a licence with an acceptable-use policy and a user threshold.",
            edit(model_parameters=released(params, "LicenseRef-Llama-3.1-Community")),
            level=WA,
            osaid=False,
            mof=0,
            rules=["restricted-license"],
            unmet=["parameters-open"],
            met=["parameters-available"],
            osaid_unmet=["osaid-model-parameters"],
        ),
        case(
            "levels/weights-available-non-commercial",
            "Weights under a non-commercial licence.",
            edit(model_parameters=released(params, "CC-BY-NC-4.0")),
            level=WA,
            osaid=False,
            mof=0,
            rules=["restricted-license"],
            unmet=["parameters-open"],
            osaid_unmet=["osaid-model-parameters"],
        ),
        case(
            "levels/weights-available-no-licence",
            "Weights released without a licence: nobody may use them, so they are not open.",
            edit(model_parameters={"status": "released", "url": "https://example.org/w"}),
            level=WA,
            osaid=False,
            mof=0,
            rules=["released-without-license"],
            unmet=["parameters-open"],
            osaid_unmet=["osaid-model-parameters"],
        ),
        case(
            "levels/weights-available-architecture-not-osi",
            "Architecture code under CC-BY-4.0: code is open only under an OSI-approved licence. "
            "MOT counts CC-BY-4.0 as open for any content type (it only warns).",
            edit(model_architecture=released("model-architecture", "CC-BY-4.0")),
            level=WA,
            osaid=False,
            mof=1,
            rules=NOT_FOR_CODE,
            rules_absent=NOT_A_RESTRICTION,
            unmet=["architecture-open"],
            met=["architecture-available"],
            osaid_unmet=["osaid-model-architecture"],
        ),
        case(
            "levels/weights-available-inference-code-restricted",
            "Inference code under a model licence with use restrictions.",
            edit(inference_code=released("inference-code", "LicenseRef-Llama-3.1-Community")),
            level=WA,
            osaid=False,
            mof=3,
            rules=["restricted-license"],
            unmet=["inference-code-open"],
            met=["inference-code-available"],
            osaid_unmet=["osaid-code-inference"],
        ),
        case(
            "levels/weights-available-inference-code-partial",
            "Partly released inference code is available, not openly released.",
            edit(inference_code={**released("inference-code", "MIT"), "status": "partial"}),
            level=WA,
            osaid=False,
            mof=3,
            unmet=["inference-code-open"],
            met=["inference-code-available"],
            osaid_unmet=["osaid-code-inference"],
        ),
        case(
            "levels/open-weights-training-code-not-released",
            "Open weights, no training code: the model is open, how it was made is not.",
            edit(training_code=not_released()),
            level=OW,
            osaid=False,
            mof=3,
            unmet=["training-code-open"],
            osaid_unmet=["osaid-training-code"],
        ),
        case(
            "levels/open-weights-training-code-partial",
            "Partly released training code does not count.",
            edit(training_code={**released("training-code", "Apache-2.0"), "status": "partial"}),
            level=OW,
            osaid=False,
            mof=3,
            unmet=["training-code-open"],
            osaid_unmet=["osaid-training-code"],
        ),
        case(
            "levels/open-weights-preprocessing-code-not-released",
            "No data preprocessing code. MOF asks for it at Class I.",
            edit(data_preprocessing_code=not_released()),
            level=OW,
            osaid=False,
            mof=2,
            unmet=["preprocessing-code-open"],
            osaid_unmet=["osaid-code-preprocessing"],
        ),
        case(
            "levels/open-weights-supporting-libraries-not-released",
            "Supporting libraries that exist but are not released. MOF does not require them.",
            edit(supporting_libraries=not_released()),
            level=OW,
            osaid=False,
            mof=1,
            unmet=["supporting-libraries-open"],
            osaid_unmet=["osaid-code-supporting"],
        ),
        case(
            "levels/top-supporting-libraries-not-applicable",
            "Supporting libraries may be declared not applicable (with notes): only public "
            "open source libraries were used.",
            edit(
                supporting_libraries=not_applicable("Only public open source libraries were used.")
            ),
            level=TOP,
            osaid=True,
            mof=1,
            met=["supporting-libraries-open"],
        ),
        case(
            "levels/open-weights-configuration-not-released",
            "No training configuration: OSAID counts the arguments and settings used as "
            "training code. MOF's model metadata is optional.",
            edit(training_configuration=not_released()),
            level=OW,
            osaid=False,
            mof=1,
            unmet=["configuration-open"],
            osaid_unmet=["osaid-training-settings"],
        ),
        case(
            "levels/open-weights-configuration-cc0",
            "The training configuration is judged as code: CC0-1.0 is open content but not an "
            "OSI-approved licence.",
            edit(training_configuration=released("training-configuration", "CC0-1.0")),
            level=OW,
            osaid=False,
            mof=1,
            rules=NOT_FOR_CODE,
            rules_absent=NOT_A_RESTRICTION,
            unmet=["configuration-open"],
            osaid_unmet=["osaid-training-settings"],
        ),
        case(
            "levels/open-weights-no-report-no-paper",
            "Neither a technical report nor a research paper. MOF Class III needs the report "
            "(or the paper standing in for it).",
            edit(technical_report=not_released(), research_paper=not_released()),
            level=OW,
            osaid=False,
            mof=0,
            unmet=["report-open"],
            osaid_unmet=["osaid-methodology"],
        ),
        case(
            "levels/top-paper-stands-in-for-report",
            "A research paper stands in for the technical report, for the levels and for MOF.",
            edit(technical_report=not_released()),
            level=TOP,
            osaid=True,
            mof=1,
            met=["report-open"],
        ),
        case(
            "levels/top-report-without-paper",
            "A technical report without a research paper meets the levels; MOF Class I asks "
            "for the paper too.",
            edit(research_paper=not_released()),
            level=TOP,
            osaid=True,
            mof=2,
            met=["report-open"],
        ),
        case(
            "levels/open-weights-data-card-not-released",
            "No data card: no data information.",
            edit(data_card=not_released()),
            level=OW,
            osaid=False,
            mof=0,
            unmet=["data-card-open"],
            osaid_unmet=["osaid-data-card"],
        ),
        case(
            "levels/open-weights-data-card-non-commercial",
            "A data card under a non-commercial licence is not openly released.",
            edit(data_card=released("data-card", "CC-BY-NC-4.0")),
            level=OW,
            osaid=False,
            mof=0,
            rules=["restricted-license"],
            unmet=["data-card-open"],
            osaid_unmet=["osaid-data-card"],
        ),
        case(
            "levels/open-weights-training-data-not-released",
            "Training data neither released nor listed.",
            edit(training_data=not_released()),
            level=OW,
            osaid=False,
            mof=2,
            unmet=["training-data-complete", "training-data-open"],
            osaid_unmet=["osaid-data-list"],
        ),
        case(
            "levels/open-weights-training-data-unlisted",
            "Training data said to be released under CC-BY-4.0, but its data sets are not "
            "listed. MOT reads only the component's licence, so MOF counts it.",
            edit(training_data=released("training-data", "CC-BY-4.0")),
            level=OW,
            osaid=False,
            mof=1,
            rules=["datasets-missing"],
            unmet=["training-data-complete"],
            osaid_unmet=["osaid-data-list"],
        ),
        case(
            "levels/open-source-ai-training-data-partial",
            "Every listed data set is open, but the training data is only partly released: "
            "the top level needs all of it released. MOF counts only released components.",
            edit(training_data=data(OPEN_A, OPEN_B, status="partial")),
            level=OSAI,
            osaid=True,
            mof=2,
            unmet=["training-data-open"],
            met=["training-data-complete", "training-data-justified"],
        ),
    ]


def loopholes() -> list[dict[str, Any]]:
    """The loopholes of 1.0 (definition review D1-D4), each closed in 2.0."""
    cases = [
        refused(
            f"loopholes/d1-{cid}-not-applicable",
            f"{cid} always applies: declaring it not applicable is refused.",
            edit(**{cid: not_applicable()}),
            "not-applicable-refused",
        )
        for cid in (
            "inference-code",
            "data-card",
            "training-configuration",
            "data-preprocessing-code",
            "model-parameters",
            "model-architecture",
            "training-code",
            "training-data",
        )
    ]
    minimal = {
        "$schema": SCHEMA_URL,
        "openness": VERSION,
        "model": {"name": "Crafted"},
        "claims": {"open_source": True},
        "components": {
            "model-architecture": released("model-architecture", "Apache-2.0"),
            "model-parameters": released("model-parameters", "Apache-2.0"),
            "inference-code": not_applicable("same"),
            "training-code": released("training-code", "Apache-2.0"),
            "data-preprocessing-code": not_applicable("none"),
            "supporting-libraries": not_applicable("none"),
            "training-configuration": not_applicable("none"),
            "technical-report": not_applicable("none"),
            "data-card": not_applicable("none"),
            "training-data": data(dataset("D1", "open", 1.0, license_id="CC-BY-4.0")),
        },
    }
    cases += [
        refused(
            "loopholes/d1-all-not-applicable",
            "The review's minimal washer (1.0 gave it the top level and an OSAID pass): every "
            "component that could be was declared not applicable.",
            minimal,
            "not-applicable-refused",
        ),
        refused(
            "loopholes/d1-not-applicable-without-notes",
            "Not applicable must say why, in notes.",
            edit(supporting_libraries={"status": "not-applicable"}),
            "not-applicable-without-notes",
        ),
        case(
            "loopholes/d1-report-and-paper-not-applicable",
            "The technical report and the research paper may each be not applicable, but "
            "not both: at least one must be released openly.",
            edit(
                technical_report=not_applicable("No report."),
                research_paper=not_applicable("No paper."),
            ),
            level=OW,
            osaid=False,
            mof=0,
            unmet=["report-open"],
            osaid_unmet=["osaid-methodology"],
        ),
        case(
            "loopholes/d1-report-not-applicable-paper-released",
            "One of the two not applicable is fine when the other is released openly.",
            edit(technical_report=not_applicable("The paper is the report.")),
            level=TOP,
            osaid=True,
            mof=1,
            met=["report-open"],
        ),
        case(
            "loopholes/d2-configuration-left-out",
            "Without the training configuration OSAID fails too: its code clause asks for the "
            "arguments and settings used (1.0's crosswalk forgot them).",
            edit(training_configuration=None),
            level=OW,
            osaid=False,
            mof=1,
            unmet=["configuration-open"],
            osaid_unmet=["osaid-training-settings"],
        ),
    ]
    half = [dict(OPEN_A, share=0.3), dict(OPEN_B, share=0.2)]
    cases += [
        case(
            "loopholes/d3-shares-add-up-to-half",
            "The shares add up to 0.5: half of the training data is not accounted for.",
            edit(training_data=data(*half)),
            level=OW,
            osaid=False,
            mof=1,
            unmet=["training-data-complete"],
            osaid_unmet=["osaid-data-list"],
        ),
        case(
            "loopholes/d3-one-share-of-five-percent",
            "One data set covering 5 % of the training tokens, nothing else listed.",
            edit(training_data=data(dict(OPEN_A, share=0.05))),
            level=OW,
            osaid=False,
            mof=1,
            unmet=["training-data-complete"],
            osaid_unmet=["osaid-data-list"],
        ),
        case(
            "loopholes/d3-shares-within-tolerance",
            "Shares adding up to 0.995 are within the tolerance of 0.01.",
            edit(training_data=data(OPEN_A, dict(OPEN_B, share=0.395))),
            level=TOP,
            osaid=True,
            mof=1,
            met=["training-data-complete"],
        ),
        case(
            "loopholes/d3-shares-outside-tolerance",
            "Shares adding up to 0.98 are outside the tolerance of 0.01.",
            edit(training_data=data(OPEN_A, dict(OPEN_B, share=0.38))),
            level=OW,
            osaid=False,
            mof=1,
            unmet=["training-data-complete"],
            osaid_unmet=["osaid-data-list"],
        ),
        case(
            "loopholes/d3-shares-above-one",
            "Shares adding up to 1.2 do not describe the training data either.",
            edit(training_data=data(dict(OPEN_A, share=0.7), dict(OPEN_B, share=0.5))),
            level=OW,
            osaid=False,
            mof=1,
            rules=["dataset-shares"],
            unmet=["training-data-complete"],
            osaid_unmet=["osaid-data-list"],
        ),
        case(
            "loopholes/d3-share-missing",
            "One data set gives no share: Open Source AI needs every share. OSAID asks for a "
            "list of all training data, not for shares, so it passes.",
            edit(training_data=data(OPEN_A, {k: v for k, v in OPEN_B.items() if k != "share"})),
            level=OW,
            osaid=True,
            mof=1,
            unmet=["training-data-complete"],
        ),
        case(
            "loopholes/d3-not-described",
            "The review's case: data not released, one unshareable entry described as \"Not "
            'described.". A description that says nothing is not data information.',
            edit(
                training_data=data(
                    dataset(
                        "Training corpus",
                        "unshareable",
                        1.0,
                        url=False,
                        description="Not described.",
                        exception=legal("Contains data we may not share."),
                    ),
                    status="not-released",
                )
            ),
            level=OW,
            osaid=False,
            mof=2,
            unmet=["training-data-complete"],
            osaid_unmet=["osaid-data-list"],
        ),
        case(
            "loopholes/d3-not-described-by-the-maker",
            "The description says only that the maker does not describe the data (the form "
            "1.0's Mistral example used): it says nothing about the data, so it is not data "
            "information.",
            edit(
                training_data=data(
                    dataset(
                        "Training corpus",
                        "unshareable",
                        1.0,
                        url=False,
                        description="Not described by Example Lab.",
                        exception=legal("Contains data we may not share."),
                    ),
                    status="not-released",
                )
            ),
            level=OW,
            osaid=False,
            mof=2,
            unmet=["training-data-complete"],
            osaid_unmet=["osaid-data-list"],
        ),
        case(
            "loopholes/d3-unknown-description",
            'An unshareable data set described only as "Unknown" next to an open one.',
            edit(
                training_data=data(
                    OPEN_A,
                    dict(UNSHAREABLE, description="Unknown"),
                    status="partial",
                )
            ),
            level=OW,
            osaid=False,
            mof=2,
            unmet=["training-data-complete"],
            osaid_unmet=["osaid-data-list"],
        ),
        case(
            "loopholes/open-class-with-non-commercial-licence",
            "A data set declared open under a non-commercial licence: the open class means the "
            "publisher grants an open data licence, so this set is not open and, like any set "
            "that is not open, needs legal or technical grounds to reach Open Source AI.",
            edit(training_data=data(dict(OPEN_A, license="CC-BY-NC-4.0"), OPEN_B)),
            level=OW,
            osaid=True,
            mof=2,
            rules=["restricted-license"],
            unmet=["training-data-justified"],
        ),
        case(
            "loopholes/d4-component-licence-non-commercial",
            "The training-data component's own licence is non-commercial while its data sets "
            "are CC-BY: the data is not open. MOT reads the component's licence.",
            edit(training_data=data(OPEN_A, OPEN_B, license="CC-BY-NC-4.0")),
            level=OSAI,
            osaid=True,
            mof=2,
            rules=["restricted-license"],
            unmet=["training-data-open"],
            met=["training-data-complete", "training-data-justified"],
        ),
        case(
            "loopholes/d4-component-licence-open",
            "An open component licence over open data sets keeps the top level.",
            edit(training_data=data(OPEN_A, OPEN_B, license="CC0-1.0")),
            level=TOP,
            osaid=True,
            mof=1,
            met=["training-data-open"],
        ),
    ]
    return cases


def gates() -> list[dict[str, Any]]:
    """Download gates (D8): an agreement lowers the level, a registration does not."""
    agreement = {"gate": "agreement"}
    registration = {"gate": "registration"}
    return [
        case(
            "gates/parameters-agreement",
            "Apache-2.0 weights behind an agreement to accept before download are available, "
            "not open. MOT does not know gates.",
            edit(model_parameters=with_license("model-parameters", "Apache-2.0", **agreement)),
            level=WA,
            osaid=False,
            mof=1,
            unmet=["parameters-open"],
            met=["parameters-available"],
            osaid_unmet=["osaid-model-parameters"],
        ),
        case(
            "gates/parameters-registration",
            "A registration gate (contact details only) does not lower the level.",
            edit(model_parameters=with_license("model-parameters", "Apache-2.0", **registration)),
            level=TOP,
            osaid=True,
            mof=1,
            met=["parameters-open"],
        ),
        case(
            "gates/inference-code-agreement",
            "Inference code behind an agreement.",
            edit(inference_code=with_license("inference-code", "Apache-2.0", **agreement)),
            level=WA,
            osaid=False,
            mof=1,
            unmet=["inference-code-open"],
            met=["inference-code-available"],
            osaid_unmet=["osaid-code-inference"],
        ),
        case(
            "gates/training-code-agreement",
            "Training code behind an agreement.",
            edit(training_code=with_license("training-code", "Apache-2.0", **agreement)),
            level=OW,
            osaid=False,
            mof=1,
            unmet=["training-code-open"],
            osaid_unmet=["osaid-training-code"],
        ),
        case(
            "gates/data-card-agreement",
            "A data card behind an agreement.",
            edit(data_card=with_license("data-card", "CC-BY-4.0", **agreement)),
            level=OW,
            osaid=False,
            mof=1,
            unmet=["data-card-open"],
            osaid_unmet=["osaid-data-card"],
        ),
        case(
            "gates/technical-report-agreement-paper-open",
            "A gated technical report, but an open research paper meets the report requirement.",
            edit(technical_report=with_license("technical-report", "CC-BY-4.0", **agreement)),
            level=TOP,
            osaid=True,
            mof=1,
            met=["report-open"],
        ),
        case(
            "gates/training-data-agreement",
            "Open data sets behind an agreement: listed and justified, but not openly released.",
            edit(training_data=data(OPEN_A, OPEN_B, **agreement)),
            level=OSAI,
            osaid=True,
            mof=1,
            unmet=["training-data-open"],
            met=["training-data-complete", "training-data-justified"],
        ),
        case(
            "gates/training-data-registration",
            "Open data sets behind a registration gate keep the top level.",
            edit(training_data=data(OPEN_A, OPEN_B, **registration)),
            level=TOP,
            osaid=True,
            mof=1,
        ),
        case(
            "gates/configuration-registration",
            "A configuration behind a registration gate.",
            edit(
                training_configuration=with_license(
                    "training-configuration", "Apache-2.0", **registration
                )
            ),
            level=TOP,
            osaid=True,
            mof=1,
        ),
    ]


OBTAINABLE = dataset(
    "Licensed news archive",
    "obtainable",
    0.4,
    description="A news archive licensed from its publisher, available to anyone for a fee.",
    exception=legal("The publisher's licence forbids redistribution."),
)


def exceptions() -> list[dict[str, Any]]:
    """Every exception basis, and every way an exception can be missing or incomplete."""
    open_a = dict(OPEN_A, share=0.4)
    return [
        case(
            "exceptions/legal",
            "Unshareable personal data withheld on legal grounds, with data information: Open "
            "Source AI, not with Open Data.",
            edit(training_data=data(dict(OPEN_A), UNSHAREABLE, status="partial")),
            level=OSAI,
            osaid=True,
            mof=2,
            unmet=["training-data-open"],
            met=["training-data-complete", "training-data-justified"],
            rules_absent=["status-datasets-mismatch"],
        ),
        case(
            "exceptions/technical",
            "Public web data that cannot be shared as a data set, on technical grounds.",
            edit(
                training_data=data(
                    dict(OPEN_A),
                    dict(
                        PUBLIC_WEB, exception=technical("The crawl was streamed and never stored.")
                    ),
                    status="partial",
                )
            ),
            level=OSAI,
            osaid=True,
            mof=2,
            unmet=["training-data-open"],
            met=["training-data-complete", "training-data-justified"],
        ),
        case(
            "exceptions/other",
            "A data set withheld for commercial reasons: allowed in the file, but it keeps the "
            "model at Open Weights AI. OSAID 1.0 accepts data withheld for any reason and "
            "passes.",
            edit(
                training_data=data(
                    dict(OPEN_A), dict(OBTAINABLE, exception=other()), status="partial"
                )
            ),
            level=OW,
            osaid=True,
            mof=2,
            unmet=["training-data-justified"],
            met=["training-data-complete"],
        ),
        case(
            "exceptions/legal-and-technical",
            "Open, public (technical) and unshareable (legal) data together: Open Source AI.",
            edit(
                training_data=data(
                    open_a,
                    dict(PUBLIC_WEB, share=0.3, exception=technical()),
                    dict(UNSHAREABLE, share=0.3),
                    status="partial",
                )
            ),
            level=OSAI,
            osaid=True,
            mof=2,
            unmet=["training-data-open"],
            met=["training-data-justified"],
        ),
        case(
            "exceptions/one-other-among-legal",
            "One data set on other grounds among legal ones is enough to stay at Open Weights AI.",
            edit(
                training_data=data(
                    open_a,
                    dict(UNSHAREABLE, share=0.3),
                    dict(OBTAINABLE, share=0.3, exception=other("Not yet cleaned for release.")),
                    status="partial",
                )
            ),
            level=OW,
            osaid=True,
            mof=2,
            unmet=["training-data-justified"],
        ),
        refused(
            "exceptions/missing-public",
            "A public data set without an exception: the author must say why it is not open.",
            edit(
                training_data=data(
                    dict(OPEN_A),
                    {k: v for k, v in PUBLIC_WEB.items() if k != "exception"},
                    status="partial",
                )
            ),
            "exception-missing",
        ),
        refused(
            "exceptions/missing-obtainable",
            "An obtainable data set without an exception.",
            edit(
                training_data=data(
                    dict(OPEN_A),
                    {k: v for k, v in OBTAINABLE.items() if k != "exception"},
                    status="partial",
                )
            ),
            "exception-missing",
        ),
        refused(
            "exceptions/missing-unshareable",
            "An unshareable data set without an exception.",
            edit(
                training_data=data(
                    dict(OPEN_A),
                    {k: v for k, v in UNSHAREABLE.items() if k != "exception"},
                    status="partial",
                )
            ),
            "exception-missing",
        ),
        refused(
            "exceptions/empty",
            "An empty exception names neither basis nor explanation.",
            edit(
                training_data=data(dict(OPEN_A), dict(UNSHAREABLE, exception={}), status="partial")
            ),
            "exception-incomplete",
        ),
        refused(
            "exceptions/basis-without-explanation",
            "An exception must explain its basis.",
            edit(
                training_data=data(
                    dict(OPEN_A), dict(UNSHAREABLE, exception={"basis": "legal"}), status="partial"
                )
            ),
            "exception-incomplete",
        ),
        refused(
            "exceptions/explanation-without-basis",
            "An exception must name its basis.",
            edit(
                training_data=data(
                    dict(OPEN_A),
                    dict(UNSHAREABLE, exception={"explanation": "Personal data."}),
                    status="partial",
                )
            ),
            "exception-incomplete",
        ),
        refused(
            "exceptions/explanation-empty",
            "An empty explanation explains nothing.",
            edit(
                training_data=data(
                    dict(OPEN_A),
                    dict(UNSHAREABLE, exception={"basis": "legal", "explanation": ""}),
                    status="partial",
                )
            ),
            "exception-incomplete",
        ),
        refused(
            "exceptions/unknown-basis",
            "The basis is one of legal, technical or other.",
            edit(
                training_data=data(
                    dict(OPEN_A),
                    dict(UNSHAREABLE, exception={"basis": "commercial", "explanation": "Ours."}),
                    status="partial",
                )
            ),
            "invalid-value",
        ),
    ]


def access() -> list[dict[str, Any]]:
    """Every access class, alone, and what each one must carry."""
    return [
        case(
            "access/open",
            "One open data set under CC0 covering all of the training data.",
            edit(
                training_data=data(
                    dataset("Public domain books", "open", 1.0, license_id="CC0-1.0")
                )
            ),
            level=TOP,
            osaid=True,
            mof=1,
            met=["training-data-open"],
        ),
        case(
            "access/public",
            "Public web data (legal exception) next to open data. MOT finds no licence on the "
            "public data, so the Datasets component does not count.",
            edit(training_data=data(dict(OPEN_A), PUBLIC_WEB, status="partial")),
            level=OSAI,
            osaid=True,
            mof=2,
            unmet=["training-data-open"],
            met=["training-data-complete", "training-data-justified"],
        ),
        case(
            "access/obtainable",
            "A corpus anyone can buy (legal exception: its licence forbids redistribution).",
            edit(training_data=data(dict(OPEN_A), OBTAINABLE, status="partial")),
            level=OSAI,
            osaid=True,
            mof=2,
            unmet=["training-data-open"],
            met=["training-data-complete", "training-data-justified"],
        ),
        case(
            "access/unshareable",
            "All of the training data is unshareable, withheld on legal grounds and described: "
            "the G7's Open Source AI allows this, with data information instead of the data.",
            edit(training_data=data(dict(UNSHAREABLE, share=1.0), status="not-released")),
            level=OSAI,
            osaid=True,
            mof=2,
            unmet=["training-data-open"],
            met=["training-data-complete", "training-data-justified"],
        ),
        case(
            "access/unshareable-in-released-data",
            "Training data declared released while one of its data sets is unshareable: a "
            "warning; the level is unchanged by it.",
            edit(training_data=data(dict(OPEN_A), UNSHAREABLE)),
            level=OSAI,
            osaid=True,
            mof=2,
            rules=["status-datasets-mismatch"],
            unmet=["training-data-open"],
        ),
        refused(
            "access/open-without-licence",
            "An open data set must name its open data licence.",
            edit(
                training_data=data(
                    {k: v for k, v in OPEN_A.items() if k != "license"}, dict(OPEN_B)
                )
            ),
            "open-dataset-without-license",
        ),
        refused(
            "access/public-without-url",
            "A public data set must say where it is.",
            edit(
                training_data=data(
                    dict(OPEN_A),
                    {k: v for k, v in PUBLIC_WEB.items() if k != "url"},
                    status="partial",
                )
            ),
            "dataset-without-url",
        ),
        refused(
            "access/obtainable-without-url",
            "An obtainable data set must say where to get it.",
            edit(
                training_data=data(
                    dict(OPEN_A),
                    {k: v for k, v in OBTAINABLE.items() if k != "url"},
                    status="partial",
                )
            ),
            "dataset-without-url",
        ),
        refused(
            "access/unshareable-without-description",
            "Unshareable data must be described instead.",
            edit(
                training_data=data(
                    dict(OPEN_A),
                    {k: v for k, v in UNSHAREABLE.items() if k != "description"},
                    status="partial",
                )
            ),
            "unshareable-without-description",
        ),
        refused(
            "access/unknown-class",
            "The access class is one of open, public, obtainable, unshareable.",
            edit(
                training_data=data(
                    dict(OPEN_A), dict(UNSHAREABLE, access="private"), status="partial"
                )
            ),
            "invalid-value",
        ),
    ]


def washing() -> list[dict[str, Any]]:
    """claims.open_source against the level: washing below Open Source AI, never at it."""
    withheld = edit(training_data=data(dict(OPEN_A), UNSHAREABLE, status="partial"))
    commercial = edit(
        training_data=data(dict(OPEN_A), dict(OBTAINABLE, exception=other()), status="partial")
    )
    wash = ["open-source-washing"]
    return [
        case(
            "washing/claim-at-top",
            "Presented as open source at the top level: no washing.",
            claiming(base()),
            level=TOP,
            osaid=True,
            mof=1,
            rules_absent=wash,
        ),
        case(
            "washing/claim-at-open-source-ai",
            "Presented as open source with data withheld on legal grounds: Open Source AI, no "
            "washing.",
            claiming(withheld),
            level=OSAI,
            osaid=True,
            mof=2,
            rules_absent=wash,
        ),
        case(
            "washing/claim-at-open-weights",
            "Presented as open source without training code: washing, an error.",
            claiming(edit(training_code=not_released())),
            level=OW,
            osaid=False,
            mof=3,
            valid=False,
            rules=wash,
        ),
        case(
            "washing/claim-at-open-weights-osaid-pass",
            "Presented as open source with data withheld for commercial reasons: OSAID 1.0 "
            "passes, but the level is Open Weights AI, so the claim is washing.",
            claiming(commercial),
            level=OW,
            osaid=True,
            mof=2,
            valid=False,
            rules=wash,
        ),
        case(
            "washing/claim-with-incomplete-data-list",
            "Presented as open source with a data list covering half of the data.",
            claiming(edit(training_data=data(dict(OPEN_A, share=0.3), dict(OPEN_B, share=0.2)))),
            level=OW,
            osaid=False,
            mof=1,
            valid=False,
            rules=wash,
        ),
        case(
            "washing/claim-at-weights-available",
            "Presented as open source under a restrictive model licence.",
            claiming(
                edit(
                    model_parameters=released("model-parameters", "LicenseRef-Llama-3.1-Community")
                )
            ),
            level=WA,
            osaid=False,
            mof=0,
            valid=False,
            rules=[*wash, "restricted-license"],
        ),
        case(
            "washing/claim-at-closed",
            "Presented as open source with no weights released.",
            claiming(edit(model_parameters=not_released())),
            level=CLOSED,
            osaid=False,
            mof=0,
            valid=False,
            rules=wash,
        ),
        case(
            "washing/no-claim-at-closed",
            "Not presented as open source: a closed model is no washing.",
            claiming(edit(model_parameters=not_released()), open_source=False),
            level=CLOSED,
            osaid=False,
            mof=0,
            rules_absent=wash,
        ),
    ]


def mof() -> list[dict[str, Any]]:
    """MOF classes 0 to 3, computed as the Model Openness Tool does, beside the level."""
    return [
        case(
            "mof/class-3-evaluation-code-missing",
            "Evaluation code is not a level requirement; MOF Class II asks for it.",
            edit(evaluation_code=not_released()),
            level=TOP,
            osaid=True,
            mof=3,
        ),
        case(
            "mof/class-3-evaluation-data-missing",
            "Evaluation data is not a level requirement; MOF Class II asks for it.",
            edit(evaluation_data=not_released()),
            level=TOP,
            osaid=True,
            mof=3,
        ),
        case(
            "mof/class-2-intermediate-checkpoints-missing",
            "Intermediate checkpoints are for MOF Class I only.",
            edit(intermediate_checkpoints=not_released()),
            level=TOP,
            osaid=True,
            mof=2,
        ),
        case(
            "mof/class-0-evaluation-results-missing",
            "MOF Class III asks for evaluation results; the levels do not.",
            edit(evaluation_results=not_released()),
            level=TOP,
            osaid=True,
            mof=0,
        ),
        case(
            "mof/class-0-model-card-missing",
            "MOF Class III asks for a model card; the levels do not.",
            edit(model_card=not_released()),
            level=TOP,
            osaid=True,
            mof=0,
        ),
        case(
            "mof/class-1-optional-missing",
            "Sample outputs are optional for MOF.",
            edit(sample_outputs=not_released()),
            level=TOP,
            osaid=True,
            mof=1,
        ),
        case(
            "mof/not-applicable-counts-as-missing",
            'MOT has no "not applicable": evaluation code declared not applicable is missing '
            "for MOF Class II; the levels do not ask for it.",
            edit(evaluation_code=not_applicable("Evaluated with a public harness, unchanged.")),
            level=TOP,
            osaid=True,
            mof=3,
        ),
        case(
            "mof/licence-case",
            'MOT matches licence ids exactly, case included: "apache-2.0" is not '
            '"Apache-2.0" for MOF, while SPDX ids match in any case (with a warning).',
            edit(model_parameters=released("model-parameters", "apache-2.0")),
            level=TOP,
            osaid=True,
            mof=0,
            rules=["license-alias"],
        ),
        case(
            "mof/weights-under-cc-by",
            "Weights under CC-BY-4.0, an open content licence: open for weights here and for MOT.",
            edit(model_parameters=released("model-parameters", "CC-BY-4.0")),
            level=TOP,
            osaid=True,
            mof=1,
        ),
    ]


def licences() -> list[dict[str, Any]]:
    """The licence decisions: non-OSI permissive licences, expressions, unknown ids."""
    return [
        case(
            "licences/weights-openmdw",
            "Weights under OpenMDW-1.0, a permissive licence on the open content list.",
            edit(model_parameters=released("model-parameters", "OpenMDW-1.0")),
            level=TOP,
            osaid=True,
            mof=1,
            rules_absent=["restricted-license"],
        ),
        case(
            "licences/training-code-openmdw",
            "Code needs an OSI-approved licence: training code under OpenMDW-1.0 is not open "
            "source code (MOT counts OpenMDW-1.0 for every content type).",
            edit(training_code=released("training-code", "OpenMDW-1.0")),
            level=OW,
            osaid=False,
            mof=1,
            rules=NOT_FOR_CODE,
            rules_absent=NOT_A_RESTRICTION,
            unmet=["training-code-open"],
            osaid_unmet=["osaid-training-code"],
        ),
        case(
            "licences/weights-wtfpl",
            "Weights under WTFPL, permissive and not OSI-approved: open for weights.",
            edit(model_parameters=released("model-parameters", "WTFPL")),
            level=TOP,
            osaid=True,
            mof=1,
        ),
        case(
            "licences/weights-openmdw-1-1",
            "Weights under OpenMDW 1.1 (a LicenseRef: not yet on the SPDX list), open for "
            "weights. MOT knows only the SPDX OpenMDW-1.0, so MOF does not count the weights.",
            edit(model_parameters=released("model-parameters", "LicenseRef-OpenMDW-1.1")),
            level=TOP,
            osaid=True,
            mof=0,
            rules_absent=NOT_A_RESTRICTION,
        ),
        case(
            "licences/weights-apple-sample-code",
            "Weights under the Apple Sample Code Licence, permissive and not OSI-approved: open "
            "for weights. MOT does not count a licence it does not list.",
            edit(model_parameters=released("model-parameters", "LicenseRef-Apple-Sample-Code")),
            level=TOP,
            osaid=True,
            mof=0,
            rules_absent=NOT_A_RESTRICTION,
        ),
        case(
            "licences/documents-bsd-3-clause-clear",
            "Documents under BSD-3-Clause-Clear, permissive and not OSI-approved: open for "
            "documents.",
            edit(
                data_card=released("data-card", "BSD-3-Clause-Clear"),
                technical_report=released("technical-report", "BSD-3-Clause-Clear"),
            ),
            level=TOP,
            osaid=True,
            mof=1,
        ),
        case(
            "licences/copyleft-code",
            "Copyleft code (GPL-3.0-only) is open source code.",
            edit(training_code=released("training-code", "GPL-3.0-only")),
            level=TOP,
            osaid=True,
            mof=1,
        ),
        case(
            "licences/deprecated-id",
            "A deprecated SPDX id (GPL-3.0) is a warning; the licence it names is still open "
            "source.",
            edit(training_code=released("training-code", "GPL-3.0")),
            level=TOP,
            osaid=True,
            mof=1,
            rules=["deprecated-license"],
        ),
        case(
            "licences/or-with-an-open-branch",
            "MIT OR CC-BY-NC-4.0: the licensee may choose MIT, so the code is open.",
            edit(training_code=released("training-code", "MIT OR CC-BY-NC-4.0")),
            level=TOP,
            osaid=True,
            mof=1,
        ),
        case(
            "licences/and-with-a-restricted-part",
            "Apache-2.0 AND CC-BY-NC-4.0: every part binds, so the weights are not open.",
            edit(model_parameters=released("model-parameters", "Apache-2.0 AND CC-BY-NC-4.0")),
            level=WA,
            osaid=False,
            mof=0,
            rules=["restricted-license"],
            unmet=["parameters-open"],
        ),
        case(
            "licences/unknown-licence-ref",
            "A LicenseRef the definition does not know is an error, and not open.",
            edit(model_parameters=released("model-parameters", "LicenseRef-Example-Model")),
            level=WA,
            osaid=False,
            mof=0,
            valid=False,
            rules=["unknown-license"],
            unmet=["parameters-open"],
        ),
        case(
            "licences/invalid-expression",
            "A licence that is not an SPDX expression is an error, and not open.",
            edit(model_parameters=released("model-parameters", "Apache-2.0 OR")),
            level=WA,
            osaid=False,
            mof=0,
            valid=False,
            rules=["invalid-license-expression"],
            unmet=["parameters-open"],
        ),
    ]


def schema() -> list[dict[str, Any]]:
    """Declarations the schema refuses (each with its rule id), and what it accepts."""

    def changed(path: tuple[str, ...], value: Any) -> Declaration:
        result = base()
        node = result
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
        return result

    unknown_component = base()
    unknown_component["components"]["training-dataset"] = released("training-dataset", "MIT")
    no_model = base()
    del no_model["model"]
    extended = base()
    extended["x-origin"] = "written by hand"
    extended["model"]["x-internal-id"] = 42
    extended["components"]["x-notes"] = {"anything": True}
    extended["components"]["model-parameters"]["x-sha256"] = "0" * 64
    extended["components"]["training-data"]["datasets"][0]["x-rows"] = 1000
    mismatch = changed(("$schema",), schema_url("1.0"))
    return [
        refused(
            "schema/unknown-version",
            "A definition version the implementation does not know.",
            changed(("openness",), "2.1"),
            "definition-version",
        ),
        refused("schema/model-missing", "The model is required.", no_model, "missing-property"),
        refused(
            "schema/unknown-component",
            "Components are the definition's ids only.",
            unknown_component,
            "unknown-component",
        ),
        refused(
            "schema/unknown-property",
            "A misspelt property is refused (extension keys start with x-).",
            changed(
                ("components", "model-parameters"),
                {"status": "released", "licence": "MIT", "url": "https://example.org/w"},
            ),
            "unknown-property",
        ),
        refused(
            "schema/invalid-status",
            "The status is one of released, partial, not-released, not-applicable.",
            changed(("components", "model-parameters", "status"), "published"),
            "invalid-value",
        ),
        refused(
            "schema/invalid-gate",
            "A gate is registration or agreement.",
            changed(("components", "model-parameters", "gate"), "click-through"),
            "invalid-value",
        ),
        refused(
            "schema/url-not-https",
            "URLs are absolute https:// URLs.",
            changed(("components", "model-parameters", "url"), "http://example.org/w"),
            "invalid-url",
        ),
        refused(
            "schema/invalid-date",
            "Dates are YYYY-MM-DD.",
            changed(("model", "release_date"), "15/01/2025"),
            "invalid-date",
        ),
        refused(
            "schema/share-out-of-range",
            "A share is a fraction between 0 and 1.",
            changed(("components", "training-data", "datasets"), [dict(OPEN_A, share=1.5)]),
            "out-of-range",
        ),
        refused(
            "schema/component-wrong-type",
            "A component is an object.",
            changed(("components", "model-parameters"), "released"),
            "wrong-type",
        ),
        refused(
            "schema/claim-wrong-type",
            "claims.open_source is true or false.",
            changed(("claims",), {"open_source": "yes"}),
            "wrong-type",
        ),
        case(
            "schema/extension-keys",
            "Keys starting with x- are accepted anywhere an object allows them, and ignored.",
            extended,
            level=TOP,
            osaid=True,
            mof=1,
        ),
        case(
            "schema/schema-url-mismatch",
            "A $schema of another version is a warning; the declaration is judged by its "
            "openness field.",
            mismatch,
            level=TOP,
            osaid=True,
            mof=1,
            rules=["schema-mismatch"],
        ),
    ]


GROUPS = {
    "levels": ("Every level boundary of 2.0: each requirement failing alone.", levels),
    "loopholes": ("The loopholes of definition 1.0 (D1-D4), closed in 2.0.", loopholes),
    "gates": ("Download gates: an agreement lowers the level, a registration does not.", gates),
    "exceptions": ("Every exception basis, and exceptions missing or incomplete.", exceptions),
    "access": ("Every access class of a training data set.", access),
    "washing": ("Open source washing: claims.open_source held against the level.", washing),
    "mof": ("MOF classes 0 to 3 beside the level.", mof),
    "licences": (
        "Licence decisions: non-OSI permissive licences, expressions, unknown ids.",
        licences,
    ),
    "schema": ("What the declaration schema refuses, each with its rule id.", schema),
}


def render(group: str) -> str:
    """The exact text of one case file."""
    description, build = GROUPS[group]
    body = {"description": description, "definition": VERSION, "cases": build()}
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for group in GROUPS:
        target = out / f"{group}.json"
        target.write_text(render(group), encoding="utf-8")
        print(f"wrote {target}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
