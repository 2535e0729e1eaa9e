"""The station's profile and its tier self-check, with evidence computed from the records.

Evidence is a yes/no per evidence kind of `seeds/tier_checklist.json`: "records show it in
this period" or "no records in this period". It is never a count, and every "yes" is a
"count > 0" that the count tables already tell (zeros are published, a suppressed count is
at least 1), so the self-check adds nothing an attacker could use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from station_desk.domain.auth import TIER_LABELS
from station_desk.domain.vocab import load_tier_checklist
from station_desk.export.period import Period
from station_desk.export.tables import Column, Fixed, TableSpec
from station_desk.storage.database import Database

EVIDENCE = "evidence"
NONE_IN_PERIOD = "none_in_period"
MANUAL = "manual"
STATUS_LABELS = {EVIDENCE: ("有记录佐证", "Shown by records"),
                 NONE_IN_PERIOD: ("本期无相关记录", "No records in the period"),
                 MANUAL: ("需人工核查", "Checked by hand")}


@dataclass(frozen=True)
class StationInfo:
    name: str
    code: str
    tier: str


def station_info(db: Database) -> StationInfo:
    row = db.one("SELECT name, union_code, tier FROM station WHERE id = 1")
    return StationInfo(str(row[0]), str(row[1]), str(row[2]))


def _exists(db: Database, sql: str, params: tuple = ()) -> bool:
    return db.one(f"SELECT EXISTS ({sql})", params)[0] == 1


def evidence(db: Database, period: Period) -> dict[str, bool]:
    d_lo, d_hi = period.date_bounds()
    t_lo, t_hi = period.utc_bounds()
    signed = ("SELECT 1 FROM sessions WHERE session_date >= ? AND session_date < ?"
              " AND status IN ('signed', 'cosigned')")
    checks: dict[str, Callable[[], bool]] = {
        "staff": lambda: _exists(db, "SELECT 1 FROM users WHERE disabled = 0 AND role IN"
                                     " ('admin', 'counsellor')"),
        "sessions": lambda: _exists(db, signed, (d_lo, d_hi)),
        "files": lambda: _exists(db, "SELECT 1 FROM clients WHERE opened_at < ?", (t_hi,)),
        # access is being recorded; verifying the whole chain is `station-desk verify`'s job
        # (it grows without bound and would dominate the export's time)
        "audit": lambda: _exists(db, "SELECT 1 FROM audit WHERE ts >= ? AND ts < ?",
                                 (t_lo, t_hi)),
        "rooms": lambda: _exists(db, signed + " AND room <> ''", (d_lo, d_hi)) or _exists(
            db, "SELECT 1 FROM activities WHERE activity_date >= ? AND activity_date < ?"
                " AND type IN ('catharsis_room', 'relaxation_room')", (d_lo, d_hi)),
        "activities": lambda: _exists(db, "SELECT 1 FROM activities WHERE activity_date >= ?"
                                          " AND activity_date < ?", (d_lo, d_hi)),
        "hotline": lambda: _exists(db, signed + " AND modality = 'hotline'", (d_lo, d_hi)),
        "online": lambda: _exists(db, signed + " AND modality = 'online'", (d_lo, d_hi)),
        "assessments": lambda: _exists(db, "SELECT 1 FROM assessments WHERE administered_at"
                                           " >= ? AND administered_at < ?", (t_lo, t_hi)),
        "crisis": lambda: _exists(db, "SELECT 1 FROM crises WHERE opened_at >= ?"
                                      " AND opened_at < ?", (t_lo, t_hi)),
        "satisfaction": lambda: _exists(db, "SELECT 1 FROM satisfaction WHERE rated_at >= ?"
                                            " AND rated_at < ?", (t_lo, t_hi)),
        # an export made before this one: reports do reach the union
        "export": lambda: _exists(db, "SELECT 1 FROM audit WHERE action = 'export'"),
    }
    return {kind: check() for kind, check in checks.items()}


def profile_table(info: StationInfo) -> TableSpec:
    col = Column("value", "text", "内容", "Value")
    spec = TableSpec("station_profile", "服务站基本情况", "Station profile", ("field",), [col],
                     additive=False)
    tier = TIER_LABELS.get(info.tier, info.tier)
    spec.add(("station_name",), ("服务站名称", "Station name"), value=Fixed(info.name))
    spec.add(("union_code",), ("工会代码", "Union code"), value=Fixed(info.code))
    spec.add(("tier",), ("建设等级", "Tier"), value=Fixed(info.tier))
    spec.add(("tier_label",), ("建设等级名称", "Tier name"), value=Fixed(tier))
    return spec


def selfcheck_table(info: StationInfo, found: dict[str, bool]) -> TableSpec:
    checklist = load_tier_checklist()
    cols = [Column("tier", "text", "所属等级", "Tier"),
            Column("evidence_kind", "text", "佐证来源", "Evidence from"),
            Column("status", "text", "自查结果", "Self-check")]
    spec = TableSpec("tier_selfcheck", "等级标准自查", "Tier self-check", ("requirement",), cols,
                     additive=False,
                     note_zh="依据 seeds/tier_checklist.json；“有记录佐证”表示本期记录中"
                             "能找到相应记录，无佐证来源的条目需人工核查。",
                     note_en="From the tier checklist; 'shown by records' means this period's "
                             "records show it; items without an evidence source are checked "
                             "by hand.")
    tier = info.tier if info.tier in checklist.codes() else checklist.codes()[0]
    for req in checklist.requirements(tier):
        if req.evidence is None:
            status = MANUAL
        else:
            status = EVIDENCE if found.get(req.evidence) else NONE_IN_PERIOD
        spec.add((req.code,), (req.text_zh, req.text_en), tier=Fixed(req.tier),
                 evidence_kind=Fixed(req.evidence or ""), status=Fixed(status))
    return spec
