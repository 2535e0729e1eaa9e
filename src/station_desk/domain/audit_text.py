"""The audit trail in words, for the people who read it (审计日志): who (display name), what
it was about ("档案 XL-2026-000014", "账户 前台小张"), and the details as "项：值" phrases
instead of raw JSON. What is stored is untouched; this is only how an entry is read."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from station_desk.domain.audit import AuditEntry
from station_desk.domain.auth import TIER_LABELS
from station_desk.domain.clock import shown_time
from station_desk.domain.records import appointments, followups, safety_plan
from station_desk.domain.records.appointments import STATUS_WORDS as ATTENDANCE_WORDS
from station_desk.domain.roles import ROLE_LABELS, Permission, Role
from station_desk.domain.session import Session

# target kind -> (zh, en); the part after the colon follows the word
TARGET_KINDS: dict[str, tuple[str, str]] = {
    "file": ("档案", "file"), "user": ("账户", "account"), "setting": ("设置", "setting"),
    "regime": ("制度", "regime"), "tier": ("等级自查项", "tier item"),
    "activity": ("团辅与讲座", "group activity"), "survey": ("调查", "survey"),
    "selfcheck": ("等级自查", "tier self-check"), "instrument": ("量表", "instrument"),
    "hotline": ("热线来电", "hotline call"), "assessment": ("心理测评", "assessment"),
    "target": ("年度目标", "yearly target"), "station": ("服务站", "station"),
}
# detail keys that read better in words; others are shown as written
DETAIL_KEYS: dict[str, tuple[str, str]] = {
    "role": ("角色", "role"), "from": ("原", "from"), "to": ("改为", "to"),
    "old": ("原值", "was"), "new": ("新值", "now"), "status": ("状态", "status"),
    "reason": ("理由", "reason"), "period": ("统计期", "period"), "file": ("文件", "file"),
    "supervisor": ("督导", "supervisor"), "access": ("访问方式", "access"),
    "restricted": ("高度保密", "restricted"), "count": ("数量", "count"),
    "note": ("备注", "note"), "version": ("版本", "version"), "tier": ("等级", "tier"),
    "days": ("日期", "days"), "start": ("开始", "start"), "end": ("结束", "end"),
    "place": ("地点", "place"), "answer": ("答复", "answer"), "was": ("原状态", "was"),
    "re_enabled": ("同时启用账户", "account enabled again"), "session": ("记录", "record"),
    "review": ("需督导会签", "needs co-signature"), "file_risk": ("档案风险等级", "file risk"),
    "name": ("名称", "name"), "union_code": ("工会代码", "union code"),
    "address": ("地址", "address"), "clinical_key": ("持有辅导记录库密钥", "clinical key"),
    "appointment": ("预约", "appointment"), "starts_at": ("预约时间", "appointment time"),
    "record": ("辅导记录", "record"), "followup": ("回访", "follow-up"),
    "crisis": ("危机干预", "crisis"), "result": ("回访结果", "result"),
    "purpose": ("回访目的", "purpose"), "next": ("下次联系", "next contact"),
    "sections": ("填写的部分", "sections written"),
}
# coded values of some keys, in words
VALUE_WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "access": {"own": ("本人负责的个案", "own case"), "shared": ("共享的个案", "shared case"),
               "supervision": ("督导", "as supervisor"),
               "break_glass": ("说明理由后查看", "opened with a reason")},
    "answer": {"yes": ("是", "yes"), "no": ("否", "no")},
    **{key: dict(ATTENDANCE_WORDS) for key in ("status", "was")},
    "result": dict(followups.RESULTS),
    "purpose": {code: (zh, en) for code, (zh, en, _days) in followups.PURPOSES.items()},
    "sections": dict(safety_plan.SECTIONS),
    "reason": {appointments.TRANSFERRED: ("档案已转至其他服务站",
                                          "the file went to another station")},
}
# keys whose values are digests or key material: their presence is enough to say
HIDDEN_KEYS = frozenset({"digest", "sha256", "sealed", "mac", "records", "v"})


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


@dataclass(frozen=True)
class AuditWords:
    """Display names by user name, read once per page of entries."""

    names: Mapping[str, str]

    @classmethod
    def load(cls, session: Session) -> AuditWords:
        session.require(Permission.VIEW_AUDIT)
        return cls({str(u): str(d) for u, d in session.db.all(
            "SELECT username, display_name FROM users")})

    def who(self, entry: AuditEntry, lang: str = "zh") -> str:
        if entry.username == "recovery":
            return "恢复密钥" if lang != "en" else "Recovery key"
        return self.names.get(entry.username, entry.username)

    def target(self, target: str, lang: str = "zh") -> str:
        if not target:
            return ""
        kind, _, rest = target.partition(":")
        if kind == "user" and rest:
            rest = self.names.get(rest, rest)
        if kind in TARGET_KINDS:
            return f"{_pick(TARGET_KINDS[kind], lang)} {rest}".strip()
        return target

    def value(self, key: str, value: object, lang: str) -> str:
        if isinstance(value, bool):
            return ("yes" if value else "no") if lang == "en" else ("是" if value else "否")
        if isinstance(value, dict):
            if set(value) <= {"old", "new"} or set(value) <= {"from", "to"}:
                old = value.get("old", value.get("from"))
                new = value.get("new", value.get("to"))
                return f"{self.value(key, old, lang)} → {self.value(key, new, lang)}"
            return self.details(value, lang)
        if isinstance(value, list):
            return "、".join(self.value(key, v, lang) for v in value) if lang != "en" \
                else ", ".join(self.value(key, v, lang) for v in value)
        if value is None:
            return "—"
        text = str(value)
        if text in VALUE_WORDS.get(key, {}):
            return _pick(VALUE_WORDS[key][text], lang)
        if key in ("role", "from", "to", "old", "new") and text in {r.value for r in Role}:
            return _pick(ROLE_LABELS[Role(text)], lang)
        if text in TIER_LABELS and lang != "en":
            return TIER_LABELS[text]
        if key == "supervisor":
            return self.names.get(text, text)
        if len(text) == 20 and text.endswith("Z") and "T" in text:
            return shown_time(text)
        return text

    def details(self, detail: object, lang: str = "zh") -> str:
        if isinstance(detail, str):
            try:
                detail = json.loads(detail) if detail.startswith(("{", "[")) else detail
            except ValueError:
                return detail
        if not isinstance(detail, dict):
            return self.value("", detail, lang) if detail not in ("", None) else ""
        parts = []
        detail = dict(detail)
        for old, new in (("from", "to"), ("old", "new")):  # a change reads "A → B"
            if old in detail and new in detail:
                change = {"from": detail.pop(old), "to": detail.pop(new)}
                parts.append(self.value(old, change, lang))
        for key, value in detail.items():
            if key in HIDDEN_KEYS:
                continue
            label = _pick(DETAIL_KEYS[key], lang) if key in DETAIL_KEYS else key
            parts.append(f"{label}{'：' if lang != 'en' else ': '}{self.value(key, value, lang)}")
        return "；".join(parts) if lang != "en" else "; ".join(parts)
