"""The one atomic writer: what it replaces, what it refuses, what it leaves behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from openness.atomic import WriteRefusedError, write_atomic


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_writes_text_as_utf8_and_leaves_no_temp_file(tmp_path):
    target = tmp_path / "out.json"
    write_atomic(target, "é\n")
    assert target.read_bytes() == "é\n".encode()
    assert _names(tmp_path) == ["out.json"]


def test_an_existing_file_is_kept_without_force(tmp_path):
    target = tmp_path / "openness.json"
    target.write_text("mine")
    with pytest.raises(WriteRefusedError, match="already exists; use --force"):
        write_atomic(target, "theirs")
    assert target.read_text() == "mine"
    write_atomic(target, "theirs", force=True)
    assert target.read_text() == "theirs"
    assert _names(tmp_path) == ["openness.json"]


def test_a_file_we_wrote_is_replaced_and_keeps_its_mode(tmp_path):
    def ours(head: bytes) -> bool:
        return head.startswith(b"ours")

    target = tmp_path / "badge.svg"
    target.write_text("ours, old")
    os.chmod(target, 0o640)
    write_atomic(target, "ours, new", ours=ours, what="badge")
    assert target.read_text() == "ours, new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    target.write_text("a logo")
    with pytest.raises(WriteRefusedError, match="not a badge written by openness"):
        write_atomic(target, "ours", ours=ours, what="badge")
    assert target.read_text() == "a logo"


def test_a_new_file_gets_the_usual_permissions(tmp_path):
    umask = os.umask(0o027)
    try:
        write_atomic(tmp_path / "new.txt", "x")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o640


def test_a_folder_is_never_replaced(tmp_path):
    folder = tmp_path / "models"
    folder.mkdir()
    with pytest.raises(WriteRefusedError, match=r"is a directory; give a file name \(e\.g\."):
        write_atomic(folder, "x", force=True, example_name="openness.json")
    with pytest.raises(WriteRefusedError, match=r"is a directory$"):
        write_atomic(folder, "x", ours=lambda head: True)
    assert _names(tmp_path) == ["models"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_pipe_nobody_reads_is_refused_and_never_replaced(tmp_path):
    fifo = tmp_path / "badge.svg"
    os.mkfifo(fifo)
    for force in (False, True):
        with pytest.raises(WriteRefusedError, match="is a pipe nobody reads"):
            write_atomic(fifo, "x", ours=lambda head: True, what="badge", force=force)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_missing_folder_is_refused_unless_asked_to_make_it(tmp_path):
    target = tmp_path / "no" / "such" / "out.sarif"
    with pytest.raises(WriteRefusedError, match="does not exist"):
        write_atomic(target, "x")
    write_atomic(target, "x", make_folders=True)
    assert target.read_text() == "x"


def test_a_dangling_link_is_not_followed_or_replaced(tmp_path):
    link = tmp_path / "openness.json"
    link.symlink_to(tmp_path / "elsewhere.json")
    for force in (False, True):
        with pytest.raises(WriteRefusedError, match="symbolic link to nothing"):
            write_atomic(link, "x", force=force)
    assert link.is_symlink() and not (tmp_path / "elsewhere.json").exists()


def test_a_link_to_a_regular_file_stays_a_link(tmp_path):
    real = tmp_path / "real.svg"
    real.write_text("ours, old")
    link = tmp_path / "badge.svg"
    link.symlink_to(real)
    write_atomic(link, "ours, new", ours=lambda head: head.startswith(b"ours"), what="badge")
    assert link.is_symlink() and real.read_text() == "ours, new"


def test_a_name_too_long_for_a_temporary_file_still_writes(tmp_path):
    target = tmp_path / ("a" * 250 + ".json")
    write_atomic(target, "x")
    assert target.read_text() == "x" and _names(tmp_path) == [target.name]
    with pytest.raises(WriteRefusedError, match="cannot"):
        write_atomic(tmp_path / ("a" * 300 + ".json"), "x")
