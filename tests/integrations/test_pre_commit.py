"""The hooks in .pre-commit-hooks.yaml, run by the real pre-commit against a temp git repo.

pre-commit installs a hook repository by cloning it at a commit, so the test commits
a copy of this working tree (uncommitted changes included) to a temp repo and points
a user repository's .pre-commit-config.yaml at it. pre-commit then builds the hook's
virtualenv with pip (from the package index the machine is set up with; the same as
CI). The hooks themselves run offline.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from integration_helpers import ROOT, docs_snippet, needs_badge_command

from declarations import edited, open_source_ai

pytest.importorskip("pre_commit", reason="pre-commit is not installed (add it to the test extra)")

GIT_ENV = {
    "GIT_AUTHOR_NAME": "test",
    "GIT_AUTHOR_EMAIL": "test@example.org",
    "GIT_COMMITTER_NAME": "test",
    "GIT_COMMITTER_EMAIL": "test@example.org",
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git(*args: str, cwd: Path) -> str:
    env = {**os.environ, **GIT_ENV, "HOME": str(cwd)}
    done = subprocess.run(
        ["git", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return done.stdout.strip()


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory) -> tuple[Path, str]:
    """A committed copy of this working tree: what pre-commit clones."""
    target = tmp_path_factory.mktemp("hook-repo")
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for raw in listed:
        if not raw:
            continue
        name = os.fsdecode(raw)
        source = ROOT / name
        if not source.is_file() or source.is_symlink():
            continue  # deleted in the working tree, or a link
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target / name)
    git("init", "-q", cwd=target)
    git("add", "-A", cwd=target)
    git("commit", "-q", "-m", "snapshot", cwd=target)
    return target, git("rev-parse", "HEAD", cwd=target)


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory) -> Path:
    """Shared by the tests: the hook environment is built once."""
    return tmp_path_factory.mktemp("pre-commit-home")


def user_repo(tmp_path: Path, hook_repo: tuple[Path, str], hook_ids: list[str]) -> Path:
    repo = tmp_path / "user"
    repo.mkdir()
    path, rev = hook_repo
    config = {"repos": [{"repo": str(path), "rev": rev, "hooks": [{"id": i} for i in hook_ids]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    git("init", "-q", cwd=repo)
    return repo


def commit_all(repo: Path) -> None:
    git("add", "-A", cwd=repo)
    git("commit", "-q", "--allow-empty", "-m", "change", cwd=repo)


def pre_commit(repo: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(home), "HOME": str(repo)}
    env.pop("PRE_COMMIT", None)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--color", "never", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )


def declaration(data: dict) -> str:
    return json.dumps(data, indent=2) + "\n"


def test_hook_definitions():
    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    assert set(hooks) == {"openness-validate", "openness-badge"}
    for hook in hooks.values():
        assert hook["language"] == "python"
        assert hook["pass_filenames"] is True
        import re

        pattern = re.compile(hook["files"])
        assert pattern.search("openness.json") and pattern.search("models/a/openness.json")
        assert not pattern.search("not-openness.json") and not pattern.search("openness.json5")
    assert hooks["openness-validate"]["entry"] == (
        "python -m openness.integrations.precommit_validate"
    )


def test_validate_hook_passes_and_fails(tmp_path, hook_repo, pre_commit_home):
    repo = user_repo(tmp_path, hook_repo, ["openness-validate"])
    (repo / "openness.json").write_text(declaration(open_source_ai()))
    (repo / "other.json").write_text("not json, and not a declaration")
    commit_all(repo)
    done = pre_commit(repo, pre_commit_home, "--all-files")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "openness validate" in done.stdout and "Passed" in done.stdout

    broken = open_source_ai()
    broken["model"]["url"] = "http://insecure.example"
    (repo / "sub").mkdir()
    (repo / "sub" / "openness.json").write_text(declaration(broken))
    commit_all(repo)
    done = pre_commit(repo, pre_commit_home, "--all-files")
    assert done.returncode == 1
    assert "Failed" in done.stdout and "invalid-url" in done.stdout
    assert "Traceback" not in done.stdout


@needs_badge_command
def test_badge_hook_regenerates_a_stale_badge_and_fails_like_a_formatter(
    tmp_path, hook_repo, pre_commit_home
):
    repo = user_repo(tmp_path, hook_repo, ["openness-badge"])
    (repo / "openness.json").write_text(declaration(open_source_ai()))
    commit_all(repo)
    badge = repo / "openness-badge.svg"

    first = pre_commit(repo, pre_commit_home, "--all-files")
    assert first.returncode == 1, first.stdout + first.stderr  # the badge was missing
    assert "created" in first.stdout
    assert "open source AI" in badge.read_text()
    commit_all(repo)

    fresh = pre_commit(repo, pre_commit_home, "--all-files")
    assert fresh.returncode == 0, fresh.stdout + fresh.stderr  # up to date: nothing to do

    lower = edited(open_source_ai(), training_code={"status": "not-released"})
    lower["claims"]["open_source"] = False
    (repo / "openness.json").write_text(declaration(lower))
    commit_all(repo)  # the declaration changed, the committed badge did not: stale
    stale = pre_commit(repo, pre_commit_home, "--all-files")
    assert stale.returncode == 1
    assert "was stale" in stale.stdout
    assert "files were modified by this hook" in stale.stdout
    assert "open weights" in badge.read_text()
    commit_all(repo)
    assert pre_commit(repo, pre_commit_home, "--all-files").returncode == 0


@needs_badge_command
def test_the_documented_pre_commit_config_works(tmp_path, hook_repo, pre_commit_home):
    """The "Use in CI" page's .pre-commit-config.yaml, pointed at this tree: it passes a
    valid declaration once the badge it writes is committed, and fails an invalid one."""
    path, rev = hook_repo
    config = docs_snippet("ci.md", "pre-commit", repo_url=str(path)).replace("<ref>", rev)
    hooks = [h["id"] for h in yaml.safe_load(config)["repos"][0]["hooks"]]
    assert hooks == ["openness-validate", "openness-badge"]
    repo = tmp_path / "user"
    repo.mkdir()
    (repo / ".pre-commit-config.yaml").write_text(config)
    git("init", "-q", cwd=repo)
    (repo / "openness.json").write_text(declaration(open_source_ai()))
    commit_all(repo)

    first = pre_commit(repo, pre_commit_home, "--all-files")
    assert first.returncode == 1, first.stdout + first.stderr  # the badge was written
    assert "open source AI" in (repo / "openness-badge.svg").read_text()
    commit_all(repo)
    done = pre_commit(repo, pre_commit_home, "--all-files")
    assert done.returncode == 0, done.stdout + done.stderr

    broken = open_source_ai()
    broken["model"]["url"] = "http://insecure.example"
    (repo / "openness.json").write_text(declaration(broken))
    commit_all(repo)
    done = pre_commit(repo, pre_commit_home, "--all-files")
    assert done.returncode == 1 and "invalid-url" in done.stdout


@pytest.mark.slow
@pytest.mark.parametrize("route", ["clone", "git-url"])
def test_the_documented_install_routes_work(tmp_path, hook_repo, route):
    """The Install page's commands, run as written, with this tree's committed copy as
    the repository: each ends with a working ``openness --version``."""
    path, _ = hook_repo
    script = docs_snippet("install.md", route, repo_url=f"file://{path}")
    work = tmp_path / "work"
    work.mkdir()
    env = {**os.environ, **GIT_ENV, "HOME": str(tmp_path)}
    for name in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME"):
        env.pop(name, None)
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=work,
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().splitlines()[-1].startswith("openness ")
