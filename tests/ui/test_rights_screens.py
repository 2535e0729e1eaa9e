"""A worker's rights in the file window: the consent dialog (structured), withdrawal, and the
copy-for-the-worker button, offscreen with a real vault and a real PDF."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import off_the_ui_thread, settle, watch_threads

from station_desk.domain.records import consent, files, sessions
from station_desk.domain.records import subject_copy as copy_rules
from station_desk.ui.records import dialogs, rights
from station_desk.ui.records.file_window import ClientFileView
from test_records_world import PASSWORD, World, full_input, world_fixture  # noqa: F401

SHOTS = os.environ.get("STATION_DESK_SHOTS")  # a folder: screenshots to look at


def _shot(widget: Any, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _signed(world: World, cid: int, day: dt.date, **changes: object) -> int:
    record = sessions.save_draft(world.lin, cid, full_input(day, **changes))
    sessions.sign_session(world.lin, cid, record.id, password=PASSWORD)
    return record.id


def test_consent_dialog_records_scopes_and_who_explained(qtbot: QtBot, world: World) -> None:
    cid = world.client()
    view = ClientFileView(world.lin, files.open_file(world.lin, cid))
    settle()  # the file is read on the worker
    qtbot.addWidget(view)
    assert "No informed consent" in view.header.consent_chip.text()
    dialog = dialogs.ConsentDialog(world.lin, cid, view,
                                   staff=consent.staff(world.lin))
    qtbot.addWidget(dialog)
    assert dialog.scopes.codes() == ["counselling", "assessment", "statistics"]
    dialog.scopes.set_codes(["counselling", "hotline"])
    dialog.explained_by.setCurrentIndex(dialog.explained_by.findData(world.he.user.id))
    dialog.accept()  # limits not ticked: refused inline
    settle()
    assert dialog.result_value is None and dialog.error.text()
    dialog.limits.setChecked(True)
    dialog.scopes.set_codes([])
    dialog.accept()
    settle()
    assert dialog.result_value is None and dialog.error.text()  # nothing ticked
    dialog.scopes.set_codes(["counselling", "hotline"])
    _shot(dialog, "consent-dialog")
    dialog.accept()
    settle()
    form = dialog.result_value
    assert form.scopes == ("counselling", "hotline") and form.explained_by_name == "何咨询师"
    view.refresh()
    settle()
    assert "何咨询师" in view.header.consent_line.text()


def test_withdrawal_shows_on_the_file_and_stops_new_records(qtbot: QtBot, world: World,
                                                            shown: Any) -> None:
    cid = world.client()
    consent.record_consent(world.lin, cid, "2026-10-01", "", True, scopes=["counselling"])
    view = ClientFileView(world.lin, files.open_file(world.lin, cid))
    settle()  # the file is read on the worker
    qtbot.addWidget(view)
    assert "withdraw_consent" in view.bar.shown()
    dialog = rights.WithdrawDialog(world.lin, cid, view)
    qtbot.addWidget(dialog)
    assert set(dialog.scopes.codes()) == set(consent.SCOPES)
    dialog.scopes.set_codes(["counselling", "statistics"])
    dialog.note.setText("本人电话告知")
    _shot(dialog, "withdraw-dialog")
    dialog.accept()
    settle()
    assert dialog.result_value is not None
    view.refresh()
    settle()
    line = view.header.consent_chip.text()
    assert "2026-11-02" in line and "withdrawn" in line
    assert "new_record" not in view.bar.shown()  # the screen no longer offers it
    from station_desk.errors import StationDeskError

    with pytest.raises(StationDeskError) as info:
        sessions.save_draft(world.lin, cid, full_input(dt.date(2026, 11, 2)))
    assert info.value.code == "consent_withdrawn"


def test_the_copy_button_makes_the_pdf_and_lists_the_request(
        qtbot: QtBot, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        shown: Any) -> None:
    cid = world.client(name="孙工人")
    _signed(world, cid, dt.date(2026, 10, 20), complaint="提到妻子的病情细节")
    _signed(world, cid, dt.date(2026, 10, 27), complaint="第二次谈工作调岗")
    view = ClientFileView(world.lin, files.open_file(world.lin, cid))
    settle()  # the file is read on the worker
    qtbot.addWidget(view)
    assert "subject_copy" in view.bar.shown()
    out = tmp_path / "copy"
    monkeypatch.setattr(rights.SubjectCopyDialog, "ask_path",
                        classmethod(lambda cls, parent, client: str(out)))

    read_on = watch_threads(monkeypatch, copy_rules, "items")

    def fill(dialog: Any) -> int:  # the form as it opens, after its read on the worker
        qtbot.addWidget(dialog)
        dialog.set_withheld("session-1.complaint", "")
        dialog.accept()  # no reason: refused inline, nothing written
        settle()
        assert dialog.result_value is None and dialog.error.text()
        assert not out.with_suffix(".pdf").exists()
        dialog.set_withheld("session-1.complaint", "涉及配偶的健康信息")
        _shot(dialog, "subject-copy-dialog")
        dialog.accept()
        settle()
        return 1

    monkeypatch.setattr(dialogs, "run_modal", fill)
    view.bar.action("subject_copy").trigger()
    settle()
    assert off_the_ui_thread(read_on)
    pdf = out.with_suffix(".pdf")
    doc = pdfium.PdfDocument(str(pdf))
    text = "".join("".join(doc[i].get_textpage().get_text_range().split())
                   for i in range(len(doc)))
    doc.close()
    assert "第二次谈工作调岗" in text and "妻子的病情" not in text and "涉及配偶的健康信息" in text
    assert shown.infos and str(pdf) in shown.infos[-1]
    assert view.copies_model.rowCount() == 1
    given = copy_rules.copies(world.lin, cid)[0]
    assert view.copies_model.data(view.copies_model.index(0, 3)) == given.doc_no
    _shot(view, "file-window")


def test_only_the_files_counsellor_gets_an_active_copy_button(qtbot: QtBot,
                                                              world: World) -> None:
    from station_desk.domain.records import files

    cid = world.client()
    files.share_case(world.lin, cid, world.he.user.id)
    view = ClientFileView(world.he, files.open_file(world.he, cid))
    settle()  # the file is read on the worker
    qtbot.addWidget(view)
    assert "subject_copy" not in view.bar.shown()  # a colleague the case is shared with


@pytest.mark.skipif(not SHOTS, reason="screenshots only when asked for")
def test_screenshots_at_1366_and_150_percent(qtbot: QtBot, world: World) -> None:
    cid = world.client(name="孙工人")
    _signed(world, cid, dt.date(2026, 10, 20))
    consent.record_consent(world.lin, cid, "2026-10-01", "", True,
                           scopes=["counselling", "assessment", "statistics"])
    consent.withdraw_consent(world.lin, cid, "2026-11-01", ["statistics"])
    from station_desk.ui.fonts import register_bundled_font
    from station_desk.ui.i18n import LANG_PROPERTY, install_translators

    register_bundled_font()
    app = QApplication.instance()
    translators = install_translators(app, "zh")
    base = app.font()
    staff = consent.staff(world.lin)
    for scale, tag in ((1.0, "100"), (1.5, "150")):
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * scale)
        app.setFont(font)
        view = ClientFileView(world.lin, files.open_file(world.lin, cid))
        settle()  # the file is read on the worker
        qtbot.addWidget(view)
        view.resize(1366, 768)
        view.tabs.setCurrentIndex(view.tabs.count() - 1)
        _shot(view, f"file-{tag}")
        for name, dialog in (("consent", dialogs.ConsentDialog(world.lin, cid, view,
                                                               staff=staff)),
                             ("withdraw", rights.WithdrawDialog(world.lin, cid, view)),
                             ("copy", rights.SubjectCopyDialog(world.lin, view.client, view))):
            qtbot.addWidget(dialog)
            dialog.adjustSize()
            _shot(dialog, f"{name}-{tag}")
    app.setFont(base)
    for translator in translators:
        app.removeTranslator(translator)
    app.setProperty(LANG_PROPERTY, "en")


def test_registration_records_a_structured_consent(qtbot: QtBot, world: World) -> None:
    from station_desk.ui.records.register_dialog import RegisterVisitorDialog

    register = RegisterVisitorDialog(world.front)
    qtbot.addWidget(register)
    register.name.setText("钱登记")
    register.consent_box.setChecked(True)
    register.limits.setChecked(True)
    register.consent_scopes.set_codes(["counselling", "recording"])
    register.accept()
    settle()
    assert register.result_entry is not None
    form = consent.latest_consent(world.admin, register.result_entry.id)
    assert form is not None and form.structured
    assert form.scopes == ("counselling", "recording") and form.explained_by_name == "前台苏"
