"""Finding files and records, filtered by permission, paged by key for lazy list models.

Every finder returns ids (or keys) a page at a time, newest first, and a second call turns the
ids on screen into rows; the Qt list models hold only the ids they have fetched. Paging is by
key (`after`), never OFFSET, so page 500 costs what page 1 costs.

- Files: by number, name, phone or unit, through `client_fts` (CJK bigrams as in
  `domain/search_text.py`; the phone's digits indexed as suffixes so its last digits find it).
- Records: by date range, counsellor, presenting issue and risk level.
- Notes: full text over the four note sections, the referral and the addenda. Sealed
  (高度保密) records are not in the index (records/restricted.py); the few a reader may open
  are looked through by decrypting them, and merged into the same pages.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from station_desk.domain.records import access
from station_desk.domain.records import restricted as sealing
from station_desk.domain.records.common import (
    Checker,
    loads,
    today,
    user_names,
)
from station_desk.domain.roles import Permission
from station_desk.domain.search_text import match_expression
from station_desk.domain.session import Session
from station_desk.i18n import N_

PAGE = 200
WALK_FILES_UP_TO = 2000  # see session_keys: below this, sorting the user's records is cheap
SCOPE_ALL, SCOPE_MINE = "all", "mine"
_FILE_NO = re.compile(r"^XL-\d{4}-\d{6}$", re.IGNORECASE)


# --------------------------------------------------------------------------- files


def client_ids(session: Session, text: str = "", *, scope: str = SCOPE_ALL,
               status: str | None = None, after: int | None = None,
               limit: int = PAGE) -> list[int]:
    """Ids of files matching `text` (all words must match), newest first, after id `after`.

    `scope` "all" is the directory (every file but others' restricted ones); "mine" is the
    cases whose records this user reaches."""
    if scope == SCOPE_MINE:
        where, params = access.clinical_filter(session)
    else:
        where, params = access.directory_filter(session)
    clauses, args = [where], list(params)
    if status:
        clauses.append("c.status = ?")
        args.append(status)
    if after is not None:
        clauses.append("c.id < ?")
        args.append(after)
    text = text.strip()
    if _FILE_NO.match(text):
        clauses.append("c.file_no = ?")
        args.append(text.upper())
        text = ""
    expression = match_expression(text) if text else None
    if text and expression is None:
        return []
    if expression:
        sql = (f"SELECT c.id FROM client_fts f JOIN clients c ON c.id = f.rowid"
               f" WHERE client_fts MATCH ? AND {' AND '.join(clauses)}"
               f" ORDER BY f.rowid DESC LIMIT ?")
        args = [expression, *args]
    else:
        sql = (f"SELECT c.id FROM clients c WHERE {' AND '.join(clauses)}"
               f" ORDER BY c.id DESC LIMIT ?")
    return [r[0] for r in session.db.all(sql, [*args, limit])]


def printable_file_ids(session: Session, text: str = "", *, limit: int = 30) -> list[int]:
    """Files whose clinical documents this user may print (`access.can_print_records`: the
    print permission and a case they reach now), matching `text` by name, number, phone or
    unit, newest first. The print page's client picker lists these and no others."""
    if not session.can(Permission.PRINT_RECORDS):
        return []
    return client_ids(session, text, scope=SCOPE_MINE, limit=limit)


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class SessionQuery:
    date_from: dt.date | str | None = None
    date_to: dt.date | str | None = None
    counsellor_id: int | None = None
    issue: str | None = None
    risk_level: str | None = None
    client_id: int | None = None


@dataclass(frozen=True)
class SessionRow:
    """A line in a list of records: who, when, what kind; no note text."""

    id: int
    client_id: int
    file_no: str
    client_name: str
    session_no: int
    session_date: str
    counsellor_id: int
    counsellor_name: str
    modality: str
    issues: tuple[str, ...]
    risk_level: str
    status: str
    restricted: bool
    addenda: int
    key: tuple[str, int]


def session_keys(session: Session, query: SessionQuery, *,
                 after: tuple[str, int] | None = None, limit: int = PAGE
                 ) -> list[tuple[str, int]]:
    """Keys (date, id) of the records matching `query` that this user may see, newest first."""
    session.require(Permission.VIEW_CLINICAL)
    check = Checker(today(session))
    start = check.date("date_from", query.date_from)
    end = check.date("date_to", query.date_to)
    if start and end and end < start:
        check.add("date_to", "field_before", value=end.isoformat(), other=start.isoformat(),
                  other_label=N_("records", "from date"))
    if query.issue:
        check.choice("issues", "presenting_issues", query.issue)
    if query.risk_level:
        check.choice("risk_level", "risk_levels", query.risk_level)
    check.done()
    where, params = access.clinical_filter(session)
    visible, more = access.session_filter(session)
    clauses, args = [where, visible], [*params, *more]
    if start:
        clauses.append("s.session_date >= ?")
        args.append(start.isoformat())
    if end:
        clauses.append("s.session_date <= ?")
        args.append(end.isoformat())
    if query.counsellor_id is not None:
        clauses.append("s.counsellor_id = ?")
        args.append(query.counsellor_id)
    if query.risk_level:
        clauses.append("s.risk_level = ?")
        args.append(query.risk_level)
    if query.issue:
        clauses.append("s.issues LIKE ?")
        args.append(f'%"{query.issue}"%')
    if query.client_id is not None:
        clauses.append("s.client_id = ?")
        args.append(query.client_id)
    if after is not None:
        clauses.append("(s.session_date, s.id) < (?, ?)")
        args.extend(after)
    # Two shapes of the same query. A user who reaches few files: fetch their records and sort
    # them (SQLite's own choice). One who reaches many: walk the records newest first by the
    # date index and check each file, stopping at `limit`; CROSS JOIN pins that order.
    join = "JOIN" if query.client_id is not None or access.reach_estimate(session) <= \
        WALK_FILES_UP_TO else "CROSS JOIN"
    rows = session.db.all(
        f"SELECT s.session_date, s.id FROM sessions s {join} clients c ON c.id = s.client_id"
        f" WHERE {' AND '.join(clauses)} ORDER BY s.session_date DESC, s.id DESC LIMIT ?",
        [*args, limit])
    return [(r[0], r[1]) for r in rows]


def session_rows(session: Session, ids: list[int]) -> list[SessionRow]:
    """Rows for these record ids in the given order; ids not visible to this user vanish."""
    if not ids:
        return []
    session.require(Permission.VIEW_CLINICAL)
    where, params = access.clinical_filter(session)
    visible, more = access.session_filter(session)
    marks = ",".join("?" * len(ids))
    rows = session.db.all(
        f"SELECT s.id, s.client_id, c.file_no, c.name, s.session_no, s.session_date,"
        f" s.counsellor_id, s.modality, s.issues, s.risk_level, s.status, s.restricted,"
        f" (SELECT count(*) FROM session_addenda a WHERE a.session_id = s.id)"
        # CROSS JOIN keeps sessions the outer loop: rows are fetched by id, whatever the
        # planner's statistics say (without them it once walked a whole caseload).
        f" FROM sessions s CROSS JOIN clients c ON c.id = s.client_id"
        f" WHERE s.id IN ({marks}) AND {where} AND {visible}", [*ids, *params, *more])
    names = user_names(session, [r[6] for r in rows])
    by_id = {r[0]: SessionRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], names.get(r[6], ""),
                              r[7], loads(r[8]), r[9], r[10], bool(r[11]), r[12], (r[5], r[0]))
             for r in rows}
    return [by_id[i] for i in ids if i in by_id]


