"""A class filled in bulk, for the dashboards benchmark (bench/pages.py) and
the report tests that count the same pages' queries (tests/views/
test_reports.py): one query for each kind of row, at a real class's size."""


def bulk_students(classroom, size: int, code_prefix: str) -> list:
    """Students S0, S1, … in `classroom`; each rejoin code is `code_prefix`
    and a six-digit number."""
    from quizapp.domain.nicknames import nickname_key
    from quizapp.models import Student

    return Student.objects.bulk_create(
        Student(
            classroom=classroom,
            nickname=f"S{n}",
            nickname_key=nickname_key(f"S{n}"),  # bulk_create skips save()
            rejoin_code=f"{code_prefix}{n:06d}",
        )
        for n in range(size)
    )


def bulk_attempts(assignments, roster, score) -> list:
    """An attempt by each student of `roster` at each of `assignments`, every
    second student's submitted; `score(n, submitted)` is the nth student's
    (correct, total)."""
    from quizapp.models import Attempt

    attempts = []
    for assignment in assignments:
        for n, student in enumerate(roster):
            submitted = bool(n % 2)
            correct, total = score(n, submitted)
            attempts.append(
                Attempt(
                    assignment=assignment,
                    student=student,
                    status=Attempt.Status.SUBMITTED
                    if submitted
                    else Attempt.Status.IN_PROGRESS,
                    score_correct=correct,
                    score_total=total,
                )
            )
    return Attempt.objects.bulk_create(attempts)
