"""Issue 11's smaller defects, each shown as a person meets it: one line per failure (no
SQLCipher log), non-UTF-8 input named as such, messages that say what happened in the user's
language without internal ids, the documented stdin lines and demo recovery key, and sign-in
with an unknown name costing what a real attempt costs."""

from __future__ import annotations

import errno
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3

from helpers import expect_error
from station_desk.cli.main import main as cli_main
from station_desk.domain import accounts, maintenance
from station_desk.domain.auth import sign_in, sign_in_recovery
from station_desk.domain.records import access, files
from station_desk.storage import database, keyslots, staging
from station_desk.storage.database import key_pragma
from test_records_world import World, world_fixture  # noqa: F401

ADMIN_PASSWORD = "admin-pass-2026"  # as in conftest.py
ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str, stdin: bytes, env_extra: dict[str, str] | None = None
            ) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, STATION_DESK_FAST_KDF="1", **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "station_desk", *args], input=stdin,
                          capture_output=True, env=env, timeout=120)


def test_a_damaged_page_is_one_line_without_sqlciphers_log(tmp_path):
    vault = tmp_path / "vault"
    made = run_cli("init", "--vault", str(vault), "--user", "admin", "--station-name", "站",
                   "--union-code", "U-1", "--password-stdin", stdin=b"admin-pass-2026\n")
    assert made.returncode == 0, made.stderr.decode()
    db = vault / "station.db"
    data = bytearray(db.read_bytes())
    pages = len(data) // 4096
    middle = (pages // 2) * 4096
    data[middle:middle + 4096] = bytes(4096)
    db.write_bytes(bytes(data))
    checked = run_cli("verify", "--vault", str(vault), "--user", "admin", "--password-stdin",
                      stdin=b"admin-pass-2026\n")
    err = checked.stderr.decode("utf-8")
    assert checked.returncode == 1
    assert err.count("\n") == 1, err
    assert "ERROR CORE" not in err and "sqlcipher_page_cipher" not in err


def test_non_utf8_standard_input_is_named(created, vault_dir):
    created[0].close()
    result = run_cli("verify", "--vault", str(vault_dir), "--user", "admin", "--password-stdin",
                     stdin=b"admin-pass-2026\xff\n", env_extra={"LC_ALL": "C", "LANG": "C"})
    err = result.stderr.decode("utf-8")
    assert result.returncode == 1 and err.count("\n") == 1
    assert "UTF-8" in err and "内部错误" not in err and "Unicode" not in err


def test_audit_breaks_are_described_in_the_users_language(created, vault_dir, monkeypatch,
                                                          capsys):
    session, _ = created
    accounts.add_user(session, "zhang", "张咨询师", "counsellor", "zhang-pass-2026")
    key = session.vault.payload.db_key
    session.close()
    conn = sqlcipher3.connect(str(vault_dir / "station.db"), isolation_level=None)
    conn.execute(key_pragma(key))
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET target = 'x' WHERE id = 2")
    conn.close()
    for lang, wanted, unwanted in (("zh", "被改动", "altered"), ("en", "altered", "被改动")):
        monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
        code = cli_main(["--lang", lang, "verify", "--vault", str(vault_dir), "--user",
                         "admin", "--password-stdin"])
        err = capsys.readouterr().err
        assert code == 1 and wanted in err and unwanted not in err


def test_show_key_is_not_refused_and_does_not_talk_about_rekeying(created, vault_dir,
                                                                  monkeypatch, capsys):
    """Issue 12 replaced the refusal: a slot's own password already derives its keys, so
    show-key prints, to anyone, the keys their slot holds (a counsellor: both files')."""
    session, _ = created
    accounts.add_user(session, "zhang", "张咨询师", "counsellor", "zhang-pass-2026")
    session.close()
    for lang in ("zh", "en"):
        monkeypatch.setattr(sys, "stdin", io.StringIO("zhang-pass-2026\n"))
        code = cli_main(["--lang", lang, "show-key", "--vault", str(vault_dir), "--user",
                         "zhang", "--password-stdin"])
        out = capsys.readouterr()
        assert code == 0 and out.err == ""
        assert "PRAGMA key" in out.out and "ATTACH DATABASE 'clinical.db'" in out.out
        assert "更换" not in out.out and "rekey" not in out.out.lower()


def test_a_read_only_backup_folder_is_named_as_the_backup_folder(admin, tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "usb"))

    monkeypatch.setattr(staging.tempfile, "mkdtemp", refuse)  # the backup's staging folder
    err = expect_error("backup_folder_readonly", maintenance.make_backup, admin,
                       tmp_path / "usb")
    assert "备份文件夹" in err.message("zh") and "保险库目录" not in err.message("zh")
    assert "backup folder" in err.message("en") and str(tmp_path / "usb") in err.message("en")


def test_a_full_disk_during_backup_is_a_clear_message(admin, tmp_path, monkeypatch):
    real = database.Database.execute

    def full(self, sql, params=()):
        if "sqlcipher_export" in sql:
            raise sqlcipher3.OperationalError("database or disk is full")
        return real(self, sql, params)

    monkeypatch.setattr(database.Database, "execute", full)
    err = expect_error("backup_disk_full", maintenance.make_backup, admin, tmp_path / "b")
    for lang in ("zh", "en"):
        assert "database or disk is full" not in err.message(lang)
    assert "磁盘已满" in err.message("zh") and "full" in err.message("en")
    assert not list((tmp_path / "b").glob("*.sdbak"))


def test_a_restricted_file_is_not_named_by_its_internal_id(world: World):
    cid = world.client()
    files.set_file_restricted(world.lin, cid, True)
    err = expect_error("not_found", access.file_ref, world.he, cid)
    for lang in ("zh", "en"):
        text = err.message(lang)
        assert "#" not in text and str(cid) not in text


def test_demo_json_carries_a_recovery_key_that_opens_the_demo(tmp_path, monkeypatch, capsys):
    vault = tmp_path / "demo"
    assert cli_main(["demo", "--vault", str(vault), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    with sign_in_recovery(vault, printed["recovery_key"]) as session:
        assert session.is_recovery


def test_users_passwd_reads_the_three_lines_the_readme_says(created, vault_dir, monkeypatch,
                                                            capsys):
    created[0].close()
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "`users passwd` 读三行" in readme and "`users passwd` reads\nthree" in readme
    lines = f"{ADMIN_PASSWORD}\n{ADMIN_PASSWORD}\nadmin-new-pass-1\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(lines))
    assert cli_main(["users", "passwd", "--vault", str(vault_dir), "--user", "admin",
                     "--password-stdin"]) == 0
    with sign_in(vault_dir, "admin", "admin-new-pass-1"):
        pass


@pytest.mark.parametrize("name", ["nobody", "!!! not a name", "admin"])
def test_every_sign_in_attempt_runs_argon2id_with_a_real_slots_cost(created, vault_dir,
                                                                    monkeypatch, name):
    created[0].close()
    real_slot = keyslots.KeySlotFile.load(vault_dir / "keyslots.json").slots["user:admin"]
    runs: list[keyslots.KdfParams] = []
    real_derive = keyslots.derive_key

    def counting(secret, salt, params):
        runs.append(params)
        return real_derive(secret, salt, params)

    monkeypatch.setattr(keyslots, "derive_key", counting)
    expect_error("bad_credentials", sign_in, vault_dir, name, "wrong-password-123")
    assert runs == [keyslots.KdfParams.from_json(real_slot["kdf"])]
