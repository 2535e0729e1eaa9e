"""The key-slot format as documented (storage/keyslots.py's docstring, the README), implemented
here a second time from that text alone: this module imports nothing from station_desk. The app
makes a real vault in a subprocess; this code unwraps its slots, opens the database with the
derived raw key through sqlcipher3, and seals a payload the app then accepts. The slot checksum
is computed from the docs too: the app's matches it, and a flipped bit is reported as damage.

If the documentation leaves out or misstates anything (an associated-data string, an HKDF
parameter, an encoding), these tests fail."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

PASSWORD = "docs-pass-2026 密码"


# -- the format, from the documentation --------------------------------------------------------

def b64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)


def ad(vault_id: str, slot_name: str, part: str) -> bytes:
    return ("station-desk/keyslot/v1/" + vault_id + "/" + slot_name + "/" + part).encode("utf-8")


def normalise_recovery(typed: str) -> str:
    kept = "".join(ch for ch in typed.upper() if ch.isalnum())
    kept = kept.replace("0", "O").replace("1", "I").replace("8", "B")
    return "-".join(kept[i:i + 4] for i in range(0, len(kept), 4))


def seal_key(shared: bytes, vault_id: str, slot_name: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=b"\0" * 32,
                info=ad(vault_id, slot_name, "seal")).derive(shared)


CHECKED = ("kdf", "salt", "nonce", "wrapped_private", "public", "ephemeral", "payload_nonce",
           "payload")


RECORD = ("record_ephemeral", "record_nonce", "record")


def checksum(slot: dict) -> str:
    """The "check" field: SHA-256 of the domain line and the canonical JSON of eight fields,
    and of the three record-key fields when the slot has them."""
    fields = {name: slot[name] for name in CHECKED}
    fields.update({name: slot[name] for name in RECORD if name in slot})
    text = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    digest = hashlib.sha256(("station-desk/keyslot-check/v1\n" + text).encode("utf-8"))
    return base64.b64encode(digest.digest()).decode()


def unwrap(doc: dict, slot_name: str, secret: bytes) -> tuple[bytes, bytes, bytes | None]:
    """(station key, audit key, clinical key or None) from one slot, steps 1-6 of the
    documentation."""
    assert doc["format"] == "station-desk-keyslots" and doc["version"] in (1, 2)
    vault_id = doc["vault_id"]
    slot = doc["slots"][slot_name]
    if "check" in slot:  # checked before any key is derived
        assert checksum(slot) == slot["check"], "the slot is damaged"
    kdf = slot["kdf"]
    assert kdf["name"] == "argon2id"
    salt, nonce = b64(slot["salt"]), b64(slot["nonce"])
    assert len(salt) == 16 and len(nonce) == 12 and len(b64(slot["wrapped_private"])) == 48
    kek = hash_secret_raw(secret, salt, time_cost=kdf["t"], memory_cost=kdf["m"],
                          parallelism=kdf["p"], hash_len=32, type=Type.ID, version=0x13)
    private = AESGCM(kek).decrypt(nonce, b64(slot["wrapped_private"]),
                                  ad(vault_id, slot_name, "private"))
    private_key = X25519PrivateKey.from_private_bytes(private)
    assert private_key.public_key().public_bytes_raw() == b64(slot["public"])
    shared = private_key.exchange(X25519PublicKey.from_public_bytes(b64(slot["ephemeral"])))
    payload = AESGCM(seal_key(shared, vault_id, slot_name)).decrypt(
        b64(slot["payload_nonce"]), b64(slot["payload"]), ad(vault_id, slot_name, "payload"))
    return parse_payload(doc["version"], payload)


def parse_payload(version: int, payload: bytes) -> tuple[bytes, bytes, bytes | None]:
    """Step 6: format byte 2, flags, station key, audit key, clinical key if flags bit 0."""
    if version == 1:
        assert len(payload) == 64
        return payload[:32], payload[32:], None
    assert payload[0] == 2 and payload[1] & ~0x01 == 0
    has_clinical = bool(payload[1] & 0x01)
    assert len(payload) == (98 if has_clinical else 66)
    return payload[2:34], payload[34:66], payload[66:98] if has_clinical else None


def make_payload(db_key: bytes, audit_key: bytes, clinical_key: bytes | None) -> bytes:
    return (bytes((2, 0x01 if clinical_key else 0)) + db_key + audit_key
            + (clinical_key or b""))


def seal(doc: dict, slot_name: str, payload: bytes) -> None:
    """Seal `payload` to the slot's public key, as `rekey` does (no secret needed)."""
    slot = doc["slots"][slot_name]
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(b64(slot["public"])))
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(seal_key(shared, doc["vault_id"], slot_name)).encrypt(
        nonce, payload, ad(doc["vault_id"], slot_name, "payload"))
    slot["ephemeral"] = base64.b64encode(ephemeral.public_key().public_bytes_raw()).decode()
    slot["payload_nonce"] = base64.b64encode(nonce).decode()
    slot["payload"] = base64.b64encode(sealed).decode()
    slot["check"] = checksum(slot)  # written whenever a slot's keys are


