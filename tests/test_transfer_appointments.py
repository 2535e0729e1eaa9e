"""A file sent to another station takes its future bookings with it: they are cancelled here
with the reason "transferred" (audited, the sender told how many), the room and the
counsellor's hour are free again, the file takes no new booking, and the receiving station
learns when the worker was next expected. The transfer document keeps its version: a
document from an older sender, without that key, still imports."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest

from helpers import expect_error
from station_desk.cli.main import main
from station_desk.domain.audit_text import AuditWords
from station_desk.domain.clock import STATION_TZ, system_clock
from station_desk.domain.records import appointments, files, transfer
from station_desk.export.transfer import service
from test_records_world import PASSWORD
from transfer_support import full_case, make_station


@pytest.fixture
def stations(tmp_path: Path):
    a = make_station(tmp_path / "a", "东城区职工心灵驿站", "DC-01")
    b = make_station(tmp_path / "b", "西城区职工心灵驿站", "XC-02")
    yield a, b
    a.close()
    b.close()


def test_future_bookings_are_cancelled_and_announced(stations, tmp_path: Path) -> None:
    a, b = stations  # the clocks stand at 2026-11-02 17:00 station time
    cid = full_case(a)
    earlier = appointments.book_appointment(a.admin, cid, "2026-11-02T17:30", "2026-11-02T18:20")
    first = appointments.book_appointment(a.admin, cid, "2026-11-03T09:00", "2026-11-03T09:50",
                                          room="counselling")
    second = appointments.book_appointment(a.admin, cid, "2026-11-09T10:00", "2026-11-09T10:50",
                                           counsellor_id=a.he.user.id)
    a.clock.advance(hours=1)  # the 17:30 booking has begun: it stays for attendance
    sent = service.export_case(a.lin, cid, b.key_file(), tmp_path / "case.sdtransfer")
    assert sent.cancelled == ("2026-11-03 09:00", "2026-11-09 10:00")

    assert appointments.get_appointment(a.admin, earlier.id).status == "booked"
    for item in (first, second):
        now = appointments.get_appointment(a.admin, item.id)
        assert (now.status, now.cancel_reason) == ("cancelled", appointments.TRANSFERRED)
    entries = [e for e in a.admin.audit.query(action="appointment.cancel")]
    assert sorted(json.loads(e.detail)["appointment"] for e in entries) == [first.id, second.id]
    assert all(json.loads(e.detail)["reason"] == "transferred" for e in entries)
    assert "档案已转至其他服务站" in AuditWords.load(a.admin).details(entries[0].detail)

    # The hour and the room are free again; the file that left takes no new booking.
    other = files.register_visitor(a.lin, files.ClientInput(
        name="王小红", gender="female", phone="139 0000 5678", employer="示例市某某机械厂",
        industry="manufacturing")).id
    appointments.book_appointment(a.admin, other, "2026-11-03T09:00", "2026-11-03T09:50",
                                  room="counselling")
    expect_error("transfer_closed_file", appointments.book_appointment, a.admin, cid,
                 "2026-11-04T09:00", "2026-11-04T09:50")
    expect_error("transfer_closed_file", appointments.move_appointment, a.admin, earlier.id,
                 "2026-11-04T09:00", "2026-11-04T09:50")
    # The booking begun before the transfer is still marked as it went.
    assert appointments.mark_attendance(a.admin, earlier.id, "attended").status == "attended"

    # The receiving station sees when the worker was expected next, by whom.
    incoming = service.open_incoming(b.admin, (tmp_path / "case.sdtransfer").read_bytes())
    assert incoming.document["next_appointments"] == [
        {"starts_at": "2026-11-03T09:00", "ends_at": "2026-11-03T09:50",
         "counsellor": "林咨询师"},
        {"starts_at": "2026-11-09T10:00", "ends_at": "2026-11-09T10:50",
         "counsellor": "何咨询师"}]
    assert incoming.document["version"] == transfer.DOCUMENT_VERSION == 1


def test_a_document_from_an_older_sender_still_imports(stations, tmp_path: Path) -> None:
    a, b = stations
    cid = full_case(a)
    service.export_case(a.lin, cid, b.key_file(), tmp_path / "case.sdtransfer")
    incoming = service.open_incoming(b.admin, (tmp_path / "case.sdtransfer").read_bytes())
    older = {k: v for k, v in incoming.document.items() if k != "next_appointments"}
    entry = transfer.receive(b.admin, older, sender=incoming.sender,
                             transfer_id=incoming.transfer_id, sha256=incoming.sha256,
                             sent_at=incoming.sent_at)
    assert entry.status == "open"
    kept = json.loads(b.admin.db.scalar("SELECT history FROM transfer_histories"
                                        " WHERE client_id = ?", (entry.id,)))
    assert "next_appointments" not in kept and len(kept["sessions"]) == 2


def test_the_command_line_says_how_many_were_cancelled(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    a = make_station(tmp_path / "a", "东城区职工心灵驿站", "DC-01")
    b = make_station(tmp_path / "b", "西城区职工心灵驿站", "XC-02")
    a.clock.now = system_clock()  # the command runs on the real clock
    cid = full_case(a)
    start = (a.clock() + dt.timedelta(hours=32)).astimezone(STATION_TZ).replace(tzinfo=None)
    booked = appointments.book_appointment(a.admin, cid, start,
                                           start + dt.timedelta(minutes=50))
    (tmp_path / "b.key").write_bytes(b.key_file())
    file_no = appointments.get_appointment(a.admin, booked.id).file_no
    a.close()
    b.close()
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    code = main(["transfer", "export", "--vault", str(tmp_path / "a"), "--user", "lin",
                 "--password-stdin", "--file", file_no, "--to", str(tmp_path / "b.key"),
                 "--out", str(tmp_path / "case.sdtransfer")])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert f"1 次咨询已取消（原因：已转至其他服务站）：{booked.shown_start}" in out
