"""The station's keys: Ed25519 signing packages and transfer files, the public key the union
registers, and the X25519 key other stations encrypt transfer files to.

The signing key pair is made with the vault (`domain.auth.create_station`) and never leaves it;
the union gets the public half as a small JSON key file (`station-desk station-key`), and both
sides show the same fingerprint so staff can compare it by phone before registering.

The encryption key pair (X25519, for case transfers between stations: export/transfer/,
docs/transfer.md) is published in the same key file, signed by the signing key, so the one
fingerprint read aloud vouches for both. A vault made before transfers gets its pair at first
need (`box_keys`). Key files without it stay readable (the union needs only the signing key);
only a transfer to such a station is refused, with the way to a new key file.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    PublicFormat,
    load_pem_public_key,
)

from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.export.profile import station_info
from station_desk.i18n import N_
from station_desk.storage.database import Database

KEY_FORMAT = "station-desk/station-key"
KEY_VERSION = 1
BOX_ALGORITHM = "X25519"
# What the signing key signs to vouch for the encryption key (domain-separated from packages).
BOX_SIGNED_PREFIX = b"station-desk/station-key/encryption/v1\x00"

register_messages({
    "station_key_missing": N_("errors", "This vault has no station signing key."),
    "key_file_invalid": N_("errors", "Unrecognised public key file: {detail}"),
    "key_file_unreadable": N_(
        "errors", "Unrecognised public key file: it is neither what `station-desk station-key` "
        "prints nor the key file it writes with --out. At the station, run `station-desk "
        "station-key --out station.key` and register station.key."),
    "key_file_no_box": N_(
        "errors", "The key file of {station} has no encryption key (an older version wrote it), "
        "so no transfer can be encrypted to it. Ask them to run `station-desk station-key --out "
        "station.key` with the new version and send the new station.key."),
})

# What `station-desk station-key` prints (cli.export_commands), in either language:
#   服务站：<name> (<code>)          Station: <name> (<code>)
#   公钥（Ed25519，base64）：<b64>    Public key (Ed25519, base64): <b64>
#   指纹：<fingerprint>              Fingerprint: <fingerprint>
#   加密公钥（X25519，base64）：<b64>  Encryption key (X25519, base64): <b64>
#   加密公钥签名：<b64>               Encryption key signature: <b64>
#   -----BEGIN PUBLIC KEY----- … -----END PUBLIC KEY-----
STATION_PREFIXES = ("服务站：", "Station: ")
KEY_PREFIXES = ("公钥（Ed25519，base64）：", "Public key (Ed25519, base64): ")
FINGERPRINT_PREFIXES = ("指纹：", "Fingerprint: ")
BOX_PREFIXES = ("加密公钥（X25519，base64）：", "Encryption key (X25519, base64): ")
BOX_SIGNATURE_PREFIXES = ("加密公钥签名：", "Encryption key signature: ")
_PEM = re.compile(r"-----BEGIN PUBLIC KEY-----[A-Za-z0-9+/=\s]+-----END PUBLIC KEY-----")
_NAME_CODE = re.compile(r"^(?P<name>.*?)\s*\((?P<code>[^()]+)\)\s*$")


def fingerprint(public_raw: bytes) -> str:
    """First 128 bits of SHA-256 over the raw key, in groups of four: easy to read aloud."""
    digest = hashlib.sha256(public_raw).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def _keys(db: Database) -> tuple[bytes, bytes]:
    row = db.one("SELECT private_key, public_key FROM station_key WHERE id = 1")
    if row is None:
        raise StationDeskError("station_key_missing")
    return bytes(row[0]), bytes(row[1])


def box_keys(db: Database) -> tuple[bytes, bytes]:
    """The station's X25519 (private, public) pair; made (and kept) the first time a vault
    from before transfers needs it. Joins the caller's transaction if there is one."""
    row = db.one("SELECT box_private, box_public FROM station_key WHERE id = 1")
    if row is None:
        raise StationDeskError("station_key_missing")
    if row[0] is not None and row[1] is not None:
        return bytes(row[0]), bytes(row[1])
    private = X25519PrivateKey.generate()
    pair = private.private_bytes_raw(), private.public_key().public_bytes_raw()
    with db.transaction():
        db.execute("UPDATE station_key SET box_private = ?, box_public = ? WHERE id = 1"
                   " AND box_private IS NULL", pair)
    found = db.one("SELECT box_private, box_public FROM station_key WHERE id = 1")
    return bytes(found[0]), bytes(found[1])


