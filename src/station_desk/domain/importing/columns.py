"""What each kind of register holds, the column headers stations commonly give it, and the
mapping of a file's columns to those fields (guessed, remembered per kind, or given).

The headers are the ones seen on the registers stations keep in Excel (心理咨询登记表,
来访者信息登记表, 团体活动登记表); a header is matched after removing spaces and a trailing
colon, exactly first, then by containment ("来访者姓名" holds "姓名"). The last mapping a station
confirmed for a kind is kept in the vault's settings (headers only, never cell contents) and
preferred the next time.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

register_messages({
    "ledger_bad_kind": N_(
        "errors", "The register kind must be sessions, visitors or activities: {value}"),
    "ledger_unknown_kind": N_(
        "errors", "Cannot tell from the headers which register this is; give --kind (sessions / "
        "visitors / activities)."),
    # 来访日期 is a column heading as the station's own Excel register has it, in any language
    "ledger_unmapped": N_(
        "errors", "The register has no column for these required fields: {fields}. Give them "
        "with --map, for example --map date=来访日期."),
    "ledger_bad_map": N_(
        "errors", "--map takes FIELD=COLUMN, where FIELD is one of {fields}: {value}"),
    "ledger_no_column": N_(
        "errors", "The register has no column named “{value}”. Its columns: {columns}"),
})

SESSIONS, VISITORS, ACTIVITIES = "sessions", "visitors", "activities"
KINDS = (SESSIONS, VISITORS, ACTIVITIES)
KIND_LABELS = {SESSIONS: N_("importing.columns", "counselling register"),
               VISITORS: N_("importing.columns", "visitor list"),
               ACTIVITIES: N_("importing.columns", "activity register")}
_SETTING = "import.mapping."


@dataclass(frozen=True)
class Field:
    code: str
    zh: str
    en: str
    headers: tuple[str, ...]  # exact headers first; containment is tried after all exact ones
    required: bool = False

    def label(self, lang: str = "zh") -> str:
        return self.en if lang.startswith("en") else self.zh


def _f(code: str, zh: str, en: str, headers: str, required: bool = False) -> Field:
    return Field(code, zh, en, tuple(headers.split()), required)


FIELDS: dict[str, tuple[Field, ...]] = {
    SESSIONS: (
        _f("date", *N_("importing.columns", "date"),
           "日期 咨询日期 辅导日期 来访日期 接待日期 服务日期 时间", True),
        _f("file_no", *N_("importing.columns", "file number"),
           "档案号 档案编号 编号 个案编号 个案号"),
        _f("name", *N_("importing.columns", "name"),
           "姓名 来访者 来访者姓名 来访人 职工姓名 化名"),
        _f("counsellor", *N_("importing.columns", "counsellor"),
           "咨询师 辅导员 咨询员 心理咨询师 接待人 接待咨询师 责任咨询师", True),
        _f("modality", *N_("importing.columns", "modality"),
           "形式 方式 咨询形式 咨询方式 服务方式 辅导方式", True),
        _f("issues", *N_("importing.columns", "issue"),
           "问题类型 主要问题 困扰类型 咨询问题 问题分类 主要困扰"),
        _f("risk", *N_("importing.columns", "risk level"),
           "风险等级 风险 风险评估 危机等级"),
        _f("start_time", *N_("importing.columns", "start time"),
           "开始时间 起始时间"),
        _f("end_time", *N_("importing.columns", "end time"),
           "结束时间"),
        _f("notes", *N_("importing.columns", "summary"),
           "简要情况 咨询内容 主诉 摘要 内容摘要 情况简述"),
        _f("gender", *N_("importing.columns", "gender"),
           "性别"),
        _f("phone", *N_("importing.columns", "phone"),
           "联系电话 电话 手机 手机号 联系方式"),
    ),
    VISITORS: (
        _f("file_no", *N_("importing.columns", "file number"),
           "档案号 档案编号 编号 个案编号"),
        _f("name", *N_("importing.columns", "name"),
           "姓名 来访者 来访者姓名 职工姓名", True),
        _f("gender", *N_("importing.columns", "gender"),
           "性别"),
        _f("birth_year", *N_("importing.columns", "birth year"),
           "出生年份 出生年 出生年月 出生日期"),
        _f("age", *N_("importing.columns", "age"),
           "年龄"),
        _f("phone", *N_("importing.columns", "phone"),
           "联系电话 电话 手机 手机号 联系方式"),
        _f("employer", *N_("importing.columns", "employer"),
           "单位 工作单位 所在单位 单位名称 企业"),
        _f("industry", *N_("importing.columns", "industry"),
           "行业 所属行业"),
        _f("key_groups", *N_("importing.columns", "key groups"),
           "重点群体 群体类别 人群类别"),
        _f("opened", *N_("importing.columns", "date registered"),
           "建档日期 登记日期 首次来访日期 日期"),
        _f("counsellor", *N_("importing.columns.visitors", "counsellor"),
           "责任咨询师 咨询师 辅导员"),
    ),
    ACTIVITIES: (
        _f("date", *N_("importing.columns", "date"),
           "日期 活动日期 时间 活动时间", True),
        _f("type", *N_("importing.columns", "activity type"),
           "活动类型 类型 活动形式 形式", True),
        _f("topic", *N_("importing.columns", "topic"),
           "活动名称 活动主题 主题 名称 内容", True),
        _f("venue", *N_("importing.columns", "venue"),
           "地点 活动地点 场地"),
        _f("organiser", *N_("importing.columns", "organiser"),
           "组织单位 主办单位 承办单位 单位 组织者"),
        _f("attendees", *N_("importing.columns", "attendees"),
           "人数 参与人数 参加人数 受益人数 人次", True),
        _f("target_groups", *N_("importing.columns", "target groups"),
           "面向群体 对象 服务对象"),
    ),
}


def fields(kind: str) -> tuple[Field, ...]:
    check_kind(kind)
    return FIELDS[kind]


def field(kind: str, code: str) -> Field:
    return next(f for f in fields(kind) if f.code == code)


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise StationDeskError("ledger_bad_kind", value=kind)
    return kind


def guess_kind(headers: tuple[str, ...]) -> str:
    """Which register the headers look like: counselling if a counsellor and a modality or a
    risk level column are there; activities if an attendance count is; visitors if a name is."""
    scores = {kind: len(auto_map(kind, headers)) for kind in KINDS}
    mapped = {kind: auto_map(kind, headers) for kind in KINDS}
    if "counsellor" in mapped[SESSIONS] and ({"modality", "risk"} & set(mapped[SESSIONS])):
        return SESSIONS
    if "attendees" in mapped[ACTIVITIES] and "topic" in mapped[ACTIVITIES]:
        return ACTIVITIES
    if "name" in mapped[VISITORS] and scores[VISITORS] >= 2:
        return VISITORS
    raise StationDeskError("ledger_unknown_kind")


def auto_map(kind: str, headers: tuple[str, ...],
             remembered: Mapping[str, str] | None = None) -> dict[str, int]:
    """field code -> column index: the remembered header where the file still has it, then an
    exact common header, then a header containing one. A column serves one field."""
    mapping: dict[str, int] = {}
    used: set[int] = set()

    def take(code: str, index: int) -> None:
        if code not in mapping and index not in used:
            mapping[code] = index
            used.add(index)

    for code, header in (remembered or {}).items():
        if header in headers and any(f.code == code for f in fields(kind)):
            take(code, headers.index(header))
    for f in fields(kind):
        for name in f.headers:
            if name in headers:
                take(f.code, headers.index(name))
                break
    for f in fields(kind):
        if f.code in mapping:
            continue
        for name in f.headers:
            hit = next((i for i, h in enumerate(headers)
                        if i not in used and len(name) >= 2 and name in h), None)
            if hit is not None:
                take(f.code, hit)
                break
    return mapping


def parse_map(kind: str, items: list[str], headers: tuple[str, ...]) -> dict[str, int]:
    """`--map FIELD=COLUMN` items (FIELD a code or its Chinese name; COLUMN a header or an
    empty string to leave the field out) as field code -> column index (-1: left out)."""
    names = {f.code: f.code for f in fields(kind)} | {f.zh: f.code for f in fields(kind)}
    out: dict[str, int] = {}
    for item in items:
        key, sep, column = item.partition("=")
        code = names.get(key.strip())
        if not sep or code is None:
            raise StationDeskError(
                "ledger_bad_map", value=item,
                fields="、".join(f.zh for f in fields(kind)),
                fields_en=", ".join(f.code for f in fields(kind)))
        column = "".join(column.split())
        if not column:
            out[code] = -1
            continue
        if column not in headers:
            raise StationDeskError("ledger_no_column", value=column,
                                   columns="、".join(h for h in headers if h))
        out[code] = headers.index(column)
    return out


def resolve_mapping(session: Session, kind: str, headers: tuple[str, ...],
                    overrides: Mapping[str, int] | None = None) -> dict[str, int]:
    """The mapping to use: guessed (remembered first), then the user's choices on top
    (-1 leaves a field out)."""
    mapping = auto_map(kind, headers, remembered_mapping(session, kind))
    for code, index in (overrides or {}).items():
        mapping = {c: i for c, i in mapping.items() if i != index or index < 0}
        if index < 0:
            mapping.pop(code, None)
        else:
            mapping[code] = index
    return mapping


def missing_required(kind: str, mapping: Mapping[str, int]) -> list[Field]:
    missing = [f for f in fields(kind) if f.required and f.code not in mapping]
    if kind == SESSIONS and "file_no" not in mapping and "name" not in mapping:
        missing.append(field(kind, "file_no"))
    return missing


def require_mapped(kind: str, mapping: Mapping[str, int]) -> None:
    missing = missing_required(kind, mapping)
    if missing:
        raise StationDeskError("ledger_unmapped", fields="、".join(f.zh for f in missing),
                               fields_en=", ".join(f.code for f in missing))


def remembered_mapping(session: Session, kind: str) -> dict[str, str]:
    raw = session.settings().get(_SETTING + check_kind(kind), "")
    try:
        value = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def remember_mapping(session: Session, kind: str, headers: tuple[str, ...],
                     mapping: Mapping[str, int]) -> None:
    """Keep the confirmed mapping (field -> header text) for the next import of this kind;
    joins the caller's transaction (the import's)."""
    value = json.dumps({code: headers[i] for code, i in sorted(mapping.items())},
                       ensure_ascii=False, sort_keys=True)
    session.db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                       (_SETTING + kind, value))
