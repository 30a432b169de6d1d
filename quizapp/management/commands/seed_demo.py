from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from articles.domain.labels import Label
from articles.models import Article
from articles.services import answer_key_approve, article_create, key_entry_set_label
from quizapp.demo.articles import DEMO_ARTICLES, DemoArticle, labels_by_offset
from quizapp.models import Classroom

from ...services.assignments import assignment_create, exercise_create
from ...services.attempts import answer_save, attempt_for, attempt_submit
from ...services.classrooms import classroom_create
from ...services.students import student_join

TEACHER_USERNAME = "teacher"
TEACHER_PASSWORD = "newsroom-demo"  # noqa: S105 -- demo only, printed on purpose
ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "newsroom-admin"  # noqa: S105 -- demo only, printed on purpose
DEMO_JOIN_CODE = "FERRY27"
# Demo databases made before join codes grew to seven characters.
EARLIER_DEMO_JOIN_CODE = "FERRY7"
# Addresses no other device can open.
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", ""}


class Command(BaseCommand):
    help = "Load the demo articles, a teacher, an admin and a class; print logins."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--url", default="http://127.0.0.1:8000/", help="Where the app is served."
        )
        parser.add_argument(
            "--join-url",
            default=None,
            help="The join page as students' devices reach it (default: URL/join/).",
        )

    def handle(self, *args, url: str, join_url: str | None, **options) -> None:
        Classroom.objects.filter(join_code=EARLIER_DEMO_JOIN_CODE).update(
            join_code=DEMO_JOIN_CODE
        )
        if not Classroom.objects.filter(join_code=DEMO_JOIN_CODE).exists():
            self._load()
            self.stdout.write(self.style.SUCCESS("Demo data loaded."))
        else:
            self.stdout.write("Demo data already present; nothing changed.")
        join_url = join_url or f"{url.rstrip('/')}/join/"
        self.stdout.write(
            f"\n  Open            {url}\n"
            f"  Teacher login   {TEACHER_USERNAME} / {TEACHER_PASSWORD}\n"
            f"  Admin login     {ADMIN_USERNAME} / {ADMIN_PASSWORD}\n"
            f"  Class join code {DEMO_JOIN_CODE}\n"
            f"  Students open   {join_url}  and type {DEMO_JOIN_CODE} with a nickname\n"
        )
        host = urlsplit(join_url).hostname or ""
        if host in LOCAL_HOSTS:
            self.stdout.write(
                f"  ({host} opens on this computer only: for students' own devices "
                "on this network, run make demo LAN=1)\n"
            )

    @transaction.atomic
    def _load(self) -> None:
        users = get_user_model()
        teacher = users.objects.filter(username=TEACHER_USERNAME).first()
        if teacher is None:
            teacher = users.objects.create_user(
                TEACHER_USERNAME, password=TEACHER_PASSWORD
            )
        if not users.objects.filter(username=ADMIN_USERNAME).exists():
            users.objects.create_superuser(ADMIN_USERNAME, password=ADMIN_PASSWORD)

        articles = [self._article(demo, teacher) for demo in DEMO_ARTICLES]
        classroom = classroom_create(teacher=teacher, name="Year 9 Media Studies")
        Classroom.objects.filter(pk=classroom.pk).update(join_code=DEMO_JOIN_CODE)
        exercise = exercise_create(
            answer_key=articles[0].answer_keys.get(),
            title="Who says so? The island ferry vote",
            instructions="Label every sentence. Look for who is speaking.",
            created_by=teacher,
        )
        assignment = assignment_create(exercise=exercise, classroom=classroom)
        exercise_create(
            answer_key=articles[1].answer_keys.get(),
            title="Live blogs: storm coverage",
            instructions="Live pages mix news with page clutter and pitches.",
            created_by=teacher,
        )
        self._sample_students(assignment)
        after_lesson = classroom_create(teacher=teacher, name="Year 10 News Literacy")
        self._class_after_a_lesson(
            assignment_create(exercise=exercise, classroom=after_lesson)
        )

    def _article(self, demo: DemoArticle, teacher) -> Article:
        article = article_create(
            title=demo.title,
            text=demo.text,
            uploaded_by=teacher,
            outlet=demo.outlet,
            byline=demo.byline,
            published_on=demo.published_on,
        )
        spans = labels_by_offset(demo)
        answer_key = article.answer_keys.get()
        for entry in answer_key.entries.select_related("segment"):
            # The segmenter may split differently from the demo's sentences;
            # each segment takes the label of the sentence it starts in.
            label, _, rationale = next(
                sentence
                for start, end, sentence in spans
                if start <= entry.segment.start < end
            )
            key_entry_set_label(entry=entry, label=label, rationale=rationale)
        answer_key_approve(answer_key=answer_key, approved_by=teacher)
        return article

    def _sample_students(self, assignment) -> None:
        """Two students who already worked, so the teacher's table is not empty."""
        entries = list(
            assignment.exercise.answer_key.entries.select_related("segment").exclude(
                label=Label.NONE
            )
        )
        finished = attempt_for(
            assignment=assignment,
            student=student_join(classroom=assignment.classroom, nickname="Ana"),
        )
        for seq, entry in enumerate(entries, start=1):
            # Ana mistakes the hedged sentences for sourced ones.
            label = Label(entry.label)
            if label == Label.UNVERIFIED_ASSERTION and seq % 2:
                label = Label.SOURCED_CLAIM
            answer_save(attempt=finished, segment=entry.segment, label=label, seq=seq)
        attempt_submit(attempt=finished)
        halfway = attempt_for(
            assignment=assignment,
            student=student_join(classroom=assignment.classroom, nickname="Ben"),
        )
        for seq, entry in enumerate(entries[: len(entries) // 2], start=1):
            answer_save(
                attempt=halfway,
                segment=entry.segment,
                label=Label(entry.label),
                seq=seq,
            )

    # How each kind of student answers, by the key's label: the typical
    # misconceptions the reports are there to show. None keeps the key's.
    HABITS = {
        "careful": {},
        # Doubts everything: sourced reporting called unverified.
        "sceptical": {Label.SOURCED_CLAIM: Label.UNVERIFIED_ASSERTION},
        # Takes any claim at face value, vague sources included.
        "credulous": {Label.UNVERIFIED_ASSERTION: Label.SOURCED_CLAIM},
        # Reads loaded wording as plain reporting.
        "misses appeals": {Label.EDITORIAL_APPEAL: Label.UNVERIFIED_ASSERTION},
    }
    CLASS_AFTER_LESSON = [
        ("Ari", "careful"),
        ("Bo", "sceptical"),
        ("Cleo", "credulous"),
        ("Dev", "sceptical"),
        ("Eli", "careful"),
        ("Fen", "misses appeals"),
        ("Gus", "credulous"),
        ("Hana", "sceptical"),
        ("Ivo", "careful"),
        ("Jo", "misses appeals"),
        ("Kai", "sceptical"),
        ("Lu", "careful"),
    ]

    def _class_after_a_lesson(self, assignment) -> None:
        """A class that has done the exercise, with the misconceptions above,
        so the report, debrief and profiles have something to show."""
        entries = list(
            assignment.exercise.answer_key.entries.select_related("segment")
            .askable()
            .order_by("segment__position")
        )
        for number, (nickname, habit) in enumerate(self.CLASS_AFTER_LESSON):
            attempt = attempt_for(
                assignment=assignment,
                student=student_join(classroom=assignment.classroom, nickname=nickname),
            )
            swaps = self.HABITS[habit]
            for seq, entry in enumerate(entries, start=1):
                key = Label(entry.label)
                # Habits are strong, not absolute: every third such sentence
                # is still answered right.
                label = swaps.get(key, key) if (seq + number) % 3 else key
                answer_save(
                    attempt=attempt, segment=entry.segment, label=label, seq=seq
                )
            attempt_submit(attempt=attempt)
