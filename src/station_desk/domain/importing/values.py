"""Cell values as stations write them, read into what the vault stores.

Dates come as Excel dates or as text in any of the ways people type them (2024-03-05,
2024/3/5, 2024.3.5, 2024年3月5日, 20240305); vocabulary entries as their Chinese label, their
English label, their code or a common synonym (面谈 for 面询, 电话 for 热线电话, 中 for 中风险);
several issues in one cell separated by 、，,;；/ or spaces.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from station_desk.domain import vocab

# Words registers use for vocabulary entries, beside the entries' own labels.
SYNONYMS: dict[str, dict[str, str]] = {
    "modalities": {"面谈": "in_person", "个体": "in_person", "个体咨询": "in_person",
                   "当面": "in_person", "面询": "in_person", "现场": "in_person",
                   "电话": "hotline", "热线": "hotline", "电话咨询": "hotline",
                   "网络": "online", "网上": "online", "视频": "online", "微信": "online",
                   "线上咨询": "online", "团辅": "group", "团体辅导": "group",
                   "上门": "outreach", "外出": "outreach", "走访": "outreach"},
    "risk_levels": {"无": "none", "否": "none", "正常": "none", "低": "low", "中": "medium",
                    "一般": "low", "较高": "high", "高": "high", "紧急": "imminent",
                    "危机": "imminent", "极高": "imminent"},
    "genders": {"男性": "male", "女性": "female", "m": "male", "f": "female",
                "未知": "unspecified"},
    "presenting_issues": {"工作压力": "work_stress", "职业倦怠": "work_stress",
                          "人际关系": "work_relationships", "婚恋": "love_marriage",
                          "婚姻": "love_marriage", "恋爱": "love_marriage",
                          "家庭": "family_parenting", "亲子": "family_parenting",
                          "子女教育": "family_parenting", "焦虑": "anxiety",
                          "抑郁": "low_mood", "情绪": "low_mood", "失眠": "sleep",
                          "睡眠": "sleep", "职业发展": "adaptation_career",
                          "适应": "adaptation_career", "丧失": "trauma_loss",
                          "创伤": "trauma_loss", "危机": "crisis"},
    "activity_types": {"团辅": "group_counselling", "团体": "group_counselling",
                       "沙龙": "salon", "测评": "screening"},
}
_SPLIT = re.compile(r"[、，,;；/|\s]+")
_DATE_TEXT = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_DATE_DIGITS = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_TIME_TEXT = re.compile(r"^(\d{1,2})\s*[:：点时]\s*(\d{2})?\s*分?$")


def text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    return " ".join(str(value).split())


def date(value: Any) -> dt.date | None:
    """A date, or None when the cell says something that is not one."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raw = text(value)
    if " " in raw:  # "2024-03-05 14:00:00" from a date-time cell saved as text
        raw = raw.split(" ", 1)[0]
    found = _DATE_TEXT.match(raw) or _DATE_DIGITS.match(raw)
    if not found:
        return None
    try:
        return dt.date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None


def time(value: Any) -> str | None:
    """"14:30" from 14:30, 14点30, an Excel time; "" for an empty cell; None if unreadable."""
    if isinstance(value, dt.time):
        return f"{value.hour:02d}:{value.minute:02d}"
    if isinstance(value, dt.datetime):
        return f"{value.hour:02d}:{value.minute:02d}"
    raw = text(value)
    if not raw:
        return ""
    found = _TIME_TEXT.match(raw)
    if not found or int(found[1]) > 23:
        return None
    return f"{int(found[1]):02d}:{found[2] or '00'}"


def code(kind: str, value: Any) -> str | None:
    """The vocabulary code a cell names (retired entries too: old registers use them), or None.
    """
    raw = text(value)
    if not raw:
        return ""
    folded = raw.casefold()
    for entry in vocab.entries(kind, include_retired=True):
        if folded in (entry.code.casefold(), entry.label_zh.casefold(),
                      entry.label_en.casefold()):
            return entry.code
    return SYNONYMS.get(kind, {}).get(folded)


def codes(kind: str, value: Any) -> tuple[tuple[str, ...], list[str]]:
    """Several entries in one cell: (codes found, parts not understood)."""
    raw = text(value)
    found: list[str] = []
    unknown: list[str] = []
    whole = code(kind, raw)
    parts = [raw] if whole else [p for p in _SPLIT.split(raw) if p]
    for part in parts:
        hit = code(kind, part)
        if hit:
            if hit not in found:
                found.append(hit)
        else:
            unknown.append(part)
    return tuple(found), unknown


def choices_text(kind: str) -> str:
    return "、".join(e.label_zh for e in vocab.entries(kind))


def choices_text_en(kind: str) -> str:
    return ", ".join(e.label_en for e in vocab.entries(kind))


def digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def name_key(name: str) -> str:
    """Names compared as people read them: no spaces, full-width letters folded."""
    import unicodedata

    return "".join(unicodedata.normalize("NFKC", name).split()).casefold()
