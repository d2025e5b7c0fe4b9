#!/usr/bin/env bash
# Set everything up from a fresh clone and run every check: lint, tests (browser
# tests included), and the strict site build. Needs only Python 3.11+ (and root with
# apt-get for Chromium; without it the browser tests say they were skipped).
# Run from anywhere: bash tools/check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export NO_MKDOCS_2_WARNING=1

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test,docs,png]'
bash tools/install_browser.sh

echo "== ruff"
.venv/bin/ruff check src tools tests bench
.venv/bin/ruff format --check src tools tests bench

echo "== site"
site_dir=$(mktemp -d)
trap 'rm -rf "$site_dir"' EXIT
.venv/bin/mkdocs build --strict --quiet --site-dir "$site_dir"

echo "== pytest"
.venv/bin/python -m pytest -q -p no:cacheprovider
