"""The screens' benchmark (ui/screen_bench.py) at a small size: each figure runs from the event to
the painted result, finds what it should, and the sign-in stall is measured."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from station_desk.domain.records import files, sessions
from station_desk.ui import screen_bench as gui
from test_records_world import PASSWORD, World, full_input, world_fixture  # noqa: F401


def test_screen_figures_at_a_small_size(qtbot: QtBot, world: World, vault_dir: Path) -> None:
    cid = world.client(name="王测试")
    for _ in range(3):
        draft = sessions.save_draft(world.lin, cid, full_input(world.today))
        sessions.sign_session(world.lin, cid, draft.id, password=PASSWORD)
    file_no = files.directory_entry(world.lin, cid).file_no
    watch = gui.PaintWatch()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watch)
    try:
        typed = gui.file_search(watch, world.lin, "王测试", runs=2)
        assert typed["rows"] == 1 and len(typed["runs_ms"]) == 2
        assert all(ms > 0 for ms in typed["runs_ms"])
        found = gui.note_search(watch, world.lin, "焦虑", runs=2)
        assert found["rows_first_page"] == 3
        opened = gui.open_file(watch, world.lin, file_no, runs=1, sessions_in_file=3)
        assert opened["median_ms"] > 0 and opened["target_ms"] == gui.TARGET_MS
        signed = gui.sign_record(watch, world.lin, cid, world.today, PASSWORD, runs=1,
                                 kdf_ms=0.0)
        assert signed["median_ms"] > 0 and "without_password_check_ms" in signed
        # the signature's own password check, timed where it ran, is what is subtracted
        assert signed["password_check_ms"] > 0 and signed["file_sessions"] == 3
        assert signed["without_password_check_runs_ms"] == [
            signed["without_password_check_ms"]]
        assert "cpu_without_password_check_ms" in signed
    finally:
        app.removeEventFilter(watch)
    assert len(sessions.list_sessions(world.lin, cid)) == 4  # the benchmark signed one more
    # the typical file to sign in is chosen by its records, never one of the bench's targets
    assert gui.typical_file(world.lin, set(), wanted=4) == (cid, 4)
    try:
        assert gui.typical_file(world.lin, {cid}, wanted=4)[0] != cid
    except RuntimeError:
        pass  # no other file with records: said so, not signed in a target

    world.admin.close()  # the vault is free for a sign-in through the window
    session, stall = gui.sign_in_stall(vault_dir, "lin", PASSWORD)
    try:
        assert stall["ticks"] >= 1 and 0 < stall["max_stall_ms"] <= stall["sign_in_ms"] + 50
    finally:
        session.close()
