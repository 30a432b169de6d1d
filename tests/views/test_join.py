import pytest
from pytest_django.asserts import assertContains, assertRedirects

from django.test import Client
from django.urls import reverse

from quizapp.middleware import STUDENT_SESSION_KEY
from quizapp.models import Student
from tests.factories import ClassroomFactory, StudentFactory

JOIN_URL = reverse("quizapp:join")


@pytest.mark.django_db
def test_a_student_joins_with_code_and_nickname_and_lands_on_their_page(client):
    classroom = ClassroomFactory(join_code="FERRY7", name="Year 9")

    response = client.post(JOIN_URL, {"code": "ferry7", "nickname": "Ana"}, follow=True)

    assertRedirects(response, reverse("quizapp:student-home"))
    assertContains(response, "Hello, Ana")
    assertContains(response, "Year 9")
    assert Student.objects.get().classroom == classroom


@pytest.mark.django_db
def test_the_join_page_prefills_the_code_from_the_link(client):
    response = client.get(JOIN_URL, {"code": "FERRY7"})

    assertContains(response, 'value="FERRY7"')


@pytest.mark.django_db
def test_an_unknown_code_is_explained_and_creates_nobody(client):
    response = client.post(JOIN_URL, {"code": "NOPE22", "nickname": "Ana"})

    assertContains(response, "No open class has that code")
    assert not Student.objects.exists()


@pytest.mark.django_db
def test_an_archived_class_code_is_refused(client):
    ClassroomFactory(join_code="OLD234", is_archived=True)

    response = client.post(JOIN_URL, {"code": "OLD234", "nickname": "Ana"})

    assertContains(response, "No open class has that code")
    assert not Student.objects.exists()


@pytest.mark.django_db
def test_a_blank_nickname_is_refused(client):
    ClassroomFactory(join_code="FERRY7")

    response = client.post(JOIN_URL, {"code": "FERRY7", "nickname": "   "})

    assertContains(response, "This field is required")
    assert not Student.objects.exists()


@pytest.mark.django_db
def test_a_taken_nickname_is_refused_with_a_hint_to_rejoin(client):
    classroom = ClassroomFactory(join_code="FERRY7")
    StudentFactory(classroom=classroom, nickname="Ana")

    response = client.post(JOIN_URL, {"code": "FERRY7", "nickname": "ANA"})

    assertContains(response, "already taken in this class")
    assertContains(response, "rejoin code")
    assert Student.objects.count() == 1


@pytest.mark.django_db
def test_a_student_rejoins_on_another_device_with_the_rejoin_code(client):
    student = StudentFactory(rejoin_code="ABCD2346", nickname="Ana")

    response = client.post(
        reverse("quizapp:rejoin"), {"rejoin_code": "abcd-2346"}, follow=True
    )

    assertContains(response, "Welcome back, Ana")
    assert client.session[STUDENT_SESSION_KEY] == student.pk


@pytest.mark.django_db
def test_an_unknown_rejoin_code_signs_nobody_in(client):
    response = client.post(reverse("quizapp:rejoin"), {"rejoin_code": "ZZZZ-ZZZZ"})

    assertContains(response, "That rejoin code is not known")
    assert STUDENT_SESSION_KEY not in client.session


@pytest.mark.django_db
def test_one_device_guessing_codes_is_stopped_but_not_the_class(client):
    """A school is one address: one pupil's wrong codes block their browser,
    never a classmate's right code."""
    classroom = ClassroomFactory(join_code="FERRY7")

    statuses = [
        client.post(JOIN_URL, {"code": f"GUESS{n}", "nickname": "Eve"}).status_code
        for n in range(30)
    ]
    blocked = client.post(JOIN_URL, {"code": "FERRY7", "nickname": "Eve"})
    classmate = Client().post(JOIN_URL, {"code": "FERRY7", "nickname": "Ana"})

    assert statuses == [200] * 20 + [429] * 10
    assertContains(blocked, "too many wrong codes from this device", status_code=429)
    assert classmate.status_code == 302
    assert [s.nickname for s in Student.objects.filter(classroom=classroom)] == ["Ana"]


@pytest.mark.django_db
def test_a_script_dropping_its_device_cookie_is_stopped_per_address(settings):
    settings.FAILED_CODE_ADDRESS_RATE_LIMIT = "5/d"
    ClassroomFactory(join_code="FERRY7")

    statuses = [
        Client().post(JOIN_URL, {"code": f"GUESS{n}", "nickname": "Eve"}).status_code
        for n in range(5)
    ]
    blocked = Client().post(JOIN_URL, {"code": "FERRY7", "nickname": "Eve"})

    assert statuses == [200] * 5
    assertContains(blocked, "your school&#x27;s network", status_code=429)
    assert not Student.objects.exists()


def test_one_device_alone_cannot_reach_the_address_limit(settings):
    from django_ratelimit.core import _split_rate

    per_device, device_window = _split_rate(settings.FAILED_CODE_DEVICE_RATE_LIMIT)
    per_address, address_window = _split_rate(settings.FAILED_CODE_ADDRESS_RATE_LIMIT)

    assert per_device * address_window / device_window < per_address


