"""The two full-text indexes: the file finder's (`client_fts`: number, name, phone, unit)
and the note index (`session_fts`: a record's sections and addenda).

Kept apart from the modules that write files and records, and from search, which reads the
indexes: files, sessions and the sealing of restricted content all rewrite index rows, and
none of them needs to import another for it.
"""

from __future__ import annotations

from station_desk.domain.search_text import index_text
from station_desk.domain.session import Session


def client_index_text(file_no: str, name: str, phone: str, employer: str) -> str:
    digits = "".join(ch for ch in phone if ch.isdigit())
    suffixes = [digits[i:] for i in range(max(0, len(digits) - 3))] if digits else []
    number = file_no.rsplit("-", 1)[-1].lstrip("0")
    return " ".join(part for part in (index_text(file_no, name, employer), number,
                                      " ".join(suffixes)) if part)


def index_client(session: Session, client_id: int) -> None:
    """Rewrite the file's row in the file finder's index."""
    row = session.db.one("SELECT file_no, name, phone, employer FROM clients WHERE id = ?",
                         (client_id,))
    session.db.execute("DELETE FROM client_fts WHERE rowid = ?", (client_id,))
    session.db.execute("INSERT INTO client_fts (rowid, body) VALUES (?, ?)",
                       (client_id, client_index_text(*tuple(row))))


def reindex(session: Session, session_id: int) -> None:
    """Rewrite the record's row in the note index: its four sections and its addenda. A
    sealed record is left out: its index terms would be readable with the clinical key."""
    row = session.db.one("SELECT complaint, assessment, intervention, plan, referral, sealed"
                         " FROM sessions WHERE id = ?", (session_id,))
    extra = [a[0] for a in session.db.all(
        "SELECT text FROM session_addenda WHERE session_id = ? ORDER BY id", (session_id,))]
    session.db.execute("DELETE FROM session_fts WHERE rowid = ?", (session_id,))
    if row[-1]:
        return
    row = tuple(row)[:-1]
    session.db.execute("INSERT INTO session_fts (rowid, body) VALUES (?, ?)",
                       (session_id, index_text(*tuple(row), *extra)))
