"""A student's own work: their assignments and attempts, and the labeling
page's sentences with their answers and marks."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import QuerySet

from articles.domain.highlighting import TextPart, highlight, word_spans
from articles.domain.labels import Label
from articles.models import KeyEntry

from ..domain.schedule import WorkWindow, work_window
from ..domain.scoring import spans_overlap
from ..models import (
    Answer,
    Assignment,
    Attempt,
    MarkOverride,
    Student,
)


def student_assignments(*, student: Student) -> list[tuple[Assignment, Attempt | None]]:
    """The student's class assignments, each with the student's attempt if any."""
    assignments = list(
        student.classroom.assignments.select_related("exercise").order_by("-created_at")
    )
    attempts = {
        attempt.assignment_id: attempt
        for attempt in Attempt.objects.filter(student=student)
    }
    return [(assignment, attempts.get(assignment.pk)) for assignment in assignments]


def the_one_open_assignment(*, student: Student, now: datetime) -> Assignment | None:
    """The assignment a student should land in after joining: the only one
    open for work now and not yet handed in. None when there are none or
    several (then "My assignments" lets them choose)."""
    open_now = [
        assignment
        for assignment, attempt in student_assignments(student=student)
        if not (attempt is not None and attempt.is_submitted)
        and work_window(
            opens_at=assignment.opens_at,
            due_at=assignment.due_at,
            closed_at=assignment.closed_at,
            is_reopened_for_student=attempt is not None
            and attempt.reopened_at is not None,
            now=now,
        )
        == WorkWindow.OPEN
    ]
    return open_now[0] if len(open_now) == 1 else None


def attempt_of(*, assignment: Assignment, student: Student) -> Attempt | None:
    return Attempt.objects.filter(assignment=assignment, student=student).first()


def assignments_for_student(student: Student) -> QuerySet[Assignment]:
    """Assignments a student may open: only their own class's."""
    return Assignment.objects.filter(classroom_id=student.classroom_id).select_related(
        "exercise", "exercise__article", "exercise__answer_key"
    )


@dataclass(frozen=True)
class LabelingItem:
    entry: KeyEntry  # the key's entry; shown to students only with feedback
    answer: Answer | None
    mark: MarkOverride | None = None  # the teacher's own mark, if any

    @property
    def segment(self):
        return self.entry.segment

    is_skipped: bool = False  # the teacher left this sentence out
    # The newest save's seq, a cleared label's included, so the page's
    # replay of unsent choices can tell what the server already has.
    saved_seq: int = 0

    @property
    def is_asked(self) -> bool:
        return self.entry.label != Label.NONE and not self.is_skipped

    @property
    def words(self) -> list[dict]:
        """The sentence's words for evidence marking, with the student's marks."""
        marked = self.answer.evidence if self.answer else []
        return [
            {
                "word": word,
                "checked": spans_overlap(marked, [(word.start, word.end)]),
            }
            for word in word_spans(self.segment.text, self.segment.start)
        ]

    @property
    def key_parts(self) -> list[TextPart]:
        """The sentence with the key's decisive words highlighted."""
        return highlight(self.segment.text, self.segment.start, self.entry.evidence)

    @property
    def is_partial(self) -> bool:
        """Right label, but the marked words miss the decisive ones."""
        return (
            self.mark is None
            and self.answer is not None
            and self.answer.label == self.entry.label
            and bool(self.entry.evidence)
            and not spans_overlap(self.answer.evidence, self.entry.evidence)
        )

    @property
    def is_blank(self) -> bool:
        """An asked sentence the student has not labeled yet."""
        return self.is_asked and self.answer is None

    @property
    def is_correct(self) -> bool:
        if self.mark is not None:
            return self.mark.is_correct
        return self.answer is not None and self.answer.label == self.entry.label


def labeling_items(*, attempt: Attempt) -> list[LabelingItem]:
    """Every sentence of the exercise in reading order with the student's answer."""
    entries = attempt.assignment.exercise.answer_key.entries.select_related(
        "segment"
    ).order_by("segment__position")
    stored = {answer.segment_id: answer for answer in attempt.answers.all()}
    answers = {
        segment_id: answer
        for segment_id, answer in stored.items()
        if not answer.is_cleared
    }
    marks = {mark.segment_id: mark for mark in attempt.mark_overrides.all()}
    skipped = set(attempt.assignment.exercise.skipped_segment_ids)
    return [
        LabelingItem(
            entry=entry,
            answer=answers.get(entry.segment_id),
            mark=marks.get(entry.segment_id),
            is_skipped=entry.segment_id in skipped,
            saved_seq=stored[entry.segment_id].seq if entry.segment_id in stored else 0,
        )
        for entry in entries
    ]
