"""The app's URLs plus the views the autosave benchmark compares against."""

from django.urls import include, path

from .naive_save import naive_answer_save, request_floor

urlpatterns = [
    path("bench/floor/", request_floor),
    path(
        "bench/naive/assignments/<int:assignment_id>/segments/<int:segment_id>/answer/",
        naive_answer_save,
    ),
    path("", include("quizapp.urls")),
]
