"""Likely duplicates: a file that may already be this worker's.

Two files are taken to be one person's when the names match and either the phone numbers
(their digits) or the birth years do. Shown before a file is created: at registration (the
new-file dialog offers to open the existing file instead) and in the import preview; two files
found to be one worker's afterwards are merged by the admin (`merge.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from station_desk.domain.importing.values import digits, name_key
from station_desk.domain.records import access
from station_desk.domain.session import Session
from station_desk.i18n import N_

SAME_PHONE, SAME_BIRTH_YEAR = "phone", "birth_year"
REASONS = {SAME_PHONE: N_("importing", "same name and phone"),
           SAME_BIRTH_YEAR: N_("importing", "same name and birth year")}


@dataclass(frozen=True)
class LikelyDuplicate:
    """An existing file that may be the same worker's (directory details only)."""

    id: int
    file_no: str
    name: str
    birth_year: int | None
    phone: str
    employer: str
    reason: str  # SAME_PHONE or SAME_BIRTH_YEAR

    def why(self, lang: str = "zh") -> str:
        zh, en = REASONS[self.reason]
        return en if lang.startswith("en") else zh


def match(name: str, phone: str, birth_year: int | None, other: tuple[Any, ...]) -> str:
    """Why `other` (file_no, name, birth_year, phone, …) looks like the same person, or ""."""
    if not name_key(name) or name_key(str(other[1])) != name_key(name):
        return ""
    mine, theirs = digits(phone or ""), digits(str(other[3] or ""))
    if mine and theirs and (mine == theirs or (len(mine) >= 7 and len(theirs) >= 7
                                               and mine[-7:] == theirs[-7:])):
        return SAME_PHONE
    if birth_year is not None and other[2] is not None and int(other[2]) == int(birth_year):
        return SAME_BIRTH_YEAR
    return ""


_COLUMNS = "c.id, c.file_no, c.name, c.birth_year, c.phone, c.employer"


def likely_duplicates(session: Session, name: str, phone: str = "",
                      birth_year: int | str | None = None, *,
                      exclude: int | None = None) -> list[LikelyDuplicate]:
    """Files this user may find whose name matches and whose phone or birth year does too.
    A merged file is left out (the file it went into is the one to open)."""
    where, params = access.directory_filter(session)
    wanted = (name or "").strip()
    if not wanted:
        return []
    try:
        year = int(str(birth_year).strip()) if birth_year not in (None, "") else None
    except ValueError:
        year = None
    rows = session.db.all(
        f"SELECT {_COLUMNS} FROM clients c WHERE c.name = ? AND c.merged_into IS NULL"
        f" AND {where} ORDER BY c.id", [wanted, *params])
    out = []
    for r in rows:
        if r[0] == exclude:
            continue
        reason = match(wanted, phone, year, (r[1], r[2], r[3], r[4]))
        if reason:
            out.append(LikelyDuplicate(r[0], r[1], r[2], r[3], r[4], r[5], reason))
    return out


class DirectoryIndex:
    """Every findable file by name, read once for an import's thousands of rows."""

    def __init__(self, session: Session) -> None:
        where, params = access.directory_filter(session)
        self.by_name: dict[str, list[tuple[Any, ...]]] = {}
        self.by_number: dict[str, tuple[Any, ...]] = {}
        for r in session.db.all(
                f"SELECT {_COLUMNS}, c.restricted, c.merged_into FROM clients c"
                f" WHERE {where}", params):
            row = tuple(r)
            self.by_number[str(r[1]).upper()] = row
            if r[7] is None:
                self.by_name.setdefault(name_key(str(r[2])), []).append(row)

    def named(self, name: str) -> list[tuple[Any, ...]]:
        return self.by_name.get(name_key(name), [])

    def duplicates(self, name: str, phone: str, birth_year: int | None
                   ) -> list[LikelyDuplicate]:
        out = []
        for r in self.named(name):
            reason = match(name, phone, birth_year, (r[1], r[2], r[3], r[4]))
            if reason:
                out.append(LikelyDuplicate(r[0], r[1], r[2], r[3], r[4], r[5], reason))
        return out
