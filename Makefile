# Newsroom Literacy: every set-up step lives here, so a fresh machine with
# Python 3.11 needs only `make demo` or `make test`.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo serve-prod test lint bench bench-tools install chromium clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is required"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall whenever the dependencies change.
$(INSTALLED): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

install: $(INSTALLED)

## demo: SQLite database, demo data, printed logins, app on http://127.0.0.1:8000/
## make demo LAN=1: on this machine's network address too, so students' own
## devices on the same Wi-Fi can join (the printed join address is that one).
# The background worker (batch article import) runs beside the server and
# stops with it. runserver reloads itself when Python code or a template
# changes; the worker does not (restart the demo after changing a task).
LAN ?=
demo: $(INSTALLED)
	@set -e; \
	if [ -n "$(LAN)" ] && [ "$(LAN)" != 0 ]; then \
	  LAN_HOST=$${LAN_HOST:-$$($(BIN)/python -m quizapp.ops.lan)}; \
	  bind=0.0.0.0; export LAN=1 LAN_HOST; \
	  public=http://$$LAN_HOST:$(PORT); \
	else \
	  bind=$(HOST); export LAN=0; public=http://$(HOST):$(PORT); \
	fi; \
	export PUBLIC_URL=$${PUBLIC_URL:-$$public} PORT=$(PORT); \
	$(BIN)/python manage.py migrate --noinput; \
	$(BIN)/python manage.py seed_demo --url http://$(HOST):$(PORT)/ --join-url $$PUBLIC_URL/join/; \
	$(BIN)/python manage.py db_worker --no-reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver $$bind:$(PORT)

## serve-prod: production settings on PostgreSQL + Redis, gunicorn with 4 workers
## and a task worker (see scripts/serve_prod.sh for the variables it reads)
serve-prod: $(INSTALLED)
	scripts/serve_prod.sh

# Debian's Chromium drives the browser tests (Playwright's own download does
# not work here); installed when missing and running as root.
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "Chromium is missing: run 'sudo apt-get install -y chromium'"; exit 1; \
	  fi; \
	fi

lint: $(INSTALLED)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

## test: the whole suite (browser tests included) on SQLite, or on DATABASE_URL
test: $(INSTALLED) chromium lint
	$(BIN)/python manage.py makemigrations --check --dry-run >/dev/null
	$(BIN)/pytest

# The autosave burst needs wrk (the load client) and nginx (in front of
# gunicorn, as in production): Debian's, installed when missing.
bench-tools:
	@if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk nginx-light >/dev/null; \
	  else \
	    echo "wrk and nginx are missing: run 'sudo apt-get install -y wrk nginx-light'"; exit 1; \
	  fi; \
	fi

## bench: figures printed and written to bench/results.json
bench: $(INSTALLED) bench-tools
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) db.sqlite3* staticfiles
