"""What the documents print, as plain dataclasses, and the reads that fill them.

The documents depend only on these classes, never on table layouts, so the source can change
(the records domain's read functions, when a file is opened through its access rules) without
touching a document. The reads here are deliberately minimal SELECTs; the access decision is
taken before any of them runs (see `reports.access`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from station_desk.domain import vocab
from station_desk.domain.clock import (
    STATION_TZ,  # printed times are station wall-clock
    parse_iso,
)
from station_desk.storage.database import Database


def label(kind: str, code: str | None) -> str:
    if not code:
        return ""
    return vocab.label(kind, code, default=code)


def labels(kind: str, codes: Iterable[str]) -> str:
    return "、".join(label(kind, c) for c in codes if c)


def _codes(raw: str | None) -> tuple[str, ...]:
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return ()
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _band(raw: str) -> tuple[str, int | None, int | None]:
    """The stored band: JSON {min, max, zh, en} (assessments domain) or plain wording."""
    try:
        value = json.loads(raw)
    except ValueError:
        return raw, None, None
    if isinstance(value, dict):
        return str(value.get("zh", "")), value.get("min"), value.get("max")
    return str(value), None, None


def _alert_labels(raw: str | None) -> tuple[str, ...]:
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return ()
    if not isinstance(value, list):
        return ()
    return tuple(str(a.get("zh") or a.get("code", "")) if isinstance(a, dict) else str(a)
                 for a in value)


def local_time(ts: str | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A stored UTC timestamp in station time ('' for none); plain dates pass through."""
    if not ts:
        return ""
    try:
        return parse_iso(ts).astimezone(STATION_TZ).strftime(fmt)
    except ValueError:
        return ts


def local_date(ts: str | None) -> str:
    return local_time(ts, "%Y-%m-%d")


# --------------------------------------------------------------------------- dataclasses


@dataclass(frozen=True)
class StationInfo:
    name: str
    union_code: str
    tier: str
    address: str


@dataclass(frozen=True)
class Consent:
    date: str
    scope: str
    limits_explained: bool
    recorded_by: str


@dataclass(frozen=True)
class ClientFile:
    id: int
    file_no: str
    name: str
    is_pseudonym: bool
    gender: str
    birth_year: int | None
    phone: str
    employer: str
    industry: str
    job_type: str
    key_groups: tuple[str, ...]
    source: str
    emergency_contact: str
    counsellor_id: int | None
    counsellor: str
    status: str
    risk_level: str
    restricted: bool
    closing_summary: str
    opened_at: str
    closed_at: str | None
    last_seen_at: str | None


@dataclass(frozen=True)
class Addendum:
    author: str
    created_at: str
    text: str


@dataclass(frozen=True)
class SessionRecord:
    id: int
    session_no: int
    date: str
    start_time: str
    end_time: str
    modality: str
    room: str
    counsellor_id: int
    counsellor: str
    issues: tuple[str, ...]
    interventions: tuple[str, ...]
    complaint: str
    assessment: str
    intervention: str
    plan: str
    risk_level: str
    referral: str
    next_appointment: str
    restricted: bool
    status: str
    signed_by: str
    signed_at: str | None
    cosigned_by: str
    cosigned_at: str | None
    supervisor_comment: str
    addenda: tuple[Addendum, ...] = ()


@dataclass(frozen=True)
class FollowUp:
    planned_date: str
    channel: str
    outcome: str
    done_at: str | None
    done_by: str


@dataclass(frozen=True)
class Crisis:
    opened_at: str
    opened_by: str
    risk_level: str
    checklist: tuple[str, ...]
    actions: tuple[str, ...]
    notes: str
    followup_due: str
    closed_at: str | None
    closed_by: str
    outcome: str


@dataclass(frozen=True)
class Referral:
    date: str
    destination_type: str
    destination: str
    reason: str
    outcome: str
    by: str


@dataclass(frozen=True)
class AssessmentResult:
    id: int
    instrument_id: str
    instrument_version: str
    administered_at: str
    administered_by: str
    mode: str
    total: int
    score: float
    band: str  # the band's wording when it was taken
    band_level: str
    alerts: tuple[str, ...]  # alert wording when it was taken
    band_min: int | None = None
    band_max: int | None = None


