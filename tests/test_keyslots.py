"""The key-slot file: atomic saves, crashes while writing, per-slot rewrites, the associated data
that binds a slot to its vault and name, and `rekey` including a rekey cut off half-way."""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from helpers import expect_error, snapshot
from station_desk.domain import accounts, maintenance
from station_desk.domain.auth import StationProfile, create_station, sign_in, sign_in_recovery
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.storage import atomic
from station_desk.storage.database import open_database, raw_key_literal
from station_desk.storage.keyslots import RECOVERY_SLOT, KeySlotFile, Payload, user_slot
from station_desk.storage.vault import normalize_recovery_key

ADMIN_PASSWORD = "admin-pass-2026"  # as in conftest.py
ZHANG_PASSWORD = "zhang-pass-2026"
LI_PASSWORD = "li-pass-2026-x"


def opens_with(db_path: Path, payload: Payload) -> bool:
    try:
        db = open_database(db_path, payload.db_key)
    except StationDeskError as err:
        assert err.code == "db_corrupt"
        return False
    db.close()
    return True


@pytest.fixture
def staffed(created: tuple[Session, str]) -> tuple[Session, str]:
    """Open admin session on a vault that also has counsellor 'zhang' and receptionist 'li'."""
    session, recovery = created
    accounts.add_user(session, "zhang", "张咨询师", "counsellor", ZHANG_PASSWORD)
    accounts.add_user(session, "li", "李接待", "receptionist", LI_PASSWORD)
    return session, recovery


# -- atomic saves -------------------------------------------------------------------------------

def test_save_keeps_the_previous_file_as_bak(staffed, vault_dir):
    session = staffed[0]
    slots_path = vault_dir / "keyslots.json"
    previous = slots_path.read_bytes()
    accounts.reset_password(session, "zhang", "zhang-new-pass-1")
    assert (vault_dir / "keyslots.json.bak").read_bytes() == previous
    assert slots_path.read_bytes() != previous
    assert not list(vault_dir.glob("*.tmp"))
    # the .bak is a complete, loadable slot file
    bak = KeySlotFile.load(vault_dir / "keyslots.json.bak")
    assert bak.unwrap(user_slot("zhang"), ZHANG_PASSWORD) == session.vault.payload
    # the file is readable JSON with no secret in clear
    data = json.loads(slots_path.read_text(encoding="utf-8"))
    assert data["format"] == "station-desk-keyslots"
    raw = slots_path.read_bytes()
    for secret in (session.vault.payload.db_key, session.vault.payload.audit_key):
        assert secret not in raw and secret.hex().encode() not in raw


class FailingFile:
    """Like KeePassXC's FailDevice: accepts `limit` bytes, then the disk is 'full'."""

    def __init__(self, fh, limit: int) -> None:
        self._fh = fh
        self._left = limit

    def write(self, data: bytes) -> int:
        if len(data) > self._left:
            self._fh.write(data[: self._left])
            self._fh.flush()
            self._left = 0
            raise OSError(errno.ENOSPC, "No space left on device")
        self._left -= len(data)
        return self._fh.write(data)

    def __getattr__(self, name):
        return getattr(self._fh, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._fh.close()


def _fail_write(monkeypatch, limit: int) -> None:
    real_open = atomic.open_private

    def fake_open(path, *args, **kwargs):
        fh = real_open(path, *args, **kwargs)
        if str(path).endswith("keyslots.json.tmp"):
            return FailingFile(fh, limit)
        return fh

    monkeypatch.setattr(atomic, "open_private", fake_open)


def _fail_call(monkeypatch, module, name: str, when) -> None:
    real = getattr(module, name)

    def fake(*args, **kwargs):
        if when(*args):
            raise OSError(errno.EIO, "Input/output error")
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, fake)


