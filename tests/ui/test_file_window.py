"""The file window's header and its grouped actions: the header names the file and shows its
risk, consent, open crisis and next appointment at a glance; the actions shown are those the
domain says apply (open, closed, transferred, read-only); and the file prints itself (a real
PDF) from where each document is shown."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from ui_helpers import hold_back, settle

from station_desk.domain.records import appointments, consent, crises, files, sessions
from station_desk.export.transfer import service
from station_desk.ui.printing import save as saving
from station_desk.ui.records import dialogs
from station_desk.ui.records.file_window import ClientFileView, FileWindow
from test_records_world import PASSWORD, World, full_input, world_fixture  # noqa: F401
from transfer_support import full_case, make_station

SHOTS = os.environ.get("STATION_DESK_SHOTS")  # a folder: screenshots to look at
TOMORROW = "2026-11-03"


def _view(qtbot: QtBot, session: Any, cid: int, reason: str | None = None) -> ClientFileView:
    view = ClientFileView(session, files.open_file(session, cid, reason))
    qtbot.addWidget(view)
    view.show()
    settle(qtbot)  # the file is read on the worker
    return view


def _signed(world: World, cid: int) -> sessions.SessionRecord:
    draft = sessions.save_draft(world.lin, cid, full_input(world.today, risk_level="medium"))
    return sessions.sign_session(world.lin, cid, draft.id, password=PASSWORD)


# --------------------------------------------------------------------------- the header


def test_the_header_shows_the_file_at_a_glance(qtbot: QtBot, world: World) -> None:
    cid = world.client(name="赵晓梅")
    consent.record_consent(world.lin, cid, "2026-10-30", "", True,
                           scopes=["counselling", "assessment"])
    _signed(world, cid)
    appointments.book_appointment(world.front, cid, f"{TOMORROW}T09:00", f"{TOMORROW}T09:50")
    view = _view(qtbot, world.lin, cid)
    head = view.header
    assert head.name_label.text() == "赵晓梅"
    assert head.file_no_label.text() == view.client.file_no
    assert head.status_label.text() == "Open"
    assert head.risk_chip.text() == "Risk: Medium"
    assert head.consent_chip.text() == "Consent recorded 2026-10-30"
    assert "何咨询师" not in head.consent_chip.toolTip() and "2026-10-30" in \
        head.consent_chip.toolTip()
    assert head.crisis_chip.text() == "No open crisis" and view.banner.isHidden()
    assert head.next_chip.text() == "Next appointment: 2026-11-03 Tue 09:00–09:50 · 林咨询师"

    crises.open_crisis(world.lin, cid, "high", ["suicidal_thoughts"], ["safety_plan"],
                       "夜间来电，有轻生念头，已做安全计划。")
    consent.withdraw_consent(world.lin, cid, world.today, ["counselling"], "本人电话告知")
    view.refresh()
    settle(qtbot)
    assert head.risk_chip.text() == "Risk: High"
    assert head.crisis_chip.text().startswith("Open crisis since 2026-11-02")
    assert not view.banner.isHidden()
    assert head.consent_chip.text() == ("Consent withdrawn since 2026-11-02: "
                                        "individual counselling")
    assert "new_record" not in view.bar.shown()  # the domain: no new records now


def test_a_file_without_consent_or_booking_says_so(qtbot: QtBot, world: World) -> None:
    view = _view(qtbot, world.lin, world.client())
    assert view.header.consent_chip.text() == "No informed consent recorded"
    assert view.header.next_chip.text() == "No appointment booked"
    assert view.header.risk_chip.text().startswith("Risk: ")


# --------------------------------------------------------------------------- reading


def test_the_window_shows_at_once_and_fills_when_the_read_returns(
        qtbot: QtBot, world: World) -> None:
    cid = world.client(name="赵晓梅")
    signed = _signed(world, cid)
    view = ClientFileView(world.lin, files.open_file(world.lin, cid))
    qtbot.addWidget(view)
    view.show()
    # before the worker answers: who and the risk (the opened file says so), the rest waits
    assert view.loading and view.header.name_label.text() == "赵晓梅"
    assert view.header.risk_chip.text() == "Risk: Medium"
    assert view.header.consent_chip.text() == "Working…"
    assert view.sessions_model.rowCount() == 0 and view.bar.shown() == set()
    settle(qtbot)
    assert not view.loading
    assert view.header.consent_chip.text() == "No informed consent recorded"
    assert view.selected_record() == signed and "new_record" in view.bar.shown()


def test_signing_a_record_reads_that_record_not_the_whole_file(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    cid = world.client()
    first = _signed(world, cid)
    view = _view(qtbot, world.lin, cid)
    resets: list[int] = []
    inserted: list[tuple[int, int]] = []
    view.sessions_model.modelReset.connect(lambda: resets.append(1))
    view.sessions_model.rowsInserted.connect(lambda _p, a, b: inserted.append((a, b)))

    def ask(session: Any, question: str, sign: Any, parent: Any = None) -> Any:
        dialog = dialogs.SignatureDialog(session, question, sign, parent)  # the real one
        dialog.password.setText(PASSWORD)
        dialog.accept()
        settle()  # OK runs as an operation; its notice comes from inside the editor
        return dialog.result_value
    monkeypatch.setattr(dialogs.SignatureDialog, "ask", staticmethod(ask))
    editor = view.new_session()
    monkeypatch.setattr(editor, "data", lambda: full_input(world.today, risk_level="high"))
    editor.sign()
    settle(qtbot)
    signed = editor.record
    assert signed is not None
    assert resets == [] and inserted == [(1, 1)]  # one row added, the list not read again
    assert [r.id for r in view.sessions_model.rows] == [first.id, signed.id]
    assert view.selected_record() == signed and "Signed by" in view.record_text.toPlainText()
    assert view.header.risk_chip.text() == "Risk: High"  # the header is read again whole

    # co-signing, an addendum: that row changes in place
    changed: list[int] = []
    view.sessions_model.dataChanged.connect(lambda a, _b: changed.append(a.row()))
    view.show_saved(first.id)
    settle(qtbot)
    assert changed == [0] and resets == [] and view.selected_record() == first


def test_a_long_file_opens_on_its_latest_record_in_view(qtbot: QtBot, world: World) -> None:
    cid = world.client()
    for day in range(1, 61):
        last = sessions.save_draft(world.lin, cid, full_input(world.today, plan=f"第{day}次"))
    window = FileWindow(world.lin, files.open_file(world.lin, cid))
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    settle(qtbot)
    table = window.view.sessions_view
    assert window.view.selected_record() == last
    # in view once the window has laid out what the read filled
    qtbot.waitUntil(lambda: table.viewport().rect().contains(
        table.visualRect(table.currentIndex())), timeout=2000)


def test_a_newer_read_wins_and_covers_what_the_older_asked_for(
        qtbot: QtBot, world: World) -> None:
    cid = world.client()
    first = _signed(world, cid)
    view = _view(qtbot, world.lin, cid)
    resets: list[int] = []
    view.sessions_model.modelReset.connect(lambda: resets.append(1))
    later = _signed(world, cid)  # written elsewhere (no notice reaches this window)
    view.refresh()
    view.show_saved(first.id)  # asked after: the whole list is still read, once
    settle(qtbot)
    assert resets == [1]
    assert [r.id for r in view.sessions_model.rows] == [first.id, later.id]
    assert view.selected_record() == first and not view.loading


# --------------------------------------------------------------------------- the actions


def test_an_open_file_shows_every_group(qtbot: QtBot, world: World) -> None:
    cid = world.client()
    signed = _signed(world, cid)
    view = _view(qtbot, world.lin, cid)
    assert view.selected_record() == signed  # it opens on the latest record, shown in full
    assert "Session 1" in view.record_text.toPlainText()
    assert view.bar.shown() == {
        "new_record", "rating", "book", "follow_up", "crisis", "referral", "edit_details",
        "consent", "withdraw_consent", "share", "transfer_out", "close_case",
        "subject_copy", "print_summary", "print_case", "print_assessment",
        "addendum", "print_record"}  # the last two: for the record shown
    assert view.bar.shown_groups() == ["record", "schedule", "crisis", "case", "print"]
    assert not view.tabs.record_print.isHidden()


def test_a_closed_file_shows_reopen_and_no_new_work(qtbot: QtBot, world: World) -> None:
    cid = world.client()
    files.close_case(world.lin, cid, "困扰缓解，双方同意结案。")
    view = _view(qtbot, world.lin, cid)
    assert view.bar.shown() == {"reopen", "withdraw_consent", "edit_details", "subject_copy",
                                "transfer_out", "print_summary", "print_case",
                                "print_assessment"}
    assert view.bar.shown_groups() == ["case", "print"]  # record, schedule, crisis: none
    assert view.header.status_label.text() == "Closed"


def test_a_transferred_file_shows_none_of_the_record_actions(
        qtbot: QtBot, tmp_path: Path) -> None:
    a = make_station(tmp_path / "a", "东城区职工心灵驿站", "DC-01")
    b = make_station(tmp_path / "b", "西城区职工心灵驿站", "XC-02")
    try:
        cid = full_case(a)
        service.export_case(a.lin, cid, b.key_file(), tmp_path / "case.sdtransfer")
        view = _view(qtbot, a.lin, cid)
        assert view.bar.shown() == {"edit_details", "subject_copy", "print_summary",
                                    "print_case", "print_assessment",
                                    "addendum", "print_record"}  # the record shown
        assert not view.bar.shown() & {"new_record", "rating", "book", "follow_up",
                                       "crisis", "referral", "consent"}
        assert view.transfer.banner.text().startswith("Transferred to 西城区职工心灵驿站")
    finally:
        view.close()
        a.close()
        b.close()


def test_read_only_access_shows_no_writing(qtbot: QtBot, world: World) -> None:
    cid = world.client()
    signed = _signed(world, cid)
    view = _view(qtbot, world.admin, cid, reason="咨询师离职，核实个案")
    view.select_record(signed.id)
    assert view.bar.shown() == {"transfer_out", "subject_copy"}  # the admin holds no print
    assert "read only" in view.header.marks_label.text()
    # the counsellor's supervisor reads and may write; a colleague shown the file too
    files.share_case(world.lin, cid, world.he.user.id)
    shared = _view(qtbot, world.he, cid)
    assert {"new_record", "follow_up"} <= shared.bar.shown()
    assert not shared.bar.shown() & {"share", "close_case", "transfer_out", "subject_copy"}


# --------------------------------------------------------------------------- printing


def _save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(saving.SaveDialogs, "confirm", classmethod(lambda cls, parent: True))
    monkeypatch.setattr(saving.SaveDialogs, "ask_path",
                        classmethod(lambda cls, parent, suggested: str(target)))


def _pdf_text(path: Path) -> str:
    assert path.read_bytes().startswith(b"%PDF-")
    doc = pdfium.PdfDocument(str(path))
    try:
        return "".join("".join(doc[i].get_textpage().get_text_range().split())
                       for i in range(len(doc)))
    finally:
        doc.close()


@pytest.mark.parametrize(("action", "title"), [
    ("print_summary", "心理档案摘要"), ("print_record", "心理辅导记录"),
    ("print_case", "个案全程记录"), ("print_assessment", "心理测评报告")])
def test_printing_from_the_file_saves_a_real_pdf(
        qtbot: QtBot, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        action: str, title: str) -> None:
    from station_desk.domain import assessments
    from station_desk.domain.instruments import load_all

    cid = world.client(name="钱小芳")
    signed = _signed(world, cid)
    assessments.administer(world.lin, load_all()["phq9"], cid, [1, 1, 1, 1, 0, 0, 0, 0, 0])
    view = _view(qtbot, world.lin, cid)
    view.select_record(signed.id)
    if action == "print_record":
        view.tabs.record_print.click()  # from the record pane, where the record is shown
    elif action == "print_assessment":
        view.show_assessments()
        view.tabs.assessment_print.click()  # from the assessments tab
    else:
        view.bar.action(action).trigger()
    settle(qtbot)
    dialog = view.last_preview
    assert dialog is not None
    settle(qtbot)  # the preview renders off the UI thread too
    assert dialog.preview.shown is not None
    qtbot.addWidget(dialog)
    target = tmp_path / f"{action}.pdf"
    _save_to(monkeypatch, target)
    dialog.preview.save_copy()
    settle(qtbot)
    assert dialog.preview.last_issued is not None
    text = _pdf_text(target)
    assert title in text and view.client.file_no in text
    assert world.admin.audit.query(action="print.save", limit=1)
    dialog.close()


def test_a_refused_print_is_said_once_and_writes_nothing(
        qtbot: QtBot, world: World, shown: Any) -> None:
    cid = world.client()
    view = _view(qtbot, world.lin, cid)
    view.print_document("session")  # no record chosen: nothing to print, nothing asked
    settle(qtbot)
    assert view.last_preview is None and not shown.errors
    view.bar.action("print_summary").trigger()
    settle(qtbot)
    assert view.last_preview is not None and not shown.errors
    view.last_preview.close()


# --------------------------------------------------------------------------- screenshots


@pytest.mark.skipif(not SHOTS, reason="screenshots only when asked for")
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_screenshots_of_the_file_window(qtbot: QtBot, world: World, lang: str) -> None:
    from station_desk.ui.fonts import register_bundled_font
    from station_desk.ui.i18n import LANG_PROPERTY, install_translators

    cid = world.client(name="孙建国")
    consent.record_consent(world.lin, cid, "2026-10-01", "", True,
                           scopes=["counselling", "assessment", "statistics"])
    signed = _signed(world, cid)
    appointments.book_appointment(world.front, cid, f"{TOMORROW}T09:00", f"{TOMORROW}T09:50")
    crises.open_crisis(world.lin, cid, "high", ["suicidal_thoughts"], ["safety_plan"],
                       "夜间来电，有轻生念头，已做安全计划。")
    closed = world.client(name="李秀英")
    files.close_case(world.lin, closed, "困扰缓解，双方同意结案。")
    register_bundled_font()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, lang) if lang == "zh" else []
    base = app.font()
    try:
        for scale, tag in ((1.0, "100"), (1.5, "150")):
            font = QFont(base)
            font.setPointSizeF(base.pointSizeF() * scale)
            app.setFont(font)
            for name, client_id in (("open", cid), ("closed", closed), ("read-only", cid)):
                who = world.admin if name == "read-only" else world.lin
                window = FileWindow(who, files.open_file(
                    who, client_id, "核实紧急联系人" if name == "read-only" else None))
                qtbot.addWidget(window)
                window.resize(1366, 768)
                window.show()
                settle(qtbot)
                window.view.select_record(signed.id)
                qtbot.wait(10)
                Path(SHOTS).mkdir(parents=True, exist_ok=True)
                window.grab().save(str(Path(SHOTS) / f"file-{name}-{lang}-{tag}.png"))
                if name == "open":
                    window.view.tabs.record_print.click()  # printing from the record pane
                    settle(qtbot)
                    preview = window.view.last_preview
                    assert preview is not None
                    settle(qtbot)
                    preview.resize(900, 700)
                    qtbot.wait(20)
                    preview.grab().save(str(Path(SHOTS) / f"print-record-{lang}-{tag}.png"))
                    preview.close()
                    for group, button in window.view.bar.group_buttons.items():
                        menu = button.menu()
                        menu.adjustSize()
                        menu.grab().save(str(Path(SHOTS) / f"menu-{group}-{lang}-{tag}.png"))
                window.close()
    finally:
        app.setFont(base)
        for translator in translators:
            app.removeTranslator(translator)
        app.setProperty(LANG_PROPERTY, "en")


# --------------------------------------------------------------------------- layout


def clipped(root: Any) -> list[str]:
    """Labels and buttons whose text is wider than the widget shows (one line each)."""
    from PySide6.QtWidgets import QAbstractButton

    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or label.wordWrap() or not label.text():
            continue
        text = label.text() if label.textFormat() != Qt.TextFormat.RichText else ""
        if text and label.fontMetrics().horizontalAdvance(text) > label.contentsRect().width():
            found.append(f"label {text!r}")
    for button in root.findChildren(QAbstractButton):
        if button.isVisibleTo(root) and button.text() and \
                button.sizeHint().width() > button.width() + 1:
            found.append(f"button {button.text()!r}")
    return found


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_nothing_is_clipped_at_1366_by_768_with_150_percent_text(
        qtbot: QtBot, world: World, lang: str) -> None:
    from station_desk.ui.fonts import register_bundled_font
    from station_desk.ui.i18n import LANG_PROPERTY, install_translators

    cid = world.client(name="欧阳建国")
    consent.record_consent(world.lin, cid, "2026-10-01", "", True,
                           scopes=["counselling", "assessment", "statistics"])
    signed = _signed(world, cid)
    appointments.book_appointment(world.front, cid, f"{TOMORROW}T09:00", f"{TOMORROW}T09:50")
    crises.open_crisis(world.lin, cid, "high", ["suicidal_thoughts"], ["safety_plan"],
                       "夜间来电，有轻生念头，已做安全计划。")
    register_bundled_font()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, lang) if lang == "zh" else []
    base = app.font()
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * 1.5)
    app.setFont(font)
    try:
        window = FileWindow(world.lin, files.open_file(world.lin, cid))
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        settle(qtbot)  # the file is read on the worker
        window.view.select_record(signed.id)
        qtbot.wait(20)
        bar = window.view.bar
        for group in bar.shown_groups():  # none folded away behind the toolbar's »
            assert bar.group_buttons[group].isVisible(), group
        assert clipped(window.view.header) == [] and clipped(bar) == []
        probe = QLabel("a label far too wide for its box", window.view.header)
        probe.setFixedWidth(30)  # the check itself catches a clipped label
        probe.show()
        assert clipped(window.view.header) == ["label 'a label far too wide for its box'"]
        probe.deleteLater()
        assert window.view.tabs.height() > 200  # the records still have room
        window.close()
    finally:
        app.setFont(base)
        for translator in translators:
            app.removeTranslator(translator)
        app.setProperty(LANG_PROPERTY, "en")


def test_handing_the_case_on_closes_the_window_without_a_refusal(
        qtbot: QtBot, world: World, shown: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from station_desk.ui.operations import Change, ChangeOp
    from station_desk.ui.records import dialogs

    cid = world.client()
    window = FileWindow(world.lin, files.open_file(world.lin, cid))
    qtbot.addWidget(window)
    window.show()
    settle(qtbot)

    def hand_on(session: Any, client_id: int, parent: Any = None, then: Any = None) -> None:
        ChangeOp(parent, lambda: files.transfer_case(session, client_id, world.he.user.id),
                 Change.CLIENTS).run()  # as the dialog's OK does
        settle()
        then("transfer")

    monkeypatch.setattr(dialogs.ShareDialog, "ask", staticmethod(hand_on))
    window.view.share()
    settle(qtbot)
    qtbot.wait(10)  # the notice's re-read would run now
    assert not window.isVisible() and shown.errors == []


def test_a_double_click_in_the_file_list_opens_the_file_once(qtbot: QtBot, world: World) -> None:
    from PySide6.QtTest import QTest

    from station_desk.ui.records.client_list import ClientListPage

    cid = world.client(name="赵晓梅")
    page = ClientListPage(world.lin)
    qtbot.addWidget(page)
    page.show()
    page.query.setText("赵晓梅")
    settle(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    opened: list[int] = []
    real = page.open_client

    def counting(client_id: int) -> Any:
        opened.append(client_id)
        return real(client_id)
    page.open_client = counting  # type: ignore[method-assign]
    center = page.view.visualRect(page.model.index(0, 0)).center()
    QTest.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, center)
    QTest.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, center)
    settle(qtbot)
    assert opened == [cid] and isinstance(page.last_window, FileWindow)
    page.last_window.close()


def _open_from_a_page(qtbot: QtBot, world: World, cid: int) -> list[Any]:
    """`open_file_window` from a shown page, as every screen opens a file; what it opened."""
    from PySide6.QtWidgets import QWidget

    from station_desk.ui.records.file_window.opening import open_file_window

    page = QWidget()
    qtbot.addWidget(page)
    page.show()
    opened: list[Any] = []
    open_file_window(page, world.lin, cid, opened.append)
    return opened


def test_a_file_window_appears_with_its_file_read(qtbot: QtBot, world: World) -> None:
    """Read while it is built and shown once read: its first paint is the file, not an empty
    window painted again a moment later."""
    cid = world.client(name="赵晓梅")
    signed = _signed(world, cid)
    opened = _open_from_a_page(qtbot, world, cid)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    window = opened[0]
    qtbot.addWidget(window)
    assert isinstance(window, FileWindow) and window.isVisible()
    assert not window.view.loading and window.view.selected_record() == signed


def test_a_slow_read_shows_the_window_first(qtbot: QtBot, world: World,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A file of thousands of records takes a while to read: the window does not wait for
    it longer than a moment, and fills in when the read is done."""
    from station_desk.ui.records.file_window import opening
    from station_desk.ui.records.file_window import view as view_module

    cid = world.client(name="赵晓梅")
    _signed(world, cid)
    release = hold_back(monkeypatch, view_module, "read_file")
    opened = _open_from_a_page(qtbot, world, cid)
    qtbot.waitUntil(lambda: bool(opened), timeout=2000 + opening.SHOW_UNREAD_AFTER_MS)
    window = opened[0]
    qtbot.addWidget(window)
    assert window.isVisible() and window.view.loading
    release.set()
    settle(qtbot)
    assert not window.view.loading and window.view.sessions_model.rowCount() == 1
    assert opened == [window]  # shown once, not again when the read came


def test_a_file_handed_on_before_its_read_never_shows(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """The read finds the case was handed on (nothing of it is this user's to see): the
    window closes without having been shown, and is not shown by the moment's wait."""
    from station_desk.ui.records.file_window import opening
    from station_desk.ui.records.file_window import view as view_module

    cid = world.client(name="赵晓梅")
    monkeypatch.setattr(view_module, "read_file", lambda *_a, **_k: None)
    opened = _open_from_a_page(qtbot, world, cid)
    settle(qtbot)
    qtbot.wait(2 * opening.SHOW_UNREAD_AFTER_MS)
    assert opened == []
    assert not any(isinstance(w, FileWindow) and w.isVisible()
                   for w in QApplication.topLevelWidgets())
