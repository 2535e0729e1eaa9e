"""Demo vaults: realistic, clearly fictitious data drawn from `seeds/demo/`.

`populate` writes straight to the tables in a few large transactions, which keeps it fast
enough for the benchmark's million sessions; the records module's rules (signing, numbering,
the search index) are respected by construction.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from station_desk.domain import accounts
from station_desk.domain.auth import StationProfile, create_station
from station_desk.domain.clock import Clock, iso, system_clock
from station_desk.domain.records.search import client_index_text
from station_desk.domain.search_text import index_text
from station_desk.domain.vocab import DemoInputs, load_demo_inputs, load_vocabularies
from station_desk.storage.database import Database

DEMO_STATION = StationProfile("示例市总工会职工心理健康服务站（演示）", "DEMO-0001", "complete_1",
                              "示例市虚构区演示路 1 号职工服务中心二楼")
MONTHS_BACK = 18


def DEMO_ACCOUNTS() -> list[dict[str, Any]]:  # noqa: N802 - reads like the constant it is
    """The published demo accounts (demo vaults only)."""
    return [{"username": s.username, "display_name": s.display_name, "role": s.role,
             "password": s.password, "needs_supervision": s.needs_supervision,
             "supervisor": s.supervisor} for s in load_demo_inputs().staff]


@dataclass
class DemoSummary:
    root: Path
    recovery_key: str
    counts: dict[str, int] = field(default_factory=dict)


def create_demo_vault(root: Path, *, seed: int = 2026, clients: int = 120,
                      sessions: int = 500, clock: Clock = system_clock) -> DemoSummary:
    inputs = load_demo_inputs()
    staff = list(inputs.staff)
    first_admin = next(s for s in staff if s.role == "admin")
    session, recovery = create_station(Path(root), DEMO_STATION, first_admin.username,
                                       first_admin.display_name, first_admin.password,
                                       clock=clock)
    with session:
        for member in staff:
            if member is not first_admin:
                accounts.add_user(session, member.username, member.display_name, member.role,
                                  member.password)
        for member in staff:
            if member.needs_supervision and member.supervisor:
                accounts.set_supervision(session, member.username, member.supervisor)
        ids = {r[0]: r[1] for r in session.db.all("SELECT username, id FROM users")}
        counts = populate(session.db, random.Random(seed), inputs, ids,
                          today=clock().date(), n_clients=clients, n_sessions=sessions,
                          now=iso(clock()))
        with session.db.transaction():
            session.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('demo', '1')")
            session.log("demo.generate", detail=counts)
    return DemoSummary(Path(root), recovery, counts)


def _weighted(rng: random.Random, table: dict[str, float]) -> str:
    return rng.choices(list(table), weights=list(table.values()))[0]


class _People:
    """Names, phones and units for fictitious workers."""

    def __init__(self, rng: random.Random, inputs: DemoInputs) -> None:
        self.rng = rng
        self.inputs = inputs

    def name(self, gender: str) -> str:
        pool = self.inputs.given_names["female" if gender == "female" else "male"]
        if self.rng.random() < 0.03:
            given = self.rng.choice(self.inputs.rare_given_names)
        elif self.rng.random() < 0.15:
            given = self.rng.choice(self.inputs.given_names["neutral"])
        else:
            given = self.rng.choice(pool)
        return self.rng.choice(self.inputs.surnames) + given

    def phone(self) -> str:
        return self.inputs.phone.display(self.inputs.phone.make(self.rng))


def _day_between(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    span = max(0, (end - start).days)
    return start + dt.timedelta(days=rng.randint(0, span))


def _note(rng: random.Random, inputs: DemoInputs, issue: str, section: str) -> str:
    fragments = inputs.notes.get(issue, inputs.notes["other"])[section]
    return "".join(rng.sample(list(fragments), k=min(len(fragments), rng.choice((1, 1, 2)))))


def populate(db: Database, rng: random.Random, inputs: DemoInputs, user_ids: dict[str, int],
             *, today: dt.date, n_clients: int, n_sessions: int, now: str,
             batch: int = 20000) -> dict[str, int]:
    """Fill a vault's record tables; returns the counts written."""
    vocab = load_vocabularies()
    people = _People(rng, inputs)
    counsellors = [user_ids[s.username] for s in inputs.staff if s.role == "counsellor"]
    supervisor_of = {user_ids[s.username]: user_ids[s.supervisor] for s in inputs.staff
                     if s.needs_supervision and s.supervisor}
    creator = next(user_ids[s.username] for s in inputs.staff if s.role == "receptionist")
    start = today - dt.timedelta(days=MONTHS_BACK * 30)
    issues = [c for c in vocab.codes("presenting_issues") if c != "crisis"]
    interventions = list(vocab.codes("interventions"))
    job_types = list(vocab.codes("job_types"))
    key_groups = [c for c in vocab.codes("key_groups") if c != "other"]

    # -- files ------------------------------------------------------------------------------
    clients: list[tuple[int, dt.date, int, str]] = []  # id, opened, counsellor, status
    rows = []
    for cid in range(1, n_clients + 1):
        gender = _weighted(rng, {"female": 0.55, "male": 0.43, "unspecified": 0.02})
        opened = _day_between(rng, start, today)
        employer = rng.choice(inputs.employers)
        pseudonym = rng.random() < 0.05
        name = f"匿名来访者{cid:04d}" if pseudonym else people.name(gender)
        counsellor = rng.choice(counsellors)
        age_days = (today - opened).days
        status = "open" if age_days < 60 else _weighted(
            rng, {"open": 0.35, "closed": 0.5, "transferred": 0.07, "referred_out": 0.08})
        groups = rng.sample(key_groups, k=rng.choice((0, 0, 1, 1, 2)))
        risk = _weighted(rng, {"none": 0.6, "low": 0.28, "medium": 0.09, "high": 0.03})
        closed_at = None
        summary = ""
        if status != "open":
            closed_at = iso(dt.datetime.combine(
                _day_between(rng, opened, today), dt.time(16, 0), dt.UTC))
            summary = "来访者主要困扰已缓解，约定如有需要再预约。" if status == "closed" else ""
        contact = f"{rng.choice(('配偶', '父亲', '母亲', '姐姐', '哥哥', '同事'))} " \
                  f"{people.name(rng.choice(('female', 'male')))} {people.phone()}"
        opened_ts = iso(dt.datetime.combine(opened, dt.time(9, 0), dt.UTC))
        rows.append((cid, f"XL-{opened.year}-{cid:06d}", name, int(pseudonym), gender,
                     rng.randint(1966, 2004), "" if pseudonym else people.phone(),
                     employer.name, employer.industry, rng.choice(job_types),
                     json.dumps(groups), _weighted(rng, {"walk_in": 0.35, "hotline": 0.2,
                                                         "union_referral": 0.2,
                                                         "employer_referral": 0.1,
                                                         "online_booking": 0.15}),
                     "" if pseudonym else contact, counsellor, status, risk, summary,
                     opened_ts, closed_at, creator, opened_ts, now, opened_ts))
        clients.append((cid, opened, counsellor, status))
        if len(rows) >= batch:
            _insert_clients(db, rows)
            rows = []
    _insert_clients(db, rows)
    consents = [(cid, opened.isoformat(), "个体心理辅导、心理测评及必要的危机干预",
                 1, counsellor, iso(dt.datetime.combine(opened, dt.time(9, 5), dt.UTC)))
                for cid, opened, counsellor, _ in clients if rng.random() < 0.95]
    with db.transaction():
        db.executemany("INSERT INTO consents (client_id, consent_date, scope, limits_explained,"
                       " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)", consents)

    # -- sessions ---------------------------------------------------------------------------
    per_client = [1] * n_clients
    for _ in range(max(0, n_sessions - n_clients)):
        per_client[int(rng.paretovariate(1.2)) % n_clients if rng.random() < 0.3
                   else rng.randrange(n_clients)] += 1
    session_rows, fts_rows, followups, addenda = [], [], [], []
    sid = 0
    for (cid, opened, counsellor, status), count in zip(clients, per_client, strict=True):
        if not n_sessions:
            break
        dates = sorted(_day_between(rng, opened, min(today, opened + dt.timedelta(days=200)))
                       for _ in range(count))
        issue_main = rng.choice(issues)
        for number, day in enumerate(dates, start=1):
            sid += 1
            modality = _weighted(rng, {"in_person": 0.6, "hotline": 0.2, "online": 0.15,
                                       "outreach": 0.05})
            hour = rng.choice((9, 10, 14, 15, 16))
            chosen = [issue_main] + ([rng.choice(issues)] if rng.random() < 0.3 else [])
            notes = [_note(rng, inputs, issue_main, part)
                     for part in ("complaint", "assessment", "intervention", "plan")]
            is_last = number == count
            draft = is_last and status == "open" and rng.random() < 0.1
            stamp = iso(dt.datetime.combine(day, dt.time(hour, 50), dt.UTC))
            cosigned = None
            cosigner = supervisor_of.get(counsellor)
            if cosigner and not draft and (today - day).days > 7:
                cosigned = (cosigner, stamp, "记录规范，评估与计划一致。")
            session_rows.append((
                sid, cid, counsellor, number, day.isoformat(), f"{hour:02d}:00",
                f"{hour:02d}:50", modality,
                "counselling" if modality == "in_person" else "",
                json.dumps(sorted(set(chosen))),
                json.dumps(rng.sample(interventions, k=rng.randint(1, 3))),
                *notes, _weighted(rng, {"none": 0.7, "low": 0.22, "medium": 0.07, "high": 0.01}),
                "", "", "draft" if draft else ("cosigned" if cosigned else "signed"),
                None if draft else counsellor, None if draft else stamp,
                cosigned[0] if cosigned else None, cosigned[1] if cosigned else None,
                cosigned[2] if cosigned else "", int(bool(cosigner) and not draft),
                stamp, stamp))
            fts_rows.append((sid, index_text(*notes)))
            if not draft and rng.random() < 0.03:
                addenda.append((sid, counsellor, iso(dt.datetime.combine(
                    min(today, day + dt.timedelta(days=2)), dt.time(11), dt.UTC)),
                    "补充：来访者来电补充说明，情况与记录一致，无新增风险。"))
            if status == "open" and is_last and rng.random() < 0.6:
                planned = day + dt.timedelta(days=rng.choice((7, 10, 14)))
                done = planned < today and rng.random() < 0.8
                followups.append((cid, sid, planned.isoformat(),
                                  rng.choice(vocab.codes("follow_up_channels")),
                                  "状态平稳，按计划继续。" if done else "",
                                  stamp if done else None, counsellor if done else None,
                                  counsellor, stamp))
        if len(session_rows) >= batch:
            _insert_sessions(db, session_rows, fts_rows)
            session_rows, fts_rows = [], []
    _insert_sessions(db, session_rows, fts_rows)
    with db.transaction():
        db.executemany("INSERT INTO session_addenda (session_id, author_id, created_at, text)"
                       " VALUES (?, ?, ?, ?)", addenda)
        db.executemany("INSERT INTO followups (client_id, session_id, planned_date, channel,"
                       " outcome, done_at, done_by, created_by, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", followups)
        extra = _loop_records(db, rng, clients, today, creator)
        activities = _activities(db, rng, inputs, today, creator)
    return {"users": len(user_ids), "clients": n_clients, "sessions": sid,
            "consents": len(consents), "followups": len(followups), "addenda": len(addenda),
            "activities": activities, **extra}