FAILURES = {
    "write-nothing": lambda mp: _fail_write(mp, 0),
    "write-half": lambda mp: _fail_write(mp, 700),
    "fsync": lambda mp: _fail_call(mp, os, "fsync", lambda *a: True),
    "copy-to-bak": lambda mp: _fail_call(mp, atomic, "copy_private", lambda *a: True),
    "replace-bak": lambda mp: _fail_call(mp, os, "replace",
                                         lambda src, dst: str(dst).endswith(".bak")),
    "replace-slots": lambda mp: _fail_call(mp, os, "replace",
                                           lambda src, dst: str(dst).endswith("keyslots.json")),
}


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_failed_write_leaves_the_old_file_working(staffed, vault_dir, clock, monkeypatch,
                                                  failure):
    session = staffed[0]
    slots_path = vault_dir / "keyslots.json"
    before = slots_path.read_bytes()
    with monkeypatch.context() as mp:
        FAILURES[failure](mp)
        with pytest.raises(OSError):
            accounts.change_own_password(session, ADMIN_PASSWORD, "admin-new-pass-1")
    assert slots_path.read_bytes() == before
    assert not list(vault_dir.glob("*.tmp")), sorted(p.name for p in vault_dir.iterdir())
    session.close()
    # the old password opens, the new one (never saved) does not
    expect_error("bad_credentials", sign_in, vault_dir, "admin", "admin-new-pass-1", clock=clock)
    with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock) as again:
        assert maintenance.verify(again).ok
        # the database was not touched either: no 'password changed' entry
        assert again.audit.query(action="account.password") == []


@pytest.mark.parametrize("failure", ["write-half", "replace-slots"])
def test_failed_write_when_adding_an_account_adds_nothing(staffed, vault_dir, clock,
                                                          monkeypatch, failure):
    session = staffed[0]
    with monkeypatch.context() as mp:
        FAILURES[failure](mp)
        with pytest.raises(OSError):
            accounts.add_user(session, "wang", "王接待", "receptionist", "wang-pass-2026")
    assert session.db.scalar("SELECT count(*) FROM users WHERE username = 'wang'") == 0
    session.close()
    expect_error("bad_credentials", sign_in, vault_dir, "wang", "wang-pass-2026", clock=clock)


def test_a_change_that_failed_to_save_is_not_saved_later(staffed, vault_dir, clock,
                                                         monkeypatch):
    """The admin is told the password change failed; a later, unrelated save must not
    quietly write it after all."""
    session = staffed[0]
    with monkeypatch.context() as mp:
        FAILURES["replace-slots"](mp)
        with pytest.raises(OSError):
            accounts.change_own_password(session, ADMIN_PASSWORD, "admin-new-pass-1")
    accounts.reset_password(session, "zhang", "zhang-new-pass-1")
    session.close()
    with sign_in(vault_dir, "zhang", "zhang-new-pass-1", clock=clock):
        pass
    with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock):
        pass


KILL_DURING_SAVE = textwrap.dedent("""\
    import os, signal, sys
    os.environ["STATION_DESK_FAST_KDF"] = "1"
    from station_desk.domain import accounts
    from station_desk.domain.auth import sign_in
    session = sign_in(sys.argv[1], "admin", sys.argv[2])
    real_replace = os.replace
    def dying_replace(src, dst):
        if str(dst).endswith(sys.argv[3]):
            os.kill(os.getpid(), signal.SIGKILL)  # the power goes: no cleanup runs at all
        return real_replace(src, dst)
    os.replace = dying_replace
    accounts.change_own_password(session, sys.argv[2], "admin-new-pass-1")
""")


