"""Parse untrusted YAML safely: no tags, no aliases (no "billion laughs"), bounded size."""

from __future__ import annotations

import datetime as _dt
from typing import Any

import yaml

MAX_BYTES = 1024 * 1024
"""Larger files are refused before parsing (MOT files and model cards are a few KiB)."""


class YamlError(ValueError):
    """The text is not YAML this tool accepts; the message says why."""


class _NoAliasLoader(yaml.SafeLoader):
    """A safe loader that refuses anchors' aliases instead of expanding them."""

    first_line = 1

    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            mark = event.start_mark
            raise YamlError(
                f"YAML aliases (*{event.anchor}) are not accepted "
                f"(line {mark.line + self.first_line})"
            )
        return super().compose_node(parent, index)


def _plain(value: Any) -> Any:
    """Dates and times as ISO strings, so the result is plain JSON-able data."""
    if isinstance(value, dict):
        return {(k if isinstance(k, str) else str(_plain(k))): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, _dt.datetime | _dt.date | _dt.time):
        return value.isoformat()
    return value


def load_yaml(text: str, first_line: int = 1) -> Any:
    """Parse one YAML document, or raise :class:`YamlError` with a one-line reason.

    ``first_line`` is the line number of the text's first line in its file, so that the
    positions reported are the file's.
    """
    if len(text.encode("utf-8", errors="replace")) > MAX_BYTES:
        raise YamlError(f"larger than {MAX_BYTES // 1024} KiB")
    try:
        # yaml.safe_load with a SafeLoader subclass that also refuses aliases.
        loader = _NoAliasLoader(text)
        loader.first_line = first_line
        try:
            return _plain(loader.get_single_data())
        finally:
            loader.dispose()
    except YamlError:
        raise
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        where = f" at line {mark.line + first_line}, column {mark.column + 1}" if mark else ""
        problem = " ".join(p for p in (error.context, error.problem) if p) or "invalid YAML"
        raise YamlError(f"not valid YAML: {problem}{where}") from None
    except yaml.YAMLError as error:
        raise YamlError(f"not valid YAML: {error}") from None
    except RecursionError:
        raise YamlError("nested too deeply") from None
