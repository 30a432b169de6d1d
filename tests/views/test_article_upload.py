"""Adding one article from a file or pasted text: preview, then save."""

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article, Segment
from tests.extraction import sample_files as uploads
from tests.factories import UserFactory
from tests.views.article_forms import row_counts, save, upload

pytestmark = pytest.mark.django_db
FIRST = uploads.PARAGRAPHS[0]


@pytest.fixture
def teacher_client(client, teacher):
    client.force_login(teacher)
    return client


@pytest.mark.parametrize(
    ("name", "data", "shown_as"),
    [
        ("ferry.html", uploads.html_page(), "saved web page"),
        ("ferry.docx", uploads.word_document(), "Word document"),
        ("ferry.pdf", uploads.pdf_document(), "PDF"),
    ],
)
def test_a_file_is_previewed_with_its_details_and_sentences(
    teacher_client, name, data, shown_as
):
    response = upload(teacher_client, data, name)

    assertContains(response, f"Read from <strong>{name} ({shown_as})</strong>")
    form = response.context["form"]
    assert form.initial["title"] == uploads.TITLE
    assert form.initial["byline"] == "Mira Lane"
    assert form.initial["text"].split("\n\n") == uploads.PARAGRAPHS
    # The date input gets an ISO date, the only form a browser keeps.
    assertContains(response, 'type="date" name="published_on" value="2026-03-02"')
    # The labeler's suggestions are shown before anything is stored.
    assertContains(response, "Sourced claim")
    assertContains(response, "Editorial appeal")
    assert not Article.objects.exists()


def test_saving_the_preview_creates_the_article_with_its_sentences(
    teacher_client, teacher
):
    preview = upload(teacher_client, uploads.word_document(), "ferry.docx")
    fields = {k: v or "" for k, v in preview.context["form"].initial.items()}

    response = save(teacher_client, **(fields | {"title": "Ferry fares (edited)"}))

    article = Article.objects.get()
    assert article.title == "Ferry fares (edited)"
    assert article.uploaded_by == teacher
    assert article.published_on.isoformat() == "2026-03-02"
    assert article.segments.count() == len(uploads.PARAGRAPHS)
    assertContains(response, "split into 5 sentences")


def test_updating_the_preview_shows_the_trimmed_text_and_saves_nothing(
    teacher_client,
):
    response = teacher_client.post(
        reverse("articles:article-save"),
        {"intent": "refresh", "title": "", "text": FIRST},
    )

    assert response.status_code == 200
    assertContains(response, "Preview: 1 sentence")
    assertNotContains(response, "This field is required")
    assert not Article.objects.exists()


def test_saving_without_a_title_asks_for_one(teacher_client):
    response = save(teacher_client, title="", text=FIRST)

    assertContains(response, "This field is required", status_code=422)
    assert not Article.objects.exists()


def test_pasted_text_goes_to_the_same_preview(teacher_client):
    response = teacher_client.post(reverse("articles:article-new"), {"text": FIRST})

    assertContains(response, "Preview: 1 sentence")


def test_a_file_and_pasted_text_together_are_refused(teacher_client):
    response = teacher_client.post(
        reverse("articles:article-new"),
        {"text": FIRST, "file": SimpleUploadedFile("a.txt", FIRST.encode())},
    )

    assertContains(response, "one of the two", status_code=422)


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        pytest.param(b"", "empty.txt", "The submitted file is empty", id="empty"),
        pytest.param(b" \n ", "blank.txt", "The file is empty", id="blank"),
        pytest.param(bytes(range(256)) * 40, "a.txt", "binary file", id="binary"),
        pytest.param(
            "Café owners said “no”.".encode() + b"\xff\xfe and more.",
            "bad.txt",
            "invalid bytes",
            id="bad-utf8",
        ),
        pytest.param(
            uploads.word_document()[:3000], "cut.docx", "damaged or cut short", id="cut"
        ),
        pytest.param(uploads.word_zip_bomb(), "bomb.docx", "zip bomb", id="zip-bomb"),
        pytest.param(uploads.encrypted_pdf(), "locked.pdf", "password", id="encrypted"),
        pytest.param(uploads.scanned_pdf(), "scan.pdf", "probably a scan", id="scan"),
        pytest.param(
            uploads.navigation_page(), "home.html", "only menus", id="navigation"
        ),
    ],
)
def test_bad_files_are_refused_with_a_message_and_create_nothing(
    teacher_client, data, name, message
):
    before = row_counts()

    response = upload(teacher_client, data, name)

    assertContains(response, message, status_code=422)
    assert row_counts() == before
    assert not Segment.objects.exists()


