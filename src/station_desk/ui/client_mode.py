"""Client-facing mode: the one way to hand the station PC to a worker (the PHQ/GAD kiosk, the
satisfaction form, and any later client screen).

Entering it, the main window switches to its lock screen first: the session locks, every
other window of the app (file windows, dialogs) is hidden with its input kept, and the work
area is replaced, so nothing of a record is on any screen or one click away. Only then is the
client screen shown, full screen, frameless, on top and application-modal, on the main
window's monitor; every other monitor gets a blank cover (and so does one plugged in later).

While it is up, an application-wide filter refuses the ways out:
- Esc, Alt+anything (Alt+F4, Alt+Tab), the Windows/Menu keys: swallowed;
- every application shortcut (Ctrl+L, Ctrl+Q, Ctrl+1, menu accelerators): swallowed;
- closing the client screen (the window manager's close, Alt+F4 turned into a close event)
  or any other window of the app (the taskbar's "close window"): refused;
- another window of the app appearing: put aside until the counsellor unlocks;
- losing focus (a click on another monitor, the OS task switcher as far as Qt sees it:
  WindowDeactivate, applicationStateChanged): the main window is made sure to be locked and
  the client screen takes the focus back;
- the client screen going away by any other road (hidden, closed by code): the mode ends.

However it ends (finished, cancelled, or an escape that got through), it ends at the lock
screen: the counsellor signs in again to get back to the records. The client screen itself
holds only what the form needs (no client name, no file number, no record text).

What Qt cannot stop: Ctrl+Alt+Del, Win+L and, on Windows, the OS task switcher itself (the
keyboard grab holds only on X11). Whatever they reach of this app is the lock screen.

Without a main window (a page shown on its own, as in some tests) the session is locked and
the client screen must offer its own way back (the kiosk asks for the password).
"""

from __future__ import annotations

import contextlib
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from station_desk.domain.session import Session
from station_desk.ui.lock_screen import LockScreen
from station_desk.ui.theme import Heading

FINISHED = "finished"
CANCELLED = "cancelled"
ESCAPED = "escaped"

_HEADLESS = {"offscreen", "minimal"}
_REFUSED_KEYS = {Qt.Key.Key_Escape, Qt.Key.Key_Meta, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R,
                 Qt.Key.Key_Menu, Qt.Key.Key_Hyper_L, Qt.Key.Key_Hyper_R}
_REFUSED_MODIFIERS = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


@runtime_checkable
class LockTarget(Protocol):
    """What client-facing mode needs of the main window."""

    lock_screen: LockScreen

    def lock(self) -> None: ...

    def keep_aside(self, window: QWidget) -> None: ...

    def show_lock_screen(self) -> None: ...

    @property
    def is_locked(self) -> bool: ...


def find_lock_target(widget: QWidget | None, session: Session | None = None
                     ) -> LockTarget | None:
    """The main window `widget` lives in (through file windows and dialogs), else the one
    main window of `session` among the top-level windows."""
    while widget is not None:
        window = widget.window()
        if isinstance(window, LockTarget):
            return window
        widget = window.parentWidget()
    if session is not None:
        for window in QApplication.topLevelWidgets():
            if isinstance(window, LockTarget) and getattr(window, "session", None) is session:
                return window
    return None


