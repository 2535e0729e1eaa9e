"""One definition of each counted thing: the dashboard, the printed monthly report and the
statistics export give the same figures on the same data, a draft included (a draft is not
yet a record, so none of them counts it)."""

from __future__ import annotations

from station_desk.domain.records import dashboard, sessions
from station_desk.domain.stats.period import parse_period
from station_desk.export.collect import Collector
from station_desk.reports.data import Reader
from station_desk.reports.docs_station import monthly_data
from test_records_world import PASSWORD, World, full_input, world_fixture  # noqa: F401


def _counted(text: str) -> int:
    """'3 人次（2 人）' -> 3"""
    return int(text.split(" ", 1)[0])


def _figures(world: World) -> dict[str, tuple[int, ...]]:
    month = world.today.strftime("%Y-%m")
    board = dashboard.month_counts(world.admin, world.today.year, world.today.month)
    report = dict(monthly_data(Reader(world.admin), month).counts)
    model = Collector(world.admin.db, parse_period(month)).collect().model
    return {
        "dashboard": (board.sessions or 0, board.new_files),
        "report": (_counted(report["个体辅导"]), _counted(report["新建档案"])),
        "export": (model.cells["sessions.total"].value, model.cells["cases.new"].value),
    }



def test_a_draft_counts_nowhere(world: World) -> None:
    """The bug: one unsigned draft made the monthly report say '个体辅导 1 人次' while the
    dashboard said 0."""
    cid = world.client()
    sessions.save_draft(world.lin, cid, full_input(world.today))
    report = dict(monthly_data(Reader(world.admin), world.today.strftime("%Y-%m")).counts)
    assert report["个体辅导"].startswith("0 人次")
    assert dashboard.month_counts(world.admin, world.today.year, world.today.month).sessions == 0



def test_dashboard_report_and_export_agree(world: World) -> None:
    first, second = world.client(), world.client(by=world.he, name="李大为")
    for who, cid in ((world.lin, first), (world.lin, first), (world.he, second)):
        rid = sessions.save_draft(who, cid, full_input(world.today)).id
        sessions.sign_session(who, cid, rid, password=PASSWORD)
    sessions.save_draft(world.he, second, full_input(world.today, modality="hotline"))
    figures = _figures(world)
    assert figures["dashboard"] == figures["report"] == figures["export"] == (3, 2), figures


def test_one_month_arithmetic() -> None:
    import datetime as dt

    from station_desk.domain.stats.period import (
        add_months,
        month_period,
        months_between,
        months_later,
    )

    assert add_months(dt.date(2026, 12, 15), 1) == dt.date(2027, 1, 1)
    assert add_months(dt.date(2026, 1, 31), -1) == dt.date(2025, 12, 1)
    assert months_later(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert months_later(dt.date(2026, 12, 31), 2) == dt.date(2027, 2, 28)
    assert months_between(dt.date(2026, 11, 20), dt.date(2027, 2, 1)) == [
        "2026-11", "2026-12", "2027-01", "2027-02"]
    assert month_period(2026, 12) == parse_period("2026-12")
    assert parse_period("2026-12").utc_bounds() == ("2026-11-30T16:00:00Z",
                                                     "2026-12-31T16:00:00Z")
