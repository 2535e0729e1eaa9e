"""The admin's import dialog (pick, map columns, preview every row, confirm), the merge dialog,
and the duplicate warning at registration."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from ui_helpers import settle

from station_desk.domain.records import files, sessions
from station_desk.ui.records import register_dialog
from station_desk.ui.records.client_list import ClientListPage
from station_desk.ui.records.duplicate_prompt import USE_EXISTING, DuplicateWarning
from station_desk.ui.records.file_window import status_text
from station_desk.ui.records.import_dialog import ImportLedgerDialog
from station_desk.ui.records.merge_dialog import MergeFilesDialog
from test_records_world import World, world_fixture  # noqa: F401

DATA = Path(__file__).resolve().parents[1] / "data"


def _cells(dialog: ImportLedgerDialog, row: int) -> list[str]:
    model = dialog.model
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_import_dialog_previews_maps_and_imports(qtbot: QtBot, qtmodeltester: Any,
                                                 world: World) -> None:
    page = ClientListPage(world.admin)
    qtbot.addWidget(page)
    assert not page.ledger_button.isHidden() and not page.merge_button.isHidden()
    assert ClientListPage(world.lin).ledger_button.isHidden()
    dialog = ImportLedgerDialog(world.admin)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    dialog.load(DATA / "ledger_visitors_gbk.csv")
    settle(qtbot)  # read, mapped and planned on the worker
    qtmodeltester.check(dialog.model)
    assert dialog.plan is not None and dialog.plan.kind == "visitors"
    assert dialog.combos["name"].currentText() == "姓名"
    assert dialog.combos["birth_year"].currentText() == "出生年月"
    first = _cells(dialog, 0)
    assert first[:2] + first[3:5] == ["2", "To import", "2023-001", "张伟"]
    bad = _cells(dialog, 3)
    assert bad[1] == "Cannot be imported" and "八五年" in bad[2]
    assert dialog.import_button.text() == "Import 5 rows"
    # a column choice changes the preview: without the phone column, 赵磊's row is fine and
    # 陈静's bad phone no longer matters
    dialog.set_column("phone", "")
    settle(qtbot)
    assert dialog.plan.count("new") == 6 and "phone" not in dialog.plan.mapping
    dialog.set_column("phone", "联系电话")
    settle(qtbot)
    assert dialog.plan.count("new") == 5
    assert world.admin.db.scalar("SELECT count(*) FROM clients") == 0  # preview only
    dialog.confirm()
    settle(qtbot)  # stored in one transaction on the worker, then planned again
    assert dialog.result is not None and dialog.result.added == 5
    assert world.admin.db.scalar("SELECT count(*) FROM clients") == 5
    assert dialog.plan.count("new") == 0 and not dialog.import_button.isEnabled()
    assert "Imported 5 rows" in dialog.summary.text()
    # the counselling register next: the kind is recognised, the mapping shown
    dialog.load(DATA / "ledger_sessions.xlsx")
    settle(qtbot)
    assert dialog.plan.kind == "sessions" and dialog.combos["counsellor"].currentText() == \
        "咨询师"
    reasons = [_cells(dialog, r)[2] for r in range(dialog.model.rowCount())]
    assert any("2023-099" in r for r in reasons)
    dialog.confirm()
    settle(qtbot)
    assert dialog.result.added == 5
    # shown as imported in the file window, never as signed by someone
    zhang = files.find_by_number(world.admin, "2023-001")
    record = sessions.list_sessions(world.lin, zhang.id)[0]
    assert status_text(record).startswith("Imported from the earlier register on ")


def test_unreadable_file_shows_the_reason(qtbot: QtBot, world: World, tmp_path: Path) -> None:
    dialog = ImportLedgerDialog(world.admin)
    qtbot.addWidget(dialog)
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"nope")
    dialog.load(bad)
    settle(qtbot)
    assert "x.xlsx" in dialog.error.text() and dialog.plan is None


def test_merge_dialog(qtbot: QtBot, world: World, shown: Any) -> None:
    keep = files.reload(world.lin, world.client(name="张伟", birth_year=1985)).file_no
    other = files.reload(world.lin, world.client(name="张伟", birth_year=1985)).file_no
    dialog = MergeFilesDialog(world.admin, keep, other)
    qtbot.addWidget(dialog)
    settle(qtbot)  # the two files' details, read on the worker
    assert "张伟" in dialog.keep_details.text()
    dialog.accept()
    settle()
    assert other in shown.questions[-1]
    assert dialog.result_value.sessions == 0 and dialog.result_value.kept == keep


def test_registration_warns_of_a_likely_duplicate(qtbot: QtBot, world: World,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    existing = world.client(name="张小敏")
    asked: list[Any] = []

    def answer(found: list[Any], parent: Any = None) -> Any:
        dialog = DuplicateWarning(found, parent)
        qtbot.addWidget(dialog)
        asked.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        dialog.use_selected()
        return dialog.choice
    monkeypatch.setattr(DuplicateWarning, "ask", answer)
    dialog = register_dialog.RegisterVisitorDialog(world.front)
    qtbot.addWidget(dialog)
    dialog.name.setText("张小敏")
    dialog.phone.setText("13900001234")
    dialog.accept()
    settle()
    assert asked and "张小敏" in asked[0][0]
    assert dialog.result_entry is not None and dialog.result_entry.id == existing
    assert world.admin.db.scalar("SELECT count(*) FROM clients") == 1
    assert USE_EXISTING == "existing"
