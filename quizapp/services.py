from datetime import datetime, timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from articles.domain.labels import Label
from articles.models import AnswerKey, Segment

from . import answer_store
from .domain.codes import JOIN_CODE_LENGTH, REJOIN_CODE_LENGTH, random_code
from .domain.nicknames import clean_nickname
from .domain.scoring import Score, score_answers
from .models import (
    ALREADY_ASSIGNED,
    CLASS_NAME_TAKEN,
    NICKNAME_TAKEN,
    Answer,
    Assignment,
    Attempt,
    Classroom,
    Exercise,
    MarkOverride,
    Regrade,
    Student,
)

LAST_SEEN_RESOLUTION = timedelta(minutes=1)


# Codes are random; a clash is rare, so a few tries always find a free one.
CODE_ATTEMPTS = 20


def _unique_code(model: type, field: str, length: int) -> str:
    for _ in range(CODE_ATTEMPTS):
        code = random_code(length)
        if not model.objects.filter(**{field: code}).exists():
            return code
    raise RuntimeError(f"Could not find a free {field} after {CODE_ATTEMPTS} tries.")


def classroom_create(*, teacher: AbstractBaseUser, name: str) -> Classroom:
    """A new class with a fresh join code; a name the teacher already uses
    (a double click, say) is a ValidationError."""
    classroom = Classroom(
        teacher=teacher,
        name=name.strip(),
        join_code=_unique_code(Classroom, "join_code", JOIN_CODE_LENGTH),
    )
    classroom.full_clean()
    _save_or_explain(classroom, CLASS_NAME_TAKEN)
    return classroom


def _save_or_explain(instance, message: str, **save_options) -> None:
    """Save; if a concurrent request won a unique constraint, say so plainly."""
    try:
        with transaction.atomic():
            instance.save(**save_options)
    except IntegrityError:
        raise ValidationError(message, code="unique") from None


def student_join(
    *, classroom: Classroom, nickname: str, device_digest: str = ""
) -> Student:
    """Add a student to an active class; a taken nickname is a ValidationError.
    Whether the device may join straight away is quizapp.joining's question."""
    if classroom.is_archived:
        raise ValidationError(
            "This class is closed. Ask your teacher for the current code.",
            code="archived",
        )
    student = Student(
        classroom=classroom,
        nickname=clean_nickname(nickname),
        rejoin_code=_unique_code(Student, "rejoin_code", REJOIN_CODE_LENGTH),
        last_seen_at=timezone.now(),
        device_digest=device_digest,
    )
    student.full_clean()
    # Two devices may choose the same nickname at the same moment.
    _save_or_explain(student, NICKNAME_TAKEN)
    return student


@transaction.atomic
def exercise_create(
    *,
    answer_key: AnswerKey,
    title: str,
    instructions: str = "",
    created_by: AbstractBaseUser,
    requires_evidence: bool = False,
    asked: list[int] | None = None,
) -> Exercise:
    """An exercise on an approved key; `asked` limits it to some sentences
    (default: every sentence the key does not label none)."""
    if not answer_key.is_approved:
        raise ValidationError(
            "Approve the answer key before making an exercise from it.",
            code="key_not_approved",
        )
    askable = set(answer_key.entries.askable().values_list("segment_id", flat=True))
    if asked is not None and not set(asked) & askable:
        raise ValidationError(
            "Keep at least one sentence to ask.", code="nothing_asked"
        )
    exercise = Exercise(
        article=answer_key.article,
        answer_key=answer_key,
        title=title.strip(),
        instructions=instructions.strip(),
        created_by=created_by,
        requires_evidence=requires_evidence,
        skipped_segment_ids=sorted(askable - set(asked)) if asked is not None else [],
    )
    exercise.full_clean()
    exercise.save()
    return exercise


def assignment_create(
    *,
    exercise: Exercise,
    classroom: Classroom,
    opens_at: datetime | None = None,
    due_at: datetime | None = None,
    feedback_policy: str = Assignment.FeedbackPolicy.IMMEDIATE,
) -> Assignment:
    assignment = Assignment(
        exercise=exercise,
        classroom=classroom,
        opens_at=opens_at,
        due_at=due_at,
        feedback_policy=feedback_policy,
    )
    # full_clean() turns a double submit into a form error; the database
    # constraint still stops two requests that race.
    assignment.full_clean()
    try:
        with transaction.atomic():
            assignment.save()
    except IntegrityError:
        raise ValidationError(ALREADY_ASSIGNED, code="unique") from None
    return assignment