@pytest.mark.parametrize("dies_at", ["keyslots.json.bak", "keyslots.json"])
def test_process_killed_mid_save(created, vault_dir, tmp_path, clock, dies_at):
    created[0].close()
    before = (vault_dir / "keyslots.json").read_bytes()
    script = tmp_path / "kill_during_save.py"
    script.write_text(KILL_DURING_SAVE, encoding="utf-8")
    env = dict(os.environ, STATION_DESK_FAST_KDF="1")
    done = subprocess.run([sys.executable, str(script), str(vault_dir), ADMIN_PASSWORD, dies_at],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert (vault_dir / "keyslots.json").read_bytes() == before
    # the finished new file may be left beside it; it must not be taken for the real one
    assert (vault_dir / "keyslots.json.tmp").exists()
    expect_error("bad_credentials", sign_in, vault_dir, "admin", "admin-new-pass-1", clock=clock)
    with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock) as session:
        assert maintenance.verify(session).ok
        accounts.change_own_password(session, ADMIN_PASSWORD, "admin-new-pass-2")
    assert not (vault_dir / "keyslots.json.tmp").exists()
    with sign_in(vault_dir, "admin", "admin-new-pass-2", clock=clock):
        pass


# -- per-slot rewrites and associated data ------------------------------------------------------

def test_password_change_rewrites_only_that_slot(staffed, vault_dir, clock):
    session, recovery = staffed
    session.close()
    before = KeySlotFile.load(vault_dir / "keyslots.json")
    with sign_in(vault_dir, "zhang", ZHANG_PASSWORD, clock=clock) as zhang:
        accounts.change_own_password(zhang, ZHANG_PASSWORD, "zhang-new-pass-1")
        expect_error("wrong_password", accounts.change_own_password, zhang, "not-the-old-one",
                     "zhang-new-pass-2")
    after = KeySlotFile.load(vault_dir / "keyslots.json")
    assert after.vault_id == before.vault_id
    assert set(after.slots) == set(before.slots)
    for name in before.slots:
        if name == user_slot("zhang"):
            old_slot, new_slot = before.slots[name], after.slots[name]
            changed = {k for k in old_slot if old_slot[k] != new_slot[k]}
            assert {"salt", "nonce", "wrapped_private", "public", "payload"} <= changed
        else:
            assert after.slots[name] == before.slots[name], name
    expect_error("bad_credentials", sign_in, vault_dir, "zhang", ZHANG_PASSWORD, clock=clock)
    with sign_in(vault_dir, "zhang", "zhang-new-pass-1", clock=clock) as again:
        assert again.audit.query(action="account.password")[0].target == "user:zhang"
    for user, password in (("admin", ADMIN_PASSWORD), ("li", LI_PASSWORD)):
        with sign_in(vault_dir, user, password, clock=clock):
            pass
    with sign_in_recovery(vault_dir, recovery, clock=clock):
        pass


def test_slot_copied_to_another_name_does_not_open(staffed, vault_dir, clock):
    session, _ = staffed
    session.close()
    path = vault_dir / "keyslots.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["slots"]["user:li"] = dict(data["slots"]["user:zhang"])
    data["slots"][RECOVERY_SLOT] = dict(data["slots"]["user:zhang"])
    path.write_text(json.dumps(data), encoding="utf-8")
    slots = KeySlotFile.load(path)
    assert slots.unwrap("user:zhang", ZHANG_PASSWORD) is not None
    assert slots.unwrap("user:li", ZHANG_PASSWORD) is None
    assert slots.unwrap(RECOVERY_SLOT, ZHANG_PASSWORD) is None
    db_before = (vault_dir / "station.db").read_bytes()
    expect_error("bad_credentials", sign_in, vault_dir, "li", ZHANG_PASSWORD, clock=clock)
    expect_error("bad_credentials", sign_in, vault_dir, "li", LI_PASSWORD, clock=clock)
    expect_error("bad_recovery_key", sign_in_recovery, vault_dir, ZHANG_PASSWORD, clock=clock)
    assert (vault_dir / "station.db").read_bytes() == db_before
    with sign_in(vault_dir, "zhang", ZHANG_PASSWORD, clock=clock):
        pass


def test_vault_id_is_bound_into_every_slot(staffed, vault_dir, clock):
    staffed[0].close()
    path = vault_dir / "keyslots.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["vault_id"] = "0" * 32
    path.write_text(json.dumps(data), encoding="utf-8")
    for user, password in (("admin", ADMIN_PASSWORD), ("zhang", ZHANG_PASSWORD)):
        expect_error("bad_credentials", sign_in, vault_dir, user, password, clock=clock)
    expect_error("bad_recovery_key", sign_in_recovery, vault_dir, staffed[1], clock=clock)


