"""Security properties checked on every view: CSRF on every POST, the CSP
header and no inline script or style on every page, rate limits that trip
and reset."""

from html.parser import HTMLParser
from types import SimpleNamespace

import pytest
from pytest_django.asserts import assertContains

from django.test import Client
from django.urls import reverse

from tests.factories import ClassroomFactory

from .test_access import CASES, World

JOIN_URL = reverse("quizapp:join")


POST_VIEWS = sorted(name for name, case in CASES.items() if case[0] == "post")
GET_VIEWS = sorted(name for name, case in CASES.items() if case[0] == "get")


def owner_role(expected: dict[str, int]) -> str:
    """The role the view is for. (CSRF is checked before any permission, so
    every role gets 403; the owner makes the request a realistic one.)"""
    student_route = expected["teacher"] == 302 and expected["student"] != 302
    if student_route:
        return "student"
    return "teacher" if expected["teacher"] not in {403, 404} else "admin"


@pytest.mark.parametrize("name", POST_VIEWS)
@pytest.mark.django_db
def test_every_post_without_a_csrf_token_is_refused(name):
    world = World()
    _, url_args, data, expected = CASES[name]
    role = owner_role(expected)
    client = world.client_for(role, enforce_csrf_checks=True)

    response = client.post(reverse(name, args=url_args(world)), data)

    assert response.status_code == 403, f"{name} as {role}"


@pytest.mark.parametrize(
    ("url", "data"),
    [
        (JOIN_URL, {"code": "FERRY7", "nickname": "Ana"}),
        (reverse("quizapp:rejoin"), {"rejoin_code": "ABCD-2346"}),
        (reverse("login"), {"username": "teacher", "password": "x"}),
    ],
)
@pytest.mark.django_db
def test_the_anonymous_forms_need_a_csrf_token_too(url, data):
    response = Client(enforce_csrf_checks=True).post(url, data)

    assert response.status_code == 403


@pytest.mark.django_db
def test_an_htmx_post_with_a_forged_token_header_is_refused():
    world = World()
    client = world.client_for("student", enforce_csrf_checks=True)
    client.get(reverse("quizapp:student-home"))  # gets the CSRF cookie
    segment = world.segment

    response = client.post(
        reverse("quizapp:answer-save", args=[world.assignment.pk, segment.pk]),
        {"label": "sourced_claim", "seq": "1"},
        HTTP_HX_REQUEST="true",
        HTTP_X_CSRFTOKEN="forged" * 6,
    )

    assert response.status_code == 403


class InlineCode(HTMLParser):
    """Collects what a strict CSP would block: inline scripts, style
    elements and attributes, event-handler attributes, and any script,
    image or stylesheet from another site."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if (
            tag == "script"
            and "src" not in attributes
            and (
                attributes.get("type") != "application/json"  # json_script data
            )
        ):
            self.found.append("inline <script>")
        if tag == "style":
            self.found.append("<style> element")
        for attribute in attributes:
            if attribute == "style" or attribute.startswith("on"):
                self.found.append(f"{attribute}= on <{tag}>")
        # Nothing loaded from elsewhere: no CDN, fonts, analytics, trackers.
        source = attributes.get("src") or (
            attributes.get("href") if tag == "link" else None
        )
        if source and source.startswith(("http:", "https:", "//")):
            self.found.append(f"third-party {tag}: {source}")


@pytest.mark.parametrize("name", GET_VIEWS)
@pytest.mark.django_db
def test_every_page_has_the_csp_header_and_no_inline_code(name):
    world = World()
    _, url_args, _, expected = CASES[name]
    role = next(role for role, status in expected.items() if status == 200)
    response = world.client_for(role).get(reverse(name, args=url_args(world)))
    assert response.status_code == 200

    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "style-src 'self'" in policy
    assert "unsafe-inline" not in policy
    if response["Content-Type"].startswith("text/html"):
        parser = InlineCode()
        parser.feed(response.content.decode())
        assert parser.found == [], f"{name}: {parser.found}"


@pytest.mark.django_db
def test_the_csrf_refusal_page_has_no_inline_code():
    # Django's built-in refusal page has an inline <style>; a stale form on
    # any page lands here, under the same CSP.
    response = Client(enforce_csrf_checks=True).post(reverse("login"), {})

    assertContains(response, "This form had expired", status_code=403)
    parser = InlineCode()
    parser.feed(response.content.decode())
    assert parser.found == []


@pytest.mark.django_db
def test_the_code_guessing_limit_trips_and_resets_after_its_window(
    client, settings, monkeypatch
):
    import django_ratelimit.core

    settings.FAILED_CODE_DEVICE_RATE_LIMIT = "3/10m"
    ClassroomFactory(join_code="FERRY7")
    clock = SimpleNamespace(now=1_800_000_000.0)
    # The rate limiter's clock only: its windows follow time.time().
    monkeypatch.setattr(
        django_ratelimit.core, "time", SimpleNamespace(time=lambda: clock.now)
    )
    for guess in ["AAAAAA", "BBBBBB", "CCCCCC"]:
        client.post(JOIN_URL, {"code": guess, "nickname": "Eve"})

    blocked = client.post(JOIN_URL, {"code": "FERRY7", "nickname": "Eve"})
    assertContains(blocked, "Too many tries", status_code=429)

    clock.now += 11 * 60  # the next ten-minute window
    joined = client.post(JOIN_URL, {"code": "FERRY7", "nickname": "Eve"})
    assert joined.status_code == 302


@pytest.mark.django_db
def test_joining_and_logging_in_rotate_the_session_key(client, teacher):
    from tests.factories import TEST_PASSWORD

    ClassroomFactory(join_code="FERRY7")
    client.get(JOIN_URL)
    client.session.save()
    before_join = client.cookies["sessionid"].value

    client.post(JOIN_URL, {"code": "FERRY7", "nickname": "Ana"})
    after_join = client.cookies["sessionid"].value
    client.post(
        reverse("login"), {"username": teacher.username, "password": TEST_PASSWORD}
    )
    after_login = client.cookies["sessionid"].value

    # A planted session id is worth nothing after either step.
    assert len({before_join, after_join, after_login}) == 3


@pytest.mark.django_db
def test_a_forged_messages_cookie_cannot_put_html_on_a_page(client, rf):
    """With the secret key, a cookie set from a sibling host could carry a
    message marked safe; messages live in the session, so it is ignored."""
    from django.contrib.messages import constants
    from django.contrib.messages.storage.base import Message
    from django.contrib.messages.storage.cookie import CookieStorage
    from django.utils.safestring import mark_safe

    forged = CookieStorage(rf.get("/"))._encode(
        [Message(constants.SUCCESS, mark_safe('<b id="forged">raw HTML</b>'))]
    )
    client.cookies[CookieStorage.cookie_name] = forged

    response = client.get(JOIN_URL)

    assert response.status_code == 200
    assert b'<b id="forged">' not in response.content
    assert b"raw HTML" not in response.content
