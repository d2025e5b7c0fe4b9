"""The starting declaration written by ``openness init``, and its questions as pure functions.

:func:`template` gives a declaration with every component listed as ``not-released``
(valid against the schema) for the author to fill in. :func:`declaration_from_answers`
turns the answers to ``openness init``'s questions into a declaration, so the logic is
tested without a terminal; the CLI only asks (see :data:`QUESTIONS`) and writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from openness.definition import Definition, load_definition
from openness.importers.common import Draft, add_exception, https_url
from openness.importers.licenses import map_license
from openness.urls import schema_url

PLACEHOLDER_NAME = "my-model"
DatasetsAnswer = Literal["yes", "some", "no", "unknown"]
DATASETS_ANSWERS: tuple[str, ...] = ("yes", "some", "no", "unknown")


def template(name: str = PLACEHOLDER_NAME, definition: Definition | None = None) -> dict[str, Any]:
    """A declaration with every component of the definition listed as ``not-released``."""
    definition = definition or load_definition()
    return {
        "$schema": schema_url(definition.version),
        "openness": definition.version,
        "model": {"name": name.strip() or PLACEHOLDER_NAME},
        "components": {c.id: {"status": "not-released"} for c in definition.components},
    }


def template_draft(definition: Definition | None = None) -> Draft:
    """The template, with the list of what to fill in."""
    definition = definition or load_definition()
    return Draft(
        template(definition=definition),
        decisions=["every component is listed as not-released"],
        to_confirm=[
            f'model.name: replace "{PLACEHOLDER_NAME}" with the model\'s name',
            'components: set each released component to "released" with its licence '
            "and url (not-applicable needs notes saying why)",
        ],
    )


@dataclass(frozen=True, slots=True)
class DatasetAnswer:
    name: str
    url: str | None = None
    license: str | None = None


@dataclass(frozen=True, slots=True)
class InitAnswers:
    """The answers to ``openness init``'s questions (None or empty: not answered)."""

    model_name: str
    weights_url: str | None = None
    weights_license: str | None = None
    training_code_public: bool = False
    training_code_url: str | None = None
    training_code_license: str | None = None
    datasets_public: DatasetsAnswer = "unknown"
    datasets: tuple[DatasetAnswer, ...] = field(default=())
    # without these an Apache-2.0 model came out one level low (issue 14, P7)
    architecture_public: bool = False
    architecture_url: str | None = None
    architecture_license: str | None = None
    inference_code_public: bool = False
    inference_code_url: str | None = None
    inference_code_license: str | None = None
    presented_open_source: bool | None = None  # None: not asked


# The questions the CLI asks, in order: (answer field, prompt text).
QUESTIONS: tuple[tuple[str, str], ...] = (
    ("model_name", "Model name"),
    ("weights_url", "Where are the weights (https URL, empty if not public)"),
    ("weights_license", "Licence of the weights (SPDX id, e.g. Apache-2.0; empty if unknown)"),
    ("architecture_public", "Is the model architecture (the code defining the network) public?"),
    ("architecture_url", "Where is it (https URL)"),
    ("architecture_license", "Its licence (SPDX id)"),
    ("inference_code_public", "Is the inference code (the code that runs the model) public?"),
    ("inference_code_url", "Where is it (https URL)"),
    ("inference_code_license", "Its licence (SPDX id)"),
    ("training_code_public", "Is the training code public?"),
    ("training_code_url", "Where is the training code (https URL)"),
    ("training_code_license", "Licence of the training code (SPDX id, e.g. MIT)"),
    ("datasets_public", "Are the training data sets public? (yes / some / no / unknown)"),
    ("presented_open_source", "Do you present the model as open source?"),
)


def complete_url(text: str) -> str:
    """``huggingface.co/org/model`` as ``https://huggingface.co/org/model``: an answer
    that starts with a host name gets the scheme it obviously lacks."""
    text = text.strip()
    host = text.split("/", 1)[0]
    if text and "://" not in text and "." in host and " " not in text:
        return "https://" + text
    return text


def check_url(text: str) -> str | None:
    """An error message for an answer that is not an https URL (None when fine or empty)."""
    text = text.strip()
    if not text or https_url(text):
        return None
    return "write a full https:// URL (e.g. https://huggingface.co/org/model), or leave it empty"


def check_name(text: str) -> str | None:
    if not text.strip():
        return "the model needs a name"
    if len(text.strip()) > 300:
        return "at most 300 characters"
    return None


def _license(text: str | None, where: str, draft: Draft) -> str | None:
    if text is None or not text.strip():
        return None
    mapping = map_license(text)
    if mapping.mapped and mapping.changed:
        draft.decisions.append(f"{where}: licence {text.strip()!r} written as {mapping.license}")
    elif not mapping.mapped:
        draft.to_confirm.append(
            f"{where}: licence {text.strip()!r} kept as written ({mapping.reason}); "
            "use an SPDX id or LicenseRef id"
        )
    return mapping.license if mapping.mapped else text.strip()[:500]


