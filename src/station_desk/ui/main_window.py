"""The main window: menu bar, section navigation, and the lock that replaces it all.

The central widget is a stack of two pages: the work area (navigation + section pages) and
the lock screen. Locking switches the stack, so the work area is hidden, not painted over,
and its widgets (with whatever was typed) survive until unlock. Every other window (file
windows, record dialogs, modal ones included) is hidden, never closed: see `WindowsAside`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain import station_settings
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.ui import operations
from station_desk.ui import settings as ui_settings
from station_desk.ui.about import AboutDialog
from station_desk.ui.accounts_dialogs import ChangePasswordDialog
from station_desk.ui.clipboard import secret_clipboard
from station_desk.ui.fonts import FontScaler
from station_desk.ui.i18n import arg
from station_desk.ui.icons import action_icon, app_icon, section_icon
from station_desk.ui.idle import IdleWatcher
from station_desk.ui.labels import app_title, role_label
from station_desk.ui.lock_screen import LockScreen
from station_desk.ui.os_lock import OsLockWatcher
from station_desk.ui.page_layout import PageScroll
from station_desk.ui.preferences import PreferencesDialog
from station_desk.ui.section_list import default_registry
from station_desk.ui.sections import Section, SectionRegistry
from station_desk.ui.settings import UiSettings
from station_desk.ui.station_profile import StationProfileDialog
from station_desk.ui.theme import Heading, colour
from station_desk.ui.windows_aside import WindowsAside

KEY_ROLE = Qt.ItemDataRole.UserRole
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1

# The navigation's groups, by the sections' order numbers: the day's work (below 100), the
# station's work (below 900), administration.
NAV_GROUP_TITLES: dict[str, Callable[[], str]] = {
    "daily": lambda: QCoreApplication.translate("MainWindow", "Daily work"),
    "station": lambda: QCoreApplication.translate("MainWindow", "Station"),
    "admin": lambda: QCoreApplication.translate("MainWindow", "Administration"),
}


def _nav_group(order: int) -> str:
    return "daily" if order < 100 else "station" if order < 900 else "admin"


class MainWindow(QMainWindow):
    signOutRequested = Signal()
    restoreRequested = Signal(str, str)
    closed = Signal()

    def __init__(self, session: Session, settings: UiSettings,
                 registry: SectionRegistry | None = None, *,
                 idle_ms: int | None = None, font_scaler: FontScaler | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.registry = registry or default_registry()
        self.font_scaler = font_scaler or FontScaler()
        self.pages: dict[str, QWidget] = {}
        self.aside = WindowsAside(self)
        self._closing_for: str = "exit"
        self.setWindowIcon(app_icon())
        self.setMinimumSize(860, 560)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.stack = QStackedWidget()
        self.work = QWidget()
        row = QHBoxLayout(self.work)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        # The pages sit on the window's background with room around them, under the
        # section's title (unless the page has a heading of its own, as 今日 has).
        self.page_title = Heading()
        self.page_title.setObjectName("pageTitle")
        self.page_title.setContentsMargins(0, 0, 0, 2)
        content = QVBoxLayout()
        content.setContentsMargins(16, 10, 16, 4)
        content.setSpacing(6)
        content.addWidget(self.page_title)
        content.addWidget(self.stack, 1)
        row.addLayout(content, 1)
        self.lock_screen = LockScreen(session)
        self.lock_screen.unlocked.connect(self._on_unlocked)
        self.lock_screen.signOutRequested.connect(self.request_sign_out)
        self.outer = QStackedWidget()
        self.outer.addWidget(self.work)
        self.outer.addWidget(self.lock_screen)
        self.setCentralWidget(self.outer)

        self.sections = self.registry.visible(session)
        self._fill_navigation()
        self.nav.currentRowChanged.connect(self._show_row)
        self._fit_navigation()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.fontChanged.connect(self._fit_navigation)
        self._build_menus()

        minutes = station_settings.idle_lock_minutes(session)
        self.idle = IdleWatcher(idle_ms if idle_ms is not None else minutes * 60_000, self)
        self.idle.idle.connect(self.lock)
        self.idle.watch_windows()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusWindowChanged.connect(self._lend_lock_to_modal)
        self.idle.start()
        self.os_lock = OsLockWatcher(self)
        self.os_lock.osLocked.connect(self.lock)
        self._os_lock_attached = False

        geometry = settings.get(ui_settings.WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)
        self._station = ""  # the station's name, for the title once it is read
        self._update_title()
        self._add_busy_bar()
        if self.sections:
            self.show_section(self.sections[0].key)

    def _add_busy_bar(self) -> None:
        """The status bar's moving bar while an operation takes longer than a moment."""
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # no end known: it moves to say "working"
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Working…"))
        self.busy_bar.hide()
        self.statusBar().addPermanentWidget(self.busy_bar)
        ops = operations.runner()
        self.busy_bar.setVisible(ops.busy)
        ops.busyChanged.connect(self.busy_bar.setVisible)

    def _fit_navigation(self, *_font: object) -> None:
        """As wide as its longest entry at the current text size, icons as tall as the text:
        nothing cut off at 150 %, no wasted band at 100 %."""
        metrics = self.nav.fontMetrics()
        side = round(metrics.height() * 1.15)
        self.nav.setIconSize(QSize(side, side))
        widest = max((metrics.horizontalAdvance(self.nav.item(i).text())
                      for i in range(self.nav.count())), default=0)
        padding = 4 * metrics.averageCharWidth() + 2 * metrics.height()  # item + list padding
        self.nav.setFixedWidth(widest + side + padding)

    # -- sections ---------------------------------------------------------------------------
    def _fill_navigation(self) -> None:
        """The sections under quiet group titles (daily work, the station, administration),
        where more than one group is shown; a title is not an entry one can choose."""
        groups = [(NAV_GROUP_TITLES[_nav_group(s.order)], s) for s in self.sections]
        titled = len({title for title, _s in groups}) > 1
        previous = None
        for title, section in groups:
            if titled and title is not previous:
                header = QListWidgetItem(title())
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                header.setData(GROUP_ROLE, True)
                header.setForeground(colour("muted_text"))
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                self.nav.addItem(header)
                previous = title
            item = QListWidgetItem(section_icon(section.key, section.icon), section.title())
            item.setData(KEY_ROLE, section.key)
            self.nav.addItem(item)

    def _row_of(self, key: str) -> int:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(KEY_ROLE) == key:
                return row
        return -1

    def _show_row(self, row: int) -> None:
        item = self.nav.item(row) if row >= 0 else None
        key = item.data(KEY_ROLE) if item is not None else None
        if key:
            self.show_section(key)

    def page(self, key: str) -> QWidget:
        """A section's page, built on first use and kept (with its input) afterwards."""
        if key not in self.pages:
            section = self.registry.get(key)
            widget = section.factory(self.session)
            restore = getattr(widget, "restoreRequested", None)
            if restore is not None:
                restore.connect(self.restoreRequested)
            self.pages[key] = widget
            self.stack.addWidget(PageScroll(widget))
        return self.pages[key]

    def show_section(self, key: str) -> None:
        if self.session.locked or key not in self.visible_section_keys():
            return
        widget = self.page(key)  # built without reading the vault: pages read on the worker
        self.stack.setCurrentWidget(widget.parentWidget().parentWidget())  # its PageScroll
        self.page_title.setText(self.registry.get(key).title())
        self.page_title.setVisible(not getattr(widget, "has_own_title", False))
        row = self._row_of(key)
        if row >= 0 and self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)

    def current_page(self) -> QWidget | None:
        """The page shown (inside the scroll area that holds it)."""
        holder = self.stack.currentWidget()
        return holder.page if isinstance(holder, PageScroll) else holder

    def visible_section_keys(self) -> list[str]:
        return [s.key for s in self.sections]

    # -- menus ------------------------------------------------------------------------------
    def _action(self, text: str, slot: object, shortcut: QKeySequence | str | None = None,
                icon: str | None = None) -> QAction:
        action = QAction(text, self)
        if icon is not None:
            action.setIcon(action_icon(icon))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.lock_action = self._action(self.tr("&Lock screen"), self.lock, "Ctrl+L", "lock")
        self.password_action = self._action(self.tr("Change my &password…"),
                                            self.change_password, icon="password")
        self.sign_out_action = self._action(self.tr("Sign &out"), self.request_sign_out,
                                            "Ctrl+Shift+L", "sign_out")
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit,
                                         "quit")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        for action in (self.lock_action, self.password_action, self.sign_out_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = bar.addMenu(self.tr("&View"))
        self.section_actions: list[QAction] = []
        for number, section in enumerate(self.sections, start=1):  # Ctrl+1…9 for the first
            action = self._action(section.title(), self._goto(section),
                                  f"Ctrl+{number}" if number <= 9 else None)
            action.setIcon(section_icon(section.key, section.icon))
            view_menu.addAction(action)
            self.section_actions.append(action)
        view_menu.addSeparator()
        self.larger_action = self._action(self.tr("&Larger text"), lambda: self.step_font(1),
                                          QKeySequence.StandardKey.ZoomIn, "larger")
        self.smaller_action = self._action(self.tr("&Smaller text"), lambda: self.step_font(-1),
                                           QKeySequence.StandardKey.ZoomOut, "smaller")
        self.normal_action = self._action(self.tr("&Normal text size"),
                                          lambda: self.set_font_scale(1.0), "Ctrl+0",
                                          "normal_size")
        for action in (self.larger_action, self.smaller_action, self.normal_action):
            view_menu.addAction(action)

        tools = bar.addMenu(self.tr("&Tools"))
        self.prefs_action = self._action(self.tr("&Settings…"), self.open_preferences,
                                         QKeySequence.StandardKey.Preferences, "settings")
        self.prefs_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        tools.addAction(self.prefs_action)
        self.station_action = self._action(self.tr("Station &profile…"), self.edit_station,
                                           icon="station")
        self.station_action.setVisible(self.session.can(Permission.EDIT_STATION))
        tools.addAction(self.station_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = self._action(self.tr("&About Station Desk"), self.about,
                                         icon="about")
        help_menu.addAction(self.about_action)
        self.menus = [file_menu, view_menu, tools, help_menu]

    def _goto(self, section: Section) -> object:
        return lambda: self.show_section(section.key)

    def step_font(self, step: int) -> None:
        choices = list(ui_settings.FONT_SCALE.choices)
        current = self.settings.get(ui_settings.FONT_SCALE)
        index = min(range(len(choices)), key=lambda i: abs(choices[i] - current))
        self.set_font_scale(choices[max(0, min(len(choices) - 1, index + step))])

    def set_font_scale(self, scale: float) -> None:
        self.settings.set(ui_settings.FONT_SCALE, scale)
        self.font_scaler.apply(scale)

    def open_preferences(self) -> None:
        if PreferencesDialog.ask(self.session, self.settings, self):
            self.font_scaler.apply(self.settings.get(ui_settings.FONT_SCALE))
            self.idle.set_timeout(station_settings.idle_lock_minutes(self.session) * 60_000)

    def edit_station(self) -> None:
        if StationProfileDialog.ask(self.session, self):
            self._update_title()  # the station's name is in it

    def change_password(self) -> None:
        if ChangePasswordDialog.ask(self.session, self):
            self.statusBar().showMessage(self.tr("Password changed."), 5000)

    def about(self) -> None:
        AboutDialog.ask(self)

    def _update_title(self) -> None:
        """The title now (locked, or the station's name as last read), then the station's
        name read again on the worker (it may have been changed); a name that cannot be
        read is left out, as before."""
        self._show_title()
        if self.session.locked:
            return
        session = self.session
        operations.QueryOp(self, lambda: station_settings.station_profile(session).name) \
            .success(self._station_read).failure(lambda _refusal: None) \
            .run(latest=f"window-title:{id(self)}")

    def _station_read(self, name: str) -> None:
        self._station = name
        self._show_title()

    def _show_title(self) -> None:
        if self.session.locked:  # the name of the station and who is signed in stay hidden
            self.setWindowTitle(arg(self.tr("Locked — %1"), app_title()))
            return
        who = f"{self.session.user.display_name} · {role_label(self.session.user.role)}"
        self.setWindowTitle(" — ".join(p for p in (self._station, who, app_title()) if p))

    # -- locking ----------------------------------------------------------------------------
    def lock(self) -> None:
        if self.session.locked and self.outer.currentWidget() is self.lock_screen:
            return
        # Other windows (file windows, record dialogs, modal ones too) go out of sight, their
        # input autosaved first (the session may never be unlocked) and kept as typed.
        self.aside.hide_all()
        operations.runner().hold_answers(self, self._behind_lock)
        try:
            self.session.lock()
        except Exception:  # the screen locks even if the audit entry cannot be written
            pass
        secret_clipboard().clear_if_ours()
        self.outer.setCurrentWidget(self.lock_screen)
        self._set_menus_enabled(False)
        self.idle.stop()
        self._update_title()
        self.lock_screen.reset()
        self.raise_()

    def _behind_lock(self, screen: QWidget) -> bool:
        """A page of this window, a window opened from one (a file window not shown yet),
        or a window the lock put aside: nothing asked for there before the lock may appear
        over the lock screen."""
        widget: QWidget | None = screen
        while widget is not None:
            if widget is self.work or widget in self.aside.windows:
                return True
            widget = widget.parentWidget()
        return False

    def keep_aside(self, window: QWidget) -> None:
        """Hide a window that showed up while locked; it comes back on unlock."""
        if self.is_locked:
            self.aside.add(window)

    def show_lock_screen(self) -> None:
        """Bring the (locked) window to the front with the password field ready: where a
        client-facing screen hands back."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        self.lock_screen.reset()

    def _on_unlocked(self) -> None:
        self.outer.setCurrentWidget(self.work)
        self._set_menus_enabled(True)
        self._update_title()
        self.idle.start()
        self.aside.restore()
        operations.runner().release_answers()

    def _set_menus_enabled(self, enabled: bool) -> None:
        for action in self.findChildren(QAction):
            if action is not self.quit_action:
                action.setEnabled(enabled)
        for menu in self.menus:
            menu.menuAction().setEnabled(True)
        self.menuBar().setEnabled(True)

    def _lend_lock_to_modal(self, _focused: object = None) -> None:
        """Ctrl+L from inside a modal dialog: exactly when a record may be half written in
        one. The menu's shortcut belongs to this window, which the dialog shadows, so Qt
        would not fire it; the dialog that has the focus carries the action too."""
        modal = QApplication.activeModalWidget()
        if modal is not None and self.lock_action not in modal.actions():
            modal.addAction(self.lock_action)

    @property
    def is_locked(self) -> bool:
        return self.outer.currentWidget() is self.lock_screen

    # -- leaving ----------------------------------------------------------------------------
    def request_sign_out(self) -> None:
        self._closing_for = "signout"
        self._let_windows_go()
        self.signOutRequested.emit()

    def _let_windows_go(self) -> None:
        """The other windows close with this one: keep their input (if the lock did not
        already) and end any dialog's modal wait, so its caller unwinds while all is alive."""
        if not self.is_locked:
            self.aside.hide_all()
        self.aside.abandon()

    def closing_reason(self) -> str:
        return self._closing_for

    def set_closing_reason(self, reason: str) -> None:
        self._closing_for = reason

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.settings.set(ui_settings.WINDOW_GEOMETRY, self.saveGeometry())
        self._let_windows_go()
        if self.is_locked:
            operations.runner().drop_answers()
        if self.idle.is_watching():  # not a second time (closed, then the app quits)
            self.idle.stop_watching()
            app = QApplication.instance()
            if isinstance(app, QApplication):
                app.focusWindowChanged.disconnect(self._lend_lock_to_modal)
        self.idle.stop()
        event.accept()
        self.closed.emit()

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        if not self._os_lock_attached:  # needs a native window, so not before the first show
            self._os_lock_attached = True
            self.os_lock.attach(int(self.winId()))
        super().showEvent(event)  # type: ignore[arg-type]
