"""Administering instruments, storing results, risk alerts, the item-9 flag, trends, imports.

Pure Python, below Qt. Three ways a result comes in:
- a counsellor enters the answers for a client (mode "counsellor");
- the worker answers on the kiosk screen, under the counsellor's signed-in session ("kiosk");
- an anonymous walk-in screening with no file ("anonymous"): only the result, the day and
  three non-identifying fields (gender, ten-year age band, industry) are kept.

Every administration stores its answers, totals, band and instrument id + version, so an
old result reads the same after an instrument file changes. Partial answers are refused
before anything is written. Results are clinical: who sees them is the records domain's
case rule (`records.access`: own, shared or supervised cases; an admin only by breaking the
glass), so receptionists never see them.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from station_desk.domain import instruments as inst_mod
from station_desk.domain import surveys
from station_desk.domain.audit import register_actions
from station_desk.domain.clock import iso
from station_desk.domain.instruments import Band, Instrument, ScoreResult
from station_desk.domain.records import access, consent, crises
from station_desk.domain.records.common import local_date_of, today
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.domain.stats.period import months_later
from station_desk.domain.vocab import load_vocabularies
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

register_messages({
    "answers_missing": N_(
        "errors", "{name}: item(s) {items} are not answered. Not scored: answer every item "
        "first."),
    "assessment_mode": N_("errors", "Unsupported assessment mode: {mode}"),
    "anon_field_invalid": N_(
        "errors", "Anonymous screening: \"{field}\" has an invalid value: {value}"),
    "alert_already_acknowledged": N_("errors", "This alert was already acknowledged on {when}."),
    "alert_no_file": N_(
        "errors", "An anonymous screening has no file, so no crisis record can be opened from "
        "it: open a file for the worker first, then start the crisis record there."),
    "import_forbidden": N_(
        "errors", "Not permitted: only a station admin or a counsellor may import instruments."),
})

register_actions({
    "assessment.administer": N_("domain", "assessment administered"),
    "assessment.anonymous": N_("domain", "anonymous screening recorded"),
    "assessment.view": N_("domain", "assessment results viewed"),
    "assessment.alert_ack": N_("domain", "assessment alert acknowledged"),
    "assessment.kiosk_start": N_("domain", "kiosk assessment started"),
    "assessment.kiosk_abandoned": N_("domain", "kiosk assessment abandoned (not scored)"),
    "assessment.statistics": N_("domain", "assessment statistics viewed"),
    "instrument.import": N_("domain", "instrument imported"),
})

MODES = ("counsellor", "kiosk", "anonymous")
# Alert codes that keep the "thoughts of self-harm" flag on a file. A code, not "PHQ-9 item 9",
# so a station's imported scale with a self-harm item can raise the same flag by using it.
SELF_HARM_CODES = frozenset({"suicidal_ideation"})
FLAG_MONTHS = 2
IMPORT_FOLDER = "instruments"  # beside the vault: every PC on that vault sees the same set

# Ten-year age bands for anonymous screenings: fine enough for statistics, too coarse to
# single out a walk-in worker together with gender and industry.
AGE_BANDS: dict[str, tuple[str, str]] = {
    "under_20": N_("domain", "under 20"),
    "20_29": N_("domain", "20–29"),
    "30_39": N_("domain", "30–39"),
    "40_49": N_("domain", "40–49"),
    "50_59": N_("domain", "50–59"),
    "60_plus": N_("domain", "60 and over"),
    "unspecified": N_("domain", "not given"),
}


def _pick(lang: str, zh: str, en: str) -> str:
    return en if lang.startswith("en") else zh


# ---------------------------------------------------------------- records

# What a crisis opened from an assessment alert says it came from.
ALERT_NOTE = N_("domain", "Assessment alert: {label}")

@dataclass(frozen=True)
class StoredAlert:
    code: str
    label_zh: str
    label_en: str

    def label(self, lang: str = "zh") -> str:
        return _pick(lang, self.label_zh, self.label_en)


@dataclass(frozen=True)
class Administration:
    """One stored result; the band and alert wording is the one shown when it was taken."""

    id: int
    client_id: int | None
    instrument_id: str
    instrument_version: str
    mode: str
    administered_at: str  # ISO timestamp; a plain date for anonymous screenings
    administered_by: int | None
    answers: tuple[int, ...]
    total: int
    score: int
    band_min: int
    band_max: int
    band_label_zh: str
    band_label_en: str
    band_level: str
    alerts: tuple[StoredAlert, ...]
    anon_gender: str | None = None
    anon_age_band: str | None = None
    anon_industry: str | None = None

    @property
    def day(self) -> dt.date:
        return _day_of(self.administered_at)

    def band_label(self, lang: str = "zh") -> str:
        return _pick(lang, self.band_label_zh, self.band_label_en)


@dataclass(frozen=True)
class CrisisSuggestion:
    """What the alert dialog pre-fills when the counsellor opens a crisis record from an alert.
    Codes are from the crisis vocabularies (`risk_levels`, `crisis_checklist`)."""

    client_id: int
    risk_level: str
    checklist: tuple[str, ...]
    note_zh: str
    note_en: str


@dataclass(frozen=True)
class AlertInfo:
    id: int
    assessment_id: int
    client_id: int | None
    code: str
    label_zh: str
    label_en: str
    instrument_id: str
    raised_at: str
    acknowledged_by: int | None = None
    acknowledged_at: str | None = None
    crisis_id: int | None = None
    administered_by: int | None = None

    @property
    def acknowledged(self) -> bool:
        return self.acknowledged_at is not None

    @property
    def offers_crisis(self) -> bool:
        """A crisis record belongs to a file; anonymous screenings have none."""
        return self.client_id is not None and self.crisis_id is None

    @property
    def self_harm(self) -> bool:
        return self.code in SELF_HARM_CODES

    def label(self, lang: str = "zh") -> str:
        return _pick(lang, self.label_zh, self.label_en)

    def crisis_suggestion(self) -> CrisisSuggestion | None:
        if self.client_id is None:
            return None
        # The counsellor raises the level after assessing in person; this is the floor the
        # crisis checklist allows for "recent thoughts of suicide".
        if self.self_harm:
            return CrisisSuggestion(self.client_id, "medium", ("suicidal_thoughts",),
                                    *ALERT_NOTE.format(label=(self.label_zh, self.label_en)))
        return CrisisSuggestion(self.client_id, "low", (),
                                *ALERT_NOTE.format(label=(self.label_zh, self.label_en)))


@dataclass(frozen=True)
class Outcome:
    """What an administration produced: the stored row and the alerts it raised."""

    administration: Administration
    result: ScoreResult
    alerts: tuple[AlertInfo, ...]


@dataclass(frozen=True)
class AnonymousFields:
    gender: str = "unspecified"  # `genders` vocabulary
    age_band: str = "unspecified"  # AGE_BANDS
    industry: str = ""  # `industries` vocabulary, "" when not given
    key_group: str = ""  # `key_groups` vocabulary, "" when not given
    campaign_id: int | None = None  # a survey campaign (domain/surveys.py) it belongs to


@dataclass(frozen=True)
class TrendPoint:
    assessment_id: int
    day: dt.date
    score: int
    band_level: str


@dataclass(frozen=True)
class Trend:
    """One instrument's scores over time for a client, with the bands to draw behind them."""

    instrument_id: str
    name_zh: str
    name_en: str
    direction: str  # "higher_worse" or "higher_better"
    low: int  # lowest possible score
    high: int  # highest possible score
    bands: tuple[Band, ...]
    points: tuple[TrendPoint, ...]

    def name(self, lang: str = "zh") -> str:
        return _pick(lang, self.name_zh, self.name_en)

    @property
    def thresholds(self) -> tuple[int, ...]:
        """Lowest score of every band but the first: where the band changes."""
        return tuple(sorted(b.min for b in self.bands if b.min > self.low))

    @property
    def change(self) -> int | None:
        """Latest minus first score; None with fewer than two administrations."""
        if len(self.points) < 2:
            return None
        return self.points[-1].score - self.points[0].score

    @property
    def improved(self) -> bool | None:
        change = self.change
        if not change:
            return None
        return change < 0 if self.direction == "higher_worse" else change > 0