@pytest.fixture
def other_vault(tmp_path, clock) -> tuple[Path, str]:
    """A second station whose admin has the same name and password."""
    session, recovery = create_station(tmp_path / "other", StationProfile("另一站", "U-9",
                                                                          "standard"),
                                       "admin", "赵站长", ADMIN_PASSWORD, clock=clock)
    session.close()
    return tmp_path / "other", recovery


def test_slot_file_from_another_vault_does_not_open(created, vault_dir, other_vault, clock):
    created[0].close()
    other, _ = other_vault
    shutil.copyfile(other / "keyslots.json", vault_dir / "keyslots.json")
    before = snapshot(vault_dir)
    # the password opens the other vault's slot, but that key does not open this database
    err = expect_error("db_corrupt", sign_in, vault_dir, "admin", ADMIN_PASSWORD, clock=clock)
    assert "不属于本保险库" in err.message()
    assert snapshot(vault_dir) == before


def test_slot_grafted_from_another_vault_does_not_open(created, vault_dir, other_vault, clock):
    created[0].close()
    other, _ = other_vault
    mine = json.loads((vault_dir / "keyslots.json").read_text(encoding="utf-8"))
    theirs = json.loads((other / "keyslots.json").read_text(encoding="utf-8"))
    mine["slots"]["user:admin"] = theirs["slots"]["user:admin"]
    (vault_dir / "keyslots.json").write_text(json.dumps(mine), encoding="utf-8")
    db_before = (vault_dir / "station.db").read_bytes()
    expect_error("bad_credentials", sign_in, vault_dir, "admin", ADMIN_PASSWORD, clock=clock)
    assert (vault_dir / "station.db").read_bytes() == db_before


# -- rekey ----------------------------------------------------------------------------------------

def test_rekey_retires_old_slot_files(staffed, vault_dir, tmp_path, clock):
    session, recovery = staffed
    kept = tmp_path / "li-kept-this.json"  # li copies the slot file before leaving
    shutil.copyfile(vault_dir / "keyslots.json", kept)
    old = session.vault.payload
    accounts.disable_user(session, "li")
    # without a rekey, the kept copy still unwraps a key that opens the database (the station
    # compartment: a receptionist's slot never had the clinical key)
    assert KeySlotFile.load(kept).unwrap("user:li", LI_PASSWORD) == old.for_slot(clinical=False)
    users_before = session.db.scalar("SELECT count(*) FROM users")
    maintenance.rekey(session)
    new = session.vault.payload
    assert new.db_key != old.db_key and new.audit_key == old.audit_key
    assert new.clinical_key not in (None, old.clinical_key)
    assert not (vault_dir / "keyslots.json.rekey").exists()
    assert session.audit.query(limit=1)[0].action == "rekey"
    session.close()

    db = vault_dir / "station.db"
    assert not opens_with(db, KeySlotFile.load(kept).unwrap("user:li", LI_PASSWORD))
    assert not opens_with(db, KeySlotFile.load(kept).unwrap("user:admin", ADMIN_PASSWORD))
    assert opens_with(db, new)
    # every remaining slot hands out the new key
    current = KeySlotFile.load(vault_dir / "keyslots.json")
    assert set(current.slots) == {"user:admin", "user:zhang", RECOVERY_SLOT}
    assert current.unwrap("user:admin", ADMIN_PASSWORD) == new
    assert current.unwrap("user:zhang", ZHANG_PASSWORD) == new
    assert current.unwrap(RECOVERY_SLOT, normalize_recovery_key(recovery)) == new

    for user, password in (("admin", ADMIN_PASSWORD), ("zhang", ZHANG_PASSWORD)):
        with sign_in(vault_dir, user, password, clock=clock) as again:
            assert again.db.scalar("SELECT count(*) FROM users") == users_before
    with sign_in_recovery(vault_dir, recovery, clock=clock) as rec:
        report = maintenance.verify(rec)
        assert report.ok, report  # the audit chain survives: its key was kept

    # putting the old copy back gets li (or anyone) nowhere, and changes nothing
    current_bytes = (vault_dir / "keyslots.json").read_bytes()
    shutil.copyfile(kept, vault_dir / "keyslots.json")
    before = snapshot(vault_dir)
    expect_error("db_corrupt", sign_in, vault_dir, "li", LI_PASSWORD, clock=clock)
    expect_error("db_corrupt", sign_in, vault_dir, "admin", ADMIN_PASSWORD, clock=clock)
    assert snapshot(vault_dir) == before
    (vault_dir / "keyslots.json").write_bytes(current_bytes)
    with sign_in(vault_dir, "zhang", ZHANG_PASSWORD, clock=clock):
        pass


