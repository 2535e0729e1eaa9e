"""Offline attacks with a colleague's own password, as issue 12 tells them: no app, only the vault
folder (and the backup folder: a station PC is shared, one operating-system account for all), the
documented key-slot format (test_keyslot_format_from_docs, which imports nothing of station_desk)
and the documented SQLCipher 4 page format, decrypted here by hand so that free pages and WAL
frames are searched too, not just what SQL still shows.

The receptionist derives every key their password opens from every slot file they can find,
tries each key on every file, and searches everything they could decrypt for the demo notes'
phrases: none is there, and no key of theirs opens clinical.db. A counsellor, as the positive
control, finds the same phrases in clinical.db with the same code."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import struct
import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from test_keyslot_format_from_docs import normalise_recovery, unwrap

ROOT = Path(__file__).resolve().parents[1]

# -- SQLCipher 4 with its defaults, from its documentation ---------------------------------------
# 4096-byte pages; the last 80 bytes of each are reserved: a 16-byte IV, then an HMAC-SHA512 of
# (ciphertext, IV, page number as 4 little-endian bytes). AES-256-CBC. With a raw key
# (PRAGMA key = "x'…'") the 32 bytes are the cipher key as they are; the HMAC key is
# PBKDF2-HMAC-SHA512(cipher key, salt XOR 0x3a, 2 iterations, 32 bytes); the salt is the
# file's first 16 bytes, which page 1 keeps in clear in place of "SQLite format 3\0".
PAGE = 4096
RESERVE = 80
IV = 16
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


def hmac_key(key: bytes, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, 32)


def decrypt_page(key: bytes, salt: bytes, page: bytes, number: int) -> bytes | None:
    """The plaintext of one page, or None if its HMAC says the key is wrong."""
    start = 16 if number == 1 else 0
    body = page[start:PAGE - RESERVE]
    iv = page[PAGE - RESERVE:PAGE - RESERVE + IV]
    tag = page[PAGE - RESERVE + IV:PAGE - RESERVE + IV + 64]
    expected = hmac.new(hmac_key(key, salt), body + iv + struct.pack("<I", number),
                        hashlib.sha512).digest()
    if not hmac.compare_digest(expected, tag):
        return None
    plain = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor().update(body)
    return (b"SQLite format 3\0" if number == 1 else b"") + plain


def decrypt_database(key: bytes, data: bytes, wal: bytes = b"") -> bytes | None:
    """Every page of a database file and every frame of its WAL, decrypted (free pages and
    old frames included); None if the key does not open page 1."""
    if len(data) < PAGE:
        return None
    salt = data[:16]
    first = decrypt_page(key, salt, data[:PAGE], 1)
    if first is None:
        return None
    pages = [first]
    for number in range(2, len(data) // PAGE + 1):
        plain = decrypt_page(key, salt, data[(number - 1) * PAGE:number * PAGE], number)
        assert plain is not None, f"page {number} fails its HMAC"
        pages.append(plain)
    offset = WAL_HEADER
    while offset + WAL_FRAME_HEADER + PAGE <= len(wal):
        number = struct.unpack(">I", wal[offset:offset + 4])[0]
        frame = wal[offset + WAL_FRAME_HEADER:offset + WAL_FRAME_HEADER + PAGE]
        plain = decrypt_page(key, salt, frame, number)
        if plain is not None:
            pages.append(plain)
        offset += WAL_FRAME_HEADER + PAGE
    return b"".join(pages)


# -- what an attacker at the station PC can read -----------------------------------------------

@dataclass
class Loot:
    keys: dict[bytes, str] = field(default_factory=dict)  # key -> where it came from
    opened: dict[str, bytes] = field(default_factory=dict)  # file -> what it decrypted to
    unopened: list[str] = field(default_factory=list)  # database files no key opens
    plain: dict[str, bytes] = field(default_factory=dict)  # files readable as they are


def files_of(*folders: Path) -> dict[str, bytes]:
    """Every file under the folders, and every member of every zip among them."""
    found: dict[str, bytes] = {}
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if not path.is_file():
                continue
            data = path.read_bytes()
            found[str(path)] = data
            if zipfile.is_zipfile(path):
                with zipfile.ZipFile(path) as zf:
                    for name in zf.namelist():
                        found[f"{path}!{name}"] = zf.read(name)
    return found


def is_database(name: str, data: bytes) -> bool:
    return name.endswith(".db") and len(data) >= PAGE and len(data) % PAGE == 0


def attack(secret: bytes, *folders: Path) -> Loot:
    """Derive every key `secret` opens in any slot of any slot file, then open what they can."""
    loot = Loot()
    everything = files_of(*folders)
    for name, data in everything.items():
        if not (name.endswith("keyslots.json") or name.endswith("keyslots.json.bak")):
            continue
        doc = json.loads(data.decode("utf-8"))
        for slot in doc["slots"]:
            try:
                station, audit, clinical = unwrap(doc, slot, secret)
            except InvalidTag:
                continue
            for key in (station, audit, clinical):
                if key is not None:
                    loot.keys.setdefault(key, f"{name}:{slot}")
    containers = {name for name in everything if "!" not in name and zipfile.is_zipfile(name)}
    for name, data in everything.items():
        if is_database(name, data):
            wal = everything.get(name + "-wal", b"")
            for key in loot.keys:
                opened = decrypt_database(key, data, wal)
                if opened is not None:
                    loot.opened[name] = opened
                    break
            else:
                loot.unopened.append(name)
        elif name not in containers and not name.endswith(("-wal", "-shm")):
            loot.plain[name] = data  # slot files, manifests, the anchor, the lock: as they are
    return loot


def clinical_phrases() -> list[str]:
    """The demo's clinical text (seeds/demo/notes.json and the demo generator's own sentences):
    what must not be readable without the clinical key."""
    notes = json.loads((ROOT / "seeds" / "demo" / "notes.json").read_text("utf-8"))
    phrases = {text for sections in notes["fragments"].values()
               for texts in sections.values() for text in texts}
    phrases |= {"来访者主要问题已缓解，约定如有需要再预约。",  # closing summaries
                "补充：来访者来电补充说明，情况与记录一致，无新增风险。",  # addenda
                "来访者表达强烈无望感，已共同制定安全计划并联系紧急联系人。",  # crisis notes
                "已电话回访，来访者情绪平稳。",  # follow-up outcomes
                "需进一步专业评估"}  # referral reasons
    return sorted(phrases)


def readable(loot: Loot) -> dict[str, bytes]:
    return {**loot.opened, **loot.plain}


def found_in(corpus: dict[str, bytes], phrases: list[str]) -> dict[str, list[str]]:
    hits: dict[str, list[str]] = {}
    for phrase in phrases:
        needle = phrase.encode("utf-8")
        where = [name for name, data in corpus.items() if needle in data]
        if where:
            hits[phrase] = where
    return hits


# -- a demo station, made and used by the app in its own process --------------------------------

def run_app(*args: str | Path, stdin: str = "") -> str:
    env = dict(os.environ, STATION_DESK_FAST_KDF="1")
    done = subprocess.run([sys.executable, "-m", "station_desk", "--lang", "en",
                           *map(str, args)], input=stdin, capture_output=True, text=True,
                          env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def demo_station(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict]:
    base = tmp_path_factory.mktemp("attack")
    vault, backups = base / "vault", base / "backups"
    made = json.loads(run_app("demo", "--vault", vault, "--json"))
    accounts = {a["role"]: a for a in made["accounts"]}
    admin = accounts["admin"]
    creds = ["--vault", vault, "--user", admin["username"], "--password-stdin"]
    run_app("backup", "--to", backups, *creds, stdin=admin["password"] + "\n")
    reception = accounts["receptionist"]
    run_app("verify", "--vault", vault, "--user", reception["username"], "--password-stdin",
            stdin=reception["password"] + "\n")
    return vault, backups, accounts


def test_the_receptionists_password_opens_nothing_clinical(demo_station):
    vault, backups, accounts = demo_station
    reception = accounts["receptionist"]
    loot = attack(reception["password"].encode("utf-8"), vault, backups)
    # the station key and the audit key, from the live slot file, its .bak and the backup's
    assert len(loot.keys) == 2
    # every clinical.db (the vault's, the backup's) stays shut to every key they derived
    clinical = [name for name in loot.unopened if name.endswith("clinical.db")]
    assert len(clinical) == 2 and not any(n.endswith("clinical.db") for n in loot.opened)
    # the station compartment opens, as it must for their work: the directory is in it
    assert any(name.endswith("station.db") for name in loot.opened)
    station = b"".join(data for name, data in loot.opened.items()
                       if name.endswith("station.db"))
    assert "匿名来访者".encode() in station
    # and nothing they can read holds clinical text, in rows, free pages or WAL frames alike
    phrases = clinical_phrases()
    assert len(phrases) > 50
    assert found_in(readable(loot), phrases) == {}


def test_the_counsellors_password_finds_the_same_phrases_in_clinical_db(demo_station):
    """The positive control: the same code, the same search, with a clinical role's password,
    decrypts clinical.db and finds the demo's notes there."""
    vault, backups, accounts = demo_station
    counsellor = accounts["counsellor"]
    loot = attack(counsellor["password"].encode("utf-8"), vault, backups)
    assert len(loot.keys) == 3
    assert loot.unopened == []
    opened = {name: data for name, data in loot.opened.items() if name.endswith("clinical.db")}
    assert len(opened) == 2
    hits = found_in(opened, clinical_phrases())
    assert len(hits) >= 40, sorted(hits)


