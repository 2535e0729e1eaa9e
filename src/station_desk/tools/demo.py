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

from station_desk.domain import accounts, instruments
from station_desk.domain.assessments import AGE_BANDS, SELF_HARM_CODES
from station_desk.domain.auth import StationProfile, create_station
from station_desk.domain.clock import STATION_TZ, Clock, iso, system_clock
from station_desk.domain.records.text_index import client_index_text
from station_desk.domain.search_text import index_text
from station_desk.domain.stats.period import add_months
from station_desk.domain.vocab import DemoInputs, load_demo_inputs, load_vocabularies
from station_desk.i18n import N_
from station_desk.storage.database import Database
from station_desk.tools import demo_tier

DEMO_STATION = StationProfile(*N_("tools", "DEMO-0001"), "complete_1",
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
                          today=clock().astimezone(STATION_TZ).date(), n_clients=clients,
                          n_sessions=sessions, now=iso(clock()), assessments=True)
        counts.update(demo_tier.prepare(session))  # regimes, roster, hand-check answers
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
             batch: int = 20000, assessments: bool = False) -> dict[str, int]:
    """Fill a vault's record tables; returns the counts written.

    With `assessments` (demo vaults always ask for them), files also get scored
    administrations (intake PHQ-9 and GAD-7, and repeats as the case goes on, so the trend
    chart has a series), one recent PHQ-9 with a positive item 9 and its open alert, and
    anonymous walk-in screenings, written in batches like the records. They draw from their
    own random stream, so the records are the same with or without them. Off by default
    because the benchmark vault (`tools.bench_data`) still writes its own assessments, with ids of
    its own; it can pass True instead and drop them."""
    vocab = load_vocabularies()
    tests = _Assessments(random.Random(hash(rng.getstate()[1])), today) if assessments else None
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
                _day_between(rng, opened, today), dt.time(16, 0), STATION_TZ))
            summary = "来访者主要问题已缓解，约定如有需要再预约。" if status == "closed" else ""
        contact = f"{rng.choice(('配偶', '父亲', '母亲', '姐姐', '哥哥', '同事'))} " \
                  f"{people.name(rng.choice(('female', 'male')))} {people.phone()}"
        opened_ts = iso(dt.datetime.combine(opened, dt.time(9, 0), STATION_TZ))
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
    # structured forms (records/consent.py): the usual uses ticked, explained by the counsellor
    consents = [(cid, opened.isoformat(), "", 1, counsellor,
                 iso(dt.datetime.combine(opened, dt.time(9, 5), STATION_TZ)),
                 '["counselling", "assessment", "statistics"]', counsellor, 1)
                for cid, opened, counsellor, _ in clients if rng.random() < 0.95]
    with db.transaction():
        db.executemany("INSERT INTO consents (client_id, consent_date, scope, limits_explained,"
                       " recorded_by, recorded_at, scopes, explained_by, structured)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", consents)

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
        if tests is not None:
            tests.plan(cid, counsellor, status, dates)
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
            stamp = iso(dt.datetime.combine(day, dt.time(hour, 50), STATION_TZ))
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
                    min(today, day + dt.timedelta(days=2)), dt.time(11), STATION_TZ)),
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
        if tests is not None and len(tests.rows) >= batch:
            tests.flush(db)
    _insert_sessions(db, session_rows, fts_rows)
    with db.transaction():
        db.executemany("INSERT INTO session_addenda (session_id, author_id, created_at, text)"
                       " VALUES (?, ?, ?, ?)", addenda)
        db.executemany("INSERT INTO followups (client_id, session_id, planned_date, channel,"
                       " outcome, done_at, done_by, created_by, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", followups)
        # what they are for, and how the done ones went (records.followups)
        db.execute("UPDATE followups SET purpose = 'after_session',"
                   " result = CASE WHEN done_at IS NULL THEN '' ELSE 'reached' END"
                   " WHERE session_id IS NOT NULL")
        extra = _loop_records(db, rng, clients, today, creator)
        activities = _activities(db, rng, inputs, today, creator)
    if tests is not None:
        tests.finish(db, clients, counsellors, n_clients)
        extra.update(tests.counts)
    return {"users": len(user_ids), "clients": n_clients, "sessions": sid,
            "consents": len(consents), "followups": len(followups), "addenda": len(addenda),
            "activities": activities, **extra}


