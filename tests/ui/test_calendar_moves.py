"""The appointments calendar: overlapping bookings side by side, each readable, and moving a
booking by dragging it with the mouse, which the domain checks (a past time, a taken
counsellor: refused; another booking at that time: asked first) and audits."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from ui_helpers import settle

from station_desk.domain import accounts
from station_desk.domain.records import appointments
from station_desk.domain.records.appointments import Appointment
from station_desk.ui.records.appointment_grid import Block, lay_out
from station_desk.ui.records.appointments_page import AppointmentsPage
from station_desk.ui.records.calendar_view import CalendarView
from test_records_world import World, world_fixture  # noqa: F401

DAY = "2026-11-03"  # the world's clock: 2026-11-02 17:00 station time; its week is shown


def _uid(world: World, username: str) -> int:
    return int(accounts.get_user(world.admin, username).id)


def _item(number: int) -> Appointment:
    return Appointment(number, 1, "F", f"来访者{number}", None, "", f"{DAY}T09:00",
                       f"{DAY}T09:50", "", "booked")


def _lanes(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    placed = {b.item.id: b for b in lay_out(
        [Block(_item(n), 0, top, bottom) for n, (top, bottom) in enumerate(spans)])}
    return [(placed[n].lane, placed[n].lanes) for n in range(len(spans))]


def test_overlapping_bookings_share_the_column_out_in_lanes() -> None:
    # alone: the whole column
    assert _lanes([(2, 3), (6, 7)]) == [(0, 1), (0, 1)]
    # two at once: half each
    assert _lanes([(2, 3), (2, 4)]) == [(1, 2), (0, 2)]  # the longer one stands left
    # a chain (A overlaps B, B overlaps C, A not C): C takes A's lane back, two lanes in all
    assert _lanes([(2, 3), (3, 4), (4, 5)]) == [(0, 2), (1, 2), (0, 2)]
    # three at once: thirds; a later booking on its own is whole again
    assert _lanes([(2, 3), (2, 3), (3, 4), (9, 9)]) == [(0, 3), (1, 3), (2, 3), (0, 1)]


def _page(qtbot: QtBot, world: World) -> AppointmentsPage:
    page = AppointmentsPage(world.front)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.span.setCurrentIndex(1)  # the week
    settle()
    return page


def _rect(page: AppointmentsPage, item: Appointment) -> Any:
    block = page.calendar.blocks[item.id]
    page.grid.scrollTo(page.calendar.index(block.top, block.column))
    return page.grid.block_rect(page.calendar.blocks[item.id])


def _slot(page: AppointmentsPage, day: str, time: str) -> Any:
    row = [page.calendar.slot_time(r) for r in range(page.calendar.rowCount())].index(time)
    column = (dt.date.fromisoformat(day) - page.first_day()).days
    return page.calendar.index(row, column)


def _drag(page: AppointmentsPage, item: Appointment, day: str, time: str) -> None:
    """Press on the booking's first slot, move in steps, release on the slot at `time`."""
    grid: CalendarView = page.grid
    start = _rect(page, item).topLeft() + QPoint(8, 4)
    target = grid.visualRect(_slot(page, day, time)).topLeft() + QPoint(8, 4)
    viewport = grid.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(12, 12))
    QTest.mouseMove(viewport, target)
    assert grid.drop_preview is not None
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       target)
    settle()


def test_overlapping_bookings_stand_side_by_side_each_readable(
        qtbot: QtBot, world: World) -> None:
    first = world.client(name="张一")
    second = world.client(name="李二")
    third = world.client(name="王三")
    lin, he = _uid(world, "lin"), _uid(world, "he")
    a = appointments.book_appointment(world.front, first, f"{DAY}T10:00", f"{DAY}T10:50",
                                      counsellor_id=lin, room="")
    b = appointments.book_appointment(world.front, second, f"{DAY}T10:30", f"{DAY}T11:20",
                                      counsellor_id=he, room="")
    c = appointments.book_appointment(world.front, third, f"{DAY}T14:00", f"{DAY}T14:50",
                                      counsellor_id=he, room="")
    page = _page(qtbot, world)
    ra, rb, rc = _rect(page, a), _rect(page, b), _rect(page, c)
    assert not ra.intersects(rb)  # neither hides the other
    assert ra.width() == rb.width() or abs(ra.width() - rb.width()) <= 1
    column = page.grid.visualRect(_slot(page, DAY, "10:00"))
    assert rc.width() > column.width() * 0.9  # alone: the whole day's column
    assert ra.width() > column.width() * 0.4
    metrics = page.grid.fontMetrics()
    for rect, name in ((ra, "张一"), (rb, "李二")):  # the time and the name fit its lane
        assert metrics.horizontalAdvance(name) <= rect.width() - 9
        assert rect.height() >= 2 * metrics.height()
    # both are named in the slot they share, for a screen reader
    shared = _slot(page, DAY, "10:30").data()
    assert "张一" in shared and "李二" in shared
    # a click chooses the booking under the pointer, not the first of the slot
    QTest.mouseClick(page.grid.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rb.center())
    assert page.selected() == b
    QTest.mouseClick(page.grid.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, _rect(page, a).center())
    assert page.selected() == a
    # without a mouse: Space chooses the next booking of the shared slot
    page.grid.setFocus()
    page.grid.setCurrentIndex(_slot(page, DAY, "10:30"))
    chosen = page.selected()
    QTest.keyClick(page.grid, Qt.Key.Key_Space)
    assert page.selected() is not None and page.selected() != chosen
    assert {chosen.id, page.selected().id} == {a.id, b.id}  # type: ignore[union-attr]


