"""The sign-in screen: user name and password, or the recovery key."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain import maintenance
from station_desk.domain.auth import sign_in, sign_in_recovery
from station_desk.domain.clock import Clock, system_clock
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui.i18n import arg
from station_desk.ui.icons import app_icon
from station_desk.ui.labels import app_title, role_label
from station_desk.ui.operations import QueryOp
from station_desk.ui.signin_restore import SignInRestoreDialog, restored_notice
from station_desk.ui.widgets import ErrorLabel, password_edit


class SignInWindow(QWidget):
    signedIn = Signal(object)

    def __init__(self, root: Path, *, clock: Clock = system_clock,
                 demo_accounts: list[dict[str, Any]] | None = None, notice: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = Path(root)
        self.clock = clock
        self.setWindowTitle(arg(self.tr("Sign in — %1"), app_title()))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(460)

        heading = QLabel(app_title())
        heading.setObjectName("heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        where = QLabel(arg(self.tr("Data folder: %1"), str(self.root)))
        where.setWordWrap(True)
        where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        where.setStyleSheet("color: palette(placeholder-text);")

        self.notice = QLabel(notice)
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(notice))

        self.username = QLineEdit()
        self.password = password_edit()
        self.recovery_key = QLineEdit()
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.forms = QStackedWidget()
        pw_page = QWidget()
        pw_form = QFormLayout(pw_page)
        pw_form.addRow(self.tr("User name"), self.username)
        pw_form.addRow(self.tr("Password"), self.password)
        key_page = QWidget()
        key_form = QFormLayout(key_page)
        key_form.addRow(self.tr("Recovery key"), self.recovery_key)
        self.forms.addWidget(pw_page)
        self.forms.addWidget(key_page)

        self.error = ErrorLabel()
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.try_sign_in)
        self.password.returnPressed.connect(self.try_sign_in)
        self.recovery_key.returnPressed.connect(self.try_sign_in)
        self.username.returnPressed.connect(self.password.setFocus)
        self.mode_link = QPushButton()
        self.mode_link.setFlat(True)
        self.mode_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.mode_link.setStyleSheet("color: palette(link); text-decoration: underline;")
        self.mode_link.clicked.connect(self.toggle_recovery)
        # Shown when the vault itself was refused (damaged, behind its anchor): the way back.
        self.restore_button = QPushButton(self.tr("Restore the latest backup…"))
        self.restore_button.clicked.connect(self.restore_latest)
        self.restore_button.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(where)
        layout.addWidget(self.notice)
        layout.addWidget(self.forms)
        layout.addWidget(self.error)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.sign_in_button)
        layout.addWidget(self.mode_link, 0, Qt.AlignmentFlag.AlignCenter)
        if demo_accounts:
            layout.addWidget(self._demo_box(demo_accounts))
        self._set_recovery(False)

    def _demo_box(self, accounts: list[dict[str, Any]]) -> QFrame:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        rows = "".join(
            f"<tr><td>{html.escape(role_label(a.get('role', '')))}</td>"
            f"<td><code>{html.escape(str(a.get('username', '')))}</code></td>"
            f"<td><code>{html.escape(str(a.get('password', '')))}</code></td></tr>"
            for a in accounts)
        title = self.tr("Demo vault — invented data only")
        role, user, password = self.tr("Role"), self.tr("User name"), self.tr("Password")
        text = QLabel(
            f"<b>{html.escape(title)}</b><table cellspacing='6'><tr><th>{html.escape(role)}</th>"
            f"<th>{html.escape(user)}</th><th>{html.escape(password)}</th></tr>{rows}</table>")
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(box).addWidget(text)
        box.setObjectName("demoAccounts")
        return box

    def toggle_recovery(self) -> None:
        self._set_recovery(self.forms.currentIndex() == 0)

    def _set_recovery(self, recovery: bool) -> None:
        self.forms.setCurrentIndex(1 if recovery else 0)
        self.mode_link.setText(self.tr("Sign in with a password") if recovery
                               else self.tr("Use the recovery key"))
        self.error.clear_text()
        (self.recovery_key if recovery else self.username).setFocus()

    @property
    def using_recovery(self) -> bool:
        return self.forms.currentIndex() == 1

    def try_sign_in(self) -> None:
        """Argon2id takes about a second by design: it runs on the operations worker while
        this window keeps painting, its controls held until the answer comes."""
        if self.signing_in:
            return
        root, clock = self.root, self.clock
        if self.using_recovery:
            key = self.recovery_key.text()
            call = lambda: sign_in_recovery(root, key, clock=clock)  # noqa: E731
        else:
            username, password = self.username.text(), self.password.text()
            call = lambda: sign_in(root, username, password, clock=clock)  # noqa: E731
        self._set_signing_in(True)
        QueryOp(self, call).success(self._signed_in).failure(self._refused).run()

    @property
    def signing_in(self) -> bool:
        return not self.sign_in_button.isEnabled()

    def _set_signing_in(self, busy: bool) -> None:
        for widget in (self.forms, self.sign_in_button, self.mode_link, self.restore_button):
            widget.setEnabled(not busy)
        self.sign_in_button.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))

    def _refused(self, exc: StationDeskError) -> None:
        self._set_signing_in(False)
        self.error.show_error(exc)
        self.restore_button.setVisible(exc.code in maintenance.RESTORE_FIXES)
        self.password.clear()
        self.password.setFocus()

    def _signed_in(self, session: Session) -> None:
        self._set_signing_in(False)
        self.password.clear()
        self.recovery_key.clear()
        self.error.clear_text()
        self.restore_button.hide()
        self.signedIn.emit(session)

    def restore_latest(self) -> None:
        """The refused vault replaced by a backup (checked first by the domain's restore)."""
        restored = SignInRestoreDialog.ask(self.root, clock=self.clock, parent=self)
        if restored is None:
            return
        self.error.clear_text()
        self.restore_button.hide()
        self.notice.setText(restored_notice(restored))
        self.notice.show()