def test_a_50_megabyte_file_is_refused_without_being_kept(teacher_client):
    data = b"The council said so. " * (50 * 1024 * 1024 // 21)

    response = upload(teacher_client, data, "huge.txt")

    assertContains(response, "larger than the 10 MB limit", status_code=422)
    assert not Article.objects.exists()


@pytest.mark.parametrize(
    "encoded",
    [
        pytest.param("Café owners said “no”.".encode("cp1252"), id="cp1252"),
        pytest.param("Café owners said “no”.".encode("utf-16"), id="utf16"),
    ],
)
def test_text_files_in_other_encodings_are_decoded(teacher_client, encoded):
    response = upload(teacher_client, encoded, "cafe.txt")

    assert response.context["form"].initial["text"] == "Café owners said “no”."


def test_script_in_a_web_page_never_reaches_the_preview_or_the_article(
    teacher_client,
):
    preview = upload(teacher_client, uploads.html_page(), "ferry.html")
    assertNotContains(preview, uploads.SCRIPT_PAYLOAD)
    fields = {k: v or "" for k, v in preview.context["form"].initial.items()}

    save(teacher_client, **fields)

    assert uploads.SCRIPT_PAYLOAD not in Article.objects.get().text


@pytest.mark.parametrize(
    ("raw_name", "shown"),
    [
        ("../../etc/passwd.txt", "passwd.txt"),
        ("ferry\u202etxt.docx", "ferrytxt.docx"),
        ("caf\u0065\u0301 notes.txt", "café notes.txt"),
    ],
)
def test_odd_file_names_are_shown_plainly(teacher_client, raw_name, shown):
    response = upload(teacher_client, FIRST.encode(), raw_name)

    assertContains(response, f"Read from <strong>{shown} (plain text)</strong>")


def test_the_same_text_again_points_to_the_existing_article(teacher_client, teacher):
    save(teacher_client, title="Ferry", text="\n\n".join(uploads.PARAGRAPHS))
    # The same article from a PDF: other line breaks, same words.
    preview = upload(teacher_client, uploads.pdf_document(), "ferry.pdf")
    assertContains(preview, "Already in your library")
    fields = {k: v or "" for k, v in preview.context["form"].initial.items()}

    response = save(teacher_client, **fields)

    assert Article.objects.count() == 1
    assertContains(response, "already in your library as “Ferry”")


def test_another_teachers_private_copy_is_neither_shown_nor_reused(client, teacher):
    client.force_login(teacher)
    save(client, title="Mine", text=FIRST)
    other = UserFactory()
    client.force_login(other)

    preview = client.post(reverse("articles:article-new"), {"text": FIRST})
    assertNotContains(preview, "Already in your library")
    save(client, title="Theirs", text=FIRST)

    assert Article.objects.filter(uploaded_by=other).count() == 1
    assert Article.objects.count() == 2


def test_file_uploads_are_rate_limited_per_user(teacher_client, settings):
    settings.UPLOAD_RATE_LIMIT = "2/m"
    for _ in range(2):
        assert upload(teacher_client, FIRST.encode(), "a.txt").status_code == 200

    response = upload(teacher_client, FIRST.encode(), "a.txt")

    assertContains(response, "many files in a few minutes", status_code=429)
    # Pasted text costs no file reading and is not counted.
    assert (
        teacher_client.post(reverse("articles:article-new"), {"text": FIRST})
    ).status_code == 200


def test_an_uploaded_file_with_invisible_characters_is_previewed_and_saved_clean(
    teacher_client,
):
    text = (
        "Harbour vote\n\u202e\n"
        "The harbour master, Ana Ortiz, sa\u200bid the fer\u00adry would stay.\n"
        "\u200f\n"
    )
    preview = upload(teacher_client, text.encode("utf-8"), "ferry.txt")
    shown = [row["text"] for row in preview.context["sentences"]]
    fields = {k: v or "" for k, v in preview.context["form"].initial.items()}

    save(teacher_client, **(fields | {"title": "Harbour vote"}))

    clean = [
        "Harbour vote",
        "The harbour master, Ana Ortiz, said the ferry would stay.",
    ]
    assert shown == clean
    article = Article.objects.get()
    assert [s.text for s in article.segments.order_by("position")] == clean
    assert (
        article.answer_keys.get().entries.get(segment__position=1).suggested_label
        == "sourced_claim"
    )
    assert "\u200b" not in article.text
    assert "\u202e" not in article.text
