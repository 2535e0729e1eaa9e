#!/usr/bin/env bash
# Quick start 2: set up with the test extras and run the whole suite (offscreen Qt).
source "$(dirname "${BASH_SOURCE[0]}")/_setup.sh"
apt_install "${QT_RUNTIME_PKGS[@]}" poppler-utils
make_venv "[test]"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
"$VENV/bin/ruff" check src tests
exec "$VENV/bin/python" -m pytest "$@"
