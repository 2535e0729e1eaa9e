"""The file window's tabs: session records (list and text side by side), follow-ups,
referrals, crises and assessments (built on first use: opening it reads and audits results).

The rights module adds one more tab, the copies given to the worker."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain.assessments import Outcome
from station_desk.domain.records import followups
from station_desk.domain.records.sessions import SessionRecord
from station_desk.domain.session import Session
from station_desk.ui.assess.panel import AssessmentsPanel
from station_desk.ui.i18n import current_lang
from station_desk.ui.records.common import (
    fit_columns,
    label,
    labels,
    local_time,
    table_view,
)
from station_desk.ui.records.file_window.texts import followup_state, record_html, status_text
from station_desk.ui.records.list_model import ListTableModel

# The wording stays in the context it was written in, with its translations.
translate = QCoreApplication.translate


def _print_button(text: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setAutoRaise(True)
    return button


def _right(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    return row


class FileAssessmentsPanel(AssessmentsPanel):
    """The assessments panel inside a file. It says it changed once more after the alert
    dialog, so a crisis opened from an alert shows on the file at once."""

    def after_result(self, outcome: Outcome) -> None:
        super().after_result(outcome)
        if outcome.alerts:
            self.changed.emit()


class RecordsModel(ListTableModel):
    """The file's session records, in session order. `put` changes or adds one record, so
    a record just saved or signed shows without reading the file's thousands again."""

    def put(self, record: SessionRecord) -> None:
        for row, old in enumerate(self.rows):
            if old.id == record.id:
                self.rows[row] = record
                self._texts = {k: v for k, v in self._texts.items() if k[0] != row}
                self.dataChanged.emit(self.index(row, 0),
                                      self.index(row, len(self.columns) - 1))
                return
        key = (record.session_no, record.id)
        row = next((i for i, r in enumerate(self.rows) if (r.session_no, r.id) > key),
                   len(self.rows))
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.insert(row, record)
        # the cached texts are keyed by row: those from here on moved down one
        self._texts = {k: v for k, v in self._texts.items() if k[0] < row}
        self.endInsertRows()


