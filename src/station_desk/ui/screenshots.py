"""Screenshots of every main page, from the demo vault, for docs/screenshots/ (zh_CN).
Lives in the ui layer (it drives the main window); scripts/screenshots.py runs it:

    python scripts/screenshots.py                  # 1366x768, normal text, docs/screenshots
    python scripts/screenshots.py --out /tmp/shots --size 1920x1080 --scale 1.5 --menus
    python scripts/screenshots.py --vault /tmp/demo   # reuse (or create there) a demo vault

Each page is shown in the main window at the given size, after its data has loaded, and the
window is grabbed (offscreen: no display needed). The menus are drawn open one by one too,
since a grab of the window never shows a popup. Whatever the layout check finds clipped
(station_desk.ui.layout_audit) is printed, and makes the exit code 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from station_desk.domain.auth import sign_in
from station_desk.domain.records import dashboard, files
from station_desk.domain.session import Session
from station_desk.paths import repo_root
from station_desk.tools import demo
from station_desk.ui import layout_audit
from station_desk.ui.application import make_application
from station_desk.ui.fonts import FontScaler, register_bundled_font
from station_desk.ui.i18n import install_translators
from station_desk.ui.labels import app_title
from station_desk.ui.main_window import MainWindow
from station_desk.ui.records.file_window import FileWindow
from station_desk.ui.settings import UiSettings

ROOT = repo_root()

# Who sees which pages: the counsellor the daily work, the admin the station's upkeep.
ROLES = (("demo_counsellor_a", "counsellor"), ("demo_admin", "admin"))


def parse_size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def main_dialogs(session: Session, parent: QWidget,
                 settings_path: Path) -> list[tuple[str, Callable[[], QDialog]]]:
    """The dialogs a day at the desk opens, each as (name, how to build it), for the
    counsellor's first file today: shot by --dialogs and checked by tests/ui/test_layout.py."""
    from station_desk.domain import station_settings
    from station_desk.ui.about import AboutDialog
    from station_desk.ui.accounts_dialogs import ChangePasswordDialog
    from station_desk.ui.preferences import PreferencesDialog
    from station_desk.ui.records.appointment_dialog import AppointmentDialog
    from station_desk.ui.records.dialogs import CrisisDialog, FollowupDialog
    from station_desk.ui.records.register_dialog import RegisterVisitorDialog
    from station_desk.ui.records.session_editor import SessionEditor
    from station_desk.ui.station_profile import StationProfileDialog

    board = dashboard.dashboard(session)
    client_id = board.appointments[0].client_id if board.appointments \
        else board.followups[0].client_id
    settings = UiSettings.at(settings_path)
    return [
        ("file-window", lambda: FileWindow(session, files.open_file(session, client_id),
                                           parent)),
        ("session-editor", lambda: SessionEditor(session, client_id, parent=parent)),
        ("appointment", lambda: AppointmentDialog(session, parent=parent,
                                                  day=dt.date.today())),
        ("crisis", lambda: CrisisDialog(session, client_id, parent=parent)),
        ("follow-up", lambda: FollowupDialog(session, client_id, parent=parent)),
        ("register", lambda: RegisterVisitorDialog(session, parent)),
        ("preferences", lambda: PreferencesDialog(session, settings, parent)),
        ("station-profile", lambda: StationProfileDialog(
            session, station_settings.station_profile(session), parent)),
        ("password", lambda: ChangePasswordDialog(session, parent)),
        ("about", lambda: AboutDialog(parent)),
    ]


def shoot_dialogs(session: Session, window: QWidget, work: Path, screen: tuple[int, int],
                  save: Callable[[QPixmap, str], None]) -> list[str]:
    found: list[str] = []
    for name, make in main_dialogs(session, window, work / "dialog-ui.ini"):
        dialog = make()
        try:
            layout_audit.show_as_on_screen(dialog, screen)
            if dialog.width() > screen[0] or dialog.height() > screen[1]:
                found.append(f"{name}: {dialog.width()}×{dialog.height()} is larger than "
                             "the screen")
            save(dialog.grab(), f"dialog-{name}.png")
            found += [f"{name}: {p}" for p in layout_audit.problems(dialog)]
        finally:
            dialog.close()
            dialog.deleteLater()
            layout_audit.settle()
    return found


