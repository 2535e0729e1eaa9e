"""Opening a vault: sign-in, the lockout policy, and every way a vault folder can be wrong.

Real SQLCipher and Argon2id (cheap parameters via STATION_DESK_FAST_KDF). Each failure must
carry its stable code and a filled-in Chinese message, and must leave every file in the vault
as it was (hashed before and after), except the sign-in counters a wrong password is meant to
record in the key-slot file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from helpers import snapshot
from station_desk.domain import accounts, maintenance, signin_policy
from station_desk.domain.auth import StationProfile, create_station, sign_in, sign_in_recovery
from station_desk.domain.clock import FakeClock
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.storage.keyslots import SLOT_FIELDS, KeySlotFile, slot_check, user_slot

ADMIN_PASSWORD = "admin-pass-2026"  # as in conftest.py
ZHANG_PASSWORD = "zhang-pass-2026"
PAGE = 4096  # SQLCipher 4 default page size
CJK = re.compile(r"[\u4e00-\u9fff]")
RECOVERY_KEY_RE = re.compile(r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$")


# -- helpers ------------------------------------------------------------------------------------

def expect_error(code: str, fn, *args, **kwargs) -> StationDeskError:
    with pytest.raises(StationDeskError) as info:
        fn(*args, **kwargs)
    err = info.value
    assert err.code == code, f"expected {code}, got {err.code}: {err.message('en')}"
    zh = err.message()
    assert CJK.search(zh), zh
    assert "{" not in zh and "{" not in err.message("en"), "a placeholder was left unfilled"
    return err


def slot_of(root: Path, username: str) -> dict:
    return KeySlotFile.load(root / "keyslots.json").slots[user_slot(username)]


def crypto_fields(slots: KeySlotFile) -> dict[str, dict[str, str]]:
    return {name: {f: slot[f] for f in (*SLOT_FIELDS, "kdf")} for name, slot in slots.slots.items()}


def flip_bytes(path: Path, offset: int, count: int = 16) -> None:
    data = bytearray(path.read_bytes())
    for i in range(offset, offset + count):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.fixture
def closed(created: tuple[Session, str], vault_dir: Path) -> Path:
    """A fresh vault with only the admin, closed so it can be opened again."""
    created[0].close()
    return vault_dir


@pytest.fixture
def staffed(created: tuple[Session, str], vault_dir: Path) -> Path:
    """Admin plus counsellor 'zhang', closed."""
    session = created[0]
    accounts.add_user(session, "zhang", "张咨询师", "counsellor", ZHANG_PASSWORD)
    session.close()
    return vault_dir


# -- create and sign in -------------------------------------------------------------------------

def test_create_then_sign_in_with_password_and_recovery_key(created, vault_dir, clock):
    session, recovery = created
    assert RECOVERY_KEY_RE.match(recovery)
    assert session.user.username == "admin" and session.user.role.value == "admin"
    session.close()
    names = {p.name for p in vault_dir.iterdir()}
    assert {"station.db", "keyslots.json", "vault.lock"} <= names
    assert not any(n.endswith(".tmp") for n in names)
    if os.name == "posix":
        assert vault_dir.stat().st_mode & 0o777 == 0o700
        assert (vault_dir / "station.db").stat().st_mode & 0o777 == 0o600
    # the recovery key is never stored in clear
    for path in vault_dir.iterdir():
        assert recovery.encode() not in path.read_bytes()
        assert recovery.replace("-", "").encode() not in path.read_bytes()

    with sign_in(vault_dir, "  ADMIN ", ADMIN_PASSWORD, clock=clock) as again:
        assert again.user.username == "admin"
        assert again.db.scalar("SELECT name FROM station") == "示例职工心理健康服务站"
        actions = [e.action for e in again.audit.query()]
        assert actions[0] == "signin" and actions[-1] == "vault.create"
    # typed sloppily: lower case, spaces instead of dashes
    typed = recovery.lower().replace("-", " ")
    with sign_in_recovery(vault_dir, typed, clock=clock) as rec:
        assert rec.is_recovery
        assert rec.audit.query(limit=1)[0].action == "signin.recovery"
        assert maintenance.verify(rec).ok


def test_wrong_password_and_unknown_user_look_the_same(staffed, clock):
    root = staffed
    db_before = hashlib.sha256((root / "station.db").read_bytes()).hexdigest()
    crypto_before = crypto_fields(KeySlotFile.load(root / "keyslots.json"))

    wrong = expect_error("bad_credentials", sign_in, root, "zhang", "not-her-password",
                         clock=clock)
    unknown = expect_error("bad_credentials", sign_in, root, "nobody-here", "whatever-123",
                           clock=clock)
    bad_name = expect_error("bad_credentials", sign_in, root, "张 三!", "whatever-123",
                            clock=clock)
    assert wrong.message() == unknown.message() == bad_name.message() == "用户名或密码不正确。"
    assert wrong.message("en") == unknown.message("en")
    assert wrong.params == unknown.params == {}

    # nothing in the database changed; the slot file only counts the failure
    assert hashlib.sha256((root / "station.db").read_bytes()).hexdigest() == db_before
    after = KeySlotFile.load(root / "keyslots.json")
    assert crypto_fields(after) == crypto_before
    assert after.slots[user_slot("zhang")]["failures"] == 1
    assert "user:nobody-here" not in after.slots
    assert [e["username"] for e in after.pending] == ["zhang", "?", "?"]
    # and the right password still works
    with sign_in(root, "zhang", ZHANG_PASSWORD, clock=clock) as session:
        assert session.user.username == "zhang"
    assert slot_of(root, "zhang")["failures"] == 0


def test_growing_delays_then_fifteen_minute_lock(staffed, clock: FakeClock):
    root = staffed
    delays = []
    for attempt in range(1, signin_policy.LOCK_AFTER + 1):
        expect_error("bad_credentials", sign_in, root, "zhang", f"wrong-{attempt}", clock=clock)
        slot = slot_of(root, "zhang")
        assert slot["failures"] == attempt
        delay = slot["retry_after"] - int(clock().timestamp())
        delays.append(delay)
        if attempt == signin_policy.LOCK_AFTER:
            break
        if delay:
            # too early: refused before the password is even tried, and not counted
            err = expect_error("retry_later", sign_in, root, "zhang", ZHANG_PASSWORD,
                               clock=clock)
            assert err.params["seconds"] == delay
            assert f"{delay} 秒" in err.message()
            clock.advance(seconds=delay - 1)
            err = expect_error("retry_later", sign_in, root, "zhang", ZHANG_PASSWORD,
                               clock=clock)
            assert err.params["seconds"] == 1
            assert slot_of(root, "zhang")["failures"] == attempt
            clock.advance(seconds=1)
    assert delays == [0, 0, 2, 4, 8, 16, 30, 30, 30, 30]

    # ten failures: locked for 15 minutes, even with the right password
    err = expect_error("account_locked", sign_in, root, "zhang", ZHANG_PASSWORD, clock=clock)
    assert err.params["minutes"] == 15
    assert "zhang" in err.message() and "15 分钟" in err.message()
    clock.advance(minutes=14, seconds=59)
    err = expect_error("account_locked", sign_in, root, "zhang", ZHANG_PASSWORD, clock=clock)
    assert err.params["minutes"] == 1
    assert slot_of(root, "zhang")["failures"] == signin_policy.LOCK_AFTER
    # the lock is per account: the admin is not affected
    with sign_in(root, "admin", ADMIN_PASSWORD, clock=clock):
        pass
    clock.advance(seconds=1)
    with sign_in(root, "zhang", ZHANG_PASSWORD, clock=clock) as session:
        assert session.user.username == "zhang"
        failed = session.audit.query(action="signin.failed", limit=100)
        assert len(failed) == signin_policy.LOCK_AFTER
        assert {e.username for e in failed} == {"zhang"}
    slot = slot_of(root, "zhang")
    assert (slot["failures"], slot["retry_after"], slot["locked_until"]) == (0, 0, 0)


def _lock_out(root: Path, username: str, clock: FakeClock) -> None:
    for attempt in range(signin_policy.LOCK_AFTER):
        clock.advance(seconds=signin_policy.MAX_DELAY)
        expect_error("bad_credentials", sign_in, root, username, f"wrong-{attempt}", clock=clock)
    expect_error("account_locked", sign_in, root, username, "anything-at-all", clock=clock)


def test_admin_unlocks_a_locked_account(staffed, clock):
    root = staffed
    _lock_out(root, "zhang", clock)
    with sign_in(root, "admin", ADMIN_PASSWORD, clock=clock) as admin:
        accounts.unlock_account(admin, "zhang")
        assert admin.audit.query(limit=1)[0].action == "account.unlock"
        assert admin.audit.query(limit=1)[0].target == "user:zhang"
    with sign_in(root, "zhang", ZHANG_PASSWORD, clock=clock) as session:
        assert session.user.username == "zhang"


def test_recovery_key_signs_in_while_the_only_admin_is_locked(created, vault_dir, clock):
    session, recovery = created
    session.close()
    _lock_out(vault_dir, "admin", clock)
    with sign_in_recovery(vault_dir, recovery, clock=clock) as rec:
        assert rec.is_recovery and rec.user.role.value == "admin"
        accounts.unlock_account(rec, "admin")
    with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock) as admin:
        assert admin.user.username == "admin"
    expect_error("bad_recovery_key", sign_in_recovery, vault_dir, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"
                 "-GGGG-HHHH", clock=clock)


def test_disabled_account_cannot_sign_in(created, vault_dir, tmp_path, clock):
    session = created[0]
    accounts.add_user(session, "zhang", "张咨询师", "counsellor", ZHANG_PASSWORD)
    kept = tmp_path / "kept-keyslots.json"
    shutil.copyfile(vault_dir / "keyslots.json", kept)
    accounts.disable_user(session, "zhang")
    # the app's own .bak right after the disable is the file from before it
    assert user_slot("zhang") in KeySlotFile.load(vault_dir / "keyslots.json.bak").slots
    session.close()
    root = vault_dir
    # Disabling removes the slot and remembers the name, so sign-in says why it refuses.
    err = expect_error("account_disabled", sign_in, root, "zhang", ZHANG_PASSWORD, clock=clock)
    assert "已停用" in err.message()
    # A reset re-enables the account with a new password.
    with sign_in(root, "admin", ADMIN_PASSWORD, clock=clock) as again:
        accounts.reset_password(again, "zhang", "zhang-new-pass-1")
    sign_in(root, "zhang", "zhang-new-pass-1", clock=clock).close()
    with sign_in(root, "admin", ADMIN_PASSWORD, clock=clock) as again:
        accounts.disable_user(again, "zhang")
    # A slot file from before the disable (a copy someone kept, or that .bak) still
    # unwraps, but the account row says disabled.
    shutil.copyfile(kept, root / "keyslots.json")
    assert user_slot("zhang") in KeySlotFile.load(root / "keyslots.json").slots
    before = snapshot(root)
    err = expect_error("account_disabled", sign_in, root, "zhang", ZHANG_PASSWORD, clock=clock)
    assert "zhang" in err.message() and "已停用" in err.message()
    assert snapshot(root) == before


# -- folders that are not (whole) vaults --------------------------------------------------------

@pytest.mark.parametrize("contents", ["empty", "random-files"])
def test_not_a_vault_folder(tmp_path, clock, contents):
    folder = tmp_path / "folder"
    folder.mkdir()
    if contents == "random-files":
        (folder / "说明.txt").write_text("这里不是保险库", encoding="utf-8")
        (folder / "random.bin").write_bytes(os.urandom(8192))
    before = snapshot(folder)
    err = expect_error("not_a_vault", sign_in, folder, "admin", ADMIN_PASSWORD, clock=clock)
    assert "不是 Station Desk 保险库" in err.message() and str(folder) in err.message()
    expect_error("not_a_vault", sign_in_recovery, folder, "AAAA-" * 7 + "AAAA", clock=clock)
    assert snapshot(folder) == before
    assert not (folder / "vault.lock").exists()


def test_missing_folder(tmp_path, clock):
    err = expect_error("vault_missing", sign_in, tmp_path / "nope", "admin", ADMIN_PASSWORD,
                       clock=clock)
    assert "找不到保险库目录" in err.message()
    assert not (tmp_path / "nope").exists()


def _plain_sqlite(path: Path) -> None:
    conn = sqlcipher3.connect(str(path))  # no key: an ordinary SQLite file
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, username TEXT)")
    conn.execute("INSERT INTO users (username) VALUES ('admin')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("kind", ["other-vault", "plain-sqlite", "text-file"])
def test_foreign_file_as_station_db(closed, tmp_path, clock, kind):
    root = closed
    target = root / "station.db"
    if kind == "other-vault":
        other, _ = create_station(tmp_path / "other", StationProfile("另一个服务站", "U-2",
                                                                    "standard"),
                                  "admin", "王站长", ADMIN_PASSWORD, clock=clock)
        other.close()
        shutil.copyfile(tmp_path / "other" / "station.db", target)
    elif kind == "plain-sqlite":
        target.unlink()
        _plain_sqlite(target)
    else:
        target.write_text("SQLite format 3\0 — 其实只是一段文字\n" * 300, encoding="utf-8")
    before = snapshot(root)
    err = expect_error("db_corrupt", sign_in, root, "admin", ADMIN_PASSWORD, clock=clock)
    assert "数据库文件已损坏或不属于本保险库" in err.message()
    # one sentence a person can act on: none of SQLite's own words, in either language
    for text in (err.message(), err.message("en")):
        assert "not a database" not in text and "malformed" not in text, text
    assert snapshot(root) == before


@pytest.mark.parametrize("size", ["empty", "100-bytes", "one-page", "half", "all-but-last-page",
                                  "one-byte-short"])
def test_truncated_database(closed, clock, size):
    root = closed
    db = root / "station.db"
    full = db.stat().st_size
    pages = full // PAGE
    assert pages > 4 and full % PAGE == 0
    keep = {"empty": 0, "100-bytes": 100, "one-page": PAGE, "half": pages // 2 * PAGE,
            "all-but-last-page": (pages - 1) * PAGE, "one-byte-short": full - 1}[size]
    with open(db, "r+b") as fh:
        fh.truncate(keep)
    if size == "one-byte-short":
        # The cut-off last page is not read by a sign-in; verify names it.
        caught = _damage_detected(root, clock)
        assert caught == "sign-in" or "page" in caught, caught
        return
    before = snapshot(root)
    err = expect_error("db_corrupt", sign_in, root, "admin", ADMIN_PASSWORD, clock=clock)
    assert "未做任何修改" in err.message()
    assert snapshot(root) == before
    # an empty file in particular is never taken for a new database and filled
    assert (root / "station.db").stat().st_size == keep


def _damage_detected(root: Path, clock) -> str:
    """Open and verify; returns where the damage was caught. Either sign-in refuses with
    db_corrupt and nothing changed, or verify reports it."""
    before = snapshot(root)
    try:
        session = sign_in(root, "admin", ADMIN_PASSWORD, clock=clock)
    except StationDeskError as err:
        assert err.code == "db_corrupt", err.message("en")
        assert CJK.search(err.message())
        assert snapshot(root) == before
        return "sign-in"
    with session:
        try:
            report = maintenance.verify(session)
        except StationDeskError as err:  # the audit table itself sits on the damaged page
            assert err.code == "db_corrupt", err.message("en")
            return "verify-raised"
        assert not report.ok
        assert report.integrity_problems, report
        assert session.audit.query(action="verify", limit=1) == []
        return "verify:" + report.integrity_problems[0]


@pytest.mark.parametrize("where", ["first", "second", "middle", "last"])
def test_byte_flipped_page(created, vault_dir, clock, where):
    session = created[0]
    for i in range(30):  # some bulk so pages are full of real rows
        accounts.add_user(session, f"user{i:02d}", f"职工{i}", "receptionist", ZHANG_PASSWORD)
    session.close()
    db = vault_dir / "station.db"
    pages = db.stat().st_size // PAGE
    page = {"first": 0, "second": 1, "middle": pages // 2, "last": pages - 1}[where]
    flip_bytes(db, page * PAGE + PAGE // 2)
    caught = _damage_detected(vault_dir, clock)
    if where == "first":
        assert caught == "sign-in"
    if caught.startswith("verify:"):
        assert f"page {page + 1}" in caught or "integrity_check" in caught


def test_every_page_flip_is_caught(closed, tmp_path, clock):
    """Like SQLCipher's own corruption tests: each page of a closed vault in turn."""
    pristine = tmp_path / "pristine"
    shutil.copytree(closed, pristine)
    pages = (pristine / "station.db").stat().st_size // PAGE
    outcomes = set()
    for page in range(pages):
        shutil.rmtree(closed)
        shutil.copytree(pristine, closed)
        flip_bytes(closed / "station.db", page * PAGE + PAGE // 2, 4)
        outcomes.add(_damage_detected(closed, clock).split(":")[0])
    assert "sign-in" in outcomes and outcomes <= {"sign-in", "verify", "verify-raised"}


# -- the key-slot file --------------------------------------------------------------------------

def test_missing_keyslot_file(created, vault_dir, clock):
    session, recovery = created
    session.close()
    (vault_dir / "keyslots.json").unlink()
    before = snapshot(vault_dir)
    err = expect_error("keyslots_missing", sign_in, vault_dir, "admin", ADMIN_PASSWORD,
                       clock=clock)
    assert "密钥槽文件缺失" in err.message()
    expect_error("keyslots_missing", sign_in_recovery, vault_dir, recovery, clock=clock)
    assert snapshot(vault_dir) == before


def _mutate_json(path: Path, change) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def _set_admin(field, value):
    return lambda d: d["slots"]["user:admin"].__setitem__(field, value)


SLOT_DAMAGE = {
    "cut-in-half": lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 2]),
    "empty": lambda p: p.write_bytes(b""),
    "random-bytes": lambda p: p.write_bytes(os.urandom(600)),
    "not-utf8": lambda p: p.write_bytes(b"\xff\xfe\x00{" + p.read_bytes()),
    "json-list": lambda p: p.write_text("[1, 2, 3]"),
    "wrong-format": lambda p: _mutate_json(p, lambda d: d.__setitem__("format", "keepass")),
    "future-version": lambda p: _mutate_json(p, lambda d: d.__setitem__("version", 99)),
    "slots-not-a-dict": lambda p: _mutate_json(p, lambda d: d.__setitem__("slots", [])),
    "slot-not-a-dict": lambda p: _mutate_json(p, lambda d: d["slots"].__setitem__("user:admin",
                                                                                   "x")),
    "kdf-not-a-dict": lambda p: _mutate_json(p, _set_admin("kdf", [1, 2])),
    "pending-not-a-list": lambda p: _mutate_json(p, lambda d: d.__setitem__("pending", "abc")),
    "no-vault-id": lambda p: _mutate_json(p, lambda d: d.pop("vault_id")),
    "bad-base64": lambda p: _mutate_json(p, _set_admin("salt", "!!not base64!!")),
    "missing-field": lambda p: _mutate_json(p, lambda d: d["slots"]["user:admin"].pop("payload")),
    "kdf-too-weak": lambda p: _mutate_json(p, _set_admin("kdf", {"name": "argon2id", "t": 1,
                                                                 "m": 1, "p": 1})),
    "kdf-not-argon2": lambda p: _mutate_json(p, _set_admin("kdf", {"name": "pbkdf2", "t": 1,
                                                                   "m": 8192, "p": 1})),
    # base64 that decodes, to the wrong length
    "short-salt": lambda p: _mutate_json(p, _set_admin("salt", "AAAAAAAAAAA=")),
    "long-public": lambda p: _mutate_json(p, _set_admin("public", "A" * 64)),
    "payload-no-tag": lambda p: _mutate_json(p, _set_admin("payload", "AAAA")),
    "short-check": lambda p: _mutate_json(p, _set_admin("check", "AAAA")),
}


