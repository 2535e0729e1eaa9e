"""The key-slot file: each account's password (and the recovery key) wraps the vault secrets.

The vault has two SQLCipher databases, each keyed with its own random 256-bit raw key
(`storage/vault.py` says why): `station.db` (the shared compartment every role uses) and
`clinical.db` (the records cabinet). A slot holds only the keys its role may use: every slot
has the station key and the audit key; only the clinical roles' slots (counsellors, the
admin, the recovery key) also have the clinical key. A receptionist's password therefore
derives nothing that decrypts a clinical page, whatever tool is used.

Each slot: Argon2id turns the slot's secret (a password or the recovery key) into a key that
unwraps, with AES-256-GCM, the slot's X25519 private key; the payload is sealed to the slot's
public key. Sealing needs no password, which is what lets `rekey` give every remaining account
new keys when someone leaves, and lets an admin give or withhold the clinical key when an
account's role changes. The vault id, the slot name and the part are GCM associated data, so a
slot copied elsewhere does not open.

The file also keeps sign-in failure counters and failures that happened while the database was
closed; they are not secret and must survive a failed sign-in, which cannot write the database.

Format, version 2 (complete: tests/test_keyslot_format_from_docs.py reimplements it from this
text alone, without importing this package, and opens a real vault with it)
-----------------------------------------------------------------------------------------------
`keyslots.json` is one UTF-8 JSON object:

    "format"    "station-desk-keyslots"
    "version"   2 (version 1: a file written before the vault had two compartments; the same
                layout, with only the 64-byte payload of step 6 below; readers accept both)
    "vault_id"  32 lower-case hex digits (16 random bytes); the database's `meta` table holds
                the same value under the key 'vault_id'
    "slots"     object: slot name -> slot object
    "pending"   list of {"ts", "username", "action"}: sign-in failures waiting to join the
                audit trail (not secret; at most 500, oldest dropped)
    "disabled"  list of the user names of disabled accounts (not secret)

Slot names: "recovery" for the recovery key; "user:" + the user name for an account. User names
are normalised before use: Unicode NFKC, surrounding white space removed, lower case; 1-32
characters from ASCII letters, digits, "_", "." and "-" (e.g. "user:admin").

A slot object. Binary fields are standard base64 (RFC 4648 section 4, "+/" alphabet, with "="
padding, no line breaks); the lengths are of the decoded bytes:

    "kdf"              {"name": "argon2id", "t": time cost, "m": memory in KiB, "p": lanes}
                       Readers refuse t outside 1..64, p outside 1..16, m outside 8*p..4194304.
                       New slots: m = 65536 (64 MiB), p = 2, t calibrated so one derivation
                       takes about 0.5 s on the PC that made the slot.
    "salt"             16 bytes: the Argon2id salt
    "nonce"            12 bytes: AES-GCM nonce of "wrapped_private"
    "wrapped_private"  48 bytes: AES-256-GCM ciphertext (32 bytes) followed by the 16-byte tag,
                       of the slot's X25519 private key (the 32-byte scalar of RFC 7748)
    "public"           32 bytes: that key pair's X25519 public key
    "ephemeral"        32 bytes: X25519 public key of the one-time key pair that sealed the payload
    "payload_nonce"    12 bytes: AES-GCM nonce of "payload"
    "payload"          AES-256-GCM ciphertext followed by the 16-byte tag, of the payload
                       (step 6): 82 bytes without the clinical key, 114 bytes with it (80 in
                       a version 1 file)
    "record_ephemeral", "record_nonce", "record"
                       optional, all three or none: the holder's record private key (the
                       32-byte X25519 scalar that opens restricted content sealed to it,
                       storage/sealed.py), sealed to "public" like the payload but on its own
                       (32, 12 and 48 bytes; see "Sealing" below, with the parts "record-seal"
                       and "record"). A rekey or a role change reseals the payload and leaves
                       these as they are; only the holder's own sign-in (or a password change)
                       writes them, so no other account's process ever sees the private key.
    "created"          Unix time (integer seconds) the slot was made
    "failures", "retry_after", "locked_until"
                       sign-in throttling: integers (a count, then Unix times); not secret and
                       not authenticated (altering them only changes waiting times)
    "check"            32 bytes: an unkeyed checksum of the slot (below), so a damaged slot is
                       reported as damaged rather than as a wrong password. Written whenever a
                       slot's keys are written; a slot without it (made by an earlier version)
                       is accepted and gains it the next time the file is written.

The checksum: SHA-256 of the UTF-8 bytes of
    "station-desk/keyslot-check/v1\n" + J
where J is the JSON of an object holding exactly the slot's fields "kdf", "salt", "nonce",
"wrapped_private", "public", "ephemeral", "payload_nonce" and "payload", and also
"record_ephemeral", "record_nonce" and "record" when the slot has them, with their values as
stored, keys sorted, separators "," and ":" (no spaces), non-ASCII characters kept as they are
(for example {"ephemeral":"…","kdf":{"m":65536,"name":"argon2id","p":2,"t":3},"nonce":"…",…}).
It is no defence against a deliberate change (anyone can recompute it; the GCM tags and their
associated data are that defence, which is also why a slot copied to another name or vault
still reads as a wrong secret): it tells a bit flip in the file from a wrong secret before any
key is derived. Readers check it before step 1 below and stop with "the slot is damaged" when
it differs. The throttling fields and "created" are not covered (they change, or do not matter).

The secret: a password is the UTF-8 encoding of exactly what was typed (no normalisation). The
recovery key is normalised first: upper case; every character that is not a letter or digit
dropped; "0" -> "O", "1" -> "I", "8" -> "B"; then groups of four joined with "-"
(eight groups, e.g. "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"), used as its ASCII bytes.

Associated data, written AD(part): the UTF-8 bytes of
    "station-desk/keyslot/v1/" + vault_id + "/" + slot name + "/" + part
for example "station-desk/keyslot/v1/00112233445566778899aabbccddeeff/user:admin/private".
The parts are "private", "seal", "payload", "record-seal" and "record".

Unwrapping a slot with a secret:
  1. kek = Argon2id (RFC 9106, version 0x13) of password = secret, salt = "salt", time cost t,
     memory m KiB, parallelism p, tag length 32 bytes, no secret key, no associated data.
  2. private = AES-256-GCM decrypt with key kek, nonce "nonce", ciphertext-and-tag
     "wrapped_private", associated data AD("private"). A failed tag: wrong secret.
  3. shared = X25519(private, "ephemeral"): 32 bytes.
  4. seal_key = HKDF-SHA256 (RFC 5869) with input key material shared, no salt (that is,
     32 zero bytes), info AD("seal"), output length 32 bytes.
  5. payload = AES-256-GCM decrypt with key seal_key, nonce "payload_nonce", ciphertext-and-tag
     "payload", associated data AD("payload"). A failed tag after step 2 succeeded: the file
     was altered.
  6. The payload: byte 0 is the payload format, 2; byte 1 holds flags; bytes 2-33 are the
     station (database) key, bytes 34-65 the audit key; if flags bit 0 (0x01) is set, bytes
     66-97 are the clinical key (66 bytes without it, 98 with it). Other flag bits are
     reserved: a reader refuses a payload that sets them or whose length does not match. In a
     version 1 file the payload is 64 bytes: the database key, then the audit key, no flags.
     Only the slots of the clinical roles (counsellor, admin) and the recovery slot have the
     clinical key; a receptionist's slot has flags 0.

Sealing a payload to a slot (needs only "public"): make a fresh X25519 key pair, shared =
X25519(its private key, "public"), seal_key as in step 4, a fresh random 12-byte
"payload_nonce", "payload" = AES-256-GCM encrypt of the payload bytes with AD("payload");
store the fresh public key as "ephemeral". A new slot also gets a fresh salt, nonce and key pair
and wraps the private key as in steps 1-2.

The record key, when the slot has one, is sealed and opened the same way with its own fields:
record_key = AES-256-GCM decrypt with key HKDF-SHA256(X25519(private, "record_ephemeral"), no
salt, info AD("record-seal"), 32 bytes), nonce "record_nonce", ciphertext-and-tag "record",
associated data AD("record"): the holder's 32-byte X25519 record private key. Its public half
is in station.db's `record_keys` (holder = the slot name). What is sealed with it is described
in storage/sealed.py.

Opening the databases with the payload: `station.db` and `clinical.db` are SQLCipher 4 with
its default settings (4096-byte pages, HMAC-SHA512), each keyed with its raw key, no
passphrase KDF. In the stock shell, `sqlcipher station.db`, then
    PRAGMA key = "x'<the 32-byte station key as 64 hex digits>'";
    ATTACH DATABASE 'clinical.db' AS clinical KEY "x'<the clinical key, 64 hex digits>'";
(the second line only with a payload that has the clinical key). The app attaches clinical.db
the same way, as schema `clinical`. The audit key is the HMAC-SHA256 key of the audit trail
(domain/audit.py).

Files are written atomically (temporary file, flush, rename; the previous version kept as
`keyslots.json.bak`) and private to the user: mode 0600 on POSIX (storage/private.py).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_
from station_desk.storage.atomic import atomic_write

register_messages({
    "keyslot_damaged": N_(
        "errors", "The key slot of {who} in {path} is damaged (this is not a wrong password). "
        "To recover: with the app closed, replace the file with the previous version kept "
        "beside it, keyslots.json.bak; or {fix}; or restore the latest backup."),
})

FORMAT = "station-desk-keyslots"
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)  # 1: before the compartments (64-byte payloads)
KEY_BYTES = 32
PAYLOAD_BYTES = 2 * KEY_BYTES  # database key + audit key
RECOVERY_SLOT = "recovery"
SLOT_FIELDS = ("salt", "nonce", "wrapped_private", "public", "ephemeral", "payload_nonce",
               "payload")
MAX_PENDING_EVENTS = 500
# Decoded lengths of the fixed-size fields; "payload" is its plaintext plus the 16-byte tag.
FIELD_BYTES = {"salt": 16, "nonce": 12, "wrapped_private": KEY_BYTES + 16, "public": KEY_BYTES,
               "ephemeral": KEY_BYTES, "payload_nonce": 12}
GCM_TAG_BYTES = 16
# The slot's own record key pair (storage/sealed.py), sealed to the slot like the payload but
# on its own, so a payload resealed by someone else (rekey, a role change) leaves it as it is.
RECORD_FIELDS = ("record_ephemeral", "record_nonce", "record")
FIELD_BYTES.update({"record_ephemeral": KEY_BYTES, "record_nonce": 12, "record": KEY_BYTES + 16})
CHECK_FIELD = "check"
CHECKED_FIELDS = ("kdf", *SLOT_FIELDS)
CHECK_DOMAIN = "station-desk/keyslot-check/v1\n"

# Set only by tests and the benchmark: real Argon2id, smaller cost, so suites stay fast.
FAST_KDF_ENV = "STATION_DESK_FAST_KDF"


PAYLOAD_FORMAT = 2
HAS_CLINICAL = 0x01


@dataclass(frozen=True)
class Payload:
    """What one slot unlocks: the station and audit keys always; the clinical key only in a
    clinical role's slot."""

    db_key: bytes
    audit_key: bytes
    clinical_key: bytes | None = None

    @classmethod
    def generate(cls) -> Payload:
        """New station, audit and clinical keys (a new vault)."""
        return cls(secrets.token_bytes(KEY_BYTES), secrets.token_bytes(KEY_BYTES),
                   secrets.token_bytes(KEY_BYTES))

    def to_bytes(self) -> bytes:
        flags = HAS_CLINICAL if self.clinical_key else 0
        return (bytes((PAYLOAD_FORMAT, flags)) + self.db_key + self.audit_key
                + (self.clinical_key or b""))

    @classmethod
    def from_bytes(cls, raw: bytes) -> Payload:
        if len(raw) == PAYLOAD_BYTES:  # written before the compartments
            return cls(raw[:KEY_BYTES], raw[KEY_BYTES:])
        if len(raw) < 2 or raw[0] != PAYLOAD_FORMAT or raw[1] & ~HAS_CLINICAL:
            raise ValueError("payload format")
        clinical = bool(raw[1] & HAS_CLINICAL)
        if len(raw) != 2 + (3 if clinical else 2) * KEY_BYTES:
            raise ValueError("payload length")
        keys = raw[2:]
        return cls(keys[:KEY_BYTES], keys[KEY_BYTES:2 * KEY_BYTES],
                   keys[2 * KEY_BYTES:] if clinical else None)

    @property
    def has_clinical(self) -> bool:
        return self.clinical_key is not None

    def for_slot(self, *, clinical: bool) -> Payload:
        """The payload another slot gets from this one: the same station and audit keys, and
        the clinical key only if that slot's role is clinical (and this payload has it)."""
        if clinical and self.clinical_key is None:
            raise ValueError("cannot give a clinical key this payload does not hold")
        return Payload(self.db_key, self.audit_key, self.clinical_key if clinical else None)


