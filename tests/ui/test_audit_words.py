"""The audit viewer reads like a log for people: display names, what an entry is about in
words, details as phrases instead of JSON, station days in the date filter, and a file number
or a colleague's name typed instead of "user:wang"."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot
from ui_helpers import COUNSELLOR_PASSWORD, settle

from station_desk.domain import accounts, station_settings
from station_desk.domain.audit import Actor
from station_desk.domain.audit_text import AuditWords
from station_desk.domain.auth import StationProfile
from station_desk.domain.clock import FakeClock, station_day_bounds
from station_desk.domain.session import Session
from station_desk.ui.audit_model import AuditFilter
from station_desk.ui.audit_page import AuditPage


def _rows(qtbot: QtBot, page: AuditPage) -> list[list[str]]:
    """Every entry the filter finds, each page read on the worker."""
    settle(qtbot)
    while page.model.canFetchMore():
        page.model.fetchMore()
        settle(qtbot)
    model = page.model
    return [[str(model.index(r, c).data() or "") for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_entries_read_as_words(qtbot: QtBot, staff: Session, clock: FakeClock) -> None:
    accounts.set_role(staff, "front", "counsellor")
    station_settings.update_station_profile(staff, StationProfile(
        "示例区职工心理健康服务站", "U-TEST-01", "complete_1"))
    accounts.disable_user(staff, "liu")
    page = AuditPage(staff)
    qtbot.addWidget(page)
    settle(qtbot)  # the accounts offered, read on the worker
    page.show()
    rows = _rows(qtbot, page)
    text = "\n".join(" | ".join(r) for r in rows)
    assert "{" not in text and "user:" not in text and '"' not in text
    assert all("." not in r[3] for r in rows)  # every action named, none by its code
    disabled = next(r for r in rows if r[3] == "account disabled")
    assert disabled[1] == "王站长" and disabled[4] == "account 刘咨询师"
    role = next(r for r in rows if r[3] == "account role changed")
    assert "Receptionist → Counsellor" in role[5] and role[4] == "account 前台小张"
    edited = next(r for r in rows if r[3] == "station profile edited")
    assert edited[5] == "name: 示例职工心理健康服务站 → 示例区职工心理健康服务站"
    # the stored entry is untouched; the user name and the raw target are a hover away
    assert page.model.index(rows.index(disabled), 4).data(3) == "user:liu"

    words = AuditWords.load(staff)
    assert words.details('{"role": "counsellor"}', "zh") == "角色：咨询师"
    assert words.target("file:XL-2026-000014", "zh") == "档案 XL-2026-000014"


def test_typed_file_numbers_names_and_station_days(qtbot: QtBot, admin: Session,
                                                   clock: FakeClock) -> None:
    accounts.add_user(admin, "liu", "刘咨询师", "counsellor", COUNSELLOR_PASSWORD)
    for hours in (6, 6, 6, 6):  # 15:00, 21:00 UTC on Nov 2; 03:00, 09:00 UTC on Nov 3
        clock.advance(hours=hours)
        admin.audit.append(Actor(None, "liu", "counsellor"), "file.view",
                           "file:XL-2026-000014", {"access": "own"})
    page = AuditPage(admin)
    qtbot.addWidget(page)
    settle(qtbot)  # the accounts offered, read on the worker
    page.target.setText("xl-2026-000014")
    page.user.setEditText("刘咨询师")
    assert page.current_filter() == AuditFilter(username="liu", target="file:XL-2026-000014")
    page.apply_filter()
    assert len(_rows(qtbot, page)) == 4
    page.target.setText("王站长")
    page.user.setCurrentIndex(0)
    assert page.current_filter().target == "user:admin"

    # station days: Nov 3 at the station is 16:00 UTC on Nov 2 to 16:00 UTC on Nov 3
    assert station_day_bounds("2026-11-03", "2026-11-03") == ("2026-11-02T16:00:00Z",
                                                              "2026-11-03T15:59:59Z")
    page.model.set_filter(AuditFilter(target="file:XL-2026-000014",
                                      date_from="2026-11-03", date_to="2026-11-03"))
    assert len(_rows(qtbot, page)) == 3  # 21:00 and 03:00, 09:00 UTC; 15:00 UTC is Nov 2's 23:00
    found: Any = page.model.index(0, 5).data()
    assert found == "access: own case"


def test_actions_registered_on_import_are_named(qtbot: QtBot, admin: Session) -> None:
    """An action named by a module the viewer has not needed yet ("duty.add", from the duty
    roster) still reads as words."""
    admin.log("duty.add", "user:admin", {"days": ["2026-11-05"], "place": "hotline"})
    page = AuditPage(admin)
    qtbot.addWidget(page)
    settle(qtbot)  # the accounts offered, read on the worker
    rows = _rows(qtbot, page)
    assert rows[0][3] != "duty.add" and "2026-11-05" in rows[0][5]


def test_the_date_filter_starts_on_the_stations_day(qtbot: QtBot, admin: Session,
                                                    clock: FakeClock) -> None:
    """The range offered ends on the station's today, the day the entries are shown in, not
    on this PC's date: early in the morning at the station it is still yesterday in UTC, and
    ticking 从 would hide the morning's entries."""
    import datetime as dt

    from station_desk.domain.records.common import today

    clock.advance(days=3, hours=12)  # 21:00 UTC: the station (UTC+8) is on the next day
    assert today(admin) != clock().date()
    page = AuditPage(admin)
    qtbot.addWidget(page)
    settle(qtbot)
    shown = page.date_to.date()
    assert dt.date(shown.year(), shown.month(), shown.day()) == today(admin)
    first = page.date_from.date()
    assert dt.date(first.year(), first.month(), first.day()) == \
        today(admin) - dt.timedelta(days=30)


