"""One factory per model, with original sample text only."""

from itertools import cycle

import factory
from factory.django import DjangoModelFactory

from django.contrib.auth import get_user_model
from django.utils import timezone

from articles.domain.fingerprint import text_fingerprint
from articles.domain.labels import Label
from articles.domain.segmenting import normalise_text, split_sentences
from articles.models import AnswerKey, Article, KeyEntry, Segment
from quizapp.domain.codes import random_code
from quizapp.models import Answer, Assignment, Attempt, Classroom, Exercise, Student

SAMPLE_TEXT = (
    "Harbour board approves new ferry timetable\n"
    "By Lena Marsh\n\n"
    "The harbour board said the new timetable starts in April. "
    "Some residents believe the change was rushed. "
    "Isn't it time the town finally had a say?"
)
SAMPLE_LABELS = [
    Label.UNVERIFIED_ASSERTION,
    Label.NONE,
    Label.SOURCED_CLAIM,
    Label.UNVERIFIED_ASSERTION,
    Label.EDITORIAL_APPEAL,
]
TEST_PASSWORD = "correct-horse-battery"


class UserFactory(DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"teacher{n}")
    password = factory.django.Password(TEST_PASSWORD)


class AdminFactory(UserFactory):
    username = factory.Sequence(lambda n: f"admin{n}")
    is_staff = True
    is_superuser = True


class ArticleFactory(DjangoModelFactory):
    class Meta:
        model = Article
        skip_postgeneration_save = True

    title = "Harbour board approves new ferry timetable"
    outlet = "The Lakeside Gazette"
    text = normalise_text(SAMPLE_TEXT)
    text_digest = factory.LazyAttribute(lambda article: text_fingerprint(article.text))
    uploaded_by = factory.SubFactory(UserFactory)

    @factory.post_generation
    def segments(article, create, extracted, **kwargs):
        if not create:
            return
        Segment.objects.bulk_create(
            Segment(
                article=article,
                position=position,
                start=found.start,
                end=found.end,
                text=found.text,
                paragraph=found.paragraph,
            )
            for position, found in enumerate(split_sentences(article.text))
        )


class AnswerKeyFactory(DjangoModelFactory):
    """An approved key; pass `entries=[Label, ...]` to choose the labels."""

    class Meta:
        model = AnswerKey
        skip_postgeneration_save = True

    article = factory.SubFactory(ArticleFactory)
    version = 1
    created_by = factory.SelfAttribute("article.uploaded_by")
    approved_by = factory.SelfAttribute("article.uploaded_by")
    approved_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def entries(answer_key, create, extracted, **kwargs):
        if not create:
            return
        labels = cycle(extracted if extracted is not None else SAMPLE_LABELS)
        KeyEntry.objects.bulk_create(
            KeyEntry(
                answer_key=answer_key,
                segment=segment,
                label="" if label is None else label.value,
                rationale=f"Because of how sentence {segment.position} is written.",
                reviewed_at=None if label is None else timezone.now(),
            )
            for segment, label in zip(
                answer_key.article.segments.order_by("position"), labels, strict=False
            )
        )


class ExerciseFactory(DjangoModelFactory):
    class Meta:
        model = Exercise

    answer_key = factory.SubFactory(AnswerKeyFactory)
    article = factory.SelfAttribute("answer_key.article")
    created_by = factory.SelfAttribute("article.uploaded_by")
    title = "Who says so? The ferry timetable"


class ClassroomFactory(DjangoModelFactory):
    class Meta:
        model = Classroom

    teacher = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"Form {n}")
    join_code = factory.LazyFunction(lambda: random_code(6))


class StudentFactory(DjangoModelFactory):
    class Meta:
        model = Student

    classroom = factory.SubFactory(ClassroomFactory)
    nickname = factory.Sequence(lambda n: f"Student {n}")
    rejoin_code = factory.LazyFunction(lambda: random_code(8))


class AssignmentFactory(DjangoModelFactory):
    class Meta:
        model = Assignment

    exercise = factory.SubFactory(ExerciseFactory)
    classroom = factory.SubFactory(
        ClassroomFactory, teacher=factory.SelfAttribute("..exercise.created_by")
    )


class AttemptFactory(DjangoModelFactory):
    class Meta:
        model = Attempt

    assignment = factory.SubFactory(AssignmentFactory)
    student = factory.SubFactory(
        StudentFactory, classroom=factory.SelfAttribute("..assignment.classroom")
    )


class AnswerFactory(DjangoModelFactory):
    class Meta:
        model = Answer

    attempt = factory.SubFactory(AttemptFactory)
    segment = factory.LazyAttribute(
        lambda answer: answer.attempt.assignment.exercise.article.segments.first()
    )
    label = Label.SOURCED_CLAIM.value
    seq = factory.Sequence(lambda n: n + 1)
