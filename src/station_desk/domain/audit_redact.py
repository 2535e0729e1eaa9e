"""Taking a destroyed file out of the audit trail while the trail still verifies.

The trail is append-only and every entry's HMAC chains on the one before (domain/audit.py),
so an entry cannot lose a word without every later MAC changing. When a file is destroyed
(domain/retention.py) its entries must not keep what identifies the worker: the file number
they are filed under, and the free text a few of them carry (a break-the-glass reason, a note
typed with a transfer, the path a PDF was saved to), nor the digests of the destroyed notes.
What stays is who did what and when, under the destruction's tombstone, with the coded fields
(ids, counts, statuses, dates).

How, without laundering tampering: the chain is verified first (a broken chain is refused, so
a rewrite can never make a forged entry verify); then, in one transaction with the deletion
itself, the entries about the file are redacted and every MAC from the first of them to the
end is computed again with the audit key, and the MACed head moves with them. The anchor file
(storage/anchor.py) is first pointed back at the last entry that does not change, so a crash
between the commit and the new anchor leaves an anchor that is merely behind (which opens),
never one naming a MAC that no longer exists.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from station_desk.domain.audit import CHAINS, GENESIS, HEAD_KEY, AuditLog, _fields, _mac
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_
from station_desk.storage.anchor import Head

register_messages({
    "retention_audit_broken": N_(
        "errors", "The audit chain is broken ({chain}, entry {entry}); destroying a file now "
        "could hide that, so it is refused. Run verify first to find out why."),
})

CHAIN_LABELS = {"station": N_("audit", "the station chain"),
                "clinical": N_("audit", "the clinical records chain")}

# Keys whose string values are codes, dates or times, never typed text: kept in a redacted
# entry. Every other string (reason, note, path, error, digest …) goes.
_CODE_KEYS = frozenset({"status", "risk", "risk_after", "access", "doc", "via", "mode",
                        "instrument", "version", "to", "from", "date", "starts_at",
                        "followup_due", "channel", "kind"})
REDACTED = "redacted"

# (target, detail) -> the redacted (target, detail), or None to leave the entry as it is
Redaction = Callable[[str, str, str], tuple[str, str] | None]


def redact_detail(detail: str) -> str:
    """The detail of an entry about a destroyed file: ids, counts, flags and codes only."""
    try:
        data = json.loads(detail) if detail else {}
    except ValueError:
        data = None
    kept: dict[str, Any] = {}
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(value, bool | int | float) or value is None:
                kept[key] = value
            elif isinstance(value, str) and key in _CODE_KEYS:
                kept[key] = value
            elif isinstance(value, list) and all(isinstance(v, int) for v in value):
                kept[key] = value
    kept[REDACTED] = True
    return json.dumps(kept, ensure_ascii=False, sort_keys=True)


def check_chain(audit: AuditLog, chain_name: str) -> None:
    report = audit.verify(chain_name)
    if not report.ok:
        raise StationDeskError("retention_audit_broken", chain=CHAIN_LABELS[chain_name],
                               entry=report.first_broken)


def rewrite_chain(audit: AuditLog, chain_name: str, first: int, change: Redaction) -> int:
    """Redact the entries `change` picks, from entry `first` on, and chain them again.

    Joins the caller's transaction; returns how many entries changed. The caller has checked
    the chain (`check_chain`) and moved the anchor back (`hold_anchor`)."""
    chain = CHAINS[chain_name]
    db = audit.db
    schema = "clinical." if chain_name == "clinical" else ""
    prev_row = db.one(f"SELECT mac FROM {chain.table} WHERE id = ?", (first - 1,))
    prev = GENESIS if prev_row is None else str(prev_row[0]).encode("ascii")
    triggers = db.all("SELECT name, sql FROM " + schema + "sqlite_master WHERE type = 'trigger'"
                      " AND tbl_name = ?", (chain.table,))
    changed = 0
    with db.transaction():
        for name, _sql in triggers:
            db.execute(f"DROP TRIGGER {schema}{name}")
        rows = db.all(f"SELECT id, ts, user_id, username, role, action, target, detail"
                      f" FROM {chain.table} WHERE id >= ? ORDER BY id", (first,))
        last_id, mac = first - 1, prev.decode("ascii")
        for row in rows:
            values = list(tuple(row))
            redacted = change(str(values[5]), str(values[6]), str(values[7]))
            if redacted is not None:
                values[6], values[7] = redacted
                changed += 1
            mac = _mac(audit.key, prev, _fields(*values))
            db.execute(f"UPDATE {chain.table} SET target = ?, detail = ?, mac = ? WHERE id = ?",
                       (values[6], values[7], mac, values[0]))
            prev, last_id = mac.encode("ascii"), int(values[0])
        if rows:
            head = f"{last_id}:{mac}:{audit._head_mac(last_id, mac)}"
            db.execute(f"INSERT OR REPLACE INTO {chain.meta} (key, value) VALUES (?, ?)",
                       (HEAD_KEY, head))
        for _name, sql in triggers:
            db.execute(str(sql).replace("CREATE TRIGGER ", f"CREATE TRIGGER {schema}", 1))
    return changed


def hold_anchor(audit: AuditLog, chain_name: str, first: int) -> None:
    """Point the anchor at the last entry a rewrite from `first` leaves as it is (see the
    module docstring). Entry 1 changing leaves nothing to point at: the anchor stays."""
    if audit.anchor is None or first <= 1:
        return
    chain = CHAINS[chain_name]
    mac = audit.db.scalar(f"SELECT mac FROM {chain.table} WHERE id = ?", (first - 1,))
    if mac is not None:
        audit.anchor.record(chain.anchored_as, Head(first - 1, str(mac)))
