"""The shape the settings-like pages share (备份, 保存期限): they read what they show on the
operations worker when shown and whenever a notice names a kind of data they show, and say
how the last action went in one line at the bottom (green when done, red with the refusal).

A subclass says what it shows (`shows`), reads it in `load()` (on the worker: the session
only, never a widget) and puts it on screen in `show_loaded()` (on the UI thread). Its
actions go through `act()`, which runs the change as a `ChangeOp`; the page reloads from the
notice that follows, not by calling `refresh()` itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui import theme
from station_desk.ui.operations import Change, ChangeOp, QueryOp, refresh_on
from station_desk.ui.widgets import ErrorLabel


class StatusPage(QWidget):
    shows: Change = Change.NONE  # the kinds of data this page shows

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.message = ErrorLabel()
        refresh_on(self, self.shows, self.refresh)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read again on the worker; a newer refresh of this page makes an older one give up."""
        QueryOp(self, self.load).success(self.show_loaded).failure(self._fail).run(
            latest=f"{type(self).__name__}:{id(self)}")

    def load(self) -> Any:
        """On the worker: what the page shows (read through `self.session` only)."""
        raise NotImplementedError

    def show_loaded(self, loaded: Any) -> None:
        """On the UI thread: put what `load()` read on screen."""
        raise NotImplementedError

    def act(self, call: Callable[[], Any], changes: Change,
            done: Callable[[Any], None] | None = None, *, hold_input: bool = True) -> None:
        """Run a change on the worker; `done(result)` after it, a refusal in the status line."""
        op = ChangeOp(self, call, changes, hold_input=hold_input).failure(self._fail)
        if done is not None:
            op.success(done)
        op.run()

    def _ok(self, text: str) -> None:
        theme.set_tone(self.message, "ok")
        self.message.show_text(text)

    def _fail(self, exc: StationDeskError) -> None:
        theme.set_tone(self.message, "danger")
        self.message.show_error(exc)
