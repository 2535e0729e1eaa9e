"""The file window's buttons: what may be done to the file and to the selected record.

`build` puts them on the view (as `view.new_button` and so on, which the rights, transfer
and reopen parts and the tests use); `update` enables them from the domain's answers.
The wording stays in the "ClientFileView" translation context, where it was written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from station_desk.domain.records import access, sessions
from station_desk.domain.roles import Permission
from station_desk.ui.records.reopen_case import ReopenCase

if TYPE_CHECKING:
    from collections.abc import Callable

    from station_desk.ui.records.file_window.view import ClientFileView

translate = QCoreApplication.translate


def _button(row: QHBoxLayout, text: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(lambda _checked=False: slot())
    row.addWidget(button)
    return button


def build(view: ClientFileView) -> tuple[QHBoxLayout, QHBoxLayout]:
    """The row of record actions and the row of file actions."""
    records_row = QHBoxLayout()
    view.new_button = _button(records_row, translate("ClientFileView", "New session record"),
                              view.new_session)
    view.edit_button = _button(records_row, translate("ClientFileView", "Open / sign draft"),
                               view.edit_session)
    view.delete_draft_button = _button(records_row, translate("ClientFileView", "Delete draft…"),
                                       view.delete_draft)
    view.addendum_button = _button(records_row, translate("ClientFileView", "Add addendum"),
                                   view.add_addendum)
    view.cosign_button = _button(records_row, translate("ClientFileView", "Co-sign…"),
                                 view.cosign)
    view.followup_button = _button(records_row,
                                   translate("ClientFileView", "Schedule follow-up"),
                                   view.schedule_followup)
    view.crisis_button = _button(records_row, translate("ClientFileView", "Crisis…"),
                                 view.crisis)
    view.more_button = _button(records_row, translate("ClientFileView", "Referral"),
                               view.referral)
    records_row.addStretch(1)
    file_row = QHBoxLayout()
    view.details_button = _button(file_row, translate("ClientFileView", "Edit details…"),
                                  view.edit_details)
    view.consent_button = _button(file_row, translate("ClientFileView", "Record consent"),
                                  view.consent)
    view.book_button = _button(file_row, translate("ClientFileView", "Book appointment…"),
                               view.book_appointment)
    view.share_button = _button(file_row, translate("ClientFileView", "Share / transfer"),
                                view.share)
    view.close_case_button = _button(file_row, translate("ClientFileView", "Close case"),
                                     view.close_case)
    view.rating_button = _button(file_row, translate("ClientFileView", "Satisfaction form"),
                                 view.rating)
    view.reopen = ReopenCase(view, file_row, view.refresh)
    file_row.addStretch(1)
    return records_row, file_row


def update(view: ClientFileView) -> None:
    """The file's buttons after the file was (re)read."""
    s, c = view.session, view.client
    writable = access.can_write(s, c)
    is_open = c.status == "open"
    for button in (view.new_button, view.followup_button, view.crisis_button):
        button.setEnabled(writable and is_open)
    for button in (view.addendum_button, view.more_button, view.consent_button):
        button.setEnabled(writable)
    owner = access.is_owner(s, c)
    view.share_button.setEnabled(owner and is_open)
    view.close_case_button.setEnabled(owner and is_open)
    view.close_case_button.setVisible(is_open)
    view.reopen.update(s, c)
    view.details_button.setEnabled(s.can(Permission.REGISTER_CLIENT))
    view.book_button.setEnabled(s.can(Permission.BOOK_APPOINTMENT) and is_open)


def update_record(view: ClientFileView) -> None:
    """Buttons about the selected record: only what may be done to that record now."""
    record = view.selected_record()
    writable = access.can_write(view.session, view.client)
    own_draft = record is not None and sessions.is_own_draft(view.session, record)
    view.edit_button.setEnabled(writable and own_draft)
    view.delete_draft_button.setEnabled(writable and own_draft)
    view.cosign_button.setVisible(bool(access.supervisees(view.session)))
    view.cosign_button.setEnabled(record is not None
                                  and sessions.can_cosign(view.session, record))
