"""The SPDX licence-expression parser."""

from __future__ import annotations

import pytest

from openness.licensing.expression import (
    MAX_DEPTH,
    MAX_LENGTH,
    MAX_TERMS,
    Compound,
    LicenseExpressionError,
    LicenseTerm,
    parse,
)


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("MIT", "MIT"),
        ("  MIT  ", "MIT"),
        ("Apache-2.0 OR MIT", "Apache-2.0 OR MIT"),
        ("(Apache-2.0 OR MIT)", "Apache-2.0 OR MIT"),
        ("((MIT))", "MIT"),
        ("MIT AND (Apache-2.0 OR BSD-3-Clause)", "MIT AND (Apache-2.0 OR BSD-3-Clause)"),
        ("MIT OR Apache-2.0 AND BSD-3-Clause", "MIT OR Apache-2.0 AND BSD-3-Clause"),
        ("(MIT OR Apache-2.0) AND BSD-3-Clause", "(MIT OR Apache-2.0) AND BSD-3-Clause"),
        ("(MIT AND Apache-2.0) OR BSD-3-Clause", "MIT AND Apache-2.0 OR BSD-3-Clause"),
        (
            "GPL-2.0-or-later WITH Classpath-exception-2.0",
            "GPL-2.0-or-later WITH Classpath-exception-2.0",
        ),
        ("GPL-2.0+", "GPL-2.0+"),
        ("LGPL-2.1+ WITH GCC-exception-2.0 OR MIT", "LGPL-2.1+ WITH GCC-exception-2.0 OR MIT"),
        ("LicenseRef-Llama-2-Community", "LicenseRef-Llama-2-Community"),
        (
            "DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2",
            "DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2",
        ),
        ("MIT\tAND\nBSD-2-Clause", "MIT AND BSD-2-Clause"),
        ("(MIT)AND(BSD-2-Clause)", "MIT AND BSD-2-Clause"),
    ],
)
def test_valid_expressions_render_canonically(text: str, canonical: str) -> None:
    assert str(parse(text)) == canonical


def test_precedence_and_binds_tighter_than_or() -> None:
    node = parse("A OR B AND C").node
    assert isinstance(node, Compound) and node.operator == "OR"
    assert isinstance(node.terms[0], LicenseTerm) and node.terms[0].id == "A"
    inner = node.terms[1]
    assert isinstance(inner, Compound) and inner.operator == "AND"
    assert [t.id for t in inner.terms] == ["B", "C"]


def test_precedence_with_binds_tighter_than_and() -> None:
    node = parse("A AND B WITH E OR C").node
    assert isinstance(node, Compound) and node.operator == "OR"
    left = node.terms[0]
    assert isinstance(left, Compound) and left.operator == "AND"
    b = left.terms[1]
    assert isinstance(b, LicenseTerm) and b.id == "B" and b.exception == "E"


def test_parentheses_override_precedence() -> None:
    node = parse("(A OR B) AND C").node
    assert isinstance(node, Compound) and node.operator == "AND"
    assert isinstance(node.terms[0], Compound) and node.terms[0].operator == "OR"


def test_same_operator_is_flattened() -> None:
    node = parse("A OR (B OR C) OR D").node
    assert isinstance(node, Compound)
    assert [t.id for t in node.terms] == ["A", "B", "C", "D"]


def test_term_details() -> None:
    terms = list(parse("GPL-2.0+ WITH Bison-exception-2.2 AND LicenseRef-x").terms())
    assert terms[0] == LicenseTerm("GPL-2.0", 0, True, "Bison-exception-2.2", 14)
    assert terms[1].is_license_ref and not terms[1].plus and terms[1].offset == 38
    doc = next(parse("DocumentRef-a:LicenseRef-b").terms())
    assert doc.is_document_ref and not doc.is_license_ref


@pytest.mark.parametrize(
    "text", ["mit and apache-2.0", "MIT Or BSD-2-Clause", "GPL-2.0 with Classpath-exception-2.0"]
)
def test_operators_in_lower_or_mixed_case_are_understood_with_a_warning(text: str) -> None:
    parsed = parse(text)
    assert len(parsed.warnings) == 1
    assert "upper case" in parsed.warnings[0].message
    assert " AND " in str(parsed) or " OR " in str(parsed) or " WITH " in str(parsed)


def test_upper_case_operators_give_no_warning() -> None:
    assert parse("MIT AND (BSD-2-Clause OR ISC)").warnings == ()


def test_ids_keep_their_case_here() -> None:
    # Matching ids case-insensitively is the policy's job; the parser keeps the text.
    assert str(parse("mit")) == "mit"