@dataclass(frozen=True)
class Opened:
    """A slot opened with its secret: the vault keys, and the holder's own record key."""

    payload: Payload
    record_key: bytes | None


@dataclass(frozen=True)
class KdfParams:
    time_cost: int
    memory_kib: int
    parallelism: int

    def to_json(self) -> dict[str, Any]:
        return {"name": "argon2id", "t": self.time_cost, "m": self.memory_kib,
                "p": self.parallelism}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        if data.get("name") != "argon2id":
            raise ValueError("kdf name")
        params = cls(int(data["t"]), int(data["m"]), int(data["p"]))
        if not (1 <= params.time_cost <= 64 and 8 * params.parallelism <= params.memory_kib
                <= 4 * 1024 * 1024 and 1 <= params.parallelism <= 16):
            raise ValueError("kdf params out of range")
        return params


_calibrated: KdfParams | None = None


def default_params(target_seconds: float = 0.5) -> KdfParams:
    """Argon2id with 64 MiB and two lanes, time cost raised until one derivation takes ~target.

    Measured on this machine once per process, so a slot made on a station PC costs an
    attacker what it costs that PC.
    """
    global _calibrated
    if os.environ.get(FAST_KDF_ENV):
        return KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
    if _calibrated is None:
        probe = KdfParams(time_cost=1, memory_kib=64 * 1024, parallelism=2)
        # The fastest of three probes: a busy moment must not talk us into a weaker setting.
        timings = []
        for _ in range(3):
            start = time.perf_counter()
            derive_key(b"calibration", secrets.token_bytes(16), probe)
            timings.append(time.perf_counter() - start)
        elapsed = max(min(timings), 1e-3)
        _calibrated = KdfParams(max(1, round(target_seconds / elapsed)), 64 * 1024, 2)
    return _calibrated


