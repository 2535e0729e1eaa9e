"""The synthetic vault the benchmark measures, and its unencrypted twin.

Runs in a child process (`python -m station_desk.tools.bench_data`, a JSON config on stdin, a JSON
result on stdout) so the generator's memory never counts as the app's.

- A demo station with the demo staff; `tools.demo.populate` fills the record tables with the
  Chinese notes of `seeds/demo/`, then assessments are added (intake PHQ-9 and GAD-7 for every
  file, a repeat measure at about every eighth session, anonymous kiosk screenings), scored by
  `domain.instruments.score` so bands and alerts are the real ones.
- Accounts are made with the lowered test KDF cost (fast to build); the benchmark account's slot
  is then set again with the Argon2id parameters calibrated on this machine, as the app would
  set them, so the unlock figure is real.
- Both vaults measured are written by `sqlcipher_export` from the built one, file by file (the
  station and the clinical compartment): the vault (encrypted, same keys) and the plain SQLite
  copy (`ATTACH … KEY ''`, in `plain/`). The same export gives both the same page layout, so the
  encrypted / plain ratios measure encryption and nothing else.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from station_desk.domain import accounts, instruments
from station_desk.domain.assessments import AGE_BANDS
from station_desk.domain.auth import create_station
from station_desk.domain.clock import iso, system_clock
from station_desk.domain.records import signing
from station_desk.domain.stats.period import previous_month
from station_desk.domain.vocab import load_demo_inputs, load_vocabularies
from station_desk.storage import keyslots
from station_desk.storage.database import Database, open_database
from station_desk.storage.vault import VaultPaths
from station_desk.tools import demo
from station_desk.tools.export_bench import release_before

PLAIN_DIR = "plain"  # the unencrypted twin: plain/station.db and plain/clinical.db
# The account the benchmark signs in as: a counsellor without supervision, so a saved session
# can be signed at once, who owns the files opened and printed.
BENCH_USER = "demo_counsellor_a"
ADMIN_USER = "demo_admin"
FILE_SESSIONS = 50  # "opening a client file with 50 sessions"
CASE_PDF_SESSIONS = 200  # "the 200-session case PDF"

Progress = Callable[[str], None]


def _stderr(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def build(root: Path, *, clients: int, sessions: int, seed: int = 2026,
          today: dt.date | None = None, progress: Progress = _stderr) -> dict[str, Any]:
    """Create the vault in `root` (which must not hold one) and `root/plain.db`."""
    root = Path(root)
    today = today or system_clock().date()
    now = iso(system_clock())
    inputs = load_demo_inputs()
    staff = {s.username: s for s in inputs.staff}
    phases: dict[str, float] = {}
    saved_env = os.environ.get(keyslots.FAST_KDF_ENV)
    os.environ[keyslots.FAST_KDF_ENV] = "1"
    try:
        start = time.perf_counter()
        admin = staff[ADMIN_USER]
        session, _recovery = create_station(root, demo.DEMO_STATION, admin.username,
                                            admin.display_name, admin.password)
        with session:
            for member in inputs.staff:
                if member.username != admin.username:
                    accounts.add_user(session, member.username, member.display_name,
                                      member.role, member.password)
            for member in inputs.staff:
                if member.needs_supervision and member.supervisor:
                    accounts.set_supervision(session, member.username, member.supervisor)
            user_ids = {r[0]: r[1] for r in session.db.all("SELECT username, id FROM users")}
            phases["station"] = time.perf_counter() - start

            progress(f"populating {clients:,} files and {sessions:,} sessions …")
            start = time.perf_counter()
            counts = demo.populate(session.db, random.Random(seed), inputs, user_ids,
                                   today=today, n_clients=clients, n_sessions=sessions, now=now)
            phases["records"] = time.perf_counter() - start

            if "assessments" not in counts:  # older generators leave them out
                progress("adding assessments …")
                start = time.perf_counter()
                counts.update(add_assessments(session.db, random.Random(seed + 1), today))
                phases["assessments"] = time.perf_counter() - start

            progress("writing the audit trail those records leave …")
            start = time.perf_counter()
            counts.update(add_audit_trail(session.db, session.vault.payload.audit_key))
            phases["audit"] = time.perf_counter() - start

            # That trail is the one versions before signed digests left; the first sign-in
            # after the upgrade binds them (domain/records/signing.py), done here once.
            progress("binding the digests of the signed records into the audit trail …")
            start = time.perf_counter()
            counts["signatures_bound"] = signing.bind_earlier_signatures(session)
            phases["signatures_bound"] = time.perf_counter() - start

            progress("choosing the files to open …")
            start = time.perf_counter()
            targets = pick_targets(session.db, user_ids[BENCH_USER])
            phases["targets"] = time.perf_counter() - start

            progress("sending the year's earlier statistics packages (the monthly export is "
                     "protected together with them) …")
            start = time.perf_counter()
            releases = release_earlier(session, today, root / "released")
            phases["releases"] = time.perf_counter() - start
            key = session.vault.payload.db_key
            payload = session.vault.payload
            # Marked as a demo vault, as `station-desk demo` marks its own.
            with session.db.transaction():
                session.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('demo', '1')")
                session.log("demo.generate", detail={"bench": True, **counts})
    finally:
        if saved_env is None:
            os.environ.pop(keyslots.FAST_KDF_ENV, None)
        else:
            os.environ[keyslots.FAST_KDF_ENV] = saved_env

    progress("calibrating Argon2id and setting the benchmark account's slot …")
    start = time.perf_counter()
    kdf = set_real_kdf_slot(root, BENCH_USER, staff[BENCH_USER].password, payload)
    phases["real_kdf_slot"] = time.perf_counter() - start

    progress("writing the vault and its unencrypted copy with sqlcipher_export …")
    start = time.perf_counter()
    vault, plain = VaultPaths(root), VaultPaths(root / PLAIN_DIR)
    plain.root.mkdir()
    cipher = export_twins(vault.db, key, plain.db)
    export_twins(vault.clinical, payload.clinical_key or b"", plain.clinical)
    phases["export_twins"] = time.perf_counter() - start

    return {
        "root": str(root),
        "vault_db": str(vault.db),
        "plain_db": str(plain.db),
        "today": today.isoformat(),
        "seed": seed,
        "counts": counts,
        "sizes_bytes": {"encrypted": vault.db.stat().st_size + vault.clinical.stat().st_size,
                        "plain": plain.db.stat().st_size + plain.clinical.stat().st_size,
                        "clinical_encrypted": vault.clinical.stat().st_size},
        "build_seconds": {k: round(v, 3) for k, v in phases.items()},
        "kdf": kdf,
        "cipher_settings": cipher,
        "users": {name: {"id": user_ids[name], "role": staff[name].role,
                         "password": staff[name].password} for name in staff},
        "releases": releases,
        "bench_user": BENCH_USER,
        "admin_user": ADMIN_USER,
        "targets": targets,
    }


# -- assessments ---------------------------------------------------------------------------------

_WEIGHTS = {0: (8, 3, 1, 0.5), 1: (3, 4, 2, 1), 2: (1, 2, 4, 3)}


def _answers(rng: random.Random, instrument: instruments.Instrument, severity: int) -> list[int]:
    out = []
    for item in instrument.items:
        values = sorted(item.values)
        weights = list(_WEIGHTS[severity]) + [0.3] * max(0, len(values) - 4)
        # reverse-scored items (WHO-5 is "higher is better") are answered the other way round
        if item.scored(values[0]) > item.scored(values[-1]):
            values = values[::-1]
        out.append(rng.choices(values, weights=weights[:len(values)])[0])
    return out


def add_assessments(db: Database, rng: random.Random, today: dt.date,
                    *, batch: int = 20000) -> dict[str, int]:
    """Intake PHQ-9 and GAD-7 for every file, a repeat at about every eighth session, and one
    anonymous kiosk screening per twenty files; each scored by the real instrument."""
    shipped = instruments.load_all()
    intake = [shipped["phq9"], shipped["gad7"]]
    repeat = [shipped[k] for k in ("phq9", "gad7", "k10", "pss10", "who5")]
    severity_of = {"none": 0, "low": 1, "medium": 2, "high": 2}
    next_id = 1
    rows: list[tuple] = []
    alerts: list[tuple] = []

    def add(instrument: instruments.Instrument, client_id: int | None, when: str,
            by: int | None, severity: int, anon: tuple[Any, ...] | None = None) -> None:
        nonlocal next_id
        result = instruments.score(instrument, _answers(rng, instrument, severity))
        band = result.band
        # stored as domain.assessments stores them: the band and alert wording of the day
        band_json = json.dumps({"min": band.min, "max": band.max, "zh": band.label_zh,
                                "en": band.label_en}, ensure_ascii=False)
        alerts_json = json.dumps([{"code": a.code, "zh": a.label_zh, "en": a.label_en}
                                  for a in result.alerts], ensure_ascii=False)
        rows.append((next_id, client_id, instrument.id, instrument.version,
                     "anonymous" if anon else "counsellor", when, by,
                     json.dumps(list(result.answers)), result.total, result.display_score,
                     band_json, band.level, alerts_json, *(anon or (None, None, None)), when))
        for code in (a.code for a in result.alerts):
            acked = when < iso(dt.datetime.combine(today - dt.timedelta(days=2), dt.time(),
                                                   dt.UTC))
            alerts.append((next_id, client_id, code, when, by if acked else None,
                           when if acked else None))
        next_id += 1

    def flush() -> None:
        with db.transaction():
            db.executemany(
                "INSERT INTO assessments (id, client_id, instrument_id, instrument_version, mode,"
                " administered_at, administered_by, answers, total, score, band, band_level,"
                " alerts, anon_gender, anon_age_band, anon_industry, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            db.executemany(
                "INSERT INTO assessment_alerts (assessment_id, client_id, code, raised_at,"
                " acknowledged_by, acknowledged_at) VALUES (?, ?, ?, ?, ?, ?)", alerts)
        rows.clear()
        alerts.clear()

    last = 0
    total_alerts = 0
    while True:
        chunk = db.all(
            "SELECT id, client_id, counsellor_id, session_no, session_date, risk_level"
            " FROM sessions WHERE id > ? ORDER BY id LIMIT ?", (last, batch))
        if not chunk:
            break
        last = chunk[-1][0]
        for sid, client_id, counsellor, number, day, risk in chunk:
            when = f"{day}T{rng.choice(('01', '02', '06', '07'))}:10:00Z"
            severity = severity_of.get(risk, 0)
            if number == 1:
                for instrument in intake:
                    add(instrument, client_id, when, counsellor, severity)
            elif sid % 8 == 0:
                add(rng.choice(repeat), client_id, when, counsellor, severity)
        total_alerts += len(alerts)
        flush()
    n_files = int(db.scalar("SELECT count(*) FROM clients"))
    vocab = load_vocabularies()
    industries = list(vocab.codes("industries"))
    age_bands = [b for b in AGE_BANDS if b != "unspecified"]
    for _ in range(n_files // 20):
        day = today - dt.timedelta(days=rng.randint(0, demo.MONTHS_BACK * 30))
        when = iso(dt.datetime.combine(day, dt.time(rng.randint(1, 9), 30), dt.UTC))
        add(rng.choice(intake), None, when, None, rng.choice((0, 0, 1, 2)),
            (rng.choice(("female", "male")), rng.choice(age_bands), rng.choice(industries)))
    total_alerts += len(alerts)
    flush()
    return {"assessments": next_id - 1, "assessment_alerts": total_alerts}


def add_audit_trail(db: Database, key: bytes, *, batch: int = 20000) -> dict[str, Any]:
    """The entries the generated records would have left, chained as `domain.audit` chains
    them: `file.register` for each file, `session.create` and `session.sign` (and
    `session.cosign`) for each record. A lower bound: real use adds views, searches and
    sign-ins. Written in bulk (one HMAC per entry, no per-entry lookups) after the entries
    the station already has, then checked with `AuditLog.verify`."""
    from station_desk.domain import audit

    people = {r[0]: (r[1], r[2]) for r in db.all("SELECT id, username, role FROM users")}
    receptionist = next(uid for uid, (_, role) in people.items() if role == "receptionist")
    last = db.one("SELECT id, mac FROM audit ORDER BY id DESC LIMIT 1")
    next_id, prev = int(last[0]) + 1, str(last[1]).encode("ascii")
    written = 0
    after = 0

    def entry(ts: str, user: int, action: str, target: str, detail: dict[str, Any]) -> tuple:
        nonlocal next_id, prev
        name, role = people[user]
        text = json.dumps(detail, ensure_ascii=False, sort_keys=True)
        mac = audit._mac(key, prev, audit._fields(next_id, ts, user, name, role, action,
                                                  target, text))
        row = (next_id, ts, user, name, role, action, target, text, mac)
        next_id, prev = next_id + 1, mac.encode("ascii")
        return row

    while True:
        chunk = db.all(
            "SELECT s.id, s.client_id, s.counsellor_id, s.session_no, s.status, s.created_at,"
            " s.signed_at, s.cosigned_by, s.cosigned_at, s.review_required, c.file_no,"
            " c.created_at FROM sessions s JOIN clients c ON c.id = s.client_id"
            " WHERE s.id > ? ORDER BY s.id LIMIT ?", (after, batch))
        if not chunk:
            break
        after = chunk[-1][0]
        rows = []
        for (sid, _cid, counsellor, number, status, created, signed_at, cosigner, cosigned_at,
             review, file_no, file_created) in chunk:
            target = f"file:{file_no}"
            if number == 1:
                rows.append(entry(file_created, receptionist, "file.register", target, {}))
            rows.append(entry(created, counsellor, "session.create", target,
                              {"number": number, "session": sid}))
            if status != "draft":
                rows.append(entry(signed_at, counsellor, "session.sign", target,
                                  {"review": bool(review), "session": sid}))
            if cosigner:
                rows.append(entry(cosigned_at, cosigner, "session.cosign", target,
                                  {"session": sid}))
        with db.transaction():
            db.executemany("INSERT INTO audit (id, ts, user_id, username, role, action, target,"
                           " detail, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        written += len(rows)
    head_id, head_mac = next_id - 1, prev.decode("ascii")
    head = f"{head_id}:{head_mac}:{audit._mac(key, b'head', [head_id, head_mac])}"
    with db.transaction():
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                   (audit.HEAD_KEY, head))
    total = int(db.scalar("SELECT count(*) FROM audit"))
    # The full check costs as much as the export's own; at large sizes the export does it.
    chain_ok = audit.AuditLog(db, key).verify().ok if total <= 300_000 else None
    return {"audit_entries": total, "audit_generated": written, "audit_chain_ok": chain_ok}


def pick_targets(db: Database, counsellor_id: int) -> dict[str, Any]:
    """The bench counsellor's files closest to 50 and 200 sessions, and an open file with few
    sessions to save new ones into."""
    counts = db.all(
        "SELECT s.client_id, count(*) FROM sessions s JOIN clients c ON c.id = s.client_id"
        " WHERE c.counsellor_id = ? AND c.restricted = 0 GROUP BY s.client_id", (counsellor_id,))
    if not counts:
        raise RuntimeError("the benchmark counsellor has no files; use more --clients")

    def closest(wanted: int) -> dict[str, int]:
        cid, n = min(counts, key=lambda r: (abs(r[1] - wanted), r[1] < wanted, r[0]))
        return {"client_id": int(cid), "sessions": int(n)}

    save = db.one(
        "SELECT c.id FROM clients c WHERE c.counsellor_id = ? AND c.status = 'open'"
        " AND c.restricted = 0 AND NOT EXISTS (SELECT 1 FROM sessions s"
        " WHERE s.client_id = c.id AND s.status = 'draft') ORDER BY c.id LIMIT 1",
        (counsellor_id,))
    surname = db.scalar("SELECT substr(name, 1, 1) FROM clients WHERE is_pseudonym = 0"
                        " AND counsellor_id = ? ORDER BY id LIMIT 1", (counsellor_id,))
    # A full name that exists, so the name search has something to find.
    name = db.scalar("SELECT name FROM clients WHERE is_pseudonym = 0 ORDER BY id LIMIT 1"
                     " OFFSET (SELECT count(*) / 2 FROM clients)")
    return {"file": closest(FILE_SESSIONS), "case_pdf": closest(CASE_PDF_SESSIONS),
            "save_client_id": int(save[0]) if save else int(counts[0][0]),
            "name_query": name or surname or "张", "surname": surname or "张",
            "fts_term": "焦虑"}


def set_real_kdf_slot(root: Path, username: str, password: str,
                      payload: keyslots.Payload) -> dict[str, Any]:
    """Set the account's slot with the Argon2id cost calibrated here, as a station PC would."""
    start = time.perf_counter()
    params = keyslots.default_params()
    calibration = time.perf_counter() - start
    paths = VaultPaths(root)
    slots = keyslots.KeySlotFile.load(paths.slots)
    slots.set_slot(keyslots.user_slot(username), password, payload, params)
    slots.save()
    return {**params.to_json(), "calibration_seconds": round(calibration, 3),
            "account": username}


