"""`verify` reports damage as sentences a person can act on: what is damaged and the way back,
in Chinese (English with --lang en), without SQLCipher's or SQLite's own words."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from helpers import expect_error
from station_desk.domain import maintenance

ADMIN_PASSWORD = "admin-pass-2026"  # as in conftest.py
PAGE = 4096
# What SQLCipher and SQLite say about a damaged page, none of which a user should read.
LIBRARY_WORDS = ("HMAC", "Tree", "btree", "***", "error code", "database main", "malformed",
                 "cipher_integrity_check", "integrity_check")


def damage_middle_page(db: Path) -> int:
    """Zero one page in the middle of the file; returns its 1-based page number."""
    data = bytearray(db.read_bytes())
    middle = len(data) // PAGE // 2
    data[middle * PAGE:(middle + 1) * PAGE] = bytes(PAGE)
    db.write_bytes(bytes(data))
    return middle + 1


def run_verify(vault: Path, lang: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, STATION_DESK_FAST_KDF="1")
    return subprocess.run([sys.executable, "-m", "station_desk", "--lang", lang, "verify",
                           "--vault", str(vault), "--user", "admin", "--password-stdin"],
                          input=ADMIN_PASSWORD + "\n", capture_output=True, text=True,
                          env=env, timeout=120)


@pytest.fixture
def damaged(created, vault_dir) -> int:
    session, _ = created
    with session.db.transaction():  # enough rows for pages past the schema's
        for i in range(400):
            session.db.execute("INSERT INTO settings (key, value) VALUES (?, ?)",
                               (f"filler-{i}", "填充" * 40))
    session.close()
    return damage_middle_page(vault_dir / "station.db")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_damaged_page_is_one_sentence_naming_it_and_the_way_back(damaged, vault_dir, lang):
    done = run_verify(vault_dir, lang)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1, done.stderr
    line = done.stderr.strip()
    for word in LIBRARY_WORDS:
        assert word not in line, line
    assert "station.db" in line and "station-desk restore" in line
    if lang == "zh":
        assert "已损坏" in line and f"第 {damaged} 页" in line and "备份" in line
    else:
        assert "damaged" in line and f"page {damaged}" in line and "backup" in line
        assert not any("\u4e00" <= ch <= "\u9fff" for ch in line), line


def test_damage_found_in_a_backup_is_described_the_same_way(created, tmp_path):
    session, _ = created
    backup = maintenance.make_backup(session, tmp_path / "backups")
    session.close()
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(backup) as zf:
        zf.extractall(unpacked)
    page = damage_middle_page(unpacked / "station.db")
    data = json.loads((unpacked / "manifest.json").read_text("utf-8"))
    data["sha256"]["station.db"] = maintenance._sha256(unpacked / "station.db")
    (unpacked / "manifest.json").write_text(json.dumps(data), "utf-8")
    bad = tmp_path / "bad.sdbak"
    with zipfile.ZipFile(bad, "w") as zf:
        for member in unpacked.rglob("*"):
            if member.is_file():
                zf.write(member, member.relative_to(unpacked).as_posix())
    err = expect_error("backup_invalid", maintenance.inspect_backup, bad, "admin",
                       ADMIN_PASSWORD)
    for lang in ("zh", "en"):
        for word in LIBRARY_WORDS:
            assert word not in err.message(lang), err.message(lang)
    assert f"第 {page} 页" in err.message("zh") and f"page {page}" in err.message("en")
