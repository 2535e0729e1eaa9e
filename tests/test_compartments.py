"""The two compartments (storage/vault.py): station.db under the key every slot holds, clinical.db
under a key only clinical roles' slots hold. Each role gets what it may use, a role change seals
or withholds the clinical key, `rekey` rotates both keys, backups and restores carry both files,
an older clinical.db put back is caught, and a receptionist's whole working day runs without the
clinical compartment ever being attached."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
import sqlcipher3

from helpers import expect_error
from station_desk.domain import accounts, maintenance
from station_desk.domain.auth import sign_in, sign_in_recovery
from station_desk.domain.records import (
    activities,
    appointments,
    dashboard,
    files,
    satisfaction,
    search,
    sessions,
)
from station_desk.domain.records.files import ClientInput, open_file
from station_desk.domain.session import Session
from station_desk.storage.database import open_database, raw_key_literal
from station_desk.storage.keyslots import RECOVERY_SLOT, KeySlotFile, user_slot
from station_desk.storage.vault import normalize_recovery_key

ADMIN_PASSWORD = "admin-pass-2026"  # as in conftest.py
LIN_PASSWORD = "lin-pass-2026-x"
HE_PASSWORD = "he-pass-2026-xx"
FRONT_PASSWORD = "front-pass-2026"
NOTE = "来访者谈到夜里反复醒来，担心被裁员，白天注意力难以集中。"


def opens(path: Path, key: bytes | None) -> bool:
    """Whether `key` decrypts the SQLCipher file at `path` (stock sqlcipher3, no app code)."""
    if key is None:
        return False
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = \"{raw_key_literal(key)}\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


@pytest.fixture
def station(created: tuple[Session, str], vault_dir: Path, clock):
    """Admin session on a vault with counsellors lin and he, receptionist front, and one file
    of lin's with a signed session note."""
    session, recovery = created
    accounts.add_user(session, "lin", "林咨询师", "counsellor", LIN_PASSWORD)
    accounts.add_user(session, "he", "何咨询师", "counsellor", HE_PASSWORD)
    accounts.add_user(session, "front", "前台", "receptionist", FRONT_PASSWORD)
    session.close()
    with sign_in(vault_dir, "lin", LIN_PASSWORD, clock=clock) as lin:
        entry = files.register_visitor(lin, ClientInput(name="周明", phone="13800001111"),
                                       consent=(clock().date(), "个体心理辅导", True))
        record = sessions.save_draft(lin, entry.id, sessions.SessionInput(
            session_date=clock().date(), start_time="09:00", end_time="09:50",
            modality="in_person", issues=("work_stress",), complaint=NOTE,
            assessment="评估", intervention="干预", plan="计划"))
        sessions.sign_session(lin, entry.id, record.id, password=LIN_PASSWORD)
    return vault_dir, recovery, entry.id


def payload_of(vault: Path, slot: str, secret: str):
    return KeySlotFile.load(vault / "keyslots.json").unwrap(slot, secret)


def test_each_role_gets_the_keys_it_may_use(station, clock):
    vault, recovery, _ = station
    admin = payload_of(vault, user_slot("admin"), ADMIN_PASSWORD)
    assert admin.clinical_key is not None
    for slot, secret in ((user_slot("lin"), LIN_PASSWORD), (user_slot("he"), HE_PASSWORD),
                         (RECOVERY_SLOT, normalize_recovery_key(recovery))):
        assert payload_of(vault, slot, secret) == admin
    front = payload_of(vault, user_slot("front"), FRONT_PASSWORD)
    assert front.clinical_key is None and front.db_key == admin.db_key
    assert opens(vault / "clinical.db", admin.clinical_key)
    assert not opens(vault / "clinical.db", admin.db_key)  # two files, two keys
    assert not opens(vault / "clinical.db", admin.audit_key)
    with sign_in(vault, "front", FRONT_PASSWORD, clock=clock) as reception:
        assert not reception.has_clinical
        attached = [r[1] for r in reception.db.all("PRAGMA database_list")]
        assert attached == ["main"]
    with sign_in(vault, "lin", LIN_PASSWORD, clock=clock) as counsellor:
        assert counsellor.has_clinical
        assert [r[1] for r in counsellor.db.all("PRAGMA database_list")] == ["main", "clinical"]


