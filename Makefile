# Padan: the two commands a newcomer needs are `make demo` and `make test`.
SHELL := /bin/bash
UV ?= $(shell command -v uv 2>/dev/null || echo "python3 -m uv")

.PHONY: help uv sync demo test test-fault test-unit lint format stack-up stack-down stack-status bench schemas browsers k8s-validate secrets

help:
	@echo "make demo    - local Kafka + FerretDB, the four services, Lampung demo data (Ctrl-C stops all)"
	@echo "make test    - every test (unit, integration and end-to-end on the real local stack)"
	@echo "make lint    - ruff + mypy + import contracts (lint-imports)"
	@echo "make bench   - benchmarks (figures printed and written to bench/results/)"

uv:
	@command -v uv >/dev/null 2>&1 || python3 -m uv --version >/dev/null 2>&1 || { \
		echo "installing uv from PyPI ..."; python3 -m pip install --quiet uv; }

sync: uv
	$(UV) sync --all-packages --frozen

browsers:
	@bash deploy/local/ensure-chromium.sh

demo: sync
	$(UV) run padan demo

test: sync browsers
	UV="$(UV)" bash deploy/local/run-tests.sh

test-fault: sync
	UV="$(UV)" bash deploy/local/run-tests.sh -m fault -s tests/fault

test-unit: sync
	$(UV) run pytest -m "not integration and not e2e" -q

lint: sync
	$(UV) run ruff check .
	$(UV) run ruff format --check .
	$(UV) run mypy shared/src services/*/src cli/src
	$(UV) run lint-imports

format: sync
	$(UV) run ruff format .
	$(UV) run ruff check --fix .

stack-up: sync
	$(UV) run padan stack up

stack-down: sync
	$(UV) run padan stack down

stack-status: sync
	$(UV) run padan stack status

secrets: sync
	$(UV) run padan secrets init

schemas: sync
	$(UV) run padan schemas generate

k8s-validate: sync
	PYTHON="$(UV) run python" bash deploy/k8s/validate.sh

bench: sync
	@for b in bench/*.py; do n=$$(basename $$b .py); [ "$$n" = "__init__" ] && continue; \
		echo "== $$n"; $(UV) run python -m bench.$$n || exit 1; done