@pytest.mark.django_db
def test_guessing_rejoin_codes_counts_against_the_same_device(client):
    for number in range(20):
        client.post(reverse("quizapp:rejoin"), {"rejoin_code": f"ZZZZ{number:04d}"})
    student = StudentFactory(rejoin_code="ABCD2346")

    response = client.post(reverse("quizapp:rejoin"), {"rejoin_code": "ABCD-2346"})
    other_device = Client().post(
        reverse("quizapp:rejoin"), {"rejoin_code": "ABCD-2346"}
    )

    assertContains(response, "Too many tries", status_code=429)
    assert STUDENT_SESSION_KEY not in client.session
    assert other_device.status_code == 302
    assert other_device.client.session[STUDENT_SESSION_KEY] == student.pk


@pytest.mark.django_db
def test_spellings_of_one_code_share_one_join_counter(settings):
    settings.JOIN_RATE_LIMIT = "3/m"
    ClassroomFactory(join_code="FERRY7")
    spellings = ["FERRY7", "ferry7", "FER-RY7", " ferry 7 "]

    statuses = [
        Client().post(JOIN_URL, {"code": code, "nickname": f"N{n}"}).status_code
        for n, code in enumerate(spellings)
    ]

    assert statuses[3] == 429
    assert Student.objects.count() == 3


@pytest.mark.django_db
def test_behind_a_trusted_proxy_each_client_address_is_counted_apart(settings):
    settings.TRUSTED_PROXY_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    settings.FAILED_CODE_ADDRESS_RATE_LIMIT = "5/d"
    for number in range(6):
        Client().post(
            JOIN_URL,
            {"code": f"GUESS{number}", "nickname": "Eve"},
            headers={"X-Forwarded-For": "203.0.113.9"},
        )
    ClassroomFactory(join_code="FERRY7")

    response = Client().post(
        JOIN_URL,
        {"code": "FERRY7", "nickname": "Ana"},
        headers={"X-Forwarded-For": "198.51.100.4"},
    )

    assert response.status_code == 302
    assert Student.objects.filter(nickname="Ana").exists()


@pytest.mark.django_db
def test_a_whole_class_behind_one_address_can_join_with_the_right_code():
    ClassroomFactory(join_code="FERRY7")

    for number in range(35):
        Client().post(JOIN_URL, {"code": "FERRY7", "nickname": f"Student {number}"})

    assert Student.objects.count() == 35


@pytest.mark.django_db
def test_signing_out_forgets_the_student_but_keeps_their_work(student_client, student):
    student_client.post(reverse("quizapp:leave"))

    response = student_client.get(reverse("quizapp:student-home"))

    assertRedirects(response, JOIN_URL)
    assert Student.objects.filter(pk=student.pk).exists()


@pytest.mark.parametrize(
    "look_alike",
    ["\u0410lice", "Ali\u200bce", "ALICE"],
    ids=["cyrillic", "zwsp", "caps"],
)
@pytest.mark.django_db
def test_a_nickname_that_looks_like_a_taken_one_is_refused(look_alike):
    ClassroomFactory(join_code="FERRY7")
    Client().post(JOIN_URL, {"code": "FERRY7", "nickname": "Alice"})

    response = Client().post(JOIN_URL, {"code": "FERRY7", "nickname": look_alike})

    assertContains(response, "or one that looks the same")
    assert list(Student.objects.values_list("nickname", flat=True)) == ["Alice"]


@pytest.mark.django_db
def test_accented_capitals_clash_on_every_database():
    ClassroomFactory(join_code="FERRY7")
    Client().post(JOIN_URL, {"code": "FERRY7", "nickname": "Zoë"})

    response = Client().post(JOIN_URL, {"code": "FERRY7", "nickname": "ZOË"})

    assertContains(response, "already taken")
    assert Student.objects.count() == 1


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("2001:db8:1:2::10", "2001:db8:1:2:ffff::1", True),  # one /64: one host
        ("2001:db8:1:2::10", "2001:db8:1:3::10", False),
        ("203.0.113.9", "203.0.113.10", False),
        ("::ffff:203.0.113.9", "203.0.113.9", True),
    ],
)
def test_addresses_are_counted_by_the_block_one_client_holds(one, other, same):
    from quizapp.security.throttling import address_key

    assert (address_key(one) == address_key(other)) is same


@pytest.mark.django_db
def test_a_nickname_that_shows_as_nothing_is_refused():
    ClassroomFactory(join_code="FERRY7")

    response = Client().post(JOIN_URL, {"code": "FERRY7", "nickname": "\u3164\u200b"})

    assertContains(response, "at least one letter or number")
    assert not Student.objects.exists()


@pytest.mark.django_db
def test_a_nickname_that_grows_under_folding_joins_on_every_database():
    ClassroomFactory(join_code="FERRY7")

    response = Client().post(JOIN_URL, {"code": "FERRY7", "nickname": "\ufdfa" * 40})

    assert response.status_code == 302
    assert Student.objects.get().nickname == "\ufdfa" * 40


@pytest.mark.django_db
def test_an_admin_lifts_an_address_block_with_a_command(settings):
    import io

    from django.core.management import call_command

    settings.FAILED_CODE_ADDRESS_RATE_LIMIT = "3/d"
    ClassroomFactory(join_code="FERRY7")
    for number in range(3):
        Client().post(JOIN_URL, {"code": f"GUESS{number}", "nickname": "Eve"})
    assert (
        Client().post(JOIN_URL, {"code": "FERRY7", "nickname": "Ana"}).status_code
        == 429
    )

    output = io.StringIO()
    call_command("lift_limits", "127.0.0.1", stdout=output)

    assert "Cleared 1 counter(s) for 127.0.0.1" in output.getvalue()
    assert (
        Client().post(JOIN_URL, {"code": "FERRY7", "nickname": "Ana"}).status_code
        == 302
    )
