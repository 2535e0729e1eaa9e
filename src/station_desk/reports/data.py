"""What the documents print, as plain dataclasses, and the reads that fill them.

A file, its consents, sessions, follow-ups, crises and referrals are the records domain's own
dataclasses, read by its `read_*` functions; the station, assessment results and the whole
case are defined here. The access decision is taken before any read runs (see
`reports.access`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from station_desk.domain import vocab
from station_desk.domain.clock import (
    SHOWN_FORMAT,
    STATION_TZ,  # printed times are station wall-clock
    parse_iso,
    shown_time,
)
from station_desk.domain.records.consent import Consent, read_consents
from station_desk.domain.records.crises import Crisis, read_crises
from station_desk.domain.records.files import ClientFile, read_file
from station_desk.domain.records.followups import Followup, read_followups
from station_desk.domain.records.referrals import Referral, read_referrals
from station_desk.domain.records.sessions import SessionRecord, read_sessions
from station_desk.domain.session import Session


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
    if fmt == SHOWN_FORMAT:
        return shown_time(ts)
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
    followups: tuple[Followup, ...]
    crises: tuple[Crisis, ...]
    referrals: tuple[Referral, ...]
    assessments: tuple[AssessmentResult, ...] = field(default=())


# --------------------------------------------------------------------------- reads


class Reader:
    """Reads for one signed-in session; staff names are looked up once. The file, its
    sessions and the loop are the records domain's reads (`read_*`: no access check, no
    audit entry); the access decision is taken before any of them runs."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.db = session.db
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
    def client(self, client_id: int) -> ClientFile | None:
        return read_file(self.session, client_id)

    def client_id_by_file_no(self, file_no: str) -> int | None:
        return self.db.scalar("SELECT id FROM clients WHERE file_no = ?",
                              (file_no.strip().upper(),))

    def recent_client_ids(self, limit: int = 200) -> list[int]:
        return [r[0] for r in self.db.all(
            "SELECT c.id FROM clients c LEFT JOIN client_clinical k ON k.client_id = c.id"
            " ORDER BY coalesce(k.last_seen_at, c.opened_at) DESC, c.id DESC LIMIT ?",
            (limit,))]

    def consents(self, client_id: int) -> tuple[Consent, ...]:
        return tuple(read_consents(self.session, client_id))

    # -- sessions -------------------------------------------------------------------------
    def sessions(self, client_id: int, visible: tuple[str, list[object]],
                 session_no: int | None = None) -> tuple[SessionRecord, ...]:
        """The file's sessions in order, limited by `visible` (an SQL condition over
        `sessions s` and its parameters: see `access.session_filter`)."""
        where, params = visible
        sql = f"s.client_id = ? AND {where}"
        args: list[object] = [client_id, *params]
        if session_no is not None:
            sql += " AND s.session_no = ?"
            args.append(session_no)
        return tuple(read_sessions(self.session, sql, args))

    def latest_session_no(self, client_id: int,
                          visible: tuple[str, list[object]]) -> int | None:
        where, params = visible
        return self.db.scalar(f"SELECT max(s.session_no) FROM sessions s WHERE s.client_id = ?"
                              f" AND {where}", [client_id, *params])

    # -- the loop -------------------------------------------------------------------------
    def followups(self, client_id: int) -> tuple[Followup, ...]:
        return tuple(read_followups(self.session, client_id))

    def crises(self, client_id: int) -> tuple[Crisis, ...]:
        return tuple(read_crises(self.session, client_id))

    def referrals(self, client_id: int) -> tuple[Referral, ...]:
        return tuple(read_referrals(self.session, client_id))

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
