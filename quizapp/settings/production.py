"""Production: DEBUG off and refused, a secret key that was never public,
HTTPS everywhere, hashed static files, one JSON log line per request.

SECRET_KEY    required (50+ characters), or SECRET_KEY_FILE: a file only its
              owner can read, outside any git checkout (quizapp.ops.key_source)
DEBUG         default 0; 1 is refused
ALLOWED_HOSTS comma-separated; required
CSRF_TRUSTED_ORIGINS   comma-separated origins
SECURE_SSL_REDIRECT    default 1; 0 if the proxy redirects
REQUEST_LOG   default 1
"""

import os

from django.core.exceptions import ImproperlyConfigured

from quizapp.ops.key_source import UnsafeSecretKey, production_secret_key

from .base import *  # noqa: F403
from .base import BASE_DIR, env, logging_config
from .development import DEVELOPMENT_SECRET_KEY

try:
    SECRET_KEY = production_secret_key(
        os.environ, development_key=DEVELOPMENT_SECRET_KEY
    )
except UnsafeSecretKey as refusal:
    raise ImproperlyConfigured(str(refusal)) from None

DEBUG = env.bool("DEBUG", default=False)
if DEBUG:
    raise ImproperlyConfigured("DEBUG must be off in production: it shows secrets.")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])

# collectstatic writes here; WhiteNoise serves hashed, compressed names.
STATIC_ROOT = BASE_DIR / "staticfiles"
WHITENOISE_USE_FINDERS = False
WHITENOISE_AUTOREFRESH = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
# Load balancers probe over plain HTTP inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
# The app sits behind a TLS-terminating proxy that sets this header.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

REQUEST_LOG = env.bool("REQUEST_LOG", default=True)
LOGGING = logging_config(request_log=REQUEST_LOG)
