"""What every records module shares: station-local dates, form validation, audit labels.

Dates a counsellor types (session date, follow-up date) are dates on the station's wall
calendar. Every station is in China, on UTC+8 all year, so "today" is the UTC+8 date of the
session clock; timestamps stored in the database stay UTC (`clock.iso`).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from station_desk.domain import vocab
from station_desk.domain.audit import register_actions
from station_desk.domain.clock import STATION_TZ, iso
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

# One note section (主诉, 评估, 干预, 计划) holds at most this many characters. 20,000 Chinese
# characters is about ten printed pages: far beyond a real session note, and still a size the
# printed record (issue 5) lays out. Longer input is refused with the count, never cut: the
# editor keeps the text and the autosaved draft keeps it too.
MAX_SECTION = 20_000
MAX_SHORT = 200  # names, units, topics, destinations
MAX_MEDIUM = 2_000  # reasons, outcomes, comments, summaries, addenda are notes: MAX_SECTION

register_messages({
    "record_invalid": ("{detail}", "{detail}"),
    "field_required": N_("errors", "Please fill in “{field}”."),
    "field_too_long": N_(
        "errors", "“{field}” has {count} characters, more than the {limit} allowed. Nothing "
        "was lost; shorten it and save again."),
    "field_bad_date": N_(
        "errors", "“{field}” is not a valid date: {value} (use the form 2026-11-02)."),
    "field_bad_time": N_(
        "errors", "“{field}” is not a valid time: {value} (use the form 14:30)."),
    "field_future": N_("errors", "“{field}” cannot be later than today ({today})."),
    "field_past": N_("errors", "“{field}” cannot be earlier than today ({today})."),
    "field_end_before_start": N_(
        "errors", "The end time {end} is not after the start time {start}."),
    "field_before": N_(
        "errors", "“{field}” ({value}) cannot be before the {other} ({other})."),
    "field_bad_choice": N_("errors", "“{field}” has an invalid value: {value}."),
    "field_bad_number": N_(
        "errors", "“{field}” must be a whole number from {low} to {high}: {value}."),
    "field_bad_phone": N_(
        "errors", "“{field}” may hold only digits, spaces, + and - (at most 20): {value}."),
})

# Field code -> (zh, en): the names messages use, and the keys the forms mark in red.
FIELDS: dict[str, tuple[str, str]] = {
    "name": ("姓名或化名", "name or pseudonym"),
    "gender": ("性别", "gender"),
    "birth_year": ("出生年份", "birth year"),
    "phone": ("联系电话", "phone"),
    "employer": ("工作单位", "employer"),
    "industry": ("所属行业", "industry"),
    "job_type": ("岗位类别", "job type"),
    "key_groups": ("重点群体", "key groups"),
    "source": ("来访途径", "how they came"),
    "emergency_contact": ("紧急联系人", "emergency contact"),
    "counsellor": ("责任咨询师", "assigned counsellor"),
    "consent_date": ("知情同意日期", "consent date"),
    "scope": ("知情同意范围", "consent scope"),
    "limits_explained": ("保密例外已告知", "limits of confidentiality explained"),
    "withdrawn_on": ("撤回日期", "withdrawal date"),
    "note": ("说明", "note"),
    "requested_on": ("申请日期", "date of the request"),
    "session_date": ("辅导日期", "session date"),
    "start_time": ("开始时间", "start time"),
    "end_time": ("结束时间", "end time"),
    "modality": ("服务方式", "modality"),
    "room": ("功能室", "room"),
    "issues": ("主要问题", "presenting issues"),
    "interventions": ("干预方法", "interventions"),
    "complaint": ("主诉", "presenting complaint"),
    "assessment": ("评估", "assessment"),
    "intervention": ("干预", "intervention"),
    "plan": ("计划", "plan"),
    "risk_level": ("风险等级", "risk level"),
    "referral": ("转介建议", "referral"),
    "next_appointment": ("下次预约", "next appointment"),
    "addendum": ("附注内容", "addendum text"),
    "comment": ("意见", "comment"),
    "summary": ("结案小结", "closing summary"),
    "reason": ("理由", "reason"),
    "planned_date": ("计划回访日期", "planned follow-up date"),
    "channel": ("回访方式", "follow-up channel"),
    "outcome": ("结果", "outcome"),
    "checklist": ("危机风险检查项", "crisis risk checklist"),
    "actions": ("处置措施", "actions taken"),
    "notes": ("情况说明", "notes"),
    "referral_date": ("转介日期", "referral date"),
    "destination_type": ("转介去向", "destination type"),
    "destination": ("转介机构", "destination"),
    "scores": ("评分", "ratings"),
    "activity_date": ("活动日期", "activity date"),
    "type": ("活动类型", "activity type"),
    "topic": ("主题", "topic"),
    "venue": ("地点", "venue"),
    "organiser": ("组织单位", "organising unit"),
    "attendees": ("参与人数", "attendee count"),
    "target_groups": ("面向群体", "target groups"),
    "year": ("年度", "year"),
    "target": ("目标数", "target"),
    "starts_at": ("预约开始", "appointment start"),
    "ends_at": ("预约结束", "appointment end"),
    "status": ("出席情况", "attendance"),
    "purpose": ("回访目的", "follow-up purpose"),
    "planned_time": ("计划时间", "planned time"),
    "result": ("回访结果", "follow-up result"),
    "warning_signs": ("危机前的信号", "warning signs"),
    "coping": ("我自己可以做的事", "coping steps"),
    "people_places": ("可以联系的人和可以去的地方", "people and places"),
    "professionals": ("专业求助电话与机构", "professional contacts"),
    "means_safety": ("让环境更安全", "means safety"),
    "query": ("检索词", "search terms"),
    "date_from": ("起始日期", "from date"),
    "date_to": ("截止日期", "to date"),
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a form: which field, which message, its parameters."""

    field: str
    code: str
    params: tuple[tuple[str, Any], ...] = ()

    def message(self, lang: str = "zh") -> str:
        zh, en = FIELDS.get(self.field, (self.field, self.field))
        params = {"field_zh": zh, "field_en": en, **dict(self.params)}
        return StationDeskError(self.code, **params).message(lang)


