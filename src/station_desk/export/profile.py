"""The station's profile and its tier self-check, with evidence computed from the records.

Evidence is a yes/no per evidence kind of `seeds/tier_checklist.json`: "records show it in
this period" or "no records in this period". It is never a count. Where a kind is a count of
the package's tables ("sessions", "hotline", "crisis", …) the answer is read from that count
as published: a published count, or a hidden one the attacker already knows is at least 1,
gives yes or no; a hidden count that the rules let be zero gives "not shown" (`WITHHELD`), or
the self-check would tell what the table withholds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from station_desk.domain.auth import TIER_LABELS
from station_desk.domain.stats.counts import COUNTED_SESSION
from station_desk.domain.stats.period import Period
from station_desk.domain.vocab import load_tier_checklist
from station_desk.export.disclosure import Model
from station_desk.export.tables import Column, Fixed, TableSpec
from station_desk.storage.database import Database

EVIDENCE = "evidence"
NONE_IN_PERIOD = "none_in_period"
MANUAL = "manual"
WITHHELD = "withheld"
STATUS_LABELS = {EVIDENCE: ("有记录佐证", "Shown by records"),
                 NONE_IN_PERIOD: ("本期无相关记录", "No records in the period"),
                 MANUAL: ("需人工核查", "Checked by hand"),
                 WITHHELD: ("本期数字不单独公布", "Not shown for this period")}
# evidence kinds that are "this count of the package is above zero"
COUNTED = {"sessions": "sessions.total", "hotline": "sessions_by_modality.hotline",
           "online": "sessions_by_modality.online", "assessments": "assess.total",
           "crisis": "crises.total", "satisfaction": "satisfaction._total"}


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


def evidence(db: Database, period: Period, model: Model | None = None,
             may_be_zero: Iterable[str] = ()) -> dict[str, bool | None]:
    """Per evidence kind: True (shown by records), False (none in the period), or None (the
    package withholds the count it would tell)."""
    found: dict[str, bool | None] = dict(_evidence(db, period))
    if model is not None:
        zero_ok = set(may_be_zero)
        for kind, cid in COUNTED.items():
            cell = model.cells.get(cid)
            if cell is None:
                continue
            if cell.value == 0:
                found[kind] = False
            else:
                found[kind] = None if cell.suppressed and cid in zero_ok else True
    return found


def _evidence(db: Database, period: Period) -> dict[str, bool]:
    d_lo, d_hi = period.date_bounds()
    t_lo, t_hi = period.utc_bounds()
    signed = ("SELECT 1 FROM sessions WHERE session_date >= ? AND session_date < ?"
              f" AND {COUNTED_SESSION}")
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


def selfcheck_table(info: StationInfo, found: dict[str, bool | None]) -> TableSpec:
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
        elif found.get(req.evidence, False) is None:
            status = WITHHELD
        else:
            status = EVIDENCE if found.get(req.evidence) else NONE_IN_PERIOD
        spec.add((req.code,), (req.text_zh, req.text_en), tier=Fixed(req.tier),
                 evidence_kind=Fixed(req.evidence or ""), status=Fixed(status))
    return spec
