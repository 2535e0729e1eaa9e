"""What every records module shares: station-local dates, form validation, audit labels.

Dates a counsellor types (session date, follow-up date) are dates on the station's wall
calendar. Every station is in China, on UTC+8 all year, so "today" is the UTC+8 date of the
session clock; timestamps stored in the database stay UTC (`clock.iso`).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from station_desk.domain import vocab
from station_desk.domain.audit import register_actions
from station_desk.domain.clock import STATION_TZ, iso
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

# One note section (主诉, 评估, 干预, 计划) holds at most this many characters. 20,000 Chinese
# characters is about ten printed pages: far beyond a real session note, and still a size the
# printed record (issue 5) lays out. Longer input is refused with the count, never cut: the
# editor keeps the text and the autosaved draft keeps it too.
MAX_SECTION = 20_000
MAX_SHORT = 200  # names, units, topics, destinations
MAX_MEDIUM = 2_000  # reasons, outcomes, comments, summaries, addenda are notes: MAX_SECTION

register_messages({
    "record_invalid": ("{detail}", "{detail}"),
    "field_required": N_("errors", "Please fill in “{field}”."),
    "field_too_long": N_(
        "errors", "“{field}” has {count} characters, more than the {limit} allowed. Nothing "
        "was lost; shorten it and save again."),
    "field_bad_date": N_(
        "errors", "“{field}” is not a valid date: {value} (use the form 2026-11-02)."),
    "field_bad_time": N_(
        "errors", "“{field}” is not a valid time: {value} (use the form 14:30)."),
    "field_future": N_("errors", "“{field}” cannot be later than today ({today})."),
    "field_past": N_("errors", "“{field}” cannot be earlier than today ({today})."),
    "field_end_before_start": N_(
        "errors", "The end time {end} is not after the start time {start}."),
    "field_before": N_(
        "errors", "“{field}” ({value}) cannot be before the {other_label} ({other})."),
    "field_bad_choice": N_("errors", "“{field}” has an invalid value: {value}."),
    "field_bad_number": N_(
        "errors", "“{field}” must be a whole number from {low} to {high}: {value}."),
    "field_bad_phone": N_(
        "errors", "“{field}” may hold only digits, spaces, + and - (at most 20): {value}."),
})

# Field code -> (zh, en): the names messages use, and the keys the forms mark in red.
FIELDS: dict[str, tuple[str, str]] = {
    "name": N_("records", "name or pseudonym"),
    "gender": N_("records", "gender"),
    "birth_year": N_("records", "birth year"),
    "phone": N_("records", "phone"),
    "employer": N_("records", "employer"),
    "industry": N_("records", "industry"),
    "job_type": N_("records", "job type"),
    "key_groups": N_("records", "key groups"),
    "source": N_("records", "how they came"),
    "emergency_contact": N_("records", "emergency contact"),
    "counsellor": N_("records", "assigned counsellor"),
    "consent_date": N_("records", "consent date"),
    "scope": N_("records", "consent scope"),
    "limits_explained": N_("records", "limits of confidentiality explained"),
    "withdrawn_on": N_("records", "withdrawal date"),
    "note": N_("records", "note"),
    "requested_on": N_("records", "date of the request"),
    "session_date": N_("records", "session date"),
    "start_time": N_("records", "start time"),
    "end_time": N_("records", "end time"),
    "modality": N_("records", "modality"),
    "room": N_("records", "room"),
    "issues": N_("records", "presenting issues"),
    "interventions": N_("records", "interventions"),
    "complaint": N_("records", "presenting complaint"),
    "assessment": N_("records", "assessment"),
    "intervention": N_("records", "intervention"),
    "plan": N_("records", "plan"),
    "risk_level": N_("records", "risk level"),
    "referral": N_("records", "referral"),
    "next_appointment": N_("records", "next appointment"),
    "next_appointment_time": N_("records", "time of the next appointment"),
    "addendum": N_("records", "addendum text"),
    "comment": N_("records", "comment"),
    "summary": N_("records", "closing summary"),
    "reason": N_("records", "reason"),
    "planned_date": N_("records", "planned follow-up date"),
    "channel": N_("records", "follow-up channel"),
    "outcome": N_("records", "outcome"),
    "checklist": N_("records", "crisis risk checklist"),
    "actions": N_("records", "actions taken"),
    "notes": N_("records", "notes"),
    "referral_date": N_("records", "referral date"),
    "destination_type": N_("records", "destination type"),
    "destination": N_("records", "destination"),
    "scores": N_("records", "ratings"),
    "activity_date": N_("records", "activity date"),
    "type": N_("records", "activity type"),
    "topic": N_("records", "topic"),
    "venue": N_("records", "venue"),
    "organiser": N_("records", "organising unit"),
    "attendees": N_("records", "attendee count"),
    "target_groups": N_("records", "target groups"),
    "year": N_("records", "year"),
    "target": N_("records", "target"),
    "starts_at": N_("records", "appointment start"),
    "ends_at": N_("records", "appointment end"),
    "status": N_("records", "attendance"),
    "purpose": N_("records", "follow-up purpose"),
    "planned_time": N_("records", "planned time"),
    "result": N_("records", "follow-up result"),
    "warning_signs": N_("records", "warning signs"),
    "coping": N_("records", "coping steps"),
    "people_places": N_("records", "people and places"),
    "professionals": N_("records", "professional contacts"),
    "means_safety": N_("records", "means safety"),
    "query": N_("records", "search terms"),
    "date_from": N_("records", "from date"),
    "date_to": N_("records", "to date"),
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a form: which field, which message, its parameters."""

    field: str
    code: str
    params: tuple[tuple[str, Any], ...] = ()

    def message(self, lang: str = "zh") -> str:
        zh, en = FIELDS.get(self.field, (self.field, self.field))
        params = {"field_zh": zh, "field_en": en, **dict(self.params)}
        return StationDeskError(self.code, **params).message(lang)


