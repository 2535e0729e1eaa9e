"""Which window is up: the first-run wizard, the sign-in screen or the main window, and the
backups made on the way in (daily) and on the way out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from station_desk.domain import leftovers, maintenance
from station_desk.domain.clock import Clock, system_clock
from station_desk.domain.records import warm_up
from station_desk.domain.session import Session
from station_desk.domain.tier import regimes
from station_desk.errors import StationDeskError
from station_desk.storage.vault import VaultPaths
from station_desk.ui import messages, operations
from station_desk.ui import settings as ui_settings
from station_desk.ui.fonts import FontScaler
from station_desk.ui.i18n import arg, error_text
from station_desk.ui.main_window import MainWindow
from station_desk.ui.operations import Change, ChangeOp, QueryOp
from station_desk.ui.section_list import default_registry
from station_desk.ui.sections import SectionRegistry
from station_desk.ui.settings import UiSettings
from station_desk.ui.signin import SignInWindow
from station_desk.ui.signin_restore import restored_notice
from station_desk.ui.tier.acknowledge import AcknowledgeWindow
from station_desk.ui.wait import busy
from station_desk.ui.wizard import FirstRunWizard


def vault_exists(root: Path) -> bool:
    paths = VaultPaths(root)
    return paths.db.exists() or paths.slots.exists()


class AppFlow(QObject):
    def __init__(self, root: Path, settings: UiSettings, *, clock: Clock = system_clock,
                 registry: SectionRegistry | None = None,
                 demo_accounts: list[dict[str, Any]] | None = None,
                 font_scaler: FontScaler | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = Path(root)
        self.settings = settings
        self.clock = clock
        self.registry = registry or default_registry()
        self.demo_accounts = demo_accounts
        self.font_scaler = font_scaler or FontScaler()
        self.window: QWidget | None = None
        self.session: Session | None = None

    def start(self) -> QWidget:
        # Before looking for the vault: a restore killed half-way may have left it aside.
        leftovers.clean_before_sign_in(self.root)
        if vault_exists(self.root):
            return self.show_sign_in()
        wizard = FirstRunWizard(self.root, clock=self.clock)
        wizard.stationCreated.connect(self._station_created)
        return self._replace(wizard)

    def _replace(self, window: QWidget) -> QWidget:
        """Show the new window before closing the old, so Qt never sees zero windows."""
        old, self.window = self.window, window
        window.show()
        if old is not None:
            old.close()
            old.deleteLater()
        return window

    def show_sign_in(self, notice: str = "") -> QWidget:
        screen = SignInWindow(self.root, clock=self.clock, demo_accounts=self.demo_accounts,
                              notice=notice)
        screen.signedIn.connect(self.signed_in)
        return self._replace(screen)

    def _station_created(self, session: Session) -> None:
        self.settings.set(ui_settings.LAST_VAULT, str(self.root))
        self.signed_in(session)

    def signed_in(self, session: Session) -> None:
        self.session = session
        self.settings.set(ui_settings.LAST_VAULT, str(self.root))
        # The confidentiality regime comes first (issue 16): a window of its own, so the main
        # window opens only after it and nothing of a record is shown before. Asked on the
        # worker; an account the question is refused to has nothing to acknowledge.
        QueryOp(self.window, lambda: regimes.pending(session)).success(
            lambda waiting: self._gate_or_main(session, waiting)).failure(
            lambda _refused: self._gate_or_main(session, [])).run()

    def _gate_or_main(self, session: Session, waiting: list[regimes.Regime]) -> QWidget | None:
        if self.session is not session:
            return None  # signed out (the sign-in window closed) before the answer came
        if waiting:
            gate = AcknowledgeWindow(session, waiting)
            gate.acknowledged.connect(lambda: self._open_main(session))
            gate.declined.connect(self._regime_declined)
            return self._replace(gate)
        return self._open_main(session)

    def _regime_declined(self) -> None:
        self._end_session(None)
        self.show_sign_in(self.tr("You were signed out: the confidentiality regime must be "
                                  "read and acknowledged before you can work."))

    def _open_main(self, session: Session) -> MainWindow:
        window = MainWindow(session, self.settings, self.registry, font_scaler=self.font_scaler)
        window.closed.connect(self._main_closed)
        window.signOutRequested.connect(self.sign_out)
        window.restoreRequested.connect(self.restore)
        self._replace(window)
        QTimer.singleShot(0, lambda: self.backup_if_due(window))
        # After the first page asked for its rows: the pages the first searches read, on
        # the worker, giving way to anything the user asks for (domain/records/warm_up.py).
        QTimer.singleShot(0, lambda: self.warm_up(session))
        return window

    def warm_up(self, session: Session) -> None:
        if self.session is session and not session.locked:
            operations.runner().background(warm_up.WarmUp(session).run)

    # -- backups ---------------------------------------------------------------------------
    def backup_if_due(self, parent: QWidget | None = None) -> None:
        session = self.session
        if session is None or session.locked:
            return
        if maintenance.backup_due(session):
            # On the operations worker, input not held: work goes on while the copy is made.
            ChangeOp(parent, lambda: maintenance.make_backup(session, reason="daily"),
                     Change.BACKUPS, hold_input=False).failure(
                lambda exc: self._backup_failed(parent, exc)).run()

    def _backup_failed(self, parent: QWidget | None, exc: StationDeskError) -> None:
        messages.error(parent, arg(self.tr("The automatic backup failed: %1"), error_text(exc)))

    def _backup(self, session: Session, reason: str, parent: QWidget | None) -> None:
        """The backup on the way out, made before the vault closes (so here, waited for).
        Failing to back up is reported (before the window goes, so it is seen) but never
        stops the user leaving."""
        # Nothing announced: the session closes next, no page is to read it again.
        ChangeOp(None, lambda: maintenance.make_backup(session, reason=reason),
                 Change.NONE, hold_input=False).failure(
            lambda exc: self._backup_failed(parent, exc)).run()
        with busy():
            operations.runner().drain()
        # The answer now, not after the window has gone: the queued delivery, sent at once.
        QCoreApplication.sendPostedEvents(operations.runner(), QEvent.Type.MetaCall)

    # -- leaving ---------------------------------------------------------------------------
    def _end_session(self, reason: str | None) -> None:
        session, self.session = self.session, None
        if session is None:
            return
        operations.runner().drain()  # nothing may still be using the vault's connection
        if reason is not None:  # the domain decides who may trigger which backup
            self._backup(session, reason, self.window)
        session.close()

    def _main_closed(self) -> None:
        window = self.window
        reason = window.closing_reason() if isinstance(window, MainWindow) else "exit"
        if reason == "exit":
            self._end_session("exit")
        self.settings.sync()

    def sign_out(self) -> None:
        self._end_session("signout")
        self.show_sign_in()

    def restore(self, backup: str, secret: str) -> None:
        session = self.session
        if session is None:
            return
        username, recovery = session.user.username, session.is_recovery
        if isinstance(self.window, MainWindow):
            self.window.set_closing_reason("restore")
        self._end_session(None)  # the vault must be closed before it can be replaced
        root, clock = self.root, self.clock
        ChangeOp(None, lambda: maintenance.restore_backup(
            root, Path(backup), username, secret, recovery=recovery, clock=clock),
            Change.NONE).success(lambda restored: self.show_sign_in(restored_notice(restored))
                                ).failure(self._not_restored).run()

    def _not_restored(self, exc: StationDeskError) -> None:
        self.show_sign_in(arg(self.tr("The restore did not happen: %1"), error_text(exc)))
