"""Settings every environment shares; development.py and production.py add
their own, and quizapp/settings/__init__.py picks one by DJANGO_ENV.

Environment variables read here (django-environ):
DATABASE_URL  default: SQLite file db.sqlite3 in the project folder (one host only)
REDIS_URL     when set: cache, sessions and rate-limit counters live in Redis
TRUSTED_PROXY_IP_HEADER   the header your own proxy puts the client address in
JOIN_RATE_LIMIT, FAILED_CODE_DEVICE_RATE_LIMIT, FAILED_CODE_ADDRESS_RATE_LIMIT,
LOGIN_DEVICE_RATE_LIMIT, LOGIN_ADDRESS_RATE_LIMIT   django-ratelimit rates
UPLOAD_RATE_LIMIT   article files read per signed-in user (default 30/10m)
TIME_ZONE     default Europe/London
STUDENT_DATA_RETENTION_DAYS   inactive days before purge_old_data deletes a student
DATABASE_POOL 1: PostgreSQL connection pool per process (size DATABASE_POOL_SIZE, 4)
TASKS_BACKEND database (default: `manage.py db_worker` runs the jobs) | redis
              (needs REDIS_URL; `manage.py rqworker --job-class django_tasks_rq.Job`)
PUBLIC_URL    the address students' devices open, e.g. http://192.168.1.20:8000
              (the class page and the QR join sheet print it); default empty:
              the address the teacher's own request came in on
"""

from pathlib import Path

import dj_database_url
import environ
from csp.constants import NONE, SELF

from django.core.exceptions import ImproperlyConfigured

env = environ.Env()

# The project folder: quizapp/settings/base.py is three levels down.
BASE_DIR = Path(__file__).resolve().parent.parent.parent

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials.apps.SimpleAppConfig",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "articles",
    "quizapp",
]

MIDDLEWARE = [
    "quizapp.ops.request_log.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "quizapp.middleware.StudentSessionMiddleware",
    "quizapp.security.devices.DeviceCookieMiddleware",
    "quizapp.security.login_guard.TrustedLoginCookieMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as its documentation asks: it turns a lockout into a page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "quizapp.urls"
WSGI_APPLICATION = "quizapp.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "quizapp.context_processors.current_student",
            ],
            # In builtins so that moving to Django 6.0's own partials is a
            # settings change, not an edit of every template.
            "builtins": ["template_partials.templatetags.partials"],
            "loaders": [
                (
                    "template_partials.loader.Loader",
                    [
                        (
                            "django.template.loaders.cached.Loader",
                            [
                                "django.template.loaders.filesystem.Loader",
                                "django.template.loaders.app_directories.Loader",
                            ],
                        )
                    ],
                )
            ],
        },
    }
]

# Databases ---------------------------------------------------------------

