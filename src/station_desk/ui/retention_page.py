"""保存期限与销毁: the station's retention period, the closed files past it, destroying one after
the admin reviewed it and typed its number, a worker's deletion request (PIPL art. 47), and the
backups that still hold destroyed files. Every rule is the domain's (domain/retention.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain import retention
from station_desk.domain.session import Session
from station_desk.ui import messages, theme
from station_desk.ui.i18n import arg, pick
from station_desk.ui.labels import format_time
from station_desk.ui.modal import accepted
from station_desk.ui.operations import Change, ChangeOp, QueryOp
from station_desk.ui.records.common import date_edit, from_qdate
from station_desk.ui.status_page import StatusPage
from station_desk.ui.widgets import ErrorLabel

_FILE = Qt.ItemDataRole.UserRole
# What destroying a file removes: every kind of data a file holds.
DESTROYED = (Change.CLIENTS | Change.RECORDS | Change.APPOINTMENTS | Change.FOLLOWUPS
             | Change.ASSESSMENTS)


@dataclass(frozen=True)
class _Loaded:
    years: int
    due: list[retention.DueFile]
    stale: list[retention.StaleBackup]


class RetentionPage(StatusPage):
    shows = Change.SETTINGS | Change.CLIENTS | Change.BACKUPS

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.years = QSpinBox()
        self.years.setRange(1, retention.MAX_YEARS)  # below the floor: the domain says why
        self.years.setSuffix(self.tr(" years"))
        save = QPushButton(self.tr("Save period"))
        save.clicked.connect(self.save_years)
        self.policy_note = QLabel()
        self.policy_note.setWordWrap(True)
        policy = QGroupBox(self.tr("Retention period"))
        form = QFormLayout(policy)
        row = QHBoxLayout()
        row.addWidget(self.years)
        row.addWidget(save)
        row.addStretch(1)
        form.addRow(self.tr("Keep a closed file for"), row)
        form.addRow("", self.policy_note)

        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("File number"), self.tr("Status"),
                                   self.tr("Closed on"), self.tr("Retention date"),
                                   self.tr("Session records"), self.tr("Items in all")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(False)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.destroy_button = QPushButton(self.tr("Destroy selected file…"))
        self.destroy_button.clicked.connect(self.destroy_selected)
        request = QPushButton(self.tr("Worker's deletion request…"))
        request.setToolTip(self.tr("Destroy one file before its retention date, at the "
                                   "worker's request (PIPL art. 47), with the legal ground"))
        request.clicked.connect(self.deletion_request)
        buttons = QHBoxLayout()
        buttons.addWidget(request)
        buttons.addStretch(1)
        buttons.addWidget(self.destroy_button)
        due = QGroupBox(self.tr("Closed files past their retention date"))
        box = QVBoxLayout(due)
        self.due_note = QLabel()
        self.due_note.setWordWrap(True)
        box.addWidget(self.due_note)
        box.addWidget(self.list, 1)
        box.addLayout(buttons)

        self.backups = QTreeWidget()
        self.backups.setHeaderLabels([self.tr("Backup file"), self.tr("Made"),
                                      self.tr("Destroyed files it still holds")])
        self.backups.setRootIsDecorated(False)
        self.backups.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.backups.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.backups.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.backups.header().setStretchLastSection(False)
        self.delete_backups_button = QPushButton(self.tr("Delete these backups…"))
        self.delete_backups_button.clicked.connect(self.delete_backups)
        old = QGroupBox(self.tr("Backups made before a destruction"))
        old_box = QVBoxLayout(old)
        self.backups_note = QLabel()
        self.backups_note.setWordWrap(True)
        old_box.addWidget(self.backups_note)
        old_box.addWidget(self.backups, 1)
        old_row = QHBoxLayout()
        old_row.addStretch(1)
        old_row.addWidget(self.delete_backups_button)
        old_box.addLayout(old_row)

        layout = QVBoxLayout(self)
        layout.addWidget(policy)
        layout.addWidget(due, 2)
        layout.addWidget(old, 1)
        layout.addWidget(self.message)
        self.stale: list[retention.StaleBackup] = []
        self.refresh()

    def load(self) -> _Loaded:
        session = self.session
        return _Loaded(retention.retention_years(session), retention.due_files(session),
                       retention.stale_backups(session))

    def show_loaded(self, loaded: _Loaded) -> None:
        years, due, self.stale = loaded.years, loaded.due, loaded.stale
        self.years.setValue(years)
        self.policy_note.setText(arg(self.tr(
            "Files are kept %1 years after the case closed, then listed below for review. "
            "The period cannot be shorter than %2 years."), years, retention.MIN_YEARS))
        self.list.clear()
        for d in due:
            item = QTreeWidgetItem([d.file_no, status_label(d.status), d.closed.isoformat(),
                                    d.retention_date.isoformat(), str(d.sessions),
                                    str(d.records)])
            item.setData(0, _FILE, d.file_no)
            for column in (4, 5):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            self.list.addTopLevelItem(item)
        self.due_note.setText(arg(self.tr("%1 file(s) past their retention date. Review each, "
                                          "then destroy it: its records leave both databases "
                                          "and the audit trail keeps only a tombstone."),
                                  len(due)))
        self.backups.clear()
        for backup in self.stale:
            self.backups.addTopLevelItem(QTreeWidgetItem([
                backup.path.name, format_time(backup.made), str(backup.destroyed_after)]))
        self.backups_note.setText(self.tr(
            "These backups were made before a file was destroyed and still hold it. Restoring "
            "one would bring the file back.") if self.stale else self.tr(
            "No backup holds a destroyed file."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.destroy_button.setEnabled(bool(self.list.selectedItems()))
        self.delete_backups_button.setEnabled(bool(self.stale))

    def save_years(self) -> None:
        session, years = self.session, self.years.value()
        self.act(lambda: retention.set_retention_years(session, years), Change.SETTINGS,
                 lambda _r: self._ok(self.tr("Retention period saved.")))

    def destroy_selected(self) -> None:
        items = self.list.selectedItems()
        if items:
            self._destroy(str(items[0].data(0, _FILE)), request=False)

    def deletion_request(self) -> None:
        self._destroy("", request=True)

    def _destroy(self, file_no: str, *, request: bool) -> None:
        done = DestroyDialog.ask(self.session, file_no, request, self)
        if done is None:
            return  # the list reloads from the destruction's notice
        self._ok(arg(self.tr("File %1 destroyed: %2 item(s) removed from both databases."),
                     done[0], done[1].records))

    def delete_backups(self) -> None:
        if not self.stale or not messages.confirm(self, arg(self.tr(
                "Delete %1 backup(s) made before a destruction? They cannot be restored "
                "afterwards."), len(self.stale))):
            return
        session, stale = self.session, list(self.stale)
        self.act(lambda: retention.delete_backups(session, stale), Change.BACKUPS,
                 lambda deleted: self._ok(arg(self.tr("%1 backup(s) deleted."), deleted)))


def status_label(status: str) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {"closed": QCoreApplication.translate("RetentionPage", "Closed"),
              "transferred": QCoreApplication.translate("RetentionPage", "Transferred"),
              "referred_out": QCoreApplication.translate("RetentionPage", "Referred out")}
    return labels.get(status, status)


class DestroyDialog(QDialog):
    """What will be destroyed, and the file number typed again to confirm; for a deletion
    request also the file number, the request date and the legal ground."""

    def __init__(self, session: Session, file_no: str, request: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.request = request
        self.result_: tuple[str, retention.Destroyed] | None = None
        self.setWindowTitle(self.tr("Worker's deletion request") if request
                            else self.tr("Destroy a file"))
        self.file_no = QLineEdit(file_no)
        self.file_no.setReadOnly(not request)
        self.file_no.editingFinished.connect(self.review)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        # Parented by the form only when asked for (a deletion request).
        self.requested = date_edit(None, retention.station_today(session))
        self.ground = QComboBox()
        self.ground.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for code, wording in retention.GROUNDS.items():
            self.ground.addItem(pick(wording), code)
        self.confirm = QLineEdit()
        self.confirm.setPlaceholderText(self.tr("type the file number"))
        self.confirm.textChanged.connect(self._update_ok)
        form = QFormLayout()
        form.addRow(self.tr("File number"), self.file_no)
        if request:
            form.addRow(self.tr("Request received on"), self.requested)
            form.addRow(self.tr("Legal ground"), self.ground)
        form.addRow("", self.summary)
        form.addRow(self.tr("Type the file number to confirm"), self.confirm)
        warning = QLabel(self.tr(
            "Destruction cannot be undone. The file's registration, records, assessments, "
            "crises, follow-ups, referrals, appointments, consent and autosaves are deleted "
            "from both databases and overwritten."))
        warning.setWordWrap(True)
        theme.set_tone(warning, "danger")
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("Destroy"),
                                         QDialogButtonBox.ButtonRole.DestructiveRole)
        self.ok.clicked.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        if request:  # the grounds are long sentences of the law: room for them
            self.setMinimumWidth(max(560, self.ground.sizeHint().width() + 300))
        if file_no:
            self.review()
        self._update_ok()

    @classmethod
    def ask(cls, session: Session, file_no: str, request: bool,
            parent: QWidget | None = None) -> tuple[str, retention.Destroyed] | None:
        dialog = cls(session, file_no, request, parent)
        if not accepted(dialog):
            return None
        return dialog.result_

    def _request(self) -> Callable[[], retention.DeletionRequest | None]:
        """Read the form here, on the UI thread; the call checks it on the worker."""
        if not self.request:
            return lambda: None
        session, day = self.session, from_qdate(self.requested)
        ground = str(self.ground.currentData())
        return lambda: retention.parse_request(session, day.isoformat(), ground)

    def review(self) -> None:
        """Show what the file holds (or why it cannot be destroyed)."""
        self.error.clear_text()
        self.summary.clear()
        number = self.file_no.text().strip()
        if not number:
            return
        session, request = self.session, self._request()
        QueryOp(self, lambda: retention.check_destroyable(session, number, request())).success(
            self._reviewed).failure(self.error.show_error).run(latest=f"destroy:{id(self)}")

    def _reviewed(self, contents: retention.FileContents) -> None:
        self.summary.setText(arg(self.tr("%1 session record(s), %2 item(s) in all."),
                                 contents.sessions, contents.records))

    def _update_ok(self) -> None:
        typed = self.confirm.text().strip()
        self.ok.setEnabled(bool(typed) and typed == self.file_no.text().strip())

    def run(self) -> None:
        session, number, typed = self.session, self.file_no.text().strip(), self.confirm.text()
        request = self._request()
        ChangeOp(self, lambda: retention.destroy(session, number, confirm=typed,
                                                 request=request()), DESTROYED).success(
            lambda done: self._destroyed(number, done)).failure(self.error.show_error).run()

    def _destroyed(self, number: str, done: retention.Destroyed) -> None:
        self.result_ = (number, done)
        self.accept()
