"""Random and hostile input on the busiest endpoints (hypothesis): never a
server error, never a change to another student's data."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.test import Client
from django.urls import reverse

from articles.domain.labels import Label
from quizapp.models import Answer, Student
from quizapp.services.answer_store import ID_LIMIT
from quizapp.services.attempts import answer_save
from tests.conftest import sign_in_student
from tests.factories import AssignmentFactory, AttemptFactory, StudentFactory

FUZZ = settings(
    max_examples=120,
    deadline=None,
    # Reproducible in CI; run with --hypothesis-seed to explore further.
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
HOSTILE_TEXT = st.one_of(
    st.text(max_size=50),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1000, max_size=5000),
    st.sampled_from(
        [
            "\x00",
            "sourced_claim\x00",
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            "%00",
            "9" * 400,
            "-1",
            "NaN",
            "1e309",
            "sourced_claim" * 1000,
        ]
    ),
)
SEQ = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    HOSTILE_TEXT,
)
IDS = st.one_of(
    st.integers(min_value=-5, max_value=50),
    st.integers(min_value=ID_LIMIT - 2, max_value=2**70),
)


def snapshot(attempt) -> list[tuple]:
    return sorted(
        Answer.objects.filter(attempt=attempt).values_list(
            "segment_id", "label", "seq", "evidence"
        )
    )


def save(client, assignment_id, segment_id, label, seq, evidence=()):
    # Built by hand: reverse() refuses the negative ids the fuzzer sends.
    return client.post(
        f"/me/assignments/{assignment_id}/segments/{segment_id}/answer/",
        {"label": label, "seq": seq, "evidence": list(evidence)},
        HTTP_HX_REQUEST="true",
    )


def test_the_fuzzed_url_is_the_real_save_endpoint(two_students):
    assignment, client, _ = two_students
    segment = assignment.exercise.article.segments.get(position=2)
    response = save(client, assignment.pk, segment.pk, "sourced_claim", "5")

    assert response.status_code == 200
    assert Answer.objects.get(segment=segment).label == "sourced_claim"


@pytest.fixture
def two_students(db, settings):
    # High limits: the fuzzer's guesses must reach the form, not the limiter.
    settings.FAILED_CODE_DEVICE_RATE_LIMIT = "100000/m"
    settings.FAILED_CODE_ADDRESS_RATE_LIMIT = settings.JOIN_RATE_LIMIT = "100000/m"
    """Ana, signed in, and Ben in another class with saved answers."""
    assignment = AssignmentFactory()
    ana = StudentFactory(classroom=assignment.classroom, nickname="Ana")
    other = AttemptFactory()
    for seq, segment in enumerate(other.assignment.exercise.article.segments.all()):
        answer_save(
            attempt=other, segment=segment, label=Label.SOURCED_CLAIM, seq=seq + 1
        )
    client = sign_in_student(Client(), ana)
    return assignment, client, other


@FUZZ
@given(
    assignment_choice=st.sampled_from(["own", "other", "random"]),
    segment_choice=st.sampled_from(["own", "other", "random"]),
    random_id=IDS,
    label=st.one_of(
        st.sampled_from([*(label.value for label in Label), ""]), HOSTILE_TEXT
    ),
    seq=SEQ,
    evidence=st.lists(HOSTILE_TEXT, max_size=3),
)
def test_the_save_endpoint_survives_hostile_input(
    two_students, assignment_choice, segment_choice, random_id, label, seq, evidence
):
    assignment, client, other = two_students
    own_segment = assignment.exercise.article.segments.get(position=2)
    other_segment = other.assignment.exercise.article.segments.get(position=2)
    assignment_id = {
        "own": assignment.pk,
        "other": other.assignment_id,
        "random": random_id,
    }[assignment_choice]
    segment_id = {
        "own": own_segment.pk,
        "other": other_segment.pk,
        "random": random_id,
    }[segment_choice]
    before = snapshot(other)

    response = save(client, assignment_id, segment_id, label, seq, evidence)

    assert response.status_code < 500
    assert snapshot(other) == before


@FUZZ
@given(
    code=st.one_of(st.just("REAL CODE"), HOSTILE_TEXT),
    nickname=st.one_of(st.sampled_from(["Ana", "Ben", "ana "]), HOSTILE_TEXT),
)
def test_the_join_form_survives_hostile_input(two_students, code, nickname):
    assignment, _, other = two_students
    if code == "REAL CODE":
        # Half the time the class's real code, so the nickname is checked too.
        code = assignment.classroom.join_code
    before = snapshot(other)
    students = set(Student.objects.values_list("pk", "classroom_id", "nickname"))

    response = Client().post(
        reverse("quizapp:join"), {"code": code, "nickname": nickname}
    )

    assert response.status_code < 500
    assert snapshot(other) == before
    # A join can only add a student; nobody existing is changed.
    assert students <= set(
        Student.objects.values_list("pk", "classroom_id", "nickname")
    )