class ValidationError(StationDeskError):
    """Every problem of a form at once, so the form can mark each field."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("record_invalid", detail=" ".join(p.message("en") for p in problems))

    def message(self, lang: str = "zh") -> str:
        # Each message is a sentence with its own full stop (。 or .).
        sep = " " if lang.startswith("en") else ""
        return sep.join(p.message(lang) for p in self.problems)

    @property
    def fields(self) -> list[str]:
        return [p.field for p in self.problems]



class Checker:
    """Collects problems while a form is read; `done()` raises them together."""

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.problems: list[Problem] = []

    def add(self, field: str, code: str, **params: Any) -> None:
        self.problems.append(Problem(field, code, tuple(params.items())))

    def done(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)

    def failed(self, field: str) -> bool:
        return any(p.field == field for p in self.problems)

    def text(self, field: str, value: str | None, *, required: bool = False,
             limit: int = MAX_SHORT) -> str:
        text = (value or "").strip() if limit <= MAX_SHORT else (value or "")
        if required and not text.strip():
            self.add(field, "field_required")
        elif len(text) > limit:
            self.add(field, "field_too_long", count=len(text), limit=limit)
        return text

    def date(self, field: str, value: dt.date | str | None, *, required: bool = False,
             future: bool = True, past: bool = True) -> dt.date | None:
        if value in (None, ""):
            if required:
                self.add(field, "field_required")
            return None
        day = value if isinstance(value, dt.date) else _parse_date(str(value))
        if day is None:
            self.add(field, "field_bad_date", value=value)
            return None
        if not future and day > self.today:
            self.add(field, "field_future", today=self.today.isoformat())
        if not past and day < self.today:
            self.add(field, "field_past", today=self.today.isoformat())
        return day

    def time(self, field: str, value: str | None, *, required: bool = False) -> str:
        text = (value or "").strip()
        if not text:
            if required:
                self.add(field, "field_required")
            return ""
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", text):
            self.add(field, "field_bad_time", value=text)
            return ""
        return text

    def choice(self, field: str, kind: str, value: str | None, *, required: bool = True,
               allow_retired: bool = False) -> str:
        code = (value or "").strip()
        if not code:
            if required:
                self.add(field, "field_required")
            return ""
        if code not in vocab.codes(kind, include_retired=allow_retired):
            self.add(field, "field_bad_choice", value=code)
        return code

    def choices(self, field: str, kind: str, values: Iterable[str], *,
                required: bool = False) -> tuple[str, ...]:
        allowed = vocab.codes(kind)
        picked: list[str] = []
        for code in values:
            if code not in allowed:
                self.add(field, "field_bad_choice", value=code)
            elif code not in picked:
                picked.append(code)
        if required and not picked and not self.failed(field):
            self.add(field, "field_required")
        return tuple(picked)

    def number(self, field: str, value: Any, low: int, high: int, *,
               required: bool = True) -> int | None:
        if value in (None, ""):
            if required:
                self.add(field, "field_required")
            return None
        try:
            number = int(str(value).strip())
        except ValueError:
            number = None
        if number is None or not low <= number <= high or isinstance(value, bool):
            self.add(field, "field_bad_number", value=value, low=low, high=high)
            return None
        return number


def _parse_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


# --------------------------------------------------------------------------- time


def now_iso(session: Session) -> str:
    return iso(session.clock())


def local_now(session: Session) -> dt.datetime:
    return session.clock().astimezone(STATION_TZ)


def today(session: Session) -> dt.date:
    return local_now(session).date()


def local_date_of(timestamp: str) -> dt.date:
    """The station calendar date of a stored UTC timestamp."""
    from station_desk.domain.clock import parse_iso

    return parse_iso(timestamp).astimezone(STATION_TZ).date()


# --------------------------------------------------------------------------- storage helpers


def dumps(codes: Iterable[str]) -> str:
    return json.dumps(list(codes), ensure_ascii=False)


@functools.lru_cache(maxsize=4096)
def loads(text: str | None) -> tuple[str, ...]:
    """A stored list of codes. Cached: a file's thousands of records repeat a few dozen
    lists, and the result is immutable."""
    if not text:
        return ()
    value = json.loads(text)
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def file_target(file_no: str) -> str:
    """Audit target of anything in a file: one filter shows the file's whole history."""
    return f"file:{file_no}"