def shoot_file_window(session: Session, window: QWidget, screen: tuple[int, int],
                      save: Callable[[QPixmap, str], None]) -> list[str]:
    """The file of the counsellor's first appointment today, in its own window, at the size
    the window takes on a screen of `screen` size (offscreen, the screen is 800x800)."""
    board = dashboard.dashboard(session)
    if not board.appointments:
        return []
    file_window = FileWindow(session, files.open_file(session, board.appointments[0].client_id),
                             window)
    try:
        file_window.show()
        file_window.resize(min(1100, screen[0] - 40), min(760, screen[1] - 60))  # as it does
        layout_audit.settle()
        save(file_window.grab(), "file-window.png")
        found = layout_audit.problems(file_window)
        print(f"file-window.png{'' if not found else '  ✗ ' + '; '.join(found)}", flush=True)
        return [f"file window: {p}" for p in found]
    finally:
        file_window.close()
        file_window.deleteLater()


def optimize(paths: list[Path]) -> None:
    """Screenshots for the repository, a quarter of Qt's size: 256-colour PNGs (pngquant),
    where the tool is installed; Qt's own PNGs otherwise."""
    tool = shutil.which("pngquant")
    if tool is None or not paths:
        return
    subprocess.run([tool, "--force", "--skip-if-larger", "--quality", "70-95",
                    "--ext", ".png", *map(str, paths)], check=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--vault", type=Path, default=None)
    parser.add_argument("--size", type=parse_size, default=(1366, 768))
    parser.add_argument("--scale", type=float, default=1.0, help="text size, 1.5 = 150 %%")
    parser.add_argument("--lang", default="zh")
    parser.add_argument("--only", nargs="*", default=None, help="section keys to shoot")
    parser.add_argument("--menus", action="store_true", help="also each menu, drawn open")
    parser.add_argument("--dialogs", action="store_true", help="also the main dialogs")
    parser.add_argument("--no-optimize", action="store_true",
                        help="keep Qt's PNGs as they are (else pngquant, where installed)")
    args = parser.parse_args(argv)
    app = make_application(["station-desk"])
    translators = install_translators(app, args.lang)  # noqa: F841 - must stay alive
    app.setApplicationDisplayName(app_title())  # as app_main names it, in the language
    register_bundled_font()
    FontScaler().apply(args.scale)

    work = Path(tempfile.mkdtemp(prefix="station-desk-shots-"))
    vault = args.vault or work / "demo-vault"
    if not (vault / "station.db").exists():
        print(f"creating the demo vault in {vault} …", flush=True)
        demo.create_demo_vault(vault)
    passwords = {a["username"]: a["password"] for a in demo.DEMO_ACCOUNTS()}
    args.out.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    done: set[str] = set()
    width, height = args.size
    screen = QRect(0, 0, width, height)
    written: list[Path] = []

    def save(image: QImage | QPixmap, name: str) -> None:
        image.save(str(args.out / name))
        written.append(args.out / name)

    for username, role in ROLES:
        session = sign_in(vault, username, passwords[username])
        window = MainWindow(session, UiSettings.at(work / f"ui-{username}.ini"))
        window.resize(width, height)
        window.show()
        layout_audit.settle()
        for key in window.visible_section_keys():
            if key in done or (args.only is not None and key not in args.only):
                continue
            done.add(key)
            window.show_section(key)
            layout_audit.settle()
            name = f"{key.replace('.', '-')}.png"
            save(window.grab(), name)
            found = layout_audit.problems(window, (width, height))
            problems += [f"{key}: {p}" for p in found]
            print(f"{name}{'' if not found else '  ✗ ' + '; '.join(found)}", flush=True)
        if role == "counsellor" and (args.only is None or "file" in args.only):
            problems += shoot_file_window(session, window, (width, height), save)
        if args.dialogs and role == "counsellor":
            problems += shoot_dialogs(session, window, work, (width, height), save)
        if args.menus and role == "counsellor":
            for number, menu in enumerate(window.menus, start=1):
                save(layout_audit.grab_menu(window, menu), f"menu-{number}.png")
                found = layout_audit.menu_problems(window, menu, screen)
                problems += [f"menu {number}: {p}" for p in found]
        window.close()
        window.deleteLater()
        session.close()
        QApplication.processEvents()
    if not args.no_optimize:
        optimize(written)
    if problems:
        print("\n".join(["clipped:", *problems]), file=sys.stderr)
        return 1
    return 0
