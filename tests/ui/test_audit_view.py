"""The audit viewer's model: a correct Qt model, fetched in pages, filtered."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from ui_helpers import RECEPTIONIST_PASSWORD, settle, sign_in_as

from station_desk.domain import maintenance
from station_desk.domain.audit import PROBLEMS, Actor
from station_desk.domain.clock import FakeClock
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui.audit_model import AuditFilter, AuditModel
from station_desk.ui.audit_page import AuditPage
from station_desk.ui.i18n import LANG_PROPERTY, install_translators


def _fill(session: Session, clock: FakeClock, count: int) -> None:
    """`count` entries spread over days, alternating two users and targets."""
    for i in range(count):
        clock.advance(hours=6)
        who = Actor(None, "wang" if i % 2 else "li", "counsellor")
        session.audit.append(who, "account.password", f"user:{'wang' if i % 2 else 'li'}")


def _fetch(qtbot: QtBot, model: AuditModel) -> None:
    """Ask for the next page and wait until it has arrived from the worker."""
    model.fetchMore()
    qtbot.waitUntil(lambda: not model.fetching)


def _fetch_all(qtbot: QtBot, model: AuditModel) -> None:
    qtbot.waitUntil(lambda: not model.fetching)  # a page already asked for
    while model.canFetchMore():
        _fetch(qtbot, model)


def test_model_passes_modeltester_and_pages(qtbot: QtBot, qtmodeltester: ModelTester,
                                            admin: Session, clock: FakeClock) -> None:
    _fill(admin, clock, 23)
    total = admin.audit.count()
    model = AuditModel(admin, page=5)
    assert model.rowCount() == 0 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 0 and model.fetching and not model.canFetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 5)  # read on the worker, inserted here
    qtmodeltester.check(model)  # asks for further pages itself and stays connected
    settle(qtbot)
    _fetch_all(qtbot, model)
    assert model.rowCount() == total
    ids = [model.index(r, 0).data(0x0100) for r in range(model.rowCount())]
    assert ids == sorted(ids, reverse=True)  # newest first, no page repeated or skipped
    assert len(set(ids)) == total
    qtmodeltester.check(model)


def test_filters_by_user_target_and_dates(qtbot: QtBot, admin: Session,
                                          clock: FakeClock) -> None:
    _fill(admin, clock, 12)
    model = AuditModel(admin, page=4)

    def rows(f: AuditFilter) -> list[tuple[str, str]]:
        model.set_filter(f)
        _fetch_all(qtbot, model)
        return [(model.index(r, 1).data(), model.index(r, 4).data())
                for r in range(model.rowCount())]

    by_user = rows(AuditFilter(username="wang"))
    assert len(by_user) == 6 and {u for u, _ in by_user} == {"wang"}
    by_target = rows(AuditFilter(target="user:li"))
    assert len(by_target) == 6 and {t for _, t in by_target} == {"account li"}
    # Entries run from 2026-11-02 15:00 UTC in 6-hour steps; the station's Nov 3 (16:00 UTC
    # on the 2nd to 16:00 UTC on the 3rd) holds four of them.
    one_day = rows(AuditFilter(date_from="2026-11-03", date_to="2026-11-03"))
    assert len(one_day) == 4
    assert rows(AuditFilter(username="nobody")) == []


def test_audit_page_filters_from_its_widgets(qtbot: QtBot, admin: Session,
                                             clock: FakeClock) -> None:
    _fill(admin, clock, 6)
    page = AuditPage(admin)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot)  # the accounts for the user box and the first page, on the worker
    assert page.user.findData("wang") < 0 and page.user.findData("admin") > 0
    assert page.model.rowCount() == admin.audit.count()
    page.target.setText("user:wang")
    page.apply_filter()
    _fetch_all(qtbot, page.model)
    assert page.model.rowCount() == 3
    assert "3 entries shown" in page.status.text()
    page.clear_filter()
    assert page.model.filter == AuditFilter()
    page.verify_chain()
    settle(qtbot)  # the check reads the whole database on the worker
    assert page.chain.isVisible() and "intact" in page.chain.text()


def test_receptionist_cannot_open_the_audit_trail(admin: Session, clock: FakeClock) -> None:
    from station_desk.domain import accounts

    accounts.add_user(admin, "front", "前台", "receptionist", RECEPTIONIST_PASSWORD)
    receptionist = sign_in_as(admin, "front", RECEPTIONIST_PASSWORD, clock)
    try:
        with pytest.raises(StationDeskError) as refused:
            AuditModel(receptionist)
        assert refused.value.code == "forbidden"
    finally:
        receptionist.close()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_broken_chain_is_shown_as_verify_says_it(qtbot: QtBot, qapp: QApplication,
                                                  admin: Session, clock: FakeClock,
                                                  lang: str) -> None:
    """The page shows the same sentence `station-desk verify` prints, not the problem code."""
    _fill(admin, clock, 3)
    admin.db.execute("DROP TRIGGER audit_no_update")  # as someone with the key could
    admin.db.execute("UPDATE audit SET target = 'user:x' WHERE id = 2")
    translators = install_translators(qapp, lang)
    try:
        page = AuditPage(admin)
        qtbot.addWidget(page)
        page.show()
        page.verify_chain()
        settle(qtbot)
        shown = page.chain.text()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        qapp.setProperty(LANG_PROPERTY, "en")
    report = maintenance.verify(admin)
    assert [err.message(lang) for err in report.errors()] == [
        StationDeskError("audit_broken", entry=2, detail=PROBLEMS["altered"]).message(lang)]
    assert report.errors()[0].message(lang) in shown
    if lang == "zh":
        assert "检查未通过" in shown and "第 2 条" in shown and "被改动" in shown
        assert "altered" not in shown
    else:
        assert "this entry was altered" in shown and "entry 2" in shown