def user_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    marks = ",".join("?" * len(wanted))
    return {r[0]: r[1] for r in session.db.all(
        f"SELECT id, display_name FROM users WHERE id IN ({marks})", wanted)}


register_actions({
    "file.register": ("登记来访者建档", "file registered"),
    "file.view": ("查看档案", "file viewed"),
    "file.view_basic": ("查看档案基本信息", "file basic details viewed"),
    "file.break_glass": ("凭理由查看他人个案", "another counsellor's case opened with a reason"),
    "safe.open": ("输入恢复密钥以查看高度保密内容",
                  "recovery key typed in to open restricted content"),
    "safe.failed": ("恢复密钥输入错误", "wrong recovery key typed in"),
    "clinical.seal": ("高度保密内容加密或解密", "restricted content sealed or unsealed"),
    "file.edit": ("修改档案信息", "file details edited"),
    "file.restrict": ("设置档案高度保密", "file restriction changed"),
    "file.share": ("共享个案", "case shared"),
    "file.unshare": ("取消共享个案", "case sharing withdrawn"),
    "file.transfer": ("移交个案", "case transferred"),
    "file.reassign": ("站长重新分配个案", "case reassigned by the admin"),
    "caseload.reassign": ("站长重新分配咨询师的全部个案", "counsellor's caseload reassigned"),
    "file.close": ("结案", "case closed"),
    "file.close.summary": ("记录结案小结", "closing summary recorded"),
    "file.transfer.note": ("移交个案的说明", "note on a case transfer"),
    "caseload.reassign.note": ("重新分配个案的说明", "note on a caseload reassignment"),
    "file.reopen": ("重新开案", "case reopened"),
    "consent.record": ("记录知情同意", "informed consent recorded"),
    "consent.withdraw": ("记录撤回知情同意", "withdrawal of consent recorded"),
    "clinical.subject_copy": ("为来访者制作档案副本", "worker's copy of their file produced"),
    "session.create": ("新建辅导记录", "session record created"),
    "session.edit": ("修改辅导记录草稿", "session draft edited"),
    "session.discard": ("删除辅导记录草稿", "session draft deleted"),
    "session.sign": ("签署辅导记录", "session record signed"),
    "session.cosign": ("督导会签", "session record co-signed"),
    "session.addendum": ("添加补充说明", "addendum added"),
    "signature.failed": ("电子签名密码错误", "signature password wrong"),
    "session.restrict": ("设置记录高度保密", "record restriction changed"),
    "followup.schedule": ("安排回访", "follow-up scheduled"),
    "followup.complete": ("完成回访", "follow-up done"),
    "followup.contact": ("回访未完成（未联系上或改期）", "follow-up tried or rescheduled"),
    "crisis.open": ("启动危机干预", "crisis opened"),
    "crisis.update": ("更新危机处置", "crisis updated"),
    "crisis.close": ("解除危机", "crisis closed"),
    "crisis.safety_plan": ("制定或修改安全计划", "safety plan written or changed"),
    "referral.add": ("登记转介", "referral recorded"),
    "referral.outcome": ("记录转介结果", "referral outcome recorded"),
    "satisfaction.record": ("满意度评价", "satisfaction rating recorded"),
    "activity.log": ("登记团体活动", "group activity logged"),
    "activity.edit": ("修改团体活动", "group activity edited"),
    "activity.delete": ("删除团体活动", "group activity deleted"),
    "target.set": ("设定年度目标", "annual target set"),
    "appointment.book": ("预约", "appointment booked"),
    "appointment.move": ("改约", "appointment moved"),
    "appointment.cancel": ("取消预约", "appointment cancelled"),
    "appointment.attendance": ("登记预约出席情况", "appointment attendance marked"),
    "notes.search": ("全文检索辅导记录", "session notes searched"),
})


# What a list shows instead of the name of a restricted (高度保密) file.
RESTRICTED_FILE_LABEL = ("（高度保密档案）", "(restricted file)")
