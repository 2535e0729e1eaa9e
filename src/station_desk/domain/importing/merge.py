"""The admin merges two files of one worker (a duplicate found after the fact): everything the
second file holds moves to the first, and the second stays behind, closed, pointing at it.

What moves: session records (renumbered after the kept file's own, in their order; signed ones
too, each move kept in `session_moves`, which the signature check reads to check each record
against the file and number it was signed in: records/signing.py), addenda with their records,
assessments and their alerts, crises, follow-ups, referrals, satisfaction ratings, hotline calls
linked to the file, copies given to the worker, sealed bodies, appointments, consents and their
withdrawals, and shares. Registration details the
kept file lacks (phone, birth year, unit, …) are taken from the merged one; nothing the kept file
has is overwritten. Restricted files are not merged (their content is sealed to one reader).

One transaction over both compartments, audited in each: `file.merge` (station chain: which
files, counts) and `session.merge` (clinical chain: each moved signed record's id and digest).
"""

from __future__ import annotations

from dataclasses import dataclass

from station_desk.domain.records import access, signing, text_index
from station_desk.domain.records.common import file_target, now_iso
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

register_messages({
    "merge_same_file": N_("errors", "Both are the same file: {file_no}."),
    "merge_already_merged": N_("errors", "File {file_no} was already merged into {kept}."),
    "merge_restricted": N_(
        "errors", "File {file_no} is restricted and cannot be merged; its counsellor must lift "
        "the restriction first."),
    "merge_unknown_file": N_("errors", "No file {file_no}."),
    "merge_transferred": N_(
        "errors", "File {file_no} was transferred to or from another station; its records stay "
        "as they are and it cannot be merged."),
})

# Clinical tables whose rows belong to a file (client_id), moved as they are.
_CLINICAL_TABLES = ("crises", "followups", "referrals", "satisfaction", "assessments",
                    "assessment_alerts", "hotline_calls", "sealed", "subject_copies")
# Registration details the kept file takes from the merged one when it has none.
_FILL = ("phone", "birth_year", "employer", "industry", "job_type", "source",
         "emergency_contact", "counsellor_id")


@dataclass(frozen=True)
class MergeResult:
    kept: str
    merged: str
    sessions: int
    other: int  # assessments, crises, follow-ups, … moved


def _file(session: Session, file_no: str) -> access.FileRef:
    row = session.db.one("SELECT id FROM clients WHERE file_no = ?",
                         (file_no.strip().upper(),))
    if row is None:
        raise StationDeskError("merge_unknown_file", file_no=file_no.strip())
    ref = access.file_ref(session, int(row[0]))
    merged_into = session.db.scalar("SELECT merged_into FROM clients WHERE id = ?", (ref.id,))
    if merged_into is not None:
        kept = session.db.scalar("SELECT file_no FROM clients WHERE id = ?", (merged_into,))
        raise StationDeskError("merge_already_merged", file_no=ref.file_no, kept=kept)
    if ref.restricted:
        raise StationDeskError("merge_restricted", file_no=ref.file_no)
    # A case sent to another station keeps what the law requires as it was sent; a case
    # received keeps its former station's history beside it (records/transfer.py).
    if session.db.scalar("SELECT 1 FROM station_transfers WHERE client_id = ?", (ref.id,)) or \
            session.db.scalar("SELECT 1 FROM transfer_histories WHERE client_id = ?",
                              (ref.id,)):
        raise StationDeskError("merge_transferred", file_no=ref.file_no)
    return ref


