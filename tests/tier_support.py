"""A small station built through the domain, day by day, to meet its tier or to fall short
in chosen ways (imported as `from tier_support import ...`, like `helpers`).

Ten weeks of work from Monday 2026-08-24 to the check day, Monday 2026-11-02 (the conftest
clock): a visitor registered each Tuesday and seen the same day in the counselling room, a
hotline call two days after, an assessment every other week, a lecture every third week and
the catharsis room each Friday; one crisis with its 24-hour follow-up; four cases closed;
every regime adopted and acknowledged; the roster kept; the hand-checked items answered.
Each name in `FLAWS` leaves one part out or does it badly instead.
"""

from __future__ import annotations

import atexit
import datetime as dt
import shutil
import tempfile
from pathlib import Path

from station_desk.domain import accounts, instruments
from station_desk.domain.assessments import AnonymousFields, administer, anonymous_screening
from station_desk.domain.auth import StationProfile, create_station, sign_in
from station_desk.domain.clock import STATION_TZ, FakeClock
from station_desk.domain.records import activities, crises, files, followups, satisfaction
from station_desk.domain.records.files import ClientInput
from station_desk.domain.records.sessions import SessionInput, save_draft, sign_session
from station_desk.domain.session import Session
from station_desk.domain.tier import duty, regimes, selfcheck

START = dt.date(2026, 8, 24)  # a Monday
CHECK_DAY = dt.date(2026, 11, 2)  # the conftest clock's day, a Monday
PASSWORDS = {"admin": "admin-pass-2026", "lin": "lin-pass-2026", "qian": "qian-pass-2026",
             "zhao": "zhao-pass-2026"}
FLAWS = (
    "late_first_sessions",  # visitors wait two weeks for a first session
    "duty_gap",  # nobody on the roster for a week, and only two days a week
    "no_hotline_duty",  # calls are taken but nobody is rostered on the hotline
    "signage_no",  # the admin answered "no" to the sign on the door
    "unanswered",  # the reading-materials item left unanswered
    "stale_drafts",  # three records left unsigned for weeks
    "few_ratings",  # one closed case in four rated
    "no_workflow",  # the service workflow never adopted
    "no_catharsis",  # the catharsis room never used
    "unacknowledged",  # one counsellor never acknowledged the confidentiality regime
    "late_crisis_followup",  # the crisis follow-up made after 24 hours
)


def at(clock: FakeClock, day: dt.date, hour: int = 10) -> None:
    clock.now = dt.datetime.combine(day, dt.time(hour), STATION_TZ).astimezone(dt.UTC)


def signed_in(root: Path, user: str, clock: FakeClock) -> Session:
    return sign_in(root, user, PASSWORDS[user], clock=clock)


def _visit(lin: Session, clock: FakeClock, day: dt.date, modality: str, client_id: int,
           *, sign: bool = True) -> int:
    at(clock, day, 11)
    record = save_draft(lin, client_id, SessionInput(
        session_date=day, start_time="10:00", end_time="10:50", modality=modality,
        room="counselling" if modality == "in_person" else "", issues=("work_stress",),
        complaint="工作压力大，睡眠差。", assessment="轻度焦虑。", intervention="放松训练。",
        plan="两周后复诊。"))
    if sign:
        sign_session(lin, client_id, record.id, password=PASSWORDS["lin"])
    return record.id


_BUILT: dict[tuple[str, tuple[str, ...]], Path] = {}


def build_station(root: Path, clock: FakeClock, *, tier: str = "complete_1",
                  flaws: tuple[str, ...] = ()) -> None:
    """Build the station at `root` (closed), the clock left on the check day at 09:00.

    Each kind of station is built once per test run and copied for every test after that:
    the build is the same every time (a fake clock, no randomness), and copying a closed
    vault folder is what a backup does."""
    unknown = set(flaws) - set(FLAWS)
    assert not unknown, unknown
    key = (tier, tuple(sorted(flaws)))
    if key not in _BUILT:
        template = Path(tempfile.mkdtemp(prefix="tier-station-")) / "vault"
        atexit.register(shutil.rmtree, template.parent, True)
        _build(template, clock, tier, flaws)
        _BUILT[key] = template
    shutil.copytree(_BUILT[key], root)
    at(clock, CHECK_DAY, 9)


def _build(root: Path, clock: FakeClock, tier: str, flaws: tuple[str, ...]) -> None:
    at(clock, START, 9)
    admin, _recovery = create_station(root, StationProfile("等级测试服务站", "U-TIER-01", tier),
                                      "admin", "王站长", PASSWORDS["admin"], clock=clock)
    with admin:
        accounts.add_user(admin, "lin", "林咨询师", "counsellor", PASSWORDS["lin"])
        accounts.add_user(admin, "zhao", "赵咨询师", "counsellor", PASSWORDS["zhao"])
        accounts.add_user(admin, "qian", "钱接待", "receptionist", PASSWORDS["qian"])
        _regimes(admin, flaws)
        _roster(admin, flaws)
        _activities(admin, clock, flaws)
        at(clock, CHECK_DAY - dt.timedelta(days=3), 9)
        for code in selfcheck.MANUAL_ITEMS:
            if code == "s_reading_materials" and "unanswered" in flaws:
                continue
            if code == "b1_signage" and "signage_no" in flaws:
                selfcheck.answer(admin, code, "no", "门牌被装修遮挡，尚未重新悬挂。")
            else:
                selfcheck.answer(admin, code, "yes", "现场查看属实。")
    _casework(root, clock, flaws)
    at(clock, CHECK_DAY - dt.timedelta(days=1), 18)
    for user in ("lin", "zhao", "qian", "admin"):
        if user == "zhao" and "unacknowledged" in flaws:
            continue
        with signed_in(root, user, clock) as someone:
            for regime in regimes.pending(someone):
                regimes.acknowledge(someone, regime.id)
    at(clock, CHECK_DAY, 9)


