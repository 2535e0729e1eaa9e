"""Clinician entry of the PHQ-9 inside a file at 1366x768, with normal and 150 % text in
Chinese: every answer ("3 几乎每天" the widest last) is shown whole, none cut short."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QRadioButton
from pytestqt.qtbot import QtBot
from ui_helpers import settle

from station_desk.domain.records import files
from station_desk.ui.records.file_window import FileWindow
from test_records_world import World, world_fixture  # noqa: F401


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_every_phq9_answer_is_shown_whole(qtbot: QtBot, world: World, scale: float) -> None:
    from station_desk.ui.fonts import register_bundled_font
    from station_desk.ui.i18n import LANG_PROPERTY, install_translators

    cid = world.client()
    register_bundled_font()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "zh")
    base = app.font()
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    app.setFont(font)
    try:
        window = FileWindow(world.lin, files.open_file(world.lin, cid))
        settle()  # the file is read on the worker
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        panel = window.view.show_assessments()
        settle()
        panel.instrument.setCurrentIndex(panel.instrument.findData("phq9"))
        panel.start_entry()
        settle()
        QApplication.processEvents()
        assert panel.entry is not None
        radios = panel.entry.findChildren(QRadioButton)
        assert len(radios) == 9 * 4 and any(r.text() == "3 几乎每天" for r in radios)
        cut = [r.text() for r in radios if r.sizeHint().width() > r.width() + 1]
        assert cut == []
        window.close()
    finally:
        app.setFont(base)
        for translator in translators:
            app.removeTranslator(translator)
        app.setProperty(LANG_PROPERTY, "en")
