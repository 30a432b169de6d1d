"""An assignment's results as tables for spreadsheets (CSV) and scripts
(JSON): built from the same report the pages show, so they cannot differ."""

import csv
import io
from dataclasses import dataclass

from django.utils import timezone
from django.utils.text import slugify

from articles.domain.labels import DISPLAY_NAMES, Label

from .models import Assignment
from .selectors.reports import AnswerRow, AssignmentReport

# A cell starting with one of these runs as a formula in spreadsheet apps
# (CSV injection): a nickname like "=HYPERLINK(...)" must stay text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Table:
    columns: list[str]
    rows: list[list]  # numbers stay numbers, text stays text


def _label_name(label: Label | None) -> str:
    return DISPLAY_NAMES[label] if label is not None else ""


def _timestamp(value, zone=None) -> str:
    """ISO time in the site's zone; pass `zone` when formatting many."""
    if not value:
        return ""
    return value.astimezone(zone or timezone.get_current_timezone()).isoformat(
        timespec="seconds"
    )


def _evidence_words(row: AnswerRow) -> str:
    """The words the student marked, as they read them."""
    if row.answer is None or not row.answer.label:
        return ""
    segment = row.entry.segment
    return " | ".join(
        segment.text[start - segment.start : end - segment.start]
        for start, end in row.answer.evidence
    )


def answer_table(report: AssignmentReport) -> Table:
    """One row per student and asked sentence."""
    assignment = report.assignment
    class_name, title = assignment.classroom.name, assignment.exercise.title
    zone = timezone.get_current_timezone()
    positions = {
        segment_id: number for number, segment_id in enumerate(report.entries, 1)
    }
    rows = []
    for row in report.rows:
        given = row.given
        rows.append(
            [
                class_name,
                title,
                row.student.nickname,
                positions[row.entry.segment_id],
                row.entry.segment.text,
                _label_name(Label(row.entry.label)),
                _label_name(given),
                1 if given == row.entry.label else 0,
                _evidence_words(row),
                _timestamp(row.answer.updated_at if row.answer else None, zone),
            ]
        )
    return Table(
        columns=[
            "class",
            "assignment",
            "student",
            "sentence",
            "sentence_text",
            "key_label",
            "student_label",
            "correct",
            "evidence",
            "last_saved",
        ],
        rows=rows,
    )


def summary_table(report: AssignmentReport) -> Table:
    """One row per student on the roster, as the report's table shows it."""
    assignment = report.assignment
    rows = []
    for result in report.results:
        attempt = result.attempt
        detection = result.detection
        rows.append(
            [
                assignment.classroom.name,
                assignment.exercise.title,
                result.student.nickname,
                attempt.get_status_display() if attempt else "Not started",
                attempt.score_percent if attempt and attempt.is_submitted else None,
                result.correct,
                result.answered,
                len(report.entries),
                _rounded(detection.hit_rate),
                _rounded(detection.false_alarm_rate),
                _rounded(detection.d_prime),
                _timestamp(attempt.updated_at if attempt else None),
            ]
        )
    return Table(
        columns=[
            "class",
            "assignment",
            "student",
            "status",
            "score_percent",
            "labels_right",
            "labeled",
            "asked",
            "hit_rate",
            "false_alarm_rate",
            "d_prime",
            "last_activity",
        ],
        rows=rows,
    )


def _rounded(value: float | None) -> float | None:
    return round(value, 2) if value is not None else None


def _safe_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return "" if value is None else value


def as_csv(table: Table, *, excel: bool = False) -> str:
    """CSV with every needed quote; `excel` adds the byte-order mark that
    spreadsheet apps need to read UTF-8 (accents, emoji in nicknames)."""
    buffer = io.StringIO()
    if excel:
        buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow(table.columns)
    for row in table.rows:
        writer.writerow([_safe_cell(value) for value in row])
    return buffer.getvalue()


def file_name(assignment: Assignment, kind: str) -> str:
    """An ASCII file name: class, assignment and what the file holds."""
    parts = [assignment.classroom.name, assignment.exercise.title, kind]
    return "-".join(slugify(part) or "export" for part in parts)
