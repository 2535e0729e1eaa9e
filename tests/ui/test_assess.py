"""The assessment screens other than the kiosk: the score chart, the counsellor's entry form,
the alert dialog, the import and anonymous-screening dialogs, the file panel and the section
page per role. Dialogs are built and driven directly; `ask()` (which runs exec()) is replaced
in the callers' tests."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from test_kiosk import (  # noqa: F401 - fixtures shared with the kiosk tests
    alerts_shown_fixture,
    client_id_fixture,
    liu_fixture,
)
from ui_helpers import RECEPTIONIST_PASSWORD, settle, sign_in_as, visible_texts

from station_desk.domain import assessments as A
from station_desk.domain.assessments import AlertInfo, AnonymousFields, Trend, TrendPoint
from station_desk.domain.clock import FakeClock
from station_desk.domain.instruments import Instrument, load_all, shipped_dir
from station_desk.domain.records import crises, files
from station_desk.domain.session import Session
from station_desk.ui.assess import anonymous, import_dialog, section
from station_desk.ui.assess.alert_dialog import AlertDialog
from station_desk.ui.assess.anonymous import AnonymousChoice, AnonymousDialog
from station_desk.ui.assess.chart import ScoreChart
from station_desk.ui.assess.common import level_colour
from station_desk.ui.assess.entry import EntryForm
from station_desk.ui.assess.import_dialog import ImportDialog
from station_desk.ui.assess.page import AssessPage
from station_desk.ui.assess.panel import AssessmentsPanel
from station_desk.ui.fonts import register_bundled_font
from station_desk.ui.i18n import LANG_PROPERTY, install_translators
from station_desk.ui.operations import Change, ChangeOp
from station_desk.ui.sections import SectionRegistry

PHQ_ITEM9 = [1, 1, 1, 1, 0, 0, 0, 0, 1]
PHQ_SEVERE = [3, 3, 3, 3, 3, 2, 2, 2, 2]


@pytest.fixture(scope="module", autouse=True)
def _chinese_font(qapp: QApplication) -> None:
    register_bundled_font()


@pytest.fixture(scope="module")
def shipped() -> dict[str, Instrument]:
    return load_all()


def _trend(inst: Instrument, scores: list[tuple[dt.date, int]]) -> Trend:
    m = inst.multiplier
    points = tuple(TrendPoint(n, day, score, inst.band_for(score).level)
                   for n, (day, score) in enumerate(scores))
    return Trend(inst.id, inst.name_zh, inst.name_en, inst.direction, inst.min_total * m,
                 inst.max_total * m, tuple(sorted(inst.bands, key=lambda b: b.min)), points)


def _close(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3],
                                                       strict=True))


# ---------------------------------------------------------------- the chart


def test_chart_draws_bands_thresholds_series_and_change(
        qtbot: QtBot, shipped: dict[str, Instrument], tmp_path: Path) -> None:
    chart = ScoreChart()
    qtbot.addWidget(chart)
    chart.resize(640, 300)
    trend = _trend(shipped["phq9"], [(dt.date(2026, 6, 1), 17), (dt.date(2026, 7, 1), 11),
                                     (dt.date(2026, 8, 1), 6)])
    chart.set_trend(trend)
    image = chart.grab().toImage()
    assert not image.isNull() and image.width() == 640
    chart.grab().save(str(tmp_path / "chart.png"))
    assert trend.thresholds == (5, 10, 15, 20)
    assert chart.change_text() == "Change since first: −11 (better)"

    rect = chart.plot_rect()
    x_clear = int(rect.right() - 3)  # right of the last point: only bands and lines there
    for band in trend.bands:  # each band's own tint behind the line
        top = chart.y_of(min(band.max + 1, trend.high))
        y = int((chart.y_of(band.min) + top) / 2)
        pixel = image.pixelColor(x_clear, y)
        tint = level_colour(band.level)
        assert pixel != QColor("white") and pixel.red() >= tint.red() - 5, band
    for value in trend.thresholds:  # a dashed line at every threshold
        y = round(chart.y_of(value))
        line = [image.pixelColor(x, yy) for x in range(int(rect.left()) + 2, int(rect.right()))
                for yy in (y - 1, y, y + 1)]
        assert any(_close(p, QColor("#5f6368"), 60) and p.lightness() < 160 for p in line)
    for x, point in zip(chart.x_positions(), trend.points, strict=True):  # a dot per result
        dot = image.pixelColor(round(x), round(chart.y_of(point.score)))
        assert _close(dot, level_colour(point.band_level)), point


def test_chart_for_wellbeing_scale_and_edge_cases(qtbot: QtBot,
                                                  shipped: dict[str, Instrument]) -> None:
    chart = ScoreChart()
    qtbot.addWidget(chart)
    chart.resize(500, 260)
    assert not chart.grab().toImage().isNull()  # nothing yet: still draws
    assert chart.summary() == "No results yet"
    day = dt.date(2026, 9, 1)
    chart.set_trend(_trend(shipped["who5"], [(day, 60), (day, 40)]))  # same day, worse
    assert chart.change_text() == "Change since first: −20 (worse)"
    assert len(set(chart.x_positions())) == 2
    assert chart.trend is not None and chart.trend.thresholds == (29, 51)
    chart.set_trend(_trend(shipped["k10"], [(day, 18)]))
    assert chart.change_text() == "One result so far"
    assert "18" in chart.toolTip()
    assert not chart.grab().toImage().isNull()


# ---------------------------------------------------------------- entry form


def test_entry_form_refuses_partial_answers_and_saves_complete_ones(
        qtbot: QtBot, liu: Session, client_id: int, shipped: dict[str, Instrument]) -> None:
    form = EntryForm(liu, shipped["gad7"], client_id=client_id, heading="XL 王建国")
    qtbot.addWidget(form)
    form.show()
    saved = []
    form.saved.connect(saved.append)
    form.set_answers([1, 2, None, 0, None, None, None])
    assert form.count.text() == "3 of 7 answered"
    form.save_button.click()
    settle(qtbot)
    assert form.error.isVisible() and "3、5、6、7" in form.error.text()
    assert saved == [] and liu.db.scalar("SELECT count(*) FROM assessments") == 0
    form.set_answers([1, 2, 3, 0, 1, 1, 1])
    form.save_button.click()
    settle(qtbot)
    assert len(saved) == 1 and saved[0].administration.total == 9
    assert saved[0].administration.mode == "counsellor"
    assert not form.error.isVisible()


# ---------------------------------------------------------------- alert dialog


def test_alert_dialog_needs_confirmation_then_acknowledges_and_opens_a_crisis(
        qtbot: QtBot, liu: Session, client_id: int, shipped: dict[str, Instrument]) -> None:
    outcome = A.administer(liu, shipped["phq9"], client_id, PHQ_SEVERE)
    dialog = AlertDialog(liu, outcome.alerts)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Item 9 positive" in "\n".join(visible_texts(dialog))
    assert dialog.crisis_button.isVisibleTo(dialog)
    assert not dialog.ack_button.isEnabled() and not dialog.crisis_button.isEnabled()
    dialog.confirm.setChecked(True)
    dialog.crisis_button.click()
    settle(qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted
    result = dialog.result_value
    assert result is not None and result.crisis_id is not None
    assert {a.id for a in result.alerts} == {a.id for a in outcome.alerts}
    assert all(a.acknowledged and a.crisis_id == result.crisis_id for a in result.alerts)
    assert crises.get_crisis(liu, result.crisis_id).client_id == client_id
    assert A.open_alerts(liu) == []


def test_alert_dialog_later_leaves_alerts_open_and_anonymous_offers_no_crisis(
        qtbot: QtBot, liu: Session, shipped: dict[str, Instrument]) -> None:
    outcome = A.anonymous_screening(liu, shipped["phq9"], PHQ_ITEM9, AnonymousFields())
    dialog = AlertDialog(liu, outcome.alerts)
    qtbot.addWidget(dialog)
    assert not dialog.crisis_button.isVisibleTo(dialog)
    dialog.later_button.click()
    assert dialog.result_value is None and len(A.open_alerts(liu)) == 1
    again = AlertDialog(liu, A.open_alerts(liu))
    qtbot.addWidget(again)
    again.confirm.setChecked(True)
    again.ack_button.click()
    settle(qtbot)
    assert again.result_value is not None and again.result_value.crisis_id is None
    assert A.open_alerts(liu) == []


# ---------------------------------------------------------------- import and anonymous dialogs


def test_import_dialog_validates_before_adding(
        qtbot: QtBot, liu: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "scl90.json"
    doc = json.loads((shipped_dir() / "gad7.json").read_text("utf-8"))
    del doc["bands"]
    broken.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    dialog = ImportDialog(liu)
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(import_dialog, "choose_file", lambda *_a: str(broken))
    dialog.browse_button.click()
    settle(qtbot)
    assert dialog.error.isVisible() and "scl90.json" in dialog.error.text()
    assert "bands" in dialog.error.text() and not dialog.import_button.isEnabled()

    doc = json.loads((shipped_dir() / "gad7.json").read_text("utf-8"))
    doc["id"], doc["name_en"] = "sas_demo", "Licensed demo scale"
    good = tmp_path / "sas.json"
    good.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    monkeypatch.setattr(import_dialog, "choose_file", lambda *_a: str(good))
    dialog.browse_button.click()
    settle(qtbot)
    assert not dialog.error.isVisible() and dialog.import_button.isEnabled()
    assert "Licensed demo scale" in dialog.details.toPlainText()
    assert "15–21" in dialog.details.toPlainText()
    dialog.import_button.click()
    settle(qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.imported is not None and dialog.imported.id == "sas_demo"
    assert (liu.vault.paths.root / "instruments" / "sas_demo-1.0.json").is_file()
    assert "sas_demo" in A.load_instruments(liu)


def test_the_page_reads_the_instruments_again_after_an_import(
        qtbot: QtBot, liu: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        shown: object) -> None:
    page = AssessPage(liu)
    qtbot.addWidget(page)
    settle(qtbot)  # the instruments, read and checked on the worker
    assert page.instrument_list.count() == 5
    doc = json.loads((shipped_dir() / "gad7.json").read_text("utf-8"))
    doc["id"], doc["name_en"] = "sas_demo", "Licensed demo scale"
    good = tmp_path / "sas.json"
    good.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    monkeypatch.setattr(ImportDialog, "ask", classmethod(
        lambda cls, session, parent=None: A.import_licensed(session, good)))
    page.import_instrument()
    settle(qtbot)
    assert page.instrument_list.count() == 6 and "sas_demo" in page.panel.instruments
    assert page.panel.instrument.findData("sas_demo") >= 0
    # An imported file gone bad: the shipped set, and the problem said in the list.
    stored = liu.vault.paths.root / "instruments" / "sas_demo-1.0.json"
    stored.write_text("{", "utf-8")
    page.refresh_instruments(for_panel=True)
    settle(qtbot)
    texts = [page.instrument_list.item(i).text() for i in range(page.instrument_list.count())]
    assert len(texts) == 6 and "sas_demo" not in page.panel.instruments
    assert "sas_demo-1.0.json" in texts[-1]


def test_anonymous_dialog_collects_only_non_identifying_fields(
        qtbot: QtBot, shipped: dict[str, Instrument]) -> None:
    dialog = AnonymousDialog(shipped)
    qtbot.addWidget(dialog)
    dialog.instrument.setCurrentIndex(dialog.instrument.findData("gad7"))
    dialog.gender.setCurrentIndex(dialog.gender.findData("female"))
    dialog.age_band.setCurrentIndex(dialog.age_band.findData("40_49"))
    dialog.industry.setCurrentIndex(dialog.industry.findData("platform_delivery"))
    dialog.by_counsellor.setChecked(True)
    dialog.ok_button.click()
    assert dialog.choice == AnonymousChoice(
        "gad7", AnonymousFields("female", "40_49", "platform_delivery"), kiosk=False)


# ---------------------------------------------------------------- panel and page


def test_panel_shows_flag_alerts_chart_and_history(
        qtbot: QtBot, liu: Session, client_id: int, shipped: dict[str, Instrument],
        clock: FakeClock, alerts_shown: list[list[AlertInfo]]) -> None:
    A.administer(liu, shipped["phq9"], client_id, PHQ_SEVERE)
    clock.advance(days=14)
    A.administer(liu, shipped["phq9"], client_id, [1] * 8 + [0])
    panel = AssessmentsPanel(liu, client_id)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    settle(qtbot)
    assert panel.flag_banner.isVisible() and "2027-01-02" in panel.flag_banner.text()
    assert panel.alerts_row.isVisible() and "2" in panel.alerts_label.text()
    assert panel.table.rowCount() == 2 and panel.table.item(0, 3).text() == "8"
    assert panel.chart.trend is not None and [p.score for p in panel.chart.trend.points] == [
        23, 8]
    panel.alerts_button.click()
    assert [len(shown) for shown in alerts_shown] == [2]


def test_section_and_page_per_role(qtbot: QtBot, liu: Session, admin_session_page: AssessPage,
                                   ) -> None:
    registry = SectionRegistry()
    section.register(registry)
    assert [s.key for s in registry.visible(liu)] == ["assess"]
    page = AssessPage(liu)
    qtbot.addWidget(page)
    page.show()
    assert page.files.isVisible() and page.anon_button.isVisible()
    admin_page = admin_session_page
    assert not admin_page.panel.isVisibleTo(admin_page)
    assert not admin_page.files.isVisibleTo(admin_page)
    assert admin_page.import_button.isVisibleTo(admin_page)
    assert admin_page.instrument_list.count() == 5


def test_the_file_list_is_read_on_the_worker_and_follows_changes(
        qtbot: QtBot, liu: Session, client_id: int) -> None:
    page = AssessPage(liu)
    qtbot.addWidget(page)
    settle(qtbot)  # the counsellor's open files, read on the worker

    def listed() -> list[str]:
        return [page.files.item(row).text() for row in range(page.files.count())]

    assert len(listed()) == 1 and listed()[0].endswith("王建国")
    page.search.setText("李")  # each keystroke reads again; the last one is shown
    page.search.setText("李四")
    settle(qtbot)
    assert listed() == []
    page.search.clear()
    entry = files.ClientInput(name="李四", gender="female")
    ChangeOp(page, lambda: files.register_visitor(liu, entry), Change.CLIENTS).run()
    settle(qtbot)  # registered elsewhere: the list reads again from the notice
    assert sorted(t.split()[-1] for t in listed()) == ["李四", "王建国"]
    page.files.setCurrentRow(0)
    assert page.panel.client_id == page.files.item(0).data(0x0100)


@pytest.fixture
def admin_session_page(qtbot: QtBot, admin: Session) -> AssessPage:
    page = AssessPage(admin)
    qtbot.addWidget(page)
    settle(qtbot)  # the instruments, read and checked on the worker
    return page


def test_receptionist_has_no_assessment_section(staff: Session, clock: FakeClock) -> None:
    front = sign_in_as(staff, "front", RECEPTIONIST_PASSWORD, clock)
    try:
        registry = SectionRegistry()
        section.register(registry)
        assert registry.visible(front) == []
    finally:
        front.close()


def test_anonymous_screening_entered_by_the_counsellor(
        qtbot: QtBot, liu: Session, shipped: dict[str, Instrument],
        monkeypatch: pytest.MonkeyPatch, alerts_shown: list[list[AlertInfo]],
        shown: object) -> None:
    page = AssessPage(liu)
    qtbot.addWidget(page)
    choice = AnonymousChoice("phq9", AnonymousFields("male", "20_29", "construction"), False)
    monkeypatch.setattr(anonymous.AnonymousDialog, "ask",
                        staticmethod(lambda *_a, **_k: choice))
    page.anon_button.click()
    settle(qtbot)  # the campaigns running today are read on the worker, then the questions
    form = page.anon_entry
    assert form is not None and page.stack.currentWidget() is form
    form.set_answers(PHQ_ITEM9)
    form.save_button.click()
    settle(qtbot)
    assert page.stack.currentWidget() is page.main and page.anon_entry is None
    row = liu.db.one("SELECT client_id, mode, anon_gender, administered_at FROM assessments")
    assert tuple(row) == (None, "anonymous", "male", "2026-11-02")
    assert [a.code for a in alerts_shown[0]] == ["suicidal_ideation"]
    assert page.alerts.count() == 1 and "PHQ-9" in page.alerts.item(0).text()


def test_screens_speak_chinese_with_the_bundled_font(
        qtbot: QtBot, liu: Session, client_id: int, qapp: QApplication, tmp_path: Path,
        shipped: dict[str, Instrument]) -> None:
    translators = install_translators(qapp, "zh")
    try:
        A.administer(liu, shipped["phq9"], client_id, PHQ_SEVERE)
        panel = AssessmentsPanel(liu, client_id)
        qtbot.addWidget(panel)
        panel.resize(900, 640)
        panel.show()
        settle(qtbot)
        texts = "\n".join(visible_texts(panel))
        assert "新测评" in texts and "重度抑郁" in texts and "咨询师录入" in texts
        image = panel.grab()
        assert not image.isNull()
        image.save(str(tmp_path / "panel-zh.png"))
        assert "WenQuanYi Micro Hei" in QFontDatabase.families()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        qapp.setProperty(LANG_PROPERTY, "en")


def test_panel_without_a_file_shows_a_prompt(qtbot: QtBot, liu: Session) -> None:
    panel = AssessmentsPanel(liu)
    qtbot.addWidget(panel)
    panel.show()
    settle(qtbot)
    assert panel.empty.isVisible() and not panel.chart.isVisible()
    assert not panel.kiosk_button.isEnabled() and not panel.enter_button.isEnabled()
    assert panel.stack.currentWidget() is panel.overview