def test_a_receptionists_day_runs_without_the_clinical_compartment(station, clock, tmp_path):
    vault, _, client_id = station
    with sign_in(vault, "front", FRONT_PASSWORD, clock=clock) as front:
        entry = files.register_visitor(front, ClientInput(name="吴芳", phone="13900002222"))
        assert files.find_by_number(front, entry.file_no).name == "吴芳"
        found = search.client_ids(front, "周明")
        assert found == [client_id]
        assert [r.name for r in files.directory_rows(front, found)] == ["周明"]
        files.update_basic_details(front, entry.id, ClientInput(name="吴芳", phone="139000033"))
        assert files.basic_details(front, client_id).name == "周明"
        day = clock().date()
        booked = appointments.book_appointment(front, client_id, f"{day.isoformat()}T18:00",
                                               f"{day.isoformat()}T18:50")
        assert booked.client_id == client_id
        activities.log_activity(front, activities.ActivityInput(
            activity_date=day, type="lecture", topic="压力管理讲座", attendees=30))
        board = dashboard.dashboard(front)
        assert board.month is not None and board.month.sessions is None
        assert board.month.new_files == 2
        report = maintenance.verify(front)
        assert report.ok and not report.clinical_checked
        assert set(maintenance.reveal_keys(front)) == {"station"}
        # what reception may not do is refused as before, and what needs the records cabinet
        # says so in one line instead of failing on a missing table
        expect_error("forbidden", search.note_ids, front, "裁员")
        expect_error("forbidden", open_file, front, client_id)
        err = expect_error("no_clinical_key", satisfaction.record_satisfaction, front,
                           {"overall": 5}, client_id=client_id)
        assert "辅导记录库" in err.message() and "clinical records" in err.message("en")
        # the automatic backup of the day, made with this key, still holds both compartments
        backup = maintenance.make_backup(front, reason="daily")
    with zipfile.ZipFile(backup) as zf:
        names = set(zf.namelist())
        raw_clinical = zf.read("clinical.db")
    assert {"station.db", "clinical.db", "keyslots.json"} <= names
    assert raw_clinical == (vault / "clinical.db").read_bytes()  # copied as it lay, encrypted
    restored_into = tmp_path / "restored"
    maintenance.restore_backup(restored_into, backup, "admin", ADMIN_PASSWORD, clock=clock)
    with sign_in(restored_into, "lin", LIN_PASSWORD, clock=clock) as lin:
        assert search.note_ids(lin, "裁员") != []
        assert maintenance.verify(lin).ok


def test_a_role_change_seals_or_withholds_the_clinical_key(station, clock):
    vault, _, _ = station
    with sign_in(vault, "admin", ADMIN_PASSWORD, clock=clock) as admin:
        full = admin.vault.payload
        # front becomes a counsellor: the clinical key is sealed into the slot, no password
        assert accounts.set_role(admin, "front", "counsellor") is False
        assert payload_of(vault, user_slot("front"), FRONT_PASSWORD) == full
        # he stops being a counsellor: the key is withheld
        assert accounts.set_role(admin, "he", "receptionist") is True
        assert payload_of(vault, user_slot("he"), HE_PASSWORD).clinical_key is None
        entry = admin.audit.query(action="account.role", limit=1)[0]
        assert json.loads(entry.detail) == {"from": "counsellor", "to": "receptionist",
                                            "clinical_key": False}
        # lin still holds a file: reassign it first
        err = expect_error("role_has_files", accounts.set_role, admin, "lin", "receptionist")
        assert "重新分配" in err.message()
        # an admin's reset gives a receptionist no clinical key, whatever the admin holds
        accounts.reset_password(admin, "he", "he-new-pass-2026")
        assert payload_of(vault, user_slot("he"), "he-new-pass-2026").clinical_key is None
        accounts.add_user(admin, "desk2", "前台二", "receptionist", "desk2-pass-2026")
        assert payload_of(vault, user_slot("desk2"), "desk2-pass-2026").clinical_key is None
    with sign_in(vault, "front", FRONT_PASSWORD, clock=clock) as front:
        assert front.has_clinical
    with sign_in(vault, "he", "he-new-pass-2026", clock=clock) as he:
        assert not he.has_clinical


