"""`--format github`: workflow commands with the runner's escaping."""

from __future__ import annotations

from pathlib import Path

from integration_helpers import run_cli

from openness.render.github import command, escape_data, escape_property


def test_escaping_follows_the_runner():
    assert escape_data("100%\r\nnext: a, b") == "100%25%0D%0Anext: a, b"
    assert escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"
    assert command("error", "m", file="f,1.json", line=3, col=None, title="t:x") == (
        "::error file=f%2C1.json,line=3,title=t%3Ax::m"
    )


def test_annotations_for_broken_files(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "openness.json").write_text(
        '{\n  "openness": "1.0",\n  "model": {"name": "x", "url": "http://a"}\n}\n'
    )
    (tmp_path / "dup.json").write_text('{"a": 1,\n "a": 2}')
    done = run_cli(
        "validate",
        "--format",
        "github",
        "sub/openness.json",
        "dup.json",
        "gone.json",
        cwd=tmp_path,
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    lines = done.stdout.splitlines()
    assert all(line.startswith("::") for line in lines), lines
    assert (
        "::error file=sub/openness.json,line=3,col=33,title=invalid-url%3A Invalid URL::"
        in done.stdout
    )
    assert any(
        line.startswith("::error file=dup.json,line=2,col=2,title=duplicate-key%3A")
        for line in lines
    )
    gone = next(line for line in lines if "file=gone.json" in line)
    assert "line=" not in gone and "no such file" in gone
    assert "%0AFix: " in done.stdout  # the fix on its own line, escaped


def test_warnings_become_warning_and_info_notice():
    from openness.render.github import annotation
    from openness.report import Finding

    warning = annotation("x.json", Finding("license-alias", "warning", "w", "", 1, 1))
    notice = annotation("x.json", Finding("restricted-license", "info", "i", "", 1, 1))
    assert warning.startswith("::warning ") and notice.startswith("::notice ")