def _insert_clients(db: Database, rows: list[tuple]) -> None:
    with db.transaction():
        db.executemany(
            "INSERT INTO clients (id, file_no, name, is_pseudonym, gender, birth_year, phone,"
            " employer, industry, job_type, key_groups, source, emergency_contact,"
            " counsellor_id, status, risk_level, closing_summary, opened_at, closed_at,"
            " created_by, created_at, updated_at, last_seen_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        # The file finder's index (see records.search.client_index_text): columns 1, 2, 6, 7
        # are file_no, name, phone, employer.
        db.executemany("INSERT INTO client_fts (rowid, body) VALUES (?, ?)",
                       [(r[0], client_index_text(r[1], r[2], r[6], r[7])) for r in rows])


def _insert_sessions(db: Database, rows: list[tuple], fts: list[tuple]) -> None:
    with db.transaction():
        db.executemany(
            "INSERT INTO sessions (id, client_id, counsellor_id, session_no, session_date,"
            " start_time, end_time, modality, room, issues, interventions, complaint,"
            " assessment, intervention, plan, risk_level, referral, next_appointment, status,"
            " signed_by, signed_at, cosigned_by, cosigned_at, supervisor_comment,"
            " review_required, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        db.executemany("INSERT INTO session_fts (rowid, body) VALUES (?, ?)", fts)


def _loop_records(db: Database, rng: random.Random, clients: list[tuple], today: dt.date,
                  creator: int) -> dict[str, int]:
    """Crises (one still open), referrals, satisfaction ratings and upcoming appointments."""
    if not clients:
        return {"crises": 0, "referrals": 0, "satisfaction": 0, "appointments": 0}
    picks = rng.sample(clients, k=min(len(clients), 4))
    crises = 0
    for index, (cid, opened, counsellor, _status) in enumerate(picks):
        when = dt.datetime.combine(today - dt.timedelta(hours=6) if index == 0 else
                                   _day_between(rng, opened, today), dt.time(10), dt.UTC)
        closed = index != 0
        cur = db.execute(
            "INSERT INTO crises (client_id, opened_at, opened_by, risk_level, checklist,"
            " actions, notes, followup_due, closed_at, closed_by, outcome)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (cid, iso(when), counsellor, "high",
             json.dumps(["suicidal_thoughts", "hopelessness"]),
             json.dumps(["safety_plan", "emergency_contact_reached", "hotline_given"]),
             "来访者表达强烈无望感，已共同制定安全计划并联系紧急联系人。",
             iso(when + dt.timedelta(hours=24)),
             iso(when + dt.timedelta(days=3)) if closed else None,
             counsellor if closed else None,
             "风险已下降，转入常规跟进。" if closed else ""))
        db.execute("UPDATE clients SET risk_level = 'high' WHERE id = ? AND ? = 0",
                   (cid, int(closed)))
        # Every crisis carries its mandatory follow-up 24 h later (records.crises), done
        # for the closed ones.
        due = when + dt.timedelta(hours=24)
        db.execute("INSERT INTO followups (client_id, crisis_id, planned_date, due_at, channel,"
                   " outcome, done_at, done_by, created_by, created_at)"
                   " VALUES (?, ?, ?, ?, 'phone', ?, ?, ?, ?, ?)",
                   (cid, cur.lastrowid, (due + dt.timedelta(hours=8)).date().isoformat(),
                    iso(due), "已电话回访，来访者情绪平稳。" if closed else "",
                    iso(due - dt.timedelta(hours=2)) if closed else None,
                    counsellor if closed else None, counsellor, iso(when)))
        crises += 1
    referrals = 0
    for cid, opened, counsellor, _status in rng.sample(clients, k=min(len(clients), 6)):
        db.execute(
            "INSERT INTO referrals (client_id, referral_date, destination_type, destination,"
            " reason, outcome, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (cid, _day_between(rng, opened, today).isoformat(),
             rng.choice(("psychiatry", "crisis_hotline", "legal_aid", "union_assistance")),
             "示例市精神卫生中心（虚构）", "需进一步专业评估", "已预约首诊", counsellor,
             iso(dt.datetime.combine(today, dt.time(9), dt.UTC))))
        referrals += 1
    ratings = 0
    for cid, opened, _counsellor, _status in rng.sample(clients, k=min(len(clients),
                                                                       len(clients) // 2 + 1)):
        scores = {item: rng.choices((3, 4, 5), weights=(1, 4, 6))[0] for item in
                  ("attitude", "professionalism", "environment_privacy", "improvement",
                   "overall")}
        db.execute("INSERT INTO satisfaction (client_id, rated_at, scores, overall, comment)"
                   " VALUES (?, ?, ?, ?, ?)",
                   (cid, iso(dt.datetime.combine(_day_between(rng, opened, today),
                                                 dt.time(11), dt.UTC)),
                    json.dumps(scores), scores["overall"], ""))
        ratings += 1
    appointments = 0
    for offset, (cid, _opened, counsellor, _status) in enumerate(
            c for c in clients[-12:] if c[3] == "open"):
        day = today + dt.timedelta(days=offset // 3)
        hour = 9 + (offset % 3) * 2
        db.execute("INSERT INTO appointments (client_id, counsellor_id, starts_at, ends_at,"
                   " room, status, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   (cid, counsellor, f"{day.isoformat()}T{hour:02d}:00",
                    f"{day.isoformat()}T{hour:02d}:50", "counselling", "booked", creator,
                    iso(dt.datetime.combine(today, dt.time(8), dt.UTC))))
        appointments += 1
    return {"crises": crises, "referrals": referrals, "satisfaction": ratings,
            "appointments": appointments}


def _months(today: dt.date) -> Iterator[dt.date]:
    first = dt.date(today.year, today.month, 1)
    for back in range(MONTHS_BACK):
        year, month = divmod(first.year * 12 + first.month - 1 - back, 12)
        yield dt.date(year, month + 1, 1)


def _activities(db: Database, rng: random.Random, inputs: DemoInputs, today: dt.date,
                creator: int) -> int:
    rows = []
    for year in {today.year, today.year - 1}:
        for kind, target in inputs.activity_targets.items():
            db.execute("INSERT OR REPLACE INTO targets (year, type, target) VALUES (?, ?, ?)",
                       (year, kind, target.count))
    for month in _months(today):
        for kind, target in inputs.activity_targets.items():
            per_month = target.count / 12
            count = int(per_month) + (1 if rng.random() < per_month % 1 else 0)
            for _ in range(count):
                day = _day_between(rng, month, min(today, month + dt.timedelta(days=27)))
                topic = rng.choice(inputs.topics.get(kind) or (("心理健康活动", "activity"),))
                attendees = target.min_attendees + rng.randint(0, max(2, target.min_attendees))
                rows.append((day.isoformat(), kind, topic[0], "职工服务中心",
                             rng.choice(inputs.employers).name, attendees,
                             json.dumps(rng.sample(["migrant", "new_employment", "hardship"],
                                                   k=1)),
                             creator, iso(dt.datetime.combine(day, dt.time(18), dt.UTC))))
    db.executemany("INSERT INTO activities (activity_date, type, topic, venue, organiser,"
                   " attendees, target_groups, created_by, created_at)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return len(rows)