# ---------------------------------------------------------------- instruments of a vault

def import_dir(session: Session) -> Path:
    return Path(session.vault.paths.root) / IMPORT_FOLDER


def instrument_dirs(session: Session) -> list[Path]:
    return [inst_mod.shipped_dir(), import_dir(session)]


def load_instruments(session: Session) -> dict[str, Instrument]:
    """Shipped and station-imported instruments, through the one strict loader."""
    return inst_mod.load_all(instrument_dirs(session))


def preview_import(path: str | os.PathLike[str]) -> Instrument:
    """Validate a file without importing it (the import dialog shows what it would add)."""
    return inst_mod.load_instrument(path)


def import_licensed(session: Session, path: str | os.PathLike[str]) -> Instrument:
    """Validate and add a station-licensed instrument; refused for an id already loaded."""
    if not (session.can(Permission.ADMINISTER_ASSESSMENT) or session.can(Permission.EDIT_STATION)):
        raise StationDeskError("import_forbidden")
    imported = inst_mod.import_instrument(path, import_dir(session),
                                          existing_dirs=[inst_mod.shipped_dir()])
    with session.db.transaction():
        session.log("instrument.import", f"instrument:{imported.id}",
                    {"version": imported.version, "file": Path(path).name,
                     "stored_as": imported.path.name if imported.path else ""})
    return imported


