"""Set up the demo for the browser figures (bench/ux.py) in the database
DATABASE_URL names, and print what the run needs as JSON.

The demo's data (seed_demo), plus: the live-blog exercise assigned to the
demo class, so a student joining with the demo code has it to label, and a
fresh draft key of the live blog for the key review."""

import json
import os
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "quizapp.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402

from articles.services import article_create  # noqa: E402
from quizapp.demo.articles import STORM_LIVE  # noqa: E402
from quizapp.management.commands.seed_demo import (  # noqa: E402
    DEMO_JOIN_CODE,
    TEACHER_PASSWORD,
    TEACHER_USERNAME,
)
from quizapp.models import Assignment, Classroom, Exercise  # noqa: E402
from quizapp.services.assignments import assignment_create  # noqa: E402


def prepare() -> dict:
    call_command("migrate", verbosity=0)
    call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    classroom = Classroom.objects.get(join_code=DEMO_JOIN_CODE)
    live_blog = Exercise.objects.get(article__title=STORM_LIVE.title)
    # The ferry lesson is the demo class's other assignment: take it away so
    # a student who joins has the live blog alone, as in a lesson on it.
    Assignment.objects.filter(classroom=classroom).delete()
    assignment_create(exercise=live_blog, classroom=classroom)
    teacher = get_user_model().objects.get(username=TEACHER_USERNAME)
    draft = article_create(
        text=STORM_LIVE.text, title=STORM_LIVE.title + " (draft)", uploaded_by=teacher
    )
    reported = (
        Assignment.objects.filter(attempts__status="submitted")
        .order_by("pk")
        .values_list("pk", flat=True)
        .first()
    )
    return {
        "join_code": DEMO_JOIN_CODE,
        "teacher": TEACHER_USERNAME,
        "password": TEACHER_PASSWORD,
        "draft_article_id": draft.pk,
        "draft_sentences": draft.segments.count(),
        "asked_sentences": live_blog.answer_key.entries.askable().count(),
        "report_assignment_id": reported,
    }


if __name__ == "__main__":
    print(json.dumps(prepare()))
