"""The work the benchmark times, each through the app's own functions where they exist.

Every operation runs against a `Side`: one database (the vault or its plain copy) with signed-in
sessions on it. An operation goes through the records, reports and export functions the app
calls ("via": "domain"); if one of those is missing or its signature has moved, the same query
shapes run as SQL instead ("via": "sql"), and the reason is recorded with the figure.

The SQL shapes below are copies of the domain's queries at the time of writing (records.search,
records.files, records.sessions, reports.data, export.collect); they exist so the benchmark
keeps measuring while those modules change, not to replace them.
"""

from __future__ import annotations

import datetime as dt
import shutil
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from station_desk.domain.records import files, search, sessions
from station_desk.domain.search_text import index_text, match_expression
from station_desk.domain.session import Session
from station_desk.domain.stats.period import parse_period, previous_month
from station_desk.export import build, package
from station_desk.reports import document, service
from station_desk.storage.database import Database
from station_desk.tools import export_bench

PAGE = 200  # ids per page of a lazy list (records.search.PAGE)


@dataclass
class Side:
    """One database and the sessions the operations act as."""

    name: str  # "encrypted" | "plain"
    db: Database
    counsellor: Session
    admin: Session
    workdir: Path
    targets: dict[str, Any]
    today: dt.date
    serial: int = 0  # distinguishes files written by repeated runs
    password: str = ""  # the counsellor's, for the electronic signature when signing

    def next_serial(self) -> int:
        self.serial += 1
        return self.serial


@dataclass
class Op:
    key: str
    title: str
    target_ms: float | None
    via: str  # "domain" | "sql"
    source: str  # the function(s) or the query shape measured
    fn: Callable[[Side], int]
    fallback_reason: str = ""
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


# ================================================================================== client list


def _domain_client_list() -> Callable[[Side], int]:

    def run(side: Side) -> int:
        ids = search.client_ids(side.counsellor, "", scope=search.SCOPE_ALL)
        return len(files.directory_rows(side.counsellor, ids))
    return run


_DIRECTORY_SQL = (
    "SELECT c.id, c.file_no, c.name, c.is_pseudonym, c.phone, c.employer, c.status,"
    " c.counsellor_id, coalesce(u.display_name, ''),"
    " EXISTS (SELECT 1 FROM consents k WHERE k.client_id = c.id), c.opened_at, c.restricted"
    " FROM clients c LEFT JOIN users u ON u.id = c.counsellor_id")


def _directory_rows(db: Database, ids: list[int], user: int) -> int:
    if not ids:
        return 0
    marks = ",".join("?" * len(ids))
    return len(db.all(f"{_DIRECTORY_SQL} WHERE c.id IN ({marks})"
                      " AND (c.restricted = 0 OR c.restricted_by = ?)", [*ids, user]))


def _sql_client_list(side: Side) -> int:
    user = side.counsellor.user.id
    ids = [r[0] for r in side.db.all(
        "SELECT c.id FROM clients c WHERE (c.restricted = 0 OR c.restricted_by = ?)"
        " ORDER BY c.id DESC LIMIT ?", (user, PAGE))]
    return _directory_rows(side.db, ids, user)


# ================================================================================== name search


def _domain_name_search() -> Callable[[Side], int]:

    def run(side: Side) -> int:
        ids = search.client_ids(side.counsellor, side.targets["name_query"])
        return len(files.directory_rows(side.counsellor, ids))
    return run


def _sql_name_search(side: Side) -> int:
    user = side.counsellor.user.id
    expression = match_expression(side.targets["name_query"])
    ids = [r[0] for r in side.db.all(
        "SELECT c.id FROM client_fts f JOIN clients c ON c.id = f.rowid"
        " WHERE client_fts MATCH ? AND (c.restricted = 0 OR c.restricted_by = ?)"
        " ORDER BY f.rowid DESC LIMIT ?", (expression, user, PAGE))]
    return _directory_rows(side.db, ids, user)


# ================================================================================== notes search


def _domain_fts_search() -> Callable[[Side], int]:

    def run(side: Side) -> int:
        term = side.targets["fts_term"]
        ids = search.note_ids(side.counsellor, term)
        return len(search.note_hits(side.counsellor, ids, term))
    return run