# ---------------------------------------------------------------- case access

def _require_case(session: Session, client_id: int) -> str:
    """Refuse unless the user reaches this file's clinical content (records' rules: own,
    shared or supervised case, or an admin's break-the-glass); returns the audit target."""
    ref, _mode = access.require_clinical(session, client_id)
    return ref.target


# ---------------------------------------------------------------- administering

def _check_answers(instrument: Instrument, answers: Sequence[int | None]) -> list[int]:
    missing = [item.number for item, a in zip(instrument.items, answers, strict=False)
               if a is None]
    missing += [item.number for item in instrument.items[len(answers):]]
    if missing:
        raise StationDeskError("answers_missing", name_zh=instrument.name_zh,
                               name_en=instrument.name_en,
                               items="、".join(str(n) for n in missing))
    return [a for a in answers if a is not None]


def _store(session: Session, instrument: Instrument, result: ScoreResult, *, mode: str,
           client_id: int | None, when: str, anon: AnonymousFields | None) -> Outcome:
    band = result.band
    band_json = json.dumps({"min": band.min, "max": band.max, "zh": band.label_zh,
                            "en": band.label_en}, ensure_ascii=False)
    alerts_json = json.dumps([{"code": a.code, "zh": a.label_zh, "en": a.label_en}
                              for a in result.alerts], ensure_ascii=False)
    cur = session.db.execute(
        "INSERT INTO assessments (client_id, instrument_id, instrument_version, mode,"
        " administered_at, administered_by, answers, total, score, band, band_level, alerts,"
        " anon_gender, anon_age_band, anon_industry, anon_key_group, campaign_id, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (client_id, instrument.id, instrument.version, mode, when, session.user.id,
         json.dumps(list(result.answers)), result.total, result.display_score, band_json,
         band.level, alerts_json,
         anon.gender if anon else None, anon.age_band if anon else None,
         (anon.industry or None) if anon else None, (anon.key_group or None) if anon else None,
         anon.campaign_id if anon else None, when))
    assessment_id = int(cur.lastrowid)
    alerts = []
    for rule in result.alerts:
        acur = session.db.execute(
            "INSERT INTO assessment_alerts (assessment_id, client_id, code, raised_at)"
            " VALUES (?, ?, ?, ?)", (assessment_id, client_id, rule.code, when))
        alerts.append(AlertInfo(int(acur.lastrowid), assessment_id, client_id, rule.code,
                                rule.label_zh, rule.label_en, instrument.id, when,
                                administered_by=session.user.id))
    row = session.db.one(f"SELECT {_COLUMNS} FROM assessments WHERE id = ?", (assessment_id,))
    return Outcome(_from_row(row), result, tuple(alerts))