def test_the_recovery_slot_and_other_slots_do_not_take_the_receptionists_password(demo_station):
    vault, _, accounts = demo_station
    doc = json.loads((vault / "keyslots.json").read_text("utf-8"))
    secret = accounts["receptionist"]["password"].encode("utf-8")
    opened = []
    for slot in doc["slots"]:
        try:
            unwrap(doc, slot, secret)
            opened.append(slot)
        except InvalidTag:
            pass
    assert opened == [f"user:{accounts['receptionist']['username']}"]
    with pytest.raises(InvalidTag):
        unwrap(doc, "recovery", normalise_recovery(accounts["receptionist"]["password"])
               .encode("ascii"))


# -- a colleague's restricted record --------------------------------------------------------------
# The record key in a slot and the sealed rows, from their documentation (keyslots.py, sealed.py).

SECRET_NOTE = "只写给自己看的高度保密记录：来访者谈到童年的遭遇"
SECRET_CRISIS = "高度保密档案中的危机经过：深夜来电"
SECRETS = (SECRET_NOTE, SECRET_CRISIS)

RESTRICT_SCRIPT = r'''
import json, sys
from station_desk.domain.auth import sign_in
from station_desk.domain.records import crises, files, sessions
vault, user, password = sys.argv[1:4]
note, crisis = json.loads(sys.argv[4])
with sign_in(vault, user, password) as me:
    mine = [r[0] for r in me.db.all("SELECT id FROM clients WHERE counsellor_id = ?"
                                    " AND status = 'open' AND restricted = 0 ORDER BY id",
                                    (me.user.id,))]
    first, second = mine[0], mine[1]
    draft = sessions.save_draft(me, first, sessions.SessionInput(
        session_date=me.clock().date().isoformat(), start_time="09:00", end_time="09:50",
        modality="in_person", issues=("family_parenting",), complaint=note,
        assessment="评估", intervention="干预", plan="计划", restricted=True))
    sessions.sign_session(me, first, draft.id, password=password)
    files.set_file_restricted(me, second, True)
    opened = crises.open_crisis(me, second, "high", ["suicidal_thoughts"], ["safety_plan"], crisis)
    print(json.dumps({"record": first, "file": second, "session": draft.id}))
'''