def box_signature(db: Database) -> bytes:
    """The signing key's word for the encryption key (checked by `parse_station_key`)."""
    return sign(db, BOX_SIGNED_PREFIX + box_keys(db)[1])


def public_key(session: Session) -> bytes:
    return _keys(session.db)[1]


def station_fingerprint(session: Session) -> str:
    """For the settings screen: what the union office reads back when registering."""
    return fingerprint(public_key(session))


def signing_private(db: Database) -> bytes:
    """The raw private signing key, for a signer that takes it whole (export/transfer)."""
    return _keys(db)[0]


def sign(db: Database, data: bytes) -> bytes:
    private, _ = _keys(db)
    return Ed25519PrivateKey.from_private_bytes(private).sign(data)


def verify(public_raw: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def public_pem(public_raw: bytes) -> str:
    key = Ed25519PublicKey.from_public_bytes(public_raw)
    return key.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode("ascii")


def key_file(session: Session) -> dict[str, Any]:
    info = station_info(session.db)
    raw = public_key(session)
    box = box_keys(session.db)[1]
    return {"format": KEY_FORMAT, "version": KEY_VERSION, "station_code": info.code,
            "station_name": info.name, "algorithm": "Ed25519",
            "public_key": base64.b64encode(raw).decode("ascii"),
            "fingerprint": fingerprint(raw), "public_key_pem": public_pem(raw),
            "encryption_algorithm": BOX_ALGORITHM,
            "encryption_key": base64.b64encode(box).decode("ascii"),
            "encryption_key_signature": base64.b64encode(box_signature(session.db)).decode()}


@dataclass(frozen=True)
class StationKey:
    """A station's published keys, checked: the encryption key (None in an older key file)
    is signed by the signing key."""

    code: str
    name: str
    public_key: bytes
    box_public: bytes | None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def label(self) -> str:
        return f"{self.name} ({self.code})"

    def require_box(self) -> bytes:
        if self.box_public is None:
            raise StationDeskError("key_file_no_box", station=self.label())
        return self.box_public


def _decode(data: bytes) -> str:
    """The file as text. `station-key > station.pub` in Windows PowerShell 5 writes UTF-16
    with a byte-order mark; everything else here writes UTF-8 (a BOM is allowed)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    return data.decode("utf-8-sig")


def parse_key_file(data: bytes) -> tuple[str, str, bytes]:
    """(station code, station name, raw public key) from the key file `station-key --out`
    (or `--json`) writes, or from what plain `station-key` prints (`station-key > x.pub`)."""
    key = parse_station_key(data, with_box=False)
    return key.code, key.name, key.public_key


def parse_station_key(data: bytes, *, with_box: bool = True) -> StationKey:
    """The key file (or printed key) with its encryption key, if it has one, checked
    (`with_box`; the union, which needs only the signing key, reads it as before)."""
    try:
        text = _decode(data)
    except UnicodeDecodeError:
        raise StationDeskError("key_file_unreadable") from None
    try:
        doc = json.loads(text)
    except ValueError:
        doc = _printed_key(text)
    if not isinstance(doc, dict) or doc.get("format") != KEY_FORMAT:
        raise StationDeskError("key_file_invalid", detail="format")
    if doc.get("version") != KEY_VERSION or doc.get("algorithm") != "Ed25519":
        raise StationDeskError("key_file_invalid", detail="version / algorithm")
    code, name = doc.get("station_code"), doc.get("station_name", "")
    if not isinstance(code, str) or not code.strip() or not isinstance(name, str):
        raise StationDeskError("key_file_invalid", detail="station_code")
    try:
        raw = base64.b64decode(str(doc.get("public_key", "")), validate=True)
        Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise StationDeskError("key_file_invalid", detail="public_key") from None
    pem = doc.get("public_key_pem")
    if isinstance(pem, str) and pem.strip():
        try:
            loaded = load_pem_public_key(pem.encode("ascii"))
        except ValueError:
            raise StationDeskError("key_file_invalid", detail="public_key_pem") from None
        if not isinstance(loaded, Ed25519PublicKey) or loaded.public_bytes(
                Encoding.Raw, PublicFormat.Raw) != raw:
            raise StationDeskError("key_file_invalid", detail="PEM ≠ public_key")
    if doc.get("fingerprint") not in (None, fingerprint(raw)):
        raise StationDeskError("key_file_invalid", detail="fingerprint")
    return StationKey(code.strip(), name.strip(), raw, _box_of(doc, raw) if with_box else None)


def _box_of(doc: dict[str, Any], signing: bytes) -> bytes | None:
    """The encryption key if the file has one; it must carry the signing key's signature."""
    if not doc.get("encryption_key"):
        return None
    if doc.get("encryption_algorithm", BOX_ALGORITHM) != BOX_ALGORITHM:
        raise StationDeskError("key_file_invalid", detail="encryption_algorithm")
    try:
        box = base64.b64decode(str(doc["encryption_key"]), validate=True)
        signature = base64.b64decode(str(doc.get("encryption_key_signature", "")),
                                     validate=True)
    except (binascii.Error, ValueError):
        raise StationDeskError("key_file_invalid", detail="encryption_key") from None
    if len(box) != 32 or not verify(signing, signature, BOX_SIGNED_PREFIX + box):
        raise StationDeskError("key_file_invalid", detail="encryption_key_signature")
    return box


def _printed_key(text: str) -> dict[str, Any]:
    """The key file's fields from `station-key`'s printed lines, checked like a key file."""
    fields: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.strip()
        for key, prefixes in (("station", STATION_PREFIXES), ("public_key", KEY_PREFIXES),
                              ("fingerprint", FINGERPRINT_PREFIXES),
                              ("encryption_key", BOX_PREFIXES),
                              ("encryption_key_signature", BOX_SIGNATURE_PREFIXES)):
            prefix = next((p for p in prefixes if line.startswith(p)), None)
            if prefix is not None and key not in fields:
                fields[key] = line[len(prefix):].strip()
    pem = _PEM.search(text)
    match = _NAME_CODE.match(fields.get("station", ""))
    if match is None or not (pem or fields.get("public_key")):
        raise StationDeskError("key_file_unreadable")
    public = fields.get("public_key", "")
    if pem is not None and not public:  # the base64 line was cut off: take the key from the PEM
        try:
            loaded = load_pem_public_key(pem.group(0).encode("ascii"))
        except ValueError:
            raise StationDeskError("key_file_invalid", detail="public_key_pem") from None
        if not isinstance(loaded, Ed25519PublicKey):
            raise StationDeskError("key_file_invalid", detail="public_key_pem")
        public = base64.b64encode(loaded.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()
    try:
        base64.b64decode(public, validate=True)
    except (binascii.Error, ValueError):
        raise StationDeskError("key_file_invalid", detail="public_key") from None
    return {"format": KEY_FORMAT, "version": KEY_VERSION, "algorithm": "Ed25519",
            "station_code": match["code"].strip(), "station_name": match["name"].strip(),
            "public_key": public, "fingerprint": fields.get("fingerprint"),
            "public_key_pem": pem.group(0) if pem else "",
            "encryption_key": fields.get("encryption_key", ""),
            "encryption_key_signature": fields.get("encryption_key_signature", "")}
