"""What the class understood: the assignment report, the projector debrief,
a student's profile and the exports."""

import re
from dataclasses import dataclass

from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from articles.domain.labels import DISPLAY_NAMES, EXERCISE_LABELS, Label
from articles.models import KeyEntry
from articles.selectors import articles_visible_to

from .. import exports
from ..domain.analysis import ItemStats
from ..http import HtmxHttpRequest
from ..permissions import teacher_required
from ..selectors import reports
from ..selectors.access import taught_assignment, taught_student

S, U, E = Label.SOURCED_CLAIM, Label.UNVERIFIED_ASSERTION, Label.EDITORIAL_APPEAL

# Why the discrimination figures are on the page at all, in one sentence.
WHY_DISCRIMINATION = _(
    "Media-literacy training can backfire: students learn to doubt true, "
    "sourced reporting as much as unsupported claims. A good result is a "
    "class that spots unverified claims while still trusting sourced ones, "
    "not suspicion of everything."
)

# The confusion the class makes most, in a teacher's words.
CONFUSION_PHRASES = {
    (S, U): _("Often calls sourced claims unverified"),
    (S, E): _("Often calls sourced claims editorial appeals"),
    (U, S): _("Often takes unverified assertions for sourced claims"),
    (U, E): _("Often calls unverified assertions editorial appeals"),
    (E, S): _("Often takes editorial appeals for sourced claims"),
    (E, U): _("Often calls editorial appeals unverified"),
}


# Kinds of sentence, in the plural, as the headline names them.
KIND_PLURALS = {
    S: _("sourced claims"),
    U: _("unverified assertions"),
    E: _("editorial appeals"),
}


def _label_or_none(value: str | None) -> Label | None:
    """A label from the query string; "blank" is the blank column."""
    if value in {label.value for label in EXERCISE_LABELS}:
        return Label(value)
    return None


@dataclass(frozen=True)
class ItemRow:
    item: ItemStats
    entry: KeyEntry
    number: int  # the sentence's number in the exercise (the grid's column)
    shares: list[int]  # percent choosing each label, in EXERCISE_LABELS order
    wrong_name: str  # the most common wrong label's name, or ""


def _item_row(item: ItemStats, entry: KeyEntry, number: int) -> ItemRow:
    wrong = item.most_common_wrong
    return ItemRow(
        item=item,
        entry=entry,
        number=number,
        shares=[item.shares.get(label, 0) for label in EXERCISE_LABELS],
        wrong_name=DISPLAY_NAMES[wrong] if wrong is not None else "",
    )


def _report_options(request: HtmxHttpRequest) -> tuple[bool, bool]:
    """(students still working included, most missed first) from the query."""
    return request.GET.get("working") == "1", request.GET.get("order") == "missed"


@require_GET
@teacher_required
def assignment_report(request: HtmxHttpRequest, assignment_id: int) -> HttpResponse:
    assignment = taught_assignment(request.user, assignment_id)
    include_working, missed_first = _report_options(request)
    report = reports.assignment_report(
        assignment=assignment, include_working=include_working
    )
    numbers = {segment_id: n for n, segment_id in enumerate(report.entries, 1)}

    def row(item: ItemStats) -> ItemRow:
        return _item_row(
            item, report.entries[item.segment_id], numbers[item.segment_id]
        )

    ordered = report.items if missed_first else report.items_in_article_order
    missed, confusion = report.most_missed, report.confusion
    # A clicked matrix cell lists the sentences and students behind it.
    chosen_cell = None
    key = _label_or_none(request.GET.get("key"))
    given_value = request.GET.get("given")
    if key is not None and (given_value == "blank" or _label_or_none(given_value)):
        chosen_cell = report.matrix.cell(key, _label_or_none(given_value))
    nicknames = {
        result.student.pk: result.student.nickname for result in report.results
    }
    return render(
        request,
        "teacher/assignment_report.html",
        {
            "assignment": assignment,
            "report": report,
            "missed_first": missed_first,
            "missed": row(missed) if missed else None,
            "confusion": confusion,
            "confusion_phrase": (
                CONFUSION_PHRASES[confusion.key, confusion.given] if confusion else ""
            ),
            "confusion_kind": KIND_PLURALS[confusion.key] if confusion else "",
            "started": report.submitted + report.in_progress,
            "why_discrimination": WHY_DISCRIMINATION,
            "label_names": [(label, DISPLAY_NAMES[label]) for label in EXERCISE_LABELS],
            "item_rows": [row(item) for item in ordered],
            "disputed_rows": [row(item) for item in report.disputed],
            "numbered_entries": list(enumerate(report.entries.values(), 1)),
            "chosen_cell": chosen_cell,
            "chosen_key_name": DISPLAY_NAMES[chosen_cell.key] if chosen_cell else "",
            "chosen_pairs": [
                (nicknames.get(student_id, "?"), report.entries[segment_id])
                for student_id, segment_id in (chosen_cell.pairs if chosen_cell else ())
            ],
        },
    )


