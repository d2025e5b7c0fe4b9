"""Libraries a Hugging Face model card names in ``library_name``, and what they give.

A card with ``library_name: transformers`` says the model runs with that library:
its architecture and inference code are the library's, released under the
library's licence. Without this, drafts left both ``not-released`` and an
Apache-2.0 model came out a level too low (issue 14, P7). Each entry cites the
library's public licence file; a card tagged ``custom_code`` ships its own
architecture code, so the table does not apply to it.
"""

from __future__ import annotations

from typing import NamedTuple


class Library(NamedTuple):
    name: str
    url: str  # the public repository: where the code is
    license: str  # SPDX id
    license_url: str  # the licence file that says so


def _github(repo: str, license_id: str = "Apache-2.0") -> Library:
    url = f"https://github.com/{repo}"
    return Library(repo.split("/")[1], url, license_id, f"{url}/blob/main/LICENSE")


LIBRARIES: dict[str, Library] = {
    "transformers": _github("huggingface/transformers"),
    "diffusers": _github("huggingface/diffusers"),
    "sentence-transformers": _github("UKPLab/sentence-transformers"),
    "timm": _github("huggingface/pytorch-image-models"),
    "peft": _github("huggingface/peft"),
    "vllm": _github("vllm-project/vllm"),
}

# Tags by which a card says the model needs code from its own repository.
CUSTOM_CODE_TAGS = frozenset({"custom_code"})


def library(name: object) -> Library | None:
    """The known library a card's ``library_name`` names (any case), else None."""
    if not isinstance(name, str):
        return None
    return LIBRARIES.get(name.strip().lower())
