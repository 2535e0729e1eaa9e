"""The top of the file window, to be read at a glance: who (name, file number, status), the
four facts a counsellor checks before anything else (risk level, consent, an open crisis,
the next appointment), the red crisis banner and assessment flags, and the details.

It shows what `refresh` read (and, while that read runs, what the opened file already
says: `show_loading`); it decides nothing (what may be done is the action bar's,
from the domain)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from station_desk.domain import vocab
from station_desk.domain.records import access
from station_desk.domain.records.appointments import Appointment
from station_desk.domain.records.consent import ConsentState
from station_desk.domain.records.files import ClientFile
from station_desk.ui import theme
from station_desk.ui.i18n import arg
from station_desk.ui.records.appointment_dialog import weekday
from station_desk.ui.records.common import label, labels, local_time
from station_desk.ui.records.consent_scopes import scopes_text
from station_desk.ui.records.file_window.flow import FlowLayout

# the chips' tones (theme.set_tone)
GOOD, NEUTRAL, WARN, ALARM = "good", "neutral", "warn", "alarm"
NAME_SCALE = 1.5


@dataclass(frozen=True)
class Glance:
    """What `refresh` read for the header, besides the file itself."""

    consent: ConsentState
    consent_line: str  # the full sentence (rights.consent_line)
    booked: Sequence[Appointment]
    notes: Sequence[str]  # assessment flags: the self-harm item, alerts to acknowledge


def risk_tone(code: str) -> str:
    """The risk chip's tone: calm for none or low, amber for medium, red above."""
    rank = next((int(e.extra.get("rank", 0)) for e in vocab.entries("risk_levels")
                 if e.code == code), 0)
    return GOOD if rank <= 1 else WARN if rank == 2 else ALARM


def _chip(parent: QWidget) -> QLabel:
    chip = QLabel(parent)
    chip.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return chip