def test_dragging_a_booking_moves_it_through_the_domain(
        qtbot: QtBot, world: World, shown: Any) -> None:
    cid = world.client()
    item = appointments.book_appointment(world.front, cid, f"{DAY}T09:10", f"{DAY}T10:00")
    page = _page(qtbot, world)
    _drag(page, item, "2026-11-04", "11:00")  # the next day, two hours later
    moved = appointments.get_appointment(world.front, item.id)
    # the minutes past the slot are kept: a move to another day keeps the time exactly
    assert (moved.starts_at, moved.ends_at) == ("2026-11-04T11:10", "2026-11-04T12:00")
    assert not shown.questions and not shown.errors
    entries = world.admin.audit.query(action="appointment.move")
    assert len(entries) == 1
    assert page.selected() is not None and page.selected().id == item.id
    assert page.grid.drop_preview is None
    assert page.calendar.first_slot(item.id) == (_slot(page, "2026-11-04", "11:00").row(), 2)
    # the past is refused by the domain, with its reason; nothing moves
    _drag(page, moved, "2026-11-02", "09:00")
    assert shown.errors
    assert appointments.get_appointment(world.front, item.id).starts_at == "2026-11-04T11:10"
    assert len(world.admin.audit.query(action="appointment.move")) == 1


def test_a_drop_on_an_occupied_slot_asks_first_and_a_taken_counsellor_refuses(
        qtbot: QtBot, world: World, shown: Any) -> None:
    mine = world.client(name="张一")
    other = world.client(name="李二")
    lin, he = _uid(world, "lin"), _uid(world, "he")
    item = appointments.book_appointment(world.front, mine, f"{DAY}T09:00", f"{DAY}T09:50",
                                         counsellor_id=lin, room="")
    beside = appointments.book_appointment(world.front, other, f"{DAY}T14:00",
                                           f"{DAY}T14:50", counsellor_id=he, room="")
    page = _page(qtbot, world)
    # another counsellor's booking there: asked, naming it; no leaves it where it was
    shown.answer = False
    _drag(page, item, DAY, "14:00")
    assert shown.questions and "李二" in shown.questions[-1] and "何咨询师" in shown.questions[-1]
    assert appointments.get_appointment(world.front, item.id).starts_at == f"{DAY}T09:00"
    shown.answer = True
    _drag(page, item, DAY, "14:00")
    assert appointments.get_appointment(world.front, item.id).starts_at == f"{DAY}T14:00"
    assert len(shown.questions) == 2
    # the same counsellor already booked: the domain refuses, without asking
    appointments.move_appointment(world.front, beside.id, "2026-11-05T14:00",
                                  "2026-11-05T14:50", counsellor_id=lin)
    page.refresh()
    settle()
    moved = appointments.get_appointment(world.front, item.id)
    _drag(page, moved, "2026-11-05", "14:00")
    assert len(shown.questions) == 2 and shown.errors
    assert "林咨询师" in shown.errors[-1]
    assert appointments.get_appointment(world.front, item.id).starts_at == f"{DAY}T14:00"