def test_rekey_rotates_both_keys_and_a_departed_counsellors_copy_opens_neither(
        station, clock, tmp_path):
    vault, recovery, _ = station
    kept = tmp_path / "he-kept-this.json"  # he copies the slot file before leaving
    shutil.copyfile(vault / "keyslots.json", kept)
    old = KeySlotFile.load(kept).unwrap(user_slot("he"), HE_PASSWORD)
    assert opens(vault / "station.db", old.db_key) and opens(vault / "clinical.db",
                                                             old.clinical_key)
    with sign_in(vault, "admin", ADMIN_PASSWORD, clock=clock) as admin:
        accounts.disable_user(admin, "he")
        maintenance.rekey(admin)
        new = admin.vault.payload
        assert json.loads(admin.audit.query(action="rekey", limit=1)[0].detail)[
            "compartments"] == 2
    assert new.db_key != old.db_key and new.clinical_key != old.clinical_key
    assert new.audit_key == old.audit_key  # the chains stay verifiable
    for key in (old.db_key, old.clinical_key, old.audit_key):
        assert not opens(vault / "station.db", key)
        assert not opens(vault / "clinical.db", key)
    assert opens(vault / "station.db", new.db_key) and opens(vault / "clinical.db",
                                                             new.clinical_key)
    # every remaining slot got the new keys its role holds
    assert payload_of(vault, user_slot("lin"), LIN_PASSWORD) == new
    assert payload_of(vault, RECOVERY_SLOT, normalize_recovery_key(recovery)) == new
    assert payload_of(vault, user_slot("front"), FRONT_PASSWORD) == new.for_slot(clinical=False)
    with sign_in(vault, "lin", LIN_PASSWORD, clock=clock) as lin:
        assert search.note_ids(lin, "裁员") != []
        assert maintenance.verify(lin).ok


def test_backup_and_restore_carry_both_compartments(station, clock, tmp_path):
    vault, recovery, client_id = station
    with sign_in(vault, "admin", ADMIN_PASSWORD, clock=clock) as admin:
        backup = maintenance.make_backup(admin, tmp_path / "backups")
    manifest = json.loads(zipfile.ZipFile(backup).read("manifest.json"))
    assert manifest["version"] == 2
    assert set(manifest["sha256"]) == {"station.db", "clinical.db"}
    anchor = json.loads(zipfile.ZipFile(backup).read("audit-head.json"))
    assert set(anchor["compartments"]) == {"main", "clinical"}
    # after the backup: a second record, then the restore takes both files back
    clock.advance(minutes=5)
    with sign_in(vault, "lin", LIN_PASSWORD, clock=clock) as lin:
        later = sessions.save_draft(lin, client_id, sessions.SessionInput(
            session_date=clock().date(), modality="in_person", complaint="备份之后写的草稿"))
        assert later.id
    maintenance.restore_backup(vault, backup, None, recovery, recovery=True, clock=clock)
    with sign_in(vault, "lin", LIN_PASSWORD, clock=clock) as lin:
        numbers = [r.session_no for r in sessions.list_sessions(lin, client_id)]
        assert numbers == [1]
        assert search.note_ids(lin, "裁员") != []
        assert maintenance.verify(lin).ok
    # a backup missing its clinical.db is refused before anything is replaced
    broken = tmp_path / "broken.sdbak"
    with zipfile.ZipFile(backup) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            if item.filename != "clinical.db":
                dst.writestr(item, src.read(item.filename))
    expect_error("backup_invalid", maintenance.inspect_backup, broken, "admin", ADMIN_PASSWORD)


def test_an_older_clinical_db_put_back_is_refused(station, clock, tmp_path):
    """The clinical chain is anchored under its own name: an old clinical.db beside a current
    station.db is caught by whoever can read it. The receptionist, who cannot, still works."""
    vault, _, client_id = station
    old_copy = tmp_path / "clinical-old.db"
    shutil.copyfile(vault / "clinical.db", old_copy)
    with sign_in(vault, "lin", LIN_PASSWORD, clock=clock) as lin:
        sessions.save_draft(lin, client_id, sessions.SessionInput(
            session_date=clock().date(), modality="in_person", complaint="之后的草稿"))
    shutil.copyfile(old_copy, vault / "clinical.db")
    err = expect_error("db_behind_anchor", sign_in, vault, "lin", LIN_PASSWORD, clock=clock)
    assert "备份" in err.message()
    with sign_in(vault, "front", FRONT_PASSWORD, clock=clock) as front:
        assert maintenance.verify(front).ok


