"""The tier side of a demo vault: regimes adopted from our templates, a duty roster around
today, and the admin's answers to two of the three hand-checked items (one "no"), so the
self-check shows each of its states. Every account has acknowledged the confidentiality
regime: work with files waits for that acknowledgement on every way in (`Session.require`),
and the demo is what scripts, benchmarks and a first look at the app sign in to. Adopting a
new version on the Regimes screen shows the question asked at the next sign-in.
"""

from __future__ import annotations

import datetime as dt
import json

from station_desk.domain.audit import Actor
from station_desk.domain.clock import iso
from station_desk.domain.records.common import today
from station_desk.domain.session import Session
from station_desk.domain.tier import duty, regimes, selfcheck

# (user, weekday 0=Monday .. 4, start, end, place)
WEEK = (
    *(("demo_reception", d, "08:30", "17:00", "reception") for d in range(5)),
    *(("demo_counsellor_a", d, "09:00", "12:00", "counselling") for d in (0, 2, 4)),
    *(("demo_counsellor_b", d, "09:00", "12:00", "counselling") for d in (1, 3)),
    ("demo_counsellor_b", 0, "14:00", "17:00", "hotline"),
    ("demo_counsellor_b", 2, "14:00", "17:00", "hotline"),
    ("demo_counsellor_a", 1, "14:00", "17:00", "hotline"),
    ("demo_counsellor_a", 3, "14:00", "17:00", "hotline"),
    ("demo_trainee", 4, "14:00", "17:00", "hotline"),
    ("demo_trainee", 1, "09:00", "12:00", "assessment"),
    ("demo_trainee", 3, "14:00", "16:00", "catharsis"),
)


def prepare(session: Session) -> dict[str, int]:
    """Run as the demo's admin after the records are written; returns counts."""
    for kind in regimes.KINDS:
        text = regimes.template(kind)
        regimes.adopt(session, kind, text.title, text.body)
    confidentiality = regimes.current(session, "confidentiality")
    assert confidentiality is not None
    users = session.db.all("SELECT id, username, role FROM users WHERE disabled = 0")
    stamp = iso(session.clock())
    acknowledged = 0
    with session.db.transaction():
        for user_id, username, role in users:
            if user_id == session.user.id:
                continue  # the admin acknowledged it by adopting it
            # as `regimes.acknowledge` records it, for accounts not signed in here
            session.db.execute("INSERT INTO regime_acks (regime_id, user_id, acknowledged_at)"
                               " VALUES (?, ?, ?)", (confidentiality.id, user_id, stamp))
            session.audit.append(Actor(user_id, username, role), "regime.acknowledge",
                                 "regime:confidentiality",
                                 json.dumps({"version": 1, "sha256": confidentiality.digest}))
            acknowledged += 1
    monday = today(session) - dt.timedelta(days=today(session).weekday())
    first = monday - dt.timedelta(weeks=4)
    shifts = 0
    for username, weekday, start, end, place in WEEK:
        shifts += len(duty.add_shifts(session, username, first + dt.timedelta(days=weekday),
                                      start, end, place, repeat_weeks=6))
    # a "no", so the demo shows a requirement not met (the third item is left unanswered)
    selfcheck.answer(session, "b1_signage", "no", "楼层指引牌装修时拆下，尚未重新悬挂。")
    selfcheck.answer(session, "b1_fixed_site", "yes", "职工服务中心二楼，独立使用。")
    return {"regimes": len(regimes.KINDS), "acknowledgements": acknowledged + 1,
            "duty_shifts": shifts}