def administer(session: Session, instrument: Instrument, client_id: int,
               answers: Sequence[int | None], *, mode: str = "counsellor") -> Outcome:
    """Score and store one administration for a client's file.

    `mode` "kiosk" when the worker answered on the kiosk screen; the session is still the
    counsellor's, who is recorded as administering it. Nothing is stored unless every item
    has a valid answer.
    """
    if mode not in ("counsellor", "kiosk"):
        raise StationDeskError("assessment_mode", mode=mode)
    session.require(Permission.ADMINISTER_ASSESSMENT)
    target = _require_case(session, client_id)
    consent.require_allowed(session, client_id, "assessment")
    result = inst_mod.score(instrument, _check_answers(instrument, answers))
    with session.db.transaction():
        outcome = _store(session, instrument, result, mode=mode, client_id=client_id,
                         when=iso(session.clock()), anon=None)
        session.log("assessment.administer", target,
                    {"assessment": outcome.administration.id, "instrument": instrument.id,
                     "version": instrument.version, "mode": mode,
                     "alerts": [a.id for a in outcome.alerts]})
    return outcome


def _check_anon(anon: AnonymousFields) -> None:
    vocab = load_vocabularies()
    if not vocab.has("genders", anon.gender):
        raise StationDeskError("anon_field_invalid", field="gender", value=anon.gender)
    if anon.age_band not in AGE_BANDS:
        raise StationDeskError("anon_field_invalid", field="age_band", value=anon.age_band)
    if anon.industry and not vocab.has("industries", anon.industry):
        raise StationDeskError("anon_field_invalid", field="industry", value=anon.industry)
    if anon.key_group and not vocab.has("key_groups", anon.key_group):
        raise StationDeskError("anon_field_invalid", field="key_group", value=anon.key_group)


def anonymous_screening(session: Session, instrument: Instrument,
                        answers: Sequence[int | None], anon: AnonymousFields) -> Outcome:
    """A walk-in screening with no file: no name, no file, no time of day, only the day."""
    session.require(Permission.ADMINISTER_ASSESSMENT)
    _check_anon(anon)
    if anon.campaign_id is not None:  # open today, and one of the campaign's instruments
        surveys.check_screening(session, anon.campaign_id, instrument.id)
    result = inst_mod.score(instrument, _check_answers(instrument, answers))
    day = today(session).isoformat()
    with session.db.transaction():
        outcome = _store(session, instrument, result, mode="anonymous", client_id=None,
                         when=day, anon=anon)
        session.log("assessment.anonymous", f"assessment:{outcome.administration.id}",
                    {"instrument": instrument.id, "version": instrument.version,
                     "alerts": [a.id for a in outcome.alerts],
                     **({"campaign": anon.campaign_id} if anon.campaign_id else {})})
    return outcome


def kiosk_started(session: Session, instrument: Instrument, client_id: int | None) -> None:
    """Audit the hand-over of the screen to a worker (the file, if any, must be accessible)."""
    session.require(Permission.ADMINISTER_ASSESSMENT)
    target = _require_case(session, client_id) if client_id is not None else ""
    if client_id is not None:  # refused before the worker is handed the screen
        consent.require_allowed(session, client_id, "assessment")
    with session.db.transaction():
        session.log("assessment.kiosk_start", target,
                    {"instrument": instrument.id, "anonymous": client_id is None})


