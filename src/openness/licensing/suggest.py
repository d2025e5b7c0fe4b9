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
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

from openness.licensing import spdx
from openness.licensing.expression import LICENSE_REF_PREFIX

if TYPE_CHECKING:
    from collections.abc import Iterator

    from openness.licensing.policy import LicensePolicy

# A near-match search (difflib over every known name) costs about a millisecond: a
# hostile file of 16,000 distinct misspelt licences would take half a minute. Within
# ``near_match_budget`` only so many searches run; past it a licence gets no "did you
# mean" (and ``skipped_near_matches`` counts it, so no cache keeps the poorer answer).
_budget: ContextVar[list[int] | None] = ContextVar("near_match_budget", default=None)
_file_memo: ContextVar[dict[object, object] | None] = ContextVar("file_memo", default=None)
_skipped = [0]
_near: dict[str, tuple[str, ...]] = {}
_NEAR_MEMO = 4096

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
    close = _near_matches(index, loose_key(text), limit)
    seen: list[str] = []
    for match in close:
        for candidate in index[match]:
            if candidate not in seen:
                seen.append(candidate)
    return tuple(seen[:limit])


# Words and marks people put between licences where SPDX wants AND or OR: the
# operator they most likely mean comes first ("MIT / Apache-2.0" is a choice).
_LIST_SEPARATOR = re.compile(r"\s*(,|;|\||/|&|\+|\band\b|\bor\b)\s*", re.IGNORECASE)
_MEANS_OR = frozenset({"/", "|", "or"})


def expression_suggestions(
    index: dict[str, tuple[str, ...]], text: str, limit: int = 3
) -> tuple[str, ...]:
    """What an expression that does not parse probably means: for a list of licences
    (``MIT, Apache-2.0``) both SPDX expressions joining every one of them, AND and
    OR (never one id that drops the others); else the ids the whole text means."""
    parts = _LIST_SEPARATOR.split(text.strip())
    names, separators = parts[0::2], {p.lower() for p in parts[1::2]}
    if len(names) > 1 and all(n.strip() for n in names) and len(names) <= 8:
        ids = [suggest(index, name, 1) for name in names]
        if all(ids):
            chosen = [found[0] for found in ids]
            joined = {op: f" {op} ".join(chosen) for op in ("AND", "OR")}
            first = "OR" if separators <= _MEANS_OR else "AND"
            second = "AND" if first == "OR" else "OR"
            return (joined[first], joined[second])
    return suggest(index, text, limit)


def did_you_mean(suggestions: tuple[str, ...]) -> str:
    """``did you mean A or B?``; an expression (it has spaces) is quoted, and a pair
    of AND / OR expressions says what each one means."""
    if len(suggestions) == 2 and " AND " in suggestions[0] + suggestions[1]:
        meaning = {"AND": "every licence applies", "OR": "users choose one"}
        said = [f'"{s}" ({meaning["AND" if " AND " in s else "OR"]})' for s in suggestions]
        return f"did you mean {said[0]} or {said[1]}?"
    return "did you mean " + " or ".join(f'"{s}"' if " " in s else s for s in suggestions) + "?"


def _near_matches(index: dict[str, tuple[str, ...]], key: str, limit: int) -> tuple[str, ...]:
    found = _near.get(key)
    if found is not None:
        return found[:limit]
    budget = _budget.get()
    if budget is not None:
        if budget[0] <= 0:
            _skipped[0] += 1
            return ()
        budget[0] -= 1
    import difflib  # only a misspelling needs it

    found = tuple(difflib.get_close_matches(key, index.keys(), n=max(limit, 3), cutoff=0.75))
    if len(_near) < _NEAR_MEMO:
        _near[key] = found
    return found[:limit]


@contextmanager
def near_match_budget(searches: int) -> Iterator[None]:
    """Within this block, at most ``searches`` near-match searches (one file's worth),
    and a memo of the block's licence verdicts (``file_memo``), so a file judges each
    expression once however many it holds (the shared cache is bounded)."""
    token = _budget.set([searches])
    memo = _file_memo.set({})
    try:
        yield
    finally:
        _file_memo.reset(memo)
        _budget.reset(token)


def file_memo() -> dict[object, object] | None:
    """The current ``near_match_budget`` block's memo (``None`` outside one)."""
    return _file_memo.get()


def skipped_near_matches() -> int:
    """How many near-match searches the budget has refused so far (a counter)."""
    return _skipped[0]
