"""Where production's SECRET_KEY may come from, and which keys it refuses.

With the key, anyone can forge signed cookies and password-reset links, so a
key that is public (the development default, a file others can read, one git
tracks or would add) must stop the app from starting rather than run
quietly. A key that was committed once stays public in the history: the
README says to make a new one. Pure Python: the settings module calls it
before Django is set up.
"""

import shutil
import stat
import subprocess
from collections.abc import Mapping
from pathlib import Path

MIN_LENGTH = 50


class UnsafeSecretKey(Exception):
    """The configured key must not be used; the message says what to do."""


def production_secret_key(environ: Mapping[str, str], *, development_key: str) -> str:
    """The key from SECRET_KEY, or read from the file named by SECRET_KEY_FILE."""
    key_file = environ.get("SECRET_KEY_FILE", "")
    if environ.get("SECRET_KEY") and key_file:
        raise UnsafeSecretKey("Set SECRET_KEY or SECRET_KEY_FILE, not both.")
    key = read_key_file(Path(key_file)) if key_file else environ.get("SECRET_KEY", "")
    check_key(key, development_key=development_key)
    return key


def check_key(key: str, *, development_key: str) -> None:
    if len(key) < MIN_LENGTH:
        raise UnsafeSecretKey(
            "Set SECRET_KEY in production: at least 50 random characters "
            "(or SECRET_KEY_FILE, the path of a file holding them)."
        )
    if key == development_key:
        raise UnsafeSecretKey(
            "SECRET_KEY is the development key, which is public: make a new one."
        )


def read_key_file(path: Path) -> str:
    try:
        mode = path.stat().st_mode
    except OSError as error:
        raise UnsafeSecretKey(f"SECRET_KEY_FILE {path}: {error.strerror}.") from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise UnsafeSecretKey(
            f"SECRET_KEY_FILE {path} can be read by other users: "
            f"run chmod 600 {path} and make a new key, this one may have been seen."
        )
    if in_git_work_tree_unignored(path):
        raise UnsafeSecretKey(
            f"SECRET_KEY_FILE {path} is inside a git checkout and not ignored (or "
            "already committed): keep it outside the checkout and make a new key."
        )
    return path.read_text().strip()


def in_git_work_tree_unignored(path: Path) -> bool:
    """True when the file sits in a git checkout and git tracks it or would
    add it with `git add .`. Inside a checkout, a git that is missing or
    fails (another user's checkout: "dubious ownership") counts as True."""
    real = path.resolve()  # a link's own name says nothing about its target
    checkout = next(
        (folder for folder in real.parents if (folder / ".git").exists()), None
    )
    if checkout is None:
        return False
    git = shutil.which("git")
    if git is None:
        return True
    # Whoever owns the checkout, read it: git's ownership check would
    # otherwise answer "not a repository" for a tracked file.
    base = [git, "-c", "safe.directory=*", "-C", str(checkout)]
    relative = str(real.relative_to(checkout))
    run = {"capture_output": True, "check": False, "timeout": 10}
    tracked = subprocess.run(  # noqa: S603
        [*base, "ls-files", "--error-unmatch", "--", relative], **run
    )
    if tracked.returncode == 0:
        return True
    ignored = subprocess.run([*base, "check-ignore", "-q", "--", relative], **run)  # noqa: S603
    # 0: ignored; 1: not ignored; anything else: git failed, so assume the worst.
    return ignored.returncode != 0
