"""Sealed content: bytes encrypted under a random per-record key that is itself wrapped to one or
more X25519 public keys (the record keys of `keyslots.py`), so that only those holders open it.

Used for restricted (高度保密) records (domain/records/restricted.py): the clinical key opens
clinical.db, but a restricted record's text in it is sealed to its author and to the recovery
key, so a colleague who holds the clinical key still cannot read it, with the app or without.

Format, version 1 (everything in clinical.db):
- The record key: 32 random bytes, one per sealed row.
- The body: AES-256-GCM with the record key, a random 12-byte nonce and associated data
  AD = UTF-8 of "station-desk/sealed/v1/" + vault_id + "/" + table + "/" + row id; the plaintext is
  the UTF-8 JSON object of the sealed columns. Stored as `sealed.nonce`, `sealed.body`
  (ciphertext followed by the 16-byte tag). The AD ties a body to its row: moved to another row,
  it does not open.
- A wrap, one per holder: a fresh X25519 key pair (its public key stored as `ephemeral`),
  shared = X25519(its private key, the holder's public key), kek = HKDF-SHA256(shared, no salt,
  info = AD + "/wrap", 32 bytes), `wrapped` = AES-256-GCM(kek, `nonce`, record key, AD + "/wrap").
  Stored in `sealed_keys` with the holder's name and the public key it was made for.
Opening: kek from X25519(holder's private record key, `ephemeral`), then the record key, then
the body.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12


def associated_data(vault_id: str, table: str, row_id: int) -> bytes:
    return f"station-desk/sealed/v1/{vault_id}/{table}/{row_id:d}".encode()


def new_record_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def public_of(private: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()


def new_key_pair() -> tuple[bytes, bytes]:
    """(private, public) X25519 record key pair of a holder."""
    private = X25519PrivateKey.generate()
    return private.private_bytes_raw(), private.public_key().public_bytes_raw()


def encrypt(key: bytes, plaintext: bytes, ad: bytes) -> tuple[bytes, bytes]:
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce, AESGCM(key).encrypt(nonce, plaintext, ad)


def decrypt(key: bytes, nonce: bytes, body: bytes, ad: bytes) -> bytes | None:
    try:
        return AESGCM(key).decrypt(nonce, body, ad)
    except InvalidTag:
        return None


@dataclass(frozen=True)
class Wrap:
    ephemeral: bytes
    nonce: bytes
    wrapped: bytes


def _kek(shared: bytes, ad: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                info=ad + b"/wrap").derive(shared)


def wrap(record_key: bytes, holder_public: bytes, ad: bytes) -> Wrap:
    """The record key, sealed to a holder's public key (no secret of the holder needed)."""
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(holder_public))
    nonce = secrets.token_bytes(NONCE_BYTES)
    wrapped = AESGCM(_kek(shared, ad)).encrypt(nonce, record_key, ad + b"/wrap")
    return Wrap(ephemeral.public_key().public_bytes_raw(), nonce, wrapped)


def unwrap(item: Wrap, holder_private: bytes, ad: bytes) -> bytes | None:
    """The record key, or None if this holder's key does not open the wrap."""
    private = X25519PrivateKey.from_private_bytes(holder_private)
    shared = private.exchange(X25519PublicKey.from_public_bytes(item.ephemeral))
    try:
        return AESGCM(_kek(shared, ad)).decrypt(item.nonce, item.wrapped, ad + b"/wrap")
    except InvalidTag:
        return None
