"""Schema migrations: a vault made at any earlier version is brought forward at sign-in with its
data kept, and split into its two compartments (station.db, clinical.db) with the clinical
records moved to the clinical key; a database newer than this app is refused untouched."""

from __future__ import annotations

import re
import secrets
from pathlib import Path

import pytest
import sqlcipher3

from helpers import snapshot
from station_desk.domain import maintenance
from station_desk.domain.audit import Actor, AuditLog
from station_desk.domain.auth import StationProfile, create_station, sign_in, sign_in_recovery
from station_desk.domain.clock import FakeClock, iso
from station_desk.domain.records import search
from station_desk.errors import StationDeskError
from station_desk.storage.database import key_pragma, open_database
from station_desk.storage.keyslots import RECOVERY_SLOT, KeySlotFile, Payload, user_slot
from station_desk.storage.migrations import (
    CLINICAL,
    all_migrations,
    current_version,
    latest_version,
    migrate,
)
from station_desk.storage.vault import (
    SPLIT_AT,
    VaultPaths,
    new_recovery_key,
    normalize_recovery_key,
)

ADMIN_PASSWORD = "admin-pass-2026"  # as in conftest.py
PROFILE = StationProfile("示例职工心理健康服务站", "U-TEST-01", "complete_1")
RECEPTION_PASSWORD = "front-desk-2026"
COUNSELLOR_PASSWORD = "counsel-2026-x"
LATEST = latest_version()
NOTE = "迁移前写下的辅导记录：来访者提到长期失眠"
ADDENDUM = "迁移前的更正附注"
CRISIS_NOTE = "迁移前的危机说明"
SUMMARY = "迁移前写下的结案小结"


def _old_records(db, version: int, now: str, counsellor: int) -> None:
    """Clinical rows in the tables an older version had, as that version wrote them."""
    from station_desk.domain.search_text import index_text

    if version < 2:
        return
    db.execute("UPDATE clients SET risk_level = 'medium', closing_summary = ?,"
               " last_seen_at = ?, counsellor_id = ? WHERE id = 1", (SUMMARY, now[:10],
                                                                      counsellor))
    sid = db.execute(
        "INSERT INTO sessions (client_id, counsellor_id, session_no, session_date, modality,"
        " complaint, status, signed_by, signed_at, created_at, updated_at)"
        " VALUES (1, ?, 1, ?, 'in_person', ?, 'signed', ?, ?, ?, ?)",
        (counsellor, now[:10], NOTE, counsellor, now, now, now)).lastrowid
    db.execute("INSERT INTO session_addenda (session_id, author_id, created_at, text)"
               " VALUES (?, ?, ?, ?)", (sid, counsellor, now, ADDENDUM))
    db.execute("INSERT INTO session_fts (rowid, body) VALUES (?, ?)",
               (sid, index_text(NOTE, ADDENDUM)))
    crisis = db.execute(
        "INSERT INTO crises (client_id, opened_at, opened_by, risk_level, notes, followup_due)"
        " VALUES (1, ?, ?, 'high', ?, ?)", (now, counsellor, CRISIS_NOTE, now)).lastrowid
    db.execute("INSERT INTO followups (client_id, crisis_id, planned_date, channel, created_by,"
               " created_at) VALUES (1, ?, ?, 'phone', ?, ?)", (crisis, now[:10], counsellor,
                                                                 now))
    db.execute("INSERT INTO referrals (client_id, referral_date, destination_type, destination,"
               " reason, created_by, created_at) VALUES (1, ?, 'hospital', '市精神卫生中心',"
               " '迁移前的转介理由', ?, ?)", (now[:10], counsellor, now))
    db.execute("INSERT INTO satisfaction (client_id, session_id, rated_at, scores, overall,"
               " comment) VALUES (1, ?, ?, '{}', 5, '迁移前的满意度意见')", (sid, now))
    db.execute("INSERT INTO drafts (user_id, kind, ref, payload, updated_at)"
               " VALUES (?, 'session', 'new:1', '{\"complaint\": \"迁移前的草稿\"}', ?)",
               (counsellor, now))
    if version >= 3:
        aid = db.execute(
            "INSERT INTO assessments (client_id, instrument_id, instrument_version, mode,"
            " administered_at, administered_by, answers, total, score, band, band_level,"
            " created_at) VALUES (1, 'phq9', '1', 'counsellor', ?, ?, '[3,3,3,3,3,3,3,3,3]',"
            " 27, 27, '{}', 'severe', ?)", (now, counsellor, now)).lastrowid
        db.execute("INSERT INTO assessment_alerts (assessment_id, client_id, code, raised_at)"
                   " VALUES (?, 1, 'phq9_item9', ?)", (aid, now))


