#!/usr/bin/env bash
# Install everything the tests need on a fresh Debian machine, then run them.
#   bash tools/test.sh            # as root: also installs the Debian packages
#   bash tools/test.sh -k datums  # extra arguments go to pytest
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  bash tools/install_system_deps.sh
fi
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
export QT_QPA_PLATFORM=offscreen
.venv/bin/lint-imports
# lint and formatting (ruff, configured in pyproject.toml)
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy  # the pure layers (core, io, analysis, export): [tool.mypy] in pyproject.toml
# the exported page's script, linted (ESLint from the npm registry, versions locked in tools/eslint)
(cd tools/eslint && npm ci --silent --no-audit --no-fund)
tools/eslint/node_modules/.bin/eslint -c tools/eslint/eslint.config.mjs gzmap/export/runtime/
exec .venv/bin/python -m pytest "$@"