def test_show_key_prints_the_keys_each_account_holds(station, clock):
    """The README's way out: station.db with PRAGMA key, clinical.db with ATTACH … KEY."""
    vault, _, _ = station
    with sign_in(vault, "lin", LIN_PASSWORD, clock=clock) as lin:
        keys = maintenance.reveal_keys(lin)
        assert lin.audit.query(action="key.reveal", limit=1)[0].username == "lin"
    conn = sqlcipher3.connect(str(vault / "station.db"))
    conn.execute(f'PRAGMA key = "{keys["station"]}"')
    conn.execute(f"ATTACH DATABASE '{vault / 'clinical.db'}' AS clinical"
                 f" KEY \"{keys['clinical']}\"")
    assert conn.execute("SELECT c.name, s.complaint FROM clients c JOIN clinical.sessions s"
                        " ON s.client_id = c.id").fetchall() == [("周明", NOTE)]
    conn.close()
    with sign_in(vault, "front", FRONT_PASSWORD, clock=clock) as front:
        assert set(maintenance.reveal_keys(front)) == {"station"}


def test_a_split_cut_off_is_settled_at_the_next_sign_in(tmp_path, clock, monkeypatch):
    """The split of an older vault, killed after station.db dropped its clinical tables but
    before the new slot file was in place: the side file is the truth and is promoted, for a
    receptionist as for a counsellor."""
    from station_desk.storage import vault as vault_module
    from test_migrations import COUNSELLOR_PASSWORD, RECEPTION_PASSWORD, build_vault_at

    root = tmp_path / "old"
    build_vault_at(root, vault_module.SPLIT_AT, clock)

    def killed(*args, **kwargs):
        raise KeyboardInterrupt  # the process dies here: no clean-up runs for it

    with monkeypatch.context() as mp:
        mp.setattr(vault_module, "promote_slots", killed)
        with pytest.raises(KeyboardInterrupt):
            sign_in(root, "front", RECEPTION_PASSWORD, clock=clock)
    assert (root / "keyslots.json.split").exists() and (root / "clinical.db").exists()
    with sign_in(root, "front", RECEPTION_PASSWORD, clock=clock) as front:
        assert not front.has_clinical
    assert not (root / "keyslots.json.split").exists()
    with sign_in(root, "lin", COUNSELLOR_PASSWORD, clock=clock) as lin:
        assert lin.has_clinical and search.note_ids(lin, "失眠") == [1]
        assert maintenance.verify(lin).ok


def test_a_split_cut_off_before_station_db_changed_starts_over(tmp_path, clock):
    """What a kill during the copy leaves (a side file, a half-made clinical.db) is thrown
    away and the split runs again; station.db still had everything."""
    from station_desk.storage.vault import SPLIT_AT
    from test_migrations import COUNSELLOR_PASSWORD, build_vault_at

    root = tmp_path / "old"
    build_vault_at(root, SPLIT_AT, clock)
    shutil.copyfile(root / "keyslots.json", root / "keyslots.json.split")
    (root / "clinical.db").write_bytes(b"half a database" * 100)
    with sign_in(root, "lin", COUNSELLOR_PASSWORD, clock=clock) as lin:
        assert lin.has_clinical and search.note_ids(lin, "失眠") == [1]
        assert maintenance.verify(lin).ok
    assert not (root / "keyslots.json.split").exists()
    db = open_database(root / "station.db",
                       payload_of(root, user_slot("lin"), COUNSELLOR_PASSWORD).db_key)
    try:
        tables = {r[0] for r in db.all("SELECT name FROM sqlite_master")}
    finally:
        db.close()
    assert "sessions" not in tables


def test_recovery_key_holds_the_clinical_key(station, clock):
    vault, recovery, _ = station
    with sign_in_recovery(vault, recovery, clock=clock) as rec:
        assert rec.has_clinical and maintenance.verify(rec).ok