def _insert_clients(db: Database, rows: list[tuple]) -> None:
    with db.transaction():
        # Columns 15, 16 and 22 (risk level, closing summary, last visit) are the file's
        # clinical columns: they go to the clinical compartment's client_clinical.
        db.executemany(
            "INSERT INTO clients (id, file_no, name, is_pseudonym, gender, birth_year, phone,"
            " employer, industry, job_type, key_groups, source, emergency_contact,"
            " counsellor_id, status, opened_at, closed_at, created_by, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(*r[:15], *r[17:22]) for r in rows])
        db.executemany("INSERT INTO client_clinical (client_id, risk_level, closing_summary,"
                       " last_seen_at) VALUES (?, ?, ?, ?)",
                       [(r[0], r[15], r[16], r[22]) for r in rows])
        # The file finder's index (see records.text_index.client_index_text): columns 1, 2, 6, 7
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


DEMO_SAFETY_PLAN = {
    "warning_signs": "连续几晚睡不着，不想见人，觉得自己是家里的负担",
    "coping": "出去走一走；听音乐；给自己做一顿饭",
    "people_places": "姐姐（电话见档案）；厂区职工活动室",
    "professionals": "服务站咨询师；心理援助热线 12356",
    "means_safety": "药由家人保管；不独自去高处",
}


def _loop_records(db: Database, rng: random.Random, clients: list[tuple], today: dt.date,
                  creator: int) -> dict[str, int]:
    """Crises (one still open), referrals, satisfaction ratings and upcoming appointments."""
    if not clients:
        return {"crises": 0, "referrals": 0, "satisfaction": 0, "appointments": 0}
    picks = rng.sample(clients, k=min(len(clients), 4))
    crises = 0
    for index, (cid, opened, counsellor, _status) in enumerate(picks):
        # The open crisis began early today, so its 24-hour follow-up is still ahead.
        when = (dt.datetime.combine(today, dt.time(0, 30), STATION_TZ) if index == 0 else
                dt.datetime.combine(_day_between(rng, opened, today), dt.time(10), STATION_TZ))
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
             "风险已下降，转入常规回访。" if closed else ""))
        db.execute("UPDATE client_clinical SET risk_level = 'high' WHERE client_id = ? AND ? = 0",
                   (cid, int(closed)))
        # Every crisis carries its mandatory follow-up 24 h later (records.crises), done
        # for the closed ones.
        due = when + dt.timedelta(hours=24)
        db.execute("INSERT INTO followups (client_id, crisis_id, planned_date, due_at, channel,"
                   " outcome, done_at, done_by, created_by, created_at, purpose, result)"
                   " VALUES (?, ?, ?, ?, 'phone', ?, ?, ?, ?, ?, 'after_crisis', ?)",
                   (cid, cur.lastrowid, (due + dt.timedelta(hours=8)).date().isoformat(),
                    iso(due), "已电话回访，来访者情绪平稳。" if closed else "",
                    iso(due - dt.timedelta(hours=2)) if closed else None,
                    counsellor if closed else None, counsellor, iso(when),
                    "reached" if closed else ""))
        # the safety plan made together (records.safety_plan)
        db.execute("UPDATE crises SET safety_plan = ?, safety_plan_at = ?, safety_plan_by = ?"
                   " WHERE id = ?", (json.dumps(DEMO_SAFETY_PLAN, ensure_ascii=False),
                                     iso(when + dt.timedelta(hours=1)), counsellor,
                                     cur.lastrowid))
        crises += 1
    referrals = 0
    for cid, opened, counsellor, _status in rng.sample(clients, k=min(len(clients), 6)):
        db.execute(
            "INSERT INTO referrals (client_id, referral_date, destination_type, destination,"
            " reason, outcome, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (cid, _day_between(rng, opened, today).isoformat(),
             rng.choice(("psychiatry", "crisis_hotline", "legal_aid", "union_assistance")),
             "示例市精神卫生中心（虚构）", "需进一步专业评估", "已预约首诊", counsellor,
             iso(dt.datetime.combine(today, dt.time(9), STATION_TZ))))
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
                                                 dt.time(11), STATION_TZ)),
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
                    iso(dt.datetime.combine(today, dt.time(8), STATION_TZ))))
        appointments += 1
    # the last days' bookings, marked as the desk marks them (records.appointments)
    kept = ("attended", "attended", "no_show", "attended", "late_cancel", "attended")
    for offset, (cid, _opened, counsellor, _status) in enumerate(
            [c for c in clients[:40] if c[3] == "open"][:len(kept)]):
        day = today - dt.timedelta(days=1 + offset // 3)
        hour = 9 + (offset % 3) * 2
        db.execute("INSERT INTO appointments (client_id, counsellor_id, starts_at, ends_at,"
                   " room, status, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   (cid, counsellor, f"{day.isoformat()}T{hour:02d}:00",
                    f"{day.isoformat()}T{hour:02d}:50", "counselling", kept[offset], creator,
                    iso(dt.datetime.combine(day - dt.timedelta(days=7), dt.time(8),
                                            STATION_TZ))))
        appointments += 1
    return {"crises": crises, "referrals": referrals, "satisfaction": ratings,
            "appointments": appointments}