def build_vault_at(root: Path, version: int, clock: FakeClock) -> tuple[str, Payload]:
    """A vault as an older Station Desk left it: schema at `version`, one admin, some data."""
    paths = VaultPaths(root)
    root.mkdir(parents=True)
    keys = Payload.generate()
    payload = Payload(keys.db_key, keys.audit_key)  # the two keys of a vault before the split
    slots = KeySlotFile.new(paths.slots)
    db = open_database(paths.db, payload.db_key, create=True)
    try:
        assert migrate(db, target=version) == list(range(1, version + 1))
        assert current_version(db) == version
        now = iso(clock())
        with db.transaction():
            db.execute("INSERT INTO station (id, name, union_code, tier, address, created_at)"
                       " VALUES (1, '老版本服务站', 'U-OLD', 'standard', '旧址', ?)", (now,))
            user_id = db.execute(
                "INSERT INTO users (username, display_name, role, created_at,"
                " password_changed_at) VALUES ('admin', '王站长', 'admin', ?, ?)",
                (now, now)).lastrowid
            db.execute("INSERT INTO station_key (id, private_key, public_key, created_at)"
                       " VALUES (1, ?, ?, ?)",
                       (secrets.token_bytes(32), secrets.token_bytes(32), now))
            db.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (slots.vault_id,))
            db.execute("INSERT INTO settings (key, value) VALUES ('marker', '迁移前写入的设置')")
            audit = AuditLog(db, payload.audit_key, clock)
            audit.append(Actor(user_id, "admin", "admin"), "vault.create", "station")
            reception = db.execute(
                "INSERT INTO users (username, display_name, role, created_at,"
                " password_changed_at) VALUES ('front', '前台', 'receptionist', ?, ?)",
                (now, now)).lastrowid
            counsellor = db.execute(
                "INSERT INTO users (username, display_name, role, created_at,"
                " password_changed_at) VALUES ('lin', '林咨询师', 'counsellor', ?, ?)",
                (now, now)).lastrowid
            assert reception and counsellor
            if version >= 2:
                db.execute("INSERT INTO clients (file_no, name, phone, opened_at, created_at,"
                           " updated_at) VALUES ('2026-0001', '迁移测试来访者', '13900000000',"
                           " ?, ?, ?)", (now[:10], now, now))
                audit.append(Actor(user_id, "admin", "admin"), "client.create", "client:1")
            _old_records(db, version, now, counsellor)
    finally:
        db.close()
    recovery = new_recovery_key()
    slots.set_slot(user_slot("admin"), ADMIN_PASSWORD, payload)
    if version <= SPLIT_AT:  # before the compartments every slot held the same two keys
        slots.set_slot(user_slot("front"), RECEPTION_PASSWORD, payload)
        slots.set_slot(user_slot("lin"), COUNSELLOR_PASSWORD, payload)
    slots.set_slot(RECOVERY_SLOT, normalize_recovery_key(recovery), payload)
    slots.save()
    (root / "vault.lock").touch()  # as any earlier version leaves it after signing out
    return recovery, payload