@pytest.mark.parametrize(
    ("text", "message", "column"),
    [
        ("", "empty licence expression", 1),
        ("   ", "empty licence expression", 1),
        ("MIT OR", "expected a licence id after 'OR', found the end of the expression", 7),
        ("MIT OR OR BSD-2-Clause", "expected a licence id after 'OR', found 'OR'", 8),
        ("Apache-2.0 OR  AND MIT", "expected a licence id after 'OR', found 'AND'", 16),
        ("AND MIT", "expected a licence id, found 'AND'", 1),
        ("()", "expected a licence id after '(', found ')'", 2),
        (
            "Apache 2.0",
            "after 'Apache', found '2.0' (licence ids contain no spaces)",
            8,
        ),
        ("MIT BSD-2-Clause", "found 'BSD-2-Clause'", 5),
        ("(MIT", "unclosed '(' opened", 1),
        ("MIT)", "unexpected ')' with no matching '('", 4),
        ("(MIT OR BSD-2-Clause", "unclosed '(' opened", 1),
        (
            "MIT / BSD-2-Clause",
            "unexpected character '/' (write 'OR' between alternative licences)",
            5,
        ),
        ("MIT, BSD-2-Clause", "unexpected character ','", 4),
        ("MIT_License", "unexpected character '_'", 4),
        ("MIT WITH", "expected an exception id after 'WITH', found the end of the expression", 9),
        ("MIT WITH (X)", "expected an exception id after 'WITH', found '('", 10),
        ("(MIT OR ISC) WITH Classpath-exception-2.0", "WITH must follow a single licence id", 14),
        ("GPL-2.0 WITH A WITH B", "only one WITH exception per licence", 16),
        ("GPL-2.0 + ", "'+' must directly follow a licence id", 9),
        ("+MIT", "'+' must directly follow a licence id", 1),
        ("LicenseRef-x+", "'+' applies to SPDX licence ids, not to LicenseRef- ids", 13),
        ("GPL-2.0 WITH X+", "'+' belongs before WITH", 15),
        ("LicenseRef-", "empty LicenseRef- id", 12),
        ("A:B", "':' is only allowed in 'DocumentRef-...:LicenseRef-...'", 2),
        ("DocumentRef-a", "expected ':LicenseRef-...' after the DocumentRef- id", 14),
        ("DocumentRef-a:MIT", "expected 'LicenseRef-' after 'DocumentRef-...:'", 15),
        ("DocumentRef-:LicenseRef-a", "empty DocumentRef- id", 13),
        ("MIT WITH a:b", "':' is not allowed in an exception id", 11),
        ("MIT\x00", "unexpected character '\\x00'", 4),
    ],
)
def test_invalid_expressions_report_what_and_where(text: str, message: str, column: int) -> None:
    with pytest.raises(LicenseExpressionError) as caught:
        parse(text)
    error = caught.value
    assert message in error.reason
    assert error.column == column
    assert error.offset == column - 1
    assert str(error).endswith(f"at column {column}")


def test_length_is_bounded() -> None:
    with pytest.raises(LicenseExpressionError, match="too long"):
        parse("LicenseRef-" + "x" * MAX_LENGTH)


def test_depth_is_bounded() -> None:
    ok = "(" * MAX_DEPTH + "MIT" + ")" * MAX_DEPTH
    assert str(parse(ok)) == "MIT"
    with pytest.raises(LicenseExpressionError, match="nested too deeply"):
        parse("(" * (MAX_DEPTH + 1) + "MIT" + ")" * (MAX_DEPTH + 1))


def test_deep_nesting_within_length_never_overflows_the_stack() -> None:
    text = "(" * (MAX_LENGTH // 2 - 2) + "MIT" + ")" * (MAX_LENGTH // 2 - 2)
    with pytest.raises(LicenseExpressionError):
        parse(text)


def test_number_of_terms_is_bounded() -> None:
    assert len(list(parse(" OR ".join(["MIT"] * MAX_TERMS)).terms())) == MAX_TERMS
    with pytest.raises(LicenseExpressionError, match="too many licences"):
        parse(" OR ".join(["MIT"] * (MAX_TERMS + 1)))


def test_non_string_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        parse(None)  # type: ignore[arg-type]


def test_parser_fails_only_with_its_own_error_on_any_input() -> None:
    hypothesis = pytest.importorskip("hypothesis")
    from hypothesis import strategies as st

    alphabet = st.sampled_from([*"()+: \tMITAND-ORWITH.0123abcLicenseRef/", "AND", "OR", "WITH"])

    @hypothesis.settings(max_examples=400, deadline=None)
    @hypothesis.given(st.lists(alphabet, max_size=40).map("".join))
    def check(text: str) -> None:
        try:
            parsed = parse(text)
        except LicenseExpressionError as error:
            assert 0 <= error.offset <= len(text)
        else:
            # Rendering is stable: parsing the canonical form gives the same form.
            assert str(parse(str(parsed))) == str(parsed)

    check()
