"""The Print section: pick a document, preview it in the window, print or save it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station_desk import reports
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.reports.data import STATION_TZ
from station_desk.reports.document import Document
from station_desk.ui.i18n import arg, current_lang
from station_desk.ui.operations import QueryOp
from station_desk.ui.printing.client_picker import ClientPicker
from station_desk.ui.printing.preview import PrintPreview

CLINICAL = ("summary", "session", "case", "assessment")
STATION = ("monthly", "ledger")


def kind_names() -> dict[str, str]:
    """The documents by name; the Chinese names are those printed on the documents."""
    return {
        "summary": QCoreApplication.translate("PrintPage", "Client file summary"),
        "session": QCoreApplication.translate("PrintPage", "Session record"),
        "case": QCoreApplication.translate("PrintPage", "Whole case"),
        "assessment": QCoreApplication.translate("PrintPage", "Assessment report"),
        "monthly": QCoreApplication.translate("PrintPage", "Monthly station report"),
        "forms": QCoreApplication.translate("PrintPage", "Blank paper forms"),
        "ledger": QCoreApplication.translate("PrintPage", "Inspection registers"),
        "annual": QCoreApplication.translate("PrintPage", "Analysis report for the union"),
    }


def ledger_names() -> dict[str, str]:
    return {
        "counselling": QCoreApplication.translate("PrintPage", "Counselling register"),
        "activities": QCoreApplication.translate("PrintPage", "Activity register"),
        "crises": QCoreApplication.translate("PrintPage", "Crisis register"),
    }


def form_names() -> dict[str, str]:
    return {
        "intake": QCoreApplication.translate("PrintPage", "Intake with informed consent"),
        "session": QCoreApplication.translate("PrintPage", "Session record form"),
        "satisfaction": QCoreApplication.translate("PrintPage", "Satisfaction rating"),
    }


def available_kinds(session: Session) -> list[str]:
    """Documents this user may print; the service checks again when one is prepared."""
    kinds = []
    if session.can(Permission.PRINT_RECORDS) and session.can(Permission.VIEW_CLINICAL):
        kinds += list(CLINICAL)
    if session.can(Permission.PRINT_LEDGERS):
        kinds += list(STATION)
    if session.can(Permission.EXPORT_STATISTICS) and session.has_clinical:
        kinds.append("annual")  # from the packages sent (export/annual.py)
    return [*kinds, "forms"]


class PrintPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = QComboBox(self)
        names = kind_names()
        for kind in available_kinds(session):
            self.kind.addItem(names.get(kind, kind), kind)
        # the file for the clinical documents: picked from those this user may print
        self.picker = ClientPicker(session, self)
        self.session_no = QSpinBox(self)
        self.session_no.setRange(0, 100000)
        self.session_no.setSpecialValueText(self.tr("latest"))
        self.month = QDateEdit(self)
        self.month.setDisplayFormat("yyyy-MM")
        now = session.clock().astimezone(STATION_TZ)
        self.month.setDate(QDate(now.year, now.month, 1))
        self.ledger = QComboBox(self)
        self.ledger.addItem(self.tr("All"), "all")
        for code, name in ledger_names().items():
            self.ledger.addItem(name, code)
        self.form = QComboBox(self)
        self.form.addItem(self.tr("All"), "all")
        for code, name in form_names().items():
            self.form.addItem(name, code)
        self.period = QComboBox(self)  # the analysis report's year or quarter
        for year in (now.year, now.year - 1):
            self.period.addItem(arg(self.tr("Year %1"), year), str(year))
            for quarter in range(1, 5):
                self.period.addItem(arg(self.tr("%1, quarter %2"), year, quarter),
                                    f"{year}-Q{quarter}")
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview = PrintPreview(session, self)

        form = QFormLayout()
        form.addRow(self.tr("Document"), self.kind)
        form.addRow(self.tr("Client"), self.picker)
        form.addRow(self.tr("Session"), self.session_no)
        form.addRow(self.tr("Month"), self.month)
        form.addRow(self.tr("Register"), self.ledger)
        form.addRow(self.tr("Form"), self.form)
        form.addRow(self.tr("Period"), self.period)
        self._form = form
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.preview_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.preview_button.clicked.connect(self.show_preview)
        self.picker.search.returnPressed.connect(self.show_preview)
        self._kind_changed()

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def request(self) -> reports.Request:
        kind = self.current_kind()
        return reports.Request(
            kind, file_no=self.picker.file_no(),
            session_no=self.session_no.value() or None,
            month=self.month.date().toString("yyyy-MM") if kind in STATION else None,
            ledger=str(self.ledger.currentData()), form=str(self.form.currentData()))

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        shown = {self.picker: kind in CLINICAL, self.session_no: kind == "session",
                 self.month: kind in STATION, self.ledger: kind == "ledger",
                 self.form: kind == "forms", self.period: kind == "annual"}
        for widget, visible in shown.items():
            self._form.setRowVisible(widget, visible)

    def show_preview(self) -> None:
        """Prepare the chosen document off the UI thread and show it in the preview; a
        refusal is shown by the operations layer."""
        session = self.session
        if self.current_kind() == "annual":
            period, lang = str(self.period.currentData()), current_lang()

            def prepare() -> Document:
                from station_desk.export import annual

                return annual.prepare(session, period, lang)
        else:
            request = self.request()

            def prepare() -> Document:
                return reports.prepare(session, request)

        QueryOp(self, prepare).success(self.preview.show_document).run(
            latest=f"print-page-{id(self)}")