def attempt_for(*, assignment: Assignment, student: Student) -> Attempt:
    """The student's attempt at an assignment, created on first use."""
    attempt = Attempt.objects.filter(assignment=assignment, student=student).first()
    if attempt is None:
        try:
            with transaction.atomic():
                attempt = Attempt.objects.create(assignment=assignment, student=student)
        except IntegrityError:
            # Another tab created it a moment ago.
            attempt = Attempt.objects.get(assignment=assignment, student=student)
    # Callers hold these already; attaching them saves two queries a save.
    attempt.assignment = assignment
    attempt.student = student
    return attempt


def answer_save(
    *,
    attempt: Attempt,
    segment: Segment,
    label: Label | None,
    seq: int,
    evidence: list[list[int]] | None = None,
) -> Answer:
    """Store a label (None clears it; evidence spans if given) unless a newer
    save (higher seq) is already stored.

    Returns the stored answer, which may be newer than this request. A
    cleared answer is kept as a row with a blank label, so that its seq
    still guards against an older save arriving late.
    """
    now = timezone.now()
    stored_label = Answer.CLEARED if label is None else label.value
    with transaction.atomic():
        if not answer_store.touch_attempt_in_progress(attempt_id=attempt.pk, now=now):
            raise ValidationError(
                "This work is already submitted, so it can no longer change.",
                code="submitted",
            )
        applied = answer_store.upsert_if_newer(
            attempt_id=attempt.pk,
            segment_id=segment.pk,
            label=stored_label,
            seq=seq,
            evidence=evidence,
            now=now,
        )
    if applied:
        # Ours is what is stored: no need to read it back.
        return Answer(
            attempt=attempt,
            segment=segment,
            label=stored_label,
            seq=seq,
            evidence=evidence or [],
            updated_at=now,
        )
    # A newer save is stored; return that, so the page shows the truth.
    return Answer.objects.get(attempt=attempt, segment=segment)


def student_mark_seen(*, student_id: int, last_seen_at: datetime | None) -> None:
    """Record activity for "last active"; minutes matter, not every click,
    so a write (and its lock time) happens at most once a minute."""
    now = timezone.now()
    if last_seen_at is not None and last_seen_at >= now - LAST_SEEN_RESOLUTION:
        return
    Student.objects.filter(pk=student_id).update(last_seen_at=now)


def _key_labels(exercise: Exercise) -> dict[int, Label]:
    """The key as the exercise asks it: skipped sentences count as none."""
    skipped = set(exercise.skipped_segment_ids)
    return {
        entry.segment_id: Label.NONE
        if entry.segment_id in skipped
        else Label(entry.label)
        for entry in exercise.answer_key.entries.all()
    }


def _score(attempt: Attempt, key: dict[int, Label]) -> Score:
    """The attempt's score against `key`, the teacher's marks included."""
    exercise = attempt.assignment.exercise
    answers = [answer for answer in attempt.answers.all() if not answer.is_cleared]
    key_evidence = None
    if exercise.requires_evidence:
        key_evidence = {
            entry.segment_id: entry.evidence
            for entry in exercise.answer_key.entries.all()
        }
    return score_answers(
        key,
        {answer.segment_id: Label(answer.label) for answer in answers},
        {mark.segment_id: mark.is_correct for mark in attempt.mark_overrides.all()},
        key_evidence=key_evidence,
        answer_evidence={answer.segment_id: answer.evidence for answer in answers},
    )


def attempt_submit(*, attempt: Attempt) -> Attempt:
    """Submit and score an attempt; submitting again changes nothing."""
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().get(pk=attempt.pk)
        # A double click or a second tab finds it submitted and scores nothing.
        if locked.status == Attempt.Status.IN_PROGRESS:
            # Read the exercise under the lock: a regrade that just moved it
            # to a new key must be what this submission is scored against.
            exercise = Exercise.objects.select_related("answer_key").get(
                pk=locked.assignment.exercise_id
            )
            locked.assignment.exercise = exercise
            score = _score(locked, _key_labels(exercise))
            now = timezone.now()
            Attempt.objects.filter(pk=attempt.pk).update(
                status=Attempt.Status.SUBMITTED,
                submitted_at=now,
                updated_at=now,
                reopened_at=None,
                score_correct=score.correct,
                score_total=score.asked,
            )
    attempt.refresh_from_db()
    return attempt