@dataclass(frozen=True)
class CaseRecord:
    """A whole file: everything the case document prints."""

    client: ClientFile
    consents: tuple[Consent, ...]
    sessions: tuple[SessionRecord, ...]
    followups: tuple[FollowUp, ...]
    crises: tuple[Crisis, ...]
    referrals: tuple[Referral, ...]
    assessments: tuple[AssessmentResult, ...] = field(default=())


# --------------------------------------------------------------------------- reads


class Reader:
    """Reads for one database; staff names are looked up once."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._names: dict[int, str] | None = None

    def name(self, user_id: int | None) -> str:
        if user_id is None:
            return ""
        if self._names is None:
            self._names = {r[0]: r[1] for r in self.db.all("SELECT id, display_name FROM users")}
        return self._names.get(user_id, f"#{user_id}")

    def station(self) -> StationInfo:
        row = self.db.one("SELECT name, union_code, tier, address FROM station WHERE id = 1")
        if row is None:
            return StationInfo("", "", "", "")
        return StationInfo(*tuple(row))

    # -- files ----------------------------------------------------------------------------
    _CLIENT = ("SELECT id, file_no, name, is_pseudonym, gender, birth_year, phone, employer,"
               " industry, job_type, key_groups, source, emergency_contact, counsellor_id,"
               " status, risk_level, restricted, closing_summary, opened_at, closed_at,"
               " last_seen_at FROM clients")

    def _client(self, row: object) -> ClientFile:
        r = tuple(row)  # type: ignore[arg-type]
        return ClientFile(
            id=r[0], file_no=r[1], name=r[2], is_pseudonym=bool(r[3]), gender=r[4],
            birth_year=r[5], phone=r[6], employer=r[7], industry=r[8], job_type=r[9],
            key_groups=_codes(r[10]), source=r[11], emergency_contact=r[12],
            counsellor_id=r[13], counsellor=self.name(r[13]), status=r[14], risk_level=r[15],
            restricted=bool(r[16]), closing_summary=r[17], opened_at=r[18], closed_at=r[19],
            last_seen_at=r[20])

    def client(self, client_id: int) -> ClientFile | None:
        row = self.db.one(self._CLIENT + " WHERE id = ?", (client_id,))
        return None if row is None else self._client(row)

    def client_id_by_file_no(self, file_no: str) -> int | None:
        return self.db.scalar("SELECT id FROM clients WHERE file_no = ?",
                              (file_no.strip().upper(),))

    def recent_client_ids(self, limit: int = 200) -> list[int]:
        return [r[0] for r in self.db.all(
            "SELECT id FROM clients ORDER BY coalesce(last_seen_at, opened_at) DESC, id DESC"
            " LIMIT ?", (limit,))]

    def consents(self, client_id: int) -> tuple[Consent, ...]:
        return tuple(Consent(r[0], r[1], bool(r[2]), self.name(r[3])) for r in self.db.all(
            "SELECT consent_date, scope, limits_explained, recorded_by FROM consents"
            " WHERE client_id = ? ORDER BY consent_date, id", (client_id,)))

    # -- sessions -------------------------------------------------------------------------
    _SESSION = ("SELECT s.id, s.session_no, s.session_date, s.start_time, s.end_time,"
                " s.modality, s.room, s.counsellor_id, s.issues, s.interventions, s.complaint,"
                " s.assessment, s.intervention, s.plan, s.risk_level, s.referral,"
                " s.next_appointment, s.restricted, s.status, s.signed_by, s.signed_at,"
                " s.cosigned_by, s.cosigned_at, s.supervisor_comment FROM sessions")

    def _session(self, row: object, addenda: tuple[Addendum, ...]) -> SessionRecord:
        r = tuple(row)  # type: ignore[arg-type]
        return SessionRecord(
            id=r[0], session_no=r[1], date=r[2], start_time=r[3], end_time=r[4],
            modality=r[5], room=r[6], counsellor_id=r[7], counsellor=self.name(r[7]),
            issues=_codes(r[8]), interventions=_codes(r[9]), complaint=r[10],
            assessment=r[11], intervention=r[12], plan=r[13], risk_level=r[14],
            referral=r[15], next_appointment=r[16], restricted=bool(r[17]), status=r[18],
            signed_by=self.name(r[19]), signed_at=r[20], cosigned_by=self.name(r[21]),
            cosigned_at=r[22], supervisor_comment=r[23], addenda=addenda)

    def sessions(self, client_id: int, visible: tuple[str, list[object]],
                 session_no: int | None = None) -> tuple[SessionRecord, ...]:
        """The file's sessions in order, limited by `visible` (an SQL condition over
        `sessions s` and its parameters: see `access.session_filter`)."""
        where, params = visible
        sql = self._SESSION + f" s WHERE s.client_id = ? AND {where}"
        args: list[object] = [client_id, *params]
        if session_no is not None:
            sql += " AND s.session_no = ?"
            args.append(session_no)
        rows = self.db.all(sql + " ORDER BY s.session_no, s.id", args)
        ids = [r[0] for r in rows]
        addenda: dict[int, list[Addendum]] = {}
        if ids:
            marks = ",".join("?" * len(ids))
            for a in self.db.all(
                    f"SELECT session_id, author_id, created_at, text FROM session_addenda"
                    f" WHERE session_id IN ({marks}) ORDER BY created_at, id", ids):
                addenda.setdefault(a[0], []).append(Addendum(self.name(a[1]), a[2], a[3]))
        return tuple(self._session(r, tuple(addenda.get(r[0], ()))) for r in rows)

    def latest_session_no(self, client_id: int,
                          visible: tuple[str, list[object]]) -> int | None:
        where, params = visible
        return self.db.scalar(f"SELECT max(s.session_no) FROM sessions s WHERE s.client_id = ?"
                              f" AND {where}", [client_id, *params])


    # -- the loop -------------------------------------------------------------------------
    def followups(self, client_id: int) -> tuple[FollowUp, ...]:
        return tuple(FollowUp(r[0], r[1], r[2], r[3], self.name(r[4])) for r in self.db.all(
            "SELECT planned_date, channel, outcome, done_at, done_by FROM followups"
            " WHERE client_id = ? ORDER BY planned_date, id", (client_id,)))

    def crises(self, client_id: int) -> tuple[Crisis, ...]:
        return tuple(
            Crisis(r[0], self.name(r[1]), r[2], _codes(r[3]), _codes(r[4]), r[5], r[6], r[7],
                   self.name(r[8]), r[9])
            for r in self.db.all(
                "SELECT opened_at, opened_by, risk_level, checklist, actions, notes,"
                " followup_due, closed_at, closed_by, outcome FROM crises WHERE client_id = ?"
                " ORDER BY opened_at, id", (client_id,)))

    def referrals(self, client_id: int) -> tuple[Referral, ...]:
        return tuple(Referral(r[0], r[1], r[2], r[3], r[4], self.name(r[5])) for r in
                     self.db.all("SELECT referral_date, destination_type, destination, reason,"
                                 " outcome, created_by FROM referrals WHERE client_id = ?"
                                 " ORDER BY referral_date, id", (client_id,)))

    def assessments(self, client_id: int,
                    instrument_id: str | None = None) -> tuple[AssessmentResult, ...]:
        sql = ("SELECT id, instrument_id, instrument_version, administered_at, administered_by,"
               " mode, total, score, band, band_level, alerts FROM assessments"
               " WHERE client_id = ?")
        params: list[object] = [client_id]
        if instrument_id:
            sql += " AND instrument_id = ?"
            params.append(instrument_id)
        out = []
        for r in self.db.all(sql + " ORDER BY administered_at, id", params):
            band, low, high = _band(r[8])
            out.append(AssessmentResult(r[0], r[1], r[2], r[3], self.name(r[4]), r[5], r[6],
                                        r[7], band, r[9], _alert_labels(r[10]), low, high))
        return tuple(out)

    def case(self, client_id: int, visible: tuple[str, list[object]]) -> CaseRecord:
        client = self.client(client_id)
        assert client is not None
        return CaseRecord(client, self.consents(client_id), self.sessions(client_id, visible),
                          self.followups(client_id), self.crises(client_id),
                          self.referrals(client_id), self.assessments(client_id))


def month_bounds(month: str) -> tuple[dt.date, dt.date]:
    """'2026-03' -> (2026-03-01, 2026-04-01): the first day and the day after the last."""
    first = dt.date.fromisoformat(month + "-01")
    year, mon = divmod(first.year * 12 + first.month, 12)
    return first, dt.date(year, mon + 1, 1)