# --------------------------------------------------------------------------- notes


def note_ids(session: Session, text: str, *, after: int | None = None,
             limit: int = PAGE) -> list[int]:
    """Record ids whose notes contain every term of `text`, newest record first.

    The first page of each search is written to the audit trail (the count, not the terms:
    the terms can themselves be clinical)."""
    session.require(Permission.VIEW_CLINICAL)
    expression = match_expression(text)
    if expression is None:
        return []
    where, params = access.clinical_filter(session)
    visible, more = access.session_filter(session)
    clauses, args = [where, visible], [*params, *more]
    if after is not None:
        clauses.append("f.rowid < ?")
        args.append(after)
    rows = session.db.all(
        f"SELECT f.rowid FROM session_fts f JOIN sessions s ON s.id = f.rowid"
        f" JOIN clients c ON c.id = s.client_id WHERE session_fts MATCH ?"
        f" AND {' AND '.join(clauses)} ORDER BY f.rowid DESC LIMIT ?",
        [expression, *args, limit])
    ids = [r[0] for r in rows]
    sealed_ids = [r[0] for r in session.db.all(
        # the small partial index, never a walk through the caseload's records
        f"SELECT s.id FROM sessions s INDEXED BY sessions_sealed JOIN clients c"
        f" ON c.id = s.client_id WHERE s.sealed = 1"
        f" AND {' AND '.join(c.replace('f.rowid', 's.id') for c in clauses)}",
        [*(a for a in args)])]
    if sealed_ids:  # a page of the union is within the two pages, newest first
        found = sealing.matching(session, sealed_ids, re.findall(r"\w+", text))
        ids = sorted(set(ids) | set(found), reverse=True)[:limit]
    if after is None:
        with session.db.transaction():
            session.log("notes.search", detail={"first_page": len(ids)})
    return ids


@dataclass(frozen=True)
class NoteHit:
    row: SessionRow
    section: str  # complaint / assessment / intervention / plan / referral / addendum
    snippet: str


def note_hits(session: Session, ids: list[int], text: str, *, width: int = 40
              ) -> list[NoteHit]:
    """For each visible record, the first passage containing a search term."""
    rows = session_rows(session, ids)
    if not rows:
        return []
    terms = [t for t in re.findall(r"\w+", text) if t]
    marks = ",".join("?" * len(rows))
    texts: dict[int, list[tuple[str, str]]] = {}
    sections = ("complaint", "assessment", "intervention", "plan", "referral")
    for r in sealing.reveal(session, "sessions", session.db.all(
            f"SELECT id, {', '.join(sections)}, sealed FROM sessions WHERE id IN ({marks})",
            [r.id for r in rows]), {name: i + 1 for i, name in enumerate(sections)}):
        texts[r[0]] = list(zip(sections, tuple(r)[1:-1], strict=True))
    for a in sealing.reveal(session, "session_addenda", session.db.all(
            f"SELECT id, session_id, text, sealed FROM session_addenda"
            f" WHERE session_id IN ({marks}) ORDER BY id", [r.id for r in rows]), {"text": 2}):
        texts.setdefault(a[1], []).append(("addendum", a[2]))
    return [NoteHit(row, *_snippet(texts.get(row.id, []), terms, width)) for row in rows]


def _snippet(parts: list[tuple[str, str]], terms: list[str], width: int) -> tuple[str, str]:
    for section, body in parts:
        lowered = body.lower()
        for term in terms:
            at = lowered.find(term.lower())
            if at >= 0:
                start = max(0, at - width // 2)
                piece = body[start:start + width + len(term)].replace("\n", " ")
                return section, ("…" if start else "") + piece + (
                    "…" if start + width + len(term) < len(body) else "")
    section, body = parts[0] if parts else ("complaint", "")
    return section, body[:width].replace("\n", " ")