def open_station_db(path: Path, db_key: bytes,
                    clinical_key: bytes | None = None) -> sqlcipher3.Connection:
    """station.db as the stock shell opens it, and clinical.db attached beside it if a key for
    it is given (the README's escape path)."""
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{db_key.hex()}'\"")
    if clinical_key is not None:
        conn.execute(f"ATTACH DATABASE '{path.with_name('clinical.db')}' AS clinical"
                     f" KEY \"x'{clinical_key.hex()}'\"")
    return conn


# -- a real vault, made by the app ------------------------------------------------------------

def run_app(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, STATION_DESK_FAST_KDF="1")
    return subprocess.run([sys.executable, "-m", "station_desk", "--lang", "en", *args],
                          input=stdin, capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture(scope="module")
def app_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    vault = tmp_path_factory.mktemp("docs") / "vault"
    made = run_app("init", "--vault", str(vault), "--user", "Admin", "--station-name", "文档站",
                   "--union-code", "U-DOCS", "--password-stdin", stdin=PASSWORD + "\n")
    assert made.returncode == 0, made.stderr
    recovery = made.stdout.strip().splitlines()[-1]
    return vault, recovery


def test_a_password_slot_opens_the_database(app_vault):
    vault, _ = app_vault
    doc = json.loads((vault / "keyslots.json").read_text("utf-8"))
    assert len(doc["vault_id"]) == 32 and int(doc["vault_id"], 16) >= 0
    db_key, audit_key, clinical_key = unwrap(doc, "user:admin", PASSWORD.encode("utf-8"))
    assert len(audit_key) == 32 and audit_key != db_key
    assert clinical_key is not None and clinical_key not in (db_key, audit_key)
    assert len(b64(doc["slots"]["user:admin"]["payload"])) == 114
    conn = open_station_db(vault / "station.db", db_key, clinical_key)
    try:
        assert conn.execute("SELECT name, union_code FROM station").fetchone() == ("文档站",
                                                                                   "U-DOCS")
        vault_id = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()[0]
        assert vault_id == doc["vault_id"]
        # the clinical compartment, attached as the README says, with its tables
        assert conn.execute("SELECT count(*) FROM clinical.sessions").fetchone() == (0,)
    finally:
        conn.close()


def test_the_wrong_password_or_another_slot_name_fails_the_tag(app_vault):
    vault, _ = app_vault
    doc = json.loads((vault / "keyslots.json").read_text("utf-8"))
    with pytest.raises(InvalidTag):
        unwrap(doc, "user:admin", b"not-the-password")
    # the slot name is bound in: the same slot under another name does not open
    doc["slots"]["user:other"] = doc["slots"]["user:admin"]
    with pytest.raises(InvalidTag):
        unwrap(doc, "user:other", PASSWORD.encode("utf-8"))


def test_the_recovery_key_as_typed_opens_its_slot(app_vault):
    vault, recovery = app_vault
    doc = json.loads((vault / "keyslots.json").read_text("utf-8"))
    typed = recovery.lower().replace("-", " ")  # as a person might type it from the printout
    db_key, _, clinical_key = unwrap(doc, "recovery", normalise_recovery(typed).encode("ascii"))
    assert clinical_key is not None
    conn = open_station_db(vault / "station.db", db_key, clinical_key)
    try:
        assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM clinical_audit").fetchone()[0] >= 0
    finally:
        conn.close()


def test_a_payload_sealed_from_the_docs_is_accepted_by_the_app(app_vault, tmp_path):
    vault, recovery = app_vault
    doc = json.loads((vault / "keyslots.json").read_text("utf-8"))
    secret = normalise_recovery(recovery).encode("ascii")
    db_key, audit_key, clinical_key = unwrap(doc, "recovery", secret)
    before = doc["slots"]["recovery"]["payload"]
    seal(doc, "recovery", make_payload(db_key, audit_key, clinical_key))
    assert doc["slots"]["recovery"]["payload"] != before
    (vault / "keyslots.json").write_text(json.dumps(doc), "utf-8")
    checked = run_app("verify", "--vault", str(vault), "--recovery-key-stdin",
                      stdin=recovery + "\n")
    assert checked.returncode == 0, checked.stderr
    assert "Integrity OK" in checked.stdout


def test_every_slot_carries_the_documented_checksum(app_vault):
    vault, _ = app_vault
    doc = json.loads((vault / "keyslots.json").read_text("utf-8"))
    assert set(doc["slots"]) == {"user:admin", "recovery"}
    for slot in doc["slots"].values():
        assert len(b64(slot["check"])) == 32 and slot["check"] == checksum(slot)


@pytest.mark.parametrize("field", ["wrapped_private", "salt", "payload"])
def test_a_flipped_bit_is_reported_as_a_damaged_slot(app_vault, tmp_path, field):
    """One bit of the slot's ciphertext or salt changed on disk: the app says the slot is
    damaged and how to recover, never "wrong password"."""
    vault = tmp_path / "vault"
    shutil.copytree(app_vault[0], vault)
    doc = json.loads((vault / "keyslots.json").read_text("utf-8"))
    raw = bytearray(b64(doc["slots"]["user:admin"][field]))
    raw[len(raw) // 2] ^= 0x04
    doc["slots"]["user:admin"][field] = base64.b64encode(bytes(raw)).decode()
    (vault / "keyslots.json").write_text(json.dumps(doc), "utf-8")
    for lang, damaged, wrong in (("en", "damaged", "Wrong user name or password"),
                                 ("zh", "已损坏", "用户名或密码不正确")):
        env = dict(os.environ, STATION_DESK_FAST_KDF="1")
        done = subprocess.run([sys.executable, "-m", "station_desk", "--lang", lang, "verify",
                               "--vault", str(vault), "--user", "admin", "--password-stdin"],
                              input=PASSWORD + "\n", capture_output=True, text=True, env=env,
                              timeout=120)
        assert done.returncode != 0 and done.stderr.count("\n") == 1, done.stderr
        assert damaged in done.stderr and wrong not in done.stderr, done.stderr
        assert "keyslots.json.bak" in done.stderr and "Traceback" not in done.stderr
        if lang == "en":
            assert "recovery key" in done.stderr and "backup" in done.stderr


def test_a_slot_without_a_checksum_opens_and_gains_one_at_the_next_write(app_vault, tmp_path):
    """As an earlier version wrote it: no "check" field."""
    vault = tmp_path / "vault"
    shutil.copytree(app_vault[0], vault)
    doc = json.loads((vault / "keyslots.json").read_text("utf-8"))
    for slot in doc["slots"].values():
        del slot["check"]
    (vault / "keyslots.json").write_text(json.dumps(doc), "utf-8")
    wrong = run_app("verify", "--vault", str(vault), "--user", "admin", "--password-stdin",
                    stdin="not-the-password\n")  # a failed attempt is written to the file
    assert wrong.returncode != 0 and "Wrong user name or password" in wrong.stderr
    doc = json.loads((vault / "keyslots.json").read_text("utf-8"))
    assert all(slot["check"] == checksum(slot) for slot in doc["slots"].values())
    checked = run_app("verify", "--vault", str(vault), "--user", "admin", "--password-stdin",
                      stdin=PASSWORD + "\n")
    assert checked.returncode == 0, checked.stderr


def test_a_receptionist_slot_holds_no_clinical_key(app_vault):
    """Step 6's flags: a receptionist's slot has the station and audit keys only, and the
    station key does not open clinical.db."""
    vault, _ = app_vault
    added = run_app("users", "add", "front", "--role", "receptionist", "--vault", str(vault),
                    "--user", "admin", "--password-stdin",
                    stdin=PASSWORD + "\n" + "front-desk-2026\n")
    assert added.returncode == 0, added.stderr
    doc = json.loads((vault / "keyslots.json").read_text("utf-8"))
    db_key, _, clinical_key = unwrap(doc, "user:front", b"front-desk-2026")
    assert clinical_key is None and len(b64(doc["slots"]["user:front"]["payload"])) == 82
    conn = sqlcipher3.connect(str(vault / "clinical.db"))
    conn.execute(f"PRAGMA key = \"x'{db_key.hex()}'\"")
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()