def _rekey_by_hand(session: Session, stop_after: str) -> Payload:
    """maintenance.rekey's steps, cut off after `stop_after`, then the process 'dies'
    (the connection just closes: no sign-out entry, no clean-up)."""
    old = session.vault.payload
    fresh = Payload.generate()
    new = Payload(fresh.db_key, old.audit_key, fresh.clinical_key)
    paths = session.vault.paths
    staged = session.vault.slots.copy_to(paths.pending_rekey_slots)
    for name in staged.slots:
        staged.seal(name, new.for_slot(clinical=name != "user:li"))
    staged.save(keep_previous=False)
    if stop_after != "side-file":
        session.db.execute(f'PRAGMA clinical.rekey = "{raw_key_literal(new.clinical_key)}"')
    if stop_after in ("pragma-rekey", "slot-file"):
        session.db.execute(f'PRAGMA rekey = "{raw_key_literal(new.db_key)}"')
        if stop_after == "slot-file":
            staged.path = paths.slots
            staged.save()
    session.vault.db.close()
    session.vault.lock.release()
    return new


@pytest.mark.parametrize("stop_after", ["side-file", "clinical-rekey", "pragma-rekey",
                                        "slot-file"])
@pytest.mark.parametrize("who", ["zhang", "recovery"])
def test_interrupted_rekey_is_settled_at_next_sign_in(staffed, vault_dir, clock, stop_after,
                                                      who):
    """Clinical.db is rekeyed first, then station.db: whoever holds both keys (a counsellor,
    the recovery key) finds the vault in one of four states and settles it."""
    session, recovery = staffed
    old = session.vault.payload
    slots_before = (vault_dir / "keyslots.json").read_bytes()
    new = _rekey_by_hand(session, stop_after)
    side = vault_dir / "keyslots.json.rekey"
    assert side.exists()
    reached_db = stop_after in ("pragma-rekey", "slot-file")
    reached_clinical = stop_after != "side-file"
    db, clinical = vault_dir / "station.db", vault_dir / "clinical.db"
    assert opens_with(db, new) is reached_db and opens_with(db, old) is not reached_db
    assert opens_with(clinical, Payload(new.clinical_key, b"")) is reached_clinical
    if stop_after == "pragma-rekey":
        # a wrong password meanwhile is counted in the (old) slot file and kept
        expect_error("bad_credentials", sign_in, vault_dir, "admin", "wrong-password",
                     clock=clock)
    if stop_after == "clinical-rekey":
        # a receptionist cannot tell whether clinical.db moved on: she opens the station
        # compartment with the key she has and leaves the side file for a clinical role
        with sign_in(vault_dir, "li", LI_PASSWORD, clock=clock) as li:
            assert li.vault.payload == old.for_slot(clinical=False) and not li.has_clinical
        assert side.exists()

    opened = (sign_in_recovery(vault_dir, recovery, clock=clock) if who == "recovery"
              else sign_in(vault_dir, "zhang", ZHANG_PASSWORD, clock=clock))
    with opened as s:
        assert not side.exists()
        assert s.vault.payload == (new if reached_clinical else old)
        assert s.has_clinical
        assert maintenance.verify(s).ok
        if stop_after == "pragma-rekey":
            failed = s.audit.query(action="signin.failed")
            assert [e.username for e in failed] == ["admin"]
    if stop_after == "side-file":  # the slots as they were (zhang's first sign-in aside,
        # which gave the slot its record key)
        assert _without_record_keys(vault_dir / "keyslots.json") == \
            _without_record_keys(slots_before)
    # whatever happened, every account and the recovery key open the vault afterwards
    expected = new if reached_clinical else old
    current = KeySlotFile.load(vault_dir / "keyslots.json")
    assert current.unwrap("user:admin", ADMIN_PASSWORD) == expected
    assert current.unwrap("user:li", LI_PASSWORD) == expected.for_slot(clinical=False)
    assert current.unwrap(RECOVERY_SLOT, normalize_recovery_key(recovery)) == expected
    for user, password in (("admin", ADMIN_PASSWORD), ("li", LI_PASSWORD),
                           ("zhang", ZHANG_PASSWORD)):
        with sign_in(vault_dir, user, password, clock=clock):
            pass
    assert not list(vault_dir.glob("*.rekey"))