def _regimes(admin: Session, flaws: tuple[str, ...]) -> None:
    for kind in regimes.KINDS:
        if kind == "workflow" and "no_workflow" in flaws:
            continue
        text = regimes.template(kind)
        regimes.adopt(admin, kind, text.title, text.body)


def _roster(admin: Session, flaws: tuple[str, ...]) -> None:
    """Weekdays from the fifth week on, and the week after the check day."""
    first = CHECK_DAY - dt.timedelta(weeks=5)
    weekdays = (0, 2) if "duty_gap" in flaws else range(5)
    for offset in weekdays:
        day = first + dt.timedelta(days=offset)
        duty.add_shifts(admin, "lin", day, "09:00", "12:00", "counselling", repeat_weeks=5)
        duty.add_shifts(admin, "qian", day, "09:00", "17:00", "reception", repeat_weeks=5)
    # with a gap, every shift falls on Monday or Wednesday
    gappy = "duty_gap" in flaws
    duty.add_shifts(admin, "zhao", first + dt.timedelta(days=0 if gappy else 1), "14:00",
                    "17:00", "assessment", repeat_weeks=5)
    if "no_hotline_duty" not in flaws:
        duty.add_shifts(admin, "zhao", first + dt.timedelta(days=2 if gappy else 3), "13:00",
                        "17:00", "hotline", repeat_weeks=5)
    if gappy:  # the second-last week of the four the check looks at
        gap = CHECK_DAY - dt.timedelta(days=13)
        for shift in duty.shifts(admin, gap, gap + dt.timedelta(days=6)):
            duty.remove_shift(admin, shift.id)


def _activities(admin: Session, clock: FakeClock, flaws: tuple[str, ...]) -> None:
    for week in range(10):
        monday = START + dt.timedelta(weeks=week)
        if week % 3 == 0:
            at(clock, monday + dt.timedelta(days=2), 15)
            activities.log_activity(admin, activities.ActivityInput(
                monday + dt.timedelta(days=2), "lecture", "职场压力与情绪调适", "职工服务中心",
                "示例工会", 42))
        if "no_catharsis" not in flaws:
            at(clock, monday + dt.timedelta(days=4), 15)
            activities.log_activity(admin, activities.ActivityInput(
                monday + dt.timedelta(days=4), "catharsis_room", "宣泄室开放", "宣泄室",
                "本站", 6))


def _casework(root: Path, clock: FakeClock, flaws: tuple[str, ...]) -> None:
    phq9 = instruments.load_all()["phq9"]
    mild = [1, 1, 0, 1, 0, 1, 0, 0, 0]
    with signed_in(root, "lin", clock) as lin:
        for regime in regimes.pending(lin):  # as the app asks at a first sign-in
            regimes.acknowledge(lin, regime.id)
        clients = []
        for week in range(10):
            tuesday = START + dt.timedelta(weeks=week, days=1)
            at(clock, tuesday, 9)
            entry = files.register_visitor(lin, ClientInput(
                name=f"测试来访者{week:02d}", gender="female", birth_year=1985,
                employer="示例机械厂", industry="manufacturing"),
                consent=(tuesday, "个体心理辅导", True))
            clients.append(entry.id)
            first = tuesday + dt.timedelta(days=14 if "late_first_sessions" in flaws else 0)
            if first <= CHECK_DAY:
                stale = "stale_drafts" in flaws and week in (2, 3, 4)
                _visit(lin, clock, first, "in_person", entry.id, sign=not stale)
            if week % 2 == 0 and first <= CHECK_DAY:
                at(clock, first, 11)
                administer(lin, phq9, entry.id, mild)
            thursday = first + dt.timedelta(days=2)  # a call after the first session
            if thursday <= CHECK_DAY:
                _visit(lin, clock, thursday, "hotline", entry.id)
            if week % 3 == 1:
                at(clock, tuesday, 12)
                anonymous_screening(lin, phq9, mild, AnonymousFields("male", "30_39", ""))
        # a crisis in week 5, followed up after 20 hours (or 30 when it is late)
        opened = START + dt.timedelta(weeks=5, days=2)
        at(clock, opened, 10)
        crisis = crises.open_crisis(lin, clients[5], "high",
                                    ["suicidal_thoughts", "hopelessness"],
                                    ["safety_plan", "emergency_contact_reached"],
                                    "来访者表达无望感，已制定安全计划。")
        clock.advance(hours=30 if "late_crisis_followup" in flaws else 20)
        followups.complete_followup(lin, crisis.followup_id, "电话回访，情绪平稳。")
        crises.close_crisis(lin, crisis.id, "风险下降，转常规跟进。")
        # four cases closed in the last weeks; three rated (one with "few_ratings")
        for n, client_id in enumerate(clients[i] for i in (0, 1, 6, 7)):
            day = CHECK_DAY - dt.timedelta(days=10 - n)
            at(clock, day, 16)
            files.close_case(lin, client_id, "目标达成，结案。")
            if n < (1 if "few_ratings" in flaws else 3):
                satisfaction.record_satisfaction(
                    lin, {code: 5 for code in ("attitude", "professionalism",
                                               "environment_privacy", "improvement",
                                               "overall")}, client_id=client_id)
