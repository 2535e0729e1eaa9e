"""The Print section: pick a document, preview it in the window, print or save it."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station_desk import reports
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.reports.data import STATION_TZ
from station_desk.ui import messages
from station_desk.ui.i18n import error_text, pick
from station_desk.ui.printing.preview import PrintPreview
from station_desk.ui.printing.texts import t
from station_desk.ui.wait import busy

CLINICAL = ("summary", "session", "case", "assessment")
STATION = ("monthly", "ledger")
LEDGER_NAMES = {"counselling": ("个体心理辅导登记台账", "Counselling register"),
                "activities": ("团体活动登记台账", "Activity register"),
                "crises": ("危机干预登记台账", "Crisis register")}
FORM_NAMES = {"intake": ("来访登记表（含知情同意书）", "Intake with informed consent"),
              "session": ("心理辅导记录表", "Session record"),
              "satisfaction": ("服务满意度评价表", "Satisfaction rating")}


def available_kinds(session: Session) -> list[str]:
    """Documents this user may print; the service checks again when one is prepared."""
    kinds = []
    if session.can(Permission.PRINT_RECORDS) and session.can(Permission.VIEW_CLINICAL):
        kinds += list(CLINICAL)
    if session.can(Permission.PRINT_LEDGERS):
        kinds += list(STATION)
    return [*kinds, "forms"]


class PrintPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = QComboBox(self)
        for kind in available_kinds(session):
            self.kind.addItem(pick(reports.KINDS[kind]), kind)
        self.file_no = QLineEdit(self)
        self.file_no.setPlaceholderText(t("file_hint"))
        self.session_no = QSpinBox(self)
        self.session_no.setRange(0, 100000)
        self.session_no.setSpecialValueText(t("latest"))
        self.month = QDateEdit(self)
        self.month.setDisplayFormat("yyyy-MM")
        now = session.clock().astimezone(STATION_TZ)
        self.month.setDate(QDate(now.year, now.month, 1))
        self.ledger = QComboBox(self)
        self.ledger.addItem(t("all"), "all")
        for code, pair in LEDGER_NAMES.items():
            self.ledger.addItem(pick(pair), code)
        self.form = QComboBox(self)
        self.form.addItem(t("all"), "all")
        for code, pair in FORM_NAMES.items():
            self.form.addItem(pick(pair), code)
        self.preview_button = QPushButton(t("preview"), self)
        self.preview = PrintPreview(session, self)

        form = QFormLayout()
        form.addRow(t("document"), self.kind)
        form.addRow(t("file_no"), self.file_no)
        form.addRow(t("session_no"), self.session_no)
        form.addRow(t("month"), self.month)
        form.addRow(t("ledger"), self.ledger)
        form.addRow(t("form"), self.form)
        self._form = form
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.preview_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.preview_button.clicked.connect(self.show_preview)
        self.file_no.returnPressed.connect(self.show_preview)
        self._kind_changed()

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def request(self) -> reports.Request:
        kind = self.current_kind()
        return reports.Request(
            kind, file_no=self.file_no.text().strip() or None,
            session_no=self.session_no.value() or None,
            month=self.month.date().toString("yyyy-MM") if kind in STATION else None,
            ledger=str(self.ledger.currentData()), form=str(self.form.currentData()))

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        shown = {self.file_no: kind in CLINICAL, self.session_no: kind == "session",
                 self.month: kind in STATION, self.ledger: kind == "ledger",
                 self.form: kind == "forms"}
        for widget, visible in shown.items():
            self._form.setRowVisible(widget, visible)

    def show_preview(self) -> None:
        try:
            with busy():
                doc = reports.prepare(self.session, self.request())
        except StationDeskError as exc:
            messages.error(self, error_text(exc))
            return
        self.preview.show_document(doc)
