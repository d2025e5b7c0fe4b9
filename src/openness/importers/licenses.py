"""Turn the licence strings found in other formats into our licence ids, or leave them be.

Only a string that names exactly one licence is mapped: an exact SPDX id, one of our
``LicenseRef-`` ids, a Hugging Face id that names one licence, or the same id or name
written loosely (``Apache 2.0``, ``apache-2.0``, ``Apache License 2.0``, ``BSD-3``,
``Llama 2 Community License``, ``Gemma Terms of Use``). Everything else (``Undisclosed``,
``MIT, Apache-2.0``, family ids such as ``bsd`` or ``gpl-3.0``) is left as written, for
validation to report; the reason is returned so the caller can list it.

The licence data comes from the definition (``licenses`` section, through
:mod:`openness.licensing.policy`) and the SPDX list; nothing here is a licence table,
except a few spellings of the BSD licences that no data source spells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from openness.definition import load_definition
from openness.licensing import spdx
from openness.licensing.policy import LicensePolicy

# Spellings seen in real model files that name one licence but match no id or name.
_SPELLINGS = {
    "bsd3": "BSD-3-Clause",
    "3clausebsd": "BSD-3-Clause",
    "newbsd": "BSD-3-Clause",
    "bsd2": "BSD-2-Clause",
    "2clausebsd": "BSD-2-Clause",
    "simplifiedbsd": "BSD-2-Clause",
    "apache2": "Apache-2.0",
}

# Strings that say no licence is known.
_NO_LICENSE = {
    "undisclosed",
    "unknown",
    "none",
    "other",
    "proprietary",
    "notspecified",
    "na",
    "n/a",
    "tbd",
    "custom",
    "unlicensed",
}

_LIST_SEPARATORS = re.compile(r",|;|\s/\s|\s&\s|\s+\+\s+|\band\b|\bor\b", re.IGNORECASE)
_DROP = re.compile(r"[\s\-_.,()/'\"]+")


def _key(text: str) -> str:
    lowered = text.strip().lower().replace("licence", "license")
    lowered = re.sub(r"\bv(?=\d)", "", lowered)
    lowered = re.sub(r"\bversion\b", "", lowered)
    return _DROP.sub("", lowered)


def _variants(name: str) -> list[str]:
    """Keys for a licence name: as written, then without a trailing 'agreement', then
    without a trailing 'license (agreement)'."""
    no_agreement = re.sub(r"\s+agreement\s*$", "", name, flags=re.IGNORECASE)
    no_license = re.sub(r"\s+licen[sc]e\s*$", "", no_agreement, flags=re.IGNORECASE)
    keys: list[str] = []
    for variant in (name, no_agreement, no_license):
        key = _key(variant)
        if key and key not in keys:
            keys.append(key)
    return keys


@dataclass(frozen=True, slots=True)
class LicenseMapping:
    """What became of one licence string."""

    original: str
    license: str
    """The licence to declare: the mapped id, or the original string when not mapped."""
    mapped: bool
    """True when ``license`` is a licence id (or expression) this tool knows."""
    reason: str

    @property
    def changed(self) -> bool:
        return self.license != self.original


@cache
def _index(version: str) -> dict[str, tuple[str, ...]]:
    policy = load_definition(version).licenses
    index: dict[str, list[str]] = {}

    def add(keys: list[str] | set[str], target: str) -> None:
        for key in keys:
            bucket = index.setdefault(key, [])
            if target not in bucket:
                bucket.append(target)

    for license_id in spdx.license_ids():
        lic = spdx.lookup(license_id)
        if lic is None or lic.deprecated:
            continue
        add({_key(lic.id)}, lic.id)
        add(_variants(lic.name), lic.id)
    for ref in policy.license_refs.values():
        add({_key(ref.id), _key(ref.id.removeprefix("LicenseRef-"))}, ref.id)
        add(_variants(ref.name), ref.id)
    for alias in policy.aliases.values():
        targets = (alias.license,) if alias.license else alias.choose_from
        for target in targets:
            add({_key(alias.text)}, target)
    for key, target in _SPELLINGS.items():
        add({key}, target)
    return {k: tuple(v) for k, v in index.items()}


def _policy(version: str) -> LicensePolicy:
    return load_definition(version).licenses


def map_license(text: str, version: str = "1.0") -> LicenseMapping:
    """Map one licence string to a licence id when it names exactly one licence."""
    original = text
    stripped = text.strip()
    policy = _policy(version)
    if not stripped:
        return LicenseMapping(original, original, False, "empty licence string")

    # Already an exact id.
    lic = spdx.lookup(stripped)
    if lic is not None and lic.id == stripped:
        return LicenseMapping(original, stripped, True, "an SPDX id")
    ref = policy.license_ref(stripped)
    if ref is not None and ref.id == stripped:
        return LicenseMapping(original, stripped, True, "one of our LicenseRef ids")

    # A Hugging Face id (any case): exact, or a family / no licence.
    alias = policy.resolve_alias(stripped)
    if alias.status == "exact" and alias.license:
        return LicenseMapping(
            original, alias.license, True, f"the Hugging Face licence id for {alias.license}"
        )
    if alias.status == "ambiguous":
        if alias.choose_from:
            return LicenseMapping(
                original,
                original,
                False,
                f"names several licences ({alias.reason.rstrip('.')}); choose one of: "
                + ", ".join(alias.choose_from),
            )
        return LicenseMapping(original, original, False, "names no licence")

    # An SPDX id or LicenseRef in another case.
    if lic is not None:
        return LicenseMapping(original, lic.id, True, f"the SPDX id {lic.id} in another case")
    if ref is not None:
        return LicenseMapping(original, ref.id, True, f"our id {ref.id} in another case")

    if _key(stripped) in {_key(word) for word in _NO_LICENSE} or stripped.lower() in _NO_LICENSE:
        return LicenseMapping(original, original, False, "names no licence")

    # A valid SPDX expression of known ids is kept as written.
    if any(op in stripped for op in (" OR ", " AND ", " WITH ")):
        from openness.licensing.expression import LicenseExpressionError, parse

        try:
            parse(stripped)
        except LicenseExpressionError:
            pass
        else:
            return LicenseMapping(original, stripped, True, "an SPDX expression")

    candidates: tuple[str, ...] = ()
    for key in _variants(stripped):
        candidates = _index(version).get(key, ())
        if candidates:
            break
    if len(candidates) == 1:
        return LicenseMapping(
            original, candidates[0], True, f"the same licence as {candidates[0]}, written loosely"
        )
    if len(candidates) > 1:
        return LicenseMapping(
            original,
            original,
            False,
            "could mean several licences; choose one of: " + ", ".join(candidates),
        )
    if len([part for part in _LIST_SEPARATORS.split(stripped) if part.strip()]) > 1:
        return LicenseMapping(
            original,
            original,
            False,
            "names several licences in free text; write them as an SPDX expression "
            "(e.g. 'MIT AND Apache-2.0', or 'MIT OR Apache-2.0' for a choice)",
        )
    return LicenseMapping(original, original, False, "not a licence id or name this tool knows")
