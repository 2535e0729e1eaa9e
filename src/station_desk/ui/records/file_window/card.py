"""What reception sees of a file (the directory card), with what reception does to it:
correct the details, book an appointment."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain.records import appointments, files
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.ui.operations import QueryOp
from station_desk.ui.records.appointment_dialog import AppointmentDialog, weekday
from station_desk.ui.records.common import label
from station_desk.ui.records.register_dialog import EditDetailsDialog


class DirectoryCard(QDialog):
    """What reception sees of a file, with what reception does to it: correct the details,
    book an appointment."""

    def __init__(self, session: Session, entry: files.DirectoryEntry,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entry = entry
        self.last_booking: appointments.Appointment | None = None
        layout = QVBoxLayout(self)
        holder = QWidget()
        self.form = QFormLayout(holder)
        layout.addWidget(holder)
        buttons = QHBoxLayout()
        self.details_button = QPushButton(self.tr("Edit details…"))
        self.details_button.clicked.connect(self.edit_details)
        self.details_button.setVisible(session.can(Permission.REGISTER_CLIENT))
        self.book_button = QPushButton(self.tr("Book appointment…"))
        self.book_button.clicked.connect(self.book)
        self.book_button.setVisible(session.can(Permission.BOOK_APPOINTMENT))
        buttons.addStretch(1)
        buttons.addWidget(self.details_button)
        buttons.addWidget(self.book_button)
        layout.addLayout(buttons)
        self.show_entry(entry)

    def show_entry(self, entry: files.DirectoryEntry,
                   booked: list[appointments.Appointment] | None = None) -> None:
        """The card's facts; the appointments as read with the entry, or read now (on the
        worker) and filled in when they are here."""
        self.entry = entry
        self.setWindowTitle(f"{entry.file_no} {entry.name}")
        while self.form.rowCount():
            self.form.removeRow(0)
        for title, value in ((self.tr("File number"), entry.file_no),
                             (self.tr("Name"), entry.name), (self.tr("Phone"), entry.phone),
                             (self.tr("Employer / unit"), entry.employer),
                             (self.tr("Status"), label("file_statuses", entry.status)),
                             (self.tr("Counsellor"), entry.counsellor_name or "—"),
                             (self.tr("Informed consent"),
                              self.tr("recorded") if entry.has_consent
                              else self.tr("No informed consent recorded"))):
            self.form.addRow(title, QLabel(value))
        self.booked = QLabel("…")
        self.form.addRow(self.tr("Appointments"), self.booked)
        if booked is not None:
            self._show_booked(booked)
            return
        session, client_id = self.session, entry.id
        QueryOp(self, lambda: appointments.client_appointments(session, client_id)).success(
            self._show_booked).run(latest=f"card:{id(self)}")

    def _show_booked(self, booked: list[appointments.Appointment]) -> None:
        self.booked.setText("\n".join(f"{a.day} {weekday(a.day)} {a.time_range} "
                                      f"{a.counsellor_name}" for a in booked[:5]) or "—")

    def _reload(self) -> None:
        """The entry and its appointments read again, in one step on the worker."""
        session, client_id = self.session, self.entry.id

        def read() -> tuple[list[files.DirectoryEntry], list[appointments.Appointment]]:
            return (files.directory_rows(session, [client_id]),
                    appointments.client_appointments(session, client_id))

        def show(found: tuple[list[files.DirectoryEntry], list[appointments.Appointment]]
                 ) -> None:
            entries, booked = found
            if entries:
                self.show_entry(entries[0], booked)

        QueryOp(self, read).success(show).run(latest=f"card:{id(self)}")

    def edit_details(self) -> None:
        EditDetailsDialog.ask(self.session, self.entry.id, self,
                              then=lambda _details: self._reload())

    def book(self) -> None:
        item = AppointmentDialog.ask(self.session, self.entry, None, None, self)
        if item is not None:
            self.last_booking = item
            self._reload()
