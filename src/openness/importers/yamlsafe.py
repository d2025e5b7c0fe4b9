"""Parse untrusted YAML safely: no tags, no aliases (no "billion laughs"), bounded size.

Also bounded in time and always valid text: YAML 1.1's base-60 numbers (``59:59``)
are read as strings, as YAML 1.2 does (PyYAML converts them in quadratic time); a
number too long for Python and a lone surrogate escape (``"\\ud800"``, which no
UTF-8 output can hold) are errors, not crashes.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any, ClassVar

import yaml

MAX_BYTES = 1024 * 1024
"""Larger files are refused before parsing (MOT files and model cards are a few KiB)."""

# YAML 1.1's int and float patterns without their base-60 forms
_BASE_10 = (
    (
        "tag:yaml.org,2002:int",
        re.compile(
            r"""^(?:[-+]?0b[0-1_]+
            |[-+]?0[0-7_]+
            |[-+]?(?:0|[1-9][0-9_]*)
            |[-+]?0x[0-9a-fA-F_]+)$""",
            re.X,
        ),
    ),
    (
        "tag:yaml.org,2002:float",
        re.compile(
            r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?
            |\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
            |[-+]?\.(?:inf|Inf|INF)
            |\.(?:nan|NaN|NAN))$""",
            re.X,
        ),
    ),
)


class YamlError(ValueError):
    """The text is not YAML this tool accepts; the message says why."""


class _NoAliasLoader(yaml.SafeLoader):
    """A safe loader that refuses anchors' aliases instead of expanding them."""

    first_line = 1
    yaml_implicit_resolvers: ClassVar[dict[str, list[tuple[str, re.Pattern[str]]]]] = {
        first: [
            (tag, pattern)
            for tag, pattern in resolvers
            # the int and float patterns of YAML 1.1 both accept base 60 (":"): keep the
            # tags, with patterns that do not
            if tag not in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
        ]
        + [(tag, pattern) for tag, pattern in _BASE_10 if tag in {t for t, _ in resolvers}]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

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
    if isinstance(value, str) and not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise YamlError("a lone surrogate escape (\\ud800-\\udfff) is not text") from None
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
    except ValueError as error:  # a number over Python's digit limit, and the like
        raise YamlError(f"not valid YAML: {str(error).split(';')[0]}") from None
