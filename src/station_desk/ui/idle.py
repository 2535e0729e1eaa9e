"""Locks after a stretch without keyboard or mouse input anywhere in the app.

Input from the keyboard and the mouse reaches a top-level window (its QWindow) before the
widget it is for, so the watcher filters the windows, not the whole application. An
application-wide filter written in Python is handed every event of every widget, thousands
while a window opens, each at the price of finding the widget's Python type: it was a fifth
of opening a file window (docs/benchmarks). A window's own events are a few dozen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow

ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    """An event filter on the app's windows (`watch_windows`); `idle` fires once per quiet
    period."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None,
                 timer: QTimer | None = None) -> None:
        super().__init__(parent)
        self._timer = timer or QTimer(self)  # a test may hand in one that counts its starts
        self._timer.setParent(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.idle)
        self._watching = False

    @property
    def timer(self) -> QTimer:
        """The countdown itself (tests run it out by emitting its `timeout`, not by waiting)."""
        return self._timer

    def set_timeout(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)
        if self._timer.isActive():
            self._timer.start()

    def timeout_ms(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def is_running(self) -> bool:
        return self._timer.isActive()

    def watch_windows(self) -> None:
        """Filter every window there is now, and again each time the focus moves to another
        window: a new window is focused when it opens (or the one it opened from is), so
        none is left out for long, and a window the user works in always has been."""
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and not self._watching:
            self._watching = True
            app.focusWindowChanged.connect(self._watch_all)
            self._watch_all()

    def is_watching(self) -> bool:
        return self._watching

    def stop_watching(self) -> None:
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and self._watching:
            self._watching = False
            app.focusWindowChanged.disconnect(self._watch_all)
            for window in app.allWindows():
                window.removeEventFilter(self)

    def _watch_all(self, _focused: QWindow | None = None) -> None:
        for window in QGuiApplication.allWindows():
            window.installEventFilter(self)  # installed twice, a filter still runs once

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in ACTIVITY and self._timer.isActive():
            self._timer.start()  # restart the countdown
        return False
