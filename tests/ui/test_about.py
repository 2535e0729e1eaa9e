"""Help → About: shows the version, and the licences of the bundled font and libraries."""

from __future__ import annotations

from station_desk import __version__
from station_desk.ui import about
from station_desk.ui.about import AboutDialog, components


def test_about_shows_version_and_font_licence(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.version_text()
    assert __version__ in dialog.heading.text()
    # The font is selected when the dialog opens, with its COPYRIGHT file shown.
    current = dialog.component_list.currentItem().text()
    assert "WenQuanYi" in current and "Apache-2.0" in current
    text = dialog.license_text.toPlainText()
    assert "WenQuanYi" in text and "Apache License" in text
    assert "wenq.org" in dialog.link_label.text()


def test_about_lists_every_library_with_its_text(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    names = [dialog.component_list.item(i).text() for i in range(dialog.component_list.count())]
    for expected in ("PySide6", "SQLCipher", "sqlcipher3", "argon2-cffi", "cryptography",
                     "ReportLab"):
        assert any(expected in name for name in names), expected
    assert any("LGPL-3.0" in name for name in names)
    assert any("Zlib" in name for name in names)
    for row in range(dialog.component_list.count()):
        dialog.component_list.setCurrentRow(row)
        text = dialog.license_text.toPlainText()
        assert len(text) > 200 and "not found]" not in text, names[row]


def test_component_files_resolve() -> None:
    for item in components():
        for path in item.files:
            assert path.is_file(), path


def test_ask_runs_and_cleans_up(qtbot, monkeypatch) -> None:
    shown: list[AboutDialog] = []
    monkeypatch.setattr(about, "run_modal", lambda dialog: shown.append(dialog) or 0)
    AboutDialog.ask(None)
    assert len(shown) == 1
