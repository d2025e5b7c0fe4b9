#!/usr/bin/env bash
# Set everything up from a fresh clone and run every check: lint, tests, site build.
# Needs only Python 3.11+; run from anywhere: bash tools/check.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'

echo "== ruff"
.venv/bin/ruff check src tools tests bench
.venv/bin/ruff format --check src tools tests bench

echo "== pytest"
.venv/bin/python -m pytest -q -p no:cacheprovider
