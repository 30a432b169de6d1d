"""The lesson load's database side, run in a process bound to DATABASE_URL.

lesson_fixture.py prepare CLASSES SENTENCES  -> prints the join codes (JSON)
lesson_fixture.py check                       -> reads the client's result
                                                 (JSON on stdin), prints the
                                                 database check (JSON)
"""

import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "quizapp.settings")

import django  # noqa: E402

django.setup()

from bench.lessonload import LessonResult, check_lesson, prepare_lesson  # noqa: E402

if __name__ == "__main__":
    if sys.argv[1] == "prepare":
        codes = prepare_lesson(classes=int(sys.argv[2]), sentences=int(sys.argv[3]))
        print(json.dumps(codes))
    else:
        sent = json.load(sys.stdin)
        result = LessonResult(
            acknowledged={
                (nickname, segment): (seq, label)
                for nickname, segment, seq, label in sent["acknowledged"]
            },
            submitted=set(sent["submitted"]),
        )
        print(json.dumps(asdict(check_lesson(result, sent["codes"]))))
