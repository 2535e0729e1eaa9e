"""Support for the printed-document tests (no tests here): one demo vault, enriched with the
cases (a very long note, rare characters, emoji, a draft, assessments over time)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from station_desk.domain.auth import sign_in
from station_desk.domain.clock import FakeClock, iso
from station_desk.domain.session import Session
from station_desk.tools.demo import DEMO_ACCOUNTS, create_demo_vault

PASSWORDS = {a["username"]: a["password"] for a in DEMO_ACCOUNTS()}
OWNER = "demo_counsellor_a"
OTHER = "demo_counsellor_b"
RECEPTION = "demo_reception"
ADMIN = "demo_admin"
RARE_NAME = "王璟喆燊堃"
LONG_EMPLOYER = "示例市虚构区某某超长名称新能源汽车零部件精密制造股份有限公司第三分厂总装车间"
EMOJI_NOTE = "来访者发来消息😊👍🏻，说这周睡得好多了❤️。"
PARAGRAPHS = 40


def long_note() -> str:
    """Forty numbered paragraphs, about 6,000 characters: several pages on its own."""
    sentence = ("来访者描述近期在车间轮班后难以入睡，反复回想与班组长的冲突，担心考核结果影响"
                "收入，并提到家中老人生病需要照顾，感到精力被掏空。")
    return "\n".join(f"第{n}段：{sentence * 2}" for n in range(1, PARAGRAPHS + 1))


def sign(root: Path, user: str, clock: FakeClock | None = None) -> Session:
    if clock is None:
        return sign_in(root, user, PASSWORDS[user])
    return sign_in(root, user, PASSWORDS[user], clock=clock)


def vault_fixtures(folder: str) -> tuple[Any, Any]:
    """The print tests' `vault` fixture (`build_vault` once per module, under `folder`) and
    `owner` fixture (the file owner signed in to it): `vault, owner = vault_fixtures(...)`."""

    @pytest.fixture(scope="module")
    def vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
        root = tmp_path_factory.mktemp(folder) / "vault"
        return root, build_vault(root)

    @pytest.fixture
    def owner(vault: tuple[Path, dict]) -> Iterator[Session]:
        with sign(vault[0], OWNER) as session:
            yield session

    return vault, owner


def build_vault(root: Path) -> dict[str, object]:
    """A demo vault plus the awkward cases; returns what the tests look for."""
    create_demo_vault(root, clients=40, sessions=160)
    with sign(root, ADMIN) as s:
        owner_id = s.db.scalar("SELECT id FROM users WHERE username = ?", (OWNER,))
        client_id, file_no = s.db.one(
            "SELECT c.id, c.file_no FROM clients c WHERE c.counsellor_id = ? AND c.restricted = 0"
            " ORDER BY (SELECT count(*) FROM sessions s WHERE s.client_id = c.id) DESC, c.id"
            " LIMIT 1", (owner_id,))
        last = s.db.scalar("SELECT max(session_no) FROM sessions WHERE client_id = ?",
                           (client_id,)) or 0
        day = s.db.scalar("SELECT max(session_date) FROM sessions WHERE client_id = ?",
                          (client_id,)) or "2026-01-05"
        stamp = iso(dt.datetime.fromisoformat(day + "T07:00:00+00:00"))
        with s.db.transaction():
            s.db.execute("UPDATE clients SET name = ?, is_pseudonym = 0, employer = ?"
                         " WHERE id = ?", (RARE_NAME, LONG_EMPLOYER, client_id))
            s.db.execute(
                "INSERT INTO sessions (client_id, counsellor_id, session_no, session_date,"
                " start_time, end_time, modality, room, issues, interventions, complaint,"
                " assessment, intervention, plan, risk_level, status, signed_by, signed_at,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, '15:00', '15:50', 'in_person',"
                " 'counselling', ?, ?, ?, ?, ?, ?, 'low', 'signed', ?, ?, ?, ?)",
                (client_id, owner_id, last + 1, day, json.dumps(["sleep"]),
                 json.dumps(["relaxation_training"]), long_note(), EMOJI_NOTE,
                 "练习渐进式肌肉放松。", "两周后复诊。", owner_id, stamp, stamp, stamp))
            long_id = s.db.scalar("SELECT max(id) FROM sessions")
            s.db.execute("INSERT INTO session_addenda (session_id, author_id, created_at, text)"
                         " VALUES (?, ?, ?, ?)",
                         (long_id, owner_id, stamp, "补充：来访者电话确认联系方式无变化。"))
            s.db.execute(
                "INSERT INTO sessions (client_id, counsellor_id, session_no, session_date,"
                " modality, complaint, status, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, 'hotline', '草稿内容：尚未签署的记录。', 'draft', ?, ?)",
                (client_id, owner_id, last + 2, day, stamp, stamp))
    _add_assessments(root, client_id)
    return {"client_id": client_id, "file_no": file_no, "long_no": last + 1,
            "draft_no": last + 2}


def _add_assessments(root: Path, client_id: int) -> None:
    from station_desk.domain import assessments

    clock = FakeClock(dt.datetime(2026, 3, 2, 2, 0, tzinfo=dt.UTC))
    with sign(root, OWNER, clock) as s:
        loaded = assessments.load_instruments(s)
        for answers in ([2, 2, 2, 3, 2, 2, 2, 1, 1], [2, 1, 2, 2, 1, 1, 1, 1, 0],
                        [1, 1, 1, 1, 1, 0, 1, 0, 0], [0, 1, 0, 1, 0, 0, 1, 0, 0]):
            assessments.administer(s, loaded["phq9"], client_id, answers)
            clock.advance(days=21)


def pdf_text(pdf: bytes, first: int | None = None, last: int | None = None) -> str:
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    done = subprocess.run([exe, "-enc", "UTF-8", *pages, "-", "-"], input=pdf,
                          capture_output=True, check=True, timeout=60)
    return done.stdout.decode("utf-8")


def squashed(text: str) -> str:
    """Text without any whitespace, for phrases a table may have wrapped over lines."""
    return "".join(text.split())
