"""Starting the desktop app: Qt application, font, translations, crash dialog, first window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication, QLabel

from station_desk.errors import StationDeskError
from station_desk.ui import crash
from station_desk.ui import settings as ui_settings
from station_desk.ui.app_flow import AppFlow, vault_exists
from station_desk.ui.application import make_application
from station_desk.ui.fonts import FontScaler, register_bundled_font
from station_desk.ui.i18n import install_translators, normalize_lang
from station_desk.ui.labels import app_title
from station_desk.ui.settings import UiSettings
from station_desk.ui.wait import busy


def name_application(app: QApplication) -> None:
    """Qt appends the display name to every window title that does not already end with it.
    Named in the user's language (after the translators are in), the main window's title,
    which ends with that name, says it once."""
    app.setApplicationDisplayName(app_title())


def data_location() -> Path:
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation))


def default_vault(settings: UiSettings) -> Path:
    last = settings.get(ui_settings.LAST_VAULT)
    return Path(last) if last else data_location() / "vault"


def prepare_demo() -> tuple[Path, list[dict[str, Any]]]:
    """The demo vault lives apart from real data, in the app's data folder."""
    from station_desk.tools import demo

    root = data_location() / "demo-vault"
    if not vault_exists(root):
        root.parent.mkdir(parents=True, exist_ok=True)
        notice = QLabel(QCoreApplication.translate(
            "Demo", "Creating the demo vault with invented records. This takes a minute…"))
        notice.setWindowTitle(app_title())
        notice.setMargin(24)
        notice.show()
        QCoreApplication.processEvents()  # paint it before the blocking work starts
        try:
            with busy():
                demo.create_demo_vault(root)
        finally:
            notice.close()
    return root, list(demo.DEMO_ACCOUNTS())


def run_gui(vault: str | None = None, demo: bool = False, lang: str | None = None) -> int:
    """Core dumps were switched off by the CLI entry point before we got here."""
    app = make_application()
    settings = UiSettings.for_user()
    language = normalize_lang(lang or settings.get(ui_settings.LANGUAGE))
    translators = install_translators(app, language)  # noqa: F841 - must stay alive
    name_application(app)
    register_bundled_font()
    scaler = FontScaler()
    scaler.apply(settings.get(ui_settings.FONT_SCALE))
    crash.install()

    demo_accounts = None
    if demo:
        try:
            root, demo_accounts = prepare_demo()
        except StationDeskError as exc:
            crash.show_message(exc)
            return 1
    else:
        root = Path(vault).expanduser() if vault else default_vault(settings)
    flow = AppFlow(root.resolve(), settings, demo_accounts=demo_accounts, font_scaler=scaler)
    flow.start()
    code = app.exec()
    settings.sync()
    return int(code)
