# Shared set-up for the quick-start scripts: a project venv and the system libraries Qt needs.
# Sourced, not run. Works on a fresh Debian/Ubuntu machine with only Python 3.11+ and pip.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${STATION_DESK_VENV:-$ROOT/.venv}"
PY="${PYTHON:-python3}"

"$PY" - <<'PYCHECK' || { echo "Station Desk 需要 Python 3.11 或更新版本 / needs Python 3.11+" >&2; exit 1; }
import sys
sys.exit(0 if sys.version_info >= (3, 11) else 1)
PYCHECK

# Debian packages: Qt's xcb/offscreen plugins load these; pdftotext/pdftoppm check printed
# records in the tests. Only the missing ones are installed.
apt_install() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "安装系统软件包 / installing system packages: ${missing[*]}"
    $sudo apt-get update -qq >/dev/null || true
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

QT_RUNTIME_PKGS=(libegl1 libgl1 libfontconfig1 libglib2.0-0 libxkbcommon0 libdbus-1-3
                 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
                 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1)

make_venv() {
    if [ ! -x "$VENV/bin/python" ]; then
        "$PY" -m venv "$VENV" || {
            apt_install python3-venv
            "$PY" -m venv "$VENV"
        }
    fi
    "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
    "$VENV/bin/python" -m pip install -q -e "$ROOT$1"
    if [ -f "$ROOT/scripts/build_translations.py" ]; then
        "$VENV/bin/python" "$ROOT/scripts/build_translations.py" >/dev/null
    fi
}