def merge_files(session: Session, keep_no: str, from_no: str) -> MergeResult:
    """Move everything of file `from_no` into file `keep_no` (admin); returns what moved."""
    session.require(Permission.IMPORT_LEDGERS)
    session.require_clinical_key()
    keep, other = _file(session, keep_no), _file(session, from_no)
    if keep.id == other.id:
        raise StationDeskError("merge_same_file", file_no=keep.file_no)
    db = session.db
    now = now_iso(session)
    with db.transaction():
        moved = _move_sessions(session, keep, other, now)
        count = 0
        for table in _CLINICAL_TABLES:
            count += db.execute(f"UPDATE {table} SET client_id = ? WHERE client_id = ?",
                                (keep.id, other.id)).rowcount
        _merge_clinical_columns(session, keep.id, other.id)
        # station.db
        count += db.execute("UPDATE appointments SET client_id = ? WHERE client_id = ?",
                            (keep.id, other.id)).rowcount
        for table in ("consents", "consent_withdrawals"):
            count += db.execute(f"UPDATE {table} SET client_id = ? WHERE client_id = ?",
                                (keep.id, other.id)).rowcount
        db.execute("INSERT OR IGNORE INTO case_shares (client_id, user_id, granted_by,"
                   " granted_at) SELECT ?, user_id, granted_by, granted_at FROM case_shares"
                   " WHERE client_id = ? AND user_id IS NOT (SELECT counsellor_id FROM clients"
                   " WHERE id = ?)", (keep.id, other.id, keep.id))
        db.execute("DELETE FROM case_shares WHERE client_id = ?", (other.id,))
        filled = _fill_details(session, keep.id, other.id)
        db.execute("UPDATE clients SET merged_into = ?, status = CASE WHEN status = 'open'"
                   " THEN 'closed' ELSE status END, closed_at = coalesce(closed_at, ?),"
                   " updated_at = ? WHERE id = ?", (keep.id, now, now, other.id))
        text_index.index_client(session, keep.id)  # the one way a file is indexed
        session.log("file.merge", file_target(keep.file_no), {
            "from": other.file_no, "sessions": len(moved), "other": count, "filled": filled})
        session.log("session.merge", file_target(keep.file_no), {
            "from": other.file_no, "moved": moved})
    return MergeResult(keep.file_no, other.file_no, len(moved), count)


def _move_sessions(session: Session, keep: access.FileRef, other: access.FileRef,
                   now: str) -> list[list[object]]:
    """Renumber the merged file's records after the kept file's, each signed one's move
    recorded first (the trigger lets a signed record change file only so). Returns
    [id, from number, to number, digest as signed] of each record moved."""
    db = session.db
    rows = db.all("SELECT id, session_no, status FROM sessions WHERE client_id = ?"
                  " ORDER BY session_date, session_no, id", (other.id,))
    signed_ids = [int(r[0]) for r in rows if r[2] != "draft"]
    digests = {int(d[0]): d[1] for d in signing.moved_records(session, signed_ids)}
    start = int(db.scalar("SELECT coalesce(max(session_no), 0) FROM sessions"
                          " WHERE client_id = ?", (keep.id,)))
    moved: list[list[object]] = []
    for offset, (sid, number, status) in enumerate(rows, start=1):
        new_number = start + offset
        if status != "draft":
            db.execute("INSERT INTO session_moves (session_id, from_client_id, from_session_no,"
                       " into_client_id, into_session_no, moved_at) VALUES (?, ?, ?, ?, ?, ?)",
                       (sid, other.id, number, keep.id, new_number, now))
        db.execute("UPDATE sessions SET client_id = ?, session_no = ? WHERE id = ?",
                   (keep.id, new_number, sid))
        moved.append([int(sid), int(number), new_number, digests.get(int(sid))])
    return moved


def _merge_clinical_columns(session: Session, keep_id: int, other_id: int) -> None:
    """The kept file's last session date is the later of the two, and its risk level the one
    of whichever file saw the worker last."""
    row = session.db.one("SELECT risk_level, last_seen_at FROM client_clinical"
                         " WHERE client_id = ?", (other_id,))
    if row is None or row[1] is None:
        return
    session.db.execute(
        "INSERT INTO client_clinical (client_id, risk_level, last_seen_at) VALUES (?, ?, ?)"
        " ON CONFLICT (client_id) DO UPDATE SET"
        " risk_level = CASE WHEN coalesce(last_seen_at, '') >= excluded.last_seen_at"
        " THEN risk_level ELSE excluded.risk_level END,"
        " last_seen_at = max(coalesce(last_seen_at, ''), excluded.last_seen_at)",
        (keep_id, row[0], row[1]))


def _fill_details(session: Session, keep_id: int, other_id: int) -> list[str]:
    cols = ", ".join(_FILL)
    mine = session.db.one(f"SELECT {cols} FROM clients WHERE id = ?", (keep_id,))
    theirs = session.db.one(f"SELECT {cols} FROM clients WHERE id = ?", (other_id,))
    filled = [c for c, a, b in zip(_FILL, mine, theirs, strict=True)
              if a in (None, "") and b not in (None, "")]
    if filled:
        session.db.execute(
            f"UPDATE clients SET {', '.join(f'{c} = ?' for c in filled)} WHERE id = ?",
            (*(theirs[_FILL.index(c)] for c in filled), keep_id))
    return filled
