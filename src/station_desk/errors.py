"""User-facing errors: every failure the app can explain carries a code and a message in zh/en.

The catalogue lives below Qt so the CLI, the domain and the UI all show the same words.
"""

from __future__ import annotations

import errno
from typing import Any

# code -> (Simplified Chinese, English). Placeholders use str.format names.
MESSAGES: dict[str, tuple[str, str]] = {
    "internal": ("内部错误：{detail}", "Internal error: {detail}"),
    "bad_input": ("输入有误：{detail}", "Invalid input: {detail}"),
    # vault / storage
    "vault_missing": ("找不到保险库目录：{path}", "Vault folder not found: {path}"),
    "vault_exists": ("该目录已有保险库，不会覆盖：{path}", "A vault already exists here: {path}"),
    "not_a_vault": (
        "该目录不是 Station Desk 保险库（缺少密钥槽文件或数据库）：{path}",
        "Not a Station Desk vault (key-slot file or database missing): {path}",
    ),
    "keyslots_missing": (
        "密钥槽文件缺失，无法解锁：{path}。请从备份中恢复该文件（keyslots.json 或 .bak）。",
        "Key-slot file missing, cannot unlock: {path}. Restore it (keyslots.json or its .bak) "
        "from a backup.",
    ),
    "keyslots_corrupt": (
        "密钥槽文件已损坏或格式不对：{path}。恢复办法：关闭程序后用同一文件夹中保留的上一版 "
        "keyslots.json.bak 替换它；或用恢复密钥（或站长密码）从最近的备份恢复。",
        "Key-slot file is damaged or not in the expected format: {path}. To recover: with the "
        "app closed, replace it with the previous version kept beside it, keyslots.json.bak; "
        "or restore the latest backup with the recovery key (or an admin's password).",
    ),
    "db_missing": ("数据库文件缺失：{path}", "Database file missing: {path}"),
    # `detail` (SQLite's own words) stays in the exception for a developer, never in the line
    # a person reads: it says nothing they can act on.
    "db_corrupt": (
        "数据库文件已损坏或不属于本保险库。未做任何修改；请用站长密码或恢复密钥从最近的备份恢复。",
        "The database is damaged or belongs to another vault. Nothing was changed; restore the "
        "latest backup with an admin's password or the recovery key.",
    ),
    "db_newer": (
        "数据库版本 {found} 比本程序支持的版本 {supported} 新，请升级 Station Desk。",
        "Database version {found} is newer than this app supports ({supported}); please upgrade.",
    ),
    "readonly": (
        "保险库目录不可写：{path}。请检查磁盘或文件夹权限。",
        "The vault folder is not writable: {path}. Check the disk or folder permissions.",
    ),
    "disk_full": (
        "磁盘空间不足，操作已取消，已保存的数据未受影响。",
        "The disk is full; the operation was cancelled and saved data is unaffected.",
    ),
    "in_use": (
        "该保险库已被另一个 Station Desk 窗口打开（进程 {pid}）。请先关闭它。",
        "This vault is already open in another Station Desk instance (process {pid}).",
    ),
    # sign-in
    "bad_credentials": ("用户名或密码不正确。", "Wrong user name or password."),
    # unlocking or signing asks for the password only: the message names nothing else
    "wrong_password": ("密码不正确。", "Wrong password."),
    "account_locked": (
        "账户 {user} 因多次输错密码已锁定，请在 {minutes} 分钟后重试，或请站长/恢复密钥解锁。",
        "Account {user} is locked after too many wrong passwords; try again in {minutes} min "
        "or ask an admin.",
    ),
    "account_disabled": ("账户 {user} 已停用，不能登录。", "Account {user} is disabled."),
    "bad_recovery_key": ("恢复密钥不正确。", "The recovery key is not correct."),
    "weak_password": (
        "密码至少需要 {min} 个字符。",
        "The password must have at least {min} characters.",
    ),
    "user_exists": ("用户名 {user} 已存在。", "User {user} already exists."),
    "unknown_user": ("没有名为 {user} 的账户。", "There is no account named {user}."),
    "last_admin": (
        "不能停用最后一个站长账户。",
        "The last active admin account cannot be disabled.",
    ),
    "no_password": (
        "未提供密码：请用 --password-stdin 从标准输入传入。",
        "No password given: pass it on standard input with --password-stdin.",
    ),
    # permissions / audit
    "forbidden": (
        "权限不足：{role}不能{action}。",
        "Not permitted: a {role} may not {action}.",
    ),
    "reason_required": (
        "查看他人个案需要填写理由（将记入审计日志）。",
        "Opening someone else's case needs a reason (it is written to the audit trail).",
    ),
    "audit_broken": (
        "审计链在第 {entry} 条处断裂：{detail}",
        "The audit chain is broken at entry {entry}: {detail}",
    ),
    # backup / restore
    "backup_failed": ("备份失败：{detail}", "Backup failed: {detail}"),
    "backup_invalid": (
        "备份文件无法使用：{detail}。当前保险库未做任何修改。",
        "The backup cannot be used: {detail}. The current vault was not changed.",
    ),
    "not_found": ("找不到记录：{what}", "Record not found: {what}"),
}


class StationDeskError(Exception):
    """An error with a stable code and a translated message; never shown as a traceback."""

    def __init__(self, code: str, **params: Any) -> None:
        if code not in MESSAGES:
            params = {"detail": code, **params}
            code = "internal"
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    @classmethod
    def from_os_error(cls, exc: OSError, path: str | None = None) -> StationDeskError:
        """Name the disk problems users can act on; anything else keeps its OS text."""
        if exc.errno == errno.ENOSPC:
            return cls("disk_full")
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return cls("readonly", path=path or exc.filename or "")
        return cls("internal", detail=exc.strerror or type(exc).__name__)

    def message(self, lang: str = "zh") -> str:
        zh, en = MESSAGES[self.code]
        template = en if lang.startswith("en") else zh
        english = lang.startswith("en")
        # A parameter may itself be a (zh, en) pair, e.g. a role or permission name.
        params = {k: (v[1] if english else v[0])
                  if isinstance(v, tuple) and len(v) == 2 else v
                  for k, v in self.params.items()}
        try:
            return template.format(**params)
        except (KeyError, IndexError):
            return template


def register_messages(messages: dict[str, tuple[str, str]]) -> None:
    """Let a module add its own codes next to its code instead of growing one central file."""
    for code, pair in messages.items():
        if code in MESSAGES and MESSAGES[code] != pair:
            raise ValueError(f"message code {code!r} registered twice with different text")
        MESSAGES[code] = pair
