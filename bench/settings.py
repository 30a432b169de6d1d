"""The app's settings, routed through bench.urls (make bench only)."""

import os

from quizapp.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"

# BENCH_SESSION_ENGINE=django.contrib.sessions.backends.db measures the
# autosave with Django's own session read instead of quizapp.ops.sessions'.
SESSION_ENGINE = os.environ.get("BENCH_SESSION_ENGINE", SESSION_ENGINE)  # noqa: F405
