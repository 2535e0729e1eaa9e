"""Transfer to another station, on screen: the file window's action and banner, the sending
dialog, the admin's import dialog, and the read-only history received with a file.

The rules are the domain's (domain/records/transfer.py); the file is written and read by
export/transfer/service.py. Wired into the file window with `TransferBar` (file_window/view.py) and
into the file list with `ImportTransferDialog` (client_list.py).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain.instruments import load_all
from station_desk.domain.records import files, transfer
from station_desk.domain.records.common import local_date_of
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.export import keys
from station_desk.export.transfer import service
from station_desk.ui import messages, theme
from station_desk.ui.i18n import arg, current_lang
from station_desk.ui.modal import run_modal
from station_desk.ui.operations import Change, QueryOp
from station_desk.ui.records.common import label, labels, local_time
from station_desk.ui.records.consent_scopes import scopes_text
from station_desk.ui.records.dialogs import FormDialog

if TYPE_CHECKING:
    from station_desk.ui.records.file_window import ClientFileView

SUFFIX = ".sdtransfer"


translate = QCoreApplication.translate


def day_of(timestamp: str) -> str:
    try:
        return local_date_of(timestamp).isoformat()
    except ValueError:
        return timestamp


def choose_open_path(parent: QWidget | None, title: str, pattern: str) -> str:
    """The open-file dialog, in one place so tests can answer it."""
    path, _ = QFileDialog.getOpenFileName(parent, title, "", pattern)
    return path


def choose_save_path(parent: QWidget | None, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("Transfer", "Save the transfer file"), suggested,
        translate("Transfer", "Transfer file (*.sdtransfer)"))
    return path


def _path_row(edit: QLineEdit, browse: Callable[[], None]) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    button = QPushButton(translate("Transfer", "Browse…"))
    button.clicked.connect(browse)
    row.addWidget(button)
    return holder


def _wrapped(text: str = "") -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(True)
    return widget


class TransferText(QObject):
    """Counted phrases (plural forms in English): Qt's numerus needs a `tr` with the count."""

    def count(self, key: str, n: int) -> str:
        texts = {
            "sessions": self.tr("%n session record(s)", "", n),
            "consents": self.tr("%n consent(s)", "", n),
            "assessments": self.tr("%n assessment(s)", "", n),
            "crises": self.tr("%n crisis intervention(s)", "", n),
            "followups": self.tr("%n follow-up(s)", "", n),
            "referrals": self.tr("%n referral(s)", "", n),
            "satisfaction": self.tr("%n rating(s)", "", n),
            "hotline_calls": self.tr("%n hotline call(s)", "", n),
        }
        return texts[key]

    def withheld(self, n: int) -> str:
        return self.tr("%n restricted item(s) came without their text: the sending station "
                       "could not re-encrypt them.", "", n)


# Lines after the first of "Contents: …", under its first item ("内容：" is three wide).
INDENT = {False: "\n\u3000\u3000\u3000", True: "\n" + " " * 18}
COUNTED = ("sessions", "consents", "assessments", "crises", "followups", "referrals",
           "satisfaction", "hotline_calls")


def contents_text(counts: dict[str, int], separator: str | None = None) -> str:
    words = TransferText()
    parts = [words.count(key, counts[key]) for key in COUNTED if counts.get(key)]
    if separator is None:
        separator = "; " if current_lang() == "en" else "；"
    return separator.join(parts) or "—"


# --------------------------------------------------------------------------- sending


def _key_file(text: str) -> bytes:
    """The receiving station's key file (on the worker: a disk problem is told by the
    operations layer, naming the file)."""
    if not text:
        raise StationDeskError("transfer_no_key_file")
    return Path(text).read_bytes()


def _transfer_file(text: str) -> bytes:
    if not text:
        raise StationDeskError("transfer_no_file")
    return Path(text).read_bytes()


