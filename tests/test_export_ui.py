"""The export wizard, the Statistics section and the union window, driven with pytest-qt."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from station_desk.domain.auth import sign_in
from station_desk.export.keys import station_fingerprint
from station_desk.export.tables import SUPPRESSED, TOTAL
from station_desk.export.union.registry import Registry
from station_desk.export.union.run import run_merge
from station_desk.tools.demo import DEMO_ACCOUNTS
from station_desk.ui import messages
from station_desk.ui.export import union_window, wizard
from station_desk.ui.export.grid_model import package_table, readable
from station_desk.ui.export.page import ExportPage
from station_desk.ui.export.section import register
from station_desk.ui.export.union_window import UnionWindow
from station_desk.ui.export.wizard import ExportWizard
from station_desk.ui.i18n import LANG_PROPERTY, install_translators
from station_desk.ui.operations import Change, ChangeOp, runner
from station_desk.ui.preferences import PreferencesDialog
from station_desk.ui.sections import SectionRegistry
from station_desk.ui.settings import UiSettings
from test_export_support import (
    admin_session,
    export,
    key_bytes,
    make_station,
    members,
)


class Shown:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []


@pytest.fixture(autouse=True)
def shown(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[Shown]:
    record = Shown()
    monkeypatch.setattr(messages, "error", lambda _p, text: record.errors.append(text))
    monkeypatch.setattr(messages, "info", lambda _p, text: record.infos.append(text))
    yield record
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_station(tmp_path_factory.mktemp("ui") / "vault", "UI-01", seed=41,
                        clients=40, sessions=160)


def settle(qtbot: QtBot) -> None:
    """Every operation asked for has run and been answered (tests/ui/ui_helpers.settle)."""
    qtbot.waitUntil(lambda: runner().idle, timeout=20000)


def test_grid_model_passes_the_model_tester(qtmodeltester, station: Path) -> None:  # noqa: ANN001
    with admin_session(station) as s:
        from station_desk.domain.stats.period import parse_period
        from station_desk.export.build import build

        content = build(s, parse_period("2026-Q3"))
    for table in content.tables:
        model = package_table(table)
        qtmodeltester.check(model)
        assert model.rowCount() == len(table["rows"])


def _texts(view: QTableView) -> list[list[str]]:
    model = view.model()
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_wizard_previews_every_table_as_written(qtbot, station: Path, tmp_path: Path,  # noqa: ANN001
                                                shown: Shown) -> None:
    with admin_session(station) as s:
        wiz = ExportWizard(s)
        qtbot.addWidget(wiz)
        wiz.show()
        page = wiz.period_page
        page.kind.setCurrentIndex(page.kind.findData("month"))
        page.year.setValue(2026)
        page.which.setValue(9)
        assert page.k.minimum() == 5 and "5" in page.policy.text()  # the station's policy
        wiz.next()
        settle(qtbot)
        assert wiz.currentPage() is wiz.preview_page
        content = wiz.content
        assert content is not None and content.period.code == "2026-09"
        views = wiz.preview_page.views
        assert len(views) == len(content.tables) == wiz.preview_page.list.count()
        withheld = 0
        for view, table in zip(views, content.tables, strict=True):
            nkeys = len(table["keys"])
            shown_rows = _texts(view)
            for got, row in zip(shown_rows, table["rows"], strict=True):
                # as published, a code in a text column in words (grid_model.readable)
                published = [str(readable(v, "en")) if not isinstance(v, float) else got[i + 1]
                             for i, v in enumerate(row[nkeys + 2:])]
                assert got[1:] == published
                withheld += got.count(SUPPRESSED)
        assert withheld == sum(r.count(SUPPRESSED) for t in content.tables for r in t["rows"])
        wiz.next()
        settle(qtbot)
        assert wiz.currentPage() is wiz.write_page
        target = tmp_path / "out.zip"
        wiz.write_page.path.setText(str(target))
        wiz.accept()
        settle(qtbot)
        assert shown.errors == [] and target.exists()
        assert json.loads(members(target)["tables.json"])["tables"] == content.tables
        assert station_fingerprint(s) in shown.infos[0]
        assert s.audit.query(action="export", limit=1)[0].detail


def test_wizard_browse_adds_zip(qtbot, station: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(wizard, "choose_save_path", lambda _p, _s: "/tmp/somewhere/pkg")
    with admin_session(station) as s:
        wiz = ExportWizard(s)
        qtbot.addWidget(wiz)
        wiz.write_page._browse()
        assert wiz.write_page.path.text() == "/tmp/somewhere/pkg.zip"


def test_wizard_shows_why_a_counsellor_cannot_export(qtbot, station: Path) -> None:  # noqa: ANN001
    counsellor = next(a for a in DEMO_ACCOUNTS() if a["role"] == "counsellor")
    with sign_in(station, counsellor["username"], counsellor["password"]) as s:
        wiz = ExportWizard(s)
        qtbot.addWidget(wiz)
        wiz.show()
        wiz.next()
        settle(qtbot)
        assert wiz.currentPage() is wiz.period_page
        assert "权限不足" in wiz.period_page.error.text() or "Not permitted" in \
            wiz.period_page.error.text()


def test_section_page_and_visibility(qtbot, station: Path, monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
                                     tmp_path: Path) -> None:
    registry = SectionRegistry()
    register(registry)
    counsellor = next(a for a in DEMO_ACCOUNTS() if a["role"] == "counsellor")
    with sign_in(station, counsellor["username"], counsellor["password"]) as s:
        assert registry.visible(s) == []
    with admin_session(station) as s:
        assert [x.key for x in registry.visible(s)] == ["export"]
        page = registry.get("export").factory(s)
        qtbot.addWidget(page)
        assert isinstance(page, ExportPage)
        settle(qtbot)  # the page reads its history and threshold on the worker
        assert page.fingerprint.text() == station_fingerprint(s)
        before = page.history.count()
        from station_desk.domain.stats.period import parse_period
        from station_desk.export.build import build
        from station_desk.export.package import write_package

        def fake_ask(_cls: type, session: object, parent: object = None) -> None:
            # what the wizard would do: write a package as an operation that announces it
            # (the wizard is tested above)
            ChangeOp(None, lambda: write_package(s, build(s, parse_period("2026-08")),
                                                 tmp_path / "x.zip"), Change.EXPORTS).run()
            settle(qtbot)

        monkeypatch.setattr(ExportWizard, "ask", classmethod(fake_ask))
        page.run_wizard()
        assert page.history.count() == before + 1
        assert "2026-08" in page.history.item(0).text()


def test_union_window_registers_and_merges(qtbot, tmp_path: Path,  # noqa: ANN001
                                           monkeypatch: pytest.MonkeyPatch,
                                           shown: Shown) -> None:
    roots = [make_station(tmp_path / f"s{i}", f"UW-{i}", seed=50 + i, clients=30, sessions=90)
             for i in range(2)]
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    keys = []
    for i, root in enumerate(roots):
        export(root, "2026-Q3", inbox / f"{i}.zip")
        keys.append(tmp_path / f"{i}.key")
        keys[-1].write_bytes(key_bytes(root))
    (inbox / "broken.zip").write_bytes(b"PK\x03\x04 not really")
    window = UnionWindow(tmp_path / "registry")
    qtbot.addWidget(window)
    for key in keys:
        window.register_key(str(key))
        settle(qtbot)  # registered on the worker, then the registry read again
    assert window.stations.model().rowCount() == 2 and not shown.errors
    monkeypatch.setattr(union_window, "choose_folder", lambda *_a: str(inbox))
    window._add_folder()
    window.out_edit.setText(str(tmp_path / "report"))
    window.start_merge()
    qtbot.waitUntil(lambda: window.outcome is not None, timeout=60000)
    assert window.merge_button.isEnabled()
    results = _texts(window.results)
    assert len(results) == 3
    assert sum(1 for r in results if r[3] == "Refused") == 1  # no translator: English
    assert window.reporting.model().rowCount() == 2
    assert window.table_choice.count() == len(window.outcome.report.tables)
    window.table_choice.setCurrentIndex(1)
    assert window.city_table.model().rowCount() > 0
    assert (tmp_path / "report" / "city_2026-Q3.pdf").exists()
    assert "2026-Q3" in window.status.text()
    model = window.city_table.model()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole)


def test_union_window_asks_for_what_is_missing(qtbot, shown: Shown) -> None:  # noqa: ANN001
    window = UnionWindow(None)
    qtbot.addWidget(window)
    window.start_merge()
    window.register_key("x")
    settle(qtbot)
    assert len(shown.errors) == 2


@pytest.fixture
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    qapp.setProperty(LANG_PROPERTY, "en")


WORDING = {"zh": {"title": "市总工会 · 统计数据包汇总", "code": "工会代码", "accepted": "采用",
                  "reported": "已报送", "item": "项目"},
           "en": {"title": "City union · merging statistics packages", "code": "Union code",
                  "accepted": "Accepted", "reported": "Reported", "item": "Item"}}


def _header(view: QTableView) -> list[str]:
    model = view.model()
    return [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            for c in range(model.columnCount())]


def _alignment(view: QTableView, column: int) -> int:
    model = view.model()
    return int(model.data(model.index(0, column), Qt.ItemDataRole.TextAlignmentRole))


@pytest.mark.parametrize("lang", ["zh", "en"], indirect=True)
def test_union_window_speaks_the_ui_language(qtbot: QtBot, station: Path, tmp_path: Path,
                                             lang: str) -> None:
    """Headers, results and city tables in the UI language; a city table shows names, never
    codes (the report's CSV and XLSX keep those), and the figures start after the name."""
    package = export(station, "2026-Q3", tmp_path / "p.zip")
    Registry.load(tmp_path / "registry").register(key_bytes(station))
    outcome = run_merge(tmp_path / "registry", [package], tmp_path / "report")
    assert outcome.report is not None
    window = UnionWindow(tmp_path / "registry")
    qtbot.addWidget(window)
    settle(qtbot)  # the registry is read on the worker
    words = WORDING[lang]
    assert window.windowTitle() == words["title"]
    assert _header(window.stations)[0] == words["code"]
    window._merged(outcome)
    assert _texts(window.results)[0][3] == words["accepted"]
    assert _texts(window.reporting)[0][2] == words["reported"]
    report = outcome.report
    two_keys = next(i for i, t in enumerate(report.tables) if len(t.keys) == 2)
    for index in (0, two_keys):
        window.table_choice.setCurrentIndex(index)
        table = report.tables[index]
        assert _header(window.city_table)[1:] == [
            c["label_en" if lang == "en" else "label_zh"] for c in table.columns]
        shown = {str(v) for row in _texts(window.city_table) for v in row}
        codes = {row.codes[-1] for row in table.rows if not row.codes[-1].isdigit()}
        assert TOTAL in codes and not shown & codes  # no "_total", no "female"
        assert window.table_choice.itemText(index) == (table.title_en if lang == "en"
                                                        else table.title_zh)
        assert _alignment(window.city_table, 0) & Qt.AlignmentFlag.AlignLeft.value
        assert _alignment(window.city_table, 1) & Qt.AlignmentFlag.AlignRight.value
    with admin_session(station) as s:
        from station_desk.domain.stats.period import parse_period
        from station_desk.export.build import build

        preview = package_table(build(s, parse_period("2026-Q3")).tables[0], lang)
    assert preview.headerData(0, Qt.Orientation.Horizontal) == words["item"]


def test_admin_sees_and_copies_the_key_fingerprint_in_settings(
        qtbot: QtBot, station: Path, tmp_path: Path, qapp: QApplication) -> None:
    settings = UiSettings.at(tmp_path / "ui.ini")
    with admin_session(station) as s:
        dialog = PreferencesDialog(s, settings)
        qtbot.addWidget(dialog)
        assert dialog.union_box is not None and dialog.fingerprint is not None
        assert dialog.fingerprint.text() == station_fingerprint(s)
        qtbot.mouseClick(dialog.fingerprint.copy_button, Qt.MouseButton.LeftButton)
        assert qapp.clipboard().text() == station_fingerprint(s)
    counsellor = next(a for a in DEMO_ACCOUNTS() if a["role"] == "counsellor")
    with sign_in(station, counsellor["username"], counsellor["password"]) as s:
        dialog = PreferencesDialog(s, settings)
        qtbot.addWidget(dialog)
        assert dialog.union_box is None


WITHHELD_WORDS = {"zh": ("个数字不公布", "涉及的人数少于", "推算", "合计不公布的那一行里的 0"),
                  "en": ("figures are withheld", "concern fewer than", "worked out",
                         "zeros next to a withheld total")}


@pytest.mark.parametrize("lang", ["zh", "en"], indirect=True)
def test_wizard_says_what_is_withheld_and_why_in_plain_words(qtbot: QtBot, tmp_path: Path,
                                                             lang: str) -> None:
    """Issue 17: no bare "k": the threshold is "groups smaller than N people", and the preview
    counts the withheld figures by reason; a period sent before says so and cannot change."""
    root = make_station(tmp_path / "vault", "UI-K", seed=43, clients=20, sessions=70)
    with admin_session(root) as s:
        wiz = ExportWizard(s)
        qtbot.addWidget(wiz)
        wiz.show()
        page = wiz.period_page
        page.kind.setCurrentIndex(page.kind.findData("month"))
        page.year.setValue(2026)
        page.which.setValue(8)
        assert page.k.isEnabled() and page.k.value() == 5
        wiz.next()
        settle(qtbot)
        text = wiz.preview_page.why.text()
        content = wiz.content
        assert content is not None and content.suppressed_cells() > 0
        assert str(content.suppressed_cells()) in text
        for words in WITHHELD_WORDS[lang]:
            assert words in text, words
        for label in wiz.findChildren(type(wiz.preview_page.why)):
            assert "k =" not in label.text() and "k=" not in label.text()
        wiz.next()
        settle(qtbot)
        wiz.write_page.path.setText(str(tmp_path / "aug.zip"))
        wiz.accept()
        settle(qtbot)
        again = ExportWizard(s)
        qtbot.addWidget(again)
        again.show()
        page = again.period_page
        page.kind.setCurrentIndex(page.kind.findData("month"))
        page.year.setValue(2026)
        page.which.setValue(8)
        assert not page.k.isEnabled() and "2026-11-02" in page.policy.text()
        page.which.setValue(9)  # the year is begun: the same number, not changeable
        assert not page.k.isEnabled() and page.k.value() == 5
        page.which.setValue(8)
        again.next()
        settle(qtbot)
        assert again.content is not None and again.content.republished
        assert again.content.tables == content.tables
        assert "2026-11-02" in again.preview_page.why.text()


def test_only_the_admin_sets_the_threshold_and_it_is_audited(qtbot: QtBot, station: Path,
                                                             shown: Shown) -> None:
    with admin_session(station) as s:
        page = ExportPage(s)
        qtbot.addWidget(page)
        settle(qtbot)  # the threshold is read on the worker before it may be changed
        page.threshold.setValue(7)
        page.set_threshold()
        settle(qtbot)
        assert shown.errors == [] and "7" in shown.infos[-1]
        from station_desk.domain import station_settings

        assert station_settings.export_k(s) == 7
        assert s.audit.query(action="settings.edit", limit=1)[0].target == "setting:export_k"
        station_settings.set_export_k(s, 5)
    counsellor = next(a for a in DEMO_ACCOUNTS() if a["role"] == "counsellor")
    with sign_in(station, counsellor["username"], counsellor["password"]) as s:
        page = ExportPage(s)
        qtbot.addWidget(page)
        settle(qtbot)  # read before the session closes
        assert not page.threshold.isEnabled() and not page.save_threshold.isEnabled()
