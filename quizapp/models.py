from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from articles.models import LABEL_CHOICES, AnswerKey, Article, Segment

from .domain.codes import format_rejoin_code
from .domain.nicknames import nickname_key

# Constraint messages, defined once: the services raise the same words when
# a concurrent request wins the constraint.
CLASS_NAME_TAKEN = _("You already have a class with that name.")
ALREADY_ASSIGNED = _("This exercise is already assigned to that class.")
DUE_BEFORE_OPEN = _("The due time must be after the opening time.")
# Not a constraint, but the form and the service both say it.
NOTHING_ASKED = _("Keep at least one sentence to ask.")
NICKNAME_TAKEN = _(
    "That nickname is already taken in this class (or one that looks the same). "
    "Pick another, or use your rejoin code if it is you."
)


class Classroom(models.Model):
    teacher = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="classrooms"
    )
    name = models.CharField(max_length=120)
    # Typed by students on their phones: short, upper-case, no look-alikes.
    join_code = models.CharField(max_length=12, unique=True)
    is_archived = models.BooleanField(default=False)
    # Locked: nobody new joins without the teacher letting them in, so a
    # code that spread beyond the class lets no stranger straight in.
    roster_locked = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(
                Lower("name"),
                "teacher",
                name="classroom_name_unique_per_teacher",
                violation_error_message=CLASS_NAME_TAKEN,
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Student(models.Model):
    """A student known only by a nickname; no e-mail, no password."""

    classroom = models.ForeignKey(
        Classroom, on_delete=models.CASCADE, related_name="students"
    )
    nickname = models.CharField(max_length=40)
    # What decides a clash (quizapp.domain.nicknames.nickname_key): set from
    # the nickname on every save, never typed.
    nickname_key = models.CharField(max_length=64, editable=False, default="")
    # A digest of the browser's device cookie at joining (quizapp.security.devices):
    # a second nickname from the same device waits for the teacher.
    device_digest = models.CharField(max_length=64, blank=True, db_index=True)
    # Lets a student carry on from another device without a password; the
    # teacher can read it out or print it.
    rejoin_code = models.CharField(max_length=12, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_seen_at = models.DateTimeField(null=True, blank=True)
    # Removed students can no longer sign in and leave the roster, but their
    # work stays until the teacher deletes them for good.
    removed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["nickname", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["nickname_key", "classroom"],
                # A removed student's nickname is free for someone new.
                condition=Q(removed_at__isnull=True),
                name="student_nickname_key_unique_in_class",
                violation_error_message=NICKNAME_TAKEN,
            ),
        ]

    def __str__(self) -> str:
        return self.nickname

    def save(self, *args, **kwargs) -> None:
        self.nickname_key = nickname_key(self.nickname)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "nickname" in update_fields:
            kwargs["update_fields"] = {*update_fields, "nickname_key"}
        super().save(*args, **kwargs)

    def validate_constraints(self, exclude=None) -> None:
        # full_clean() runs before save(): the key must be current for the
        # uniqueness check to see it.
        self.nickname_key = nickname_key(self.nickname)
        super().validate_constraints(exclude=exclude)

    @property
    def rejoin_code_display(self) -> str:
        return format_rejoin_code(self.rejoin_code)


class JoinRequest(models.Model):
    """A nickname waiting for the teacher to let it into a class.

    Made when the device already joined the class under another nickname (a
    second nickname could read the key after submitting, then answer
    correctly under the first) or when the roster is locked.
    """

    class Reason(models.TextChoices):
        DEVICE_USED = "device_used", _("This device already joined the class")
        ROSTER_LOCKED = "roster_locked", _("The roster is locked")

    classroom = models.ForeignKey(
        Classroom, on_delete=models.CASCADE, related_name="join_requests"
    )
    nickname = models.CharField(max_length=40)
    device_digest = models.CharField(max_length=64)
    reason = models.CharField(max_length=16, choices=Reason)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    # Set when let in; a decision without it means turned away.
    student = models.OneToOneField(
        Student,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="join_request",
    )

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            # One waiting nickname per device and class: asking again
            # replaces the name rather than filling the list.
            models.UniqueConstraint(
                fields=["classroom", "device_digest"],
                condition=Q(decided_at__isnull=True),
                name="join_request_one_waiting_per_device",
            ),
            models.CheckConstraint(
                condition=Q(reason__in=["device_used", "roster_locked"]),
                name="join_request_reason_known",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.nickname} → {self.classroom}"


class Exercise(models.Model):
    """An article plus the approved key version students are graded against."""

    article = models.ForeignKey(
        Article, on_delete=models.PROTECT, related_name="exercises"
    )
    answer_key = models.ForeignKey(
        AnswerKey, on_delete=models.PROTECT, related_name="exercises"
    )
    title = models.CharField(max_length=200)
    instructions = models.TextField(blank=True)
    requires_evidence = models.BooleanField(default=False)
    # Sentences of the key the teacher chose not to ask (too easy, off
    # topic); shown to students as plain text and never scored.
    skipped_segment_ids = models.JSONField(default=list, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="exercises",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.title


class Assignment(models.Model):
    class FeedbackPolicy(models.TextChoices):
        IMMEDIATE = "immediate", "Right after the student submits"
        AFTER_DUE = "after_due", "After the due time"
        ON_RELEASE = "on_release", "When I release it"

    exercise = models.ForeignKey(
        Exercise, on_delete=models.PROTECT, related_name="assignments"
    )
    classroom = models.ForeignKey(
        Classroom, on_delete=models.CASCADE, related_name="assignments"
    )
    opens_at = models.DateTimeField(null=True, blank=True)
    due_at = models.DateTimeField(null=True, blank=True)
    feedback_policy = models.CharField(
        max_length=16, choices=FeedbackPolicy, default=FeedbackPolicy.IMMEDIATE
    )
    feedback_released_at = models.DateTimeField(null=True, blank=True)
    # Students may take back a submission and revise it while work is open.
    allow_resubmission = models.BooleanField(default=False)
    # Set when the teacher closes the assignment early; due_at still says
    # when it was meant to close.
    closed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["exercise", "classroom"],
                name="assignment_once_per_class",
                violation_error_message=ALREADY_ASSIGNED,
            ),
            models.CheckConstraint(
                condition=Q(
                    feedback_policy__in=["immediate", "after_due", "on_release"]
                ),
                name="assignment_feedback_policy_known",
            ),
            models.CheckConstraint(
                condition=Q(opens_at__isnull=True)
                | Q(due_at__isnull=True)
                | Q(due_at__gt=models.F("opens_at")),
                name="assignment_due_after_open",
                violation_error_message=DUE_BEFORE_OPEN,
            ),
        ]

    def __str__(self) -> str:
        return f"{self.exercise} → {self.classroom}"


