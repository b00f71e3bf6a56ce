# One entry point for set-up, running and checking. `make help` lists the targets.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
export DEBUG ?= 1

.DEFAULT_GOAL := help
.PHONY: help run serve setup test test-fast lint fmt check-deploy bench worker clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements.txt
	@touch $@

$(VENV)/.dev-installed: $(VENV)/.installed requirements-dev.txt
	$(PIP) install --quiet -r requirements-dev.txt
	@touch $@

setup: $(VENV)/.installed ## Create the virtualenv, migrate, load the article and demo data
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_article
	$(PY) manage.py seed_demo

run: setup ## Set up, then serve on http://127.0.0.1:8000 with a background task worker
	@echo "Starting the task worker and the site on http://$(HOST):$(PORT)/ (Ctrl-C stops both)"
	@trap 'kill 0' EXIT; \
	$(PY) manage.py db_worker --queue-name '*' --interval 1 & \
	$(PY) manage.py runserver $(HOST):$(PORT)

worker: $(VENV)/.installed ## Run the background task worker alone
	$(PY) manage.py db_worker --queue-name '*'

test: $(VENV)/.dev-installed ## Run the whole suite (browser tests included)
	@bash scripts/ensure-chromium.sh || true
	DEBUG=0 $(VENV)/bin/pytest -n 2 $(PYTEST_ARGS)

test-fast: $(VENV)/.dev-installed ## Run the suite without the browser tests
	DEBUG=0 $(VENV)/bin/pytest -n 2 -m "not browser" $(PYTEST_ARGS)

lint: $(VENV)/.dev-installed ## ruff check, ruff format --check, no missing migrations
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) manage.py makemigrations --check --dry-run

fmt: $(VENV)/.dev-installed ## Fix what ruff can and format the code
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check-deploy: $(VENV)/.installed ## `check --deploy` with production-like settings
	DEBUG=0 SECRET_KEY=check-deploy-$$(date +%s)-not-a-real-secret-key-0123456789abcdef \
	ALLOWED_HOSTS=community.example.org SITE_URL=https://community.example.org \
	$(PY) manage.py check --deploy --fail-level WARNING

bench: $(VENV)/.dev-installed ## Seed volume and measure pages and screening (bench/)
	$(PY) bench/bench_pages.py
	$(PY) bench/bench_claims.py

clean: ## Remove the virtualenv and the development database
	rm -rf $(VENV) db.sqlite3 staticfiles