def record_key_of(doc: dict, slot_name: str, secret: bytes) -> bytes | None:
    """The slot's record private key: its "record" fields opened like the payload, with the
    parts "record-seal" (HKDF info) and "record" (GCM associated data)."""
    from argon2.low_level import Type, hash_secret_raw
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    from test_keyslot_format_from_docs import ad, b64

    slot = doc["slots"][slot_name]
    if "record" not in slot:
        return None
    kdf = slot["kdf"]
    kek = hash_secret_raw(secret, b64(slot["salt"]), time_cost=kdf["t"], memory_cost=kdf["m"],
                          parallelism=kdf["p"], hash_len=32, type=Type.ID, version=0x13)
    private = X25519PrivateKey.from_private_bytes(AESGCM(kek).decrypt(
        b64(slot["nonce"]), b64(slot["wrapped_private"]), ad(doc["vault_id"], slot_name,
                                                             "private")))
    shared = private.exchange(X25519PublicKey.from_public_bytes(b64(slot["record_ephemeral"])))
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
               info=ad(doc["vault_id"], slot_name, "record-seal")).derive(shared)
    return AESGCM(key).decrypt(b64(slot["record_nonce"]), b64(slot["record"]),
                               ad(doc["vault_id"], slot_name, "record"))


def open_sealed(conn, vault_id: str, holder_private: bytes) -> list[str]:
    """Every sealed body this holder's record key opens, as text (storage/sealed.py)."""
    from cryptography.exceptions import InvalidTag as Tag
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    private = X25519PrivateKey.from_private_bytes(holder_private)
    opened = []
    for tbl, row_id, ephemeral, nonce, wrapped in conn.execute(
            "SELECT tbl, row_id, ephemeral, nonce, wrapped FROM clinical.sealed_keys"):
        where = f"station-desk/sealed/v1/{vault_id}/{tbl}/{row_id}".encode()
        shared = private.exchange(X25519PublicKey.from_public_bytes(bytes(ephemeral)))
        kek = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                   info=where + b"/wrap").derive(shared)
        try:
            record_key = AESGCM(kek).decrypt(bytes(nonce), bytes(wrapped), where + b"/wrap")
        except Tag:
            continue
        body_nonce, body = conn.execute(
            "SELECT nonce, body FROM clinical.sealed WHERE tbl = ? AND row_id = ?",
            (tbl, row_id)).fetchone()
        opened.append(AESGCM(record_key).decrypt(bytes(body_nonce), bytes(body),
                                                 where).decode("utf-8"))
    return opened


