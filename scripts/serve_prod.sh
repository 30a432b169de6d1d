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
# Behind your TLS proxy, leave this at 1 (the default in production); set 0
# only to try the stack over plain http://localhost on this machine.
export SECURE_SSL_REDIRECT="${SECURE_SSL_REDIRECT:-0}"
PYTHON=.venv/bin/python

if [ -z "${SECRET_KEY:-}" ]; then
  # Made once and kept beside the code, readable by this user only.
  if [ ! -s .secret_key ]; then
    (umask 077 && "$PYTHON" -c 'import secrets; print(secrets.token_urlsafe(64))' > .secret_key)
  fi
  SECRET_KEY="$(cat .secret_key)"
  export SECRET_KEY
fi

case "$DATABASE_URL" in
  postgres*)
    database="${DATABASE_URL##*/}"
    server="${DATABASE_URL%/*}"
    if ! psql "$server/postgres" -tAc "SELECT 1 FROM pg_database WHERE datname='$database'" | grep -q 1; then
      psql "$server/postgres" -qc "CREATE DATABASE \"$database\""
    fi ;;
esac

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
trap 'kill "$worker_pid" 2>/dev/null || true' EXIT INT TERM

echo "Serving on http://${BIND} with ${WORKERS} workers (Ctrl-C stops it)."
echo "No users yet? .venv/bin/python manage.py createsuperuser (same environment)."
# No `exec`: the trap above must outlive gunicorn to stop the task worker.
.venv/bin/gunicorn quizapp.wsgi --bind "$BIND" --workers "$WORKERS" \
  --graceful-timeout 20 --log-level warning
