"""审计日志: the audit trail with filters by user, target and date range. The entries, page
by page, and the accounts offered in the user box are read on the operations worker."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain import accounts, maintenance
from station_desk.domain.records.common import today
from station_desk.domain.session import Session
from station_desk.domain.users import RECOVERY_USER, User
from station_desk.errors import StationDeskError
from station_desk.ui import theme
from station_desk.ui.audit_model import AuditFilter, AuditModel
from station_desk.ui.i18n import arg, error_text
from station_desk.ui.operations import Change, QueryOp, refresh_on
from station_desk.ui.table_columns import mark_register
from station_desk.ui.widgets import ErrorLabel


class AuditPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = AuditModel(session, parent=self)

        self.user = QComboBox()
        self.user.setEditable(True)
        self.user.addItem(self.tr("All users"), "")
        self.users: list[User] = []
        recovery, key = RECOVERY_USER.username, self.tr("Recovery key")  # signed in with the key
        self.user.addItem(key, recovery)
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("File number or account"))
        self.use_dates = QCheckBox(self.tr("From"))
        # the station's day, as the entries are shown, not this PC's (its zone may differ)
        day = today(session)
        station_day = QDate(day.year, day.month, day.day)
        self.date_from = QDateEdit(station_day.addDays(-30))
        self.date_to = QDateEdit(station_day)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.use_dates.toggled.connect(self.date_from.setEnabled)
        self.use_dates.toggled.connect(self.date_to.setEnabled)
        apply_button = QPushButton(self.tr("Filter"))
        apply_button.clicked.connect(self.apply_filter)
        self.target.returnPressed.connect(self.apply_filter)
        clear_button = QPushButton(self.tr("Show all"))
        clear_button.clicked.connect(self.clear_filter)
        self.verify_button = QPushButton(self.tr("Verify chain"))
        self.verify_button.clicked.connect(self.verify_chain)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("User")))
        bar.addWidget(self.user, 2)
        bar.addWidget(QLabel(self.tr("About")))
        bar.addWidget(self.target, 2)
        bar.addWidget(self.use_dates)
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.date_to)
        bar.addWidget(apply_button)
        bar.addWidget(clear_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        mark_register(self.table)  # the trail's columns may run past a small screen
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.status = QLabel()
        self.chain = ErrorLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.verify_button)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.chain)
        layout.addLayout(bottom)
        self.model.modelReset.connect(self._update_status)
        self.model.pageArrived.connect(self._update_status)
        self.model.refused.connect(self.chain.show_error)
        self._update_status()
        refresh_on(self, Change.ACCOUNTS, self.load_users)
        self.load_users()

    def load_users(self) -> None:
        """The accounts offered in the user box, read on the worker."""
        session = self.session
        QueryOp(self, lambda: accounts.list_users(session)).success(self._show_users).failure(
            self.chain.show_error).run(latest=f"audit-users:{id(self)}")

    def _show_users(self, users: list[User]) -> None:
        """Between "All users" and the recovery key; what was chosen or typed stays."""
        chosen, typed = self.user.currentData(), self.user.currentText()
        self.users = users
        while self.user.count() > 2:
            self.user.removeItem(1)
        for row, user in enumerate(users, start=1):
            self.user.insertItem(row, f"{user.display_name} ({user.username})", user.username)
        self.user.setCurrentIndex(max(self.user.findData(chosen), 0))
        if self.user.currentText() != typed:
            self.user.setEditText(typed)

    def current_filter(self) -> AuditFilter:
        username = self.user.currentData() if self.user.currentIndex() > 0 else None
        typed = self.user.currentText().strip()
        if self.user.currentIndex() < 0 or (typed and typed != self.user.itemText(
                self.user.currentIndex())):
            username = self._username(typed)  # a name typed by hand
        dates = self.use_dates.isChecked()
        return AuditFilter(
            username=username or None,
            target=self._target(self.target.text().strip()) or None,
            date_from=self.date_from.date().toString("yyyy-MM-dd") if dates else None,
            date_to=self.date_to.date().toString("yyyy-MM-dd") if dates else None)

    def _username(self, typed: str) -> str | None:
        """A user name or display name typed by hand, as the user name entries carry."""
        for user in self.users:
            if typed in (user.username, user.display_name):
                return user.username
        return typed.split(" ", 1)[0] or None

    def _target(self, typed: str) -> str:
        """What an entry is about, as typed: a file number or an account (user name or
        display name); anything else as written ("setting:backup_dir")."""
        if not typed or ":" in typed:
            return typed
        for user in self.users:
            if typed in (user.username, user.display_name):
                return f"user:{user.username}"
        return f"file:{typed.upper()}"

    def _load(self, audit_filter: AuditFilter) -> None:
        self.model.set_filter(audit_filter)
        if self.model.canFetchMore():  # the first page at once; the view fetches the rest
            self.model.fetchMore()

    def apply_filter(self) -> None:
        self._load(self.current_filter())

    def clear_filter(self) -> None:
        self.user.setCurrentIndex(0)
        self.target.clear()
        self.use_dates.setChecked(False)
        self._load(AuditFilter())

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        self._load(self.model.filter)  # entries written since the page was last shown
        super().showEvent(event)  # type: ignore[arg-type]

    def _update_status(self) -> None:
        shown = self.model.rowCount()
        more = self.tr("scroll down for more") if self.model.canFetchMore() else ""
        self.status.setText(self.tr("%n entries shown", "", shown) + ("; " + more
                                                                       if more else ""))

    def verify_chain(self) -> None:
        """The whole database and chain are read: on the worker, the button waits."""
        session = self.session
        self.verify_button.setEnabled(False)
        QueryOp(self, lambda: maintenance.verify(session)).success(self._verified).failure(
            self._not_verified).run()

    def _not_verified(self, exc: StationDeskError) -> None:
        self.verify_button.setEnabled(True)
        self.chain.show_error(exc)

    def _verified(self, report: maintenance.VerifyReport) -> None:
        self.verify_button.setEnabled(True)
        if report.ok:
            theme.set_tone(self.chain, "ok")
            self.chain.show_text(self.tr("Database and audit chain intact (%n entries).", "",
                                         report.audit_entries))
        else:
            theme.set_tone(self.chain, "danger")
            # The same sentences `station-desk verify` prints, in the UI's language.
            problems = "\n".join(error_text(err) for err in report.errors())
            self.chain.show_text(arg(self.tr("Check FAILED: %1"), problems))
        self._load(self.model.filter)
