"""The statistics preview says a tier, an evidence source or a self-check result in words:
codes such as "complete_1" are for the union's software, not for the station manager."""

from __future__ import annotations

from typing import Any

from station_desk.domain.auth import TIERS
from station_desk.domain.session import Session
from station_desk.domain.stats.period import parse_period
from station_desk.export.build import build
from station_desk.export.profile import STATUS_LABELS
from station_desk.ui.export.grid_model import package_table


def _cells(model: Any) -> list[str]:
    return [str(model.data(model.index(r, c))) for r in range(model.rowCount())
            for c in range(model.columnCount())]


def test_preview_shows_no_codes(qtmodeltester: Any, admin: Session) -> None:
    content = build(admin, parse_period("2026-Q3"))
    codes = {*TIERS, *STATUS_LABELS, "sessions", "staff", "audit"}
    by_id = {t["id"]: t for t in content.tables}
    for lang in ("zh", "en"):
        shown = {tid: _cells(package_table(t, lang)) for tid, t in by_id.items()}
        for tid, cells in shown.items():
            assert not codes & set(cells), (tid, codes & set(cells))
        assert "完备Ⅰ型" in shown["station_profile"] if lang == "zh" else \
            "Complete I" in shown["station_profile"]
    selfcheck = package_table(by_id["tier_selfcheck"], "zh")
    qtmodeltester.check(selfcheck)
    assert "需人工核查" in _cells(selfcheck)
    # the package itself keeps its codes
    assert any("complete_1" in row for row in by_id["station_profile"]["rows"])