@pytest.fixture(scope="module")
def restricted_station(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """A demo station where counsellor A restricted a signed record of one file and a whole
    other file (with a crisis written after), and closed nothing: all through the app."""
    base = tmp_path_factory.mktemp("restricted")
    vault = base / "vault"
    made = json.loads(run_app("demo", "--vault", vault, "--json"))
    accounts = {a["username"]: a for a in made["accounts"]}
    author = accounts["demo_counsellor_a"]
    env = dict(os.environ, STATION_DESK_FAST_KDF="1")
    done = subprocess.run([sys.executable, "-c", RESTRICT_SCRIPT, str(vault),
                           author["username"], author["password"],
                           json.dumps(list(SECRETS))],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    colleague = accounts["demo_counsellor_b"]  # signs in once, as any colleague has
    run_app("verify", "--vault", vault, "--user", colleague["username"], "--password-stdin",
            stdin=colleague["password"] + "\n")
    accounts["recovery"] = {"password": made["recovery_key"]}
    return vault, accounts


def test_a_colleague_with_the_clinical_key_cannot_read_a_restricted_record(
        restricted_station):
    import sqlcipher3

    vault, accounts = restricted_station
    colleague = accounts["demo_counsellor_b"]
    secret = colleague["password"].encode("utf-8")
    loot = attack(secret, vault)
    assert len(loot.keys) == 3 and loot.unopened == []  # station, audit and clinical keys
    # every page of both files, every WAL frame: the restricted phrases are in none of them
    assert found_in(readable(loot), list(SECRETS)) == {}
    # the colleague's own record key opens no seal of the author's
    doc = json.loads((vault / "keyslots.json").read_text("utf-8"))
    station, _, clinical = unwrap(doc, "user:demo_counsellor_b", secret)
    own = record_key_of(doc, "user:demo_counsellor_b", secret)
    assert own is not None  # made at their own sign-in
    conn = sqlcipher3.connect(str(vault / "station.db"))
    conn.execute(f"PRAGMA key = \"x'{station.hex()}'\"")
    conn.execute(f"ATTACH DATABASE '{vault / 'clinical.db'}' AS clinical"
                 f" KEY \"x'{clinical.hex()}'\"")
    try:
        assert conn.execute("SELECT count(*) FROM clinical.sealed").fetchone()[0] >= 3
        assert open_sealed(conn, doc["vault_id"], own) == []
    finally:
        conn.close()


def test_the_author_and_the_recovery_key_open_it_from_the_docs(restricted_station):
    """The positive control: the same documented steps with the author's password, and with
    the recovery key, open the seals and find every phrase."""
    import sqlcipher3

    vault, accounts = restricted_station
    author = accounts["demo_counsellor_a"]
    doc = json.loads((vault / "keyslots.json").read_text("utf-8"))
    secret = author["password"].encode("utf-8")
    station, _, clinical = unwrap(doc, "user:demo_counsellor_a", secret)
    conn = sqlcipher3.connect(str(vault / "station.db"))
    conn.execute(f"PRAGMA key = \"x'{station.hex()}'\"")
    conn.execute(f"ATTACH DATABASE '{vault / 'clinical.db'}' AS clinical"
                 f" KEY \"x'{clinical.hex()}'\"")
    try:
        texts = "\n".join(open_sealed(conn, doc["vault_id"],
                                      record_key_of(doc, "user:demo_counsellor_a", secret)))
        assert SECRET_NOTE in texts and SECRET_CRISIS in texts
        recovery = normalise_recovery(accounts["recovery"]["password"]).encode("ascii")
        safe = "\n".join(open_sealed(conn, doc["vault_id"],
                                     record_key_of(doc, "recovery", recovery)))
        assert SECRET_NOTE in safe and SECRET_CRISIS in safe
        # the restricted file's demo notes are sealed too, not only what was written after
        assert conn.execute("SELECT count(*) FROM clinical.sessions WHERE sealed = 1"
                            ).fetchone()[0] >= 2
    finally:
        conn.close()