def schema_of(root: Path, key: bytes, name: str = "station.db") -> set[tuple[str, str, str]]:
    db = open_database(root / name, key)
    try:
        rows = db.all("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        return {(r[0], r[1], r[2] or "") for r in rows}
    finally:
        db.close()


def test_migrations_are_numbered_from_one_without_gaps():
    versions = [m.version for m in all_migrations()]
    assert versions == list(range(1, LATEST + 1))
    assert LATEST > SPLIT_AT
    clinical = [m.version for m in all_migrations(CLINICAL)]
    assert clinical == list(range(1, len(clinical) + 1))


@pytest.mark.parametrize("version", range(1, SPLIT_AT + 1))
def test_sign_in_brings_an_older_vault_forward(tmp_path, clock, version):
    root = tmp_path / f"vault-v{version}"
    _, payload = build_vault_at(root, version, clock)
    assert not (root / "clinical.db").exists()
    clock.advance(days=1)
    with sign_in(root, "admin", ADMIN_PASSWORD, clock=clock) as session:
        assert session.vault.applied_migrations == list(range(version + 1, LATEST + 1))
        assert session.has_clinical
        assert current_version(session.db) == LATEST
        assert session.db.scalar("SELECT name FROM station") == "老版本服务站"
        assert session.db.scalar("SELECT value FROM settings WHERE key = 'marker'") == \
            "迁移前写入的设置"
        assert session.db.scalar("SELECT display_name FROM users WHERE username = 'admin'") == \
            "王站长"
        if version >= 2:
            assert session.db.scalar("SELECT name FROM clients WHERE file_no = '2026-0001'") == \
                "迁移测试来访者"
            _assert_records_moved(session, version)
        signin = session.audit.query(action="signin", limit=1)[0]
        assert str(list(range(version + 1, LATEST + 1))) in signin.detail
        report = maintenance.verify(session)
        assert report.ok, report
        clinical_key = session.vault.payload.clinical_key
    assert not (root / "keyslots.json.split").exists()
    # the result is the same schema a new vault gets, in both files
    fresh_root = tmp_path / "fresh"
    fresh, _ = create_station(fresh_root, PROFILE, "admin", "王站长", ADMIN_PASSWORD, clock=clock)
    fresh_payload = fresh.vault.payload
    fresh.close()
    assert schema_of(root, payload.db_key) == schema_of(fresh_root, fresh_payload.db_key)
    assert schema_of(root, clinical_key, "clinical.db") == \
        schema_of(fresh_root, fresh_payload.clinical_key, "clinical.db")
    # each slot got what its role holds: the receptionist's has no clinical key
    slots = KeySlotFile.load(root / "keyslots.json")
    front = slots.unwrap(user_slot("front"), RECEPTION_PASSWORD)
    lin = slots.unwrap(user_slot("lin"), COUNSELLOR_PASSWORD)
    assert front == Payload(payload.db_key, payload.audit_key)
    assert lin == Payload(payload.db_key, payload.audit_key, clinical_key)
    with sign_in(root, "front", RECEPTION_PASSWORD, clock=clock) as reception:
        assert not reception.has_clinical
        assert reception.vault.applied_migrations == []
    with sign_in(root, "lin", COUNSELLOR_PASSWORD, clock=clock) as counsellor:
        assert counsellor.has_clinical
        if version >= 2:
            assert search.note_ids(counsellor, "失眠") == [1]
    # and a second sign-in has nothing left to do
    with sign_in(root, "admin", ADMIN_PASSWORD, clock=clock) as again:
        assert again.vault.applied_migrations == []
        assert again.audit.query(action="signin", limit=1)[0].detail == ""


def _assert_records_moved(session, version: int) -> None:
    db = session.db
    station_tables = {r[0] for r in db.all("SELECT name FROM main.sqlite_master")}
    clinical_tables = {r[0] for r in db.all("SELECT name FROM clinical.sqlite_master")}
    moved = {"sessions", "session_addenda", "session_fts", "drafts", "crises", "followups",
             "referrals", "satisfaction", "assessments", "assessment_alerts"}
    assert not moved & station_tables
    assert moved <= clinical_tables
    columns = {r[1] for r in db.all("PRAGMA main.table_info(clients)")}
    assert not {"risk_level", "closing_summary", "last_seen_at"} & columns
    assert db.scalar("SELECT complaint FROM clinical.sessions") == NOTE
    assert db.scalar("SELECT text FROM clinical.session_addenda") == ADDENDUM
    assert db.scalar("SELECT notes FROM clinical.crises") == CRISIS_NOTE
    assert db.scalar("SELECT count(*) FROM clinical.followups") == 1
    assert db.scalar("SELECT reason FROM clinical.referrals") == "迁移前的转介理由"
    assert db.scalar("SELECT comment FROM clinical.satisfaction") == "迁移前的满意度意见"
    assert "迁移前的草稿" in db.scalar("SELECT payload FROM clinical.drafts")
    assert tuple(db.one("SELECT risk_level, closing_summary, last_seen_at"
                        " FROM clinical.client_clinical WHERE client_id = 1")) == \
        ("medium", SUMMARY, db.scalar("SELECT substr(created_at, 1, 10) FROM clients"))
    if version >= 3:
        assert db.scalar("SELECT count(*) FROM clinical.assessments") == 1
        assert db.scalar("SELECT count(*) FROM clinical.assessment_alerts") == 1


def test_recovery_key_sign_in_migrates_too(tmp_path, clock):
    root = tmp_path / "vault-v1"
    recovery, _ = build_vault_at(root, 1, clock)
    with sign_in_recovery(root, recovery, clock=clock) as session:
        assert session.vault.applied_migrations == list(range(2, LATEST + 1))
        assert current_version(session.db) == LATEST
        assert session.has_clinical
        assert maintenance.verify(session).ok


def test_a_receptionist_may_be_the_first_to_sign_in_after_the_upgrade(tmp_path, clock):
    """The split needs no clinical role: whoever signs in first makes clinical.db, and keeps
    none of its key afterwards."""
    root = tmp_path / "vault-v4"
    _, payload = build_vault_at(root, SPLIT_AT, clock)
    with sign_in(root, "front", RECEPTION_PASSWORD, clock=clock) as reception:
        assert not reception.has_clinical
        assert reception.vault.payload == Payload(payload.db_key, payload.audit_key)
        assert current_version(reception.db) == LATEST
        assert maintenance.verify(reception).ok
    with sign_in(root, "lin", COUNSELLOR_PASSWORD, clock=clock) as counsellor:
        assert counsellor.has_clinical
        assert search.note_ids(counsellor, "失眠") == [1]
        assert maintenance.verify(counsellor).ok


def _set_user_version(root: Path, payload: Payload, version: int) -> None:
    conn = sqlcipher3.connect(str(root / "station.db"))
    conn.execute(key_pragma(payload.db_key))
    conn.execute(f"PRAGMA user_version = {version:d}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("ahead", [1, 40])
def test_newer_database_is_refused_and_left_alone(created, vault_dir, clock, ahead):
    session, recovery = created
    payload = session.vault.payload
    session.close()
    _set_user_version(vault_dir, payload, LATEST + ahead)
    before = snapshot(vault_dir)
    with pytest.raises(StationDeskError) as info:
        sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock)
    err = info.value
    assert err.code == "db_newer"
    assert err.params == {"found": LATEST + ahead, "supported": LATEST}
    assert f"数据库版本 {LATEST + ahead}" in err.message() and "请升级" in err.message()
    assert "upgrade" in err.message("en")
    with pytest.raises(StationDeskError) as info:
        sign_in_recovery(vault_dir, recovery, clock=clock)
    assert info.value.code == "db_newer"
    assert snapshot(vault_dir) == before
    # an app that knows the version opens it again (here: put the number back)
    _set_user_version(vault_dir, payload, LATEST)
    with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock) as again:
        assert maintenance.verify(again).ok


