"""Positions of JSON paths in source text: checked against the parser itself."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from openness.positions import line_columns, locate_many

# keys and strings full of what trips a scanner: quotes, brackets, escapes, colons
_TRICKY = st.text(alphabet='ab"\\{}[]:, /é\n\u2028', max_size=6)
_SCALARS = st.none() | st.booleans() | st.integers() | _TRICKY
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_TRICKY, inner, max_size=4),
    max_leaves=25,
)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


def _assert_parser_reads_them_there(text, document, paths, found):
    """At each path's value offset the parser reads its value; at its key offset, its key."""
    decoder = json.JSONDecoder()
    for path in paths:
        key_offset, value_offset = found[path]
        assert decoder.raw_decode(text, value_offset)[0] == _at(document, path)
        if path and isinstance(path[-1], str):
            assert decoder.raw_decode(text, key_offset)[0] == path[-1]


def _at(value, path):
    for step in path:
        value = value[step]
    return value


@settings(max_examples=300, deadline=None)
@given(
    document=st.dictionaries(_TRICKY, _VALUES, max_size=5),
    indent=st.sampled_from([None, 0, 2, "\t"]),
    ascii_only=st.booleans(),
)
def test_every_path_is_found_where_the_parser_reads_it(document, indent, ascii_only):
    text = json.dumps(document, indent=indent, ensure_ascii=ascii_only)
    paths = list(_paths(document))
    found = locate_many(text, paths)
    _assert_parser_reads_them_there(text, document, paths, found)


def test_a_key_is_found_at_its_place_not_where_its_name_is_a_value():
    text = '{"x": "weights", "model": {"name": "a"}, "components": {"weights": {"name": "b"}}}'
    found = locate_many(text, [("components", "weights", "name"), ("model", "name")])
    assert text[found[("components", "weights", "name")][1] :].startswith('"b"')
    assert text[found[("model", "name")][1] :].startswith('"a"')
    assert text[found[("components", "weights")][0] :].startswith('"weights": {')


def test_a_key_missing_here_but_held_elsewhere_is_not_taken():
    text = '{"a": {"x": 1}, "b": {"license": 2}}'
    found = locate_many(text, [("a", "license")])
    assert ("a", "license") not in found and ("a",) in found


def test_the_same_key_nested_first_is_skipped():
    text = '{"a": {"license": 1, "b": [{"license": 2}]}, "license": 3}'
    found = locate_many(text, [("license",), ("a", "b", 0, "license")])
    assert text[found[("license",)][1]] == "3"
    assert text[found[("a", "b", 0, "license")][1]] == "2"


def test_a_missing_key_is_left_out_and_its_parent_found():
    text = '{"a": {"x": 1}, "b": {"license": 2}}'
    found = locate_many(text, [("a", "license")])
    assert ("a", "license") not in found and ("a",) in found


def test_keys_written_with_escapes_are_found():
    text = '{"x": 0, "\\u0061\\/b": {"c\\u00e9": 5}}'
    found = locate_many(text, [("a/b", "cé")])
    assert text[found[("a/b", "cé")][1]] == "5"


def test_brackets_and_keys_inside_strings_are_text():
    text = '{"note": "{\\"license\\": [", "license": "MIT"}'
    found = locate_many(text, [("license",)])
    assert text[found[("license",)][1] :].startswith('"MIT"')


def test_line_columns_are_one_based():
    assert line_columns("ab\ncd", [0, 4, 3]) == [(1, 1), (2, 2), (2, 1)]


@settings(max_examples=300, deadline=None)
@given(
    document=st.dictionaries(
        st.sampled_from(["a", "license", "x y", "é", "b\\", 'q"']), _VALUES, max_size=5
    ),
    indent=st.sampled_from([None, 2]),
)
def test_few_names_many_times_are_each_found_at_their_own_place(document, indent):
    """The same few keys in many objects and as values: each path at its own place."""
    text = json.dumps(document, indent=indent, ensure_ascii=False)
    paths = list(_paths(document))
    _assert_parser_reads_them_there(text, document, paths, locate_many(text, paths))


def test_many_members_of_one_object_are_found_in_one_walk():
    members = {f"k{i}": i for i in range(2000)}
    text = json.dumps({"o": members})
    paths = [("o", f"k{i}") for i in range(2000)]
    found = locate_many(text, paths)
    assert all(text[found[path][1] :].startswith(str(path[1][1:])) for path in paths)


def test_a_key_spelled_with_escapes_is_not_taken_for_a_plain_one_after_it():
    text = '{"a": {"\\u006cicense": 1, "b": {"license": 2}}}'
    found = locate_many(text, [("a", "license"), ("a", "b", "license")])
    assert text[found[("a", "license")][1]] == "1"
    assert text[found[("a", "b", "license")][1]] == "2"
