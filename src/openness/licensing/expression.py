"""A parser for SPDX licence expressions (SPDX specification, annex "SPDX license expressions").

Grammar, loosest binding first (``WITH`` binds tighter than ``AND``, ``AND`` than ``OR``)::

    expression := and-expr ("OR" and-expr)*
    and-expr   := term ("AND" term)*
    term       := "(" expression ")" | simple ["WITH" exception-id]
    simple     := license-id ["+"] | "LicenseRef-" idstring
                | "DocumentRef-" idstring ":LicenseRef-" idstring
    idstring   := 1*(ALPHA / DIGIT / "-" / ".")

Decisions, following the specification:

- Licence and exception ids are matched case-insensitively (by :mod:`spdx`, not here);
  this module only checks their syntax.
- The specification asks for operators to be matched case-sensitively and writes them in
  upper case. A lower-case or mixed-case ``and`` / ``or`` / ``with`` is still understood
  (no licence id is spelt that way) but produces a warning asking for upper case.
- ``+`` must follow a licence id with no space, and never a ``LicenseRef-``.
- ``WITH`` applies to one licence, never to a parenthesised expression.

Errors are :class:`LicenseExpressionError` with the character offset and a message that
says what was expected where. Input over :data:`MAX_LENGTH` characters, nested deeper than
:data:`MAX_DEPTH` parentheses or naming more than :data:`MAX_TERMS` licences is refused.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import NamedTuple

MAX_LENGTH = 2000
MAX_DEPTH = 32
MAX_TERMS = 200

OPERATORS = ("AND", "OR", "WITH")
LICENSE_REF_PREFIX = "LicenseRef-"
DOCUMENT_REF_PREFIX = "DocumentRef-"
ADDITION_REF_PREFIX = "AdditionRef-"

_ID_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.")
_WORD_CHARS = _ID_CHARS | {":"}
_CHAR_HINTS = {
    "/": " (write 'OR' between alternative licences)",
    ",": " (join licences with 'AND' or 'OR')",
    ";": " (join licences with 'AND' or 'OR')",
    "&": " (write 'AND')",
    "|": " (write 'OR')",
    "_": " (SPDX ids use '-', not '_')",
    " ": "",
}


class LicenseExpressionError(ValueError):
    """A licence expression that does not parse.

    ``offset`` is the 0-based character offset of the problem, ``column`` the 1-based
    column; ``reason`` is the message without its position.
    """

    def __init__(self, reason: str, offset: int) -> None:
        self.reason = reason
        self.offset = offset
        self.column = offset + 1
        super().__init__(f"{reason} at column {self.column}")


# Records are NamedTuples, not frozen dataclasses: a dataclass costs start-up time to create.


class ExpressionWarning(NamedTuple):
    """Something accepted that should be written differently."""

    message: str
    offset: int

    @property
    def column(self) -> int:
        return self.offset + 1


class LicenseTerm(NamedTuple):
    """One licence in an expression, with its ``+`` and ``WITH`` exception if any."""

    id: str
    offset: int
    plus: bool = False
    exception: str | None = None
    exception_offset: int | None = None

    @property
    def is_license_ref(self) -> bool:
        return self.id[: len(LICENSE_REF_PREFIX)].lower() == LICENSE_REF_PREFIX.lower()

    @property
    def is_document_ref(self) -> bool:
        return self.id[: len(DOCUMENT_REF_PREFIX)].lower() == DOCUMENT_REF_PREFIX.lower()

    def __str__(self) -> str:
        text = self.id + ("+" if self.plus else "")
        if self.exception is not None:
            text += f" WITH {self.exception}"
        return text


class Compound(NamedTuple):
    """Several sub-expressions joined by one operator, ``AND`` or ``OR``."""

    operator: str
    terms: tuple[Node, ...]

    def __str__(self) -> str:
        return render(self)


Node = LicenseTerm | Compound


class ParsedExpression(NamedTuple):
    """The result of :func:`parse`: the tree, plus warnings about the spelling."""

    text: str
    node: Node
    warnings: tuple[ExpressionWarning, ...] = ()

    def terms(self) -> Iterator[LicenseTerm]:
        """Every licence term, left to right."""
        return iter_terms(self.node)

    def __str__(self) -> str:
        return render(self.node)


def iter_terms(node: Node) -> Iterator[LicenseTerm]:
    if isinstance(node, LicenseTerm):
        yield node
        return
    for child in node.terms:
        yield from iter_terms(child)


def render(node: Node, term_text: Callable[[LicenseTerm], str] | None = None) -> str:
    """The expression in canonical layout: upper-case operators, single spaces, and only
    the parentheses the precedence needs. ``term_text`` may rewrite each term."""
    if isinstance(node, LicenseTerm):
        return term_text(node) if term_text else str(node)
    parts = []
    for child in node.terms:
        text = render(child, term_text)
        needs_parens = (
            isinstance(child, Compound) and node.operator == "AND" and child.operator == "OR"
        ) or (
            isinstance(child, LicenseTerm)
            and term_text is not None
            and node.operator == "AND"
            and " OR " in text
        )
        parts.append(f"({text})" if needs_parens else text)
    return f" {node.operator} ".join(parts)


# --- tokens ---------------------------------------------------------------------------


class _Token(NamedTuple):
    kind: str  # "word", "op", "(", ")", "+", "end"
    text: str
    offset: int


def _describe(token: _Token) -> str:
    if token.kind == "end":
        return "the end of the expression"
    return f"'{token.text}'"


def _tokenize(text: str, warnings: list[ExpressionWarning]) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char in " \t\r\n":
            i += 1
            continue
        if char in "()":
            tokens.append(_Token(char, char, i))
            i += 1
            continue
        if char == "+":
            if not tokens or tokens[-1].kind != "word" or text[i - 1] in " \t\r\n":
                raise LicenseExpressionError("'+' must directly follow a licence id", i)
            tokens.append(_Token("+", "+", i))
            i += 1
            continue
        if char in _WORD_CHARS:
            start = i
            while i < n and text[i] in _WORD_CHARS:
                i += 1
            word = text[start:i]
            if word.upper() in OPERATORS:
                if word != word.upper():
                    warnings.append(
                        ExpressionWarning(
                            f"write the operator '{word}' in upper case: '{word.upper()}'", start
                        )
                    )
                tokens.append(_Token("op", word.upper(), start))
            else:
                tokens.append(_Token("word", word, start))
            continue
        shown = repr(char) if not char.isprintable() else f"'{char}'"
        raise LicenseExpressionError(f"unexpected character {shown}{_CHAR_HINTS.get(char, '')}", i)
    tokens.append(_Token("end", "", n))
    return tokens


def _check_idstring(text: str, offset: int, what: str) -> None:
    if not text:
        raise LicenseExpressionError(f"empty {what}", offset)
    for index, char in enumerate(text):
        if char not in _ID_CHARS:
            raise LicenseExpressionError(
                f"'{char}' is not allowed in {what} (only letters, digits, '-' and '.')",
                offset + index,
            )


def _check_license_id(word: str, offset: int) -> None:
    lower = word.lower()
    if lower.startswith(DOCUMENT_REF_PREFIX.lower()):
        doc, sep, ref = word.partition(":")
        if not sep:
            raise LicenseExpressionError(
                "expected ':LicenseRef-...' after the DocumentRef- id", offset + len(word)
            )
        _check_idstring(
            doc[len(DOCUMENT_REF_PREFIX) :], offset + len(DOCUMENT_REF_PREFIX), "DocumentRef- id"
        )
        ref_offset = offset + len(doc) + 1
        if not ref.lower().startswith(LICENSE_REF_PREFIX.lower()):
            raise LicenseExpressionError(
                "expected 'LicenseRef-' after 'DocumentRef-...:'", ref_offset
            )
        _check_idstring(
            ref[len(LICENSE_REF_PREFIX) :], ref_offset + len(LICENSE_REF_PREFIX), "LicenseRef- id"
        )
        return
    if ":" in word:
        raise LicenseExpressionError(
            "':' is only allowed in 'DocumentRef-...:LicenseRef-...'", offset + word.index(":")
        )
    if lower.startswith(LICENSE_REF_PREFIX.lower()):
        _check_idstring(
            word[len(LICENSE_REF_PREFIX) :], offset + len(LICENSE_REF_PREFIX), "LicenseRef- id"
        )


def _check_exception_id(word: str, offset: int) -> None:
    lower = word.lower()
    if lower.startswith(DOCUMENT_REF_PREFIX.lower()):
        _doc, sep, ref = word.partition(":")
        if not sep or not ref.lower().startswith(ADDITION_REF_PREFIX.lower()):
            raise LicenseExpressionError(
                "expected 'DocumentRef-...:AdditionRef-...' as an exception", offset
            )
        return
    if ":" in word:
        raise LicenseExpressionError(
            "':' is not allowed in an exception id", offset + word.index(":")
        )


# --- parser ---------------------------------------------------------------------------


class _Parser:
    def __init__(self, text: str, tokens: list[_Token]) -> None:
        self.text = text
        self.tokens = tokens
        self.pos = 0
        self.depth = 0
        self.count = 0

    def peek(self) -> _Token:
        return self.tokens[self.pos]

    def previous(self) -> _Token | None:
        return self.tokens[self.pos - 1] if self.pos else None

    def advance(self) -> _Token:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def parse(self) -> Node:
        node = self.expression()
        token = self.peek()
        if token.kind == ")":
            raise LicenseExpressionError("unexpected ')' with no matching '('", token.offset)
        if token.kind != "end":
            self.fail_expected_operator(token)
        return node

    def fail_expected_operator(self, token: _Token) -> None:
        prev = self.previous()
        after = f" after '{prev.text}'" if prev else ""
        hint = ""
        if token.kind == "word" and prev is not None and prev.kind in ("word", "+"):
            hint = " (licence ids contain no spaces)"
        raise LicenseExpressionError(
            f"expected AND, OR, WITH or ')'{after}, found {_describe(token)}{hint}",
            token.offset,
        )

    def expression(self) -> Node:
        terms = [self.and_expression()]
        while self.peek().kind == "op" and self.peek().text == "OR":
            self.advance()
            terms.append(self.and_expression())
        return terms[0] if len(terms) == 1 else Compound("OR", _flatten("OR", terms))

    def and_expression(self) -> Node:
        terms = [self.term()]
        while self.peek().kind == "op" and self.peek().text == "AND":
            self.advance()
            terms.append(self.term())
        return terms[0] if len(terms) == 1 else Compound("AND", _flatten("AND", terms))

    def term(self) -> Node:
        token = self.peek()
        if token.kind == "(":
            self.advance()
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise LicenseExpressionError(
                    f"parentheses nested too deeply (at most {MAX_DEPTH} levels)", token.offset
                )
            node = self.expression()
            closing = self.peek()
            if closing.kind != ")":
                if closing.kind == "end":
                    raise LicenseExpressionError("unclosed '(' opened", token.offset)
                self.fail_expected_operator(closing)
            self.advance()
            self.depth -= 1
            after = self.peek()
            if after.kind == "op" and after.text == "WITH":
                raise LicenseExpressionError(
                    "WITH must follow a single licence id, not a parenthesised expression",
                    after.offset,
                )
            return node
        if token.kind != "word":
            self.fail_expected_license(token)
        self.advance()
        _check_license_id(token.text, token.offset)
        self.count += 1
        if self.count > MAX_TERMS:
            raise LicenseExpressionError(
                f"too many licences in one expression (at most {MAX_TERMS})", token.offset
            )
        plus = False
        if self.peek().kind == "+":
            plus_token = self.advance()
            if token.text.lower().startswith(
                (LICENSE_REF_PREFIX.lower(), DOCUMENT_REF_PREFIX.lower())
            ):
                raise LicenseExpressionError(
                    "'+' applies to SPDX licence ids, not to LicenseRef- ids", plus_token.offset
                )
            plus = True
        exception = None
        exception_offset = None
        if self.peek().kind == "op" and self.peek().text == "WITH":
            self.advance()
            exc = self.peek()
            if exc.kind != "word":
                raise LicenseExpressionError(
                    f"expected an exception id after 'WITH', found {_describe(exc)}",
                    exc.offset,
                )
            self.advance()
            _check_exception_id(exc.text, exc.offset)
            exception, exception_offset = exc.text, exc.offset
            nxt = self.peek()
            if nxt.kind == "op" and nxt.text == "WITH":
                raise LicenseExpressionError("only one WITH exception per licence", nxt.offset)
            if nxt.kind == "+":
                raise LicenseExpressionError(
                    "'+' belongs before WITH, after the licence id", nxt.offset
                )
        return LicenseTerm(token.text, token.offset, plus, exception, exception_offset)

    def fail_expected_license(self, token: _Token) -> None:
        prev = self.previous()
        if prev is None:
            where = ""
        elif prev.kind == "(":
            where = " after '('"
        else:
            where = f" after '{prev.text}'"
        offset = token.offset
        raise LicenseExpressionError(
            f"expected a licence id{where}, found {_describe(token)}", offset
        )


def _flatten(operator: str, terms: list[Node]) -> tuple[Node, ...]:
    flat: list[Node] = []
    for term in terms:
        if isinstance(term, Compound) and term.operator == operator:
            flat.extend(term.terms)
        else:
            flat.append(term)
    return tuple(flat)


def parse(text: str) -> ParsedExpression:
    """Parse an SPDX licence expression, or raise :class:`LicenseExpressionError`."""
    if not isinstance(text, str):
        raise TypeError(f"a licence expression is a string, not {type(text).__name__}")
    if len(text) > MAX_LENGTH:
        raise LicenseExpressionError(
            f"licence expression too long ({len(text)} characters, at most {MAX_LENGTH})",
            MAX_LENGTH,
        )
    if not text.strip():
        raise LicenseExpressionError("empty licence expression", 0)
    warnings: list[ExpressionWarning] = []
    tokens = _tokenize(text, warnings)
    node = _Parser(text, tokens).parse()
    return ParsedExpression(text, node, tuple(warnings))