class SendTransferDialog(FormDialog):
    """The file's counsellor (or an admin who opened it with a reason) writes the case for
    another station."""

    def __init__(self, session: Session, client_id: int, file_no: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, arg(self.tr("Transfer file %1 to another station"), file_no),
                         parent)
        self.client_id, self.file_no = client_id, file_no
        self.setMinimumWidth(620)
        self.form.addRow(_wrapped(self.tr(
            "The whole case is written to one file, encrypted to the receiving station's key "
            "and signed by this station: only that station can open it. Afterwards this file "
            "shows where it went, takes no new records and cannot be reopened; nothing in it "
            "is deleted.")))
        self.key_path = QLineEdit()
        self.key_path.setPlaceholderText(self.tr("station.key from the receiving station"))
        self.key_path.editingFinished.connect(self._show_station)
        self.form.addRow(self.tr("Receiving station's key file"),
                         _path_row(self.key_path, self._browse_key))
        self.station = _wrapped()
        theme.set_tone(self.station, "warning-bar")
        self.station.setVisible(False)
        self.form.addRow(self.station)
        self.out_path = QLineEdit()
        self.form.addRow(self.tr("Save the transfer file as"),
                         _path_row(self.out_path, self._browse_out))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Write transfer file"))
        self.finish_layout({})

    def _browse_key(self) -> None:
        path = choose_open_path(self, self.tr("The receiving station's key file"),
                                self.tr("Station key file (*.key *.pub *.json);;All files (*)"))
        if path:
            self.key_path.setText(path)
            self._show_station()

    def _browse_out(self) -> None:
        path = choose_save_path(self, f"{self.file_no}{SUFFIX}")
        if path:
            self.out_path.setText(path)

    def _show_station(self) -> None:
        """Read the key file on the worker and name the station it belongs to."""
        text = self.key_path.text().strip()
        if not text:
            self.station.setVisible(False)
            return
        session = self.session

        def refused(exc: StationDeskError) -> None:
            self.errors.show(exc)
            self.station.setVisible(False)

        QueryOp(self, lambda: service.recipient_of(_key_file(text), session)).success(
            lambda found: self._station_found(text, found)).failure(refused).run(
            latest=f"transfer-station:{id(self)}")

    def _station_found(self, text: str, found: keys.StationKey) -> None:
        self.errors.clear()
        self.station.setText(arg(self.tr("Receiving station: %1 (%2)\nFingerprint: %3\n"
                                         "Read the fingerprint to that station by phone "
                                         "before you send the file."),
                                 found.name, found.code, found.fingerprint))
        self.station.setVisible(True)
        if not self.out_path.text().strip():
            folder = Path(text).parent
            self.out_path.setText(str(folder / f"{self.file_no}{SUFFIX}"))

    def submit(self) -> Callable[[], Any]:
        key_text, out_text = self.key_path.text().strip(), self.out_path.text().strip()
        session, client_id = self.session, self.client_id

        def run() -> service.Sent:
            data = _key_file(key_text)
            if not out_text:
                raise StationDeskError("transfer_no_out")
            return service.export_case(session, client_id, data, Path(out_text))
        return run

    changes = Change.CLIENTS | Change.RECORDS

    def after_save(self, sent: Any) -> None:
        if isinstance(sent, service.Sent):
            text = arg(self.tr("File %1 was written to %2 for %3. Send it to that station; "
                               "this file now shows the transfer and takes no new records."),
                       sent.file_no, str(sent.path), sent.recipient.label())
            if sent.withheld:
                text += "\n" + self.tr("%n restricted item(s) you cannot open went without "
                                       "their text, marked as not transferred.", "",
                                       sent.withheld)
            if sent.cancelled:  # the domain called them off with the transfer
                text += "\n" + arg(self.tr(
                    "%n appointment(s) booked here for this worker were cancelled: %1. Tell "
                    "the worker, and remind them to book with the new station.", "",
                    len(sent.cancelled)), ", ".join(sent.cancelled))
            messages.info(self.parentWidget(), text)


# --------------------------------------------------------------------------- receiving


