"""The demo server and the tests: DEBUG on, localhost names, the public
development key, static files straight from the apps' folders.

SECRET_KEY    default: the development key (public: production refuses it)
DEBUG         default 1
ALLOWED_HOSTS comma-separated; default localhost names
LAN           1: students' own devices on this network may connect (`make demo
              LAN=1`): this machine's network address (LAN_HOST, found when not
              given) and its host name are allowed too, and PUBLIC_URL defaults
              to http://LAN_HOST:PORT (PORT default 8000)
REQUEST_LOG   1: one JSON line per request on stderr (default 0)
"""

import socket

from quizapp.ops.lan import lan_address

from .base import *  # noqa: F403
from .base import PUBLIC_URL, env, logging_config

# Only for development and tests; production refuses to start with it.
DEVELOPMENT_SECRET_KEY = "dev-only-insecure-key-never-use-in-production-0123456789"  # noqa: S105 - public on purpose
SECRET_KEY = env.str("SECRET_KEY", default=DEVELOPMENT_SECRET_KEY)
DEBUG = env.bool("DEBUG", default=True)
ALLOWED_HOSTS = env.list(
    "ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]", "testserver"]
)

# A classroom on the school's Wi-Fi: phones open this machine's address.
# Development only: production lists its host names in ALLOWED_HOSTS.
LAN = env.bool("LAN", default=False)
if LAN:
    LAN_HOST = env.str("LAN_HOST", default="") or lan_address()
    HOST_NAME = socket.gethostname()
    ALLOWED_HOSTS = [*ALLOWED_HOSTS, LAN_HOST, HOST_NAME, f"{HOST_NAME}.local"]
    PUBLIC_URL = PUBLIC_URL or f"http://{LAN_HOST}:{env.int('PORT', default=8000)}"

# WhiteNoise serves straight from the apps' static folders, re-read on change.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

REQUEST_LOG = env.bool("REQUEST_LOG", default=False)
LOGGING = logging_config(request_log=REQUEST_LOG)