@dataclass(frozen=True)
class SharePart:
    """One label's piece of a sentence's stacked bar."""

    label: Label
    name: str
    share: int  # percent of the class's answers
    offset: int  # where the piece starts along the bar


def _stacked_shares(item: ItemStats) -> list[SharePart]:
    parts, offset = [], 0
    for label in EXERCISE_LABELS:
        share = item.shares.get(label, 0)
        parts.append(SharePart(label, DISPLAY_NAMES[label], share, offset))
        offset += share
    return parts


@dataclass(frozen=True)
class DebriefSlide:
    number: int  # the sentence's number in the exercise
    entry: KeyEntry
    item: ItemStats | None  # None: nobody answered it
    parts: list[SharePart]


@require_GET
@teacher_required
def assignment_debrief(request: HtmxHttpRequest, assignment_id: int) -> HttpResponse:
    """The article for the projector, one sentence at a time (most missed
    first unless ?order=article): how the class labeled it, no names, the
    key and reason revealed on request."""
    assignment = taught_assignment(request.user, assignment_id)
    include_working = request.GET.get("working") == "1"
    article_order = request.GET.get("order") == "article"
    report = reports.assignment_report(
        assignment=assignment, include_working=include_working
    )
    items = {item.segment_id: item for item in report.items}
    numbers = {segment_id: n for n, segment_id in enumerate(report.entries, 1)}
    order = list(report.entries)
    if not article_order:
        # Answered sentences most missed first, the unanswered after them.
        order = [item.segment_id for item in report.items] + [
            segment_id for segment_id in order if segment_id not in items
        ]
    slides = []
    for segment_id in order:
        item = items.get(segment_id)
        slides.append(
            DebriefSlide(
                number=numbers[segment_id],
                entry=report.entries[segment_id],
                item=item,
                parts=_stacked_shares(item) if item else [],
            )
        )
    return render(
        request,
        "teacher/assignment_debrief.html",
        {
            "assignment": assignment,
            "report": report,
            "slides": slides,
            "article_order": article_order,
        },
    )


@require_GET
@teacher_required
def assignment_export(
    request: HtmxHttpRequest, assignment_id: int, kind: str, file_format: str
) -> HttpResponse:
    assignment = taught_assignment(request.user, assignment_id)
    report = reports.assignment_report(assignment=assignment, details=True)
    table = (
        exports.answer_table(report)
        if kind == "answers"
        else exports.summary_table(report)
    )
    name = exports.file_name(assignment, kind)
    if file_format == "json":
        response = JsonResponse(
            {"columns": table.columns, "rows": table.rows},
            json_dumps_params={"ensure_ascii": False, "indent": 1},
        )
        response["Content-Disposition"] = f'attachment; filename="{name}.json"'
        return response
    response = HttpResponse(
        exports.as_csv(table, excel=request.GET.get("excel") == "1"),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response


@require_GET
@teacher_required
def student_profile(request: HtmxHttpRequest, student_id: int) -> HttpResponse:
    student = taught_student(request.user, student_id)
    return render(
        request,
        "teacher/student_profile.html",
        {
            "profile": reports.student_profile(student=student),
            "why_discrimination": WHY_DISCRIMINATION,
        },
    )


@require_GET
@teacher_required
def article_profile(request: HtmxHttpRequest, article_id: int) -> HttpResponse:
    """How an article sources what it says, by its approved key; side by
    side with another article (two outlets on one event) when chosen."""
    visible = articles_visible_to(request.user)
    article = get_object_or_404(visible, pk=article_id)
    profiles = [reports.sourcing_profile(article)]
    compare_id = request.GET.get("compare", "")
    # ASCII digits only, and few: "²".isdigit() is true and int() refuses it.
    if re.fullmatch(r"[0-9]{1,18}", compare_id) and int(compare_id) != article.pk:
        other = visible.filter(pk=int(compare_id)).first()
        if other is not None:
            profiles.append(reports.sourcing_profile(other))
    return render(
        request,
        "teacher/article_profile.html",
        {
            "article": article,
            "profiles": profiles,
            "others": visible.exclude(pk=article.pk).order_by("title")[:200],
        },
    )