class ImportTransferDialog(FormDialog):
    """Admin: check a transfer file (sender, fingerprint, contents), then import it."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Import a case from another station"), parent)
        self.setMinimumWidth(620)
        self.incoming: service.Incoming | None = None
        self.form.addRow(_wrapped(self.tr(
            "A new open file is made here for the worker. The sending station's records come "
            "with it as a read-only history: they are not this station's records and are not "
            "counted in its statistics.")))
        self.path = QLineEdit()
        self.path.editingFinished.connect(self.check)
        self.form.addRow(self.tr("Transfer file"), _path_row(self.path, self._browse))
        # One fact a line, never wrapped: a wrapped label in a form row is given too little
        # height once the text is set, and the fingerprint must be read whole.
        self.summary = QLabel()
        theme.set_tone(self.summary, "warning-bar")
        self.summary.setVisible(False)
        self.form.addRow(self.summary)
        self.counsellor = QComboBox()
        self.counsellor.addItem(self.tr("— assign later —"), None)
        QueryOp(self, lambda: files.counsellors(session)).success(self._add_counsellors).run()
        self.form.addRow(self.tr("Counsellor of the new file"), self.counsellor)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.finish_layout({})

    def _browse(self) -> None:
        path = choose_open_path(self, self.tr("Transfer file"),
                                self.tr("Transfer file (*.sdtransfer);;All files (*)"))
        if path:
            self.path.setText(path)
            self.check()

    def _add_counsellors(self, found: list[tuple[int, str]]) -> None:
        for uid, name in found:
            self.counsellor.addItem(name, uid)

    def check(self) -> None:
        """Open the file and show who sent it, before anything is written (on the worker;
        `incoming` once it is read)."""
        session, text = self.session, self.path.text().strip()

        def refused(exc: StationDeskError) -> None:
            self.incoming = None
            self.errors.show(exc)
            self.summary.setVisible(False)

        QueryOp(self, lambda: service.open_incoming(session, _transfer_file(text))).success(
            self._checked).failure(refused).run(latest=f"transfer-check:{id(self)}")

    def _checked(self, found: service.Incoming) -> None:
        self.incoming = found
        self.errors.clear()
        lines = [arg(self.tr("Sent by: %1 (%2) on %3"), found.sender.name, found.sender.code,
                     day_of(found.sent_at)),
                 arg(self.tr("Fingerprint: %1 — check it with that station by phone"),
                     found.sender.fingerprint),
                 arg(self.tr("Worker: %1 (their file %2)"), found.name, found.their_file_no),
                 arg(self.tr("Contents: %1"), contents_text(found.counts(), INDENT[
                     current_lang() == "en"]))]
        if found.withheld:
            lines.append(self.tr("%n restricted item(s) came without their text (the sender "
                                 "could not open them).", "", found.withheld))
        if found.imported_as is not None:
            lines.append(arg(self.tr("Already imported on %1 as file %2."),
                             found.imported_as[2], found.imported_as[1]))
        self.summary.setText("\n".join(lines))
        self.summary.setVisible(True)

    changes = Change.CLIENTS | Change.RECORDS

    def submit(self) -> Callable[[], Any]:
        counsellor, text, session = (self.counsellor.currentData(),
                                     self.path.text().strip(), self.session)
        return lambda: service.import_case(session, _transfer_file(text), counsellor)

    def after_save(self, entry: Any) -> None:
        if isinstance(entry, files.DirectoryEntry):
            messages.info(self.parentWidget(), arg(
                self.tr("Imported as the new file %1 (%2). The sending station's records are "
                        "kept with it, read-only."), entry.file_no, entry.name))


# --------------------------------------------------------------------------- the history


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value)).replace("\n", "<br>")


def _words() -> dict[str, str]:
    """The history's headings and labels, translated now (the language may change)."""
    return {
        "not_sent": translate("Transfer", "(restricted: not transferred)"),
        "title": translate("Transfer", "Transferred from %1 on %2"),
        "sent": translate("Transfer", "Sent %1 by %2 · signing key fingerprint %3"),
        "registration": translate("Transfer", "Registration at the sending station"),
        "file": translate("Transfer", "File %1, opened %2"),
        "counsellor": translate("Transfer", "Counsellor there: %1"),
        "risk_at": translate("Transfer", "Risk level at transfer: %1"),
        "summary": translate("Transfer", "Closing summary"),
        "consent": translate("Transfer", "Informed consent"),
        "none": translate("Transfer", "None recorded"),
        "withdrawn": translate("Transfer", "Withdrawn from %1"),
        "sessions": translate("Transfer", "Session records"),
        "session": translate("Transfer", "Session %1 — %2"),
        "complaint": translate("Transfer", "Presenting complaint"),
        "assessment": translate("Transfer", "Assessment"),
        "intervention": translate("Transfer", "Intervention"),
        "plan": translate("Transfer", "Plan"),
        "risk": translate("Transfer", "Risk level"),
        "signed": translate("Transfer", "Signed by %1, %2"),
        "cosigned": translate("Transfer", "co-signed by %1"),
        "addendum": translate("Transfer", "Addendum by %1, %2"),
        "assessments": translate("Transfer", "Assessments"),
        "score": translate("Transfer", "score %1"),
        "crises": translate("Transfer", "Crisis interventions"),
        "closed": translate("Transfer", "Closed %1"),
        "followups": translate("Transfer", "Follow-ups"),
        "referrals": translate("Transfer", "Referrals"),
        "hotline": translate("Transfer", "Hotline calls"),
        "expected": translate("Transfer", "Expected there next: %1 with %2 (cancelled there "
                                          "with the transfer; offer a time here)"),
    }


def _not_sent(row: dict[str, Any], column: str, words: dict[str, str]) -> str:
    if column in (row.get("not_transferred") or []):
        return f"<i>{_e(words['not_sent'])}</i>"
    return _e(row.get(column))