class ValidationError(StationDeskError):
    """Every problem of a form at once, so the form can mark each field."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("record_invalid", detail=" ".join(p.message("en") for p in problems))

    def message(self, lang: str = "zh") -> str:
        # Each message is a sentence with its own full stop (。 or .).
        sep = " " if lang.startswith("en") else ""
        return sep.join(p.message(lang) for p in self.problems)

    @property
    def fields(self) -> list[str]:
        return [p.field for p in self.problems]



class Checker:
    """Collects problems while a form is read; `done()` raises them together."""

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.problems: list[Problem] = []

    def add(self, field: str, code: str, **params: Any) -> None:
        self.problems.append(Problem(field, code, tuple(params.items())))

    def done(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)

    def failed(self, field: str) -> bool:
        return any(p.field == field for p in self.problems)

    def text(self, field: str, value: str | None, *, required: bool = False,
             limit: int = MAX_SHORT) -> str:
        text = (value or "").strip() if limit <= MAX_SHORT else (value or "")
        if required and not text.strip():
            self.add(field, "field_required")
        elif len(text) > limit:
            self.add(field, "field_too_long", count=len(text), limit=limit)
        return text

    def date(self, field: str, value: dt.date | str | None, *, required: bool = False,
             future: bool = True, past: bool = True) -> dt.date | None:
        if value in (None, ""):
            if required:
                self.add(field, "field_required")
            return None
        day = value if isinstance(value, dt.date) else _parse_date(str(value))
        if day is None:
            self.add(field, "field_bad_date", value=value)
            return None
        if not future and day > self.today:
            self.add(field, "field_future", today=self.today.isoformat())
        if not past and day < self.today:
            self.add(field, "field_past", today=self.today.isoformat())
        return day

    def time(self, field: str, value: str | None, *, required: bool = False) -> str:
        text = (value or "").strip()
        if not text:
            if required:
                self.add(field, "field_required")
            return ""
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", text):
            self.add(field, "field_bad_time", value=text)
            return ""
        return text

    def choice(self, field: str, kind: str, value: str | None, *, required: bool = True,
               allow_retired: bool = False) -> str:
        code = (value or "").strip()
        if not code:
            if required:
                self.add(field, "field_required")
            return ""
        if code not in vocab.codes(kind, include_retired=allow_retired):
            self.add(field, "field_bad_choice", value=code)
        return code

    def choices(self, field: str, kind: str, values: Iterable[str], *,
                required: bool = False) -> tuple[str, ...]:
        allowed = vocab.codes(kind)
        picked: list[str] = []
        for code in values:
            if code not in allowed:
                self.add(field, "field_bad_choice", value=code)
            elif code not in picked:
                picked.append(code)
        if required and not picked and not self.failed(field):
            self.add(field, "field_required")
        return tuple(picked)

    def number(self, field: str, value: Any, low: int, high: int, *,
               required: bool = True) -> int | None:
        if value in (None, ""):
            if required:
                self.add(field, "field_required")
            return None
        try:
            number = int(str(value).strip())
        except ValueError:
            number = None
        if number is None or not low <= number <= high or isinstance(value, bool):
            self.add(field, "field_bad_number", value=value, low=low, high=high)
            return None
        return number


def _parse_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


# --------------------------------------------------------------------------- time


def now_iso(session: Session) -> str:
    return iso(session.clock())


def local_now(session: Session) -> dt.datetime:
    return session.clock().astimezone(STATION_TZ)


def today(session: Session) -> dt.date:
    return local_now(session).date()


def local_date_of(timestamp: str) -> dt.date:
    """The station calendar date of a stored UTC timestamp."""
    from station_desk.domain.clock import parse_iso

    return parse_iso(timestamp).astimezone(STATION_TZ).date()


# --------------------------------------------------------------------------- storage helpers


def dumps(codes: Iterable[str]) -> str:
    return json.dumps(list(codes), ensure_ascii=False)


@functools.lru_cache(maxsize=4096)
def loads(text: str | None) -> tuple[str, ...]:
    """A stored list of codes. Cached: a file's thousands of records repeat a few dozen
    lists, and the result is immutable."""
    if not text:
        return ()
    value = json.loads(text)
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def file_target(file_no: str) -> str:
    """Audit target of anything in a file: one filter shows the file's whole history."""
    return f"file:{file_no}"