class FileTabs(QTabWidget):
    """The lists of one file. `assessments_changed` says a result or alert there changed
    the file."""

    assessments_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.sessions_model = RecordsModel([
            (lambda: translate("ClientFileView", "No."), lambda r: str(r.session_no)),
            (lambda: translate("ClientFileView", "Date"), lambda r: r.session_date),
            (lambda: translate("ClientFileView", "Modality"),
             lambda r: label("modalities", r.modality)),
            (lambda: translate("ClientFileView", "Presenting issues"),
             lambda r: labels("presenting_issues", r.issues)),
            (lambda: translate("ClientFileView", "Risk"),
             lambda r: label("risk_levels", r.risk_level)),
            (lambda: translate("ClientFileView", "Counsellor"), lambda r: r.counsellor_name),
            (lambda: translate("ClientFileView", "Status"), status_text),
            (lambda: translate("ClientFileView", "Addenda"),
             lambda r: str(len(r.addenda)) if r.addenda else ""),
        ], parent=self)
        # Sized once per whole read (`fit_records`), not on every layout pass and every
        # row changed: a file may hold thousands of records.
        self.sessions_view = table_view(self.sessions_model, lazy=True)
        # the rows in view only: measuring is the dearest part of showing the list
        self.sessions_view.horizontalHeader().setResizeContentsPrecision(0)
        self.sessions_view.selectionModel().currentRowChanged.connect(self.show_record)
        # The selected record stays in view while the window settles (the header filling
        # in, the window laid out at its size), until the counsellor scrolls the list.
        self._follow_current = False
        scroll_bar = self.sessions_view.verticalScrollBar()
        scroll_bar.rangeChanged.connect(self._keep_following)
        scroll_bar.actionTriggered.connect(self._stop_following)
        self.record_text = QTextBrowser()
        pane = QWidget()
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.setSpacing(2)
        self.record_print = _print_button(translate("ClientFileView", "Print this record…"))
        pane_layout.addLayout(_right(self.record_print))
        pane_layout.addWidget(self.record_text, 1)
        split.addWidget(self.sessions_view)
        split.addWidget(pane)
        split.setSizes([520, 480])
        self.addTab(split, translate("ClientFileView", "Session records"))

        self.followups_model = ListTableModel([
            (lambda: translate("ClientFileView", "Planned"),
             lambda f: f"{f.planned_date} {f.planned_time}".strip()),
            (lambda: translate("ClientFileView", "Purpose"),
             lambda f: followups.purpose_label(f.purpose_code, current_lang())),
            (lambda: translate("ClientFileView", "Due by"), lambda f: local_time(f.due_at)),
            (lambda: translate("ClientFileView", "Channel"),
             lambda f: label("follow_up_channels", f.channel)),
            (lambda: translate("ClientFileView", "State"), lambda f: followup_state(f.state)),
            (lambda: translate("ClientFileView", "Contact"),
             lambda f: followups.result_label(f.result, current_lang()) if f.result else ""),
            (lambda: translate("ClientFileView", "Outcome"), lambda f: f.outcome),
        ], highlight=lambda f: f.state == followups.OVERDUE, parent=self)
        self.followups_view = table_view(self.followups_model)
        self.addTab(self.followups_view, translate("ClientFileView", "Follow-ups"))

        self.referrals_model = ListTableModel([
            (lambda: translate("ClientFileView", "Date"), lambda r: r.referral_date),
            (lambda: translate("ClientFileView", "Destination"),
             lambda r: f"{label('referral_destinations', r.destination_type)} · {r.destination}"),
            (lambda: translate("ClientFileView", "Reason"), lambda r: r.reason),
            (lambda: translate("ClientFileView", "Outcome"), lambda r: r.outcome),
        ], parent=self)
        self.referrals_view = table_view(self.referrals_model)
        self.addTab(self.referrals_view, translate("ClientFileView", "Referrals"))

        self.crises_model = ListTableModel([
            (lambda: translate("ClientFileView", "Opened"), lambda c: local_time(c.opened_at)),
            (lambda: translate("ClientFileView", "Risk"),
             lambda c: label("risk_levels", c.risk_level)),
            (lambda: translate("ClientFileView", "Checklist"),
             lambda c: labels("crisis_checklist", c.checklist)),
            (lambda: translate("ClientFileView", "Actions"),
             lambda c: labels("crisis_actions", c.actions)),
            (lambda: translate("ClientFileView", "Closed"), lambda c: local_time(c.closed_at)),
            (lambda: translate("ClientFileView", "Outcome"), lambda c: c.outcome),
        ], highlight=lambda c: c.is_open, parent=self)
        self.crises_view = table_view(self.crises_model)
        self.addTab(self.crises_view, translate("ClientFileView", "Crises"))
        # The panel reads (and audits) the results when its tab is first opened.
        self.assessments: FileAssessmentsPanel | None = None
        self.assessments_tab = QWidget()
        tab_layout = QVBoxLayout(self.assessments_tab)
        tab_layout.setContentsMargins(0, 0, 0, 0)
        self.assessment_print = _print_button(
            translate("ClientFileView", "Print the assessment report…"))
        tab_layout.addLayout(_right(self.assessment_print))
        self.addTab(self.assessments_tab, translate("ClientFileView", "Assessments"))
        self.session: Session | None = None
        self.client_id = 0
        self.heading_text = ""
        self.currentChanged.connect(self._tab_changed)

    def set_file(self, session: Session, client_id: int, heading: str) -> None:
        """Which file the assessments panel will show when it is first opened."""
        self.session, self.client_id, self.heading_text = session, client_id, heading

    # -- the session records -------------------------------------------------------------
    def selected_record(self) -> SessionRecord | None:
        index = self.sessions_view.currentIndex()
        return self.sessions_model.row_at(index.row()) if index.isValid() else None

    def lay_out_records(self) -> None:
        """The scroll range now, not on the next layout pass: selecting the latest record
        then scrolls it into view at once."""
        self.sessions_view.doItemsLayout()

    def fit_records(self) -> None:
        """Columns as wide as the rows in view need; the selected
        record stays in view when a scroll bar comes with them."""
        view = self.sessions_view
        fit_columns(view)
        view.doItemsLayout()
        self._follow_current = True
        self._current_in_view()

    def _keep_following(self, _low: int, _high: int) -> None:
        if self._follow_current:
            self._current_in_view()

    def _stop_following(self, _action: int) -> None:
        self._follow_current = False

    def _current_in_view(self) -> None:
        view = self.sessions_view
        if view.currentIndex().isValid():
            view.scrollTo(view.currentIndex())

    def select_record(self, record_id: int) -> None:
        for row, record in enumerate(self.sessions_model.rows):
            if record.id == record_id:
                self.sessions_view.selectRow(row)
                return

    def show_record(self, *_args: object) -> None:
        record = self.selected_record()
        self.record_text.setHtml(record_html(record) if record else "")

    # -- the assessments -----------------------------------------------------------------
    def _tab_changed(self, index: int) -> None:
        if self.widget(index) is self.assessments_tab:
            self.show_assessments()

    def show_assessments(self) -> FileAssessmentsPanel:
        """The assessments tab, its panel built (and the results read) on first use."""
        if self.assessments is None:
            assert self.session is not None
            panel = FileAssessmentsPanel(self.session, self.client_id,
                                         heading=self.heading_text)
            panel.changed.connect(self.assessments_changed)
            layout = self.assessments_tab.layout()
            assert layout is not None
            layout.addWidget(panel)
            self.assessments = panel
        if self.currentWidget() is not self.assessments_tab:
            self.setCurrentWidget(self.assessments_tab)
        return self.assessments

    def show_table(self, view: QTableView) -> None:
        self.setCurrentWidget(view)
