#!/usr/bin/env bash
# Quick start 1: set up and open Station Desk on a demo vault (fictitious data).
source "$(dirname "${BASH_SOURCE[0]}")/_setup.sh"
apt_install "${QT_RUNTIME_PKGS[@]}"
make_venv ""
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "没有图形界面（DISPLAY 未设置）。可在桌面终端中运行，或用 xvfb-run。" >&2
    echo "No display (DISPLAY is unset): run this from a desktop terminal or under xvfb-run." >&2
    exit 1
fi
exec "$VENV/bin/station-desk" gui --demo "$@"
