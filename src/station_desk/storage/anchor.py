"""`audit-head.json`: the audit trail's last known head, kept outside the database file.

Why outside: committed work can vanish from the database without any page failing its HMAC.
A damaged `-wal` header makes SQLite ignore the whole WAL; a damaged frame or a cut-off WAL
drops every transaction from there on; an older copy of `station.db` put back is a perfectly
sound database. Each of these looks like a smaller, intact vault from the inside (the audit
chain and its head pointer in `meta` roll back with it). A record of the head in a separate
file, written after each commit that appended audit entries, shows that the database is older
than it has been.

Format (version 1), one small UTF-8 JSON object:

    {"format": "station-desk-audit-head", "version": 1, "vault_id": "<as in keyslots.json>",
     "compartments": {"main": {"seq": <last audit entry id>, "hash": "<its MAC, hex>"}},
     "mac": "<hex HMAC-SHA256>"}

`mac` is HMAC-SHA256 keyed with the vault's audit key over the UTF-8 bytes of
"station-desk/audit-head/v1\n" followed by the JSON of the other four keys with sorted keys,
no spaces (separators "," and ":") and non-ASCII characters kept as they are. The vault id is
inside the MAC, so another vault's file does not fit.

One entry per compartment: each database file with its own audit chain ("main" is
`station.db`) is anchored under its own name, and a writer updates its own entry and keeps the
others.

Ordering makes it safe against crashes: the database commit is on disk (synchronous=FULL)
before this file is written, so the file can lag behind the database (a crash in between; the
next commit catches up) but never run ahead of it. A lagging anchor is fine; a database behind
its anchor is refused. The file is replaced atomically, so a crash leaves the old or the new
version, both valid.

What it cannot catch: someone who puts back an old copy of the whole vault folder (database,
WAL and this file together). Detecting that would need a counter outside the PC.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from station_desk.storage.atomic import atomic_write

ANCHOR_NAME = "audit-head.json"
FORMAT = "station-desk-audit-head"
FORMAT_VERSION = 1
MAC_DOMAIN = b"station-desk/audit-head/v1\n"
MAIN = "main"


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str


class AnchorDamaged(Exception):
    """The file exists but is unreadable, altered, or belongs to another vault."""


def _mac(key: bytes, body: dict[str, Any]) -> str:
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hmac.new(key, MAC_DOMAIN + text.encode("utf-8"), hashlib.sha256).hexdigest()


class AuditAnchor:
    """The sidecar of one vault folder; keeps the last heads it read or wrote in memory."""

    def __init__(self, folder: Path, vault_id: str, key: bytes) -> None:
        self.path = Path(folder) / ANCHOR_NAME
        self.vault_id = vault_id
        self.key = key
        self._heads: dict[str, Head] | None = None

    def render(self, heads: dict[str, Head]) -> bytes:
        body = {"format": FORMAT, "version": FORMAT_VERSION, "vault_id": self.vault_id,
                "compartments": {name: {"seq": h.seq, "hash": h.hash}
                                 for name, h in sorted(heads.items())}}
        body["mac"] = _mac(self.key, body)
        return json.dumps(body, sort_keys=True, indent=1, ensure_ascii=False).encode("utf-8")

    def load(self) -> dict[str, Head] | None:
        """The anchored heads, or None when there is no file. Raises AnchorDamaged."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            self._heads = None
            return None
        except OSError as exc:
            raise AnchorDamaged(str(exc)) from exc
        try:
            data = json.loads(raw.decode("utf-8"))
            mac = data.pop("mac")
            if not isinstance(mac, str) or not hmac.compare_digest(_mac(self.key, data), mac):
                raise ValueError("mac")
            if data["format"] != FORMAT or data["version"] != FORMAT_VERSION \
                    or data["vault_id"] != self.vault_id:
                raise ValueError("format")
            heads = {str(name): Head(int(entry["seq"]), str(entry["hash"]))
                     for name, entry in data["compartments"].items()}
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            raise AnchorDamaged(type(exc).__name__) from exc
        self._heads = dict(heads)
        return heads

    def known(self, compartment: str) -> Head | None:
        """The head last read from or written to the file for `compartment`."""
        return (self._heads or {}).get(compartment)

    def record(self, compartment: str, head: Head) -> None:
        """Anchor one compartment's head; the others keep what the file says."""
        if self._heads is None:
            try:
                self.load()
            except AnchorDamaged:
                self._heads = None
        heads = dict(self._heads or {})
        heads[compartment] = head
        atomic_write(self.path, self.render(heads))
        self._heads = heads