class Attempt(models.Model):
    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", "In progress"
        SUBMITTED = "submitted", "Submitted"

    assignment = models.ForeignKey(
        Assignment, on_delete=models.CASCADE, related_name="attempts"
    )
    student = models.ForeignKey(
        Student, on_delete=models.CASCADE, related_name="attempts"
    )
    status = models.CharField(max_length=16, choices=Status, default=Status.IN_PROGRESS)
    started_at = models.DateTimeField(auto_now_add=True)
    # Last save of any answer: the dashboard's "last activity".
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    # The teacher let this one student work again (absent, ill) whatever the
    # due time; cleared when they submit.
    reopened_at = models.DateTimeField(null=True, blank=True)
    # Points: a whole point a sentence, half for the right label with the
    # wrong evidence words.
    score_correct = models.FloatField(null=True, blank=True)
    score_total = models.PositiveIntegerField(null=True, blank=True)
    # The teacher's own score for the whole attempt, shown instead of the
    # computed one; regrades leave it alone.
    score_override_percent = models.PositiveSmallIntegerField(null=True, blank=True)
    override_comment = models.TextField(blank=True)

    class Meta:
        ordering = ["assignment", "student"]
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "student"], name="attempt_once_per_student"
            ),
            models.CheckConstraint(
                condition=Q(status__in=["in_progress", "submitted"]),
                name="attempt_status_known",
            ),
            models.CheckConstraint(
                condition=Q(score_override_percent__lte=100),
                name="attempt_score_override_at_most_100",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.student} on {self.assignment}"

    @property
    def is_submitted(self) -> bool:
        return self.status == self.Status.SUBMITTED

    @property
    def score_percent(self) -> int | None:
        if self.score_override_percent is not None:
            return self.score_override_percent
        if self.score_total is None or self.score_correct is None:
            return None
        if self.score_total == 0:
            return 0
        return round(100 * self.score_correct / self.score_total)


# A label the student took back: the row stays, so its seq still stops an
# older save that arrives late from bringing the label back.
ANSWER_CLEARED = ""


class Answer(models.Model):
    CLEARED = ANSWER_CLEARED

    attempt = models.ForeignKey(
        Attempt, on_delete=models.CASCADE, related_name="answers"
    )
    # PROTECT: re-importing an article must never silently delete what
    # students already labelled.
    segment = models.ForeignKey(Segment, on_delete=models.PROTECT, related_name="+")
    label = models.CharField(max_length=32, choices=LABEL_CHOICES)
    evidence = models.JSONField(default=list, blank=True)
    # Increasing per sentence on the client; a save is applied only when its
    # seq is newer, so a late or retried request never overwrites a newer one.
    seq = models.BigIntegerField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["attempt", "segment__position"]
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "segment"], name="answer_once_per_segment"
            ),
            models.CheckConstraint(
                condition=Q(label__in=[*LABEL_CHOICES, ANSWER_CLEARED]),
                name="answer_label_known",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.attempt_id}/{self.segment_id}: {self.label or 'cleared'}"

    @property
    def is_cleared(self) -> bool:
        return self.label == self.CLEARED


class Regrade(models.Model):
    """An exercise moved to a new key version, and its attempts rescored."""

    exercise = models.ForeignKey(
        Exercise, on_delete=models.CASCADE, related_name="regrades"
    )
    from_key = models.ForeignKey(AnswerKey, on_delete=models.PROTECT, related_name="+")
    to_key = models.ForeignKey(AnswerKey, on_delete=models.PROTECT, related_name="+")
    regraded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    regraded_at = models.DateTimeField(auto_now_add=True)
    attempts_regraded = models.PositiveIntegerField()

    class Meta:
        ordering = ["-regraded_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.exercise}: v{self.from_key.version} → v{self.to_key.version}"


class MarkOverride(models.Model):
    """The teacher's mark for one sentence of one attempt, with a comment the
    student sees; it outlives key changes and regrades."""

    attempt = models.ForeignKey(
        Attempt, on_delete=models.CASCADE, related_name="mark_overrides"
    )
    segment = models.ForeignKey(Segment, on_delete=models.PROTECT, related_name="+")
    is_correct = models.BooleanField()
    comment = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["attempt", "segment__position"]
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "segment"], name="mark_override_per_sentence"
            ),
        ]

    def __str__(self) -> str:
        mark = "right" if self.is_correct else "wrong"
        return f"{self.attempt_id}/{self.segment_id}: {mark}"