# -- a damaged slot is named as damaged -----------------------------------------------------------

def _flip_bit(vault_dir: Path, slot_name: str, field: str) -> None:
    import base64

    path = vault_dir / "keyslots.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    raw = bytearray(base64.b64decode(data["slots"][slot_name][field]))
    raw[len(raw) // 2] ^= 0x10
    data["slots"][slot_name][field] = base64.b64encode(bytes(raw)).decode()
    path.write_text(json.dumps(data), encoding="utf-8")


def test_a_damaged_slot_is_reported_as_damaged_until_an_admin_resets_it(staffed, vault_dir,
                                                                        clock):
    """A bit flip in one slot's ciphertext: that account hears "damaged" (with the right or a
    wrong password), the others and the recovery key still open, a rekey does not paper over
    the damage with a fresh checksum, and a password reset repairs the slot."""
    session, recovery = staffed
    session.close()
    _flip_bit(vault_dir, "user:zhang", "wrapped_private")
    for password in (ZHANG_PASSWORD, "not-the-password"):
        err = expect_error("keyslot_damaged", sign_in, vault_dir, "zhang", password,
                           clock=clock)
        assert "账户 zhang" in err.message() and "不是密码错误" in err.message()
        assert "keyslots.json.bak" in err.message() and "恢复密钥" in err.message()
        assert "account zhang" in err.message("en") and "backup" in err.message("en")
    with sign_in_recovery(vault_dir, recovery, clock=clock) as rescue:
        maintenance.rekey(rescue)  # reseals every slot, zhang's too
    expect_error("keyslot_damaged", sign_in, vault_dir, "zhang", ZHANG_PASSWORD, clock=clock)
    with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock) as admin:
        accounts.reset_password(admin, "zhang", "zhang-new-pass-1")
    with sign_in(vault_dir, "zhang", "zhang-new-pass-1", clock=clock) as zhang:
        assert maintenance.verify(zhang).ok


def test_a_damaged_recovery_slot_says_to_make_a_new_recovery_key(staffed, vault_dir, clock):
    session, recovery = staffed
    session.close()
    _flip_bit(vault_dir, RECOVERY_SLOT, "salt")
    err = expect_error("keyslot_damaged", sign_in_recovery, vault_dir, recovery, clock=clock)
    assert "恢复密钥的密钥槽已损坏" in err.message()
    assert "new recovery key" in err.message("en")
    with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock):
        pass


def _without_record_keys(source: Path | bytes) -> dict:
    data = json.loads(source.read_bytes() if isinstance(source, Path) else source)
    for slot in data["slots"].values():
        for field in ("record_ephemeral", "record_nonce", "record", "check"):
            slot.pop(field, None)
    return data