DATABASES = {
    "default": dj_database_url.parse(
        env.str("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        # Persistent connections: opening one per request halves throughput.
        conn_max_age=600,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        # IMMEDIATE takes the write lock at BEGIN, so a transaction never
        # fails half-way with "database is locked" when upgrading to a write.
        "transaction_mode": "IMMEDIATE",
        "timeout": 10,
        # synchronous=NORMAL survives an application crash; a power cut can
        # lose the last commits (documented in the README).
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
            "PRAGMA temp_store=MEMORY; PRAGMA foreign_keys=ON;"
        ),
    }
    # Tests use a file too: an in-memory database shares one cache with
    # table-level locks, so concurrency tests there would prove nothing.
    # Beside the database it tests, so runs on different files never share one.
    DATABASES["default"]["TEST"] = {"NAME": f"{DATABASES['default']['NAME']}.test"}
elif env.bool("DATABASE_POOL", default=False):
    # A pool per app process (psycopg_pool): connections are reused across
    # requests and threads, and (CONN_HEALTH_CHECKS) checked before each use,
    # so one the server dropped (a restart, pg_terminate_backend) is replaced.
    DATABASES["default"]["CONN_MAX_AGE"] = 0  # the pool decides instead
    DATABASES["default"]["OPTIONS"] = {
        "pool": {
            "min_size": 1,
            "max_size": env.int("DATABASE_POOL_SIZE", default=4),
            "timeout": 10,
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Backups: manage.py backup_db / restore_db dump and restore through
# django-dbbackup's connectors, ours for the two engines (quizapp/ops/backups.py
# says why). The commands write FILE themselves, so there is no
# STORAGES["dbbackup"], and "dbbackup" is no installed app: its own
# dbbackup/dbrestore commands would skip the checks backup_db makes.
DBBACKUP_CONNECTOR_MAPPING = {
    "django.db.backends.sqlite3": "quizapp.ops.backups.SqliteConnector",
    "django.db.backends.postgresql": "quizapp.ops.backups.PostgresConnector",
}

# Cache and sessions ------------------------------------------------------

REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {
                # Redis down must not mean the site down: cache calls then
                # miss (sessions fall back to the database) instead of raising.
                "IGNORE_EXCEPTIONS": True,
                "LOG_IGNORED_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    # One process only: fine for the demo server and the tests.
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    SESSION_ENGINE = "quizapp.ops.sessions"

RATELIMIT_USE_CACHE = "default"
# With the cache down the counters cannot count: let people in rather than
# lock every class out (teacher logins stay guarded by django-axes, which
# counts failures in the database).
RATELIMIT_FAIL_OPEN = True

# Background tasks (batch article import) ----------------------------------

# The database queue needs nothing more; Redis lets workers on several
# machines share the queue without polling the database.
TASKS_BACKEND = env.str("TASKS_BACKEND", default="database")
if TASKS_BACKEND == "redis":
    if not REDIS_URL:
        raise ImproperlyConfigured("TASKS_BACKEND=redis needs REDIS_URL.")
    INSTALLED_APPS += ["django_rq", "django_tasks_rq"]
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    RQ_QUEUES = {"default": {"URL": REDIS_URL}}
elif TASKS_BACKEND == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
else:
    raise ImproperlyConfigured("TASKS_BACKEND must be 'database' or 'redis'.")
# Several tasks per batch so that several workers share one big batch.
IMPORT_TASKS_PER_BATCH = 2

# Uploads ------------------------------------------------------------------

# The size caps (articles/extraction/limits.py: MAX_FILE_BYTES, MAX_BATCH_BYTES)
# are enforced while the body is read (articles.upload_handling); files are
# spooled to disk above Django's default 2.5 MB, never held in memory.
FILE_UPLOAD_HANDLERS = [
    "articles.upload_handling.SizeCapUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
# Behind a proxy, the header it sets with the client's address (see
# quizapp.security.throttling.client_ip). Unset: the connection's own address.
TRUSTED_PROXY_IP_HEADER = env.str("TRUSTED_PROXY_IP_HEADER", default="")
RATELIMIT_IP_META_KEY = "quizapp.security.throttling.client_ip"
# Behind a school's NAT a whole class shares one address: joins are counted
# per address *and* class code, generously; unknown codes per address, which
# is what guessing looks like.
JOIN_RATE_LIMIT = env.str("JOIN_RATE_LIMIT", default="60/m")
# Reading a file takes a web worker up to 8 s: files per signed-in user.
UPLOAD_RATE_LIMIT = env.str("UPLOAD_RATE_LIMIT", default="30/10m")
# Unknown class or rejoin codes: per device (one pupil's typos), and per
# address sized for a whole school behind one NAT (quizapp.security.throttling has
# the brute-force arithmetic).
FAILED_CODE_DEVICE_RATE_LIMIT = env.str("FAILED_CODE_DEVICE_RATE_LIMIT", default="20/h")
FAILED_CODE_ADDRESS_RATE_LIMIT = env.str(
    "FAILED_CODE_ADDRESS_RATE_LIMIT", default="1000/d"
)

# Privacy -----------------------------------------------------------------

# Students inactive for longer are deleted by `manage.py purge_old_data`
# (PRIVACY.md): a school year and a summer, by default.
STUDENT_DATA_RETENTION_DAYS = env.int("STUDENT_DATA_RETENTION_DAYS", default=400)

# Auth --------------------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]
AUTHENTICATION_BACKENDS = [
    # First, so that a locked-out teacher is refused before the password check.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# The account-wide lock, for browsers the account never logged in from
# (quizapp.security.login_guard: a pupil cannot lock the teacher's own computer out).
AXES_FAILURE_LIMIT = 10
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = ["username"]
AXES_WHITELIST_CALLABLE = "quizapp.security.login_guard.axes_trusted_browser"
# Axes warns that a lock per username alone lets a script rotate browsers;
# here the per-address limit (LOGIN_ADDRESS_RATE_LIMIT) bounds that, and an
# address in the axes lock would let one pupil lock a school's teachers out.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
LOGIN_DEVICE_RATE_LIMIT = env.str("LOGIN_DEVICE_RATE_LIMIT", default="5/15m")
LOGIN_ADDRESS_RATE_LIMIT = env.str("LOGIN_ADDRESS_RATE_LIMIT", default="30/h")
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "quizapp.security.throttling.client_ip"
AXES_VERBOSE = False
# Where students' own devices reach the app: the join link on the class page
# and the QR join sheet. Empty: the host of the teacher's request.
PUBLIC_URL = env.str("PUBLIC_URL", default="").rstrip("/")

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "quizapp:teacher-home"
LOGOUT_REDIRECT_URL = "quizapp:landing"

# Internationalisation ----------------------------------------------------

LANGUAGE_CODE = "en-gb"
TIME_ZONE = env.str("TIME_ZONE", default="Europe/London")
USE_I18N = True
USE_TZ = True

# Static files ------------------------------------------------------------

STATIC_URL = "static/"
# Security ----------------------------------------------------------------

# No inline scripts or styles anywhere (htmx runs with allowEval off and no
# injected indicator styles), so the policy can stay strict.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "connect-src": [SELF],
        "font-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }
}

# Messages live in the session, never in a signed cookie of their own: with a
# leaked key, a forged cookie could carry a message marked safe (raw HTML).
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"


def logging_config(*, request_log: bool) -> dict:
    """One JSON line per request (quizapp.ops.request_log) on stderr when
    `request_log`; everything else plain text at WARNING."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "json": {
                "()": "pythonjsonlogger.json.JsonFormatter",
                "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
                "rename_fields": {"asctime": "time", "levelname": "level"},
            },
        },
        "handlers": {
            "console": {"class": "logging.StreamHandler"},
            "json": {"class": "logging.StreamHandler", "formatter": "json"},
        },
        "root": {"handlers": ["console"], "level": "WARNING"},
        "loggers": {
            # Django's own 4xx warnings carry full paths with ids; server
            # errors (ERROR) still do, to be fixable.
            "django.request": {"level": "ERROR"},
            "quizapp.requests": {
                "handlers": ["json"],
                "level": "INFO" if request_log else "WARNING",
                "propagate": False,
            },
        },
    }