def release_earlier(session: Any, today: dt.date, folder: Path) -> dict[str, Any]:
    """What a station has sent by the time it exports last month: every earlier month of the
    year and each quarter already over (`tools.export_bench.release_before`), so the measured
    monthly export is protected jointly with a year of packages, as in real use."""
    result = release_before(session, previous_month(today).code, folder)
    shutil.rmtree(folder, ignore_errors=True)
    return result


def export_twins(db_path: Path, key: bytes, plain_path: Path) -> list[str]:
    """Rewrite the vault with `sqlcipher_export` (same key) and write the plain copy the same
    way, so both have the same page layout."""
    compact = db_path.with_name(db_path.name + ".compact")
    db = open_database(db_path, key)
    try:
        # Planner statistics as a vault in use has them (the app refreshes them after a
        # connection's first commit); sqlcipher_export copies them into both files.
        db.refresh_statistics()
        version = int(db.scalar("PRAGMA user_version"))
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute("ATTACH DATABASE ? AS compact KEY ?", (str(compact), f"x'{key.hex()}'"))
        db.execute("SELECT sqlcipher_export('compact')")
        db.execute(f"PRAGMA compact.user_version = {version:d}")
        db.execute("DETACH DATABASE compact")
        db.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain_path),))
        db.execute("SELECT sqlcipher_export('plain')")
        db.execute(f"PRAGMA plain.user_version = {version:d}")
        db.execute("DETACH DATABASE plain")
    finally:
        db.close()
    for suffix in ("-wal", "-shm"):
        leftover = db_path.with_name(db_path.name + suffix)
        if leftover.exists():
            leftover.unlink()
    os.replace(compact, db_path)
    os.chmod(db_path, 0o600)
    # Both files get the app's settings (WAL is remembered in the file) before measuring.
    for path, plain in ((db_path, False), (plain_path, True)):
        twin = open_database(path, key, plain=plain)
        if not plain:
            settings = [str(r[0]) for r in twin.all("PRAGMA cipher_settings")]
        twin.close()
    return settings


def main() -> int:
    config = json.loads(sys.stdin.read())
    result = build(Path(config["root"]), clients=int(config["clients"]),
                   sessions=int(config["sessions"]), seed=int(config.get("seed", 2026)))
    json.dump(result, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
