"""Two (or three) real stations for the transfer tests: each its own vault, its own keys."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from station_desk.domain import accounts
from station_desk.domain.auth import StationProfile, create_station
from station_desk.domain.clock import FakeClock
from station_desk.domain.instruments import load_all
from station_desk.domain.records import crises, files, followups, referrals, sessions
from station_desk.domain.session import Session
from station_desk.export.keys import key_file
from test_records_world import PASSWORD, as_user, full_input

ADMIN_PASSWORD = "admin-pass-2026"


@dataclass
class Station:
    root: Path
    admin: Session
    lin: Session  # counsellor
    he: Session  # counsellor
    clock: FakeClock

    def key_file(self) -> bytes:
        import json

        return json.dumps(key_file(self.admin), ensure_ascii=False).encode("utf-8")

    @property
    def today(self) -> dt.date:
        return (self.clock() + dt.timedelta(hours=8)).date()

    def close(self) -> None:
        self.admin.close()


def make_station(root: Path, name: str, code: str) -> Station:
    clock = FakeClock(dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC))
    admin, _recovery = create_station(root, StationProfile(name, code, "complete_1"), "admin",
                                      "站长", ADMIN_PASSWORD, clock=clock)
    for username, display in (("lin", "林咨询师"), ("he", "何咨询师")):
        accounts.add_user(admin, username, display, "counsellor", PASSWORD)
    return Station(root, admin, as_user(admin, "lin"), as_user(admin, "he"), clock)


def full_case(station: Station) -> int:
    """A file with a bit of everything: consent, two signed records (one with an addendum),
    an assessment, a closed crisis with its follow-up, a referral."""
    lin = station.lin
    cid = files.register_visitor(lin, files.ClientInput(
        name="张小敏", gender="female", birth_year=1988, phone="139 0000 1234",
        employer="示例市某某机械厂", industry="manufacturing"),
        consent=(station.today, "个体辅导与心理测评", True)).id
    first = sessions.save_draft(lin, cid, full_input(station.today)).id
    sessions.sign_session(lin, cid, first, password=PASSWORD)
    sessions.add_addendum(lin, first, "更正：来访者补充婚姻困扰。")
    second = sessions.save_draft(lin, cid, full_input(
        station.today, complaint="第二次：睡眠改善。", risk_level="none")).id
    sessions.sign_session(lin, cid, second, password=PASSWORD)
    from station_desk.domain import assessments

    assessments.administer(lin, load_all()["phq9"], cid, [1, 1, 1, 1, 0, 0, 0, 0, 0])
    crisis = crises.open_crisis(lin, cid, "high", ["suicidal_thoughts"], ["safety_plan"],
                                "危机：有轻生念头，已做安全计划。")
    item = next(f for f in followups.list_followups(lin, cid) if f.crisis_id == crisis.id)
    followups.complete_followup(lin, item.id, "电话回访：情绪平稳。")
    crises.close_crisis(lin, crisis.id, "风险解除。")
    referrals.add_referral(lin, cid, station.today, "psychiatry", "市精神卫生中心", "评估睡眠问题")
    return cid
