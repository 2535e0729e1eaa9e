"""What a form holds, written to the encrypted autosave when the screen locks and offered back
when the same form is opened again after it was lost (signed out or shut down while locked).

A form names its fields (`kept_fields()`) and what it edits (`kept_ref()`): "<form>:<file>:<what>"
for a form about a file, e.g. "crisis:12:new" for a crisis not yet opened on file 12 or
"addendum:12:40" for an addendum to record 40 of it, and "<form>" or "<form>:<id>" for the
few forms not about one file. The leftover-drafts list reads the file from the ref. Each
field's value is read from the widget itself, so a form needs no code of its own to be kept.
Passwords are never kept.

Autosaves go to `domain.records.drafts` (the `drafts` table of the SQLCipher vault, one row per
user and form): never to a file in plain text.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QTimeEdit,
    QWidget,
)

from station_desk.domain.records import drafts
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui import theme
from station_desk.ui.i18n import arg
from station_desk.ui.records.common import local_time

KIND = "form"
_ROLE = Qt.ItemDataRole.UserRole
_JSON = (str, int, float, bool, type(None))


def parse_ref(ref: str) -> tuple[str, int | None]:
    """The form and the file (client id) a kept ref names."""
    parts = ref.split(":")
    if len(parts) == 3 and parts[1].isdigit():
        return parts[0], int(parts[1])
    return parts[0], None


def form_name(form: str) -> str:
    """What the person called the form they were typing in."""
    translate = QCoreApplication.translate
    names = {
        "addendum": translate("KeptInput", "Addendum"),
        "followup": translate("KeptInput", "Follow-up"),
        "followup-outcome": translate("KeptInput", "Follow-up outcome"),
        "crisis": translate("KeptInput", "Crisis record"),
        "crisis-close": translate("KeptInput", "Closing a crisis"),
        "referral": translate("KeptInput", "Referral"),
        "consent": translate("KeptInput", "Informed consent"),
        "withdraw": translate("KeptInput", "Withdrawing consent"),
        "close-case": translate("KeptInput", "Closing the case"),
        "share": translate("KeptInput", "Share or transfer"),
        "cosign": translate("KeptInput", "Co-signature"),
        "details": translate("KeptInput", "File details"),
        "appointment": translate("KeptInput", "Appointment"),
        "register": translate("KeptInput", "Registering a visitor"),
        "activity": translate("KeptInput", "Group activity"),
        "reassign": translate("KeptInput", "Reassigning cases"),
        "tier": translate("KeptInput", "Tier self-check answer"),
    }
    return names.get(form, form)


def preview(payload: dict[str, Any], limit: int = 60) -> str:
    """The first words typed (the longest text field's beginning), for the leftovers list."""
    fields = payload.get("fields")
    texts = [v.strip() for v in fields.values() if isinstance(v, str) and v.strip()] \
        if isinstance(fields, dict) else []
    text = max(texts, key=len, default="")
    return text if len(text) <= limit else text[:limit] + "…"


def read_field(widget: QWidget) -> Any:
    """The field's value as JSON, or None for something not kept (a password, read-only)."""
    if isinstance(widget, QLineEdit):
        if widget.echoMode() != QLineEdit.EchoMode.Normal or widget.isReadOnly():
            return None
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return None if widget.isReadOnly() else widget.toPlainText()
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return {"index": widget.currentIndex(),
                "data": data if isinstance(data, _JSON) else None,
                "text": widget.currentText() if widget.isEditable() else None}
    if isinstance(widget, QDateEdit):
        return widget.date().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QTimeEdit):
        return widget.time().toString("HH:mm")
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QGroupBox):
        return widget.isChecked() if widget.isCheckable() else None
    if isinstance(widget, QAbstractButton):
        return widget.isChecked() if widget.isCheckable() else None
    if isinstance(widget, QListWidget):
        items = [widget.item(row) for row in range(widget.count())]
        return [item.data(_ROLE) if item.data(_ROLE) is not None else row
                for row, item in enumerate(items) if item.checkState() == Qt.CheckState.Checked]
    return None