@pytest.mark.parametrize("damage", sorted(SLOT_DAMAGE))
def test_corrupted_keyslot_file(created, vault_dir, clock, damage):
    session, recovery = created
    session.close()
    SLOT_DAMAGE[damage](vault_dir / "keyslots.json")
    before = snapshot(vault_dir)
    err = expect_error("keyslots_corrupt", sign_in, vault_dir, "admin", ADMIN_PASSWORD,
                       clock=clock)
    assert "密钥槽文件已损坏" in err.message()
    assert "keyslots.json.bak" in err.message() and "备份" in err.message()
    expect_error("keyslots_corrupt", sign_in, vault_dir, "admin", "wrong-password", clock=clock)
    expect_error("keyslots_corrupt", sign_in_recovery, vault_dir, recovery, clock=clock)
    assert snapshot(vault_dir) == before


def test_altered_sealed_payload_is_named_corrupt(closed, clock):
    """The password opens the slot's private key, but the sealed payload was changed on
    purpose (the unkeyed checksum recomputed to match, as anyone can)."""
    import base64

    def flip_payload(data):
        slot = data["slots"]["user:admin"]
        raw = bytearray(base64.b64decode(slot["payload"]))
        raw[5] ^= 0x01
        slot["payload"] = base64.b64encode(bytes(raw)).decode()
        slot["check"] = slot_check(slot)

    _mutate_json(closed / "keyslots.json", flip_payload)
    before = snapshot(closed)
    expect_error("keyslots_corrupt", sign_in, closed, "admin", ADMIN_PASSWORD, clock=clock)
    assert snapshot(closed) == before


