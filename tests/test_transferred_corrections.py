"""The rule for a file that has left the station: it takes nothing new, but its signed records
can still be corrected by an addendum (the station holds them until retention; the worker's
right to a correction, PIPL art. 46, stays with it). The file window offers exactly that, the
domain enforces it, and the audit entry of such a correction names the station the file went
to, since the copy there is not corrected with it."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import expect_error
from station_desk.domain.audit_text import AuditWords
from station_desk.domain.records import appointments, file_actions, files, followups, sessions
from station_desk.export.transfer import service
from test_records_world import full_input
from transfer_support import full_case, make_station


def test_a_transferred_file_takes_corrections_and_nothing_new(tmp_path: Path) -> None:
    a = make_station(tmp_path / "a", "东城区职工心灵驿站", "DC-01")
    b = make_station(tmp_path / "b", "西城区职工心灵驿站", "XC-02")
    try:
        cid = full_case(a)
        signed = sessions.list_sessions(a.lin, cid)[0]
        before = sessions.add_addendum(a.lin, signed.id, "转出前的更正。")
        service.export_case(a.lin, cid, b.key_file(), tmp_path / "case.sdtransfer")

        client = files.open_file(a.lin, cid)
        offered = file_actions.file_actions(a.lin, client)
        adding = {file_actions.NEW_RECORD, file_actions.BOOK, file_actions.FOLLOW_UP,
                  file_actions.CRISIS, file_actions.REFERRAL, file_actions.CONSENT,
                  file_actions.RATING, file_actions.REOPEN, file_actions.TRANSFER_OUT}
        assert not offered & adding
        assert file_actions.ADDENDUM in file_actions.record_actions(a.lin, client, signed)

        # The domain says the same as the window: nothing new, corrections yes.
        expect_error("file_transferred_out", sessions.save_draft, a.lin, cid,
                     full_input(a.today))
        expect_error("file_transferred_out", followups.schedule_followup, a.lin, cid, None,
                     "phone")
        expect_error("transfer_closed_file", appointments.book_appointment, a.admin, cid,
                     "2026-11-05T09:00", "2026-11-05T09:50")
        after = sessions.add_addendum(a.lin, signed.id, "转出后更正：工龄为 12 年。")
        assert [x.text for x in sessions.get_session(a.lin, signed.id).addenda][-2:] == [
            before.text, after.text]

        entries = a.admin.audit.query(action="session.addendum")
        details = [json.loads(e.detail) for e in entries]
        assert sorted(d.get("after_transfer", "") for d in details) == [
            "", "", "西城区职工心灵驿站"]  # full_case's own addendum, the one before, after
        newest = next(e for e in entries if "after_transfer" in json.loads(e.detail))
        assert "西城区职工心灵驿站" in AuditWords.load(a.admin).details(newest.detail)
    finally:
        a.close()
        b.close()