def declaration_from_answers(answers: InitAnswers, definition: Definition | None = None) -> Draft:
    """The declaration the answers describe; what they leave open is listed to confirm.

    Raises ValueError for an answer the questions would not accept (no name, a URL that
    is not https).
    """
    definition = definition or load_definition()
    problem = check_name(answers.model_name)
    if problem:
        raise ValueError(f"model name: {problem}")
    for label, url in (
        ("weights url", answers.weights_url),
        ("architecture url", answers.architecture_url),
        ("inference code url", answers.inference_code_url),
        ("training code url", answers.training_code_url),
        *((f"data set {d.name!r} url", d.url) for d in answers.datasets),
    ):
        if url and check_url(url):
            raise ValueError(f"{label}: {check_url(url)}")
    if answers.datasets_public not in DATASETS_ANSWERS:
        raise ValueError(f"datasets_public: one of {', '.join(DATASETS_ANSWERS)}")

    declaration = template(answers.model_name, definition)
    draft = Draft(declaration)
    components = declaration["components"]

    weights_url = (answers.weights_url or "").strip()
    weights_license = _license(answers.weights_license, "model-parameters", draft)
    if weights_url:
        entry: dict[str, Any] = {"status": "released", "url": weights_url}
        if weights_license:
            entry["license"] = weights_license
        else:
            draft.to_confirm.append("model-parameters: released, but under which licence?")
        components["model-parameters"] = entry
        declaration["model"]["url"] = weights_url
    else:
        draft.to_confirm.append("model-parameters: not-released (no public weights given)")
        if weights_license:
            draft.to_confirm.append(
                "model-parameters: a licence was given but no URL; add the URL to mark the "
                "weights released"
            )

    for component_id, public, url, licence in (
        (
            "model-architecture",
            answers.architecture_public,
            answers.architecture_url,
            answers.architecture_license,
        ),
        (
            "inference-code",
            answers.inference_code_public,
            answers.inference_code_url,
            answers.inference_code_license,
        ),
        (
            "training-code",
            answers.training_code_public,
            answers.training_code_url,
            answers.training_code_license,
        ),
    ):
        if public:
            components[component_id] = _released_code(component_id, url, licence, draft)
        else:
            draft.to_confirm.append(f"{component_id}: not-released")

    datasets = [_dataset(d, draft) for d in answers.datasets if d.name.strip()]
    for dataset in datasets:
        add_exception(dataset, definition.exception_bases, draft)
    if answers.datasets_public in ("yes", "some"):
        entry = {"status": "released" if answers.datasets_public == "yes" else "partial"}
        if datasets:
            entry["datasets"] = datasets
        else:
            draft.to_confirm.append(
                "training-data: list each data set (name, url, access, license)"
            )
        components["training-data"] = entry
    elif answers.datasets_public == "no":
        draft.to_confirm.append(
            "training-data: not-released; list the data sets anyway (with access "
            '"obtainable" or "unshareable" and a description) to reach Open Source AI'
        )
    else:
        draft.to_confirm.append("training-data: not-released until you say what was used")

    if answers.presented_open_source is not None:
        declaration["claims"] = {"open_source": answers.presented_open_source}
        if answers.presented_open_source:
            draft.decisions.append(
                "claims.open_source: true (you present the model as open source): validation "
                "reports open source washing if the level stays below Open Source AI"
            )
    asked = ("model-parameters", "model-architecture", "inference-code", "training-code")
    others = [c.id for c in definition.components if c.id not in (*asked, "training-data")]
    draft.to_confirm.append(
        "still not-released (change those that are public): " + ", ".join(others)
    )
    return draft


def _released_code(
    component_id: str, url: str | None, licence: str | None, draft: Draft
) -> dict[str, Any]:
    """A code component answered public: its url and licence, or what to add."""
    entry: dict[str, Any] = {"status": "released"}
    code_url = (url or "").strip()
    if code_url:
        entry["url"] = code_url
    else:
        draft.to_confirm.append(f"{component_id}: released, but where (url)?")
    code_license = _license(licence, component_id, draft)
    if code_license:
        entry["license"] = code_license
    else:
        draft.to_confirm.append(f"{component_id}: released, but under which licence?")
    return entry


def _dataset(answer: DatasetAnswer, draft: Draft) -> dict[str, Any]:
    name = answer.name.strip()[:300]
    url = (answer.url or "").strip()
    if not url:
        draft.to_confirm.append(
            f"data set {name!r}: no url, so marked unshareable with a placeholder "
            "description: give its url, or describe it"
        )
        return {
            "name": name,
            "access": "unshareable",
            "description": "TO CONFIRM: where to get it, or why it cannot be shared.",
        }
    dataset: dict[str, Any] = {"name": name, "url": url}
    license_id = _license(answer.license, f"data set {name!r}", draft)
    if license_id:
        dataset["access"] = "open"
        dataset["license"] = license_id
        draft.to_confirm.append(
            f'data set {name!r}: access "open" because a licence was given; check that it '
            "is an open data licence"
        )
    else:
        dataset["access"] = "public"
        draft.to_confirm.append(f'data set {name!r}: access "public"; add its licence if any')
    return dataset
