"""The station's Ed25519 key: signing packages, and the public key the union registers.

The key pair is made with the vault (`domain.auth.create_station`) and never leaves it; the
union gets the public half as a small JSON key file (`station-desk station-key`), and both
sides show the same fingerprint so staff can compare it by phone before registering.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    PublicFormat,
    load_pem_public_key,
)

from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.export.profile import station_info
from station_desk.storage.database import Database

KEY_FORMAT = "station-desk/station-key"
KEY_VERSION = 1

register_messages({
    "station_key_missing": ("本保险库没有服务站签名密钥。",
                            "This vault has no station signing key."),
    "key_file_invalid": ("公钥文件无法识别：{detail}", "Unrecognised public key file: {detail}"),
})


def fingerprint(public_raw: bytes) -> str:
    """First 128 bits of SHA-256 over the raw key, in groups of four: easy to read aloud."""
    digest = hashlib.sha256(public_raw).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def _keys(db: Database) -> tuple[bytes, bytes]:
    row = db.one("SELECT private_key, public_key FROM station_key WHERE id = 1")
    if row is None:
        raise StationDeskError("station_key_missing")
    return bytes(row[0]), bytes(row[1])


def public_key(session: Session) -> bytes:
    return _keys(session.db)[1]


def station_fingerprint(session: Session) -> str:
    """For the settings screen: what the union office reads back when registering."""
    return fingerprint(public_key(session))


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
    return {"format": KEY_FORMAT, "version": KEY_VERSION, "station_code": info.code,
            "station_name": info.name, "algorithm": "Ed25519",
            "public_key": base64.b64encode(raw).decode("ascii"),
            "fingerprint": fingerprint(raw), "public_key_pem": public_pem(raw)}


def parse_key_file(data: bytes) -> tuple[str, str, bytes]:
    """(station code, station name, raw public key) from a key file made by `key_file`."""
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        raise StationDeskError("key_file_invalid", detail="不是 JSON / not JSON") from None
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
    return code.strip(), name.strip(), raw