@pytest.mark.parametrize("which", ["before-the-split", "newest"])
def test_a_failing_migration_leaves_the_vault_at_its_version(tmp_path, clock, which):
    """Each migration runs in one transaction with its version bump: all or nothing. Tried on
    the newest migration that creates something (tables and indexes share one namespace, so a
    table can block either) that an older vault reaches before the split (`build_vault_at`
    makes no clinical.db), and on the newest of all, on a vault of today put one version back."""
    creating = [m for m in all_migrations()
                if re.findall(r"CREATE (?:TABLE|INDEX) (\w+)", m.sql)]
    last = creating[-1] if which == "newest" else next(
        m for m in reversed(creating) if m.version <= SPLIT_AT)
    created_tables = re.findall(r"CREATE (?:TABLE|INDEX) (\w+)", last.sql)
    root = tmp_path / "vault"
    if last.version - 1 > SPLIT_AT:  # a vault with both compartments, one version back
        payload = _vault_one_version_back(root, clock, created_tables, last.version)
    else:
        _, payload = build_vault_at(root, last.version - 1, clock)
    # something already in the way of the migration's second table, so it fails part-way
    blocker = created_tables[-1]
    conn = sqlcipher3.connect(str(root / "station.db"))
    conn.execute(key_pragma(payload.db_key))
    conn.execute(f"CREATE TABLE {blocker} (x)")
    conn.commit()
    conn.close()
    schema_before = schema_of(root, payload.db_key)
    before = snapshot(root)
    with pytest.raises(StationDeskError) as info:
        sign_in(root, "admin", ADMIN_PASSWORD, clock=clock)
    assert info.value.code in {"db_corrupt", "internal"}
    assert "Traceback" not in info.value.message()
    assert snapshot(root) == before
    assert schema_of(root, payload.db_key) == schema_before
    db = open_database(root / "station.db", payload.db_key)
    try:
        assert current_version(db) == last.version - 1
        if len(created_tables) > 1:  # the tables made before the failure were rolled back too
            assert db.scalar("SELECT count(*) FROM sqlite_master WHERE name = ?",
                             (created_tables[0],)) == 0
    finally:
        db.close()


def _vault_one_version_back(root: Path, clock: FakeClock, made: list[str],
                            version: int) -> Payload:
    """A vault of today's two compartments, put back to the station schema before the newest
    migration (what that migration made dropped, the version set back)."""
    session, _ = create_station(root, PROFILE, "admin", "王站长", ADMIN_PASSWORD, clock=clock)
    payload = session.vault.payload
    session.close()
    conn = sqlcipher3.connect(str(root / "station.db"), isolation_level=None)
    conn.execute(key_pragma(payload.db_key))
    for name in reversed(made):
        kind = conn.execute("SELECT type FROM sqlite_master WHERE name = ?", (name,)).fetchone()
        if kind:
            conn.execute(f"DROP {kind[0].upper()} {name}")
    conn.execute(f"PRAGMA user_version = {version - 1:d}")
    conn.close()
    assert version == LATEST  # only the newest migration's work can be taken back this way
    return payload
