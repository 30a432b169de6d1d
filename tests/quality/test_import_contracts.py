"""The import-direction rules of docs/architecture.md, run with the suite.

The contracts live in pyproject.toml under [tool.importlinter]; Import Linter
checks them over the whole tree (quizapp, articles, bench, tests). A broken
contract fails `make test` and CI here, with Import Linter's report of the
offending import chain as the failure message.

The second test breaks a rule on purpose in a scratch copy of the tree, so a
contract that silently checks nothing (a misspelt package, a lost section)
cannot pass for a kept one.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
PACKAGES = ("quizapp", "articles", "bench", "tests")
CONTRACT_IDS = (
    "articles-domain-pure",
    "articles-extraction-pure",
    "quizapp-domain-pure",
    "articles-not-quizapp",
    "quizapp-layers",
    "articles-layers",
    "no-view-below-views",
    "ops-no-views",
    "app-not-bench-tests",
    "articles-batches-layers",
    "articles-evaluation-pure",
    "evaluation-is-tooling",
    "answer-store-private",
)


def lint_imports(cwd: Path, *contracts: str) -> subprocess.CompletedProcess:
    # The working directory comes first on Import Linter's sys.path, so a
    # scratch copy is analysed rather than the installed (editable) project.
    args = [str(LINT_IMPORTS), "--no-cache", "--no-logo"]
    for contract in contracts:
        args += ["--contract", contract]
    return subprocess.run(
        args, cwd=cwd, capture_output=True, text=True, timeout=120, check=False
    )


def test_import_contracts_are_kept():
    result = lint_imports(ROOT)
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    assert f"Contracts: {len(CONTRACT_IDS)} kept, 0 broken." in report, report


def python_files_only(directory: str, names: list[str]) -> list[str]:
    """copytree's ignore: everything but packages and .py files."""
    return [
        name
        for name in names
        if name == "__pycache__"
        or not (name.endswith(".py") or Path(directory, name).is_dir())
    ]


def copy_tree(destination: Path) -> None:
    """The four root packages (Python files only) and pyproject.toml."""
    for package in PACKAGES:
        shutil.copytree(ROOT / package, destination / package, ignore=python_files_only)
    shutil.copy(ROOT / "pyproject.toml", destination / "pyproject.toml")


@pytest.mark.parametrize(
    ("module", "forbidden_import", "contract"),
    [
        ("articles/domain/labels.py", "import django.db", "articles-domain-pure"),
        (
            "articles/extraction/plain.py",
            "import articles.models",
            "articles-extraction-pure",
        ),
        ("quizapp/domain/scoring.py", "import quizapp.models", "quizapp-domain-pure"),
        ("articles/models.py", "import quizapp.models", "articles-not-quizapp"),
        ("quizapp/models.py", "import quizapp.services", "quizapp-layers"),
        ("quizapp/services/attempts.py", "import quizapp.views", "quizapp-layers"),
        ("articles/services.py", "import articles.views", "articles-layers"),
        ("articles/domain/labels.py", "import articles.extraction", "articles-layers"),
        (
            "quizapp/selectors/progress.py",
            "import articles.views",
            "no-view-below-views",
        ),
        ("quizapp/ops/__init__.py", "import quizapp.views", "ops-no-views"),
        (
            "quizapp/services/joining.py",
            "import tests.factories",
            "app-not-bench-tests",
        ),
        ("articles/admin.py", "import bench", "app-not-bench-tests"),
        (
            "articles/evaluation/devset.py",
            "import django.db",
            "articles-evaluation-pure",
        ),
        ("articles/services.py", "import articles.evaluation", "evaluation-is-tooling"),
        (
            "quizapp/ops/sessions.py",
            "import quizapp.services.answer_store",
            "answer-store-private",
        ),
        (
            "articles/batches/services.py",
            "import articles.batches.tasks",
            "articles-batches-layers",
        ),
    ],
)
def test_a_forbidden_import_breaks_its_contract(
    tmp_path, module, forbidden_import, contract
):
    copy_tree(tmp_path)
    path = tmp_path / module
    path.write_text(path.read_text() + f"\n{forbidden_import}  # deliberate\n")

    result = lint_imports(tmp_path, contract)

    report = result.stdout + result.stderr
    assert result.returncode == 1, report
    assert "BROKEN" in report, report
    importer = module.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
    assert f"{importer} -> " in report, report
