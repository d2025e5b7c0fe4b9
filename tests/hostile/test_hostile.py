"""Hostile input: every file anyone can craft gives exit 1 or 2, quickly, in bounded memory.

Each case runs the real CLI in a subprocess (``guarded.py``: an audit hook logs every
file opened and every socket call) under resource limits (address space, CPU time)
and a wall-clock timeout, and asserts: the exit code, no traceback, a one-line
message a finding, no file read outside the given path (besides Python and the
package's own data), no network, and the peak memory. The small inputs live in
``corpus/``; the large ones (100 MB of whitespace, 100,000-deep nesting, a 10 MB
string, 1,000,000 components) and the special files (FIFO, symlink loop,
``/dev/zero``, a folder named openness.json, an unreadable file) are made here.
"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CORPUS = HERE / "corpus"
GUARD = HERE / "guarded.py"

ADDRESS_SPACE = 3 * 1024**3  # RLIMIT_AS of the child
CPU_SECONDS = 60
WALL_SECONDS = 90
MAX_RSS_MIB = 900  # asserted peak resident memory
MAX_SECONDS = 30  # asserted wall time of one case

# Inputs that are hostile yet valid declarations (the tool must still not misbehave).
VALID = {"bidi-and-emoji.json", "escaped-nul.json", "schema-is-passwd.json"}

ALLOWED_ROOTS = tuple(
    str(Path(p).resolve())
    for p in {
        sys.prefix,
        sys.base_prefix,
        sys.exec_prefix,
        ROOT / "src",
        ROOT / "definition",
        ROOT / "schema",
    }
)
LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (error|warning|info) [a-z-]+: .+$")


_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE = 1
_CAP_DAC_READ_SEARCH = 2


def _limits(drop_root_read: bool = False):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))
        resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if drop_root_read:  # root without the power to read what it may not: like a user
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            for cap in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
                if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
                    raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")

    return apply


def run_guarded(*args: str, log_dir: Path, drop_root_read: bool = False, cwd: Path | None = None):
    """Run ``openness ARGS`` under the guard; return (result, log, seconds)."""
    log = log_dir / f"guard-{time.monotonic_ns()}.json"
    env = {k: v for k, v in os.environ.items() if not k.endswith("_proxy") and k != "NO_COLOR"}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, str(GUARD), str(log), *args],
        capture_output=True,
        timeout=WALL_SECONDS,
        preexec_fn=_limits(drop_root_read),
        env=env,
        cwd=cwd,
    )
    seconds = time.monotonic() - start
    events = json.loads(log.read_text(errors="surrogateescape")) if log.exists() else None
    return done, events, seconds


def _allowed(opened: str, targets: list[str]) -> bool:
    if opened.startswith("fd:"):
        return True
    absolute = os.path.abspath(opened)
    if any(absolute == os.path.abspath(t) for t in targets):
        return True
    real = os.path.realpath(absolute)
    return any(real == r or real.startswith(r + os.sep) for r in ALLOWED_ROOTS)


def check(done, events, seconds, targets: list[str], expected: set[int]):
    stdout = done.stdout.decode("utf-8", "replace")
    stderr = done.stderr.decode("utf-8", "replace")
    everything = stdout + stderr
    assert done.returncode in expected, f"exit {done.returncode}: {everything[:2000]}"
    assert "Traceback" not in everything
    assert "internal error" not in everything
    assert events is not None, "the guard wrote no log (killed by a limit?)"
    assert events["sockets"] == [], events["sockets"]
    outside = [p for p in events["opened"] if not _allowed(p, targets)]
    assert outside == [], f"files read outside the given path: {outside}"
    assert "/etc/passwd" not in events["opened"]
    assert events["maxrss_kib"] < MAX_RSS_MIB * 1024, f"{events['maxrss_kib']} KiB"
    assert seconds < MAX_SECONDS, f"{seconds:.1f} s"
    if done.returncode:
        lines = stdout.splitlines()
        assert lines, f"no message: {everything[:500]}"
        for line in lines:
            assert LINE.match(line), f"not one finding a line: {line[:300]!r}"
    assert len(stderr.splitlines()) <= 1, stderr[:1000]
    return stdout


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.iterdir()))
def test_corpus(name, tmp_path):
    target = str(CORPUS / name)
    expected = {0} if name in VALID else {1, 2}
    result = run_guarded("validate", "--format", "lines", target, log_dir=tmp_path)
    check(*result, [target], expected)


def _write_large(path: Path, head: bytes, chunk: bytes, count: int, tail: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(head)
        block = chunk * 65536
        full, rest = divmod(count, 65536)
        for _ in range(full):
            handle.write(block)
        handle.write(chunk * rest)
        handle.write(tail)


BIG = "200000000"  # --max-size that lets every generated file past the size cap


def _generated(kind: str, folder: Path) -> Path:
    path = folder / f"{kind}.json"
    if kind == "whitespace-100mb":
        _write_large(path, b"", b" ", 100_000_000, b"")
    elif kind == "whitespace-then-object":
        _write_large(path, b"", b"\n", 100_000_000, b'{"openness": "1.0"}')
    elif kind == "nesting-arrays":
        _write_large(path, b"", b"[", 100_000, b"]" * 100_000)
    elif kind == "nesting-objects":
        _write_large(path, b"", b'{"a":', 100_000, b"1" + b"}" * 100_000)
    elif kind == "nesting-unclosed":
        _write_large(path, b"", b"[", 100_000, b"")
    elif kind == "string-10mb":
        _write_large(path, b'{"openness": "1.0", "model": {"name": "', b"x", 10_000_000, b'"}}')
    elif kind == "key-10mb":
        _write_large(
            path, b'{"openness": "1.0", "model": {"name": "x"}, "', b"k", 10_000_000, b'": 1}'
        )
    elif kind == "components-1m":
        with open(path, "w") as handle:
            handle.write('{"openness": "1.0", "model": {"name": "x"}, "components": {')
            handle.write(",".join(f'"c{i}": {{}}' for i in range(1_000_000)))
            handle.write("}}")
    elif kind == "datasets-30k":  # as many findings as fit in the default 1 MiB
        with open(path, "w") as handle:
            handle.write(
                '{"openness":"1.0","model":{"name":"x"},"components":{"training-data":'
                '{"status":"partial","datasets":['
            )
            handle.write(",".join('{"name":"a","access":"open"}' for _ in range(30_000)))
            handle.write("]}}}")
    else:
        raise AssertionError(kind)
    return path


LARGE = {
    # kind: (exit with the default size cap, exit with --max-size raised)
    "whitespace-100mb": (2, 1),
    "whitespace-then-object": (2, 1),
    "nesting-arrays": (1, 1),
    "nesting-objects": (1, 1),
    "nesting-unclosed": (1, 1),
    "string-10mb": (2, 1),
    "key-10mb": (2, None),  # raised: see test_a_10mb_unknown_key_with_the_cap_raised
    "components-1m": (2, 1),
    "datasets-30k": (1, 1),
}


@pytest.mark.parametrize("kind", sorted(LARGE))
def test_large_inputs_with_and_without_the_size_cap(kind, tmp_path):
    target = str(_generated(kind, tmp_path))
    capped, raised = LARGE[kind]
    result = run_guarded("validate", "--format", "lines", target, log_dir=tmp_path)
    out = check(*result, [target], {capped})
    if capped == 2:
        assert "file-too-large" in out and "--max-size" not in out.splitlines()[0][:0]
    if raised is None:
        return
    result = run_guarded(
        "validate", "--format", "lines", "--max-size", BIG, target, log_dir=tmp_path
    )
    check(*result, [target], {raised})


def test_a_10mb_unknown_key_with_the_cap_raised(tmp_path):
    target = str(_generated("key-10mb", tmp_path))
    result = run_guarded(
        "validate", "--format", "lines", "--max-size", BIG, target, log_dir=tmp_path
    )
    check(*result, [target], {1})


def test_max_size_boundary(tmp_path):
    path = tmp_path / "openness.json"
    path.write_bytes(b'{"openness": "1.0", "model": {"name": "x"}}' + b" " * 57)
    size = path.stat().st_size
    assert size == 100
    under = run_guarded(
        "validate", "--format", "lines", "--max-size", "100", str(path), log_dir=tmp_path
    )
    assert "file-too-large" not in check(*under, [str(path)], {0, 1})
    over = run_guarded(
        "validate", "--format", "lines", "--max-size", "99", str(path), log_dir=tmp_path
    )
    assert "file-too-large" in check(*over, [str(path)], {2})
    for bad in ("0", "-1", "lots"):
        done = subprocess.run(
            [sys.executable, "-m", "openness", "validate", "--max-size", bad, str(path)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 2 and "Traceback" not in done.stderr
        assert done.stdout == "" and "max-size" in done.stderr


def _special(kind: str, folder: Path) -> str:
    if kind == "symlink-loop":
        (folder / "a.json").symlink_to(folder / "b.json")
        (folder / "b.json").symlink_to(folder / "a.json")
        return str(folder / "a.json")
    if kind == "broken-symlink":
        (folder / "openness.json").symlink_to(folder / "nowhere.json")
        return str(folder / "openness.json")
    if kind == "fifo":
        os.mkfifo(folder / "openness.json")
        return str(folder / "openness.json")
    if kind == "dev-zero":
        return "/dev/zero"
    if kind == "dev-zero-link":
        (folder / "openness.json").symlink_to("/dev/zero")
        return str(folder / "openness.json")
    if kind == "directory-named-openness-json":
        (folder / "openness.json").mkdir()
        return str(folder / "openness.json")
    if kind == "missing":
        return str(folder / "absent" / "openness.json")
    raise AssertionError(kind)


SPECIAL = (
    "symlink-loop",
    "broken-symlink",
    "fifo",
    "dev-zero",
    "dev-zero-link",
    "directory-named-openness-json",
    "missing",
)


@pytest.mark.parametrize("kind", SPECIAL)
def test_special_files(kind, tmp_path):
    target = _special(kind, tmp_path)
    result = run_guarded("validate", "--format", "lines", target, log_dir=tmp_path)
    out = check(*result, [target], {2})
    assert " error unreadable: " in out


def test_folder_named_openness_json_when_searching_a_folder(tmp_path):
    (tmp_path / "models" / "openness.json").mkdir(parents=True)
    result = run_guarded(
        "validate", "--format", "lines", str(tmp_path / "models"), log_dir=tmp_path
    )
    assert "is a directory" in check(*result, [str(tmp_path / "models" / "openness.json")], {2})


def test_unreadable_permissions(tmp_path):
    """Tests run as root, who reads anything: the child drops the capabilities that let it."""
    target = tmp_path / "repo" / "openness.json"
    target.parent.mkdir()
    target.write_text('{"openness": "1.0", "model": {"name": "x"}}')
    os.chmod(target, 0)
    locked = tmp_path / "locked"
    (locked / "inner").mkdir(parents=True)
    (locked / "inner" / "openness.json").write_text("{}")
    os.chmod(locked / "inner", 0)
    try:
        # found by searching a folder: the loader's one-line "permission denied"
        result = run_guarded(
            "validate",
            "--format",
            "lines",
            str(target.parent),
            log_dir=tmp_path,
            drop_root_read=True,
        )
        assert "permission denied" in check(*result, [str(target)], {2})
        inside = str(locked / "inner" / "openness.json")
        result = run_guarded(
            "validate", "--format", "lines", inside, log_dir=tmp_path, drop_root_read=True
        )
        assert "permission denied" in check(*result, [inside], {2})
        # named directly: click refuses it first, as a usage error (exit 2)
        done, events, _ = run_guarded(
            "validate", "--format", "lines", str(target), log_dir=tmp_path, drop_root_read=True
        )
        said = (done.stdout + done.stderr).decode()
        assert done.returncode == 2 and "Traceback" not in said
        assert "not readable" in said or "permission denied" in said
        assert events is not None and events["sockets"] == []
    finally:
        os.chmod(locked / "inner", 0o755)
        os.chmod(target, 0o644)


def test_file_names_that_are_not_utf8(tmp_path):
    folder = Path(os.fsdecode(bytes(tmp_path) + b"/\xff\xfe-name"))
    folder.mkdir()
    (folder / "openness.json").write_text("[]")
    for fmt in ("text", "lines", "json", "sarif", "github"):
        done, _events, _seconds = run_guarded(
            "validate", "--format", fmt, str(tmp_path), log_dir=tmp_path
        )
        out = (done.stdout + done.stderr).decode("utf-8", "replace")
        assert done.returncode == 1, f"{fmt}: {out[:1000]}"
        assert "Traceback" not in out and "internal error" not in out
