"""The station's profile and its tier self-check, as the package shows them.

The self-check table gives, per requirement up to the station's tier, the status the app's
own self-check gives it (`domain.tier.selfcheck.judge`: met, not met, not yet evidenced, by
the same rules and bars), judged for the package's period alone: its records windows are the
period, "now" is the period's last moment, hand-checked answers are those given by then. The
station's arrangements (regimes adopted and acknowledged, the audit trail) are read as they
stand when the package is first made; a re-export repeats the first release's table.

What the union reads must not tell it what the package withholds. A status judged from
records about people (sessions, hotline calls, assessments, crises, ratings, files,
screenings) rests on counts of the period this package also tables; where any of those counts
is withheld (`x`), the requirement shows "not shown for this period" instead of its status
("no crisis in the period" would say a hidden crisis count is 0). Statuses judged from the
station's own arrangements tell nothing about a person and are always shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from station_desk.domain.auth import TIER_LABELS
from station_desk.domain.tier import selfcheck
from station_desk.export.disclosure import Model
from station_desk.export.tables import Column, Fixed, TableSpec
from station_desk.i18n import N_
from station_desk.storage.database import Database

MET, NOT_MET, NOT_EVIDENCED = selfcheck.MET, selfcheck.NOT_MET, selfcheck.NOT_EVIDENCED
WITHHELD = "withheld"
STATUS_LABELS = {**selfcheck.STATUS_LABELS,
                 WITHHELD: N_("export", "Not shown for this period")}
# statuses of packages made before the self-check's rule was used (the union still reads them)
LEGACY_STATUS_LABELS = {"evidence": N_("export", "Shown by records"),
                        "none_in_period": N_("export", "No records in the period"),
                        "manual": N_("export", "Checked by hand")}
BASIS_LABELS = {selfcheck.RECORDS: N_("export", "Records"),
                selfcheck.MANUAL: N_("export", "By hand")}
# requirement -> the package's counts its judgement rests on (records about people); a
# trailing "*" matches every cell with that prefix
DEPENDS: dict[str, tuple[str, ...]] = {
    "b2_timely_service": ("sessions.total", "cases.served"),
    "b2_counselling_function": ("sessions_by_modality.in_person",),
    "s_function_rooms": ("sessions.total",),
    "c1_counselling_catharsis": ("sessions.total",),
    "s_hotline": ("hotline.total", "sessions_by_modality.hotline"),
    "c1_assessment_service": ("assess.total",),
    "c1_crisis_intervention": ("crises.total",),
    "c1_record_book": ("sessions.total",),
    "c1_psych_files": ("sessions.total", "cases.served"),
    "c1_satisfaction": ("satisfaction._total",),
    "c2_wellbeing_survey": ("assess.mode.anonymous", "assess.*.anonymous"),
    "c2_online_service": ("sessions_by_modality.online",),
}


@dataclass(frozen=True)
class StationInfo:
    name: str
    code: str
    tier: str


def station_info(db: Database) -> StationInfo:
    row = db.one("SELECT name, union_code, tier FROM station WHERE id = 1")
    return StationInfo(str(row[0]), str(row[1]), str(row[2]))


def withheld_requirements(model: Model) -> set[str]:
    """Requirements whose status would tell something about a count the package withholds."""
    hidden = {c.id for c in model.cells.values() if c.suppressed}
    out = set()
    for code, cells in DEPENDS.items():
        for pattern in cells:
            if "*" in pattern:
                head, _, tail = pattern.partition("*")
                if any(h.startswith(head) and h.endswith(tail) for h in hidden):
                    out.add(code)
            elif pattern in hidden:
                out.add(code)
    return out


def profile_table(info: StationInfo) -> TableSpec:
    col = Column("value", "text", *N_("export.profile", "Value"))
    spec = TableSpec("station_profile", *N_("export", "Station profile"), ("field",), [col],
                     additive=False)
    tier = TIER_LABELS.get(info.tier, info.tier)
    spec.add(("station_name",), N_("export", "Station name"), value=Fixed(info.name))
    spec.add(("union_code",), N_("export", "Union code"), value=Fixed(info.code))
    spec.add(("tier",), N_("export", "Tier"), value=Fixed(info.tier))
    spec.add(("tier_label",), N_("export", "Tier name"), value=Fixed(tier))
    return spec


def selfcheck_table(check: selfcheck.SelfCheck, withheld: set[str]) -> TableSpec:
    cols = [Column("tier", "text", *N_("export.profile", "Tier")),
            Column("basis", "text", *N_("export", "Judged from")),
            Column("status", "text", *N_("export", "Self-check"))]
    # no date: a package never carries one finer than its period
    spec = TableSpec("tier_selfcheck", *N_("export", "Tier self-check"), ("requirement",), cols,
                     additive=False,
                     **N_(
                         "export", "By the app's own tier self-check, judged from this period's "
                         "records alone; where the counts a result rests on are withheld in this "
                         "package, so is the result.").fields("note"))
    for f in check.findings:
        status = WITHHELD if f.code in withheld and f.basis == selfcheck.RECORDS else f.status
        spec.add((f.code,), (f.text_zh, f.text_en), tier=Fixed(f.tier),
                 basis=Fixed(f.basis), status=Fixed(status))
    return spec
