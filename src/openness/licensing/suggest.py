"""The one loose index of licence names: which licence ids a sloppy spelling means.

People write ``Apache 2.0``, ``apache-2.0``, ``Apache License, Version 2.0``,
``BSD-3``, ``Llama 2 Community License``. Both the validator's "did you mean"
hints and the importers' mapping of foreign licence strings read this index, so
a spelling one understands the other understands too.

Keys are loose: lower case, "licence" read as "license", no "v" before a version
number, no word "version", no spaces or punctuation. Names are also keyed without
a trailing "agreement" and "license".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from openness.licensing import spdx
from openness.licensing.expression import LICENSE_REF_PREFIX

if TYPE_CHECKING:
    from openness.licensing.policy import LicensePolicy

# Spellings seen in real model files that name one licence but match no id or name.
SPELLINGS = {
    "bsd3": "BSD-3-Clause",
    "3clausebsd": "BSD-3-Clause",
    "newbsd": "BSD-3-Clause",
    "bsd2": "BSD-2-Clause",
    "2clausebsd": "BSD-2-Clause",
    "simplifiedbsd": "BSD-2-Clause",
    "apache2": "Apache-2.0",
}

_DROP = re.compile(r"[\s\-_.,()/'\"]+")
_VERSION_V = re.compile(r"\bv(?=\d)")
_VERSION_WORD = re.compile(r"\bversion\b")
_AGREEMENT = re.compile(r"\s+agreement\s*$", re.IGNORECASE)
_LICENSE_WORD = re.compile(r"\s+licen[sc]e\s*$", re.IGNORECASE)


def loose_key(text: str) -> str:
    """The key a spelling of a licence id or name is looked up under."""
    lowered = text.strip().lower().replace("licence", "license")
    lowered = _VERSION_WORD.sub("", _VERSION_V.sub("", lowered))
    return _DROP.sub("", lowered)


def name_keys(name: str) -> list[str]:
    """Keys for a licence name: as written, without a trailing "agreement", then
    without a trailing "license (agreement)"."""
    no_agreement = _AGREEMENT.sub("", name)
    no_license = _LICENSE_WORD.sub("", no_agreement)
    keys: list[str] = []
    for variant in (name, no_agreement, no_license):
        key = loose_key(variant)
        if key and key not in keys:
            keys.append(key)
    return keys


def build_index(policy: LicensePolicy) -> dict[str, tuple[str, ...]]:
    """Loose key -> the licence ids it may mean, most likely first.

    SPDX ids and names (a deprecated id points at its replacement), the policy's
    ``LicenseRef-`` ids (with and without the prefix) and names, Hugging Face
    aliases, and the few spellings no data source has.
    """
    index: dict[str, list[str]] = {}

    def add(keys: list[str], target: str) -> None:
        for key in keys:
            bucket = index.setdefault(key, [])
            if target not in bucket:
                bucket.append(target)

    for license_id in spdx.license_ids():
        lic = spdx.lookup(license_id)
        if lic is None:
            continue
        target = lic.replacement if lic.deprecated and lic.replacement else lic.id
        add([loose_key(lic.id)], target)
        if not lic.deprecated:
            add(name_keys(lic.name), target)
    for ref in policy.license_refs.values():
        add([loose_key(ref.id), loose_key(ref.id[len(LICENSE_REF_PREFIX) :])], ref.id)
        add(name_keys(ref.name), ref.id)
    for alias in policy.aliases.values():
        for target in (alias.license,) if alias.license else alias.choose_from:
            add([loose_key(alias.text)], target)
    for key, target in SPELLINGS.items():
        add([key], target)
    return {key: tuple(targets) for key, targets in index.items() if key}


def suggest(index: dict[str, tuple[str, ...]], text: str, limit: int = 3) -> tuple[str, ...]:
    """Licence ids the text probably means: the same id or name written loosely, or,
    failing that, a near match."""
    for key in name_keys(text):
        if key in index:
            return index[key][:limit]
    stripped = text.strip()
    if stripped.lower().startswith(LICENSE_REF_PREFIX.lower()):
        inner = loose_key(stripped[len(LICENSE_REF_PREFIX) :])
        if inner in index:
            return index[inner][:limit]
    import difflib  # only a misspelling needs it

    close = difflib.get_close_matches(loose_key(text), index.keys(), n=limit, cutoff=0.75)
    seen: list[str] = []
    for match in close:
        for candidate in index[match]:
            if candidate not in seen:
                seen.append(candidate)
    return tuple(seen[:limit])
