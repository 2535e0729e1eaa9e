"""Survey campaigns (日常职工心理健康状况调查, 完备Ⅱ): a named screening round for a unit — one
enterprise's spring screening, say — over some dates, with the instruments chosen for it.

Its screenings are anonymous assessments (`assessments.anonymous_screening`) tagged with the
campaign: taken on the kiosk, or typed in from paper answer sheets one sheet per line
(`survey_sheets`). Nothing identifies a worker: gender, age band, industry and key group, each
only if given. The campaign itself (name, unit, dates, instruments) is station data; the
screenings are clinical and live in clinical.db.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from station_desk.domain import instruments as inst_mod
from station_desk.domain.audit import register_actions
from station_desk.domain.records.common import FIELDS, Checker, now_iso, today
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

MAX_NAME = 100
MAX_NOTE = 500

FIELDS.update({
    "campaign_name": N_("domain", "campaign name"),
    "unit": N_("domain", "unit"),
    "starts_on": N_("domain", "start date"),
    "ends_on": N_("domain", "end date"),
    "instruments": N_("domain", "instruments"),
})
register_actions({
    "survey.create": N_("domain", "survey campaign created"),
})
register_messages({
    "survey_closed": N_(
        "errors", "The campaign “{name}” runs from {starts} to {ends}; today ({today}) is "
        "outside it."),
    "survey_instrument": N_(
        "errors", "The campaign “{name}” does not use the instrument {instrument}."),
    "survey_no_instruments": N_("errors", "Choose at least one instrument."),
})


@dataclass(frozen=True)
class Campaign:
    id: int
    name: str
    unit: str
    starts_on: str
    ends_on: str
    instruments: tuple[str, ...]
    note: str

    def open_on(self, day: dt.date) -> bool:
        return self.starts_on <= day.isoformat() <= self.ends_on


_COLUMNS = "id, name, unit, starts_on, ends_on, instruments, note"


def _campaign(row: object) -> Campaign:
    r = tuple(row)  # type: ignore[arg-type]
    return Campaign(r[0], r[1], r[2], r[3], r[4], tuple(json.loads(r[5])), r[6])


def _require_organiser(session: Session) -> None:
    """The admin organises surveys; a counsellor may too (they run the screenings)."""
    if not session.can(Permission.MANAGE_TIER):
        session.require(Permission.ADMINISTER_ASSESSMENT)


def create_campaign(session: Session, name: str, unit: str, starts_on: dt.date | str | None,
                    ends_on: dt.date | str | None, instruments: list[str] | tuple[str, ...],
                    note: str = "") -> Campaign:
    _require_organiser(session)
    check = Checker(today(session))
    title = check.text("campaign_name", name, required=True, limit=MAX_NAME)
    where = check.text("unit", unit, limit=MAX_NAME)
    first = check.date("starts_on", starts_on, required=True)
    last = check.date("ends_on", ends_on, required=True)
    text = check.text("note", note, limit=MAX_NOTE)
    known = inst_mod.load_all()
    chosen = list(dict.fromkeys(instruments))
    for ident in chosen:
        if ident not in known:
            check.add("instruments", "field_bad_choice", value=ident)
    if first and last and last < first:
        check.add("ends_on", "field_before", value=last.isoformat(), other=first.isoformat(),
                  other_label=N_("domain", "start date"))
    check.done()
    if not chosen:
        raise StationDeskError("survey_no_instruments")
    assert first is not None and last is not None
    with session.db.transaction():
        cur = session.db.execute(
            "INSERT INTO survey_campaigns (name, unit, starts_on, ends_on, instruments, note,"
            " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (title, where, first.isoformat(), last.isoformat(), json.dumps(chosen), text,
             session.user.id, now_iso(session)))
        session.log("survey.create", f"survey:{cur.lastrowid}",
                    {"from": first.isoformat(), "to": last.isoformat(),
                     "instruments": chosen})
    return get_campaign(session, int(cur.lastrowid))


def get_campaign(session: Session, campaign_id: int) -> Campaign:
    row = session.db.one(f"SELECT {_COLUMNS} FROM survey_campaigns WHERE id = ?",
                         (campaign_id,))
    if row is None:
        raise StationDeskError("not_found", what=N_(
            "domain", "survey campaign {campaign_id}").format(campaign_id=campaign_id))
    return _campaign(row)


def list_campaigns(session: Session, *, open_on: dt.date | None = None) -> list[Campaign]:
    """Newest first; with `open_on`, only those running that day."""
    session.require(Permission.VIEW_DIRECTORY)
    sql = f"SELECT {_COLUMNS} FROM survey_campaigns"
    params: tuple = ()
    if open_on is not None:
        sql += " WHERE starts_on <= ? AND ends_on >= ?"
        params = (open_on.isoformat(), open_on.isoformat())
    return [_campaign(r) for r in session.db.all(sql + " ORDER BY starts_on DESC, id DESC",
                                                 params)]


def check_screening(session: Session, campaign_id: int, instrument_id: str) -> Campaign:
    """A screening may join a campaign on one of its days, with one of its instruments."""
    campaign = get_campaign(session, campaign_id)
    day = today(session)
    if not campaign.open_on(day):
        raise StationDeskError("survey_closed", name=campaign.name, starts=campaign.starts_on,
                               ends=campaign.ends_on, today=day.isoformat())
    if instrument_id not in campaign.instruments:
        raise StationDeskError("survey_instrument", name=campaign.name,
                               instrument=instrument_id)
    return campaign


def screening_counts(session: Session, campaign_id: int) -> dict[str, int]:
    """How many screenings the campaign has per instrument (for the page running it)."""
    session.require(Permission.ADMINISTER_ASSESSMENT)
    session.require_clinical_key()
    return {r[0]: int(r[1]) for r in session.db.all(
        "SELECT instrument_id, count(*) FROM assessments WHERE campaign_id = ?"
        " GROUP BY instrument_id", (campaign_id,))}
