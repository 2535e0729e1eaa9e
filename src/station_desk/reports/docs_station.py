"""Station-wide documents: the monthly report and the inspection registers (台账).

None of them holds a note or a client's name: registers list file numbers, dates, staff and
modality; the monthly report only counts. A period is a month ("2026-03") or a year ("2026").
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Table

from station_desk.domain.records.common import local_now
from station_desk.domain.stats import counts
from station_desk.domain.stats.period import Period, parse_period
from station_desk.reports import blocks
from station_desk.reports.blocks import p
from station_desk.reports.data import (
    Reader,
    StationInfo,
    _codes,
    label,
    labels,
    local_time,
)
from station_desk.reports.document import Document
from station_desk.reports.styles import field_table
from station_desk.storage.database import Database

LEDGER_TITLES = {
    "counselling": "个体心理辅导登记台账",
    "activities": "团体心理服务活动登记台账",
    "crises": "心理危机干预登记台账",
}
STATUS = {"draft": "草稿", "signed": "已签署", "cosigned": "已会签", "imported": "历史导入"}
# Targets that are not activity types: what counts towards them.
OTHER_TARGETS = {
    "individual_sessions": "个体心理辅导（面询、线上、外出）",
    "hotline_calls": "心理热线接听",
    "satisfaction_responses": "满意度评价",
}


def period_label(period: Period) -> str:
    """How a report names its period: '2026 年 3 月' or '2026 年度'."""
    if period.kind == "year":
        return f"{period.year} 年度"
    return period.label("zh")


def _period(text: str) -> Period:
    """A report's period: a month ("2026-03") or a year ("2026")."""
    period = parse_period(text)
    if period.kind not in ("month", "year"):
        raise ValueError(f"a report covers a month or a year, not {text!r}")
    return period