def _sql_fts_search(side: Side) -> int:
    user = side.counsellor.user.id
    expression = match_expression(side.targets["fts_term"])
    ids = [r[0] for r in side.db.all(
        "SELECT f.rowid FROM session_fts f JOIN sessions s ON s.id = f.rowid"
        " JOIN clients c ON c.id = s.client_id WHERE session_fts MATCH ?"
        " AND ((c.counsellor_id IN (?) OR c.id IN (SELECT client_id FROM case_shares"
        " WHERE user_id = ?)) AND (c.restricted = 0 OR c.restricted_by = ?))"
        " AND ((s.restricted = 0 OR s.counsellor_id = ?) AND (s.status <> 'draft'"
        " OR s.counsellor_id = ?)) ORDER BY f.rowid DESC LIMIT ?",
        (expression, user, user, user, user, user, PAGE))]
    if not ids:
        return 0
    marks = ",".join("?" * len(ids))
    return len(side.db.all(
        f"SELECT s.id, s.client_id, c.file_no, c.name, s.session_no, s.session_date,"
        f" s.complaint, s.assessment, s.intervention, s.plan, s.referral"
        f" FROM sessions s JOIN clients c ON c.id = s.client_id WHERE s.id IN ({marks})", ids))


# ================================================================================== open a file


def _domain_open_file() -> Callable[[Side], int]:

    def run(side: Side) -> int:
        client_id = side.targets["file"]["client_id"]
        files.open_file(side.counsellor, client_id)
        return len(sessions.list_sessions(side.counsellor, client_id))
    return run


def _sql_open_file(side: Side) -> int:
    client_id = side.targets["file"]["client_id"]
    db = side.db
    db.one("SELECT * FROM clients WHERE id = ?", (client_id,))
    db.all("SELECT user_id FROM case_shares WHERE client_id = ?", (client_id,))
    db.one("SELECT id FROM crises WHERE client_id = ? AND closed_at IS NULL", (client_id,))
    db.one("SELECT * FROM consents WHERE client_id = ? ORDER BY consent_date DESC LIMIT 1",
           (client_id,))
    with db.transaction():
        side.counsellor.log("file.view", f"bench:{client_id}")
    rows = db.all("SELECT s.* FROM sessions s JOIN clients c ON c.id = s.client_id"
                  " WHERE s.client_id = ? ORDER BY s.session_no, s.id", (client_id,))
    ids = [r[0] for r in rows]
    if ids:
        marks = ",".join("?" * len(ids))
        db.all(f"SELECT * FROM session_addenda WHERE session_id IN ({marks})", ids)
    return len(rows)


# ================================================================================== save and sign


_NOTES = {
    "complaint": "来访者近两周工作压力明显增大，入睡困难，白天注意力不集中，担心影响考核。",
    "assessment": "焦虑情绪中等，未见自伤自杀意念，社会支持尚可，工作功能部分受损。",
    "intervention": "倾听与共情，正常化压力反应；教授腹式呼吸放松，讨论可控与不可控因素。",
    "plan": "每日练习放松两次并记录睡眠；两周后复诊，必要时复测 GAD-7。",
}


def _domain_save_sign() -> Callable[[Side], int]:

    def run(side: Side) -> int:
        client_id = side.targets["save_client_id"]
        data = sessions.SessionInput(
            session_date=side.today, start_time="14:00", end_time="14:50",
            modality="in_person", room="counselling", issues=("work_stress", "anxiety"),
            interventions=("listening_empathy", "relaxation_training"), **_NOTES)
        # as the session editor signs a new record: created and signed in one step
        signed = sessions.sign_session(side.counsellor, client_id, None, data,
                                       password=side.password)
        return 1 if signed.status != "draft" else 0
    return run


def _sql_save_sign(side: Side) -> int:
    db, client_id, user = side.db, side.targets["save_client_id"], side.counsellor.user.id
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    with db.transaction():
        number = db.scalar("SELECT coalesce(max(session_no), 0) + 1 FROM sessions"
                           " WHERE client_id = ?", (client_id,))
        cur = db.execute(
            "INSERT INTO sessions (client_id, counsellor_id, session_no, session_date,"
            " start_time, end_time, modality, room, issues, interventions, complaint,"
            " assessment, intervention, plan, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, '14:00', '14:50', 'in_person', 'counselling',"
            " '[\"anxiety\",\"work_stress\"]', '[\"listening_empathy\"]', ?, ?, ?, ?, ?, ?)",
            (client_id, user, number, side.today.isoformat(), *_NOTES.values(), now, now))
        sid = cur.lastrowid
        db.execute("INSERT INTO session_fts (rowid, body) VALUES (?, ?)",
                   (sid, index_text(*_NOTES.values())))
        side.counsellor.log("session.create", f"bench:{client_id}", {"session": sid})
    with db.transaction():
        db.execute("UPDATE sessions SET status = 'signed', signed_by = ?, signed_at = ?,"
                   " updated_at = ? WHERE id = ?", (user, now, now, sid))
        db.execute("UPDATE client_clinical SET last_seen_at = ? WHERE client_id = ?",
                   (side.today.isoformat(), client_id))
        side.counsellor.log("session.sign", f"bench:{client_id}", {"session": sid})
    return 1