def classroom_rename(*, classroom: Classroom, name: str) -> Classroom:
    classroom.name = name.strip()
    classroom.full_clean()
    _save_or_explain(classroom, CLASS_NAME_TAKEN, update_fields=["name"])
    return classroom


def classroom_set_archived(*, classroom: Classroom, is_archived: bool) -> Classroom:
    """Archived classes take no new students and leave the teacher's home page."""
    classroom.is_archived = is_archived
    classroom.save(update_fields=["is_archived"])
    return classroom


@transaction.atomic
def classroom_new_join_code(*, classroom: Classroom) -> Classroom:
    """A fresh code, for when the old one has spread beyond the class."""
    classroom.join_code = _unique_code(Classroom, "join_code", JOIN_CODE_LENGTH)
    classroom.save(update_fields=["join_code"])
    return classroom


def student_rename(*, student: Student, nickname: str) -> Student:
    student.nickname = clean_nickname(nickname)
    student.full_clean()
    _save_or_explain(student, NICKNAME_TAKEN, update_fields=["nickname"])
    return student


def student_move(*, student: Student, classroom: Classroom) -> Student:
    """Move a student to another class; their attempts so far stay theirs."""
    student.classroom = classroom
    student.full_clean()
    _save_or_explain(student, NICKNAME_TAKEN, update_fields=["classroom"])
    return student


def student_remove(*, student: Student) -> Student:
    """Take a student off the roster; their work is kept until deleted."""
    Student.objects.filter(pk=student.pk, removed_at__isnull=True).update(
        removed_at=timezone.now()
    )
    student.refresh_from_db()
    return student


def student_restore(*, student: Student) -> Student:
    try:
        with transaction.atomic():
            Student.objects.filter(pk=student.pk).update(removed_at=None)
    except IntegrityError:
        raise ValidationError(
            "Someone in the class now uses that nickname; rename them first.",
            code="unique",
        ) from None
    student.refresh_from_db()
    return student


@transaction.atomic
def classroom_delete(*, classroom: Classroom) -> int:
    """Delete a class with its students, their attempts, answers and marks,
    and its assignments, for good; return how many students went."""
    students = classroom.students.count()
    classroom.delete()
    return students


def student_delete(*, student: Student) -> None:
    """Delete a student and every answer they gave, for good."""
    student.delete()


def attempt_revise(*, attempt: Attempt) -> Attempt:
    """A student takes their submission back, if the assignment allows it."""
    if not attempt.assignment.allow_resubmission:
        raise ValidationError(
            "Your teacher does not allow changing answers after submitting.",
            code="no_resubmission",
        )
    Attempt.objects.filter(pk=attempt.pk, status=Attempt.Status.SUBMITTED).update(
        status=Attempt.Status.IN_PROGRESS, updated_at=timezone.now()
    )
    attempt.refresh_from_db()
    return attempt


def attempt_reopen(*, assignment: Assignment, student: Student) -> Attempt:
    """Let one student work again whatever the due time (absent, ill)."""
    attempt = attempt_for(assignment=assignment, student=student)
    Attempt.objects.filter(pk=attempt.pk).update(
        status=Attempt.Status.IN_PROGRESS, reopened_at=timezone.now()
    )
    attempt.refresh_from_db()
    return attempt


def assignment_close(*, assignment: Assignment) -> Assignment:
    Assignment.objects.filter(pk=assignment.pk, closed_at__isnull=True).update(
        closed_at=timezone.now()
    )
    assignment.refresh_from_db()
    return assignment


def assignment_reopen(*, assignment: Assignment, due_at: datetime | None) -> Assignment:
    """Open the assignment to the whole class again, until `due_at` (or open-ended)."""
    if due_at is not None and due_at <= timezone.now():
        raise ValidationError("The new due time must be in the future.", code="past")
    Assignment.objects.filter(pk=assignment.pk).update(closed_at=None, due_at=due_at)
    assignment.refresh_from_db()
    return assignment


