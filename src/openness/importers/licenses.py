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

from openness.definition import load_definition
from openness.licensing import spdx
from openness.licensing.policy import LicensePolicy
from openness.licensing.suggest import loose_key, name_keys

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

    if (
        loose_key(stripped) in {loose_key(w) for w in _NO_LICENSE}
        or stripped.lower() in _NO_LICENSE
    ):
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
    for key in name_keys(stripped):
        candidates = policy.name_index().get(key, ())
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
