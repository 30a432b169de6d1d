"""The labeling page's URLs and the sentence the sample key asks, for the
labeling and submitting tests."""

from django.urls import reverse


def work_url(assignment):
    return reverse("quizapp:assignment-work", args=[assignment.pk])


def save_url(assignment, segment):
    return reverse("quizapp:answer-save", args=[assignment.pk, segment.pk])


def asked_segment(assignment):
    """The third sentence, which the sample key labels as sourced."""
    return assignment.exercise.article.segments.get(position=2)
