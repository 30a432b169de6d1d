#!/usr/bin/env bash
# The production topology on one machine with PostgreSQL and Redis running:
# gunicorn with several workers, a pooled PostgreSQL connection per process,
# Redis for the cache, sessions, rate limits and the task queue, WhiteNoise
# for hashed, compressed static files, a task worker, JSON request logs.
# Run through `make serve-prod`; every setting below can be overridden.
set -euo pipefail
cd "$(dirname "$0")/.."

export DJANGO_ENV=production
export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/newsroom}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379/0}"
export TASKS_BACKEND="${TASKS_BACKEND:-redis}"
export DATABASE_POOL="${DATABASE_POOL:-1}"
BIND="${BIND:-127.0.0.1:8000}"
WORKERS="${WORKERS:-4}"
export ALLOWED_HOSTS="${ALLOWED_HOSTS:-localhost,127.0.0.1}"
# 0 here to try the stack over plain http://localhost on this machine;
# behind your TLS-terminating proxy, run with SECURE_SSL_REDIRECT=1.
export SECURE_SSL_REDIRECT="${SECURE_SSL_REDIRECT:-0}"
PYTHON=.venv/bin/python

if [ -z "${SECRET_KEY:-}" ] && [ -z "${SECRET_KEY_FILE:-}" ]; then
  # Made once, outside the checkout (so no commit can carry it), readable by
  # this user only; the settings refuse a key file that is not.
  data_dir="${NEWSROOM_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/newsroom-literacy}"
  export SECRET_KEY_FILE="$data_dir/secret_key"
  if [ ! -s "$SECRET_KEY_FILE" ]; then
    (umask 077 && mkdir -p "$data_dir" \
      && "$PYTHON" -c 'import secrets; print(secrets.token_urlsafe(64))' > "$SECRET_KEY_FILE")
    echo "Made a new secret key in $SECRET_KEY_FILE (mode 600); keep it, back it up."
  else
    echo "Secret key from $SECRET_KEY_FILE."
  fi
fi

# Create the PostgreSQL database if missing: the URL parsed by the same
# library as the settings, the name quoted as an identifier.
"$PYTHON" - <<'PY'
import os
import dj_database_url
import psycopg
from psycopg import sql

config = dj_database_url.parse(os.environ["DATABASE_URL"])
if config["ENGINE"].endswith("postgresql"):
    with psycopg.connect(
        host=config["HOST"] or None, port=config["PORT"] or None,
        user=config["USER"] or None, password=config["PASSWORD"] or None,
        dbname="postgres", autocommit=True, **config.get("OPTIONS", {}),
    ) as server:
        exists = server.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]]
        ).fetchone()
        if not exists:
            server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(config["NAME"])))
PY

"$PYTHON" manage.py migrate --noinput
"$PYTHON" manage.py collectstatic --noinput --verbosity 0
"$PYTHON" manage.py check --deploy

if [ "$TASKS_BACKEND" = redis ]; then
  worker=("$PYTHON" manage.py rqworker --job-class django_tasks_rq.Job default)
else
  worker=("$PYTHON" manage.py db_worker --no-reload)
fi
"${worker[@]}" &
worker_pid=$!
.venv/bin/gunicorn quizapp.wsgi --bind "$BIND" --workers "$WORKERS" \
  --graceful-timeout 20 --log-level warning &
server_pid=$!
# A TERM or Ctrl-C for this script stops both, gracefully, and waits for
# them: a supervisor that stops the script leaves nothing running.
stop() {
  kill -TERM "$server_pid" "$worker_pid" 2>/dev/null || true
  wait "$server_pid" "$worker_pid" 2>/dev/null || true
}
trap stop INT TERM

echo "Serving on http://${BIND} with ${WORKERS} workers (Ctrl-C stops it)."
echo "No users yet? .venv/bin/python manage.py createsuperuser (same environment)."
# Whichever ends first (a crash), the other is stopped too.
wait -n "$server_pid" "$worker_pid" || true
stop
