#!/usr/bin/env bash
# Install (or update) Station Desk from the unpacked tarball, for this user or, as root, for
# every user of the PC:   ./install.sh          (run from the unpacked folder)
#                         ./install.sh --uninstall
#
# Installs the program folder to ~/.local/opt/station-desk (root: /opt/station-desk), a
# `station-desk` command, the menu entry and the icons. Uninstalling removes exactly those and
# NEVER the vault or settings: the vault is the station's only copy of its confidential
# records (in the app's data folder, e.g. ~/.local/share/StationDesk/station-desk), and removing
# a program must not destroy records that have to be kept. Delete it by hand, deliberately,
# after making a backup.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ "$(id -u)" -eq 0 ]; then
    PREFIX=/opt/station-desk; BIN=/usr/local/bin; SHARE=/usr/local/share
else
    PREFIX="$HOME/.local/opt/station-desk"; BIN="$HOME/.local/bin"; SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
SIZES=(16 24 32 48 64 128 256 512)

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf -- "$PREFIX"
    rm -f -- "$BIN/station-desk" "$SHARE/applications/station-desk.desktop"
    for s in "${SIZES[@]}"; do rm -f -- "$SHARE/icons/hicolor/${s}x${s}/apps/station-desk.png"; done
    rm -f -- "$SHARE/icons/hicolor/scalable/apps/station-desk.svg"
    echo "已卸载程序；保险库和设置未删除。 / Program removed; vault and settings were kept."
    exit 0
fi

[ -x "$HERE/station-desk" ] || { echo "run install.sh from the unpacked folder" >&2; exit 1; }
mkdir -p "$PREFIX.new"
cp -a "$HERE/." "$PREFIX.new/"
rm -rf -- "$PREFIX.old"
[ -d "$PREFIX" ] && mv -- "$PREFIX" "$PREFIX.old"
mv -- "$PREFIX.new" "$PREFIX"
rm -rf -- "$PREFIX.old"
mkdir -p "$BIN" "$SHARE/applications"
ln -sf "$PREFIX/station-desk" "$BIN/station-desk"
ICONS="$PREFIX/_internal/resources/icons"
for s in "${SIZES[@]}"; do
    install -D -m 644 "$ICONS/station-desk-$s.png" "$SHARE/icons/hicolor/${s}x${s}/apps/station-desk.png"
done
install -D -m 644 "$ICONS/station-desk.svg" "$SHARE/icons/hicolor/scalable/apps/station-desk.svg"
sed -e "s|^Exec=.*|Exec=$PREFIX/station-desk|" -e "s|^TryExec=.*|TryExec=$PREFIX/station-desk|" \
    "$PREFIX/station-desk.desktop" > "$SHARE/applications/station-desk.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
echo "已安装到 / installed to $PREFIX  (命令 / command: $BIN/station-desk)"