# -- read-only folder (tests run as root, so chmod alone would not stop a write) ------------------

# Everything the command reads from the checkout (code and seed data) is read while still
# root: the checkout may sit in a folder user 'nobody' cannot enter (a clone under a private
# temporary folder), and what this test is about is the vault folder, not the checkout.
CLI_AS_NOBODY = textwrap.dedent("""\
    import importlib, os, pkgutil, sys
    import station_desk
    from station_desk.cli import main as cli_main
    cli_main.build_parser()  # import every command module while still root
    import ctypes, getpass, resource  # noqa: F401  (used after the switch)
    skip = ("station_desk.ui", "station_desk.app_main", "station_desk.selftest",
            "station_desk.bench", "station_desk.tools", "station_desk.__main__")
    for info in pkgutil.walk_packages(station_desk.__path__, "station_desk."):
        if not info.name.startswith(skip):
            importlib.import_module(info.name)
    from station_desk import paths
    from station_desk.domain import vocab
    paths.repo_root(); vocab.load_vocabularies(); vocab.load_tier_checklist()
    os.setgroups([]); os.setgid(65534); os.setuid(65534)
    raise SystemExit(cli_main.main(sys.argv[1:]))
""")


def _cli_env() -> dict[str, str]:
    env = dict(os.environ)
    env["STATION_DESK_FAST_KDF"] = "1"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _ro_mount_works(probe: Path) -> bool:
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return False
    probe.mkdir()
    script = 'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" && ! touch "$1/x"'
    try:
        done = subprocess.run(["unshare", "-m", "sh", "-c", script, "sh", str(probe)],
                              capture_output=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0 and not (probe / "x").exists()


@pytest.fixture
def world_readable_vault(clock) -> Iterator[Path]:
    """A vault under /tmp that user 'nobody' can reach and read but not write."""
    parent = Path(tempfile.mkdtemp(prefix="station-desk-ro-", dir="/tmp"))
    try:
        root = parent / "vault"
        session, _ = create_station(root, StationProfile("只读测试站", "U-RO", "basic_1"),
                                    "admin", "王站长", ADMIN_PASSWORD, clock=clock)
        session.close()
        os.chmod(parent, 0o755)
        os.chmod(root, 0o755)
        for path in root.iterdir():
            os.chmod(path, 0o644)
        yield root
    finally:
        shutil.rmtree(parent, ignore_errors=True)


@pytest.mark.parametrize("how", ["read-only-mount", "not-owner"])
def test_read_only_folder(world_readable_vault, tmp_path, how):
    root = world_readable_vault
    if how == "read-only-mount":
        if not _ro_mount_works(tmp_path / "probe"):
            pytest.skip("no private mount namespace here (needs unshare -m and mount rights)")
        prefix = ["unshare", "-m", "sh", "-c",
                  'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" && shift && exec "$@"',
                  "sh", str(root), sys.executable, "-m", "station_desk"]
    else:
        if not hasattr(os, "setuid") or os.geteuid() != 0:
            pytest.skip("switching to user 'nobody' needs root")
        helper = tmp_path / "as_nobody.py"
        helper.write_text(CLI_AS_NOBODY, encoding="utf-8")
        prefix = [sys.executable, str(helper)]
    before = snapshot(root)
    for args, password, lang in (
            (["verify"], ADMIN_PASSWORD, "zh"),
            (["verify"], "wrong-password", "zh"),
            (["users", "list"], ADMIN_PASSWORD, "en")):
        extra = ["--lang", "en"] if lang == "en" else []
        done = subprocess.run(
            [*prefix, *args, "--vault", str(root), "--user", "admin", "--password-stdin", *extra],
            input=password + "\n", capture_output=True, text=True, env=_cli_env(), timeout=60)
        assert done.returncode == 1, done
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
        if lang == "zh":
            assert "保险库目录不可写" in lines[0] and str(root) in lines[0]
        else:
            assert "not writable" in lines[0]
        assert done.stdout == ""
    assert snapshot(root) == before


# -- one instance per vault --------------------------------------------------------------------

def test_second_instance_is_refused_while_a_session_is_open(created, vault_dir, clock):
    session, recovery = created
    before = snapshot(vault_dir)
    err = expect_error("in_use", sign_in, vault_dir, "admin", ADMIN_PASSWORD, clock=clock)
    assert err.params["pid"] == str(os.getpid())
    assert str(os.getpid()) in err.message() and "已被另一个" in err.message()
    expect_error("in_use", sign_in_recovery, vault_dir, recovery, clock=clock)
    # a wrong password is refused the same way and not counted against the account
    expect_error("in_use", sign_in, vault_dir, "admin", "wrong-password", clock=clock)
    assert session.vault.slots.slots[user_slot("admin")]["failures"] == 0
    # another process too
    done = subprocess.run(
        [sys.executable, "-m", "station_desk", "verify", "--vault", str(vault_dir),
         "--user", "admin", "--password-stdin"],
        input=ADMIN_PASSWORD + "\n", capture_output=True, text=True, env=_cli_env(), timeout=60)
    assert done.returncode == 1
    assert "已被另一个" in done.stderr and "Traceback" not in done.stderr
    assert snapshot(vault_dir) == before
    # the open session is unharmed
    assert session.db.scalar("SELECT count(*) FROM users") == 1
    session.close()
    with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock):
        pass


