"""Bad input: every unusable file gets a rule, a located message and a fix, never a crash."""

from __future__ import annotations

import os
import sys

import pytest

from openness.loader import LoadError, find_declarations, load


def _error(path) -> LoadError:
    with pytest.raises(LoadError) as caught:
        load(str(path))
    return caught.value


def test_missing_file(tmp_path):
    error = _error(tmp_path / "nope.json")
    assert error.unreadable and error.rule == "unreadable"
    assert "no such file" in error.message


def test_directory(tmp_path):
    error = _error(tmp_path)
    assert error.unreadable and "is a directory" in error.message


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else True,
    reason="root reads any file, so permission denied cannot happen as root",
)
def test_permission_denied(tmp_path):
    path = tmp_path / "openness.json"
    path.write_text("{}")
    path.chmod(0)
    assert "permission denied" in _error(path).message


def test_permission_denied_is_reported_even_as_root(tmp_path, monkeypatch):
    path = tmp_path / "openness.json"
    path.write_text("{}")

    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("os.open", deny)
    error = _error(path)
    assert error.unreadable and "permission denied" in error.message


def test_empty_file(tmp_path):
    path = tmp_path / "openness.json"
    path.write_text("  \n")
    error = _error(path)
    assert error.rule == "empty-file" and not error.unreadable


def test_not_json(tmp_path):
    path = tmp_path / "openness.json"
    path.write_text('{\n  "openness": "1.0",\n  "model": {"name": "x"\n}')
    error = _error(path)
    assert error.rule == "invalid-json"
    assert (error.line, error.column) == (4, 2)
    assert error.message.startswith("not valid JSON")  # the place is in line and column


def test_invalid_utf8(tmp_path):
    path = tmp_path / "openness.json"
    path.write_bytes(b'{"openness": "1.0",\n "model": {"name": "caf\xe9"}}')
    error = _error(path)
    assert error.rule == "encoding" and (error.line, error.column) == (2, 24)


def test_utf8_bom(tmp_path):
    path = tmp_path / "openness.json"
    path.write_bytes(b"\xef\xbb\xbf{}")
    assert "byte order mark" in _error(path).message


def test_utf16(tmp_path):
    path = tmp_path / "openness.json"
    path.write_bytes("{}".encode("utf-16"))
    assert "UTF-16" in _error(path).message


def test_duplicate_keys_are_located(tmp_path):
    path = tmp_path / "openness.json"
    path.write_text('{"openness": "1.0",\n "model": {"name": "a",\n   "name": "b"}}')
    error = _error(path)
    assert error.rule == "duplicate-key" and '"name"' in error.message
    assert (error.line, error.column) == (3, 4)


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity"])
def test_non_finite_numbers(tmp_path, token):
    path = tmp_path / "openness.json"
    path.write_text(f'{{"x-n": {token}}}')
    error = _error(path)
    assert error.rule == "invalid-json" and token in error.message


def test_deep_nesting(tmp_path):
    path = tmp_path / "openness.json"
    path.write_text('{"x-deep": ' + "[" * 300 + "]" * 300 + "}")
    assert _error(path).rule == "too-deep"


def test_extreme_nesting_does_not_crash(tmp_path):
    path = tmp_path / "openness.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    assert _error(path).rule == "too-deep"


def test_lone_surrogate(tmp_path):
    path = tmp_path / "openness.json"
    path.write_text('{"model": {"name": "\\ud800"}}')
    error = _error(path)
    assert error.rule == "invalid-json" and "surrogate" in error.message


def test_surrogate_pair_is_fine(tmp_path):
    path = tmp_path / "openness.json"
    path.write_text('{"model": {"name": "\\ud83d\\ude00"}}')
    assert load(str(path)).data["model"]["name"] == "\U0001f600"


def test_size_cap(tmp_path):
    path = tmp_path / "openness.json"
    path.write_text("{}" + " " * 2000)
    with pytest.raises(LoadError) as caught:
        load(str(path), max_bytes=1000)
    assert caught.value.rule == "file-too-large" and caught.value.unreadable
    assert load(str(path), max_bytes=5000).data == {}


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_device_is_refused():
    error = _error("/dev/zero")
    assert error.unreadable and "not a regular file" in error.message


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "openness.json"
    os.mkfifo(fifo)
    assert "not a regular file" in _error(fifo).message


def test_symlink_loop(tmp_path):
    loop = tmp_path / "openness.json"
    loop.symlink_to(loop)
    error = _error(loop)
    assert error.unreadable


def test_find_declarations_in_folders(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "openness.json").write_text("{}")
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "b" / "c" / "openness.json").write_text("{}")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "openness.json").write_text("{}")
    found = find_declarations([str(tmp_path)])
    assert found == [
        str(tmp_path / "a" / "openness.json"),
        str(tmp_path / "b" / "c" / "openness.json"),
    ]


def test_empty_folder_names_the_expected_file(tmp_path):
    assert find_declarations([str(tmp_path)]) == [str(tmp_path / "openness.json")]


def test_default_is_the_current_folder_file():
    assert find_declarations([]) == ["openness.json"]
