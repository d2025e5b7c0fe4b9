"""Load the schema engine (jsonschema-rs) without the standard library's mail package.

When its native module loads, it imports ``email.utils`` for one thing: to turn
its own build date ("Sun, 8 Nov 2026 16:26:25 +0000") into a datetime. That
pulls in socket, random, urllib, calendar and most of the email package: 17 ms
of a 23 ms load, measured after the CLI's own imports, which is a fifth of a
batch's start-up and more of a one-file check's. So while the engine loads,
``email.utils`` is a stand-in that reads that one date itself and hands anything
else to the real module; the real module is back in place as soon as the engine
is loaded, and whoever imports ``email.utils`` later gets it.
"""

from __future__ import annotations

import sys
import types
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

_MARK = "_openness_stand_in"
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def load_engine() -> types.ModuleType:
    """The ``jsonschema_rs`` module."""
    if "jsonschema_rs" in sys.modules or "email.utils" in sys.modules:
        import jsonschema_rs

        return jsonschema_rs
    stand_in = _stand_in()
    sys.modules["email.utils"] = stand_in
    try:
        import jsonschema_rs
    finally:
        if sys.modules.get("email.utils") is stand_in:
            del sys.modules["email.utils"]
    return jsonschema_rs


def _stand_in() -> types.ModuleType:
    stand_in = types.ModuleType("email.utils")
    stand_in.parsedate_to_datetime = parsedate_to_datetime  # type: ignore[attr-defined]
    stand_in.__getattr__ = _real_attribute  # type: ignore[method-assign] (PEP 562)
    stand_in.__dict__[_MARK] = True
    return stand_in


def parsedate_to_datetime(text: str) -> datetime:
    """``email.utils.parsedate_to_datetime`` for "Day, D Mon YYYY HH:MM:SS +HHMM";
    the real one for anything else."""
    try:
        _day, day, month, year, clock, zone = text.split()
        hour, minute, second = (int(part) for part in clock.split(":"))
        if len(zone) != 5 or zone[0] not in "+-" or zone == "-0000":
            raise ValueError(zone)
        offset = timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5]))
        tz = UTC if not offset else timezone(-offset if zone[0] == "-" else offset)
        return datetime(int(year), _MONTHS.index(month) + 1, int(day), hour, minute, second, 0, tz)
    except ValueError:
        return _real_attribute("parsedate_to_datetime")(text)


def _real_attribute(name: str) -> Any:
    loaded = sys.modules.get("email.utils")
    if loaded is not None and _MARK in vars(loaded):
        del sys.modules["email.utils"]  # the stand-in steps aside for the real module
    import email.utils

    return getattr(email.utils, name)
