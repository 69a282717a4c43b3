# One command per job. `make run` serves the portal on SQLite; `make test` lints and tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

# Development targets read the git-ignored .env (settings read it only when asked to) and run with debug on.
DEV_ENV := DJANGO_READ_DOT_ENV_FILE=1 DJANGO_DEBUG=1

# Settings for the test suite: production-like (debug off) but over plain HTTP.
TEST_ENV := DJANGO_DEBUG=0 DJANGO_SECRET_KEY=insecure-test-only-key-0123456789-abcdefghijklmnopqrstuvwxyz \
	DJANGO_ALLOWED_HOSTS=localhost,127.0.0.1,testserver DJANGO_SECURE_SSL_REDIRECT=0

.PHONY: help install run serve migrate initial-data demo-data demo-data-remove messages sources-doc backup restore cluster compilemessages static test lint format browser-deps bench superuser clean

help:
	@echo "make run     install, migrate, load the initial data and serve on http://$(HOST):$(PORT)/ (SQLite)"
	@echo "make test    lint and run the whole test suite (SQLite, or DATABASE_URL)"
	@echo "make bench   measure throughput against static files (PostgreSQL, gunicorn, wrk)"
	@echo "make messages  update locale/*/django.po after changing interface strings"
	@echo "make sources-doc  write docs/sources.md from the data files (after changing them)"
	@echo "make cluster nginx on :8080 in front of two gunicorn instances (PostgreSQL, Redis; needs nginx)"
	@echo "make backup  dump the PostgreSQL database to var/backups/ (make restore FILE=... DB=... to restore)"
	@echo "make superuser create the technical admin account (SUPERUSER=name, default admin) and print its second factor"
	@echo "make demo-data add demonstration actors and measures (marked Exemple / Voorbeeld)"

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@test -f .env || printf '# Local development settings (git-ignored), read by the make targets and by any command run with\n# DJANGO_READ_DOT_ENV_FILE=1. Production sets real variables and never reads this file.\nDJANGO_DEBUG=1\n' > .env
	touch $@

install: $(VENV)/.installed

# Compile the catalogs with GNU gettext when present, else with Babel (pure Python).
compilemessages: install
	@if command -v msgfmt >/dev/null 2>&1; then \
		$(DEV_ENV) $(MANAGE) compilemessages --ignore=$(VENV) --ignore=var -v 0; \
	else \
		$(VENV)/bin/pybabel compile --domain=django --directory=locale --statistics && \
		$(VENV)/bin/pybabel compile --domain=djangojs --directory=locale --statistics; \
	fi

messages: install
	$(DEV_ENV) $(MANAGE) makemessages -l fr -l nl --no-location --no-obsolete --ignore=var --ignore=tests
	$(DEV_ENV) $(MANAGE) makemessages -d djangojs -l fr -l nl --no-location --no-obsolete --ignore=var --ignore=tests

migrate: install
	$(DEV_ENV) $(MANAGE) migrate --noinput

sources-doc: install
	$(DEV_ENV) $(MANAGE) write_sources_doc

# nginx in front of two gunicorn instances on the loopback, one PostgreSQL, one Redis (deploy/cluster.py).
cluster: install compilemessages
	$(PY) deploy/cluster.py run

# The database's dump (pg_dump, custom format) to var/backups/ or DJANGO_BACKUP_DIR; PostgreSQL only.
backup: install
	$(DEV_ENV) $(MANAGE) backup_database

# make restore FILE=var/backups/x.dump DB=bps_portal_restored [REPLACE=1]: into a new database, never the live one.
restore: install
	@test -n "$(FILE)" -a -n "$(DB)" || (echo "usage: make restore FILE=path/to.dump DB=new_database_name [REPLACE=1]"; exit 2)
	$(DEV_ENV) $(MANAGE) restore_database "$(FILE)" --database-name "$(DB)" $(if $(REPLACE),--replace,)

initial-data: migrate
	$(DEV_ENV) $(MANAGE) load_initial_data

run: compilemessages initial-data
	$(DEV_ENV) $(MANAGE) runserver $(HOST):$(PORT)

demo-data: initial-data
	$(DEV_ENV) $(MANAGE) generate_demo_actors --count 40
	$(DEV_ENV) $(MANAGE) generate_demo_measures --count 60
	$(DEV_ENV) $(MANAGE) generate_demo_measures --count 30 --edition 2017-2020

demo-data-remove: migrate
	$(DEV_ENV) $(MANAGE) generate_demo_measures --delete
	$(DEV_ENV) $(MANAGE) generate_demo_actors --delete

superuser: migrate
	$(DEV_ENV) $(MANAGE) createsuperuser --username $${SUPERUSER:-admin}
	@echo "Two-step verification of the admin, without a phone (or log in and enrol an app):"
	$(DEV_ENV) $(MANAGE) enrol_two_factor $${SUPERUSER:-admin}

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: install
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

# Chromium for the browser tests, from Debian's packages (as root, when missing).
browser-deps:
	@if [ ! -x /usr/bin/chromium ] && [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Debian's chromium for the browser tests"; \
		(apt-get install -y -qq chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)); \
	fi

test: install compilemessages browser-deps lint
	$(TEST_ENV) $(PY) -m pytest --numprocesses=auto --dist=loadfile --durations=15

bench: install compilemessages
	@command -v wrk >/dev/null 2>&1 || { [ "$$(id -u)" = "0" ] && apt-get install -y -qq wrk >/dev/null; }
	$(PY) -m tests.benchmark

clean:
	rm -rf var/static .pytest_cache .ruff_cache