KILLED_CHILD = textwrap.dedent("""\
    import os, signal, sys
    os.environ["STATION_DESK_FAST_KDF"] = "1"
    from station_desk.domain.auth import sign_in
    session = sign_in(sys.argv[1], "admin", sys.argv[2])
    with session.db.transaction():
        session.db.execute("INSERT INTO settings (key, value) VALUES ('kill-test', '已提交')")
        session.log("settings.edit", "settings", {"key": "kill-test"})
    print("committed", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
""")


def test_stale_lock_from_a_killed_process_is_cleared(closed, tmp_path, clock):
    script = tmp_path / "killed_child.py"
    script.write_text(KILLED_CHILD, encoding="utf-8")
    child = subprocess.Popen([sys.executable, str(script), str(closed), ADMIN_PASSWORD],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=_cli_env())
    out, err = child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL, err
    assert out.strip() == "committed"
    # the dead process's pid is still written in the lock file, and its WAL is still there
    assert (closed / "vault.lock").read_text() == str(child.pid)
    assert (closed / "station.db-wal").exists()

    with sign_in(closed, "admin", ADMIN_PASSWORD, clock=clock) as session:
        assert session.vault.lock.cleared_stale
        assert session.db.scalar("SELECT value FROM settings WHERE key = 'kill-test'") == "已提交"
        assert session.audit.query(action="settings.edit", limit=1)[0].target == "settings"
        report = maintenance.verify(session)
        assert report.ok, report
    # and from the command line, after that
    done = subprocess.run(
        [sys.executable, "-m", "station_desk", "verify", "--vault", str(closed), "--user",
         "admin", "--password-stdin"], input=ADMIN_PASSWORD + "\n", capture_output=True,
        text=True, env=_cli_env(), timeout=60)
    assert done.returncode == 0, done.stderr
    assert "完整性检查通过" in done.stdout