# ================================================================================== monthly export


def export_month(today: dt.date) -> str:
    """The last full month: what a station exports at the start of a month."""
    return previous_month(today).code


def _domain_export() -> tuple[Callable[[Side], int], str]:
    """What `tools.export_bench.run` reports as `export_ms`: build the package content (collect,
    protect it jointly with the year's earlier packages, which the synthetic vault has: see
    `tools.bench_data`) and write the signed package. Not recorded as released, so every run is
    the same new monthly export."""

    def run(side: Side) -> int:
        content = build.build(side.admin, parse_period(export_month(side.today)))
        out = side.workdir / f"export-{side.name}-{side.next_serial()}.zip"
        package.write_package(side.admin, content, out, record=False)
        out.unlink(missing_ok=True)
        return len(content.tables)
    return run, "export.build.build + export.package.write_package"


def export_stages(side: Side) -> dict[str, Any] | None:
    """`tools.export_bench.run`'s own split of one export (collect, build, write), if it has one."""
    out = side.workdir / f"export-stages-{side.next_serial()}"
    out.mkdir(parents=True, exist_ok=True)
    try:
        result = export_bench.run(side.admin, export_month(side.today), out)
    finally:
        for leftover in out.glob("*"):
            leftover.unlink()
        out.rmdir()
    return dict(result) if isinstance(result, dict) else None


def union_merge(side: Side, packages: int) -> dict[str, Any]:
    """The city union's check-and-merge of `packages` packages of the export month (each
    signed by its own station key), timed by `tools.export_bench.merge`."""
    out = side.workdir / f"merge-{side.next_serial()}"
    try:
        result = export_bench.merge(out, packages, session=side.admin,
                                    period=export_month(side.today))
    except Exception as exc:  # noqa: BLE001 - an extra figure; the others stand without it
        return {"error": f"{type(exc).__name__}: {exc}"}
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return dict(result)


def _sql_export(side: Side) -> int:
    """The reads of export.collect for one month: the sessions in one pass (kept off the date
    index, so the whole table is read), the clients' attributes, then the loop tables."""
    month = export_month(side.today)
    first = dt.date.fromisoformat(f"{month}-01")
    after = (first + dt.timedelta(days=32)).replace(day=1)
    lo, hi = first.isoformat(), after.isoformat()
    db = side.db
    groups = db.all("SELECT client_id, modality, issues, count(*) FROM sessions"
                    " WHERE +session_date >= ? AND +session_date < ?"
                    " AND status IN ('signed', 'cosigned')"
                    " GROUP BY client_id, modality, issues", (lo, hi))
    wanted = {r[0] for r in groups}
    clients = [r for r in db.execute("SELECT id, gender, birth_year, industry, key_groups"
                                     " FROM clients") if r[0] in wanted]
    db.scalar("SELECT count(*) FROM clients WHERE opened_at >= ? AND opened_at < ?", (lo, hi))
    db.all("SELECT status, count(*) FROM clients WHERE closed_at >= ? AND closed_at < ?"
           " GROUP BY status", (lo, hi))
    db.all("SELECT destination_type, client_id FROM referrals WHERE referral_date >= ?"
           " AND referral_date < ?", (lo, hi))
    db.all("SELECT client_id, risk_level, closed_at, actions FROM crises WHERE opened_at >= ?"
           " AND opened_at < ?", (lo, hi))
    db.all("SELECT client_id, planned_date, done_at FROM followups WHERE planned_date >= ?"
           " AND planned_date < ?", (lo, hi))
    db.all("SELECT instrument_id, mode, band_level, client_id FROM assessments"
           " WHERE administered_at >= ? AND administered_at < ?", (lo, hi))
    db.all("SELECT overall, client_id FROM satisfaction WHERE rated_at >= ? AND rated_at < ?",
           (lo, hi))
    db.all("SELECT type, count(*), sum(attendees) FROM activities WHERE activity_date >= ?"
           " AND activity_date < ? GROUP BY type", (lo, hi))
    return len(groups) + len(clients)


# ================================================================================== case PDF


