"""The tier screens: the admin's self-check page (statuses, evidence, answering a hand-checked
item, keeping and printing a check)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from ui_helpers import settle

from station_desk.domain.clock import FakeClock
from station_desk.domain.tier import selfcheck as sc
from station_desk.ui.section_list import default_registry
from station_desk.ui.tier import selfcheck_page
from station_desk.ui.tier.selfcheck_page import AnswerDialog, SelfCheckPage
from tier_support import build_station, signed_in

SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.fixture
def flawed(tmp_path: Path, clock: FakeClock) -> Path:
    root = tmp_path / "v"
    build_station(root, clock, flaws=("signage_no", "unanswered", "unacknowledged"))
    return root


def rows(page: SelfCheckPage) -> dict[str, tuple[str, str]]:
    out = {}
    for t in range(page.tree.topLevelItemCount()):
        top = page.tree.topLevelItem(t)
        for c in range(top.childCount()):
            child = top.child(c)
            out[child.data(0, selfcheck_page.CODE_ROLE)] = (child.text(1), child.text(2))
    return out


def test_only_the_admin_sees_the_self_check(flawed: Path, clock: FakeClock) -> None:
    registry = default_registry()
    for user, shown in (("admin", True), ("lin", False), ("qian", False)):
        with signed_in(flawed, user, clock) as someone:
            keys = [s.key for s in registry.visible(someone)]
            assert ("tier.selfcheck" in keys) is shown


def test_page_shows_statuses_and_evidence_and_takes_an_answer(
        flawed: Path, clock: FakeClock, qtbot: QtBot) -> None:
    with signed_in(flawed, "admin", clock) as admin:
        page = SelfCheckPage(admin)
        qtbot.addWidget(page)
        settle(qtbot)  # judged on the worker
        found = rows(page)
        assert len(found) == 22
        assert found["b1_signage"] == ("Not met", "hand check")
        assert found["s_reading_materials"] == ("Not yet evidenced", "hand check")
        assert found["c1_confidentiality"] == ("Not met", "records")
        assert found["c1_record_book"] == ("Met", "records")
        assert "Now (not kept yet)" == page.history.currentText()
        # the evidence of the selected requirement, with its figures
        item = next(page.tree.topLevelItem(3).child(c)
                    for c in range(page.tree.topLevelItem(3).childCount())
                    if page.tree.topLevelItem(3).child(c).data(0, selfcheck_page.CODE_ROLE)
                    == "c1_confidentiality")
        page.tree.setCurrentItem(item)
        text = page.detail.toPlainText()
        assert "赵咨询师" in text and "acknowledged by 3 of 4 active accounts" in text
        assert page.answer_button.isHidden()  # judged from records: nothing to answer
        signage = page.tree.topLevelItem(0).child(0)
        page.tree.setCurrentItem(signage)
        assert not page.answer_button.isHidden() and page.answer_button.isEnabled()
        assert "门牌被装修遮挡" in page.detail.toPlainText()
        # answering the unanswered item through its dialog
        finding = page.finding("s_reading_materials")
        assert finding is not None
        dialog = AnswerDialog(admin, finding, page)
        qtbot.addWidget(dialog)
        dialog.no.setChecked(True)
        dialog.accept()
        settle(qtbot)
        assert not dialog.error.isHidden() and "note" in dialog.error.text()
        dialog.yes.setChecked(True)
        dialog.note.setPlainText("阅览架上有心理类书籍 30 册、宣传折页 4 种")
        dialog.accept()
        settle(qtbot)  # the answer's notice has the page judge again
        assert dialog.result() == dialog.DialogCode.Accepted
        assert rows(page)["s_reading_materials"] == ("Met", "hand check")


def test_keep_and_print_a_check(flawed: Path, clock: FakeClock, qtbot: QtBot,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    asked = []
    monkeypatch.setattr(selfcheck_page.PreviewDialog, "prepare_and_show",
                        classmethod(lambda cls, parent, session, request, shown=None:
                                    asked.append(request)))
    with signed_in(flawed, "admin", clock) as admin:
        page = SelfCheckPage(admin)
        qtbot.addWidget(page)
        settle(qtbot)
        page.print_check()  # the live check is kept first: inspectors get a kept one
        settle(qtbot)
        kept = sc.kept(admin)
        assert len(kept) == 1 and asked[0].selfcheck_id == kept[0].id
        assert asked[0].kind == "selfcheck"
        assert page.history.count() == 2 and page.history.currentData() == kept[0].id
        assert not page.keep_button.isEnabled()
        clock.advance(days=60)
        page.history.setCurrentIndex(0)
        page._history_chosen(0)
        settle(qtbot)
        assert page.check is not None and page.check.id is None
        assert page.check.day == (dt.date(2026, 11, 2) + dt.timedelta(days=60)).isoformat()
        page.keep()
        settle(qtbot)
        assert [k.day for k in sc.kept(admin)] == ["2027-01-01", "2026-11-02"]
        page._history_chosen(page.history.findData(kept[0].id))
        settle(qtbot)
        assert page.check == sc.load(admin, kept[0].id)


def test_the_audit_trail_names_the_tier_actions_from_the_start() -> None:
    """The audit page may be the first screen opened: the labels exist once the sections
    are registered, before any tier screen is built."""
    import subprocess
    import sys

    code = ("import station_desk.ui.section_list as s; s.default_registry();"
            "from station_desk.ui.labels import action_label as a;"
            "print([a(x) for x in ('regime.adopt', 'duty.add', 'tier.answer', 'hotline.log',"
            " 'survey.create')])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "",
                                            "PYTHONPATH": str(SRC)})  # this checkout's code
    assert done.returncode == 0, done.stderr
    assert "regime.adopt" not in done.stdout and "survey.create" not in done.stdout
