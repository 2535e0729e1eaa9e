"""Bookings and transfers on screen: the sender's confirmation says which bookings here were
cancelled with the transfer, and the receiving station's history says when the worker was
expected next at the station they came from."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from station_desk.domain.records import appointments, transfer
from station_desk.export.transfer import service
from station_desk.ui.records.transfer_action import HistoryDialog, SendTransferDialog
from transfer_support import full_case, make_station


def test_the_sender_is_told_and_the_receiver_sees_when(qtbot: QtBot, shown: Any,
                                                       tmp_path: Path) -> None:
    a = make_station(tmp_path / "a", "东城区职工心灵驿站", "DC-01")
    b = make_station(tmp_path / "b", "西城区职工心灵驿站", "XC-02")
    try:
        cid = full_case(a)
        appointments.book_appointment(a.admin, cid, "2026-11-03T09:00", "2026-11-03T09:50")
        sent = service.export_case(a.lin, cid, b.key_file(), tmp_path / "case.sdtransfer")
        dialog = SendTransferDialog(a.lin, cid, sent.file_no)
        qtbot.addWidget(dialog)
        dialog.after_save(sent)
        told = shown.infos[-1]
        assert "1 appointment" in told and "cancelled: 2026-11-03 09:00. Tell the worker" in told

        entry = service.import_case(b.admin, (tmp_path / "case.sdtransfer").read_bytes(),
                                    counsellor_id=b.he.user.id)
        history = HistoryDialog(transfer.received_history(b.he, entry.id))
        qtbot.addWidget(history)
        text = history.text.toPlainText()
        assert "Expected there next: 2026-11-03 09:00 with 林咨询师" in text
        shots = os.environ.get("STATION_DESK_SHOTS")
        if shots:  # looked at by hand: /work/shots/cli/
            history.resize(1000, 700)
            history.show()
            history.grab().save(str(Path(shots) / "transfer_history_expected.png"))
    finally:
        a.close()
        b.close()
