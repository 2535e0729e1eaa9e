"""The audit trail: append-only, every entry chained to the one before by an HMAC.

The HMAC key is the vault's audit key (kept with the database key in every key slot, and kept
across `rekey`), so an entry altered, inserted or removed with raw SQL breaks the chain even
for someone who holds the database key but not this code path. A MACed head pointer in `meta`
catches entries cut off the end.

Neither catches a database that is older as a whole (a damaged WAL ignored, an old copy put
back): for that the head is also anchored outside the file after every commit that appended
entries (storage/anchor.py), and `check_anchor` refuses a database behind its anchor.

One chain per compartment (storage/vault.py). Entries about clinical records (`is_clinical`:
session records, assessments, crises, follow-ups, referrals, ratings, note searches, clinical
opens of a file and break-the-glass reasons) go to `clinical_audit` in clinical.db, beside the
records they describe: they commit with the change they record (a transaction over two WAL
files is atomic per file only), and the shared compartment holds no entry that tells a
receptionist's key which file had a crisis. Everything else goes to `audit` in station.db.
A full check reads every entry since the first (2.5 million entries take about 20 s), so the
point a successful check reached is kept too, MACed (`CHECKED_KEY`): the tier self-check and
the statistics package check only the entries after it, when it still names an entry as it
was. `verify` (`station-desk verify`, the audit screen) always checks the whole trail.

Each chain has its own MACed head (`meta`, `clinical_meta`) and its own entry in the anchor
file ("main", "clinical"), so an older copy of either file put back beside a current copy of
the other is caught at sign-in by whoever can read it, and by `verify`. The viewer merges both
chains, newest first. Entries written before the compartments
stayed where they were (the old chain is kept whole rather than re-signed).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from station_desk.domain.clock import Clock, iso, system_clock
from station_desk.domain.roles import Permission
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_
from station_desk.storage.anchor import MAIN, AnchorDamaged, AuditAnchor, Head
from station_desk.storage.database import Database

if TYPE_CHECKING:  # a signed-in session holds an AuditLog: the type only, not a cycle
    from station_desk.domain.session import Session

GENESIS = b"station-desk/audit/genesis"
HEAD_KEY = "audit_head"
CHECKED_KEY = "audit_checked"  # "id:mac:check": the trail was intact up to this entry
# Set in `meta` once the anchor file exists, so deleting the file does not hide a rollback.
ANCHORED_KEY = "audit_anchored"

# Every message of a damaged or rolled-back vault ends with the way back: "Nothing was
# changed. Restore the latest backup: ...".
register_messages({
    "db_behind_anchor": N_(
        "errors", "The database is older than its last recorded state (the audit trail reached "
        "entry {expected}, it now ends at {found}): committed work was lost or an older copy "
        "was put back. Nothing was changed. Restore the latest backup: station-desk restore "
        "--vault VAULT BACKUP-FILE."),
    "db_not_anchored_state": N_(
        "errors", "The database does not match its last recorded state (audit entry {entry} "
        "differs): the file was replaced by another copy. Nothing was changed. Restore the "
        "latest backup: station-desk restore --vault VAULT BACKUP-FILE."),
    "anchor_missing": N_(
        "errors", "The audit state file audit-head.json is missing although the database says "
        "it exists; the data may have been rolled back. Nothing was changed. Restore the latest "
        "backup: station-desk restore --vault VAULT BACKUP-FILE."),
    "anchor_damaged": N_(
        "errors", "The audit state file audit-head.json is damaged, altered or belongs to "
        "another vault. Nothing was changed. Restore the latest backup: station-desk restore "
        "--vault VAULT BACKUP-FILE."),
})

STATION, CLINICAL = "station", "clinical"


@dataclass(frozen=True)
class Chain:
    name: str
    table: str
    meta: str
    anchored_as: str  # its entry in audit-head.json (storage/anchor.py)


CHAINS = {STATION: Chain(STATION, "audit", "meta", MAIN),
          CLINICAL: Chain(CLINICAL, "clinical_audit", "clinical_meta", "clinical")}

# Actions recorded in the clinical chain. Printing goes there when the printer holds the
# clinical key (every role that may print does); a refusal to someone without it stays in the
# station chain, which is all that person's session can write.
_CLINICAL_PREFIXES = ("session.", "crisis.", "referral.", "followup.", "satisfaction.",
                      "assessment.", "notes.", "clinical.", "hotline.")
_CLINICAL_ACTIONS = frozenset({"file.view", "file.break_glass", "file.close.summary",
                               "file.transfer.note", "caseload.reassign.note"})
_CLINICAL_IF_OPEN = ("print.",)

register_messages({
    "no_clinical_key": N_(
        "errors", "Your account does not hold the clinical records key, so this cannot be done."),
})


def is_clinical(action: str) -> bool:
    return action in _CLINICAL_ACTIONS or action.startswith(_CLINICAL_PREFIXES)

# action code -> (zh, en) for the viewer and printed logs
ACTIONS: dict[str, tuple[str, str]] = {
    "vault.create": N_("audit", "vault created"),
    "signin": N_("audit", "signed in"),
    "signin.failed": N_("audit", "sign-in failed"),
    "signin.recovery": N_("audit", "signed in with the recovery key"),
    "signout": N_("audit", "signed out"),
    "lock": N_("audit", "screen locked"),
    "unlock": N_("audit", "screen unlocked"),
    "unlock.failed": N_("audit", "unlock failed"),
    "account.add": N_("audit", "account added"),
    "account.disable": N_("audit", "account disabled"),
    "account.enable": N_("audit", "account enabled"),
    "account.reset": N_("audit", "password reset"),
    "account.password": N_("audit", "password changed"),
    "account.unlock": N_("audit", "account unlocked"),
    "account.review": N_("audit", "supervision set"),
    "station.edit": N_("audit", "station profile edited"),
    "settings.edit": N_("audit", "settings changed"),
    "backup": N_("audit", "backup made"),
    "restore": N_("audit", "backup restored"),
    "rekey": N_("audit", "database rekeyed"),
    "key.reveal": N_("audit", "raw database key revealed"),
    "verify": N_("audit", "integrity verified"),
    "recovery.reset": N_("audit", "recovery key replaced"),
    "demo.generate": N_("audit", "demo data generated"),
}


def register_actions(actions: dict[str, tuple[str, str]]) -> None:
    ACTIONS.update(actions)


@dataclass(frozen=True)
class AuditEntry:
    id: int
    ts: str
    user_id: int | None
    username: str
    role: str
    action: str
    target: str
    detail: str
    mac: str
    chain: str = STATION

    def label(self, lang: str = "zh") -> str:
        zh, en = ACTIONS.get(self.action, (self.action, self.action))
        return en if lang.startswith("en") else zh


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    role: str


# What each chain problem means, for people (the codes stay stable for programs and tests).
PROBLEMS: dict[str, tuple[str, str]] = {
    "missing": N_("audit", "this entry is missing (removed or inserted)"),
    "altered": N_("audit", "this entry was altered"),
    "head": N_("audit", "the record of the chain's end was altered or removed"),
    "truncated": N_("audit", "entries were cut off the end"),
}


@dataclass(frozen=True)
class ChainReport:
    entries: int
    first_broken: int | None
    problem: str
    chain: str = STATION
    checked_before: int = 0  # entries taken as checked by an earlier full check (not read)

    @property
    def ok(self) -> bool:
        return self.first_broken is None

    def describe(self) -> tuple[str, str]:
        """The problem in Chinese and English."""
        return PROBLEMS.get(self.problem, (self.problem, self.problem))


def _mac(key: bytes, prev: bytes, fields: list[Any]) -> str:
    body = json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hmac.new(key, prev + b"\n" + body, hashlib.sha256).hexdigest()


def _fields(entry_id: int, ts: str, user_id: int | None, username: str, role: str,
            action: str, target: str, detail: str) -> list[Any]:
    return [entry_id, ts, user_id, username, role, action, target, detail]


class AuditLog:
    def __init__(self, db: Database, key: bytes, clock: Clock = system_clock,
                 anchor: AuditAnchor | None = None) -> None:
        self.db = db
        self.key = key
        self.clock = clock
        self.anchor = anchor
        self._appended: set[str] = set()  # chains written since their head was last anchored
        self._intact: dict[str, ChainReport] = {}  # the last successful check of each chain
        if anchor is not None:
            db.commit_hooks["audit-anchor"] = self.anchor_head

    def last_link(self, chain_name: str = STATION) -> Head | None:
        """The newest entry of a chain as (id, MAC), or None for an empty trail."""
        chain = CHAINS[chain_name]
        row = self.db.one(f"SELECT id, mac FROM {chain.table} ORDER BY id DESC LIMIT 1")
        return None if row is None else Head(int(row[0]), str(row[1]))

    def anchor_head(self, *, every: bool = False) -> None:
        """Record the heads of the chains just written (or with `every`, of every chain this
        connection reads) outside the database, after a commit (see storage/anchor), each
        under its compartment's name.

        Never raises: the commit it follows has happened, and an anchor that lags behind the
        database is safe; the next commit tries again."""
        if self.anchor is None:
            return
        for chain in self.chains():
            if every or chain.name in self._appended:
                self._anchor_chain(chain)

    def _anchor_chain(self, chain: Chain) -> None:
        assert self.anchor is not None
        head = self.last_link(chain.name)
        if head is None or self.anchor.known(chain.anchored_as) == head:
            self._appended.discard(chain.name)
            return
        try:
            self.anchor.record(chain.anchored_as, head)
        except OSError:
            return
        self._appended.discard(chain.name)
        if self.db.scalar(f"SELECT value FROM {chain.meta} WHERE key = ?",
                          (ANCHORED_KEY,)) is None:
            try:
                with self.db.transaction():
                    self.db.execute(f"INSERT OR REPLACE INTO {chain.meta} (key, value)"
                                    f" VALUES (?, '1')", (ANCHORED_KEY,))
            except (StationDeskError, OSError):
                pass

    def check_anchor(self) -> None:
        """Refuse a database file that is behind its anchored head, or not on the anchored
        chain; each compartment this connection reads is checked against its own entry (so an
        older clinical.db put back beside a current station.db is caught too).

        A database ahead of its anchor is fine: a crash came between a commit and the anchor
        write, and the next commit catches the anchor up."""
        if self.anchor is None:
            return
        try:
            heads = self.anchor.load()
        except AnchorDamaged as exc:
            raise StationDeskError("anchor_damaged") from exc
        for chain in self.chains():
            anchored = (heads or {}).get(chain.anchored_as)
            if anchored is None:
                if self.db.scalar(f"SELECT value FROM {chain.meta} WHERE key = ?",
                                  (ANCHORED_KEY,)):
                    raise StationDeskError("anchor_missing")
                continue
            last = self.last_link(chain.name)
            if last is None or last.seq < anchored.seq:
                raise StationDeskError("db_behind_anchor", expected=anchored.seq,
                                       found=0 if last is None else last.seq)
            mac = self.db.scalar(f"SELECT mac FROM {chain.table} WHERE id = ?", (anchored.seq,))
            if mac is None or not hmac.compare_digest(str(mac), anchored.hash):
                raise StationDeskError("db_not_anchored_state", entry=anchored.seq)

    def _head_mac(self, entry_id: int, mac: str) -> str:
        return _mac(self.key, b"head", [entry_id, mac])

    def chain_for(self, action: str) -> Chain:
        """Which chain records `action` (see the module docstring)."""
        if is_clinical(action):
            if not self.db.has_clinical:
                raise StationDeskError("no_clinical_key")
            return CHAINS[CLINICAL]
        if action.startswith(_CLINICAL_IF_OPEN) and self.db.has_clinical:
            return CHAINS[CLINICAL]
        return CHAINS[STATION]

    def chains(self) -> list[Chain]:
        """The chains this connection can read: the station's, and the clinical one if open."""
        return [CHAINS[STATION], CHAINS[CLINICAL]] if self.db.has_clinical else [
            CHAINS[STATION]]

    def append(self, actor: Actor, action: str, target: str = "", detail: str | dict = "",
               *, ts: str | None = None) -> int:
        """Write one entry; joins the caller's transaction so the entry and the change it
        records commit together or not at all."""
        if isinstance(detail, dict):
            detail = json.dumps(detail, ensure_ascii=False, sort_keys=True)
        ts = ts or iso(self.clock())
        chain = self.chain_for(action)
        with self.db.transaction():
            entry_id, prev = self._next_link(chain)
            mac = _mac(self.key, prev, _fields(entry_id, ts, actor.user_id, actor.username,
                                               actor.role, action, target, detail))
            self.db.execute(
                f"INSERT INTO {chain.table} (id, ts, user_id, username, role, action, target,"
                f" detail, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (entry_id, ts, actor.user_id, actor.username, actor.role, action, target,
                 detail, mac))
            head = f"{entry_id}:{mac}:{self._head_mac(entry_id, mac)}"
            self.db.execute(f"INSERT OR REPLACE INTO {chain.meta} (key, value) VALUES (?, ?)",
                            (HEAD_KEY, head))
            self._appended.add(chain.name)
        return entry_id

    def _next_link(self, chain: Chain) -> tuple[int, bytes]:
        """The next entry's id and the MAC it chains on.

        Normally the row after the last one. If the MACed head says the trail went further
        (entries cut off the end), the new entry continues after the head; if the head was
        removed or forged, it skips one id. Either way the gap stays for `verify` to report,
        instead of the new entry and its fresh head hiding the cut.
        """
        last = self.db.one(f"SELECT id, mac FROM {chain.table} ORDER BY id DESC LIMIT 1")
        if last is None:
            last_id, last_mac = 0, GENESIS.decode("ascii")
        else:
            last_id, last_mac = int(last[0]), str(last[1])
        head = self.db.scalar(f"SELECT value FROM {chain.meta} WHERE key = ?", (HEAD_KEY,))
        if head is None and last is None:
            return 1, GENESIS
        try:
            head_id_text, head_mac, head_check = (head or "").split(":")
            head_id = int(head_id_text)
            head_ok = hmac.compare_digest(self._head_mac(head_id, head_mac), head_check)
        except ValueError:
            head_ok = False
        if not head_ok:
            return last_id + 2, last_mac.encode("ascii")
        if head_id > last_id:
            return head_id + 1, head_mac.encode("ascii")
        return last_id + 1, last_mac.encode("ascii")

    def head(self) -> str:
        """The station chain's newest MAC: a short fingerprint of the trail (used in exports)."""
        return self.db.scalar("SELECT mac FROM audit ORDER BY id DESC LIMIT 1") or ""

    def verify(self, chain_name: str = STATION, *, since_checked: bool = False
               ) -> ChainReport:
        """Check one chain to its MACed head: from its first entry, or (`since_checked`)
        from the point the last remembered check reached, if that entry is unchanged."""
        chain = CHAINS[chain_name]
        prev = GENESIS
        expected_id = 1
        count = 0
        start = self._checked(chain) if since_checked else None
        if start is not None:
            count, mac = start
            expected_id, prev = count + 1, mac.encode("ascii")
        skipped = count
        for row in self.db.execute(
                f"SELECT id, ts, user_id, username, role, action, target, detail, mac"
                f" FROM {chain.table} WHERE id >= ? ORDER BY id", (expected_id,)):
            entry_id = row[0]
            if entry_id != expected_id:
                return ChainReport(count, expected_id, "missing", chain_name, skipped)
            fields = _fields(*tuple(row)[:8])
            if not hmac.compare_digest(_mac(self.key, prev, fields), row[8]):
                return ChainReport(count, entry_id, "altered", chain_name, skipped)
            prev = row[8].encode("ascii")
            expected_id += 1
            count += 1
        head = self.db.scalar(f"SELECT value FROM {chain.meta} WHERE key = ?", (HEAD_KEY,))
        if count == 0 and head is None:
            return ChainReport(0, None, "", chain_name)
        try:
            head_id, head_mac, head_check = (head or "").split(":")
            head_ok = hmac.compare_digest(self._head_mac(int(head_id), head_mac), head_check)
        except ValueError:
            head_ok = False
        if not head_ok:
            return ChainReport(count, count, "head", chain_name, skipped)
        if int(head_id) != count or head_mac != prev.decode("ascii"):
            return ChainReport(count, count + 1, "truncated", chain_name, skipped)
        report = ChainReport(count, None, "", chain_name, skipped)
        self._intact[chain_name] = report
        return report

    def verify_all(self, *, since_checked: bool = False) -> list[ChainReport]:
        """Every chain this connection can read, station first."""
        return [self.verify(chain.name, since_checked=since_checked)
                for chain in self.chains()]

    def _checked_mac(self, entry_id: int, mac: str) -> str:
        return _mac(self.key, b"checked", [entry_id, mac])

    def _checked(self, chain: Chain) -> tuple[int, str] | None:
        """(id, MAC) of the entry the last remembered check reached, if its record is
        genuine and that entry is still as it was; else None (check from the start)."""
        value = self.db.scalar(f"SELECT value FROM {chain.meta} WHERE key = ?",
                               (CHECKED_KEY,))
        try:
            id_text, mac, check = str(value or "").split(":")
            entry_id = int(id_text)
        except ValueError:
            return None
        if not hmac.compare_digest(self._checked_mac(entry_id, mac), check):
            return None
        rows = self.db.all(f"SELECT id, ts, user_id, username, role, action, target, detail,"
                           f" mac FROM {chain.table} WHERE id IN (?, ?) ORDER BY id",
                           (entry_id - 1, entry_id))
        if not rows or rows[-1][0] != entry_id or (entry_id > 1 and len(rows) < 2):
            return None
        prev = rows[0][8].encode("ascii") if entry_id > 1 else GENESIS
        entry = rows[-1]
        # the entry itself still as it was checked (fields and MAC), not only its MAC
        if not (hmac.compare_digest(str(entry[8]), mac) and hmac.compare_digest(
                _mac(self.key, prev, _fields(*tuple(entry)[:8])), mac)):
            return None
        return entry_id, mac

    def remember_checked(self) -> None:
        """Keep how far this connection's last successful checks reached, so the next
        `since_checked` check starts there. Joins the caller's transaction."""
        with self.db.transaction():
            for name, report in self._intact.items():
                chain = CHAINS[name]
                mac = self.db.scalar(f"SELECT mac FROM {chain.table} WHERE id = ?",
                                     (report.entries,))
                if mac is None:
                    continue
                value = f"{report.entries}:{mac}:{self._checked_mac(report.entries, mac)}"
                self.db.execute(f"INSERT OR REPLACE INTO {chain.meta} (key, value)"
                                " VALUES (?, ?)", (CHECKED_KEY, value))

    def query(self, *, username: str | None = None, target: str | None = None,
              date_from: str | None = None, date_to: str | None = None,
              action: str | None = None, limit: int = 500, offset: int = 0
              ) -> list[AuditEntry]:
        """Newest first over the chains this connection reads, filtered; dates are
        `YYYY-MM-DD` (inclusive). Within one timestamp the station chain's entries come first:
        an operation that writes both writes its clinical entry first."""
        where, params = [], []
        if username:
            where.append("username = ?")
            params.append(username)
        if target:
            where.append("target = ?")
            params.append(target)
        if action:
            where.append("action = ?")
            params.append(action)
        if date_from:
            where.append("ts >= ?")
            params.append(date_from)
        if date_to:
            where.append("ts < ?")
            params.append(date_to + "~")  # '~' sorts after the time part of that day
        chains = self.chains()
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        found: list[AuditEntry] = []
        for chain in chains:
            sql = (f"SELECT id, ts, user_id, username, role, action, target, detail, mac"
                   f" FROM {chain.table}{clause} ORDER BY id DESC LIMIT ?")
            found.extend(AuditEntry(*tuple(r), chain=chain.name)
                         for r in self.db.all(sql, (*params, limit + offset)))
        if len(chains) > 1:
            found.sort(key=lambda e: (e.ts, e.chain == STATION, e.id), reverse=True)
        return found[offset:offset + limit]

    def count(self) -> int:
        return sum(int(self.db.scalar(f"SELECT count(*) FROM {c.table}")) for c in self.chains())


# --------------------------------------------------------------------------- reading


def may_read(session: Session) -> bool:
    """Whether this user may read the audit trail (the rule, for a screen to show or hide)."""
    return session.can(Permission.VIEW_AUDIT)


class Trail:
    """The audit trail as a signed-in user reads it. Opening one checks the permission, here
    and nowhere else: the audit screen, its export history and `station-desk audit` all read
    through it. (`AuditLog.query` is the unchecked read the domain's own rules use.)"""

    def __init__(self, session: Session) -> None:
        session.require(Permission.VIEW_AUDIT)
        self._log = session.audit

    def entries(self, *, username: str | None = None, target: str | None = None,
                date_from: str | None = None, date_to: str | None = None,
                action: str | None = None, limit: int = 500, offset: int = 0
                ) -> list[AuditEntry]:
        return self._log.query(username=username, target=target, date_from=date_from,
                               date_to=date_to, action=action, limit=limit, offset=offset)


def read_trail(session: Session, **filters: Any) -> list[AuditEntry]:
    """`Trail(session).entries(...)`: refused with `forbidden` without VIEW_AUDIT."""
    return Trail(session).entries(**filters)
