"""Transfer to another station on screen: the file window's action and banner, the sending
dialog, the admin's import dialog (with a tampered file refused in it), and the read-only
history at the receiving station."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from ui_helpers import settle

from station_desk.domain.records import files
from station_desk.ui.records.client_list import ClientListPage
from station_desk.ui.records.file_window import ClientFileView
from station_desk.ui.records.transfer_action import (
    HistoryDialog,
    ImportTransferDialog,
    SendTransferDialog,
)
from transfer_support import Station, full_case, make_station


@pytest.fixture
def stations(tmp_path: Path):
    a = make_station(tmp_path / "a", "东城区职工心灵驿站", "DC-01")
    b = make_station(tmp_path / "b", "西城区职工心灵驿站", "XC-02")
    (tmp_path / "b.key").write_bytes(b.key_file())
    yield a, b, tmp_path
    a.close()
    b.close()


def _send_from_window(qtbot: QtBot, a: Station, tmp_path: Path,
                      monkeypatch: pytest.MonkeyPatch) -> tuple[ClientFileView, Path]:
    cid = full_case(a)
    view = ClientFileView(a.lin, files.open_file(a.lin, cid))
    settle()  # the file is read on the worker
    qtbot.addWidget(view)
    view.show()
    bar = view.transfer
    assert "transfer_out" in view.bar.shown()
    assert bar.banner.isHidden() and not bar.has_history
    out = tmp_path / "case.sdtransfer"

    def ask(session: Any, client_id: int, file_no: str, parent: Any = None) -> Any:
        dialog = SendTransferDialog(session, client_id, file_no, parent)
        dialog.accept()  # nothing chosen yet: said in the form, nothing written
        settle()
        assert dialog.error.text() == "Choose the receiving station's key file."
        dialog.key_path.setText(str(tmp_path / "b.key"))
        dialog._show_station()
        settle()  # the key file is read on the worker
        assert "西城区职工心灵驿站 (XC-02)" in dialog.station.text()
        assert "Fingerprint:" in dialog.station.text()
        assert dialog.out_path.text() == str(tmp_path / f"{file_no}.sdtransfer")
        dialog.out_path.setText(str(out))
        dialog.accept()
        settle()
        return dialog.result_value

    monkeypatch.setattr(SendTransferDialog, "ask", ask)
    assert view.transfer.send() is not None
    return view, out


def test_send_from_the_file_window_then_import_as_admin(
        qtbot: QtBot, stations: Any, shown: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, tmp_path = stations
    view, out = _send_from_window(qtbot, a, tmp_path, monkeypatch)
    assert out.exists()
    assert "was written to" in shown.infos[-1]
    bar = view.transfer
    assert bar.banner.text() == ("Transferred to 西城区职工心灵驿站 on 2026-11-02 — "
                                 "closed to new records")
    offered = view.bar.shown()
    assert not offered & {"transfer_out", "new_record", "crisis", "referral", "book",
                        "follow_up", "consent", "rating"}
    view.select_record(view.sessions_model.rows[0].id)
    assert "addendum" in view.bar.shown()  # a signed record can still be corrected

    # The receiving admin: the list offers the import, a counsellor's does not.
    page = ClientListPage(b.admin)
    qtbot.addWidget(page)
    assert not page.import_button.isHidden()
    assert ClientListPage(b.lin).import_button.isHidden()
    dialog = ImportTransferDialog(b.admin)
    qtbot.addWidget(dialog)
    tampered = bytearray(out.read_bytes())
    tampered[-300] ^= 1
    (tmp_path / "bad.sdtransfer").write_bytes(bytes(tampered))
    dialog.path.setText(str(tmp_path / "bad.sdtransfer"))
    dialog.check()
    settle(qtbot)  # opened and checked on the worker
    assert dialog.incoming is None
    assert "signature does not match" in dialog.error.text() and dialog.summary.isHidden()
    dialog.path.setText(str(out))
    dialog.check()
    settle(qtbot)
    found = dialog.incoming
    assert found is not None and dialog.error.isHidden()
    summary = dialog.summary.text()
    assert "Sent by: 东城区职工心灵驿站 (DC-01) on 2026-11-02" in summary
    assert found.sender.fingerprint in summary and "2 session record" in summary
    dialog.counsellor.setCurrentIndex(dialog.counsellor.findText("何咨询师"))
    dialog.accept()
    settle()
    entry = dialog.result_value
    assert entry is not None and entry.counsellor_name == "何咨询师"
    assert "Imported as the new file" in shown.infos[-1]

    # The new file at the receiving station: banner, and the history read-only.
    new = ClientFileView(b.he, files.open_file(b.he, entry.id))
    settle()  # the file is read on the worker
    qtbot.addWidget(new)
    new.show()
    assert new.transfer.banner.text().startswith(
        "Transferred from 东城区职工心灵驿站 on 2026-11-02<br><a href='history'>")
    assert new.transfer.has_history
    assert "new_record" in new.bar.shown()  # the new file is open for this station's work
    new.transfer.banner.linkActivated.emit("history")  # the link in the banner
    settle(qtbot)  # the history is read on the worker
    history = new.transfer.last_history
    assert isinstance(history, HistoryDialog)
    qtbot.addWidget(history)
    text = history.text.toPlainText()
    assert "近两周工作压力大" in text and "更正：来访者补充婚姻困扰。" in text
    assert "Signed by 林咨询师" in text and "市精神卫生中心" in text
    assert history.text.isReadOnly()
    assert new.sessions_model.rowCount() == 0  # not this station's records


def test_import_dialog_refuses_a_file_for_another_station(
        qtbot: QtBot, stations: Any, shown: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, tmp_path = stations
    _view, out = _send_from_window(qtbot, a, tmp_path, monkeypatch)
    dialog = ImportTransferDialog(a.admin)  # the sender is not the recipient
    qtbot.addWidget(dialog)
    dialog.path.setText(str(out))
    dialog.accept()
    settle()
    assert dialog.result_value is None
    assert "not for this station" in dialog.error.text()