def kiosk_abandoned(session: Session, instrument: Instrument, client_id: int | None,
                    answered: int) -> None:
    """The counsellor ended a kiosk run early: nothing is scored; the trail says so."""
    target = _require_case(session, client_id) if client_id is not None else ""
    with session.db.transaction():
        session.log("assessment.kiosk_abandoned", target,
                    {"instrument": instrument.id, "answered": answered,
                     "items": len(instrument.items)})


# ---------------------------------------------------------------- reading results

_COLUMNS = ("id, client_id, instrument_id, instrument_version, mode, administered_at,"
            " administered_by, answers, total, score, band, band_level, alerts, anon_gender,"
            " anon_age_band, anon_industry")


def _from_row(row: Any) -> Administration:
    r = tuple(row)
    band = json.loads(r[10])
    alerts = tuple(StoredAlert(a["code"], a["zh"], a["en"]) for a in json.loads(r[12]))
    return Administration(r[0], r[1], r[2], r[3], r[4], r[5], r[6], tuple(json.loads(r[7])),
                          r[8], int(r[9]), band["min"], band["max"], band["zh"], band["en"],
                          r[11], alerts, r[13], r[14], r[15])


def _day_of(stamp: str) -> dt.date:
    """Station calendar day of a stored timestamp (anonymous screenings store only the day)."""
    if len(stamp) == 10:
        return dt.date.fromisoformat(stamp)
    return local_date_of(stamp)


def list_for_client(session: Session, client_id: int,
                    instrument_id: str | None = None) -> list[Administration]:
    """A file's administrations, oldest first. Audited as a view of clinical content."""
    target = _require_case(session, client_id)
    sql = f"SELECT {_COLUMNS} FROM assessments WHERE client_id = ?"
    params: list[Any] = [client_id]
    if instrument_id:
        sql += " AND instrument_id = ?"
        params.append(instrument_id)
    rows = session.db.all(sql + " ORDER BY administered_at, id", params)
    with session.db.transaction():
        session.log("assessment.view", target,
                    {"instrument": instrument_id} if instrument_id else "")
    return [_from_row(r) for r in rows]


def get_administration(session: Session, assessment_id: int) -> Administration:
    row = session.db.one(f"SELECT {_COLUMNS} FROM assessments WHERE id = ?", (assessment_id,))
    if row is None:
        raise StationDeskError("not_found", what=f"assessment {assessment_id}")
    item = _from_row(row)
    if item.client_id is not None:
        _require_case(session, item.client_id)
    else:
        session.require(Permission.VIEW_CLINICAL)
    with session.db.transaction():
        session.log("assessment.view", f"assessment:{assessment_id}")
    return item


def trends(session: Session, client_id: int,
           instruments: dict[str, Instrument] | None = None) -> list[Trend]:
    """Per instrument, the client's scores over time (audited like any view of results)."""
    loaded = load_instruments(session) if instruments is None else instruments
    return build_trends(list_for_client(session, client_id), loaded)


def build_trends(items: Sequence[Administration],
                 instruments: dict[str, Instrument]) -> list[Trend]:
    """Group results (oldest first) into one series per instrument, with the bands of the
    loaded version. An instrument no longer loaded (an import removed from this PC) still
    gets its series, with bands rebuilt from the stored results."""
    by_instrument: dict[str, list[Administration]] = {}
    for item in items:
        by_instrument.setdefault(item.instrument_id, []).append(item)
    out = []
    for ident, series in by_instrument.items():
        points = tuple(TrendPoint(a.id, a.day, a.score, a.band_level) for a in series)
        inst = instruments.get(ident)
        if inst is not None:
            m = inst.multiplier
            out.append(Trend(ident, inst.name_zh, inst.name_en, inst.direction,
                             inst.min_total * m, inst.max_total * m,
                             tuple(sorted(inst.bands, key=lambda b: b.min)), points))
            continue
        bands = {(a.band_min, a.band_max): Band(a.band_min, a.band_max, a.band_level,
                                                a.band_label_zh, a.band_label_en)
                 for a in series}
        ordered = tuple(sorted(bands.values(), key=lambda b: b.min))
        out.append(Trend(ident, ident, ident, "higher_worse", ordered[0].min, ordered[-1].max,
                         ordered, points))
    return sorted(out, key=lambda t: t.instrument_id)


