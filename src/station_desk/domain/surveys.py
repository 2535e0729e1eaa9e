"""Survey campaigns (日常职工心理健康状况调查, 完备Ⅱ): a named screening round for a unit — one
enterprise's spring screening, say — over some dates, with the instruments chosen for it.

Its screenings are anonymous assessments (`assessments.anonymous_screening`) tagged with the
campaign: taken on the kiosk, or typed in from paper answer sheets one sheet per line
(`parse_sheet`). Nothing identifies a worker: gender, age band, industry and key group, each
only if given. The campaign itself (name, unit, dates, instruments) is station data; the
screenings are clinical and live in clinical.db.

A line for one paper sheet reads `GENDER AGE INDUSTRY GROUP ANSWERS`, each of the first four
`-` when not given:
- GENDER: f or m (女/男); AGE: the age band's number, 1 for under 20 up to 6 for 60 and over;
- INDUSTRY and GROUP: a vocabulary code (`manufacturing`, `migrant`) or its number in the
  list shown beside the entry box (1 = the first);
- ANSWERS: one digit per item (`012301230`), or the values separated by commas when an item
  has values above 9.
For example `f 3 1 - 012301230` is a woman aged 30–39 in the first industry, no key group.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from station_desk.domain import vocab
from station_desk.domain.assessments import AGE_BANDS, AnonymousFields, Outcome
from station_desk.domain.audit import register_actions
from station_desk.domain.instruments import Instrument
from station_desk.domain.records.common import FIELDS, Checker, now_iso, today
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages

MAX_NAME = 100
MAX_NOTE = 500
GENDER_WORDS = {"f": "female", "女": "female", "m": "male", "男": "male",
                "-": "unspecified", "u": "unspecified"}
# AGE_BANDS in order, numbered from 1; "unspecified" is "-"
AGE_NUMBERS = {str(n): code for n, code in enumerate(
    (c for c in AGE_BANDS if c != "unspecified"), start=1)}

FIELDS.update({
    "campaign_name": ("调查名称", "campaign name"),
    "unit": ("单位", "unit"),
    "starts_on": ("开始日期", "start date"),
    "ends_on": ("结束日期", "end date"),
    "instruments": ("量表", "instruments"),
})
register_actions({
    "survey.create": ("新建心理健康状况调查", "survey campaign created"),
})
register_messages({
    "survey_closed": ("调查“{name}”的日期是 {starts} 至 {ends}，今天（{today}）不在其中。",
                      "The campaign “{name}” runs from {starts} to {ends}; today ({today}) "
                      "is outside it."),
    "survey_instrument": ("调查“{name}”不使用量表 {instrument}。",
                          "The campaign “{name}” does not use the instrument {instrument}."),
    "survey_no_instruments": ("请至少选择一个量表。", "Choose at least one instrument."),
    "sheet_fields": ("答卷一行应为“性别 年龄段 行业 重点群体 答案”五项（不填的写 -）："
                     "{line}", "A sheet's line has five parts, GENDER AGE INDUSTRY GROUP "
                     "ANSWERS (- for one not given): {line}"),
    "sheet_value": ("答卷中的{what}无法识别：{value}", "The sheet's {what_en} is not "
                    "recognised: {value}"),
    "sheet_answers": ("{name}有 {items} 题，这一行给出了 {given} 个答案。",
                      "{name_en} has {items} items; this line gives {given} answers."),
    "sheet_answer": ("第 {item} 题的答案 {value} 不在可选值（{allowed}）之中。",
                     "Item {item}: the answer {value} is not one of {allowed}."),
})


@dataclass(frozen=True)
class Campaign:
    id: int
    name: str
    unit: str
    starts_on: str
    ends_on: str
    instruments: tuple[str, ...]
    note: str

    def open_on(self, day: dt.date) -> bool:
        return self.starts_on <= day.isoformat() <= self.ends_on


_COLUMNS = "id, name, unit, starts_on, ends_on, instruments, note"


def _campaign(row: object) -> Campaign:
    r = tuple(row)  # type: ignore[arg-type]
    return Campaign(r[0], r[1], r[2], r[3], r[4], tuple(json.loads(r[5])), r[6])


def _require_organiser(session: Session) -> None:
    """The admin organises surveys; a counsellor may too (they run the screenings)."""
    if not session.can(Permission.MANAGE_TIER):
        session.require(Permission.ADMINISTER_ASSESSMENT)


def create_campaign(session: Session, name: str, unit: str, starts_on: dt.date | str | None,
                    ends_on: dt.date | str | None, instruments: list[str] | tuple[str, ...],
                    note: str = "") -> Campaign:
    _require_organiser(session)
    from station_desk.domain import instruments as inst_mod

    check = Checker(today(session))
    title = check.text("campaign_name", name, required=True, limit=MAX_NAME)
    where = check.text("unit", unit, limit=MAX_NAME)
    first = check.date("starts_on", starts_on, required=True)
    last = check.date("ends_on", ends_on, required=True)
    text = check.text("note", note, limit=MAX_NOTE)
    known = inst_mod.load_all()
    chosen = list(dict.fromkeys(instruments))
    for ident in chosen:
        if ident not in known:
            check.add("instruments", "field_bad_choice", value=ident)
    if first and last and last < first:
        check.add("ends_on", "field_before", value=last.isoformat(), other=first.isoformat(),
                  other_zh="开始日期", other_en="start date")
    check.done()
    if not chosen:
        raise StationDeskError("survey_no_instruments")
    assert first is not None and last is not None
    with session.db.transaction():
        cur = session.db.execute(
            "INSERT INTO survey_campaigns (name, unit, starts_on, ends_on, instruments, note,"
            " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (title, where, first.isoformat(), last.isoformat(), json.dumps(chosen), text,
             session.user.id, now_iso(session)))
        session.log("survey.create", f"survey:{cur.lastrowid}",
                    {"from": first.isoformat(), "to": last.isoformat(),
                     "instruments": chosen})
    return get_campaign(session, int(cur.lastrowid))


def get_campaign(session: Session, campaign_id: int) -> Campaign:
    row = session.db.one(f"SELECT {_COLUMNS} FROM survey_campaigns WHERE id = ?",
                         (campaign_id,))
    if row is None:
        raise StationDeskError("not_found", what=(f"调查 {campaign_id}",
                                                 f"survey campaign {campaign_id}"))
    return _campaign(row)


def list_campaigns(session: Session, *, open_on: dt.date | None = None) -> list[Campaign]:
    """Newest first; with `open_on`, only those running that day."""
    session.require(Permission.VIEW_DIRECTORY)
    sql = f"SELECT {_COLUMNS} FROM survey_campaigns"
    params: tuple = ()
    if open_on is not None:
        sql += " WHERE starts_on <= ? AND ends_on >= ?"
        params = (open_on.isoformat(), open_on.isoformat())
    return [_campaign(r) for r in session.db.all(sql + " ORDER BY starts_on DESC, id DESC",
                                                 params)]


def check_screening(session: Session, campaign_id: int, instrument_id: str) -> Campaign:
    """A screening may join a campaign on one of its days, with one of its instruments."""
    campaign = get_campaign(session, campaign_id)
    day = today(session)
    if not campaign.open_on(day):
        raise StationDeskError("survey_closed", name=campaign.name, starts=campaign.starts_on,
                               ends=campaign.ends_on, today=day.isoformat())
    if instrument_id not in campaign.instruments:
        raise StationDeskError("survey_instrument", name=campaign.name,
                               instrument=instrument_id)
    return campaign


def screening_counts(session: Session, campaign_id: int) -> dict[str, int]:
    """How many screenings the campaign has per instrument (for the page running it)."""
    session.require(Permission.ADMINISTER_ASSESSMENT)
    session.require_clinical_key()
    return {r[0]: int(r[1]) for r in session.db.all(
        "SELECT instrument_id, count(*) FROM assessments WHERE campaign_id = ?"
        " GROUP BY instrument_id", (campaign_id,))}


# --------------------------------------------------------------------------- paper sheets


def _pick(kind: str, value: str, what: tuple[str, str]) -> str:
    if value == "-":
        return ""
    codes = vocab.codes(kind)
    if value.isdigit() and 1 <= int(value) <= len(codes):
        return codes[int(value) - 1]
    if value in codes:
        return value
    raise StationDeskError("sheet_value", what=what[0], what_en=what[1], value=value)


def parse_sheet(instrument: Instrument, line: str, campaign_id: int | None = None
                ) -> tuple[AnonymousFields, list[int]]:
    """One paper answer sheet typed as one line (see the module's docstring)."""
    parts = line.strip().split()
    if len(parts) != 5:
        raise StationDeskError("sheet_fields", line=line.strip())
    gender_word, age_word, industry_word, group_word, answer_word = parts
    gender = GENDER_WORDS.get(gender_word.lower())
    if gender is None:
        raise StationDeskError("sheet_value", what="性别", what_en="gender", value=gender_word)
    if age_word == "-":
        age = "unspecified"
    elif age_word in AGE_NUMBERS:
        age = AGE_NUMBERS[age_word]
    else:
        raise StationDeskError("sheet_value", what="年龄段", what_en="age band", value=age_word)
    industry = _pick("industries", industry_word, ("行业", "industry"))
    group = _pick("key_groups", group_word, ("重点群体", "key group"))
    raw = answer_word.split(",") if "," in answer_word else list(answer_word)
    if not all(v.strip().lstrip("-").isdigit() for v in raw):
        raise StationDeskError("sheet_value", what="答案", what_en="answers", value=answer_word)
    answers = [int(v) for v in raw]
    if len(answers) != len(instrument.items):
        raise StationDeskError("sheet_answers", name=instrument.name_zh,
                               name_en=instrument.name_en, items=len(instrument.items),
                               given=len(answers))
    for item, value in zip(instrument.items, answers, strict=True):
        if value not in item.values:
            raise StationDeskError("sheet_answer", item=item.number, value=value,
                                   allowed="/".join(str(v) for v in sorted(item.values)))
    return AnonymousFields(gender, age, industry, group, campaign_id), answers


def enter_sheet(session: Session, campaign_id: int, instrument: Instrument,
                line: str) -> Outcome:
    """Parse one typed sheet and store it as the campaign's screening."""
    from station_desk.domain import assessments

    anon, answers = parse_sheet(instrument, line, campaign_id)
    return assessments.anonymous_screening(session, instrument, answers, anon)