def test_prints_reopenings_regimes_and_tier_items_read_without_codes(
        qtbot: QtBot, admin: Session) -> None:
    """Entries as the app writes them, read without their codes: the document printed and
    how, a file's status before reopening, the kind of records bound, a regime and a tier
    item by their names, a room by its name; an empty note is left out."""
    import station_desk.reports.service  # noqa: F401 - names its documents, as in the app

    admin.log("print.preview", "file:XL-2026-000109",
              {"doc": "summary", "pages": 1, "via": "app", "sha256": "ab" * 32})
    admin.log("print.preview", "file:XL-2026-000018",
              {"doc": "safety_plan", "pages": 1, "via": "cli", "crisis": 1})
    admin.log("file.reopen", "file:XL-2026-000119", {"was": "closed"})
    admin.log("signing.baseline", "", {"kind": "addendum", "v": 2, "records": []})
    admin.log("regime.acknowledge", "regime:confidentiality", {"version": 1})
    admin.log("regime.adopt", "regime:satisfaction", {"chars": 643, "note": "", "version": 1})
    admin.log("tier.answer", "tier:b1_fixed_site", {"answer": "yes"})
    admin.log("duty.add", "user:admin", {"days": ["2026-11-05"], "place": "catharsis"})
    page = AuditPage(admin)
    qtbot.addWidget(page)
    settle(qtbot)
    page.show()
    rows = _rows(qtbot, page)
    text = "\n".join(" | ".join(r) for r in rows)
    for code in ("doc:", ": summary", "safety_plan", "via:", ": closed", ": addendum", "chars",
                 "regime confidentiality", "b1_fixed_site", "catharsis", "note:"):
        assert code not in text, code
    assert "document: client file summary; pages: 1; through: the app" in text
    assert "document: safety plan" in text and "through: the command line" in text
    assert "was: Closed" in text and "kind: addenda" in text
    assert "regime File confidentiality regime" in text
    assert "tier item The station has a permanent place to work from." in text
