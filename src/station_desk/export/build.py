"""What a package holds, computed and suppressed, before anything is written.

The wizard previews a `Content` and then writes that same object, so what the admin saw is
byte for byte what leaves the station.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.export.collect import Collector, indicators
from station_desk.export.disclosure import Model, Report, suppress
from station_desk.export.period import Period
from station_desk.export.profile import (
    StationInfo,
    evidence,
    profile_table,
    selfcheck_table,
    station_info,
)
from station_desk.export.tables import publish

MIN_K = 3
DEFAULT_K = 5
MAX_K = 100

register_messages({
    "k_too_small": (
        "阈值 k 不能小于 {min}（当前为 {k}）：更小的阈值无法保护小群体中的个人。",
        "The threshold k cannot be below {min} (got {k}): smaller groups would identify people.",
    ),
    "k_too_large": ("阈值 k 不能大于 {max}（当前为 {k}）。",
                    "The threshold k cannot exceed {max} (got {k})."),
})


@dataclass
class Content:
    station: StationInfo
    period: Period
    k: int
    tables: list[dict[str, Any]]
    report: Report
    model: Model

    def table(self, table_id: str) -> dict[str, Any]:
        return next(t for t in self.tables if t["id"] == table_id)

    def suppressed_cells(self) -> int:
        return self.report.primary + self.report.secondary


def check_k(k: int) -> int:
    if k < MIN_K:
        raise StationDeskError("k_too_small", min=MIN_K, k=k)
    if k > MAX_K:
        raise StationDeskError("k_too_large", max=MAX_K, k=k)
    return k


def build(session: Session, period: Period, k: int = DEFAULT_K) -> Content:
    """Count, suppress and lay out every table of the package (nothing is written)."""
    session.require(Permission.EXPORT_STATISTICS)
    check_k(k)
    db = session.db
    data = Collector(db, period).collect()
    indicators(data)
    report = suppress(data.model, k)
    info = station_info(db)
    found = evidence(db, period)
    specs = [profile_table(info), selfcheck_table(info, found), *data.specs]
    tables = [publish(spec, data.model) for spec in specs]
    return Content(info, period, k, tables, report, data.model)