def test_a_booking_that_is_not_booked_any_more_does_not_move(
        qtbot: QtBot, world: World, shown: Any) -> None:
    cid = world.client()
    item = appointments.book_appointment(world.front, cid, f"{DAY}T09:00", f"{DAY}T09:50")
    appointments.mark_attendance(world.front, item.id, appointments.LATE_CANCEL)
    page = _page(qtbot, world)
    grid = page.grid
    start = _rect(page, item).topLeft() + QPoint(8, 4)
    target = grid.visualRect(_slot(page, DAY, "15:00")).topLeft() + QPoint(8, 4)
    QTest.mousePress(grid.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(grid.viewport(), start + QPoint(12, 12))
    QTest.mouseMove(grid.viewport(), target)
    assert grid.drop_preview is None
    QTest.mouseRelease(grid.viewport(), Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier, target)
    settle()
    assert appointments.get_appointment(world.front, item.id).starts_at == f"{DAY}T09:00"
    assert not shown.errors and not shown.questions


def test_the_move_form_asks_the_same_before_an_occupied_time(
        qtbot: QtBot, world: World, shown: Any) -> None:
    """The keyboard's way to a move (Move… on the chosen booking) is checked as a drag is:
    another booking at the new time is named first; a taken counsellor is refused in the
    form."""
    from PySide6.QtCore import QTime

    from station_desk.ui.records.appointment_dialog import AppointmentDialog

    mine = world.client(name="张一")
    other = world.client(name="李二")
    lin, he = _uid(world, "lin"), _uid(world, "he")
    item = appointments.book_appointment(world.front, mine, f"{DAY}T09:00", f"{DAY}T09:50",
                                         counsellor_id=lin, room="")
    appointments.book_appointment(world.front, other, f"{DAY}T14:00", f"{DAY}T14:50",
                                  counsellor_id=he, room="")
    dialog = AppointmentDialog(world.front, None, item, None)
    qtbot.addWidget(dialog)
    dialog.start.setTime(QTime(14, 0))
    shown.answer = False
    dialog.accept()
    settle()
    assert shown.questions and "李二" in shown.questions[-1]
    assert dialog.result_value is None
    assert appointments.get_appointment(world.front, item.id).starts_at == f"{DAY}T09:00"
    shown.answer = True
    dialog.accept()
    settle()
    assert dialog.result_value is not None
    assert appointments.get_appointment(world.front, item.id).starts_at == f"{DAY}T14:00"
    # with the other booking's counsellor: refused in the form, no question
    again = AppointmentDialog(world.front, None,
                              appointments.get_appointment(world.front, item.id), None)
    qtbot.addWidget(again)
    again.counsellor.setCurrentIndex(again.counsellor.findData(he))
    asked = len(shown.questions)
    again.accept()
    settle()
    assert len(shown.questions) == asked and again.result_value is None
    assert again.error.text()


def test_the_calendar_rows_grow_with_the_text_size(qtbot: QtBot, world: World) -> None:
    """Two lines to a half hour at any text size, also after a change while it is shown."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from station_desk.ui.fonts import FontScaler

    page = _page(qtbot, world)
    rows = page.grid.verticalHeader()
    before = rows.defaultSectionSize()
    assert before >= 2 * page.grid.fontMetrics().lineSpacing()
    scaler = FontScaler()
    try:
        scaler.apply(1.5)
        QApplication.sendPostedEvents(None, QEvent.Type.FontChange)
        QApplication.processEvents()
        assert rows.defaultSectionSize() > before
        assert rows.defaultSectionSize() >= 2 * page.grid.fontMetrics().lineSpacing()
    finally:
        scaler.apply(1.0)
        QApplication.processEvents()


def test_the_booking_form_asks_the_same_before_an_occupied_time(
        qtbot: QtBot, world: World, shown: Any) -> None:
    """A new booking (the appointments page's Book…, the file's Book…, the booking offered
    after a record) is checked as a move is: other bookings at that time are named and the
    booking waits for a yes; a taken counsellor or room is refused in the form."""
    from PySide6.QtCore import QTime

    from station_desk.domain.records import files
    from station_desk.ui.records.appointment_dialog import AppointmentDialog

    mine = world.client(name="张一")
    other = world.client(name="李二")
    lin, he = _uid(world, "lin"), _uid(world, "he")
    appointments.book_appointment(world.front, other, f"{DAY}T14:00", f"{DAY}T14:50",
                                  counsellor_id=he, room="")
    entry = files.directory_rows(world.front, [mine])[0]
    dialog = AppointmentDialog(world.front, entry, None, dt.date.fromisoformat(DAY))
    qtbot.addWidget(dialog)
    dialog.start.setTime(QTime(14, 0))
    dialog.room.set_code("")
    shown.answer = False
    dialog.accept()
    settle()
    assert shown.questions and "李二" in shown.questions[-1] and "张一" in shown.questions[-1]
    assert "Move" not in shown.questions[-1] and "改到" not in shown.questions[-1]  # a booking
    assert dialog.result_value is None
    assert appointments.client_appointments(world.front, mine) == []
    shown.answer = True
    dialog.accept()
    settle()
    assert dialog.result_value is not None
    assert [a.starts_at for a in appointments.client_appointments(world.front, mine)] == [
        f"{DAY}T14:00"]
    # with the other booking's counsellor: refused in the form with the reason, no question
    again = AppointmentDialog(world.front, entry, None, dt.date.fromisoformat(DAY))
    qtbot.addWidget(again)
    again.start.setTime(QTime(14, 20))
    again.counsellor.setCurrentIndex(again.counsellor.findData(he))
    asked = len(shown.questions)
    again.accept()
    settle()
    assert len(shown.questions) == asked and again.result_value is None
    assert "何咨询师" in again.error.text()
    # the file's own counsellor, free then: booked without a question
    again.counsellor.setCurrentIndex(again.counsellor.findData(lin))
    again.start.setTime(QTime(16, 0))
    again.accept()
    settle()
    assert len(shown.questions) == asked and again.result_value is not None
