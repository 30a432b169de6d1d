"""No module grows past MAX_LINES lines (issue 16): a file that long does
more than one job and wants splitting. Migrations are generated and left out.

Every Python file under the project's packages is counted, tests and the
benchmark included."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("quizapp", "articles", "bench", "tests", "scripts")
MAX_LINES = 400


def project_modules() -> list[Path]:
    return [
        path
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
        if "migrations" not in path.relative_to(ROOT).parts
    ]


def test_the_modules_are_found():
    names = {path.relative_to(ROOT).as_posix() for path in project_modules()}
    assert len(names) > 100
    assert {"quizapp/models.py", "articles/domain/labeling.py", "bench/run.py"} <= names
    assert not any("/migrations/" in name for name in names)


def test_no_module_is_longer_than_the_limit():
    too_long = {
        path.relative_to(ROOT).as_posix(): lines
        for path in project_modules()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not too_long, f"over {MAX_LINES} lines, split by job: {too_long}"