def write_field(widget: QWidget, value: Any) -> None:
    """Put a value read by `read_field` back; a value that no longer fits is left out."""
    if value is None:
        return
    if isinstance(widget, QLineEdit) and isinstance(value, str):
        widget.setText(value)
    elif isinstance(widget, QPlainTextEdit | QTextEdit) and isinstance(value, str):
        widget.setPlainText(value)
    elif isinstance(widget, QComboBox) and isinstance(value, dict):
        index = widget.findData(value.get("data")) if value.get("data") is not None else -1
        if index < 0 and isinstance(value.get("index"), int) \
                and 0 <= value["index"] < widget.count():
            index = value["index"]
        if index >= 0:
            widget.setCurrentIndex(index)
        if widget.isEditable() and isinstance(value.get("text"), str):
            widget.setEditText(value["text"])
    elif isinstance(widget, QDateEdit) and isinstance(value, str):
        day = QDate.fromString(value, Qt.DateFormat.ISODate)
        if day.isValid():
            widget.setDate(day)
    elif isinstance(widget, QTimeEdit) and isinstance(value, str):
        moment = QTime.fromString(value, "HH:mm")
        if moment.isValid():
            widget.setTime(moment)
    elif isinstance(widget, QSpinBox) and isinstance(value, int):
        widget.setValue(value)
    elif isinstance(widget, QGroupBox | QAbstractButton) and isinstance(value, bool):
        widget.setChecked(value)
    elif isinstance(widget, QListWidget) and isinstance(value, list):
        wanted = set(value)
        for row in range(widget.count()):
            item = widget.item(row)
            key = item.data(_ROLE) if item.data(_ROLE) is not None else row
            item.setCheckState(Qt.CheckState.Checked if key in wanted
                               else Qt.CheckState.Unchecked)


def input_fields(owner: object) -> dict[str, QWidget]:
    """The input widgets an object holds as attributes, by attribute name."""
    kinds = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QGroupBox,
             QAbstractButton, QListWidget)
    return {name: value for name, value in vars(owner).items()
            if isinstance(value, kinds) and not isinstance(value, QPushButton)}


class KeptInput:
    """Mixin for a dialog with `session`: autosave on lock, offer back on opening, drop the
    autosave once the form is done with (accepted or cancelled)."""

    session: Session

    def kept_ref(self) -> str | None:
        """What the form edits, or None for a form not kept."""
        return None

    def kept_fields(self) -> dict[str, QWidget]:
        return input_fields(self)

    def keep_input(self) -> None:
        """Called by the screen lock (`WindowsAside`): write the form to the autosave."""
        ref = self.kept_ref()
        if ref is None:
            return
        values = {name: read_field(widget) for name, widget in self.kept_fields().items()}
        drafts.autosave(self.session, KIND, ref, {"fields": values})

    def forget_input(self) -> None:
        ref = self.kept_ref()
        if ref is not None:
            with contextlib.suppress(StationDeskError):
                drafts.discard(self.session, KIND, ref)

    def offer_kept_input(self, layout: Any) -> bool:
        """If this form's input was kept when it was lost, put it back and say so at the top
        of `layout` (with a button to throw it away). True when something was restored."""
        ref = self.kept_ref()
        if ref is None:
            return False
        try:
            found = drafts.pending(self.session, KIND, ref)
        except StationDeskError:
            return False
        if found is None or not isinstance(found.payload.get("fields"), dict):
            return False
        fields = self.kept_fields()
        before = {name: read_field(widget) for name, widget in fields.items()}
        for name, value in found.payload["fields"].items():
            if name in fields:
                write_field(fields[name], value)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        notice = QLabel(arg(QCoreApplication.translate(
            "KeptInput", "Restored what was typed here until %1: the screen was locked and "
            "the form closed before it was saved."), local_time(found.updated_at)))
        theme.set_tone(notice, "warning-bar")
        notice.setWordWrap(True)
        discard = QPushButton(QCoreApplication.translate("KeptInput",
                                                         "Discard the restored text"))
        row.addWidget(notice, 1)
        row.addWidget(discard)
        self.restored_notice = holder

        def throw_away() -> None:  # back to what the form showed before restoring
            for name, value in before.items():
                write_field(fields[name], value)
            self.forget_input()
            holder.hide()

        discard.clicked.connect(throw_away)
        layout.insertWidget(0, holder)
        holder.show()  # added while the form is being shown: not shown with it otherwise
        return True