def _domain_case_pdf() -> tuple[Callable[[Side], int], str]:
    """What `tools.reports_bench.case_seconds_in` times (prepare and typeset the case document,
    nothing logged or written), for the benchmark's own 200-session file."""

    def run(side: Side) -> int:
        file_no = side.db.scalar("SELECT file_no FROM clients WHERE id = ?",
                                 (side.targets["case_pdf"]["client_id"],))
        doc = service.prepare(side.counsellor, service.Request("case", file_no=file_no))
        rendered = document.render_document(doc, doc_number="BENCH", printed_by="bench",
                                             printed_at="2026-01-01 00:00")
        return int(rendered.pages)
    return run, "reports.service.prepare + reports.document.render_document"


def _sql_case_pdf(side: Side) -> int:
    """Only the reads of the case document (reports.data.Reader.case); no rendering."""
    db, client_id = side.db, side.targets["case_pdf"]["client_id"]
    db.one("SELECT * FROM clients WHERE id = ?", (client_id,))
    rows = db.all("SELECT * FROM sessions WHERE client_id = ?"
                  " ORDER BY session_date, session_no, id", (client_id,))
    ids = [r[0] for r in rows]
    if ids:
        marks = ",".join("?" * len(ids))
        db.all(f"SELECT * FROM session_addenda WHERE session_id IN ({marks})", ids)
    for table in ("consents", "followups", "crises", "referrals", "assessments"):
        db.all(f"SELECT * FROM {table} WHERE client_id = ?", (client_id,))
    return len(rows)


# ================================================================================== the list


def build_ops() -> list[Op]:
    """The operations in the order a counsellor meets them after unlocking."""
    specs: list[tuple[str, str, float | None, Callable[[], Any], Callable[[Side], int], str,
                      str]] = [
        ("client_list", "Client list, first page / 档案列表首页", 200, _domain_client_list,
         _sql_client_list, "records.search.client_ids + records.files.directory_rows",
         "one page of ids (200, newest first) and their directory rows"),
        ("name_search", "Name search / 姓名查找", 100, _domain_name_search, _sql_name_search,
         "records.search.client_ids(text) + records.files.directory_rows",
         "a full name, through client_fts bigrams"),
        ("fts_search", "Full-text search 焦虑 / 记录全文检索", 100, _domain_fts_search,
         _sql_fts_search, "records.search.note_ids + records.search.note_hits",
         "first page (200) of the counsellor's records whose notes contain 焦虑, with snippets"),
        ("open_file", "Open a file with 50 sessions / 打开档案", 150, _domain_open_file,
         _sql_open_file, "records.files.open_file + records.sessions.list_sessions",
         "includes the audited view (one synchronous commit)"),
        ("save_sign", "Save and sign a session / 保存并签署记录", None, _domain_save_sign,
         _sql_save_sign, "records.sessions.sign_session (a new record)",
         "one transaction, one fsync (synchronous=FULL); signing re-checks the "
         "password (Argon2id of the account's slot), as the electronic signature does"),
        ("monthly_export", "Monthly export / 月度统计导出", 2000, _domain_export, _sql_export,
         "", "last full month; the collector reads every session once"),
        ("case_pdf", "Case PDF, 200 sessions / 个案全程记录 PDF", 1500, _domain_case_pdf,
         _sql_case_pdf, "", "reads, layout and rendering of the whole case document"),
    ]
    ops = []
    for key, title, target, domain, sql, source, note in specs:
        try:
            made = domain()
            fn, src = made if isinstance(made, tuple) else (made, source)
            ops.append(Op(key, title, target, "domain", src, fn, note=note))
        except Exception as exc:  # noqa: BLE001 - any missing piece means: measure the SQL
            ops.append(Op(key, title, target, "sql", sql.__doc__ or f"SQL shape of {source}",
                          sql, fallback_reason=_reason(exc), note=note))
    return ops


def _reason(exc: BaseException) -> str:
    last = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    where = f" ({last[0].filename.rsplit('/', 1)[-1]}:{last[0].lineno})" if last else ""
    return f"{type(exc).__name__}: {exc}{where}"


def fall_back(op: Op, exc: BaseException) -> Op:
    """The same operation through its SQL shape, when the domain call failed on first use."""
    sql = {
        "client_list": _sql_client_list, "name_search": _sql_name_search,
        "fts_search": _sql_fts_search, "open_file": _sql_open_file,
        "save_sign": _sql_save_sign, "monthly_export": _sql_export, "case_pdf": _sql_case_pdf,
    }[op.key]
    return Op(op.key, op.title, op.target_ms, "sql", sql.__doc__ or f"SQL shape of {op.source}",
              sql, fallback_reason=_reason(exc), note=op.note)