class FileHeader(QWidget):
    """`layout()` is open to the transfer banner, which sits under the assessment flags."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.banner = QLabel(self)
        theme.set_tone(self.banner, "crisis-bar")
        self.banner.setWordWrap(True)
        layout.addWidget(self.banner)
        self.flags = QLabel(self)
        theme.set_tone(self.flags, "flag-bar")
        self.flags.setWordWrap(True)
        layout.addWidget(self.flags)

        who = QHBoxLayout()
        self.name_label = QLabel(self)
        self.file_no_label = QLabel(self)
        theme.set_tone(self.file_no_label, "muted")
        # the name half as large again as the text around it, at any text size
        theme.follow_text_size(self.name_label, NAME_SCALE, bold=True)
        self.status_label = QLabel(self)
        self.marks_label = QLabel(self)
        theme.set_tone(self.marks_label, "caution")
        for part in (self.name_label, self.file_no_label, self.status_label, self.marks_label):
            part.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            who.addWidget(part, 0, Qt.AlignmentFlag.AlignBaseline)
        who.addStretch(1)
        layout.addLayout(who)

        facts = QWidget(self)
        flow = FlowLayout(facts)
        self.risk_chip, self.consent_chip = _chip(facts), _chip(facts)
        self.crisis_chip, self.next_chip = _chip(facts), _chip(facts)
        for chip in (self.risk_chip, self.consent_chip, self.crisis_chip, self.next_chip):
            flow.addWidget(chip)
        layout.addWidget(facts)

        details = QWidget(self)
        # two columns of label and value, so the details leave room for the tabs
        self.details = QGridLayout(details)
        self._details_shown: list[tuple[str, str]] = []
        self.details.setContentsMargins(0, 0, 0, 0)
        self.details.setHorizontalSpacing(12)
        self.details.setVerticalSpacing(2)
        self.details.setColumnStretch(1, 1)
        self.details.setColumnStretch(3, 1)
        layout.addWidget(details)
        self.consent_line = QLabel(self)  # the whole consent sentence, under the details
        self.consent_line.setWordWrap(True)
        theme.set_tone(self.consent_line, "muted")
        layout.addWidget(self.consent_line)

    # -- showing -------------------------------------------------------------------------
    def show_loading(self, c: ClientFile) -> None:
        """What the opened file already says (who, risk, crisis, details), while the rest is
        read on the worker: the window shows at once and fills when the read returns."""
        self.flags.setVisible(False)
        self._show_client(c)
        self._show_risk_and_crisis(c)
        working = QCoreApplication.translate("MainWindow", "Working…")
        for chip in (self.consent_chip, self.next_chip):
            chip.setText(working)
            theme.set_tone(chip, NEUTRAL)
            chip.setToolTip("")
        self.consent_line.setVisible(False)
        self._show_details(c)

    def show_file(self, c: ClientFile, glance: Glance) -> None:
        self.flags.setText(" · ".join(glance.notes))
        self.flags.setVisible(bool(glance.notes))
        self._show_client(c)
        self._show_facts(c, glance)
        self._show_details(c)

    def _show_client(self, c: ClientFile) -> None:
        if c.open_crisis:
            self.banner.setText(arg(self.tr("Crisis intervention open since %1 — follow-up "
                                            "due by %2"), local_time(c.open_crisis.opened_at),
                                    local_time(c.open_crisis.followup_due)))
        self.banner.setVisible(c.open_crisis is not None)
        self.name_label.setText(c.name)
        self.file_no_label.setText(c.file_no)
        self.status_label.setText(label("file_statuses", c.status))
        theme.set_tone(self.status_label, NEUTRAL if c.status == "open" else WARN)
        marks = []
        if c.restricted:
            marks.append(self.tr("Restricted"))
        if c.access == access.BREAK_GLASS:
            marks.append(self.tr("Opened with a reason (audited) — read only"))
        self.marks_label.setText(" · ".join(marks))
        self.marks_label.setVisible(bool(marks))

    def _show_facts(self, c: ClientFile, glance: Glance) -> None:
        self._show_risk_and_crisis(c)
        state = glance.consent
        if state.withdrawn:
            since = min(w.withdrawn_on for w in state.withdrawals)
            text, tone = arg(self.tr("Consent withdrawn since %1: %2"), since,
                              scopes_text(state.withdrawn)), ALARM
        elif state.consent is None:
            text, tone = self.tr("No informed consent recorded"), WARN
        else:
            text, tone = arg(self.tr("Consent recorded %1"), state.consent.consent_date), GOOD
        self.consent_chip.setText(text)
        theme.set_tone(self.consent_chip, tone)
        self.consent_chip.setToolTip(glance.consent_line)
        booked = list(glance.booked)
        if booked:
            first = booked[0]
            self.next_chip.setText(arg(self.tr("Next appointment: %1 %2 %3"), first.day,
                                       weekday(first.day), first.time_range)
                                   + (f" · {first.counsellor_name}"
                                      if first.counsellor_name else ""))
        else:
            self.next_chip.setText(self.tr("No appointment booked"))
        theme.set_tone(self.next_chip, NEUTRAL)
        self.next_chip.setToolTip("\n".join(
            f"{a.day} {weekday(a.day)} {a.time_range} {a.counsellor_name}" for a in booked[:5]))
        self.consent_line.setText(glance.consent_line)
        self.consent_line.setVisible(state.consent is not None)  # else the chip says it all

    def _show_risk_and_crisis(self, c: ClientFile) -> None:
        self.risk_chip.setText(arg(self.tr("Risk: %1"), label("risk_levels", c.risk_level)
                                   or self.tr("not assessed")))
        theme.set_tone(self.risk_chip, risk_tone(c.risk_level))
        crisis = c.open_crisis
        if crisis is None:
            self.crisis_chip.setText(self.tr("No open crisis"))
            theme.set_tone(self.crisis_chip, NEUTRAL)
        else:
            self.crisis_chip.setText(arg(self.tr("Open crisis since %1"),
                                         local_time(crisis.opened_at)))
            theme.set_tone(self.crisis_chip, ALARM)

    def _show_details(self, c: ClientFile) -> None:
        rows = self._detail_rows(c)
        if rows == self._details_shown:
            return  # as the file was opened, read again: the same labels, laid out once
        self._details_shown = rows
        while self.details.count():
            item = self.details.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.deleteLater()
        for position, (title, value) in enumerate(rows):
            heading = QLabel(title)
            theme.set_tone(heading, "muted")
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row, column = divmod(position, 2)
            self.details.addWidget(heading, row, column * 2, Qt.AlignmentFlag.AlignTop)
            self.details.addWidget(text, row, column * 2 + 1, Qt.AlignmentFlag.AlignTop)

    def _detail_rows(self, c: ClientFile) -> list[tuple[str, str]]:
        rows = [
            (self.tr("Gender / birth year"),
             f"{label('genders', c.gender)} / {c.birth_year or '—'}"),
            (self.tr("Phone"), c.phone or "—"),
            (self.tr("Employer / unit"), " · ".join(
                [c.employer or "—", label("industries", c.industry) or "—",
                 label("job_types", c.job_type) or "—"])),
            (self.tr("Key groups"), labels("key_groups", c.key_groups) or "—"),
            (self.tr("Counsellor"), c.counsellor_name + (
                arg(self.tr("  (shared with %1)"), ", ".join(n for _, n in c.shared_with))
                if c.shared_with else "")),
            (self.tr("Emergency contact"), c.emergency_contact or "—"),
        ]
        if c.closing_summary:
            summary = c.closing_summary
            rows.append((self.tr("Closing summary"),
                         summary if len(summary) <= 300 else summary[:300] + "…"))
        return rows
