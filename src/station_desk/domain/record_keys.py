"""Record keys: each key holder's X25519 key pair for restricted content (storage/sealed.py).

A holder is a key slot: an account ("user:<name>") or the recovery key ("recovery"). The private
half lives only in the holder's own slot (sealed there like the payload, storage/keyslots.py);
the public half in station.db's `record_keys`, where anyone may use it to seal something for
that holder.

A pair is made only where its holder's secret already is: at the holder's own sign-in (the
first one that finds the slot without one), at vault creation (the first admin, and the recovery
key, which the creator is shown anyway), and when the recovery key is replaced (the admin who
replaces it is shown the new one). Never in a colleague's session: a private key generated in
another account's process could be kept there. A password reset by an admin gives a slot
without a pair; the next sign-in makes a new one, and what was sealed to the old one is wrapped
again from the recovery key (`restricted.catch_up`).
"""

from __future__ import annotations

from station_desk.domain.clock import iso
from station_desk.domain.session import Session
from station_desk.storage import sealed
from station_desk.storage.database import Database


def public_key(db: Database, holder: str) -> bytes | None:
    value = db.scalar("SELECT public_key FROM record_keys WHERE holder = ?", (holder,))
    return None if value is None else bytes(value)


def publish(db: Database, holder: str, public: bytes, now: str) -> None:
    """Joins the caller's transaction."""
    db.execute("INSERT INTO record_keys (holder, public_key, created_at) VALUES (?, ?, ?)"
               " ON CONFLICT (holder) DO UPDATE SET public_key = excluded.public_key,"
               " created_at = excluded.created_at", (holder, public, now))


def forget(db: Database, holder: str) -> None:
    """Nothing more is sealed to this holder until it has a new pair."""
    db.execute("DELETE FROM record_keys WHERE holder = ?", (holder,))


def ensure_own(session: Session) -> None:
    """Give the signed-in holder a record key pair if its slot has none, and make sure its
    public half is the one published. Slot first, then station.db: a crash in between leaves a
    private key whose public half the next sign-in publishes."""
    holder = session.holder
    private = session.record_key
    if private is None:
        private, _ = sealed.new_key_pair()
        slots = session.vault.slots
        slots.seal_record(holder, private)
        slots.save()
        session.vault.record_key = session.record_key = private
    public = sealed.public_of(private)
    if public_key(session.db, holder) != public:
        with session.db.transaction():
            publish(session.db, holder, public, iso(session.clock()))
