"""Copying text out of records without leaving it behind.

The mime data carries the hints clipboard managers honour for passwords (KDE Klipper and
others read `x-kde-passwordManagerHint`; Windows clipboard history and cloud sync skip data
that carries `ExcludeClipboardContentFromMonitorProcessing`), and the clipboard is cleared
after 30 s if it still holds what we put there, so a record excerpt does not linger.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000
KDE_HINT = "x-kde-passwordManagerHint"
WINDOWS_EXCLUDE = ('application/x-qt-windows-mime;'
                   'value="ExcludeClipboardContentFromMonitorProcessing"')
WINDOWS_NO_HISTORY = 'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"'


def secret_mime(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    mime.setData(KDE_HINT, b"secret")
    mime.setData(WINDOWS_EXCLUDE, b"\x00\x00\x00\x00")
    mime.setData(WINDOWS_NO_HISTORY, b"\x00\x00\x00\x00")  # DWORD 0: keep out of history
    return mime


class SecretClipboard(QObject):
    def __init__(self, clipboard: QClipboard | None = None, clear_after_ms: int = CLEAR_AFTER_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)

    @property
    def timer(self) -> QTimer:
        """The countdown to clearing (tests run it out by emitting its `timeout`)."""
        return self._timer

    def copy(self, text: str) -> None:
        self._ours = text
        self._clipboard.setMimeData(secret_mime(text))
        self._timer.start()

    def holds_ours(self) -> bool:
        return self._ours is not None and self._clipboard.text() == self._ours

    def clear_if_ours(self) -> None:
        """Leave alone whatever the user copied since, from us or another program."""
        if self.holds_ours():
            self._clipboard.clear()
        self._ours = None
        self._timer.stop()


_shared: SecretClipboard | None = None


def secret_clipboard() -> SecretClipboard:
    """One per application, parented to it, so the timer outlives the widget that copied."""
    global _shared
    app = QGuiApplication.instance()
    if _shared is None or _shared.parent() is not app:
        _shared = SecretClipboard(parent=app)
    return _shared


def copy_secret(text: str) -> None:
    secret_clipboard().copy(text)