def _months(today: dt.date) -> Iterator[dt.date]:
    for back in range(MONTHS_BACK):
        yield add_months(today, -back)


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
                topic = rng.choice(inputs.topics.get(kind) or (N_("tools", "activity"),))
                attendees = target.min_attendees + rng.randint(0, max(2, target.min_attendees))
                rows.append((day.isoformat(), kind, topic[0], "职工服务中心",
                             rng.choice(inputs.employers).name, attendees,
                             json.dumps(rng.sample(["migrant", "new_employment", "hardship"],
                                                   k=1)),
                             creator, iso(dt.datetime.combine(day, dt.time(18), STATION_TZ))))
    db.executemany("INSERT INTO activities (activity_date, type, topic, venue, organiser,"
                   " attendees, target_groups, created_by, created_at)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return len(rows)


# --------------------------------------------------------------------------- assessments

# How likely each answer is, from the least to the most distressed option, for a worker
# doing well (0) to one struggling badly (3); spread over however many options an item has.
_DISTRESS_WEIGHTS = {0: (8, 3, 0.6, 0.2), 1: (3, 5, 2, 0.5), 2: (1, 3, 4, 2),
                     3: (0.3, 1.2, 3, 5)}
_POOL = 24  # scored answer sets per instrument and severity, drawn from for every row
INTAKE = ("phq9", "gad7")
OCCASIONAL = ("who5", "pss10", "k10")
REPEAT_GAP = 14  # days between administrations to the same file, at least ...
MAX_REPEATS = 6  # ... and at most this many repeats
SELF_HARM_DAYS_AGO = 3


def demo_answers(rng: random.Random, instrument: instruments.Instrument, severity: int, *,
                 self_harm: int | None = 0) -> list[int]:
    """A plausible complete answer set: each item leans towards distress with `severity`.
    `self_harm` fixes the answer to any self-harm item (PHQ-9 item 9): 0 keeps it negative,
    None leaves it to chance."""
    weights = _DISTRESS_WEIGHTS[max(0, min(3, severity))]
    sign = 1 if instrument.direction == "higher_worse" else -1
    fixed = {rule.item for rule in instrument.alerts
             if rule.kind == "item" and rule.code in SELF_HARM_CODES}
    out = []
    for item in instrument.items:
        order = sorted(item.values, key=lambda v, i=item: sign * i.scored(v))
        if item.number in fixed and self_harm is not None:
            out.append(order[min(self_harm, len(order) - 1)])
            continue
        last = len(order) - 1
        w = [weights[round(n * 3 / last)] if last else 1 for n in range(len(order))]
        out.append(rng.choices(order, weights=w)[0])
    return out


def _row_parts(result: instruments.ScoreResult) -> tuple[Any, ...]:
    """The stored columns of one scored result, as `domain.assessments` stores them."""
    band = result.band
    return (result.instrument_version, json.dumps(list(result.answers)), result.total,
            result.display_score,
            json.dumps({"min": band.min, "max": band.max, "zh": band.label_zh,
                        "en": band.label_en}, ensure_ascii=False), band.level,
            json.dumps([{"code": a.code, "zh": a.label_zh, "en": a.label_en}
                        for a in result.alerts], ensure_ascii=False),
            tuple(a.code for a in result.alerts))


class _Assessments:
    """Administrations for the demo, scored by the shipped instruments and written in batches.

    Each instrument's answer sets are scored once into a small pool per severity and reused,
    so a benchmark-sized vault costs a tuple per row, not a scoring run."""

    def __init__(self, rng: random.Random, today: dt.date) -> None:
        self.rng = rng
        self.today = today
        self.shipped = instruments.load_all()
        self.pool: dict[tuple[str, int], list[tuple[Any, ...]]] = {}
        self.rows: list[tuple[Any, ...]] = []
        self.alerts: list[tuple[Any, ...]] = []
        self.next_id = 1
        self.series: list[tuple[int, int, dt.date]] = []  # (client, counsellor, last day)
        self.counts = {"assessments": 0, "assessment_alerts": 0, "anonymous_screenings": 0}
        self.ack_before = iso(dt.datetime.combine(today - dt.timedelta(days=1), dt.time(),
                                                  STATION_TZ))

    def _scored(self, ident: str, severity: int) -> tuple[Any, ...]:
        key = (ident, severity)
        if key not in self.pool:
            inst = self.shipped[ident]
            self.pool[key] = [_row_parts(instruments.score(inst, demo_answers(
                self.rng, inst, severity))) for _ in range(_POOL)]
        return self.rng.choice(self.pool[key])

    def add(self, ident: str, parts: tuple[Any, ...], *, client_id: int | None, when: str,
            by: int, anon: tuple[str, str, str | None] | None = None,
            acknowledged: bool | None = None) -> int:
        aid = self.next_id
        self.next_id += 1
        version, answers, total, score, band, level, alerts, codes = parts
        self.rows.append((aid, client_id, ident, version, "anonymous" if anon else "counsellor",
                          when, by, answers, total, score, band, level, alerts,
                          *(anon or (None, None, None)), when))
        acked = when < self.ack_before if acknowledged is None else acknowledged
        for code in codes:
            self.alerts.append((aid, client_id, code, when, by if acked else None,
                                _later(when) if acked else None))
        self.counts["assessments"] += 1
        self.counts["assessment_alerts"] += len(codes)
        return aid

    def plan(self, client_id: int, counsellor: int, status: str,
             dates: list[dt.date]) -> None:
        """Intake screening at the first session for most files, then a repeat at a session
        at least `REPEAT_GAP` days after the last one (distress easing for most cases), now
        and then one of the other instruments too."""
        rng = self.rng
        if not dates or rng.random() < 0.35:
            return
        severity = rng.choices((1, 2, 3), weights=(4, 4, 2))[0]
        extra = rng.choice(OCCASIONAL) if rng.random() < 0.15 else None
        taken = [dates[0]]
        for day in dates[1:]:
            if len(taken) > MAX_REPEATS:
                break
            if (day - taken[-1]).days >= REPEAT_GAP:
                taken.append(day)
        for step, day in enumerate(taken):
            now = severity - (step + rng.choice((0, 0, 1))) // 2 if step else severity
            if step and rng.random() < 0.15:
                now += 1  # not every case improves
            when = _when(rng, day)
            for ident in INTAKE:
                self.add(ident, self._scored(ident, max(0, now)), client_id=client_id,
                         when=when, by=counsellor)
            if extra and step in (0, len(taken) - 1):
                self.add(extra, self._scored(extra, max(0, now)), client_id=client_id,
                         when=when, by=counsellor)
        if len(taken) >= 3 and status == "open":
            self.series.append((client_id, counsellor, taken[-1]))

    def flush(self, db: Database) -> None:
        with db.transaction():
            db.executemany(
                "INSERT INTO assessments (id, client_id, instrument_id, instrument_version,"
                " mode, administered_at, administered_by, answers, total, score, band,"
                " band_level, alerts, anon_gender, anon_age_band, anon_industry, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", self.rows)
            db.executemany(
                "INSERT INTO assessment_alerts (assessment_id, client_id, code, raised_at,"
                " acknowledged_by, acknowledged_at) VALUES (?, ?, ?, ?, ?, ?)", self.alerts)
        self.rows, self.alerts = [], []

    def finish(self, db: Database, clients: list[tuple[int, dt.date, int, str]],
               counsellors: list[int], n_clients: int) -> None:
        """The recent positive item 9 (left for its counsellor to acknowledge) and the
        anonymous walk-in screenings; then write what is left."""
        rng = self.rng
        open_files = [(c[0], c[2], c[1]) for c in clients if c[3] == "open"]
        pick = max(self.series, key=lambda s: s[2], default=None) or (
            open_files[-1] if open_files else None)
        if pick is not None:
            client_id, counsellor, _last = pick
            day = max(self.today - dt.timedelta(days=SELF_HARM_DAYS_AGO),
                      _last + dt.timedelta(days=1))
            inst = self.shipped["phq9"]
            answers = demo_answers(rng, inst, 2, self_harm=1)
            self.add("phq9", _row_parts(instruments.score(inst, answers)),
                     client_id=client_id, when=_when(rng, min(day, self.today)),
                     by=counsellor, acknowledged=False)
        genders = ("female", "female", "male", "male", "unspecified")
        bands = [b for b in AGE_BANDS if b != "unspecified"] + ["unspecified"]
        industries = list(load_vocabularies().codes("industries"))
        for _ in range(max(4, n_clients // 10) if counsellors else 0):
            day = self.today - dt.timedelta(days=rng.randint(0, MONTHS_BACK * 30))
            ident = rng.choice((*INTAKE, *INTAKE, *OCCASIONAL))
            # stored as `assessments.anonymous_screening` stores them: the day only
            self.add(ident, self._scored(ident, rng.choice((0, 0, 1, 1, 2, 3))),
                     client_id=None, when=day.isoformat(), by=rng.choice(counsellors),
                     anon=(rng.choice(genders), rng.choice(bands),
                           rng.choice(industries) if rng.random() < 0.85 else None),
                     acknowledged=True)
            self.counts["anonymous_screenings"] += 1
        self.flush(db)


def _when(rng: random.Random, day: dt.date) -> str:
    """A UTC timestamp in station office hours (09:00–16:59 UTC+8) on `day`."""
    minutes = int(rng.random() * 480)  # 01:00-08:59 UTC
    return f"{day.isoformat()}T{1 + minutes // 60:02d}:{minutes % 60:02d}:00Z"


def _later(stamp: str) -> str:
    """When the counsellor acknowledged an alert: 17:30 station time the same day, after any
    administration `_when` makes (anonymous screenings store the day only)."""
    return stamp[:10] + "T09:30:00Z"
