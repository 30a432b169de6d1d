"""DJANGO_ENV picks the settings: development (default: the demo and the
tests) or production. The shared part is base.py."""

import os

from django.core.exceptions import ImproperlyConfigured

DJANGO_ENV = os.environ.get("DJANGO_ENV", "development")
if DJANGO_ENV == "production":
    from .production import *  # noqa: F403
elif DJANGO_ENV == "development":
    from .development import *  # noqa: F403
else:
    # "prod" must not quietly run with the development key and DEBUG on.
    raise ImproperlyConfigured("DJANGO_ENV must be 'development' or 'production'.")
