"""Caches that live for one run and stop growing at a cap.

A batch repeats the same few situations (a licence, a component left out), so
answers are computed once per run and shared; a hostile batch could make every
situation new, so each cache takes no more entries past its cap.
"""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")

DEFAULT_CAP = 8192


class RunCache(dict[K, V]):
    """A dict whose ``keep`` stores only while under the cap (reads stay plain dict
    reads: these caches sit on the hot path)."""

    __slots__ = ("cap",)

    def __init__(self, cap: int = DEFAULT_CAP) -> None:
        super().__init__()
        self.cap = cap

    def keep(self, key: K, value: V) -> V:
        """``value``, remembered under ``key`` while the cache is under its cap."""
        if len(self) < self.cap:
            self[key] = value
        return value
