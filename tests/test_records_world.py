"""A small station for the records tests: one admin, three counsellors (one under
supervision), one receptionist, all on the same open vault. Other records test modules import
the `world` fixture from here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from station_desk.domain import accounts, record_keys
from station_desk.domain.clock import FakeClock
from station_desk.domain.records import files
from station_desk.domain.records.sessions import SessionInput
from station_desk.domain.session import Session
from station_desk.storage import sealed

PASSWORD = "records-pass-2026"


@dataclass
class World:
    admin: Session
    lin: Session  # counsellor, supervises shen
    he: Session  # counsellor
    shen: Session  # counsellor in training: signed records wait for lin's co-sign
    front: Session  # receptionist
    clock: FakeClock

    def client(self, by: Session | None = None, name: str = "张小敏", **kw: object) -> int:
        data = files.ClientInput(name=name, gender="female", phone="139 0000 1234",
                                 employer="示例市某某机械厂", industry="manufacturing",
                                 **kw)  # type: ignore[arg-type]
        return files.register_visitor(by or self.lin, data).id

    @property
    def today(self) -> dt.date:
        return (self.clock() + dt.timedelta(hours=8)).date()


def as_user(admin: Session, username: str) -> Session:
    """Another user on the admin's connection, with a record key pair of its own (published,
    as its first sign-in would), so what is sealed to it opens for it and no one else."""
    session = Session(admin.vault, accounts.get_user(admin, username), admin.clock)
    private, public = sealed.new_key_pair()
    with admin.db.transaction():
        record_keys.publish(admin.db, session.holder, public, "2026-11-01T00:00:00Z")
    session.record_key = private
    return session


def full_input(day: dt.date, **changes: object) -> SessionInput:
    values: dict[str, object] = dict(
        session_date=day, start_time="14:00", end_time="14:50", modality="in_person",
        room="counselling", issues=("anxiety", "sleep"), interventions=("listening_empathy",),
        complaint="近两周工作压力大，长期焦虑失眠。", assessment="焦虑情绪明显，无自伤念头。",
        intervention="倾听共情，放松训练。", plan="一周后复诊，布置睡眠日记。",
        risk_level="low")
    values.update(changes)
    return SessionInput(**values)  # type: ignore[arg-type]


@pytest.fixture(name="world")
def world_fixture(admin: Session, clock: FakeClock) -> World:
    for username, display, role in (("lin", "林咨询师", "counsellor"),
                                    ("he", "何咨询师", "counsellor"),
                                    ("shen", "沈见习", "counsellor"),
                                    ("front", "前台苏", "receptionist")):
        accounts.add_user(admin, username, display, role, PASSWORD)
    accounts.set_supervision(admin, "shen", "lin")
    return World(admin, as_user(admin, "lin"), as_user(admin, "he"), as_user(admin, "shen"),
                 as_user(admin, "front"), clock)


def test_world_builds(world: World) -> None:
    assert world.today == dt.date(2026, 11, 2)
    assert world.shen.user.needs_review
