"""A worker's rights in the file window: the consent line in the header, withdrawing consent,
the copy for the worker (PIPL art. 45) and the list of copies given.

The rules are the records domain's (records/consent.py, records/subject_copy.py); the copy
is laid out and saved by reports/docs_subject.py. `install` adds the copies tab to a file
view, `update` shows the copies the view's read found; `withdraw` and `produce_copy` are the
actions the view's action bar offers when `records.file_actions` says they apply.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain.records import consent
from station_desk.domain.records import subject_copy as copy_rules
from station_desk.domain.records.common import today
from station_desk.domain.records.files import ClientFile
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui import messages, theme
from station_desk.ui.i18n import arg, current_lang, error_text
from station_desk.ui.operations import Change, ChangeOp, QueryOp
from station_desk.ui.printing.save import SaveDialogs
from station_desk.ui.records.common import (
    FormErrors,
    date_edit,
    from_qdate,
    local_time,
    table_view,
)
from station_desk.ui.records.consent_scopes import ScopeChecks, scopes_text
from station_desk.ui.records.dialogs import FormDialog, open_after
from station_desk.ui.records.list_model import ListTableModel
from station_desk.ui.widgets import ErrorLabel

translate = QCoreApplication.translate


# --------------------------------------------------------------------------- the header line


def consent_line(session: Session, client: ClientFile) -> tuple[str, bool]:
    """What the file's header says about consent, and whether that is all in order."""
    state = consent.consent_state(session, client.id)
    form = state.consent
    if form is None:
        text = translate("Rights", "No informed consent recorded")
        good = False
    else:
        scopes = scopes_text(form.scopes) if form.scopes else form.scope
        text = arg(translate("Rights", "Informed consent: %1 (%2), limits explained by %3, "
                                       "recorded by %4"),
                   form.consent_date, scopes, form.explained_by_name or "—",
                   form.recorded_by_name)
        good = True
    if state.withdrawn:
        since = min(w.withdrawn_on for w in state.withdrawals)
        text += "  ·  " + arg(translate("Rights", "Withdrawn since %1: %2"), since,
                              scopes_text(state.withdrawn))
        good = False
    return text, good


# --------------------------------------------------------------------------- withdrawal


