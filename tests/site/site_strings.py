"""Every English string the site's code and templates give to ``tr``/``tr_text``/``marked``.

Run it to list the strings that have no French yet (``python tests/site/site_strings.py``):
the catalogue is ``src/openness/i18n/site.py``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "src" / "openness" / "site"
CODE = [*sorted(SITE.rglob("*.py")), ROOT / "tools" / "site_hooks.py"]
TEMPLATES = sorted((SITE / "templates").glob("*.j2"))
FUNCTIONS = {"tr", "tr_text", "marked", "template_tr"}
# a call of tr( in a template, its first argument a string literal in either quotes
TEMPLATE_CALL = re.compile(r"""\btr\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')""")
TEMPLATE_ANY_CALL = re.compile(r"\btr\(")


def code_strings(path: Path) -> tuple[set[str], list[str]]:
    """The literal first arguments of the calls in a module, and the calls whose first
    argument is not a literal (``file:line``)."""
    found: set[str] = set()
    dynamic: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name not in FUNCTIONS:
            continue
        first = node.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            found.add(first.value)
        else:
            dynamic.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found, dynamic


def template_strings(path: Path) -> tuple[set[str], int]:
    """The literal first arguments of ``tr`` in a template, and how many calls there are."""
    text = path.read_text(encoding="utf-8")
    found = set()
    for match in TEMPLATE_CALL.finditer(text):
        raw = match.group(1) if match.group(1) is not None else match.group(2)
        found.add(re.sub(r"\\(.)", r"\1", raw))
    return found, len(TEMPLATE_ANY_CALL.findall(text))


def english_strings() -> set[str]:
    found: set[str] = set()
    for path in CODE:
        found |= code_strings(path)[0]
    for path in TEMPLATES:
        found |= template_strings(path)[0]
    return found


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(ROOT / "src"))
    from openness.i18n.site import FR

    for english in sorted(english_strings() - set(FR)):
        print(f"    {english!r}: {english!r},")