def assignment_release_feedback(*, assignment: Assignment) -> Assignment:
    """Show students their results and the key's explanations now."""
    Assignment.objects.filter(
        pk=assignment.pk, feedback_released_at__isnull=True
    ).update(feedback_released_at=timezone.now())
    assignment.refresh_from_db()
    return assignment


def assignment_update(
    *,
    assignment: Assignment,
    feedback_policy: str,
    allow_resubmission: bool,
) -> Assignment:
    assignment.feedback_policy = feedback_policy
    assignment.allow_resubmission = allow_resubmission
    assignment.full_clean()
    assignment.save(update_fields=["feedback_policy", "allow_resubmission"])
    return assignment


def exercises_move_to_key(
    *, answer_key: AnswerKey, moved_by: AbstractBaseUser
) -> list[Regrade]:
    """Move the teacher's exercises on this article to a newly approved key
    version and rescore every submitted attempt against it."""
    if not answer_key.is_approved:
        raise ValidationError("Only an approved key can be used.", code="draft")
    exercises = Exercise.objects.filter(article_id=answer_key.article_id).exclude(
        answer_key=answer_key
    )
    if not moved_by.is_staff:
        exercises = exercises.filter(created_by=moved_by)
    regrades = []
    for exercise_id in exercises.values_list("pk", flat=True):
        with transaction.atomic():
            # Locked and re-read: a double submit must not regrade twice.
            exercise = Exercise.objects.select_for_update().get(pk=exercise_id)
            if exercise.answer_key_id == answer_key.pk:
                continue
            previous_key_id = exercise.answer_key_id
            # Keep the skipped sentences a subset of what the new key asks.
            askable = set(
                answer_key.entries.askable().values_list("segment_id", flat=True)
            )
            exercise.skipped_segment_ids = sorted(
                set(exercise.skipped_segment_ids) & askable
            )
            exercise.answer_key = answer_key
            exercise.save(update_fields=["answer_key", "skipped_segment_ids"])
            key = _key_labels(exercise)
            attempts = list(
                Attempt.objects.select_for_update()
                .filter(assignment__exercise=exercise, status=Attempt.Status.SUBMITTED)
                .prefetch_related("answers", "mark_overrides")
            )
            for attempt in attempts:
                # The teacher's own marks count over the new key too.
                score = _score(attempt, key)
                attempt.score_correct, attempt.score_total = score.correct, score.asked
            Attempt.objects.bulk_update(attempts, ["score_correct", "score_total"])
            regrades.append(
                Regrade.objects.create(
                    exercise=exercise,
                    from_key_id=previous_key_id,
                    to_key=answer_key,
                    regraded_by=moved_by,
                    attempts_regraded=len(attempts),
                )
            )
    return regrades


def _rescore_if_submitted(attempt: Attempt) -> None:
    if attempt.is_submitted:
        score = _score(attempt, _key_labels(attempt.assignment.exercise))
        Attempt.objects.filter(pk=attempt.pk).update(
            score_correct=score.correct, score_total=score.asked
        )


@transaction.atomic
def mark_override_set(
    *,
    attempt: Attempt,
    segment: Segment,
    is_correct: bool,
    comment: str,
    set_by: AbstractBaseUser,
) -> MarkOverride:
    """The teacher marks one sentence right or wrong, whatever the key says."""
    mark, _ = MarkOverride.objects.update_or_create(
        attempt=attempt,
        segment=segment,
        defaults={
            "is_correct": is_correct,
            "comment": comment.strip(),
            "created_by": set_by,
        },
    )
    _rescore_if_submitted(attempt)
    return mark


@transaction.atomic
def mark_override_clear(*, attempt: Attempt, segment: Segment) -> None:
    MarkOverride.objects.filter(attempt=attempt, segment=segment).delete()
    _rescore_if_submitted(attempt)


def attempt_score_override(
    *, attempt: Attempt, percent: int | None, comment: str
) -> Attempt:
    """The teacher's own score for a whole attempt (None goes back to the
    computed score)."""
    Attempt.objects.filter(pk=attempt.pk).update(
        score_override_percent=percent, override_comment=comment.strip()
    )
    attempt.refresh_from_db()
    return attempt
