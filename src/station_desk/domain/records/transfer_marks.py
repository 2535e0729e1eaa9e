"""What a file shows about a transfer between stations (`transfer`): to or from which
station and when, and the rule that a file sent away takes no new records and is not reopened.
Kept apart from the transfer itself so that `files` can ask it without importing `transfer`,
which builds on `files`."""

from __future__ import annotations

from dataclasses import dataclass

from station_desk.domain.records import access
from station_desk.domain.records.common import local_date_of
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

OUT, IN = "out", "in"
TRANSFERRED = "transferred"

register_messages({
    "transfer_closed_file": N_(
        "errors", "File {file_no} was transferred to {station} on {date}: it takes no new "
        "records and cannot be reopened."),
})


@dataclass(frozen=True)
class TransferMark:
    """What a file shows about its transfer: to or from which station, and when."""

    direction: str
    station_code: str
    station_name: str
    fingerprint: str
    sent_at: str
    recorded_at: str
    recorded_by: str


def transfer_marks(session: Session, client_id: int) -> list[TransferMark]:
    """The file's transfers (station.db: anyone who may find the file sees that it moved)."""
    rows = session.db.all(
        "SELECT t.direction, t.station_code, t.station_name, t.fingerprint, t.sent_at,"
        " t.recorded_at, coalesce(u.display_name, '') FROM station_transfers t"
        " LEFT JOIN users u ON u.id = t.recorded_by WHERE t.client_id = ? ORDER BY t.id",
        (client_id,))
    return [TransferMark(*r) for r in rows]


def sent_mark(session: Session, client_id: int) -> TransferMark | None:
    return next((m for m in transfer_marks(session, client_id) if m.direction == OUT), None)


def received_mark(session: Session, client_id: int) -> TransferMark | None:
    return next((m for m in transfer_marks(session, client_id) if m.direction == IN), None)


def _date(ts: str) -> str:
    return local_date_of(ts).isoformat()


def refuse_if_transferred(ref: access.FileRef, session: Session) -> None:
    """A file sent to another station takes no new records and is not reopened."""
    if ref.status != TRANSFERRED:
        return
    mark = sent_mark(session, ref.id)
    if mark is not None:
        raise StationDeskError("transfer_closed_file", file_no=ref.file_no,
                               date=_date(mark.recorded_at), station=mark.station_name)
