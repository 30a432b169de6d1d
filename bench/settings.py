"""The app's settings, routed through bench.urls (make bench only)."""

from quizapp.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