def _p(*pieces: str) -> str:
    return "<p>" + " · ".join(p for p in pieces if p) + "</p>"


def _h(level: int, text: str) -> str:
    return f"<h{level}>{_e(text)}</h{level}>"


def history_html(history: transfer.ReceivedHistory) -> str:
    """The sending station's records as they arrived, for reading (nothing here is editable)."""
    doc, e, w = history.document, _e, _words()
    parts = [_h(2, arg(w["title"], history.sender.name, day_of(history.received_at))),
             _p(e(arg(w["sent"], local_time(history.sent_at), doc.get("exported_by", ""),
                      history.sender.fingerprint)))]
    reg, clinical = doc.get("file", {}), doc.get("clinical", {})
    parts.append(_h(3, w["registration"]))
    parts.append(_p(e(arg(w["file"], reg.get("file_no", ""), day_of(reg.get("opened_at") or ""))),
                    e(arg(w["counsellor"], reg.get("counsellor_id") or "—")),
                    e(arg(w["risk_at"], label("risk_levels",
                                              clinical.get("risk_level") or "none")))))
    for booking in doc.get("next_appointments") or []:  # absent from older senders' files
        start = str(booking.get("starts_at") or "").replace("T", " ")[:16]
        parts.append(_p(e(arg(w["expected"], start, booking.get("counsellor") or "—"))))
    if clinical.get("closing_summary") or clinical.get("not_transferred"):
        parts.append(f"<p><b>{e(w['summary'])}:</b> "
                     f"{_not_sent(clinical, 'closing_summary', w)}</p>")
    parts.append(_h(3, w["consent"]))
    for item in doc.get("consents", []):
        parts.append(_p(e(item.get("consent_date")), e(item.get("scope")),
                        e(scopes_text(_codes(item.get("scopes")))),
                        e(item.get("recorded_by"))))
    for item in doc.get("consent_withdrawals", []):
        parts.append(_p(e(arg(w["withdrawn"], item.get("withdrawn_on"))),
                        e(scopes_text(_codes(item.get("scopes")))),
                        e(item.get("note")), e(item.get("recorded_by"))))
    if not doc.get("consents"):
        parts.append(_p(e(w["none"])))
    parts.append(_h(3, w["sessions"]))
    for s in doc.get("sessions", []):
        parts.extend(_session_html(s, w))
    parts.extend(_others_html(doc, w))
    if doc.get("withheld"):
        parts.append(f"<p><i>{e(TransferText().withheld(len(doc['withheld'])))}</i></p>")
    return "".join(parts)


def _session_html(s: dict[str, Any], w: dict[str, str]) -> list[str]:
    e = _e
    out = [_h(4, arg(w["session"], s.get("session_no"), s.get("session_date"))),
           _p(e(label("modalities", s.get("modality"))), e(s.get("counsellor_id") or ""),
              e(labels("presenting_issues", _codes(s.get("issues")))))]
    for column in ("complaint", "assessment", "intervention", "plan"):
        out.append(f"<p><b>{e(w[column])}:</b><br>{_not_sent(s, column, w)}</p>")
    out.append(f"<p><b>{e(w['risk'])}:</b> {e(label('risk_levels', s.get('risk_level')))}</p>")
    signed = arg(w["signed"], s.get("signed_by") or "", local_time(s.get("signed_at")))
    if s.get("cosigned_by"):
        signed += " · " + arg(w["cosigned"], s.get("cosigned_by"))
    out.append(f"<p><i>{e(signed)}</i></p>")
    for addendum in s.get("addenda", []):
        by = arg(w["addendum"], addendum.get("author_id") or "",
                 local_time(addendum.get("created_at")))
        out.append(f"<p style='background:#f3f3f3'><b>{e(by)}</b><br>"
                   f"{_not_sent(addendum, 'text', w)}</p>")
    return out