class WithdrawDialog(FormDialog):
    """The worker withdraws consent to some uses (by default all), from a date."""

    changes = Change.CLIENTS

    def __init__(self, session: Session, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Withdraw consent"), parent)
        self.client_id = client_id
        explain = QLabel(self.tr(
            "From this date: no new session record while counselling is withdrawn, no "
            "assessment while assessment is withdrawn, and none of the worker's records from "
            "then on are counted in statistics while statistics use is withdrawn. What was "
            "recorded before stays. A new signed consent form ends the withdrawal."))
        explain.setWordWrap(True)
        self.form.addRow(explain)
        self.date = date_edit(self, today(session))
        self.scopes = ScopeChecks(self, checked=consent.SCOPES)
        self.note = QLineEdit(self)
        self.form.addRow(self.tr("Withdrawn from"), self.date)
        self.form.addRow(self.tr("Withdraws"), self.scopes)
        self.form.addRow(self.tr("Note"), self.note)
        self.finish_layout({"withdrawn_on": self.date, "note": self.note})

    def kept_ref(self) -> str:
        return f"withdraw:{self.client_id}:new"

    def submit(self) -> Callable[[], Any]:
        chosen, day, note = self.scopes.codes(), from_qdate(self.date), self.note.text()
        session, client_id = self.session, self.client_id
        return lambda: consent.withdraw_consent(session, client_id, day, chosen, note)


# --------------------------------------------------------------------------- the copy


@dataclass(frozen=True)
class CopyContents:
    """What a copy for the worker may hold (each item can be withheld) and how many records
    are sealed to someone else: read before the form opens."""

    items: list[copy_rules.Item]
    sealed: int

    @classmethod
    def read(cls, session: Session, client_id: int) -> CopyContents:
        return cls(copy_rules.items(session, client_id),
                   len(copy_rules.unopened(session, client_id)))


class SubjectCopyDialog(QDialog):
    """Choose what to withhold (with a reason each), the date the worker asked, then save the
    copy as a PDF. The copy and the request are logged by the domain."""

    def __init__(self, session: Session, client: ClientFile,
                 parent: QWidget | None = None, *, contents: CopyContents | None = None
                 ) -> None:
        super().__init__(parent)
        if contents is None:  # `ask` reads them on the worker; here for a form built alone
            contents = CopyContents.read(session, client.id)
        self.session = session
        self.client = client
        self.result_value: Any = None
        self._working = False  # a check or the copy under way: a second OK does nothing
        self.setWindowTitle(self.tr("Copy for the worker"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "A copy of what the station holds about the worker (PIPL art. 45): registration, "
            "consent, signed session records with their addenda, assessments, follow-ups, "
            "crises, referrals and corrections. Tick what you withhold (for example a third "
            "party's information) and give the reason: the copy marks it as withheld."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Date the worker asked")))
        self.requested_on = date_edit(self, today(session))
        row.addWidget(self.requested_on)
        row.addStretch(1)
        layout.addLayout(row)
        self.items = contents.items
        self.table = QTableWidget(len(self.items), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Withhold"), self.tr("Reason")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        lang = current_lang()
        for i, item in enumerate(self.items):
            cell = QTableWidgetItem(("    " if item.parent else "") +
                                    (item.en if lang == "en" else item.zh))
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            cell.setCheckState(Qt.CheckState.Unchecked)
            self.table.setItem(i, 0, cell)
            reason = QTableWidgetItem("")
            reason.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(i, 1, reason)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnToContents(0)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        sealed = contents.sealed
        self.sealed_note = QLabel(self.tr(
            "%n restricted record(s) are sealed to their author: their text cannot be "
            "included by you, and the copy says so.", "", sealed))
        self.sealed_note.setWordWrap(True)
        theme.set_tone(self.sealed_note, "warning-bar")
        self.sealed_note.setVisible(sealed > 0)
        layout.addWidget(self.sealed_note)
        self.error = ErrorLabel(self)
        self.errors = FormErrors(self.error, {"requested_on": self.requested_on})
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save PDF…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def set_withheld(self, key: str, reason: str) -> None:
        for i, item in enumerate(self.items):
            if item.key == key:
                self.table.item(i, 0).setCheckState(Qt.CheckState.Checked)
                self.table.item(i, 1).setText(reason)
                return
        raise KeyError(key)

    def withheld(self) -> dict[str, str]:
        return {item.key: self.table.item(i, 1).text()
                for i, item in enumerate(self.items)
                if self.table.item(i, 0).checkState() == Qt.CheckState.Checked}

    @classmethod
    def ask_path(cls, parent: QWidget, client: ClientFile) -> str | None:
        """Warn that the PDF is not encrypted, then ask where (tests replace this)."""
        if not SaveDialogs.confirm(parent):
            return None
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        title = translate("Rights", "Personal information copy")
        name = re.sub(r"[\\/:*?\"<>|\s]+", "_", f"{title}_{client.file_no}")
        return SaveDialogs.ask_path(parent, str(Path(folder or ".") / f"{name}.pdf"))

    def accept(self) -> None:
        """The domain checks what is withheld and the date first (on the worker), so refused
        items are named before the worker's data goes anywhere; then the file is asked for
        and the copy made (on the worker too: reading the whole case takes a moment)."""
        if self._working:
            return
        withhold, day = self.withheld(), from_qdate(self.requested_on)
        session, client_id = self.session, self.client.id

        def check() -> None:
            copy_rules.check_requested_on(session, day)
            copy_rules.check_withhold(session, client_id, withhold)

        self._working = True
        QueryOp(self, check).success(lambda _ok: self._produce(withhold, day)).failure(
            self._refused).run()

    def _produce(self, withhold: dict[str, str], day: dt.date) -> None:
        self.errors.clear()
        path = self.ask_path(self, self.client)
        if not path:
            self._working = False
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        from station_desk.reports import docs_subject

        session, client_id = self.session, self.client.id

        def done(made: Any) -> None:
            self._working = False
            self.result_value = (made, target)
            QDialog.accept(self)

        # The file window reads the copies again itself (`produce_copy`): nothing announced.
        ChangeOp(self, lambda: docs_subject.produce(session, client_id, target,
                                                    withhold=withhold, requested_on=day),
                 Change.NONE).success(done).failure(self._refused).run()

    def _refused(self, exc: StationDeskError) -> None:
        self._working = False
        self.errors.show(exc)

    @classmethod
    def ask(cls, session: Session, client: ClientFile, parent: QWidget | None,
            then: Callable[[Any], None]) -> None:
        """What the copy may hold is read on the worker, then the form opens;
        `then((made, path))` once a copy was saved."""
        open_after(parent, lambda: CopyContents.read(session, client.id),
                   lambda contents: cls(session, client, parent, contents=contents), then)


# --------------------------------------------------------------------------- in the file view


def install(view: Any) -> None:
    """Add the copies-given tab to a file view (its actions are in the view's action bar)."""
    view.copies_model = ListTableModel([
        (lambda: translate("Rights", "Asked on"), lambda c: c.requested_on),
        (lambda: translate("Rights", "Produced"), lambda c: local_time(c.produced_at)),
        (lambda: translate("Rights", "By"), lambda c: c.produced_by),
        (lambda: translate("Rights", "Document number"), lambda c: c.doc_no),
        (lambda: translate("Rights", "Pages"), lambda c: str(c.pages)),
        (lambda: translate("Rights", "Withheld"),
         lambda c: "; ".join(f"{n} ({r})" for n, r in c.withheld)),
    ], parent=view)
    view.tabs.addTab(table_view(view.copies_model), translate("Rights", "Copies given"))


def update(view: Any, copies: list[copy_rules.CopyRequest]) -> None:
    """The copies given, as the view's read of the file found them (on the worker)."""
    view.copies_model.set_rows(copies)


def withdraw(view: Any) -> None:
    if WithdrawDialog.ask(view.session, view.client.id, view):
        view.refresh()


def produce_copy(view: Any) -> None:
    SubjectCopyDialog.ask(view.session, view.client, view, lambda made: _copy_made(view, made))


def _copy_made(view: Any, result: tuple[Any, Path]) -> None:
    done, target = result
    messages.info(view, arg(translate("Rights", "Saved %1 (%2 pages, document number %3). The "
                                      "request is logged on the file. The PDF is not "
                                      "encrypted: hand it to the worker and delete this copy."),
                            str(target),
                            str(done.rendered.pages), done.rendered.doc_number))
    view.refresh()


def show_error(parent: QWidget, exc: StationDeskError) -> None:
    messages.error(parent, error_text(exc))
