"""The transfer file, version 1: encrypted to one station, signed by another.

    magic       22 bytes  b"STATION-DESK-TRANSFER\\n"
    version      1 byte   1
    sender      32 bytes  the sending station's Ed25519 public key
    header_len   4 bytes  big-endian
    header       JSON (UTF-8): who sends, to whom, the KEM and cipher parameters
    body_len     8 bytes  big-endian
    body         AES-256-GCM ciphertext of the case (JSON, UTF-8) with its 16-byte tag
    signature   64 bytes  Ed25519, by `sender`, over every byte before it

The body key: shared = X25519(ephemeral private, recipient's encryption key);
key = HKDF-SHA256(shared, salt = none, info = INFO + ephemeral public + recipient key +
sender key, 32 bytes). The GCM associated data is every byte from the magic to `body_len`, so
the header (and the sender key in it) cannot be changed without the body failing to open.

Reading checks, in this order, and refuses with the first that fails (each its own message):
magic (not a transfer file), version, lengths (damaged or cut short), signature (altered since
it was signed), header, recipient (written for another station), decryption.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import struct
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

MAGIC = b"STATION-DESK-TRANSFER\n"
VERSION = 1
FORMAT = "station-desk/transfer"
CIPHER = "X25519-HKDF-SHA256-AES-256-GCM"
INFO = b"station-desk/transfer/v1"
SIGNATURE_BYTES = 64
_PREFIX = len(MAGIC) + 1 + 32
MAX_HEADER = 64 * 1024

register_messages({
    "transfer_not_file": N_(
        "errors", "This is not a Station Desk transfer file; nothing was imported."),
    "transfer_version": N_(
        "errors", "The transfer file is format version {found}, which this app does not support "
        "(it reads version {supported}); nothing was imported. Upgrade Station Desk, or ask the "
        "sending station to export again with the same version as yours."),
    "transfer_damaged": N_(
        "errors", "The transfer file is incomplete or damaged ({detail}); nothing was imported. "
        "Ask the sending station to send it again."),
    "transfer_bad_signature": N_(
        "errors", "The transfer file's signature does not match: the file was changed after it "
        "was signed. Refused; nothing was imported."),
    "transfer_wrong_recipient": N_(
        "errors", "This transfer file was written for {station} ({station_code}), not for this "
        "station, which cannot decrypt it. Refused."),
    "transfer_undecryptable": N_(
        "errors", "This station's encryption key does not open this transfer file (it was "
        "written to another key). Refused; nothing was imported."),
})


@dataclass(frozen=True)
class Sealed:
    """A transfer file, opened: who sent it, the header as signed, and the case."""

    sender_key: bytes
    header: dict[str, Any]
    body: bytes
    sha256: str


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _kdf(shared: bytes, ephemeral: bytes, recipient: bytes, sender: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=INFO + ephemeral + recipient + sender).derive(shared)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def write(header: dict[str, Any], body: bytes, *, signing_private: bytes,
          recipient_box: bytes) -> bytes:
    """The transfer file for `body` (the case as JSON), encrypted to `recipient_box` and
    signed with `signing_private`. `header` gets the format fields and the KEM parameters."""
    signer = Ed25519PrivateKey.from_private_bytes(signing_private)
    sender = signer.public_key().public_bytes_raw()
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_box))
    key = _kdf(shared, ephemeral_public, recipient_box, sender)
    nonce = secrets.token_bytes(12)
    full = {"format": FORMAT, "version": VERSION, **header, "cipher": CIPHER,
            "ephemeral_key": _b64(ephemeral_public), "nonce": _b64(nonce)}
    head = json.dumps(full, ensure_ascii=False, sort_keys=True).encode("utf-8")
    ciphertext_len = len(body) + 16
    prefix = (MAGIC + bytes([VERSION]) + sender + struct.pack(">I", len(head)) + head
              + struct.pack(">Q", ciphertext_len))
    ciphertext = AESGCM(key).encrypt(nonce, body, prefix)
    signed = prefix + ciphertext
    return signed + signer.sign(signed)


def _damaged(detail: str) -> StationDeskError:
    return StationDeskError("transfer_damaged", detail=detail)


def verify(data: bytes) -> tuple[bytes, dict[str, Any], bytes, bytes]:
    """Check everything that needs no key of ours: (sender key, header, associated data,
    ciphertext), or the reason the file is refused."""
    if not data.startswith(MAGIC):
        raise StationDeskError("transfer_not_file")
    if len(data) < len(MAGIC) + 1:
        raise _damaged("version")
    if data[len(MAGIC)] != VERSION:
        raise StationDeskError("transfer_version", found=data[len(MAGIC)], supported=VERSION)
    if len(data) < _PREFIX + 4:
        raise _damaged("header")
    sender = data[len(MAGIC) + 1:_PREFIX]
    (head_len,) = struct.unpack(">I", data[_PREFIX:_PREFIX + 4])
    head_end = _PREFIX + 4 + head_len
    if head_len > MAX_HEADER or len(data) < head_end + 8:
        raise _damaged("header")
    (body_len,) = struct.unpack(">Q", data[head_end:head_end + 8])
    body_start = head_end + 8
    if len(data) != body_start + body_len + SIGNATURE_BYTES:
        raise _damaged("length")
    signed, signature = data[:-SIGNATURE_BYTES], data[-SIGNATURE_BYTES:]
    try:
        Ed25519PublicKey.from_public_bytes(sender).verify(signature, signed)
    except (InvalidSignature, ValueError):
        raise StationDeskError("transfer_bad_signature") from None
    try:
        header = json.loads(data[_PREFIX + 4:head_end].decode("utf-8"))
    except ValueError:
        raise _damaged("header") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise StationDeskError("transfer_not_file")
    if header.get("version") != VERSION:
        raise StationDeskError("transfer_version", found=header.get("version"),
                               supported=VERSION)
    return sender, header, data[:body_start], data[body_start:-SIGNATURE_BYTES]


def read(data: bytes, *, box_private: bytes) -> Sealed:
    """Open a transfer file with this station's encryption key (after `verify`'s checks)."""
    sender, header, prefix, ciphertext = verify(data)
    box = X25519PrivateKey.from_private_bytes(box_private)
    ours = box.public_key().public_bytes_raw()
    recipient = header.get("recipient") if isinstance(header.get("recipient"), dict) else {}
    if recipient.get("encryption_key") != _b64(ours):
        raise StationDeskError("transfer_wrong_recipient",
                               station=str(recipient.get("station_name", "?")),
                               station_code=str(recipient.get("station_code", "?")))
    try:
        ephemeral = base64.b64decode(str(header["ephemeral_key"]), validate=True)
        nonce = base64.b64decode(str(header["nonce"]), validate=True)
        shared = box.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        body = AESGCM(_kdf(shared, ephemeral, ours, sender)).decrypt(nonce, ciphertext, prefix)
    except (KeyError, ValueError, InvalidTag):
        raise StationDeskError("transfer_undecryptable") from None
    return Sealed(sender, header, body, digest(data))