# ---------------------------------------------------------------- alerts

_ALERT_SQL = ("SELECT al.id, al.assessment_id, al.client_id, al.code, a.alerts, a.instrument_id,"
              " al.raised_at, al.acknowledged_by, al.acknowledged_at, al.crisis_id,"
              " a.administered_by"
              " FROM assessment_alerts al JOIN assessments a ON a.id = al.assessment_id")


def _alert(row: Any) -> AlertInfo:
    r = tuple(row)
    labels = {a["code"]: (a["zh"], a["en"]) for a in json.loads(r[4])}
    zh, en = labels.get(r[3], (r[3], r[3]))
    return AlertInfo(r[0], r[1], r[2], r[3], zh, en, r[5], r[6], r[7], r[8], r[9], r[10])


def _load_alert(session: Session, alert_id: int) -> tuple[AlertInfo, str]:
    """The alert, once access is checked, and the audit target it belongs to."""
    row = session.db.one(_ALERT_SQL + " WHERE al.id = ?", (alert_id,))
    if row is None:
        raise StationDeskError("not_found", what=f"alert {alert_id}")
    alert = _alert(row)
    if alert.client_id is not None:
        return alert, _require_case(session, alert.client_id)
    session.require(Permission.VIEW_CLINICAL)
    return alert, f"assessment:{alert.assessment_id}"


def open_alerts(session: Session, client_id: int | None = None) -> list[AlertInfo]:
    """Alerts still waiting for acknowledgement that this user may see: those on cases whose
    clinical content they reach, and those of anonymous screenings they ran themselves."""
    if client_id is not None:
        _require_case(session, client_id)
        rows = session.db.all(_ALERT_SQL + " WHERE al.acknowledged_at IS NULL"
                              " AND al.client_id = ? ORDER BY al.id", (client_id,))
        return [_alert(r) for r in rows]
    session.require(Permission.VIEW_CLINICAL)
    reach, params = access.clinical_filter(session, "c")
    rows = session.db.all(
        _ALERT_SQL + " LEFT JOIN clients c ON c.id = al.client_id"
        f" WHERE al.acknowledged_at IS NULL AND ((al.client_id IS NULL AND a.administered_by = ?)"
        f" OR (al.client_id IS NOT NULL AND {reach})) ORDER BY al.id",
        (access.me(session), *params))
    return [_alert(r) for r in rows]


def acknowledge_alert(session: Session, alert_id: int, *, open_crisis: bool = False,
                      notes: str | None = None) -> AlertInfo:
    """The counsellor has seen the alert; with `open_crisis`, also open a crisis record on
    the file, pre-filled from the alert (`AlertInfo.crisis_suggestion`), and link it.

    The crisis goes through the records domain (its rules: the 24-hour follow-up, the banner
    on the file); a crisis already open on the file is linked instead of a second one. Both
    happen in one transaction: either the alert is acknowledged with its crisis, or neither.
    """
    session.require(Permission.ADMINISTER_ASSESSMENT)
    alert, target = _load_alert(session, alert_id)
    if alert.acknowledged:
        raise StationDeskError("alert_already_acknowledged", when=alert.acknowledged_at)
    suggestion = alert.crisis_suggestion()
    if open_crisis and suggestion is None:
        raise StationDeskError("alert_no_file")
    now = iso(session.clock())
    with session.db.transaction():
        crisis_id = None
        if open_crisis and suggestion is not None:
            session.require(Permission.MANAGE_CRISIS)
            crisis_id = session.db.scalar(
                "SELECT id FROM crises WHERE client_id = ? AND closed_at IS NULL",
                (suggestion.client_id,))
            if crisis_id is None:
                crisis_id = crises.open_crisis(
                    session, suggestion.client_id, suggestion.risk_level,
                    suggestion.checklist, (), notes or suggestion.note_zh).id
        session.db.execute(
            "UPDATE assessment_alerts SET acknowledged_by = ?, acknowledged_at = ?,"
            " crisis_id = ? WHERE id = ?", (session.user.id, now, crisis_id, alert_id))
        session.log("assessment.alert_ack", target,
                    {"alert": alert_id, "assessment": alert.assessment_id, "crisis": crisis_id})
    return _load_alert(session, alert_id)[0]