class ClientCover(QWidget):
    """A blank full-screen window over a monitor the client screen is not on."""

    def __init__(self, screen: QScreen, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("clientCover")
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setStyleSheet("QWidget#clientCover { background: #1f2a36; }"
                           " QLabel { color: #cfd8e3; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # Large, but from the user's text size rather than a fixed pixel size.
        label = Heading(QCoreApplication.translate("ClientMode",
                                                   "Please use the other screen."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(label)
        self.on_screen = screen
        self.setGeometry(screen.geometry())


class ClientMode(QObject):
    """Hand `screen` to a client; `ended(reason)` once it is gone and the lock screen is up."""

    ended = Signal(str)

    def __init__(self, screen: QWidget, session: Session, owner: QWidget | None = None
                 ) -> None:
        super().__init__(screen)
        self.screen = screen
        self.session = session
        self.target = find_lock_target(owner if owner is not None else screen, session)
        self.covers: list[ClientCover] = []
        self.active = False
        self.reason = ""
        self.refused: dict[str, int] = {"keys": 0, "shortcuts": 0, "closes": 0, "windows": 0,
                                        "focus": 0}
        self._leaving = False

    # -- entering and leaving ---------------------------------------------------------------
    def enter(self) -> None:
        """Lock screen first, then the client screen over everything."""
        if self.target is not None:
            self.target.lock()
        else:
            self.session.lock()
        self.active = True
        screen = self.screen
        screen.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                              | Qt.WindowType.WindowStaysOnTopHint)
        screen.setWindowModality(Qt.WindowModality.ApplicationModal)
        screen.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        screen.setAutoFillBackground(True)
        host = self._host_screen()
        for other in QGuiApplication.screens():
            if other is not host:
                self._cover(other)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._application_state)
        app.screenAdded.connect(self._cover)
        screen.setGeometry(host.geometry())
        screen.showFullScreen()
        self.take_focus()

    def _host_screen(self) -> QScreen:
        if isinstance(self.target, QWidget) and self.target.screen() is not None:
            return self.target.screen()
        return QGuiApplication.primaryScreen()

    def _cover(self, screen: QScreen) -> None:
        cover = ClientCover(screen)
        self.covers.append(cover)
        cover.showFullScreen()

    def leave(self, reason: str) -> None:
        """End the mode: the client screen and the covers go, the lock screen is up."""
        if not self.active:
            return
        self.active = False
        self.reason = reason
        self._leaving = True
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.removeEventFilter(self)
            with contextlib.suppress(RuntimeError, TypeError):
                app.applicationStateChanged.disconnect(self._application_state)
            with contextlib.suppress(RuntimeError, TypeError):
                app.screenAdded.disconnect(self._cover)
        if not _headless():
            self.screen.releaseKeyboard()
        for cover in self.covers:
            cover.close()
            cover.deleteLater()
        self.covers = []
        self.screen.close()
        self._end_at_lock_screen()
        self.ended.emit(reason)

    def _end_at_lock_screen(self) -> None:
        if self.target is not None:
            self.target.lock()  # already locked since entering; made sure of
            self.target.show_lock_screen()
        # else the session was locked on entering and the client screen itself asked for
        # the password (or the session stays locked)

    # -- keeping it -------------------------------------------------------------------------
    def take_focus(self) -> None:
        screen = self.screen
        if not self.active or not screen.isVisible():
            return
        if screen.isMinimized():
            screen.showFullScreen()
        screen.activateWindow()
        # Headless platforms (the test runs) can neither raise nor grab, and say so loudly.
        if not _headless():
            screen.raise_()
            screen.grabKeyboard()

    def _focus_lost(self) -> None:
        """Another window (of any program) got the focus: whatever it can show of this app is
        the lock screen; the client screen takes the focus back when it can."""
        self.refused["focus"] += 1
        if self.target is not None and not self.target.is_locked:
            self.target.lock()
        QTimer.singleShot(0, self, self.take_focus)

    def _application_state(self, state: Qt.ApplicationState) -> None:
        if not self.active:
            return
        if state == Qt.ApplicationState.ApplicationActive:
            QTimer.singleShot(0, self, self.take_focus)
        else:
            self._focus_lost()

    def _ours(self, obj: QObject) -> bool:
        """The client screen, a widget in it (a combo box's pop-up too) or a cover."""
        if not isinstance(obj, QWidget):
            return False
        return obj is self.screen or self.screen.isAncestorOf(obj) or any(
            obj is cover or cover.isAncestorOf(obj) for cover in self.covers)

    def _refused_key(self, event: QKeyEvent) -> bool:
        return event.key() in _REFUSED_KEYS or bool(event.modifiers() & _REFUSED_MODIFIERS) \
            or event.key() == Qt.Key.Key_F4 and bool(
                event.modifiers() & Qt.KeyboardModifier.ControlModifier)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not self.active:
            return False
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:
            # An accepted override stops Qt from firing any shortcut or menu accelerator; the
            # key then arrives as a plain key press (which the client screen still gets).
            event.accept()
            self.refused["shortcuts"] += 1
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            assert isinstance(event, QKeyEvent)
            if not self._ours(obj) or self._refused_key(event):
                self.refused["keys"] += kind == QEvent.Type.KeyPress
                return True
            return False
        if not isinstance(obj, QWidget) or not obj.isWindow():
            return False
        if kind == QEvent.Type.Close and not self._leaving:
            # the client screen's close button, Alt+F4, or the main window's taskbar entry
            event.ignore()
            self.refused["closes"] += 1
            return True
        if kind == QEvent.Type.Show and not self._ours(obj) and obj is not self.target \
                and obj.windowType() not in (Qt.WindowType.ToolTip, Qt.WindowType.Popup):
            self.refused["windows"] += 1
            QTimer.singleShot(0, self, lambda: self._put_aside(obj))
            QTimer.singleShot(0, self, self.take_focus)
        elif kind == QEvent.Type.WindowActivate and not self._ours(obj):
            QTimer.singleShot(0, self, self.take_focus)
        elif kind == QEvent.Type.WindowDeactivate and obj is self.screen:
            self._focus_lost()
        elif kind == QEvent.Type.Hide and obj is self.screen and not self._leaving:
            # gone by a road not refused above: the mode ends, at the lock screen
            QTimer.singleShot(0, self, lambda: self.leave(ESCAPED))
        return False

    def _put_aside(self, window: QWidget) -> None:
        if not self.active or not window.isVisible():
            return
        if self.target is not None:
            self.target.keep_aside(window)
        else:
            window.hide()


def _headless() -> bool:
    return QGuiApplication.platformName() in _HEADLESS
