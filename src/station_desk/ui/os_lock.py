"""Lock our session when the operating system locks the screen or goes to sleep.

Qt has no portable "screen locked" signal. `applicationStateChanged` reports Suspended only
on mobile platforms and Inactive on every switch to another window, so neither can be used
here. Instead:
- Windows: WTSRegisterSessionNotification, then WM_WTSSESSION_CHANGE / WTS_SESSION_LOCK
  through a native event filter.
- Linux: the desktop's screensaver `ActiveChanged(true)` on the session bus (freedesktop,
  GNOME, KDE names) and logind's `PrepareForSleep(true)` on the system bus.
- macOS and anything else: the idle timer and Ctrl+L remain.
Any failure to hook in is silent: the idle lock still protects the records.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QObject, Signal, Slot

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0

SCREENSAVERS = [
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ("org.kde.screensaver", "/ScreenSaver", "org.freedesktop.ScreenSaver"),
]


class _WindowsFilter(QAbstractNativeEventFilter):
    def __init__(self, watcher: OsLockWatcher) -> None:
        super().__init__()
        self._watcher = watcher

    def nativeEventFilter(self, event_type: QByteArray | bytes, message: int  # noqa: N802
                          ) -> tuple[bool, int]:
        if bytes(event_type) == b"windows_generic_MSG":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
                self._watcher.osLocked.emit()
        return False, 0


class OsLockWatcher(QObject):
    osLocked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._native: _WindowsFilter | None = None
        self.hooked: list[str] = []

    def attach(self, window_id: int) -> None:
        if sys.platform == "win32":
            self._attach_windows(window_id)
        elif sys.platform.startswith("linux"):
            self._attach_dbus()

    def _attach_windows(self, window_id: int) -> None:
        try:
            import ctypes

            from PySide6.QtCore import QCoreApplication

            if ctypes.windll.wtsapi32.WTSRegisterSessionNotification(  # type: ignore[attr-defined]
                    window_id, NOTIFY_FOR_THIS_SESSION):
                self._native = _WindowsFilter(self)
                QCoreApplication.instance().installNativeEventFilter(self._native)
                self.hooked.append("wts")
        except (OSError, AttributeError):
            pass

    def _attach_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        session_bus = QDBusConnection.sessionBus()
        if session_bus.isConnected():
            for service, path, interface in SCREENSAVERS:
                if session_bus.connect(service, path, interface, "ActiveChanged", self,
                                       "1_on_screensaver(bool)"):
                    self.hooked.append(service)
        system_bus = QDBusConnection.systemBus()
        if system_bus.isConnected() and system_bus.connect(
                "org.freedesktop.login1", "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager", "PrepareForSleep", self,
                "1_on_sleep(bool)"):
            self.hooked.append("login1")

    @Slot(bool)
    def _on_screensaver(self, active: bool) -> None:
        if active:
            self.osLocked.emit()

    @Slot(bool)
    def _on_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.osLocked.emit()
