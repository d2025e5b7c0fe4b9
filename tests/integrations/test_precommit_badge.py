"""The openness-badge hook in-process: created, stale, fresh, invalid, not ours."""

from __future__ import annotations

import subprocess
import sys

from openness.integrations.precommit_badge import main

from declarations import edited, open_source_ai, write


def test_created_then_fresh_then_stale(tmp_path, capsys):
    declaration = str(write(tmp_path, open_source_ai()))
    badge = tmp_path / "openness-badge.svg"
    assert main([declaration]) == 1  # the badge was missing
    assert "created: add it to the commit" in capsys.readouterr().out
    assert "open source AI" in badge.read_text()
    assert main([declaration]) == 0  # up to date
    assert capsys.readouterr().out == ""
    lower = edited(open_source_ai(), training_code={"status": "not-released"})
    lower["claims"]["open_source"] = False
    write(tmp_path, lower)
    assert main([declaration]) == 1
    assert "was stale, regenerated" in capsys.readouterr().out
    assert "open weights" in badge.read_text()


def test_the_badge_is_the_one_the_command_writes(tmp_path):
    declaration = str(write(tmp_path, open_source_ai()))
    main([declaration, "--name", "hook.svg"])
    command = subprocess.run(
        [sys.executable, "-m", "openness", "badge", declaration, "-o", "-"],
        capture_output=True,
        check=True,
    )
    assert (tmp_path / "hook.svg").read_bytes() == command.stdout


def test_invalid_declaration_gets_the_invalid_badge_and_fails(tmp_path, capsys):
    data = open_source_ai()
    data["model"]["url"] = "ftp://nope"
    declaration = str(write(tmp_path, data))
    assert main([declaration]) == 1
    assert "is invalid: wrote the invalid badge" in capsys.readouterr().err
    assert "invalid" in (tmp_path / "openness-badge.svg").read_text()


def test_unreadable_declaration_and_foreign_badge_fail_with_one_line(tmp_path, capsys):
    broken = tmp_path / "a" / "openness.json"
    broken.mkdir(parents=True)  # cannot be read
    foreign = tmp_path / "b"
    foreign.mkdir()
    write(foreign, open_source_ai())
    (foreign / "openness-badge.svg").write_text("<svg>my logo</svg>")
    assert main([str(broken), str(foreign / "openness.json")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and all(line.startswith("openness-badge: ") for line in err)
    assert "refusing to overwrite" in err[1]
    assert (foreign / "openness-badge.svg").read_text() == "<svg>my logo</svg>"
    assert not (broken.parent / "openness-badge.svg").exists()


def test_name_must_be_a_file_name(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "openness.integrations.precommit_badge", "--name", "a/b.svg"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert done.returncode == 2 and "not a path" in done.stderr
    assert "Traceback" not in done.stderr
