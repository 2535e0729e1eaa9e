"""A crisis's safety plan (安全计划), written with the worker and printed for them to keep:
the warning signs that a crisis is coming, what they can do alone, people and places that
help, professionals to call, and how to keep the means of harm away.

It belongs to one crisis (`crises.safety_plan`, clinical.db) and is clinical text like the
crisis's narrative: read by whoever may read the case's clinical records (`get_crisis`'s
rule), written by whoever may manage the crisis on the case, sealed with the crisis when the
file is restricted (`restricted.SEALED_COLUMNS`), one audit entry per save naming which
sections were filled (never their text). It may be written or revised after the crisis is
closed: a plan outlives the crisis it was made in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from station_desk.domain.records import access, crises
from station_desk.domain.records import restricted as sealing
from station_desk.domain.records.common import (
    MAX_SECTION,
    Checker,
    now_iso,
    today,
    user_names,
)
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

register_messages({
    "safety_plan_sealed": N_(
        "errors", "The safety plan of file {file_no} is restricted and sealed to someone else: "
        "you cannot read or print it."),
})

# The five sections, in the order they are written and printed.
SECTIONS: dict[str, tuple[str, str]] = {
    "warning_signs": N_("records", "warning signs"),
    "coping": N_("records", "coping steps I can take alone"),
    "people_places": N_("records", "people and places that help"),
    "professionals": N_("records", "professionals and services to contact"),
    "means_safety": N_("records", "keeping the means of harm away"),
}


@dataclass(frozen=True)
class SafetyPlan:
    crisis_id: int
    client_id: int
    file_no: str
    sections: dict[str, str]
    written_at: str | None  # UTC, None until first written
    written_by_name: str
    sealed_away: bool = False  # restricted, and this reader holds no key: text withheld

    @property
    def is_empty(self) -> bool:
        return not any(v.strip() for v in self.sections.values())


def section_label(key: str, lang: str = "zh") -> str:
    zh, en = SECTIONS[key]
    return en if lang == "en" else zh


def _parse(text: str) -> dict[str, str]:
    try:
        raw = json.loads(text) if text else {}
    except ValueError:  # a sealed row its reader cannot open shows the placeholder
        raw = {key: text for key in SECTIONS}
    if not isinstance(raw, dict):
        raw = {}
    return {key: str(raw.get(key, "")) for key in SECTIONS}


def get_safety_plan(session: Session, crisis_id: int) -> SafetyPlan:
    """The crisis's plan (empty sections until written), for whoever may read the crisis."""
    crisis = crises.get_crisis(session, crisis_id)  # the clinical-access check
    return read_safety_plan(session, crisis)


def read_safety_plan(session: Session, crisis: crises.Crisis) -> SafetyPlan:
    """The plan of a crisis already read with its access check (the report prints it)."""
    rows = session.db.all("SELECT id, safety_plan, safety_plan_at, safety_plan_by, sealed"
                          " FROM crises WHERE id = ?", (crisis.id,))
    row: Any = sealing.reveal(session, "crises", rows, {"safety_plan": 1})[0]
    names = user_names(session, [row[3]])
    # Sealed to someone else: the screen shows the placeholder in each section; that a plan
    # was written, and when, is not sealed.
    away = bool(row[4]) and row[1] == sealing.PLACEHOLDER and row[2] is not None
    return SafetyPlan(crisis.id, crisis.client_id, crisis.file_no, _parse(row[1]), row[2],
                      names.get(row[3], "") if row[3] is not None else "", away)


def require_readable(plan: SafetyPlan) -> SafetyPlan:
    """A plan whose text this reader cannot open is refused, not shown or printed as the
    placeholder: a worker handed a page of "（高度保密内容）" is worse off than one told to
    ask the counsellor who holds it."""
    if plan.sealed_away:
        raise StationDeskError("safety_plan_sealed", file_no=plan.file_no)
    return plan


def save_safety_plan(session: Session, crisis_id: int, sections: dict[str, str]) -> SafetyPlan:
    """Write or revise the plan: at least one section; each as long as a record's section."""
    session.require(Permission.MANAGE_CRISIS)
    crisis = crises.get_crisis(session, crisis_id)
    ref = access.require_write(session, crisis.client_id)
    check = Checker(today(session))
    values = {key: check.text(key, sections.get(key, ""), limit=MAX_SECTION)
              for key in SECTIONS}
    if not any(v.strip() for v in values.values()):
        check.add("warning_signs", "field_required")
    check.done()
    with session.db.transaction():
        session.db.execute(
            "UPDATE crises SET safety_plan = ?, safety_plan_at = ?, safety_plan_by = ?"
            " WHERE id = ?", (json.dumps(values, ensure_ascii=False), now_iso(session),
                              session.user.id, crisis_id))
        sealing.after_write(session, "crises", crisis_id, ("safety_plan",))
        session.log("crisis.safety_plan", ref.target,
                    {"crisis": crisis_id, "sections": [k for k, v in values.items()
                                                       if v.strip()]})
    return get_safety_plan(session, crisis_id)
