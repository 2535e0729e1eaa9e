"""Documents from one file: the file summary, one session record, the whole case."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Table

from station_desk.domain.records.crises import Crisis
from station_desk.domain.records.files import ClientFile
from station_desk.domain.records.followups import Followup
from station_desk.domain.records.referrals import Referral
from station_desk.domain.records.sessions import SessionRecord
from station_desk.reports import blocks
from station_desk.reports.blocks import cell, p
from station_desk.reports.data import (
    AssessmentResult,
    CaseRecord,
    StationInfo,
    label,
    labels,
    local_date,
    local_time,
)
from station_desk.reports.document import Document
from station_desk.reports.styles import FIELD_PADDING, MUTED, field_table

SESSION_STATUS = {"draft": "草稿（未签署）", "signed": "已签署", "cosigned": "已签署并经督导会签"}
NOTE_SECTIONS = (("complaint", "主诉"), ("assessment", "评估"), ("intervention", "干预"),
                 ("plan", "计划"))


def file_target(file_no: str) -> str:
    """Audit target of anything in a file (the records domain's convention)."""
    return f"file:{file_no}"


def client_name(c: ClientFile) -> str:
    return f"{c.name}（化名）" if c.is_pseudonym else c.name


def _yes(value: bool) -> str:
    return "是" if value else "否"


def client_fields(c: ClientFile, *, full: bool = True) -> list[tuple[str, str]]:
    pairs = [
        ("档案编号", c.file_no), ("姓名", client_name(c)),
        ("性别", label("genders", c.gender)), ("出生年份", str(c.birth_year or "")),
        ("工作单位", c.employer), ("所属行业", label("industries", c.industry)),
        ("岗位类别", label("job_types", c.job_type)),
        ("重点群体", labels("key_groups", c.key_groups) or "无"),
        ("责任咨询师", c.counsellor_name), ("档案状态", label("file_statuses", c.status)),
        ("风险等级", label("risk_levels", c.risk_level)), ("建档日期", local_date(c.opened_at)),
    ]
    if full:
        pairs[4:4] = [("联系电话", c.phone), ("来访途径", label("referral_sources", c.source))]
        pairs += [("紧急联系人", c.emergency_contact), ("结案日期", local_date(c.closed_at)),
                  ("高度保密", _yes(c.restricted)),
                  ("最近来访", local_date(c.last_seen_at))]
    return pairs


def consent_table(case: CaseRecord, width: float) -> list[Flowable]:
    rows = [(c.consent_date, c.scope_text(), _yes(c.limits_explained), c.recorded_by_name)
            for c in case.consents]
    return blocks.table(["日期", "知情同意范围", "保密例外已告知", "记录人"], rows,
                        [width * f for f in (0.16, 0.5, 0.16, 0.18)],
                        align=["c", "l", "c", "c"],
                        empty="未记录知情同意。请在首次辅导前补签知情同意书。")


# --------------------------------------------------------------------------- sessions


def _signature_block(s: SessionRecord, width: float) -> Flowable:
    """Electronic signature and co-signature, with space for a hand signature beside each."""
    value_w = width - 24 * mm - 52 * mm
    room = value_w - 2 * FIELD_PADDING
    if s.imported:  # from the station's earlier register: no one signed it in the app
        signed = f"历史台账导入（{local_time(s.imported_at)}），未在本系统签署"
    else:
        signed = f"{s.signed_by_name}　{local_time(s.signed_at)}" if s.signed_at \
            else "未签署（草稿）"
    cosigned = f"{s.cosigned_by_name}　{local_time(s.cosigned_at)}" if s.cosigned_at else "—"
    cells: list[list[Flowable | str]] = [
        ["咨询师签署", cell(signed, "cell", room), "手写签名："],
        ["督导会签", cell(cosigned, "cell", room), "手写签名："],
    ]
    if s.supervisor_comment:
        cells.append(["督导意见", cell(s.supervisor_comment, "cell", room + 52 * mm), ""])
    t = Table(cells, colWidths=[24 * mm, value_w, 52 * mm], hAlign="LEFT")
    style = field_table()
    style.add("TEXTCOLOR", (0, 0), (0, -1), MUTED)
    style.add("TEXTCOLOR", (2, 0), (2, -1), MUTED)
    if s.supervisor_comment:
        style.add("SPAN", (1, 2), (2, 2))
    t.setStyle(style)
    return t


def session_fields(s: SessionRecord, *, with_client: ClientFile | None = None
                   ) -> list[tuple[str, str]]:
    when = s.session_date + (f"　{s.start_time}–{s.end_time}" if s.start_time else "")
    pairs: list[tuple[str, str]] = []
    if with_client is not None:
        pairs += [("档案编号", with_client.file_no), ("来访者", client_name(with_client))]
    pairs += [
        ("辅导次数", f"第 {s.session_no} 次"), ("日期时间", when),
        ("服务方式", label("modalities", s.modality)), ("功能室", label("rooms", s.room)),
        ("咨询师", s.counsellor_name), ("记录状态", SESSION_STATUS.get(s.status, s.status)),
        ("主要问题", labels("presenting_issues", s.issues)),
        ("干预方法", labels("interventions", s.interventions)),
        ("风险等级", label("risk_levels", s.risk_level)), ("下次预约", s.next_shown),
    ]
    if s.referral:
        pairs.append(("转介建议", s.referral))
    return pairs


def session_body(s: SessionRecord, width: float, *,
                 with_client: ClientFile | None = None) -> list[Flowable]:
    out: list[Flowable] = [blocks.fields(session_fields(s, with_client=with_client), width)]
    if s.restricted:
        out += [blocks.spacer(2), p("本次记录为高度保密记录，仅撰写人可查阅。", "alert")]
    if s.status == "draft":
        out += [blocks.spacer(2), p("此记录尚未签署，仅为草稿，不作为正式记录。", "alert")]
    for key, name in NOTE_SECTIONS:
        out += blocks.note(name, getattr(s, key))
    if s.addenda:
        out += blocks.heading("补充说明", 2)
        for number, a in enumerate(s.addenda, start=1):
            out.append(p(f"附注 {number}　{a.author_name}　{local_time(a.created_at)}", "label"))
            out += [p(chunk, "note") for chunk in a.text.split("\n") if chunk.strip()]
    out += [blocks.spacer(2), CondPageBreak(22 * mm), _signature_block(s, width)]
    return out


def session_document(station: StationInfo, client: ClientFile, s: SessionRecord) -> Document:
    def build(width: float) -> list[Flowable]:
        return [*blocks.title("心理辅导记录", station.name),
                *session_body(s, width, with_client=client)]

    return Document("session", "SES", "心理辅导记录",
                    f"档案编号 {client.file_no}　第 {s.session_no} 次", file_target(client.file_no),
                    station, build, detail={"session_no": s.session_no})


# --------------------------------------------------------------------------- summary


def _latest_assessments(items: Sequence[AssessmentResult]) -> list[AssessmentResult]:
    latest: dict[str, AssessmentResult] = {}
    for a in items:
        latest[a.instrument_id] = a
    return sorted(latest.values(), key=lambda a: a.instrument_id)


def summary_document(station: StationInfo, case: CaseRecord,
                     instrument_names: dict[str, str]) -> Document:
    c = case.client

    def build(width: float) -> list[Flowable]:
        out: list[Flowable] = [*blocks.title("心理档案摘要", station.name)]
        out += blocks.heading("基本信息")
        out.append(blocks.fields(client_fields(c), width))
        out += blocks.heading("知情同意")
        out += consent_table(case, width)
        out += blocks.heading("服务概况")
        sessions = [s for s in case.sessions]
        modalities = Counter(label("modalities", s.modality) for s in sessions)
        issues = Counter(i for s in sessions for i in s.issues)
        open_followups = sum(1 for f in case.followups if not f.done_at)
        open_crises = sum(1 for x in case.crises if not x.closed_at)
        pairs = [
            ("辅导次数", f"{len(sessions)} 次"),
            ("首次／最近", f"{sessions[0].session_date} ／ {sessions[-1].session_date}"
             if sessions else "—"),
            ("服务方式", "、".join(f"{k} {v} 次" for k, v in modalities.most_common())),
            ("主要问题", labels("presenting_issues", [i for i, _ in issues.most_common(3)])),
            ("待完成回访", f"{open_followups} 项"),
            ("危机干预", f"共 {len(case.crises)} 次，未解除 {open_crises} 次"),
            ("转介", f"{len(case.referrals)} 次"),
            ("测评", f"{len(case.assessments)} 次"),
        ]
        out.append(blocks.fields(pairs, width))
        latest = _latest_assessments(case.assessments)
        if latest:
            out += blocks.heading("最近一次测评", 2)
            out += blocks.table(
                ["量表", "日期", "得分", "分级"],
                [(instrument_names.get(a.instrument_id, a.instrument_id),
                  local_date(a.administered_at), f"{a.score:g}", a.band) for a in latest],
                [width * f for f in (0.4, 0.2, 0.15, 0.25)], align=["l", "c", "c", "l"])
        out += blocks.heading("辅导记录一览（不含记录内容）")
        out += blocks.table(
            ["次数", "日期", "服务方式", "咨询师", "风险等级", "记录状态"],
            [(str(s.session_no), s.session_date, label("modalities", s.modality), s.counsellor_name,
              label("risk_levels", s.risk_level),
              SESSION_STATUS.get(s.status, s.status)) for s in sessions],
            [width * f for f in (0.08, 0.16, 0.16, 0.18, 0.14, 0.28)],
            align=["c", "c", "c", "c", "c", "l"], empty="尚无辅导记录。")
        if c.closing_summary:
            out += blocks.note("结案小结", c.closing_summary)
        return out

    return Document("summary", "SUM", "心理档案摘要", f"档案编号 {c.file_no}",
                    file_target(c.file_no), station, build)


# --------------------------------------------------------------------------- whole case


def _followup(f: Followup, width: float) -> list[Flowable]:
    done = (f"已完成（{f.done_by_name}，{local_time(f.done_at)}）" if f.done_at else "未完成")
    return [*blocks.heading(f"{f.planned_date}　回访", 2),
            blocks.fields([("回访方式", label("follow_up_channels", f.channel)),
                           ("状态", done), ("结果", f.outcome)], width)]


def _crisis(x: Crisis, width: float) -> list[Flowable]:
    out = [*blocks.heading(f"{local_time(x.opened_at)}　危机干预", 2),
           blocks.fields([
               ("启动人", x.opened_by_name), ("风险等级", label("risk_levels", x.risk_level)),
               ("风险检查项", labels("crisis_checklist", x.checklist)),
               ("处置措施", labels("crisis_actions", x.actions)),
               ("回访期限", local_time(x.followup_due)),
               ("解除", f"{x.closed_by_name}　{local_time(x.closed_at)}" if x.closed_at
                else "未解除")], width)]
    out += blocks.note("情况说明", x.notes)
    if x.outcome:
        out += blocks.note("结果", x.outcome)
    return out


def _referral(r: Referral, width: float) -> list[Flowable]:
    return [*blocks.heading(f"{r.referral_date}　转介", 2),
            blocks.fields([("转介去向", label("referral_destinations", r.destination_type)),
                           ("转介机构", r.destination), ("登记人", r.created_by_name),
                           ("结果", r.outcome), ("理由", r.reason)], width)]


def _assessment(a: AssessmentResult, width: float, names: dict[str, str]) -> list[Flowable]:
    name = names.get(a.instrument_id, a.instrument_id)
    text = f"{name}：{a.score:g} 分，{a.band}"
    if a.alerts:
        text += f"（风险提示 {len(a.alerts)} 项）"
    return [*blocks.heading(f"{local_time(a.administered_at)}　心理测评", 2),
            p(text + f"　施测人：{a.administered_by or '—'}", "body")]


def case_events(case: CaseRecord, width: float, names: dict[str, str]) -> list[Flowable]:
    """Everything that happened in the file, in date order (same-day items: session first)."""
    events: list[tuple[str, int, int, list[Flowable]]] = []
    for s in case.sessions:
        head = (f"{s.session_date}　第 {s.session_no} 次辅导　{label('modalities', s.modality)}"
                f"　{s.counsellor_name}")
        events.append((s.session_date, 0, s.session_no,
                       [CondPageBreak(62 * mm), *blocks.heading(head, 1, ruled=True),
                        *session_body(s, width)]))
    # Within one day: sessions in their numbered order, then what followed from them.
    for i, a in enumerate(case.assessments):
        events.append((local_date(a.administered_at), 1, i, _assessment(a, width, names)))
    for i, x in enumerate(case.crises):
        events.append((local_date(x.opened_at), 2, i, _crisis(x, width)))
    for i, r in enumerate(case.referrals):
        events.append((r.referral_date, 3, i, _referral(r, width)))
    for i, f in enumerate(case.followups):
        events.append((f.planned_date, 4, i, _followup(f, width)))
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    out: list[Flowable] = []
    for *_, flow in events:
        out += flow
    return out


def case_document(station: StationInfo, case: CaseRecord,
                  instrument_names: dict[str, str]) -> Document:
    c = case.client

    def build(width: float) -> list[Flowable]:
        out: list[Flowable] = [*blocks.title("个案全程记录", station.name)]
        out.append(blocks.fields(client_fields(c, full=False), width))
        out += blocks.heading("知情同意", 2)
        out += consent_table(case, width)
        out += [blocks.spacer(2),
                p(f"共 {len(case.sessions)} 次辅导、{len(case.followups)} 次回访、"
                  f"{len(case.crises)} 次危机干预、{len(case.referrals)} 次转介、"
                  f"{len(case.assessments)} 次测评，按时间顺序排列如下。", "small")]
        out += case_events(case, width, instrument_names)
        if c.closing_summary:
            out += blocks.heading("结案")
            out += blocks.note("结案小结", c.closing_summary)
        out += [blocks.spacer(4), p("— 以下空白 —", "subtitle")]
        return out

    return Document("case", "CASE", "个案全程记录", f"档案编号 {c.file_no}",
                    file_target(c.file_no), station, build,
                    detail={"sessions": len(case.sessions)})
