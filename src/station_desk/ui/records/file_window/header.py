"""The top of the file window: the red crisis banner, assessment flags, the consent line,
the file's heading and its details in two columns."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from station_desk.domain.records import access
from station_desk.domain.records.appointments import Appointment
from station_desk.domain.records.files import ClientFile
from station_desk.ui.i18n import arg
from station_desk.ui.records.appointment_dialog import weekday
from station_desk.ui.records.common import (
    BANNER_STYLE,
    WARNING_STYLE,
    label,
    labels,
    local_time,
)

# The wording stays in the context it was written in, with its translations.
translate = QCoreApplication.translate

FLAG_STYLE = ("background: #fdecea; color: #8c1d18; font-weight: bold; padding: 6px;"
              " border-radius: 3px;")


class FileHeader(QWidget):
    """What the file says about itself. `layout()` is open to the transfer banner, which
    sits under the assessment flags."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.banner = QLabel()
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        layout.addWidget(self.banner)
        self.flags = QLabel()
        self.flags.setStyleSheet(FLAG_STYLE)
        self.flags.setWordWrap(True)
        layout.addWidget(self.flags)
        self.consent_warning = QLabel()
        self.consent_warning.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.consent_warning)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.heading)
        details = QWidget()
        # two columns of label and value, so the details leave room for the tabs
        self.details = QGridLayout(details)
        self.details.setContentsMargins(0, 0, 0, 0)
        self.details.setHorizontalSpacing(12)
        self.details.setColumnStretch(1, 1)
        self.details.setColumnStretch(3, 1)
        layout.addWidget(details)

    def show_file(self, c: ClientFile, booked: Sequence[Appointment],
                  notes: Sequence[str]) -> None:
        """`notes`: what the assessments flag (self-harm item, alerts to acknowledge)."""
        self.flags.setText(" · ".join(notes))
        self.flags.setVisible(bool(notes))
        if c.open_crisis:
            self.banner.setText(arg(translate("ClientFileView",
                                              "Crisis intervention open since %1 — follow-up "
                                              "due by %2"), local_time(c.open_crisis.opened_at),
                                    local_time(c.open_crisis.followup_due)))
        self.banner.setVisible(c.open_crisis is not None)
        marks = []
        if c.restricted:
            marks.append(translate("ClientFileView", "Restricted"))
        if c.access == access.BREAK_GLASS:
            marks.append(translate("ClientFileView", "Opened with a reason (audited)"))
        self.heading.setText(f"{c.file_no}  {c.name}  ·  {label('file_statuses', c.status)}"
                             + ("  ·  " + " · ".join(marks) if marks else ""))
        self._show_details(c, booked)

    def _show_details(self, c: ClientFile, booked: Sequence[Appointment]) -> None:
        while self.details.count():
            old = self.details.takeAt(0).widget()
            if old is not None:
                old.deleteLater()
        rows = [
            (translate("ClientFileView", "Gender / birth year"),
             f"{label('genders', c.gender)} / {c.birth_year or '—'}"),
            (translate("ClientFileView", "Phone"), c.phone or "—"),
            (translate("ClientFileView", "Employer / unit"), " · ".join(
                [c.employer or "—", label("industries", c.industry) or "—",
                 label("job_types", c.job_type) or "—"])),
            (translate("ClientFileView", "Key groups"), labels("key_groups", c.key_groups) or "—"),
            (translate("ClientFileView", "Counsellor"), c.counsellor_name + (
                arg(translate("ClientFileView", "  (shared with %1)"),
                    ", ".join(n for _, n in c.shared_with))
                if c.shared_with else "")),
            (translate("ClientFileView", "Risk level"), label("risk_levels", c.risk_level)),
            (translate("ClientFileView", "Emergency contact"), c.emergency_contact or "—"),
            (translate("ClientFileView", "Appointments"), "; ".join(
                f"{a.day} {weekday(a.day)} {a.time_range} {a.counsellor_name}"
                for a in booked[:3]) or "—"),
        ]
        if c.closing_summary:
            summary = c.closing_summary
            rows.append((translate("ClientFileView", "Closing summary"),
                         summary if len(summary) <= 300 else summary[:300] + "…"))
        for position, (title, value) in enumerate(rows):
            heading = QLabel(title)
            heading.setStyleSheet("color: #5f6368;")
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row, column = divmod(position, 2)
            self.details.addWidget(heading, row, column * 2, Qt.AlignmentFlag.AlignTop)
            self.details.addWidget(text, row, column * 2 + 1, Qt.AlignmentFlag.AlignTop)