def user_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    marks = ",".join("?" * len(wanted))
    return {r[0]: r[1] for r in session.db.all(
        f"SELECT id, display_name FROM users WHERE id IN ({marks})", wanted)}


register_actions({
    "file.register": N_("records", "file registered"),
    "file.view": N_("records", "file viewed"),
    "file.view_basic": N_("records", "file basic details viewed"),
    "file.break_glass": N_("records", "another counsellor's case opened with a reason"),
    "safe.open": N_("records", "recovery key typed in to open restricted content"),
    "safe.failed": N_("records", "wrong recovery key typed in"),
    "clinical.seal": N_("records", "restricted content sealed or unsealed"),
    "file.edit": N_("records", "file details edited"),
    "file.restrict": N_("records", "file restriction changed"),
    "file.share": N_("records", "case shared"),
    "file.unshare": N_("records", "case sharing withdrawn"),
    "file.transfer": N_("records", "case transferred"),
    "file.reassign": N_("records", "case reassigned by the admin"),
    "caseload.reassign": N_("records", "counsellor's caseload reassigned"),
    "file.close": N_("records", "case closed"),
    "file.close.summary": N_("records", "closing summary recorded"),
    "file.transfer.note": N_("records", "note on a case transfer"),
    "caseload.reassign.note": N_("records", "note on a caseload reassignment"),
    "file.reopen": N_("records", "case reopened"),
    "consent.record": N_("records", "informed consent recorded"),
    "consent.withdraw": N_("records", "withdrawal of consent recorded"),
    "clinical.subject_copy": N_("records", "worker's copy of their file produced"),
    "session.create": N_("records", "session record created"),
    "session.edit": N_("records", "session draft edited"),
    "session.discard": N_("records", "session draft deleted"),
    "session.sign": N_("records", "session record signed"),
    "session.cosign": N_("records", "session record co-signed"),
    "session.addendum": N_("records", "addendum added"),
    "signature.failed": N_("records", "signature password wrong"),
    "session.restrict": N_("records", "record restriction changed"),
    "followup.schedule": N_("records", "follow-up scheduled"),
    "followup.complete": N_("records", "follow-up done"),
    "followup.contact": N_("records", "follow-up tried or rescheduled"),
    "crisis.open": N_("records", "crisis opened"),
    "crisis.update": N_("records", "crisis updated"),
    "crisis.close": N_("records", "crisis closed"),
    "crisis.safety_plan": N_("records", "safety plan written or changed"),
    "referral.add": N_("records", "referral recorded"),
    "referral.outcome": N_("records", "referral outcome recorded"),
    "satisfaction.record": N_("records", "satisfaction rating recorded"),
    "activity.log": N_("records", "group activity logged"),
    "activity.edit": N_("records", "group activity edited"),
    "activity.delete": N_("records", "group activity deleted"),
    "target.set": N_("records", "annual target set"),
    "appointment.book": N_("records", "appointment booked"),
    "appointment.move": N_("records", "appointment moved"),
    "appointment.cancel": N_("records", "appointment cancelled"),
    "appointment.attendance": N_("records", "appointment attendance marked"),
    "notes.search": N_("records", "session notes searched"),
})


# What a list shows instead of the name of a restricted (高度保密) file.
RESTRICTED_FILE_LABEL = N_("records", "(restricted file)")
