"""The two ends of a transfer: write the file for another station, read one sent here.

The domain decides who may and what is kept (domain/records/transfer.py); this module turns
the case into the transfer file (envelope.py) with this station's keys (export/keys.py).
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from station_desk.domain.records import transfer
from station_desk.domain.records.common import now_iso
from station_desk.domain.records.files import DirectoryEntry
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.export import keys
from station_desk.export.profile import station_info
from station_desk.export.transfer import envelope
from station_desk.i18n import N_
from station_desk.storage.atomic import atomic_write

register_messages({
    "transfer_no_key_file": N_("errors", "Choose the receiving station's key file."),
    "transfer_no_out": N_("errors", "Choose where to save the transfer file."),
    "transfer_no_file": N_("errors", "Choose the transfer file to import."),
    "transfer_to_self": N_(
        "errors", "This is this station's own key file: a transfer needs the receiving "
        "station's key file (they get it with `station-desk station-key --out station.key`)."),
})


@dataclass(frozen=True)
class Sent:
    """What was written, for the confirmation the sender reads."""

    file_no: str
    path: Path
    recipient: keys.StationKey
    counts: dict[str, int]
    withheld: int
    sha256: str
    cancelled: tuple[str, ...] = ()  # starts of the bookings here called off with the file


def recipient_of(data: bytes, session: Session) -> keys.StationKey:
    """The receiving station from its key file: it must carry an encryption key, and be
    another station's."""
    recipient = keys.parse_station_key(data)
    recipient.require_box()
    if recipient.public_key == keys.public_key(session):
        raise StationDeskError("transfer_to_self")
    return recipient


def export_case(session: Session, client_id: int, key_file: bytes, out: Path) -> Sent:
    """Write the whole case, encrypted to the station of `key_file` and signed by this one,
    to `out`; then the file here is marked transferred (domain: `record_sent`)."""
    recipient = recipient_of(key_file, session)
    case = transfer.case_document(session, client_id)
    info = station_info(session.db)
    own = keys.public_key(session)
    transfer_id = secrets.token_hex(16)
    sent_at = now_iso(session)
    header = {
        "transfer_id": transfer_id, "created_at": sent_at,
        "sender": {"station_code": info.code, "station_name": info.name,
                   "fingerprint": keys.fingerprint(own)},
        "recipient": {"station_code": recipient.code, "station_name": recipient.name,
                      "fingerprint": recipient.fingerprint,
                      "encryption_key": base64.b64encode(recipient.require_box()).decode()},
    }
    body = json.dumps(case.document, ensure_ascii=False, sort_keys=True).encode("utf-8")
    data = envelope.write(header, body, signing_private=keys.signing_private(session.db),
                          recipient_box=recipient.require_box())
    sha256 = envelope.digest(data)
    try:
        atomic_write(out, data)
    except OSError as exc:
        raise StationDeskError.from_os_error(exc, str(out)) from None
    called_off = transfer.record_sent(session, case, transfer_id=transfer_id, sha256=sha256,
                                      sent_at=sent_at, to=transfer.StationRef(
                                          recipient.code, recipient.name,
                                          recipient.fingerprint))
    return Sent(case.ref.file_no, out, recipient, case.counts(), case.withheld, sha256,
                tuple(a.shown_start for a in called_off))


@dataclass(frozen=True)
class Incoming:
    """A transfer file sent here, checked and opened, before anything is written."""

    sender: transfer.StationRef
    transfer_id: str
    sent_at: str
    sha256: str
    document: dict[str, Any]
    imported_as: tuple[int, str, str] | None  # (client id, file number, date) if done before

    @property
    def name(self) -> str:
        return str(self.document.get("file", {}).get("name", ""))

    @property
    def their_file_no(self) -> str:
        return str(self.document.get("file", {}).get("file_no", ""))

    @property
    def withheld(self) -> int:
        return len(self.document.get("withheld") or [])

    def counts(self) -> dict[str, int]:
        return {k: len(v) for k, v in self.document.items()
                if isinstance(v, list) and k != "withheld"}


def open_incoming(session: Session, data: bytes) -> Incoming:
    """Check and decrypt a transfer file with this station's key (admin: RECEIVE_TRANSFER).
    Refused with the reason: not a transfer file, version, damaged, signature, another
    recipient, not decryptable, sent by this station itself, content not recognised."""
    transfer.require_import(session)
    opened = envelope.read(data, box_private=keys.box_keys(session.db)[0])
    if opened.sender_key == keys.public_key(session):
        raise StationDeskError("transfer_own_station")
    header = opened.header
    sender = header.get("sender") if isinstance(header.get("sender"), dict) else {}
    try:
        document = json.loads(opened.body.decode("utf-8"))
    except ValueError:
        raise StationDeskError("transfer_bad_case", detail="JSON") from None
    if not isinstance(document, dict):
        raise StationDeskError("transfer_bad_case", detail="JSON")
    transfer_id = str(header.get("transfer_id", ""))
    if not transfer_id:
        raise StationDeskError("transfer_bad_case", detail="transfer_id")
    # The fingerprint shown is computed from the key that signed the file, never taken
    # from what the header says about it.
    ref = transfer.StationRef(str(sender.get("station_code", "")),
                              str(sender.get("station_name", "")),
                              keys.fingerprint(opened.sender_key))
    return Incoming(ref, transfer_id, str(header.get("created_at", "")), opened.sha256,
                    document, transfer.already_received(session, transfer_id))


def import_case(session: Session, data: bytes,
                counsellor_id: int | None = None) -> DirectoryEntry:
    """Import a transfer file: a new open file here, with the sending station's records kept
    beside it, read-only."""
    incoming = open_incoming(session, data)
    return transfer.receive(session, incoming.document, sender=incoming.sender,
                            transfer_id=incoming.transfer_id, sha256=incoming.sha256,
                            sent_at=incoming.sent_at, counsellor_id=counsellor_id)
