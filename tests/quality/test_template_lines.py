"""Templates stay readable: no line longer than MAX_LINE characters (issue 16).

Long single-line partials nested in loops were hard to review; they are now
written one element or tag per line. Django's `{% %}` tags cannot span lines,
so a tag that would not fit is simplified (a `{% with %}`, for instance)."""

from pathlib import Path

from django.conf import settings

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "templates"
MAX_LINE = 160


def template_files() -> list[Path]:
    return sorted(path for path in TEMPLATES_DIR.rglob("*") if path.is_file())


def test_the_templates_directory_is_found_and_holds_the_templates():
    assert TEMPLATES_DIR.is_dir(), TEMPLATES_DIR
    configured = [
        Path(d).resolve() for t in settings.TEMPLATES for d in t.get("DIRS", [])
    ]
    assert TEMPLATES_DIR.resolve() in configured
    names = {path.relative_to(TEMPLATES_DIR).as_posix() for path in template_files()}
    assert len(names) >= 20
    assert {
        "base.html",
        "student/labeling.html",
        "teacher/classroom_detail.html",
    } <= names


def test_no_template_line_is_longer_than_the_limit():
    too_long = [
        f"{path.relative_to(TEMPLATES_DIR)}:{number}: {len(line)} characters"
        for path in template_files()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if len(line) > MAX_LINE
    ]

    message = f"Template lines over {MAX_LINE} characters:\n" + "\n".join(too_long)
    assert not too_long, message
