"""心理健康状况调查: survey campaigns, a new one, and typing in paper answer sheets one line
each (the kiosk takes a campaign's screenings from the anonymous-screening dialog)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain import instruments as inst_mod
from station_desk.domain import survey_sheets, surveys, vocab
from station_desk.domain.assessments import Outcome
from station_desk.domain.records.common import today
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.reports.document import Document
from station_desk.ui import theme
from station_desk.ui.i18n import arg, current_lang
from station_desk.ui.operations import Change, ChangeOp, QueryOp
from station_desk.ui.records.common import date_edit, from_qdate
from station_desk.ui.status_page import StatusPage
from station_desk.ui.widgets import span_row

ID_ROLE = Qt.ItemDataRole.UserRole


def sheet_help() -> str:
    """The line format, with the numbers of the industries and key groups."""
    from PySide6.QtCore import QCoreApplication

    lang = current_lang()
    industries = "  ".join(f"{n} {e.label(lang)}" for n, e in enumerate(
        vocab.entries("industries"), start=1))
    groups = "  ".join(f"{n} {e.label(lang)}" for n, e in enumerate(
        vocab.entries("key_groups"), start=1))
    return arg(QCoreApplication.translate(
        "SurveysPage",
        "One sheet per line: GENDER AGE INDUSTRY GROUP ANSWERS, '-' for one not given. "
        "Gender f or m; age 1 under 20, 2 20–29, 3 30–39, 4 40–49, 5 50–59, 6 60 and over; "
        "answers one digit per item (or separated by commas). Example: f 3 1 - 012301230\n"
        "Industries: %1\nKey groups: %2"), industries, groups)


def short_name(instrument: inst_mod.Instrument, lang: str) -> str:
    """"PHQ-9" out of "患者健康问卷抑郁量表（PHQ-9）": what staff call it."""
    name = instrument.name(lang)
    for left, right in (("（", "）"), ("(", ")")):
        if name.endswith(right) and left in name:
            return name[name.rindex(left) + 1:-1]
    return name


@dataclass(frozen=True)
class _Loaded:
    campaigns: list[surveys.Campaign]
    screenings: dict[int, int]           # campaign id -> screenings (when shown)
    running: list[surveys.Campaign]      # those open today, for typing in sheets


class SurveysPage(StatusPage):
    shows = Change.TIER | Change.ASSESSMENTS

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.running: dict[int, surveys.Campaign] = {}
        self.counts_visible = session.can(Permission.ADMINISTER_ASSESSMENT)
        self.instruments = inst_mod.load_all()

        self.list = QTreeWidget()
        self.list.setObjectName("surveyCampaigns")
        headers = [self.tr("Campaign"), self.tr("Unit"), self.tr("Dates"),
                   self.tr("Instruments")]
        if self.counts_visible:
            headers.append(self.tr("Screenings"))
        self.list.setHeaderLabels(headers)
        self.list.setRootIsDecorated(False)
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(True)

        # -- a new campaign -------------------------------------------------------------------
        self.name = QLineEdit()
        self.unit = QLineEdit()
        self.starts = date_edit(self, today(session))
        self.ends = date_edit(self, today(session) + dt.timedelta(days=14))
        self.chosen = QListWidget()
        for ident, inst in self.instruments.items():
            item = QListWidgetItem(inst.name(current_lang()))
            item.setData(ID_ROLE, ident)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ident in ("phq9", "gad7")
                               else Qt.CheckState.Unchecked)
            self.chosen.addItem(item)
        self.chosen.setMaximumHeight(110)
        self.create_button = QPushButton(self.tr("Create the campaign"))
        self.create_button.clicked.connect(self.create)
        dates = span_row(self.starts, self.ends)
        new_box = QGroupBox(self.tr("New campaign"))
        form = QFormLayout(new_box)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Dates"), dates)
        form.addRow(self.tr("Instruments"), self.chosen)
        form.addRow("", self.create_button)

        # -- paper sheets ---------------------------------------------------------------------
        self.campaign = QComboBox()
        self.campaign.currentIndexChanged.connect(lambda _i: self._fill_instruments())
        self.instrument = QComboBox()
        self.sheet = QLineEdit()
        self.sheet.setObjectName("sheetLine")
        self.sheet.setPlaceholderText("f 3 1 - 012301230")
        self.sheet.returnPressed.connect(self.enter_sheet)
        self.last_sheet = QLabel()
        self.last_sheet.setWordWrap(True)
        help_text = QLabel(sheet_help())
        help_text.setWordWrap(True)
        theme.set_tone(help_text, "muted")
        sheets_box = QGroupBox(self.tr("Type in paper answer sheets"))
        sheets = QFormLayout(sheets_box)
        sheets.addRow(self.tr("Campaign"), self.campaign)
        sheets.addRow(self.tr("Instrument"), self.instrument)
        sheets.addRow(self.tr("Sheet"), self.sheet)
        sheets.addRow("", self.last_sheet)
        sheets.addRow(help_text)
        sheets_box.setVisible(self.counts_visible)

        bottom = QHBoxLayout()
        bottom.addWidget(new_box, 1)
        bottom.addWidget(sheets_box, 1)
        self.report_button = QPushButton(self.tr("Report on the selected campaign…"))
        self.report_button.clicked.connect(self.show_report)
        self.report_button.setVisible(session.can(Permission.EXPORT_STATISTICS)
                                      and session.has_clinical)
        self._preview: QWidget | None = None
        report_row = QHBoxLayout()
        report_row.addStretch(1)
        report_row.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(report_row)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        self.refresh()

    def load(self) -> _Loaded:
        session = self.session
        campaigns = surveys.list_campaigns(session)
        # Screenings are clinical: without the clinical key the column shows none.
        counting = self.counts_visible and session.has_clinical
        screenings = {c.id: sum(surveys.screening_counts(session, c.id).values())
                      for c in campaigns} if counting else {}
        return _Loaded(campaigns, screenings,
                       surveys.list_campaigns(session, open_on=today(session)))

    def show_loaded(self, loaded: _Loaded) -> None:
        lang = current_lang()
        self.list.clear()
        for campaign in loaded.campaigns:
            names = ", ".join(short_name(self.instruments[i], lang) if i in self.instruments
                              else i for i in campaign.instruments)
            row = [campaign.name, campaign.unit, f"{campaign.starts_on} – {campaign.ends_on}",
                   names]
            if self.counts_visible:
                row.append(str(loaded.screenings.get(campaign.id, 0)))
            item = QTreeWidgetItem(row)
            item.setData(0, ID_ROLE, campaign.id)
            self.list.addTopLevelItem(item)
        current = self.campaign.currentData()
        self.campaign.blockSignals(True)
        self.campaign.clear()
        self.running = {c.id: c for c in loaded.running}
        for campaign in loaded.running:
            self.campaign.addItem(campaign.name, campaign.id)
        index = self.campaign.findData(current)
        self.campaign.setCurrentIndex(max(0, index))
        self.campaign.blockSignals(False)
        self._fill_instruments()

    def _fill_instruments(self) -> None:
        keep = self.instrument.currentData()  # the next sheet is usually the same instrument
        self.instrument.clear()
        ident = self.campaign.currentData()
        if ident is None:
            self.sheet.setEnabled(False)
            return
        campaign = self.running[int(ident)]
        for inst_id in campaign.instruments:
            if inst_id in self.instruments:
                self.instrument.addItem(self.instruments[inst_id].name(current_lang()),
                                        inst_id)
        self.instrument.setCurrentIndex(max(0, self.instrument.findData(keep)))
        self.sheet.setEnabled(self.instrument.count() > 0)

    def show_report(self) -> None:
        """The campaign's report, protected like the packages (export/campaign.py): made on
        the worker, then shown in the preview (`self._preview`)."""
        from station_desk.export import campaign as campaign_report

        item = self.list.currentItem()
        if item is None:
            self.message.show_text(self.tr("Choose a campaign in the list first."))
            return
        session, ident, lang = self.session, int(item.data(0, ID_ROLE)), current_lang()
        QueryOp(self, lambda: campaign_report.prepare(session, ident, lang)).success(
            self._show_preview).failure(self._fail).run()

    def _show_preview(self, doc: Document) -> None:
        from station_desk.ui.printing.dialog import PreviewDialog

        self.message.clear_text()
        dialog = PreviewDialog(self.session, doc, self)
        dialog.show()
        self._preview = dialog

    def create(self) -> None:
        """A new campaign; the list reloads from the notice."""
        chosen = [str(self.chosen.item(i).data(ID_ROLE)) for i in range(self.chosen.count())
                  if self.chosen.item(i).checkState() == Qt.CheckState.Checked]
        session, name, unit = self.session, self.name.text(), self.unit.text()
        starts, ends = from_qdate(self.starts), from_qdate(self.ends)
        self.act(lambda: surveys.create_campaign(session, name, unit, starts, ends, chosen),
                 Change.TIER, self._created)

    def _created(self, _campaign: surveys.Campaign) -> None:
        self.message.clear_text()
        self.name.clear()
        self.unit.clear()

    def enter_sheet(self) -> None:
        """Store the typed sheet; the line is cleared for the next one only when it was."""
        campaign_id, inst_id = self.campaign.currentData(), self.instrument.currentData()
        if campaign_id is None or inst_id is None:
            return
        instrument = self.instruments[str(inst_id)]
        session, line = self.session, self.sheet.text()
        ChangeOp(self, lambda: survey_sheets.enter_sheet(session, int(campaign_id), instrument,
                                                         line),
                 Change.TIER | Change.ASSESSMENTS).success(
            lambda outcome: self._stored(instrument, outcome)).failure(self._fail).run()

    def _stored(self, instrument: inst_mod.Instrument,
                outcome: Outcome) -> None:
        self.message.clear_text()
        self.sheet.clear()
        result = outcome.administration
        text = arg(self.tr("Stored: %1 — %2 (%3)."), instrument.name(current_lang()),
                   result.total, result.band_label_zh if current_lang() == "zh"
                   else result.band_label_en)
        if outcome.alerts:
            text += " " + self.tr("An alert was raised: see Assessments.")
        self.last_sheet.setText(text)
