#!/usr/bin/env bash
# Build the Linux one-folder app and its tarball, then smoke-test the built program:
#
#     bash scripts/build_linux.sh
#
# Output: dist/station-desk/ (the program folder) and
#         dist/station-desk-<version>-linux-x86_64.tar.gz (that folder + install.sh + .desktop).
# The version comes from station_desk.__version__ only. PyInstaller's work folder is kept in
# ~/.cache/station-desk/ (STATION_DESK_BUILD_CACHE) so a rebuild reuses its analysis.
# The frozen program's --self-test must pass, and print nothing unexpected on stderr
# (installer/selftest-stderr-allowlist.txt), or no tarball is made.
source "$(dirname "${BASH_SOURCE[0]}")/_setup.sh"
cd "$ROOT"
START=$SECONDS
step() { printf '[build %4ss] %s\n' "$((SECONDS - START))" "$*"; }

step "system packages and build venv ($VENV)"
apt_install "${QT_RUNTIME_PKGS[@]}" binutils
make_venv "[build]"
PYBIN="$VENV/bin/python"
VERSION="$("$PYBIN" -c 'import station_desk; print(station_desk.__version__)')"
ARCH="$(uname -m)"
CACHE="${STATION_DESK_BUILD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/station-desk}"
mkdir -p "$CACHE"

step "translations (.ts -> .qm; .qm files are build products)"
if [ ! -f scripts/build_translations.py ]; then
    QT_QPA_PLATFORM=offscreen "$PYBIN" -c \
        'from station_desk.ui.i18n import ensure_qm; [ensure_qm(l) for l in ("zh", "en")]'
fi
for ts in resources/translations/*.ts; do
    [ -e "$ts" ] || continue
    qm="${ts%.ts}.qm"
    if [ ! -f "$qm" ] || [ "$qm" -ot "$ts" ]; then
        echo "翻译未编译 / translation not compiled: $qm" >&2
        exit 1
    fi
done

step "PyInstaller one-folder build of Station Desk $VERSION"
export PYINSTALLER_CONFIG_DIR="$CACHE/pyinstaller-config"
"$PYBIN" -m PyInstaller installer/station-desk.spec --noconfirm --log-level WARN \
    --distpath dist --workpath "$CACHE/pyinstaller-work"
APP_DIR="dist/station-desk"
cp installer/station-desk.desktop "$APP_DIR/station-desk.desktop"
install -m 755 installer/linux-install.sh "$APP_DIR/install.sh"

step "smoke test: $APP_DIR/station-desk --self-test"
ERR="$(mktemp)"
set +e
(cd /tmp && env -u QT_QPA_PLATFORM "$ROOT/$APP_DIR/station-desk" --self-test 2>"$ERR")
CODE=$?
set -e
UNEXPECTED="$(grep -v -E -f <(grep -v -E '^(#|$)' installer/selftest-stderr-allowlist.txt) "$ERR" || true)"
if [ -s "$ERR" ]; then
    echo "--- stderr ---"; cat "$ERR"; echo "--------------"
fi
rm -f "$ERR"
if [ "$CODE" -ne 0 ]; then
    echo "自检失败，退出码 $CODE / self-test failed with exit code $CODE" >&2
    exit 1
fi
if [ -n "$UNEXPECTED" ]; then
    echo "自检输出了意外的错误信息 / unexpected stderr from the self-test:" >&2
    echo "$UNEXPECTED" >&2
    exit 1
fi

TARBALL="dist/station-desk-$VERSION-linux-$ARCH.tar.gz"
step "tarball $TARBALL"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}" \
    -C dist --transform "flags=rhS;s|^station-desk|station-desk-$VERSION|" -cf - station-desk \
    | gzip -n -6 > "$TARBALL.tmp"
mv "$TARBALL.tmp" "$TARBALL"

step "done: $APP_DIR ($(du -sh "$APP_DIR" | cut -f1)), $TARBALL ($(du -h "$TARBALL" | cut -f1))"
