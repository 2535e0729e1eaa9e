"""The audit trail: append-only, every entry chained to the one before by an HMAC.

The HMAC key is the vault's audit key (kept with the database key in every key slot, and kept
across `rekey`), so an entry altered, inserted or removed with raw SQL breaks the chain even
for someone who holds the database key but not this code path. A MACed head pointer in `meta`
catches entries cut off the end.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any

from station_desk.domain.clock import Clock, iso, system_clock
from station_desk.storage.database import Database

GENESIS = b"station-desk/audit/genesis"
HEAD_KEY = "audit_head"

# action code -> (zh, en) for the viewer and printed logs
ACTIONS: dict[str, tuple[str, str]] = {
    "vault.create": ("创建保险库", "vault created"),
    "signin": ("登录", "signed in"),
    "signin.failed": ("登录失败", "sign-in failed"),
    "signin.recovery": ("使用恢复密钥登录", "signed in with the recovery key"),
    "signout": ("退出", "signed out"),
    "lock": ("锁定屏幕", "screen locked"),
    "unlock": ("解锁屏幕", "screen unlocked"),
    "unlock.failed": ("解锁失败", "unlock failed"),
    "account.add": ("新增账户", "account added"),
    "account.disable": ("停用账户", "account disabled"),
    "account.enable": ("启用账户", "account enabled"),
    "account.reset": ("重置密码", "password reset"),
    "account.password": ("修改密码", "password changed"),
    "account.unlock": ("解除账户锁定", "account unlocked"),
    "account.review": ("设置督导", "supervision set"),
    "station.edit": ("修改服务站信息", "station profile edited"),
    "settings.edit": ("修改设置", "settings changed"),
    "backup": ("备份", "backup made"),
    "restore": ("恢复备份", "backup restored"),
    "rekey": ("更换数据库密钥", "database rekeyed"),
    "key.reveal": ("导出数据库原始密钥", "raw database key revealed"),
    "verify": ("完整性检查", "integrity verified"),
    "recovery.reset": ("重新生成恢复密钥", "recovery key replaced"),
    "demo.generate": ("生成演示数据", "demo data generated"),
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

    def label(self, lang: str = "zh") -> str:
        zh, en = ACTIONS.get(self.action, (self.action, self.action))
        return en if lang.startswith("en") else zh


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    role: str


@dataclass(frozen=True)
class ChainReport:
    entries: int
    first_broken: int | None
    problem: str

    @property
    def ok(self) -> bool:
        return self.first_broken is None


def _mac(key: bytes, prev: bytes, fields: list[Any]) -> str:
    body = json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hmac.new(key, prev + b"\n" + body, hashlib.sha256).hexdigest()


def _fields(entry_id: int, ts: str, user_id: int | None, username: str, role: str,
            action: str, target: str, detail: str) -> list[Any]:
    return [entry_id, ts, user_id, username, role, action, target, detail]


class AuditLog:
    def __init__(self, db: Database, key: bytes, clock: Clock = system_clock) -> None:
        self.db = db
        self.key = key
        self.clock = clock

    def _head_mac(self, entry_id: int, mac: str) -> str:
        return _mac(self.key, b"head", [entry_id, mac])

    def append(self, actor: Actor, action: str, target: str = "", detail: str | dict = "",
               *, ts: str | None = None) -> int:
        """Write one entry; joins the caller's transaction so the entry and the change it
        records commit together or not at all."""
        if isinstance(detail, dict):
            detail = json.dumps(detail, ensure_ascii=False, sort_keys=True)
        ts = ts or iso(self.clock())
        with self.db.transaction():
            entry_id, prev = self._next_link()
            mac = _mac(self.key, prev, _fields(entry_id, ts, actor.user_id, actor.username,
                                               actor.role, action, target, detail))
            self.db.execute(
                "INSERT INTO audit (id, ts, user_id, username, role, action, target, detail, mac)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (entry_id, ts, actor.user_id, actor.username, actor.role, action, target,
                 detail, mac))
            head = f"{entry_id}:{mac}:{self._head_mac(entry_id, mac)}"
            self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                            (HEAD_KEY, head))
        return entry_id

    def _next_link(self) -> tuple[int, bytes]:
        """The next entry's id and the MAC it chains on.

        Normally the row after the last one. If the MACed head says the trail went further
        (entries cut off the end), the new entry continues after the head; if the head was
        removed or forged, it skips one id. Either way the gap stays for `verify` to report,
        instead of the new entry and its fresh head hiding the cut.
        """
        last = self.db.one("SELECT id, mac FROM audit ORDER BY id DESC LIMIT 1")
        if last is None:
            last_id, last_mac = 0, GENESIS.decode("ascii")
        else:
            last_id, last_mac = int(last[0]), str(last[1])
        head = self.db.scalar("SELECT value FROM meta WHERE key = ?", (HEAD_KEY,))
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
        """The newest entry's MAC: a short fingerprint of the whole trail (used in exports)."""
        return self.db.scalar("SELECT mac FROM audit ORDER BY id DESC LIMIT 1") or ""

    def verify(self) -> ChainReport:
        prev = GENESIS
        expected_id = 1
        count = 0
        for row in self.db.execute(
                "SELECT id, ts, user_id, username, role, action, target, detail, mac"
                " FROM audit ORDER BY id"):
            entry_id = row[0]
            if entry_id != expected_id:
                return ChainReport(count, expected_id, "missing")
            fields = _fields(*tuple(row)[:8])
            if not hmac.compare_digest(_mac(self.key, prev, fields), row[8]):
                return ChainReport(count, entry_id, "altered")
            prev = row[8].encode("ascii")
            expected_id += 1
            count += 1
        head = self.db.scalar("SELECT value FROM meta WHERE key = ?", (HEAD_KEY,))
        if count == 0 and head is None:
            return ChainReport(0, None, "")
        try:
            head_id, head_mac, head_check = (head or "").split(":")
            head_ok = hmac.compare_digest(self._head_mac(int(head_id), head_mac), head_check)
        except ValueError:
            head_ok = False
        if not head_ok:
            return ChainReport(count, count, "head")
        if int(head_id) != count or head_mac != prev.decode("ascii"):
            return ChainReport(count, count + 1, "truncated")
        return ChainReport(count, None, "")

    def query(self, *, username: str | None = None, target: str | None = None,
              date_from: str | None = None, date_to: str | None = None,
              action: str | None = None, limit: int = 500, offset: int = 0
              ) -> list[AuditEntry]:
        """Newest first, filtered; dates are `YYYY-MM-DD` (inclusive)."""
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
        sql = "SELECT id, ts, user_id, username, role, action, target, detail, mac FROM audit"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY id DESC LIMIT ? OFFSET ?"
        return [AuditEntry(*tuple(r)) for r in self.db.all(sql, (*params, limit, offset))]

    def count(self) -> int:
        return int(self.db.scalar("SELECT count(*) FROM audit"))