def _others_html(doc: dict[str, Any], w: dict[str, str]) -> list[str]:
    e, out = _e, []
    instruments = _instrument_names()
    if doc.get("assessments"):
        out.append(_h(3, w["assessments"]))
        for a in doc["assessments"]:
            out.append(_p(e(local_time(a.get("administered_at"))),
                          e(instruments.get(a.get("instrument_id"), w["assessment"])),
                          e(arg(w["score"], a.get("total"))), e(a.get("band"))))
    if doc.get("crises"):
        out.append(_h(3, w["crises"]))
        for c in doc["crises"]:
            out.append(_p(e(local_time(c.get("opened_at"))),
                          e(label("risk_levels", c.get("risk_level"))),
                          e(labels("crisis_checklist", _codes(c.get("checklist")))),
                          _not_sent(c, "notes", w)))
            if c.get("closed_at"):
                out.append(_p(e(arg(w["closed"], local_time(c.get("closed_at")))),
                              _not_sent(c, "outcome", w)))
    if doc.get("followups"):
        out.append(_h(3, w["followups"]))
        for f in doc["followups"]:
            out.append(_p(e(f.get("planned_date")),
                          e(label("follow_up_channels", f.get("channel"))),
                          _not_sent(f, "outcome", w)))
    if doc.get("referrals"):
        out.append(_h(3, w["referrals"]))
        for r in doc["referrals"]:
            out.append(_p(e(r.get("referral_date")),
                          e(label("referral_destinations", r.get("destination_type"))),
                          *(_not_sent(r, c, w) for c in ("destination", "reason", "outcome"))))
    if doc.get("hotline_calls"):
        out.append(_h(3, w["hotline"]))
        for h in doc["hotline_calls"]:
            out.append(_p(e(local_time(h.get("called_at"))),
                          e(label("risk_levels", h.get("risk_level"))),
                          _not_sent(h, "notes", w)))
    return out


def _codes(value: object) -> tuple[str, ...]:
    import json

    if isinstance(value, list):
        return tuple(str(v) for v in value)
    if isinstance(value, str) and value.startswith("["):
        try:
            return tuple(str(v) for v in json.loads(value))
        except ValueError:
            return ()
    return ()


def _instrument_names() -> dict[str, str]:
    lang = "en" if current_lang() == "en" else "zh"
    try:
        return {key: inst.name(lang) for key, inst in load_all().items()}
    except StationDeskError:
        return {}


class HistoryDialog(QDialog):
    """The history received with a file: read-only, marked as another station's."""

    def __init__(self, history: transfer.ReceivedHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(arg(self.tr("Transferred from %1 on %2"), history.sender.name,
                                day_of(history.received_at)))
        self.resize(900, 680)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Read-only: these are the sending station's records, kept as "
                              "they arrived. They are not this station's records and are not "
                              "counted in its statistics."))
        note.setWordWrap(True)
        theme.set_tone(note, "moved-bar")
        layout.addWidget(note)
        self.text = QTextBrowser()
        self.text.setHtml(history_html(history))
        layout.addWidget(self.text, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)


# --------------------------------------------------------------------------- the file window


class TransferBar:
    """What the file window shows and offers about transfers: a banner ("transferred to /
    from <station> on <date>"), the send action (offered in the case group when
    `records.file_actions` says so), and the received history."""

    def __init__(self, view: ClientFileView, layout: QVBoxLayout) -> None:
        self.view = view
        self.banner = QLabel()
        theme.set_tone(self.banner, "moved-bar")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        # The received history opens from a link in the banner, not from one more button
        # in a row that must fit 1366 pixels at 150% text.
        self.banner.linkActivated.connect(lambda _link: self.show_history())
        layout.insertWidget(2, self.banner)
        self.last_history: HistoryDialog | None = None
        self.has_history = False

    def show(self, marks: list[transfer.TransferMark], has_history: bool) -> None:
        """The banner, from what the view's read of the file found (on the worker)."""
        lines = []
        for mark in marks:
            template = (translate("Transfer", "Transferred to %1 on %2 — closed to new "
                                              "records") if mark.direction == transfer.OUT
                        else translate("Transfer", "Transferred from %1 on %2"))
            lines.append(html.escape(arg(template, mark.station_name,
                                         day_of(mark.recorded_at))))
        self.has_history = has_history
        if self.has_history:
            link = translate("Transfer", "Records from the former station…")
            lines.append(f"<a href='history'>{html.escape(link)}</a>")
        self.banner.setText("<br>".join(lines))
        self.banner.setVisible(bool(lines))

    def send(self) -> service.Sent | None:
        c = self.view.client
        sent = SendTransferDialog.ask(self.view.session, c.id, c.file_no, self.view)
        if sent is not None:
            self.view.refresh()
        return sent

    def show_history(self) -> None:
        """The history received with the file, read on the worker, in its own window."""
        session, client_id = self.view.session, self.view.client.id

        def show(history: Any) -> None:
            dialog = HistoryDialog(history, self.view)
            dialog.show()
            self.last_history = dialog

        QueryOp(self.view, lambda: transfer.received_history(session, client_id)).success(
            show).run()


def import_transfer(parent: QWidget, session: Session) -> files.DirectoryEntry | None:
    """The admin's action on the file list."""
    dialog = ImportTransferDialog(session, parent)
    run_modal(dialog)
    return dialog.result_value


