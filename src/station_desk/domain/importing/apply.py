"""Storing a plan: every row that can be stored, in one transaction, audited once.

The transaction spans both compartments when a counselling register brings new files
(station.db) and their records (clinical.db). SQLite commits an attached WAL database file by
file, so a crash inside the commit can leave the new files without their records; importing the
register again then finds those files by name and adds the records (their fingerprints are in
clinical.db with them), so the import is finished by running it again.

Imported records are stored as signed (fixed by the same triggers, counted by every statistic
like a signed record) with `imported_at` set and no signer: they were not signed in the app,
and every view and print says so. A digest of each is bound into the clinical audit chain in
the import's entry, which `verify` checks like a signature's (records/signing.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from station_desk.domain.clock import STATION_TZ, iso
from station_desk.domain.importing import columns as cols
from station_desk.domain.importing.plan import (
    SALT_KEY,
    Plan,
    PlannedRow,
    build_plan,
    require_import,
)
from station_desk.domain.importing.reading import Ledger
from station_desk.domain.records import files, signing, text_index
from station_desk.domain.records.common import dumps, now_iso, today
from station_desk.domain.records.sessions import reindex
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

register_messages({
    "import_changed": N_(
        "errors", "The vault changed after the preview; preview again before importing."),
})

IMPORT_ACTION = "import.ledger"  # the station chain: counts only
SESSION_IMPORT_ACTION = signing.IMPORT_ACTION  # the clinical chain: the records' digests


@dataclass(frozen=True)
class ImportResult:
    kind: str
    rows: int
    added: int
    skipped: int  # imported before
    errors: int
    files_created: int


def import_ledger(session: Session, ledger: Ledger, kind: str | None = None,
                  overrides: dict[str, int] | None = None, *,
                  dry_run: bool = False) -> tuple[Plan, ImportResult]:
    """Plan the import and, unless `dry_run`, store it. Returns the plan and what it did (what
    it would do, on a dry run)."""
    plan = build_plan(session, ledger, kind, overrides)
    if dry_run:
        return plan, _result(plan, 0, planned=True)
    return plan, apply_plan(session, plan)


def _result(plan: Plan, created: int, *, planned: bool = False) -> ImportResult:
    new = plan.count("new")
    if planned:
        created = len({r.values.get("new_file") for r in plan.to_store
                       if r.values.get("new_file")}) if plan.kind == cols.SESSIONS else \
            (new if plan.kind == cols.VISITORS else 0)
    return ImportResult(plan.kind, len(plan.rows), new, plan.count("done"),
                        plan.count("error"), created)


def apply_plan(session: Session, plan: Plan) -> ImportResult:
    """Store the plan's storable rows (one transaction), remember the mapping, audit."""
    require_import(session, plan.kind)
    rows = plan.to_store
    created = 0
    with session.db.transaction():
        if plan.salt_is_new:
            if session.settings().get(SALT_KEY):
                raise StationDeskError("import_changed")
            session.db.execute("INSERT INTO settings (key, value) VALUES (?, ?)",
                               (SALT_KEY, plan.salt.hex()))
        _check_unchanged(session, plan, rows)
        if plan.kind == cols.VISITORS:
            created = _store_visitors(session, rows)
        elif plan.kind == cols.ACTIVITIES:
            _store_activities(session, rows)
        else:
            created = _store_sessions(session, plan, rows)
        cols.remember_mapping(session, plan.kind, plan.ledger.headers, plan.mapping)
        result = _result(plan, created)
        session.log(IMPORT_ACTION, f"import:{plan.kind}", {
            "kind": plan.kind, "rows": result.rows, "added": result.added,
            "skipped": result.skipped, "errors": result.errors, "files": created})
    return result


def _check_unchanged(session: Session, plan: Plan, rows: list[PlannedRow]) -> None:
    """A row stored meanwhile (another import of the same file) would be stored twice."""
    table = "import_session_rows" if plan.kind == cols.SESSIONS else "import_rows"
    prints = [r.fingerprint for r in rows]
    for start in range(0, len(prints), 500):
        batch = prints[start:start + 500]
        if session.db.scalar(f"SELECT 1 FROM {table} WHERE fingerprint IN"
                             f" ({','.join('?' * len(batch))}) LIMIT 1", batch):
            raise StationDeskError("import_changed")


def _noon(day: str) -> str:
    """A station date as a stored timestamp: noon in the station's time zone, in UTC."""
    local = dt.datetime.combine(dt.date.fromisoformat(day), dt.time(12), STATION_TZ)
    return iso(local.astimezone(dt.UTC))