def test_fake_clock_is_used_for_audit_times(closed, clock):
    clock.advance(days=3)
    with sign_in(closed, "admin", ADMIN_PASSWORD, clock=clock) as session:
        entry = session.audit.query(action="signin", limit=1)[0]
    assert entry.ts == (dt.datetime(2026, 11, 5, 9, 0)).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_screen_unlock_shares_the_delays_and_lock(staffed, clock):
    with sign_in(staffed, "zhang", ZHANG_PASSWORD, clock=clock) as session:
        session.lock()
        assert session.locked
        for attempt in range(1, 4):
            expect_error("wrong_password", session.unlock, f"wrong-{attempt}")
        err = expect_error("retry_later", session.unlock, ZHANG_PASSWORD)
        assert err.params["seconds"] == 2
        assert session.locked
        for _ in range(signin_policy.LOCK_AFTER - 3):
            clock.advance(seconds=signin_policy.MAX_DELAY)
            expect_error("wrong_password", session.unlock, "still-wrong")
        clock.advance(seconds=signin_policy.MAX_DELAY)
        expect_error("account_locked", session.unlock, ZHANG_PASSWORD)
        failed = session.audit.query(action="unlock.failed")
        assert len(failed) == signin_policy.LOCK_AFTER
        # the counters are in the slot file, so closing the app does not reset them
        assert slot_of(staffed, "zhang")["failures"] == signin_policy.LOCK_AFTER
    expect_error("account_locked", sign_in, staffed, "zhang", ZHANG_PASSWORD, clock=clock)
    clock.advance(minutes=15)
    with sign_in(staffed, "zhang", ZHANG_PASSWORD, clock=clock) as session:
        session.lock()
        session.unlock(ZHANG_PASSWORD)
        assert not session.locked
        assert session.audit.query(limit=1)[0].action == "unlock"