def derive_key(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(secret, salt, time_cost=params.time_cost,
                           memory_cost=params.memory_kib, parallelism=params.parallelism,
                           hash_len=KEY_BYTES, type=Type.ID)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _raw(secret: str | bytes) -> bytes:
    return secret.encode("utf-8") if isinstance(secret, str) else secret


def user_slot(username: str) -> str:
    return f"user:{username}"


def _check_structure(slot: dict[str, Any]) -> None:
    """Raise ValueError (or KeyError/TypeError) for a slot that cannot be one: a field
    missing, not base64, or of the wrong length."""
    KdfParams.from_json(slot["kdf"])
    for field in SLOT_FIELDS:
        raw = _unb64(slot[field])
        wanted = FIELD_BYTES.get(field)
        if (len(raw) != wanted) if wanted is not None else len(raw) <= GCM_TAG_BYTES:
            raise ValueError(f"{field} length")
    present = [field for field in RECORD_FIELDS if field in slot]
    if present and len(present) != len(RECORD_FIELDS):
        raise ValueError("record fields")
    for field in present:
        if len(_unb64(slot[field])) != FIELD_BYTES[field]:
            raise ValueError(f"{field} length")
    if CHECK_FIELD in slot and len(_unb64(slot[CHECK_FIELD])) != 32:
        raise ValueError("check length")


def slot_check(slot: dict[str, Any]) -> str:
    """The slot's checksum field as documented above (base64 of SHA-256)."""
    fields = {field: slot[field] for field in CHECKED_FIELDS}
    fields.update({field: slot[field] for field in RECORD_FIELDS if field in slot})
    text = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return _b64(hashlib.sha256((CHECK_DOMAIN + text).encode("utf-8")).digest())


class KeySlotFile:
    """In-memory view of `keyslots.json`; `save()` replaces the file atomically."""

    def __init__(self, path: Path, vault_id: str, slots: dict[str, dict[str, Any]],
                 pending: list[dict[str, Any]], disabled: list[str] | None = None) -> None:
        self.path = path
        self.vault_id = vault_id
        self.slots = slots
        self.pending = pending
        # Names of disabled accounts (their slots are gone), so sign-in can say "disabled"
        # rather than "wrong password".
        self.disabled = disabled if disabled is not None else []

    @property
    def backup_path(self) -> Path:
        return self.path.with_name(self.path.name + ".bak")

    @classmethod
    def new(cls, path: Path) -> KeySlotFile:
        return cls(path, secrets.token_hex(16), {}, [])

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        if not path.exists():
            raise StationDeskError("keyslots_missing", path=str(path))
        try:
            data = json.loads(path.read_bytes().decode("utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not an object")
            if data.get("format") != FORMAT or int(data.get("version", 0)) not in \
                    READABLE_VERSIONS:
                raise ValueError("format")
            slots = data["slots"]
            if not isinstance(slots, dict):
                raise ValueError("slots")
            for slot in slots.values():
                _check_structure(slot)
            pending = data.get("pending", [])
            if not isinstance(pending, list) or not all(isinstance(e, dict) for e in pending):
                raise ValueError("pending")
            disabled = data.get("disabled", [])
            if not isinstance(disabled, list) or not all(isinstance(n, str) for n in disabled):
                raise ValueError("disabled")
            return cls(path, str(data["vault_id"]), slots, list(pending), list(disabled))
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            raise StationDeskError("keyslots_corrupt", path=str(path)) from exc

    def save(self, *, keep_previous: bool = True) -> None:
        for slot in self.slots.values():  # slots from before the checksum gain it now
            if CHECK_FIELD not in slot:
                slot[CHECK_FIELD] = slot_check(slot)
        data = {"format": FORMAT, "version": FORMAT_VERSION, "vault_id": self.vault_id,
                "slots": self.slots, "pending": self.pending[-MAX_PENDING_EVENTS:],
                "disabled": sorted(set(self.disabled))}
        text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
        try:
            atomic_write(self.path, text.encode("utf-8"),
                         keep_previous=self.backup_path if keep_previous else None)
        except BaseException:
            self._forget_unsaved()
            raise

    def _forget_unsaved(self) -> None:
        """A change that did not reach the file did not happen: drop it from memory too, or
        the next save of something else (say, a sign-in counter) would write it after all."""
        if not self.path.exists():
            return
        try:
            saved = KeySlotFile.load(self.path)
        except StationDeskError:
            return
        if saved.vault_id == self.vault_id:
            self.slots.clear()
            self.slots.update(saved.slots)
            self.pending[:] = saved.pending
            self.disabled[:] = saved.disabled

    def copy_to(self, path: Path) -> KeySlotFile:
        return KeySlotFile(path, self.vault_id, json.loads(json.dumps(self.slots)),
                           list(self.pending), list(self.disabled))

    def _aad(self, name: str, part: str) -> bytes:
        return f"station-desk/keyslot/v1/{self.vault_id}/{name}/{part}".encode()

    def set_slot(self, name: str, secret: str | bytes, payload: Payload,
                 params: KdfParams | None = None, *, record_key: bytes | None = None) -> None:
        """Create or replace one slot (new key pair, new salt); counters start fresh. With
        `record_key`, the holder's record private key is sealed into it too."""
        params = params or default_params()
        salt = secrets.token_bytes(16)
        nonce = secrets.token_bytes(12)
        private = X25519PrivateKey.generate()
        kek = derive_key(_raw(secret), salt, params)
        wrapped = AESGCM(kek).encrypt(nonce, private.private_bytes_raw(),
                                      self._aad(name, "private"))
        self.slots[name] = {
            "kdf": params.to_json(), "salt": _b64(salt), "nonce": _b64(nonce),
            "wrapped_private": _b64(wrapped),
            "public": _b64(private.public_key().public_bytes_raw()),
            "created": int(time.time()), "failures": 0, "retry_after": 0, "locked_until": 0,
        }
        if record_key is not None:
            self._seal_part(name, "record", record_key)
        self.seal(name, payload)  # and writes the new slot's checksum

    def seal(self, name: str, payload: Payload) -> None:
        """Encrypt `payload` to the slot's public key; needs no password, so `rekey` can
        hand every remaining account the new database key."""
        self._seal_part(name, "payload", payload.to_bytes())

    def seal_record(self, name: str, record_key: bytes) -> None:
        """Seal the holder's record private key into the slot (no password needed)."""
        self._seal_part(name, "record", record_key)

    def _seal_part(self, name: str, part: str, plain: bytes) -> None:
        slot = self.slots[name]
        # A damaged slot stays marked damaged: a fresh checksum would vouch for its bad bytes.
        intact = "ephemeral" not in slot or self.intact(name)
        ephemeral = X25519PrivateKey.generate()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(_unb64(slot["public"])))
        nonce = secrets.token_bytes(12)
        if part == "payload":
            fields, info = ("ephemeral", "payload_nonce", "payload"), "seal"
        else:
            fields, info = RECORD_FIELDS, "record-seal"
        key = self._seal_key(shared, name, info)
        slot[fields[0]] = _b64(ephemeral.public_key().public_bytes_raw())
        slot[fields[1]] = _b64(nonce)
        slot[fields[2]] = _b64(AESGCM(key).encrypt(nonce, plain, self._aad(name, part)))
        if intact and "ephemeral" in slot:
            slot[CHECK_FIELD] = slot_check(slot)

    def intact(self, name: str) -> bool:
        """False when the slot's checksum does not match it (a slot without one: True)."""
        slot = self.slots[name]
        stored = slot.get(CHECK_FIELD)
        return stored is None or hmac.compare_digest(
            str(stored), slot_check(slot))

    def damaged(self, name: str) -> StationDeskError:
        """The one-line message for a slot whose checksum does not match."""
        if name == RECOVERY_SLOT:
            who = N_("storage", "the recovery key")
            fix = N_("storage", "have an admin sign in and make a new recovery key")
        else:
            user = name.removeprefix("user:")
            who = N_("storage", "account {user}").format(user=user)
            fix = N_(
                "storage", "sign in with the recovery key or another admin's account and reset "
                "this account's password")
        return StationDeskError("keyslot_damaged", path=str(self.path), who=who, fix=fix)

    def _seal_key(self, shared: bytes, name: str, info: str = "seal") -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                    info=self._aad(name, info)).derive(shared)

    def unwrap(self, name: str, secret: str | bytes) -> Payload | None:
        """The payload, or None when the secret is wrong (or the slot does not exist)."""
        opened = self.open(name, secret)
        return None if opened is None else opened.payload

    def open(self, name: str, secret: str | bytes) -> Opened | None:
        """The payload and the holder's record key (None if the slot has none yet), or None
        when the secret is wrong (or the slot does not exist)."""
        slot = self.slots.get(name)
        if slot is None:
            self.spend_like_a_real_attempt(secret)
            return None
        if not self.intact(name):  # before the key derivation: not a wrong password
            raise self.damaged(name)
        kek = derive_key(_raw(secret), _unb64(slot["salt"]), KdfParams.from_json(slot["kdf"]))
        try:
            private_raw = AESGCM(kek).decrypt(_unb64(slot["nonce"]),
                                              _unb64(slot["wrapped_private"]),
                                              self._aad(name, "private"))
        except InvalidTag:
            return None
        private = X25519PrivateKey.from_private_bytes(private_raw)
        try:
            payload = Payload.from_bytes(self._open_part(name, private, "payload"))
            record = (self._open_part(name, private, "record") if RECORD_FIELDS[0] in slot
                      else None)
        except (InvalidTag, ValueError) as exc:  # the password was right: the file was altered
            raise StationDeskError("keyslots_corrupt", path=str(self.path)) from exc
        return Opened(payload, record)

    def _open_part(self, name: str, private: X25519PrivateKey, part: str) -> bytes:
        slot = self.slots[name]
        if part == "payload":
            fields, info = ("ephemeral", "payload_nonce", "payload"), "seal"
        else:
            fields, info = RECORD_FIELDS, "record-seal"
        shared = private.exchange(X25519PublicKey.from_public_bytes(_unb64(slot[fields[0]])))
        return AESGCM(self._seal_key(shared, name, info)).decrypt(
            _unb64(slot[fields[1]]), _unb64(slot[fields[2]]), self._aad(name, part))

    def dummy_params(self) -> KdfParams:
        """The cost an attempt on a real slot of this file has (its first account's), so an
        unknown name takes as long as a known one. Not `default_params()`: that would be
        calibrated (three extra derivations) on the first call, and may differ from what the
        slots were made with on another PC."""
        for name in sorted(self.slots):
            if name != RECOVERY_SLOT:
                return KdfParams.from_json(self.slots[name]["kdf"])
        return default_params()

    def spend_like_a_real_attempt(self, secret: str | bytes) -> None:
        """A real Argon2id run against a dummy slot with a real slot's parameters, and an
        AES-GCM check, so user names cannot be probed by timing."""
        kek = derive_key(_raw(secret), b"\0" * 16, self.dummy_params())
        with contextlib.suppress(InvalidTag):
            AESGCM(kek).decrypt(b"\0" * 12, b"\0" * 48, self._aad("user:?", "private"))

    def remove(self, name: str) -> None:
        self.slots.pop(name, None)

    def add_pending(self, event: dict[str, Any]) -> None:
        self.pending.append(event)
        del self.pending[:-MAX_PENDING_EVENTS]