def _signature_lines(width: float) -> Table:
    flex = (width - 92 * mm) / 2
    t = Table([[p("登记人签字：", "label"), "", p("审核人签字：", "label"), "",
                p("日期：", "label"), ""]],
              colWidths=[25 * mm, flex, 25 * mm, flex, 14 * mm, 28 * mm], hAlign="LEFT")
    t.setStyle([("LINEBELOW", (1, 0), (1, 0), 0.4, "#777777"),
                ("LINEBELOW", (3, 0), (3, 0), 0.4, "#777777"),
                ("LINEBELOW", (5, 0), (5, 0), 0.4, "#777777"),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM")])
    return t


# --------------------------------------------------------------------------- registers


def counselling_rows(reader: Reader, period: Period) -> list[tuple[str, ...]]:
    rows = reader.db.all(
        "SELECT s.session_date, s.start_time, s.end_time, c.file_no, s.session_no,"
        " s.counsellor_id, s.modality,"
        " CASE WHEN s.imported_at IS NULL THEN s.status ELSE 'imported' END FROM sessions s"
        " JOIN clients c ON c.id = s.client_id"
        " WHERE s.session_date >= ? AND s.session_date < ?"
        " ORDER BY s.session_date, s.start_time, c.file_no, s.session_no", period.date_bounds())
    return [(str(i), r[0], f"{r[1]}–{r[2]}" if r[1] else "", r[3], str(r[4]),
             reader.name(r[5]), label("modalities", r[6]), STATUS.get(r[7], r[7]))
            for i, r in enumerate(rows, start=1)]


def activity_rows(reader: Reader, period: Period) -> list[tuple[str, ...]]:
    rows = reader.db.all(
        "SELECT activity_date, type, topic, venue, organiser, attendees, target_groups"
        " FROM activities WHERE activity_date >= ? AND activity_date < ?"
        " ORDER BY activity_date, id", period.date_bounds())
    return [(str(i), r[0], label("activity_types", r[1]), r[2], r[3], r[4], str(r[5]),
             labels("key_groups", _codes(r[6])))
            for i, r in enumerate(rows, start=1)]


def crisis_rows(reader: Reader, period: Period) -> list[tuple[str, ...]]:
    start, end = period.utc_bounds()
    rows = reader.db.all(
        "SELECT x.opened_at, c.file_no, x.opened_by, x.risk_level, x.followup_due,"
        " x.closed_at, x.closed_by FROM crises x JOIN clients c ON c.id = x.client_id"
        " WHERE x.opened_at >= ? AND x.opened_at < ? ORDER BY x.opened_at, x.id",
        (start, end))
    return [(str(i), local_time(r[0]), r[1], reader.name(r[2]), label("risk_levels", r[3]),
             local_time(r[4]), local_time(r[5]) if r[5] else "未解除",
             reader.name(r[6]) if r[5] else "—")
            for i, r in enumerate(rows, start=1)]


def _register(kind: str, reader: Reader, period: Period, width: float) -> list[Flowable]:
    out: list[Flowable] = [*blocks.title(LEDGER_TITLES[kind], f"统计期间：{period_label(period)}")]
    if kind == "counselling":
        rows = counselling_rows(reader, period)
        out += blocks.table(
            ["序号", "日期", "时间", "档案编号", "次数", "咨询师", "服务方式", "记录状态"], rows,
            [width * f for f in (0.07, 0.14, 0.15, 0.2, 0.07, 0.13, 0.12, 0.12)],
            align=["c", "c", "c", "c", "c", "c", "c", "c"], empty="本期无个体辅导。")
        out.append(blocks.spacer(1.5))
        out.append(p(f"本期合计：{len(rows)} 人次（不含辅导记录内容）。", "small"))
    elif kind == "activities":
        rows = activity_rows(reader, period)
        out += blocks.table(
            ["序号", "日期", "类型", "主题", "地点", "组织单位", "人数", "面向群体"], rows,
            [width * f for f in (0.06, 0.12, 0.11, 0.22, 0.14, 0.16, 0.06, 0.13)],
            align=["c", "c", "c", "l", "l", "l", "r", "l"], empty="本期无团体活动。")
        total = sum(int(r[6]) for r in rows)
        out.append(blocks.spacer(1.5))
        out.append(p(f"本期合计：{len(rows)} 场，参与 {total} 人次。", "small"))
    else:
        rows = crisis_rows(reader, period)
        out += blocks.table(
            ["序号", "启动时间", "档案编号", "处置人", "风险等级", "回访期限", "解除时间",
             "解除人"], rows,
            [width * f for f in (0.06, 0.17, 0.17, 0.09, 0.09, 0.17, 0.16, 0.09)],
            align=["c"] * 8, empty="本期无危机干预。")
        out.append(blocks.spacer(1.5))
        out.append(p(f"本期合计：{len(rows)} 例（处置详情见个案记录，本台账不含情况说明）。",
                     "small"))
    out += [blocks.spacer(8), _signature_lines(width)]
    return out


def ledger_document(station: StationInfo, reader: Reader, period_text: str,
                    which: tuple[str, ...]) -> Document:
    period = _period(period_text)

    def build(width: float) -> list[Flowable]:
        out: list[Flowable] = []
        for index, kind in enumerate(which):
            if index:
                out.append(PageBreak())
            out += _register(kind, reader, period, width)
        return out

    title = LEDGER_TITLES[which[0]] if len(which) == 1 else "工作台账"
    return Document("ledger", "LED", title, period_label(period),
                    f"ledger:{'+'.join(which)}:{period.code}", station, build, clinical=False,
                    detail={"registers": list(which), "period": period.code})


# --------------------------------------------------------------------------- monthly report


@dataclass(frozen=True)
class MonthlyData:
    period: Period
    counts: tuple[tuple[str, str], ...]
    modalities: tuple[tuple[str, int], ...]
    issues: tuple[tuple[str, int], ...]
    groups: tuple[tuple[str, int], ...]
    activities: tuple[tuple[str, int, int], ...]  # type label, events, attendees
    activity_rows: tuple[tuple[str, ...], ...]
    targets: tuple[tuple[str, int, int, int], ...]  # label, target, this month, year to date


# A row counts unless its worker had withdrawn statistics use on its date (`stats.counts`).
_counted = counts.may_count
session_counts = counts.session_counts


def monthly_data(reader: Reader, month: str) -> MonthlyData:
    period = _period(month)
    db = reader.db
    days = period.date_bounds()
    utc = period.utc_bounds()
    # the sessions that count (`stats.counts`): a draft is not yet a record, nor one of a
    # worker who had withdrawn statistics use
    sessions = db.all("SELECT client_id, modality, session_no, issues FROM sessions"
                      f" WHERE session_date >= ? AND session_date < ? AND {session_counts(db)}",
                      days)
    served = {r[0] for r in sessions}
    new_files = counts.new_files(db, period)
    closed = counts.closed_files(db, period)
    crises = db.scalar("SELECT count(*) FROM crises WHERE opened_at >= ? AND opened_at < ?"
                       f" AND {_counted(db, 'crises', 'opened_at', utc=True)}", utc)
    open_crises = db.scalar("SELECT count(*) FROM crises WHERE opened_at < ?"
                            " AND (closed_at IS NULL OR closed_at >= ?)", (utc[1], utc[1]))
    referrals = db.scalar("SELECT count(*) FROM referrals WHERE referral_date >= ?"
                          " AND referral_date < ?"
                          f" AND {_counted(db, 'referrals', 'referral_date')}", days)
    planned = _counted(db, "followups", "planned_date")
    followups_due = db.scalar("SELECT count(*) FROM followups WHERE planned_date >= ?"
                              f" AND planned_date < ? AND {planned}", days)
    followups_done = db.scalar("SELECT count(*) FROM followups WHERE planned_date >= ?"
                               f" AND planned_date < ? AND done_at IS NOT NULL AND {planned}",
                               days)
    tested = db.scalar("SELECT count(*) FROM assessments WHERE administered_at >= ?"
                       " AND administered_at < ?"
                       f" AND {_counted(db, 'assessments', 'administered_at', utc=True)}", utc)
    rating = db.one("SELECT count(*), avg(overall) FROM satisfaction WHERE rated_at >= ?"
                    " AND rated_at < ?"
                    f" AND {_counted(db, 'satisfaction', 'rated_at', utc=True)}", utc)
    kept = counts.attendance(db, period,
                             local_now(reader.session).strftime("%Y-%m-%dT%H:%M"))
    counted = (
        ("个体辅导", f"{len(sessions)} 人次（{len(served)} 人）"),
        ("其中首次来访", f"{sum(1 for r in sessions if r[2] == 1)} 人次"),
        ("新建档案", f"{new_files} 份"), ("结案", f"{closed} 份"),
        ("危机干预", f"新启动 {crises} 例；月末未解除 {open_crises} 例"),
        ("转介", f"{referrals} 例"),
        ("回访", f"应回访 {followups_due} 次，已完成 {followups_done} 次"),
        ("预约出席", f"应到 {kept.expected} 次：出席 {kept.attended} 次，未到 {kept.no_show} 次，"
                     f"临时取消 {kept.late_cancel} 次" + (f"，未登记 {kept.unmarked} 次"
                                                        if kept.unmarked else "")),
        ("心理测评", f"{tested} 人次"),
        ("满意度评价", f"{rating[0]} 份" + (f"，总体平均 {rating[1]:.1f} 分（满分 5 分）"
                                         if rating[0] else "")),
    )
    modalities = Counter(label("modalities", r[1]) for r in sessions)
    issues = Counter(i for r in sessions for i in _codes(r[3]))
    groups: Counter[str] = Counter()
    if served:
        marks = ",".join("?" * len(served))
        for (raw,) in db.all(f"SELECT key_groups FROM clients WHERE id IN ({marks})",
                             sorted(served)):
            groups.update(_codes(raw))
    acts = db.all("SELECT type, count(*), sum(attendees) FROM activities"
                  " WHERE activity_date >= ? AND activity_date < ? GROUP BY type", days)
    activities = tuple((label("activity_types", r[0]), r[1], r[2] or 0) for r in acts)
    return MonthlyData(
        period, counted, tuple(modalities.most_common()),
        tuple((label("presenting_issues", k), v) for k, v in issues.most_common()),
        tuple((label("key_groups", k), v) for k, v in groups.most_common()),
        activities, tuple(tuple(r) for r in activity_rows(reader, period)),
        _targets(reader, period))


def _targets(reader: Reader, period: Period) -> tuple[tuple[str, int, int, int], ...]:
    db = reader.db
    year_to_date = period.year_start()
    out = []
    for kind, target in db.all("SELECT type, target FROM targets WHERE year = ? ORDER BY type",
                               (period.year,)):
        if kind in OTHER_TARGETS:
            month_n, ytd = (_other_count(db, kind, p) for p in (period, year_to_date))
            name = OTHER_TARGETS[kind]
        else:
            month_n, ytd = (db.scalar(
                "SELECT count(*) FROM activities WHERE type = ?"
                " AND activity_date >= ? AND activity_date < ?", (kind, *p.date_bounds()))
                for p in (period, year_to_date))
            name = label("activity_types", kind)
        out.append((name, int(target), int(month_n), int(ytd)))
    return tuple(out)


def _other_count(db: Database, kind: str, period: Period) -> int:
    if kind == "satisfaction_responses":
        return int(db.scalar("SELECT count(*) FROM satisfaction WHERE rated_at >= ?"
                             " AND rated_at < ?"
                             f" AND {_counted(db, 'satisfaction', 'rated_at', utc=True)}",
                             period.utc_bounds()))
    if kind == "hotline_calls":  # sessions by phone and the log's calls, with or without a file
        return counts.hotline_contacts(db, period)
    return counts.individual_sessions(db, period)


def monthly_document(station: StationInfo, data: MonthlyData) -> Document:
    period = data.period
    title = period_label(period)

    def build(width: float) -> list[Flowable]:
        out: list[Flowable] = [*blocks.title(
            "职工心理健康服务站月度工作报告",
            f"{station.name}　{title}")]
        out += blocks.heading("一、服务概况")
        pairs = list(data.counts)
        t = Table([[p(k, "label"), p(v, "cell")] for k, v in pairs],
                  colWidths=[36 * mm, width - 36 * mm], hAlign="LEFT")
        t.setStyle(field_table())
        out.append(t)
        out += blocks.heading("二、个体辅导构成")
        half = (width - 6 * mm) / 2
        left = blocks.table(["服务方式", "人次"], [(k, str(v)) for k, v in data.modalities],
                            [half * 0.65, half * 0.35], align=["l", "r"], empty="无")
        right = blocks.table(["主要问题", "人次"], [(k, str(v)) for k, v in data.issues],
                             [half * 0.7, half * 0.3], align=["l", "r"], empty="无")
        pair = Table([[left, right]], colWidths=[half + 6 * mm, half], hAlign="LEFT")
        pair.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                       ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
        out.append(pair)
        if data.groups:
            out.append(blocks.spacer(2))
            groups = "、".join(f"{k} {v} 人" for k, v in data.groups)
            out.append(p("服务对象中的重点群体：" + groups, "body"))
        out += blocks.heading("三、团体活动")
        out += blocks.table(["活动类型", "场次", "参与人次"],
                            [(k, str(n), str(a)) for k, n, a in data.activities],
                            [width * 0.5, width * 0.2, width * 0.3], align=["l", "r", "r"],
                            empty="本月无团体活动。")
        if data.activity_rows:
            out.append(blocks.spacer(2))
            out += blocks.table(
                ["日期", "类型", "主题", "人数"],
                [(r[1], r[2], r[3], r[6]) for r in data.activity_rows],
                [width * f for f in (0.15, 0.17, 0.56, 0.12)], align=["c", "c", "l", "r"])
        out += blocks.heading("四、年度目标完成进度")
        elapsed = (period.after - dt.date(period.first.year, 1, 1)).days
        year_days = (dt.date(period.first.year + 1, 1, 1)
                     - dt.date(period.first.year, 1, 1)).days
        pace = min(1.0, elapsed / year_days)
        rows = []
        for name, target, month_n, ytd in data.targets:
            share = ytd / target if target else 0.0
            state = "已完成" if target and ytd >= target else (
                "进度正常" if share + 1e-9 >= pace * 0.9 else "滞后")
            rows.append((name, str(target), str(month_n), str(ytd),
                         f"{share * 100:.0f}%" if target else "—", state))
        out += blocks.table(["项目", "年度目标", "本月", "年度累计", "完成率", "状态"], rows,
                            [width * f for f in (0.34, 0.13, 0.1, 0.13, 0.13, 0.17)],
                            align=["l", "r", "r", "r", "r", "c"], empty="尚未设定年度目标。")
        out.append(p(f"按时间进度，截至本期末应完成全年目标的 {pace * 100:.0f}%；"
                     "完成率低于该进度九成的项目标为“滞后”。", "small"))
        out += [blocks.spacer(8), _signature_lines(width)]
        return out

    return Document("monthly", "MON", "月度工作报告", title,
                    f"report:{period.code}", station, build, clinical=False,
                    detail={"period": period.code})

