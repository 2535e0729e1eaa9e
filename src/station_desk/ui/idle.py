"""Locks after a stretch without keyboard or mouse input anywhere in the app."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    """An application-wide event filter; `idle` fires once per quiet period."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None,
                 timer: QTimer | None = None) -> None:
        super().__init__(parent)
        self._timer = timer or QTimer(self)  # a test may hand in one that counts its starts
        self._timer.setParent(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.idle)

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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in ACTIVITY and self._timer.isActive():
            self._timer.start()  # restart the countdown
        return False
