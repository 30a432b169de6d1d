"""The upload handler drops files past the cap while the body is read."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import HttpResponse
from django.test import RequestFactory
from django.views.decorators.csrf import csrf_exempt

from articles.upload_handling import oversized_fields


@csrf_exempt
def echo(request):
    kept = {name: upload.size for name, upload in request.FILES.items()}
    return HttpResponse(f"{sorted(kept.items())} {sorted(oversized_fields(request))}")


@pytest.fixture
def small_cap(monkeypatch):
    monkeypatch.setattr("articles.upload_handling.UPLOAD_CAP", 2000)


def post(files: dict[str, int]):
    request = RequestFactory().post(
        "/",
        {
            name: SimpleUploadedFile(f"{name}.txt", b"x" * size)
            for name, size in files.items()
        },
    )
    return echo(request).content.decode()


def test_a_file_under_the_cap_is_kept(small_cap):
    assert post({"a": 1500}) == "[('a', 1500)] []"


def test_a_file_over_the_cap_is_dropped_and_named(small_cap):
    assert post({"a": 2500}) == "[] ['a']"


def test_files_that_together_pass_the_cap_are_dropped_from_the_one_that_does(
    small_cap,
):
    assert post({"a": 1500, "b": 1500}) == "[('a', 1500)] ['b']"