def item9_flag(session: Session, client_id: int) -> dt.date | None:
    """Until when the file shows the self-harm flag, or None.

    A positive self-harm item (PHQ-9 item 9 > 0) keeps the flag for two calendar months from
    the day of the newest positive answer; the returned date is the first day without it.
    Staff who reach the case's clinical content only: it is an assessment result, so a
    receptionist is refused, and an admin sees it only after breaking the glass.
    """
    _require_case(session, client_id)
    codes = sorted(SELF_HARM_CODES)
    marks = ",".join("?" for _ in codes)
    latest = session.db.scalar(
        f"SELECT max(a.administered_at) FROM assessment_alerts al"
        f" JOIN assessments a ON a.id = al.assessment_id"
        f" WHERE al.client_id = ? AND al.code IN ({marks})", (client_id, *codes))
    if latest is None:
        return None
    until = months_later(_day_of(latest), FLAG_MONTHS)
    return until if today(session) < until else None


# ---------------------------------------------------------------- statistics

@dataclass(frozen=True)
class ScreeningCounts:
    total: int
    by_mode: dict[str, int]
    by_instrument_level: dict[tuple[str, str], int]
    anonymous_by_gender: dict[str, int]
    anonymous_by_age_band: dict[str, int]
    anonymous_by_industry: dict[str, int]


def statistics(session: Session, date_from: dt.date, date_to: dt.date) -> ScreeningCounts:
    """Counts only, anonymous screenings included, for the monthly report and exports."""
    if not (session.can(Permission.EXPORT_STATISTICS) or session.can(Permission.VIEW_CLINICAL)):
        session.require(Permission.EXPORT_STATISTICS)
    rows = session.db.all(
        "SELECT mode, instrument_id, band_level, anon_gender, anon_age_band, anon_industry,"
        " administered_at FROM assessments WHERE administered_at >= ? AND administered_at < ?",
        ((date_from - dt.timedelta(days=1)).isoformat(),
         (date_to + dt.timedelta(days=2)).isoformat()))
    by_mode: dict[str, int] = {}
    by_level: dict[tuple[str, str], int] = {}
    gender: dict[str, int] = {}
    age: dict[str, int] = {}
    industry: dict[str, int] = {}
    total = 0
    for mode, ident, level, g, a, ind, when in rows:
        if not date_from <= _day_of(when) <= date_to:  # timestamps are UTC, days are local
            continue
        total += 1
        by_mode[mode] = by_mode.get(mode, 0) + 1
        by_level[(ident, level)] = by_level.get((ident, level), 0) + 1
        if mode == "anonymous":
            gender[g] = gender.get(g, 0) + 1
            age[a] = age.get(a, 0) + 1
            key = ind or ""
            industry[key] = industry.get(key, 0) + 1
    with session.db.transaction():
        session.log("assessment.statistics", "",
                    {"from": date_from.isoformat(), "to": date_to.isoformat()})
    return ScreeningCounts(total, by_mode, by_level, gender, age, industry)


def age_band_label(code: str, lang: str = "zh") -> str:
    zh, en = AGE_BANDS.get(code, (code, code))
    return _pick(lang, zh, en)
