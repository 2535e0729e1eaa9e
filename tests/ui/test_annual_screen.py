"""The analysis report in the app: the admin previews it on the Print page for a year or a
quarter; nobody else is offered it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from ui_helpers import settle

from station_desk.ui.printing.page import PrintPage, available_kinds
from test_export_attack import release
from test_export_support import admin_session, make_station


def test_the_admin_previews_the_analysis_report(tmp_path: Path, qtbot: QtBot, shown) -> None:  # noqa: ANN001
    root = tmp_path / "vault"
    make_station(root, "TIER-UI", seed=61, clients=40, sessions=160)
    release(root, ["2026"], tmp_path / "out")
    with admin_session(root) as admin:
        assert "annual" in available_kinds(admin)
        page = PrintPage(admin)
        qtbot.addWidget(page)
        page.kind.setCurrentIndex(page.kind.findData("annual"))
        assert not page._form.isRowVisible(page.picker)
        page.period.setCurrentIndex(page.period.findData("2026"))
        page.show_preview()
        settle(qtbot)
        assert shown.errors == []
        assert page.preview.shown is not None and page.preview.shown.pages >= 2
        page.period.setCurrentIndex(page.period.findData("2026-Q2"))  # never sent: says so
        page.show_preview()
        settle(qtbot)
        assert page.preview.shown is not None and page.preview.shown.pages == 1