def _new_client(session: Session, values: dict[str, Any], opened: str, file_no: str = ""
                ) -> tuple[int, str]:
    now = now_iso(session)
    new_id = int(session.db.scalar("SELECT coalesce(max(id), 0) + 1 FROM clients"))
    year = int(opened[:4]) if opened else today(session).year
    number = file_no or files.make_file_no(year, new_id)
    session.db.execute(
        "INSERT INTO clients (id, file_no, name, gender, birth_year, phone, employer,"
        " industry, key_groups, counsellor_id, opened_at, created_by, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (new_id, number, values["name"], values.get("gender") or "unspecified",
         values.get("birth_year"), values.get("phone", ""), values.get("employer", ""),
         values.get("industry", ""), dumps(values.get("key_groups", ())),
         values.get("counsellor"), _noon(opened) if opened else now, session.user.id, now, now))
    text_index.index_client(session, new_id)  # the one way a file is indexed
    return new_id, number


def _store_visitors(session: Session, rows: list[PlannedRow]) -> int:
    now = now_iso(session)
    for row in rows:
        v = row.values
        client_id, _ = _new_client(session, v, v.get("opened", ""), v.get("file_no", ""))
        session.db.execute("INSERT INTO import_rows (fingerprint, kind, row_id, imported_at)"
                           " VALUES (?, ?, ?, ?)", (row.fingerprint, cols.VISITORS, client_id,
                                                    now))
    return len(rows)


def _store_activities(session: Session, rows: list[PlannedRow]) -> None:
    now = now_iso(session)
    for row in rows:
        v = row.values
        cur = session.db.execute(
            "INSERT INTO activities (activity_date, type, topic, venue, organiser, attendees,"
            " target_groups, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (v["date"], v["type"], v["topic"], v["venue"], v["organiser"], v["attendees"],
             dumps(v["target_groups"]), session.user.id, now))
        session.db.execute("INSERT INTO import_rows (fingerprint, kind, row_id, imported_at)"
                           " VALUES (?, ?, ?, ?)", (row.fingerprint, cols.ACTIVITIES,
                                                    cur.lastrowid, now))


def _store_sessions(session: Session, plan: Plan, rows: list[PlannedRow]) -> int:
    now = now_iso(session)
    new_files: dict[str, int] = {}
    ordered = sorted(rows, key=lambda r: (r.values["date"], r.line))
    for row in ordered:  # the new files first: station.db
        key = row.values.get("new_file")
        if key and key not in new_files:
            v = row.values
            new_files[key], _ = _new_client(session, v, v["date"])
    touched: dict[int, tuple[str, str]] = {}
    ids = []
    for row in ordered:
        v = row.values
        client_id = new_files[v["new_file"]] if v.get("new_file") else int(v["client_id"])
        number = int(session.db.scalar(
            "SELECT coalesce(max(session_no), 0) + 1 FROM sessions WHERE client_id = ?",
            (client_id,)))
        cur = session.db.execute(
            "INSERT INTO sessions (client_id, counsellor_id, session_no, session_date,"
            " start_time, end_time, modality, issues, complaint, risk_level, status,"
            " imported_at, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'signed', ?, ?, ?)",
            (client_id, v["counsellor"], number, v["date"], v["start_time"], v["end_time"],
             v["modality"], dumps(v["issues"]), v["notes"], v["risk"], now, now, now))
        sid = int(cur.lastrowid)
        ids.append(sid)
        reindex(session, sid)
        session.db.execute("INSERT INTO import_session_rows (fingerprint, session_id,"
                           " imported_at) VALUES (?, ?, ?)", (row.fingerprint, sid, now))
        touched[client_id] = (v["date"], v["risk"])  # rows go in date order: the latest wins
    for client_id, (day, risk) in touched.items():
        # The file's last session date, and its risk level when this is its latest record and
        # no open crisis holds the level (as signing does).
        session.db.execute(
            "INSERT INTO client_clinical (client_id, risk_level, last_seen_at) VALUES (?, ?, ?)"
            " ON CONFLICT (client_id) DO UPDATE SET"
            " risk_level = CASE WHEN coalesce(last_seen_at, '') > excluded.last_seen_at"
            " OR EXISTS (SELECT 1 FROM crises WHERE client_id = client_clinical.client_id"
            " AND closed_at IS NULL) THEN risk_level ELSE excluded.risk_level END,"
            " last_seen_at = max(coalesce(last_seen_at, ''), excluded.last_seen_at)",
            (client_id, risk, day))
    signing.bind_imported(session, ids, {"rows": len(plan.rows), "added": len(ids),
                                         "files": len(new_files)})
    return len(new_files)


def label_of(kind: str, lang: str = "zh") -> str:
    zh, en = cols.KIND_LABELS[kind]
    return en if lang.startswith("en") else zh

