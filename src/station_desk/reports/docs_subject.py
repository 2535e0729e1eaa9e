"""The worker's copy of their own file (PIPL art. 45): what it shows, and producing it.

The rules (who may produce it, what can be withheld, which sealed text this producer cannot
open, the log of copies) are the records domain's (`records/subject_copy.py`); this module lays
the copy out on the station's page (same confidentiality marks as every print) and saves it
the one way a PDF reaches the disk (`service.save_pdf`: numbered, audited, atomic), then logs
the copy with the date the worker asked.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from station_desk.domain.records import subject_copy as rules
from station_desk.domain.records.common import FIELDS
from station_desk.domain.records.consent import (
    Consent,
    Withdrawal,
    read_withdrawals,
    scope_labels,
)
from station_desk.domain.records.followups import purpose_label
from station_desk.domain.records.restricted import PLACEHOLDER
from station_desk.domain.records.safety_plan import SECTIONS, SafetyPlan, read_safety_plan
from station_desk.domain.records.sessions import SessionRecord, read_sessions
from station_desk.domain.session import Session
from station_desk.reports import blocks, service
from station_desk.reports.blocks import p
from station_desk.reports.data import (
    AssessmentResult,
    CaseRecord,
    Reader,
    StationInfo,
    label,
    labels,
    local_date,
    local_time,
)
from station_desk.reports.docs_records import SESSION_STATUS, client_fields, file_target
from station_desk.reports.document import Document, Rendered

WITHHELD = "【不予提供】"
NOT_INCLUDED = "【未纳入】"
SEALED_ZH = rules.SEALED_REASON[0]


@dataclass
class CopyData:
    """Everything the copy prints, read after the producer was checked."""

    station: StationInfo
    case: CaseRecord
    withdrawals: list[Withdrawal]
    corrections: list[rules.Correction]
    earlier: list[rules.CopyRequest]
    withhold: dict[str, str]
    unopened: set[tuple[str, int]]
    names: dict[str, str]  # instrument id -> name
    requested_on: str
    producer: str
    items: list[rules.Item] = field(default_factory=list)
    appointments: list[rules.Appointment] = field(default_factory=list)
    ratings: list[rules.Rating] = field(default_factory=list)
    not_included: list[str] = field(default_factory=list)  # item names, filled while laying out
    safety_plans: dict[int, str] = field(default_factory=dict)  # crisis id -> the plan's text


def gather(session: Session, client_id: int, withhold: Mapping[str, str],
           requested_on: dt.date) -> CopyData:
    """Check the producer and the withheld items, read the file as the copy shows it."""
    ref = rules.require_producer(session, client_id)
    kept = rules.check_withhold(session, client_id, withhold)
    reader = Reader(session)
    # Every signed record of the file, whoever wrote it: a record whose text this producer
    # cannot open is named on the copy as not included, never silently left out.
    sessions = tuple(read_sessions(session, "s.client_id = ? AND s.status <> 'draft'",
                                   [client_id]))
    client = reader.client(client_id)
    assert client is not None
    case = CaseRecord(client, reader.consents(client_id), sessions, reader.followups(client_id),
                      reader.crises(client_id), reader.referrals(client_id),
                      reader.assessments(client_id))
    plans = {c.id: _plan_text(read_safety_plan(session, c)) for c in case.crises}
    return CopyData(reader.station(), case, read_withdrawals(session, client_id),
                    rules.corrections(session, ref.file_no),
                    rules.read_copies(session, client_id), kept,
                    rules.unopened(session, client_id), service.instrument_names(),
                    requested_on.isoformat(), service.printed_by(session),
                    rules.items(session, client_id), rules.appointments(session, client_id),
                    rules.ratings(session, client_id), safety_plans=plans)


def _plan_text(plan: SafetyPlan) -> str:
    """The safety plan, section by section ('' when none was written): it is the worker's
    own, so their copy of the file carries it with the crisis."""
    if plan.is_empty:
        return ""
    if PLACEHOLDER in plan.sections.values():  # sealed to someone else: said as such
        return PLACEHOLDER
    return "\n".join(f"{SECTIONS[key][0]}：{text}" for key, text in plan.sections.items()
                     if text.strip())


# --------------------------------------------------------------------------- pieces


def _left_out(reason: str, *, withheld: bool = True) -> Flowable:
    mark = WITHHELD if withheld else NOT_INCLUDED
    return p(f"{mark}理由：{reason}", "alert")


def _consents(consents: tuple[Consent, ...], width: float) -> list[Flowable]:
    rows = [(c.consent_date, c.scope_text(), c.explained_by_name or
             ("未记录" if not c.structured else "—"), "是" if c.limits_explained else "否",
             c.recorded_by_name) for c in consents]
    return blocks.table(["签署日期", "同意的范围", "说明保密例外的人", "保密例外已告知", "记录人"],
                        rows, [width * f for f in (0.14, 0.38, 0.18, 0.14, 0.16)],
                        align=["c", "l", "c", "c", "c"], empty="本站没有您签署的知情同意书记录。")


def _withdrawals(items: list[Withdrawal], width: float) -> list[Flowable]:
    if not items:
        return []
    rows = [(w.withdrawn_on, scope_labels(w.scopes),
             "仍然有效" if w.ended_on is None else f"已于 {w.ended_on} 重新签署知情同意",
             w.note, w.recorded_by_name) for w in items]
    return [*blocks.heading("撤回同意", 2),
            *blocks.table(["撤回日期", "撤回的范围", "状态", "说明", "记录人"], rows,
                          [width * f for f in (0.14, 0.3, 0.22, 0.2, 0.14)],
                          align=["c", "l", "l", "l", "c"])]


def _session(d: CopyData, s: SessionRecord, width: float) -> list[Flowable]:
    key = f"session-{s.session_no}"
    head = f"第 {s.session_no} 次辅导　{s.session_date}　{label('modalities', s.modality)}"
    out: list[Flowable] = [CondPageBreak(40 * mm), *blocks.heading(head, 2)]
    whole = rules.withheld_reason(d.withhold, key)
    if whole is not None:
        return [*out, _left_out(whole)]
    when = s.session_date + (f"　{s.start_time}–{s.end_time}" if s.start_time else "")
    out.append(blocks.fields([
        ("日期时间", when), ("咨询师", s.counsellor_name),
        ("服务方式", label("modalities", s.modality)),
        ("记录状态", SESSION_STATUS.get(s.status, s.status)),
        ("主要问题", labels("presenting_issues", s.issues)),
        ("干预方法", labels("interventions", s.interventions)),
        ("风险等级", label("risk_levels", s.risk_level)), ("下次预约", s.next_shown),
    ], width))
    sealed = ("sessions", s.id) in d.unopened
    if sealed:
        d.not_included.append(f"第 {s.session_no} 次辅导记录的内容")
        out.append(_left_out(SEALED_ZH, withheld=False))
    else:
        for section in rules.SECTIONS:
            name = FIELDS[section][0]
            reason = rules.withheld_reason(d.withhold, f"{key}.{section}")
            if reason is not None:
                out += [p(name, "h2"), _left_out(reason)]
            else:
                out += blocks.note(name, getattr(s, section))
        if s.referral:
            out += blocks.note("转介建议", s.referral)
    for i, a in enumerate(s.addenda, start=1):
        out.append(p(f"附注 {i}　{a.author_name}　{local_time(a.created_at)}", "label"))
        reason = rules.withheld_reason(d.withhold, f"addendum-{s.session_no}.{i}")
        if reason is not None:
            out.append(_left_out(reason))
        elif a.text == PLACEHOLDER:
            d.not_included.append(f"第 {s.session_no} 次辅导记录的附注 {i}")
            out.append(_left_out(SEALED_ZH, withheld=False))
        else:
            out += [p(chunk, "note") for chunk in a.text.split("\n") if chunk.strip()]
    signed = f"{s.signed_by_name}　{local_time(s.signed_at)}"
    if s.cosigned_at:
        signed += f"；督导会签：{s.cosigned_by_name}　{local_time(s.cosigned_at)}"
    out.append(p(f"签署：{signed}", "small"))
    return out


def _assessments(d: CopyData, width: float) -> list[Flowable]:
    items: tuple[AssessmentResult, ...] = d.case.assessments
    part = rules.withheld_reason(d.withhold, "assessments")
    if part is not None and items:
        return [_left_out(part)]
    rows = []
    for i, a in enumerate(items, start=1):
        reason = rules.withheld_reason(d.withhold, f"assessment-{i}")
        name = d.names.get(a.instrument_id, a.instrument_id)
        if reason is not None:
            rows.append((str(i), local_date(a.administered_at), name, WITHHELD, reason, ""))
        else:
            rows.append((str(i), local_date(a.administered_at), name, f"{a.score:g}", a.band,
                         a.administered_by or "—"))
    return blocks.table(["序号", "日期", "量表", "得分", "分级", "施测人"], rows,
                        [width * f for f in (0.07, 0.14, 0.3, 0.12, 0.23, 0.14)],
                        align=["c", "c", "l", "c", "l", "c"], empty="没有心理测评记录。")


def _loop(d: CopyData, part: str, width: float) -> list[Flowable]:
    """Follow-ups, crises or referrals: one block each, withheld or sealed where so."""
    case = d.case
    records = {"followups": case.followups, "crises": case.crises,
               "referrals": case.referrals}[part]
    table = part
    empty = {"followups": "没有回访记录。", "crises": "没有危机干预记录。",
             "referrals": "没有转介记录。"}[part]
    if not records:
        return [p(empty, "small")]
    whole = rules.withheld_reason(d.withhold, part)
    if whole is not None:
        return [_left_out(whole)]
    out: list[Flowable] = []
    single = rules.SINGLE[part][0]
    for i, r in enumerate(records, start=1):
        reason = rules.withheld_reason(d.withhold, f"{part[:-1]}-{i}")
        sealed = (table, r.id) in d.unopened
        if part == "followups":
            head = f"{single} {i}　{r.planned_date}"
            pairs = [("回访目的", purpose_label(r.purpose_code) or "—"),
                     ("回访方式", label("follow_up_channels", r.channel)),
                     ("状态", f"已完成（{local_time(r.done_at)}）" if r.done_at else "未完成"),
                     ("结果", r.outcome)]
        elif part == "crises":
            head = f"{single} {i}　{local_time(r.opened_at)}"
            pairs = [("风险等级", label("risk_levels", r.risk_level)),
                     ("处置措施", labels("crisis_actions", r.actions)),
                     ("解除", local_time(r.closed_at) if r.closed_at else "未解除"),
                     ("情况说明", r.notes), ("结果", r.outcome)]
            if d.safety_plans.get(r.id):
                pairs.append(("安全计划", d.safety_plans[r.id]))
        else:
            head = f"{single} {i}　{r.referral_date}"
            pairs = [("转介去向", label("referral_destinations", r.destination_type)),
                     ("转介机构", r.destination), ("理由", r.reason), ("结果", r.outcome)]
        out += blocks.heading(head, 2)
        if reason is not None:
            out.append(_left_out(reason))
            continue
        if sealed:
            d.not_included.append(f"{single} {i} 的文字内容")
            pairs = [(k, NOT_INCLUDED if v == PLACEHOLDER else v) for k, v in pairs]
        out.append(blocks.fields(pairs, width, columns=1))
        if sealed:
            out.append(_left_out(SEALED_ZH, withheld=False))
    return out


def _corrections(d: CopyData, width: float) -> list[Flowable]:
    reason = rules.withheld_reason(d.withhold, "corrections")
    if reason is not None:
        return [_left_out(reason)]
    rows = [(local_time(c.ts), c.by, c.fields_zh) for c in d.corrections]
    return blocks.table(["时间", "更正人", "更正的项目"], rows,
                        [width * f for f in (0.22, 0.2, 0.58)], align=["c", "c", "l"],
                        empty="登记信息没有更正过。")


APPOINTMENT_STATUS = {"booked": "已预约", "cancelled": "已取消"}


def _appointments(d: CopyData, width: float) -> list[Flowable]:
    reason = rules.withheld_reason(d.withhold, "appointments")
    if reason is not None and d.appointments:
        return [_left_out(reason)]
    rows = [(a.starts_at[:16].replace("T", " "), a.ends_at[11:16], a.counsellor or "—",
             APPOINTMENT_STATUS.get(a.status, a.status)) for a in d.appointments]
    return blocks.table(["开始", "结束", "咨询师", "状态"], rows,
                        [width * f for f in (0.3, 0.2, 0.25, 0.25)], align=["c", "c", "c", "c"],
                        empty="没有预约记录。")


def _ratings(d: CopyData, width: float) -> list[Flowable]:
    reason = rules.withheld_reason(d.withhold, "ratings")
    if reason is not None and d.ratings:
        return [_left_out(reason)]
    rows = []
    for r in d.ratings:
        comment = r.comment
        if comment == PLACEHOLDER:
            d.not_included.append(f"{local_date(r.rated_at)} 满意度评价的意见")
            comment = NOT_INCLUDED
        rows.append((local_time(r.rated_at), f"{r.overall} 分", comment))
    return blocks.table(["时间", "总体评分（1–5）", "意见"], rows,
                        [width * f for f in (0.24, 0.2, 0.56)], align=["c", "c", "l"],
                        empty="没有满意度评价记录。")


def _addenda_list(d: CopyData, width: float) -> list[Flowable]:
    rows = []
    for s in d.case.sessions:
        for i, a in enumerate(s.addenda, start=1):
            rows.append((f"第 {s.session_no} 次辅导记录", f"附注 {i}", local_time(a.created_at),
                         a.author_name))
    return blocks.table(["记录", "附注", "时间", "撰写人"], rows,
                        [width * f for f in (0.3, 0.15, 0.3, 0.25)], align=["l", "c", "c", "c"],
                        empty="已签署的记录没有补充说明。")


def _left_out_summary(d: CopyData, width: float) -> list[Flowable]:
    names = {i.key: i.zh for i in d.items}
    rows = [(names.get(k, k), "不予提供", r) for k, r in d.withhold.items()]
    rows += [(n, "未纳入", SEALED_ZH) for n in d.not_included]
    return blocks.table(["内容", "处理", "理由"], rows, [width * f for f in (0.34, 0.14, 0.52)],
                        align=["l", "c", "l"], empty="本副本包含本站保存的关于您的全部记录。")


def _earlier(d: CopyData, width: float) -> list[Flowable]:
    rows = [(r.requested_on, local_time(r.produced_at), r.produced_by, r.doc_no)
            for r in d.earlier]
    return blocks.table(["申请日期", "制作时间", "制作人", "文件编号"], rows,
                        [width * f for f in (0.18, 0.24, 0.24, 0.34)], align=["c", "c", "c", "c"],
                        empty="这是本站第一次为您提供档案副本。")


# --------------------------------------------------------------------------- the document


def subject_document(d: CopyData) -> Document:
    c = d.case.client

    def build(width: float) -> list[Flowable]:
        d.not_included = []
        out: list[Flowable] = [*blocks.title("个人信息副本（本人查阅）", d.station.name)]
        out.append(p(
            f"根据《中华人民共和国个人信息保护法》第四十五条，应您于 {d.requested_on} 提出的申请，"
            f"本副本列出本站保存的关于您（档案编号 {c.file_no}）的个人信息：登记信息、知情同意、"
            "已签署的辅导记录及其补充说明、心理测评、回访、危机干预、转介、预约、满意度评价"
            "和登记信息的更正记录。"
            "未签署的草稿不是正式记录，不在其中。因涉及他人信息等原因不予提供的内容，"
            "在相应位置注明并写明理由，末尾另有汇总。", "body"))
        out += blocks.heading("一、登记信息")
        out.append(blocks.fields(client_fields(c), width))
        out += blocks.heading("二、知情同意")
        out += _consents(d.case.consents, width)
        out += _withdrawals(d.withdrawals, width)
        out += blocks.heading("三、辅导记录（已签署）")
        sessions = d.case.sessions
        if not sessions:
            out.append(p("没有已签署的辅导记录。", "small"))
        for s in sessions:
            out += _session(d, s, width)
        out += blocks.heading("四、心理测评")
        out += _assessments(d, width)
        for title, part in (("五、回访", "followups"), ("六、危机干预", "crises"),
                            ("七、转介", "referrals")):
            out += blocks.heading(title)
            out += _loop(d, part, width)
        if c.closing_summary:
            out += blocks.heading("结案小结")
            if ("client_clinical", c.id) in d.unopened:
                d.not_included.append("结案小结")
                out.append(_left_out(SEALED_ZH, withheld=False))
            else:
                out += [p(x, "note") for x in c.closing_summary.split("\n") if x.strip()]
        out += blocks.heading("八、预约")
        out += _appointments(d, width)
        out += blocks.heading("九、满意度评价")
        out += _ratings(d, width)
        out += blocks.heading("十、登记信息的更正记录")
        out += _corrections(d, width)
        out += blocks.heading("十一、辅导记录的补充说明一览")
        out += _addenda_list(d, width)
        out += blocks.heading("十二、未包含在本副本中的内容")
        out += _left_out_summary(d, width)
        out += blocks.heading("十三、此前提供的副本")
        out += _earlier(d, width)
        out += [blocks.spacer(4),
                p(f"制作人：{d.producer}　　本副本当面交给本人，或按本人指定的方式提供。", "small"),
                p("— 以下空白 —", "subtitle")]
        return out

    return Document("subject_copy", "COPY", "个人信息副本", f"档案编号 {c.file_no}",
                    file_target(c.file_no), d.station, build,
                    detail={"requested_on": d.requested_on, "withheld": len(d.withhold)})


@dataclass(frozen=True)
class Produced:
    rendered: Rendered
    copy_id: int
    withheld: int
    not_included: tuple[str, ...]


def produce(session: Session, client_id: int, out: Path | str, *,
            withhold: Mapping[str, str] | None = None,
            requested_on: dt.date | str | None = None, via: str = "app") -> Produced:
    """Make the worker's copy, save it to `out` and log it with the date they asked."""
    day = rules.check_requested_on(session, requested_on)
    data = gather(session, client_id, withhold or {}, day)
    doc = subject_document(data)
    rendered = service.save_pdf(session, doc, out, via=via)
    copy_id = rules.record_copy(
        session, client_id, requested_on=day, doc_no=rendered.doc_number,
        pages=rendered.pages, sha256=hashlib.sha256(rendered.pdf).hexdigest(),
        withheld=data.withhold, not_included=list(data.not_included))
    return Produced(rendered, copy_id, len(data.withhold), tuple(data.not_included))
