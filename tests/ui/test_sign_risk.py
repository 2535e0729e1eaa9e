"""Signing a record changes the file's risk level: the signature dialog says so first, the
audit entry records it, and an open crisis holds the file's level (and says that)."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from ui_helpers import settle

from helpers import expect_error
from station_desk.domain.records import crises, files, risk, sessions
from station_desk.ui.records import dialogs
from station_desk.ui.records.session_editor import SessionEditor
from test_records_world import PASSWORD, World, full_input, world_fixture  # noqa: F401


def _sign_in_editor(qtbot: QtBot, world: World, cid: int, level: str,
                    monkeypatch: pytest.MonkeyPatch) -> tuple[str, Any]:
    asked: list[str] = []

    def ask(session: Any, question: str, sign: Any, parent: Any = None) -> Any:
        asked.append(question)
        return sign(PASSWORD)
    monkeypatch.setattr(dialogs.SignatureDialog, "ask", ask)
    editor = SessionEditor(world.lin, cid, None)
    qtbot.addWidget(editor)
    data = full_input(world.today, risk_level=level)
    monkeypatch.setattr(editor, "data", lambda: data)
    editor.sign()  # the form and the risk question on the worker, then the password
    settle(qtbot)
    signed = editor.record
    assert signed is not None and signed.is_signed
    return asked[0], signed


def test_signing_says_how_the_files_risk_level_changes(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    cid = world.client()
    question, first = _sign_in_editor(qtbot, world, cid, "high", monkeypatch)
    assert question.startswith("The file's risk level changes from None to High.")
    assert "cannot be changed" in question
    assert files.reload(world.lin, cid).risk_level == "high"
    entry = world.admin.audit.query(action="session.sign", limit=1)[0]
    assert '"file_risk": {"from": "none", "to": "high"}' in entry.detail

    # the same level again: nothing to say
    question, _ = _sign_in_editor(qtbot, world, cid, "high", monkeypatch)
    assert question.startswith("Sign this record?")
    assert risk.on_signing(world.lin, cid, "high") is None


def test_an_open_crisis_holds_the_level_and_the_dialog_says_so(
        qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    cid = world.client()
    crises.open_crisis(world.lin, cid, "high", ["suicidal_thoughts"], ["safety_plan"],
                       "来访者表达轻生念头，已制定安全计划。")
    before = files.reload(world.lin, cid).risk_level
    question, _ = _sign_in_editor(qtbot, world, cid, "low", monkeypatch)
    assert question.startswith("The file's risk level stays")
    assert "while its crisis is open (this record says Low)" in question
    assert files.reload(world.lin, cid).risk_level == before
    # someone who may not sign records is told nothing about them
    expect_error("forbidden", risk.on_signing, world.front, cid, "low")
    assert sessions.list_sessions(world.lin, cid)
