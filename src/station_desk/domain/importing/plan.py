"""Reading a register into a plan: every row as it will be stored, or why it cannot be.

Nothing is written here. Each row is checked against the vault as it is (its vocabularies, its
counsellor accounts, its files) and against the rows above it in the same file; each row gets a
fingerprint, a keyed hash (HMAC-SHA256 under a random secret kept in the vault's settings) of
its content as read, so a row imported before is recognised and skipped without the vault
keeping the row's text a second time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from station_desk.domain import vocab
from station_desk.domain.importing import columns as cols
from station_desk.domain.importing import values as cells
from station_desk.domain.importing.duplicates import DirectoryIndex, LikelyDuplicate
from station_desk.domain.importing.reading import Ledger
from station_desk.domain.records.activities import MAX_ATTENDEES
from station_desk.domain.records.common import MAX_SECTION, MAX_SHORT, today
from station_desk.domain.roles import Permission, Role
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

register_messages({
    "import_required": N_("errors", "“{field}” is missing."),
    "import_bad_date": N_("errors", "“{field}” is not a valid date: {value}."),
    "import_future_date": N_("errors", "“{field}” is later than today: {value}."),
    "import_bad_time": N_("errors", "“{field}” is not a valid time: {value}."),
    # the same English as the records' end_before_start, worded apart in Chinese
    "import_end_before_start": N_(
        "importing", "The end time {end} is not after the start time {start}."),
    "import_unknown_value": N_(
        "errors", "“{field}” has a value that is not recognised: {value} (use: {choices})."),
    "import_bad_number": N_(
        "errors", "“{field}” must be a whole number from {low} to {high}: {value}."),
    "import_bad_phone": N_(
        "errors", "“{field}” may hold only digits, spaces, + and - (at most 20): {value}."),
    "import_too_long": N_(
        "errors", "“{field}” has {count} characters, more than the {limit} allowed."),
    "import_unknown_counsellor": N_(
        "errors", "No counsellor “{value}”: it must be the name or user name of one of the "
        "station's counsellor accounts (disabled ones too)."),
    "import_unknown_file": N_("errors", "The station has no file {value}."),
    "import_file_name_mismatch": N_(
        "errors", "File {file_no} is in the name of “{found}”, not “{value}” as in this row."),
    "import_ambiguous_name": N_(
        "errors", "The station has {count} files in the name of “{value}”; give the file number."),
    "import_restricted_file": N_(
        "errors", "File {value} is restricted; no records can be imported into it."),
    "import_duplicate_row": N_("errors", "Same as row {other}."),
    "import_file_no_taken": N_(
        "errors", "File number {value} is already another visitor's ({found})."),
    "import_bad_file_no": N_(
        "errors", "A file number may hold only letters, digits and - _ / (at most 40): {value}."),
    "import_likely_duplicate": N_(
        "errors", "May be the same worker as the existing file {file_no} ({name}): {why}."),
    "import_likely_duplicate_row": N_(
        "errors", "May be the same worker as row {other}: {why}."),
    "import_new_file": N_("errors", "A new file will be opened for “{value}”."),
    "import_in_vault": N_("errors", "File {value} is already in the vault; skipped."),
    "import_merged_file": N_(
        "errors", "File {value} was merged into {kept}; the record goes to {kept}."),
})

NEW, DONE, ERROR = "new", "done", "error"
SALT_KEY = "import.salt"
_FILE_NO = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-/]{0,39}$")
_PHONE = re.compile(r"^[0-9+\- ]{0,20}$")


@dataclass(frozen=True)
class RowNote:
    """One thing said about a row: a reason it cannot be stored, or a warning."""

    code: str
    params: tuple[tuple[str, Any], ...] = ()

    def message(self, lang: str = "zh") -> str:
        return StationDeskError(self.code, **dict(self.params)).message(lang)


@dataclass
class PlannedRow:
    line: int
    values: dict[str, Any] = field(default_factory=dict)  # what will be stored (codes, ids)
    problems: list[RowNote] = field(default_factory=list)
    warnings: list[RowNote] = field(default_factory=list)
    fingerprint: str = ""
    already: bool = False
    duplicates: tuple[LikelyDuplicate, ...] = ()

    @property
    def status(self) -> str:
        if self.problems:
            return ERROR
        return DONE if self.already else NEW


@dataclass
class Plan:
    kind: str
    ledger: Ledger
    mapping: dict[str, int]
    rows: list[PlannedRow]
    salt: bytes
    salt_is_new: bool
    counsellor_names: dict[int, str]

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def to_store(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.status == NEW]

    def display(self, row: PlannedRow, lang: str = "zh") -> dict[str, str]:
        """The row as it will be stored, field by field, in words (no codes)."""
        return display(self.kind, row.values, self.counsellor_names, lang)


def display(kind: str, values: Mapping[str, Any], counsellors: Mapping[int, str],
            lang: str = "zh") -> dict[str, str]:
    def label(vocab_kind: str, code: str) -> str:
        return vocab.label(vocab_kind, code, lang, default=code) if code else ""

    out: dict[str, str] = {}
    for f in cols.fields(kind):
        value = values.get(f.code)
        if value in (None, "", ()):
            continue
        if f.code == "counsellor":
            shown = counsellors.get(int(value), "")
        elif f.code == "file_no" and kind == cols.SESSIONS:
            shown = str(value) if value else ""
        elif f.code in ("modality",):
            shown = label("modalities", value)
        elif f.code == "risk":
            shown = label("risk_levels", value)
        elif f.code == "gender":
            shown = label("genders", value)
        elif f.code == "industry":
            shown = label("industries", value)
        elif f.code == "type":
            shown = label("activity_types", value)
        elif f.code == "issues":
            shown = "、".join(label("presenting_issues", c) for c in value)
        elif f.code in ("key_groups", "target_groups"):
            shown = "、".join(label("key_groups", c) for c in value)
        else:
            shown = str(value)
        out[f.code] = shown
    if kind == cols.SESSIONS and values.get("new_file"):
        out["file_no"] = N_("importing", "(new file)").text(lang)
    return out


def salt(session: Session) -> tuple[bytes, bool]:
    """The fingerprint key, and whether it is new (stored by the first import that writes)."""
    raw = session.settings().get(SALT_KEY)
    if raw:
        return bytes.fromhex(raw), False
    return secrets.token_bytes(32), True


def fingerprint(key: bytes, kind: str, normal: Mapping[str, Any]) -> str:
    body = json.dumps([kind, dict(sorted(normal.items()))], ensure_ascii=False,
                      sort_keys=True, separators=(",", ":"), default=str)
    return hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()


class _Row:
    """Reads one row's mapped cells, noting problems field by field."""

    def __init__(self, kind: str, mapping: Mapping[str, int], cells_: tuple[Any, ...],
                 planned: PlannedRow) -> None:
        self.kind, self.mapping, self.cells, self.row = kind, mapping, cells_, planned
        self.normal: dict[str, Any] = {}

    def raw(self, code: str) -> Any:
        index = self.mapping.get(code)
        return None if index is None or index >= len(self.cells) else self.cells[index]

    def problem(self, code: str, field_code: str | None = None, **params: Any) -> None:
        if field_code is not None:
            f = cols.field(self.kind, field_code)
            params = {"field_zh": f.zh, "field_en": f.en, **params}
        self.row.problems.append(RowNote(code, tuple(params.items())))

    def text(self, code: str, *, required: bool = False, limit: int = MAX_SHORT) -> str:
        value = cells.text(self.raw(code)) if limit <= MAX_SHORT else \
            str(self.raw(code) or "").strip()
        self.normal[code] = value
        if required and not value:
            self.problem("import_required", code)
        elif len(value) > limit:
            self.problem("import_too_long", code, count=len(value), limit=limit)
            return ""
        return value

    def date(self, code: str, today_: dt.date, *, required: bool = False) -> str:
        raw = self.raw(code)
        if cells.text(raw) == "":
            self.normal[code] = ""
            if required:
                self.problem("import_required", code)
            return ""
        day = cells.date(raw)
        if day is None:
            self.problem("import_bad_date", code, value=cells.text(raw))
            return ""
        self.normal[code] = day.isoformat()
        if day > today_:
            self.problem("import_future_date", code, value=day.isoformat())
            return ""
        return day.isoformat()

    def time(self, code: str) -> str:
        raw = self.raw(code)
        value = cells.time(raw)
        self.normal[code] = value or cells.text(raw)
        if value is None:
            self.problem("import_bad_time", code, value=cells.text(raw))
            return ""
        return value

    def choice(self, code: str, vocab_kind: str, *, required: bool = False,
               default: str = "") -> str:
        raw = self.raw(code)
        found = cells.code(vocab_kind, raw)
        self.normal[code] = found if found else cells.text(raw)
        if found == "":
            if required:
                self.problem("import_required", code)
            return default
        if found is None:
            self.problem("import_unknown_value", code, value=cells.text(raw),
                         choices=cells.choices_text(vocab_kind),
                         choices_en=cells.choices_text_en(vocab_kind))
            return default
        return found

    def choices(self, code: str, vocab_kind: str) -> tuple[str, ...]:
        found, unknown = cells.codes(vocab_kind, self.raw(code))
        self.normal[code] = sorted(found) + unknown
        if unknown:
            self.problem("import_unknown_value", code, value="、".join(unknown),
                         choices=cells.choices_text(vocab_kind),
                         choices_en=cells.choices_text_en(vocab_kind))
        return found

    def number(self, code: str, low: int, high: int, *, required: bool = False) -> int | None:
        raw = cells.text(self.raw(code)).removesuffix("人").removesuffix("岁").strip()
        self.normal[code] = raw
        if not raw:
            if required:
                self.problem("import_required", code)
            return None
        try:
            number = int(float(raw)) if re.fullmatch(r"\d+(\.0+)?", raw) else None
        except ValueError:
            number = None
        if number is None or not low <= number <= high:
            self.problem("import_bad_number", code, value=raw, low=low, high=high)
            return None
        return number

    def phone(self, code: str) -> str:
        value = self.text(code, limit=MAX_SHORT)
        if value and not _PHONE.match(value):
            self.problem("import_bad_phone", code, value=value)
            return ""
        return value


def _counsellors(session: Session) -> tuple[dict[str, int], dict[int, str]]:
    """Counsellor accounts (disabled ones too: a register names staff who have left), by
    display name and user name."""
    by_name: dict[str, int] = {}
    names: dict[int, str] = {}
    for uid, username, display_name in session.db.all(
            "SELECT id, username, display_name FROM users WHERE role = ? ORDER BY disabled, id",
            (Role.COUNSELLOR.value,)):
        names[uid] = display_name
        for key in (cells.name_key(display_name), cells.name_key(username)):
            by_name.setdefault(key, uid)
    return by_name, names


def require_import(session: Session, kind: str) -> None:
    session.require(Permission.IMPORT_LEDGERS)
    if kind == cols.SESSIONS:
        session.require_clinical_key()


def build_plan(session: Session, ledger: Ledger, kind: str | None = None,
               overrides: Mapping[str, int] | None = None) -> Plan:
    """Every row of `ledger` as it would be stored, or why it cannot be. Writes nothing."""
    kind = cols.check_kind(kind) if kind else cols.guess_kind(ledger.headers)
    require_import(session, kind)
    mapping = cols.resolve_mapping(session, kind, ledger.headers, overrides)
    cols.require_mapped(kind, mapping)
    key, is_new = salt(session)
    by_name, names = _counsellors(session)
    index = DirectoryIndex(session)
    seen = _seen(session, kind)
    today_ = today(session)
    check = {cols.SESSIONS: _session_row, cols.VISITORS: _visitor_row,
             cols.ACTIVITIES: _activity_row}[kind]
    state: dict[str, Any] = {"first": {}, "people": [], "new_files": {}}
    rows = []
    for line, row_cells in ledger.rows:
        planned = PlannedRow(line)
        reader = _Row(kind, mapping, row_cells, planned)
        check(reader, session, today_, by_name, index, state)
        planned.fingerprint = fingerprint(key, kind, reader.normal)
        first = state["first"].setdefault(planned.fingerprint, line)
        if first != line:
            planned.problems.insert(0, RowNote("import_duplicate_row", (("other", first),)))
        elif not is_new and planned.fingerprint in seen:
            planned.already = True
        rows.append(planned)
    return Plan(kind, ledger, mapping, rows, key, is_new, names)


def _seen(session: Session, kind: str) -> set[str]:
    if kind == cols.SESSIONS:
        return {r[0] for r in session.db.all("SELECT fingerprint FROM import_session_rows")}
    return {r[0] for r in session.db.all("SELECT fingerprint FROM import_rows WHERE kind = ?",
                                         (kind,))}


def _counsellor(reader: _Row, by_name: Mapping[str, int], *, required: bool) -> int | None:
    raw = reader.text("counsellor", required=required)
    if not raw:
        return None
    uid = by_name.get(cells.name_key(raw))
    if uid is None:
        reader.problem("import_unknown_counsellor", value=raw)
    reader.normal["counsellor"] = uid if uid is not None else raw
    return uid


def _session_row(reader: _Row, session: Session, today_: dt.date,
                 by_name: Mapping[str, int], index: DirectoryIndex,
                 state: dict[str, Any]) -> None:
    v = reader.row.values
    v["date"] = reader.date("date", today_, required=True)
    file_no = reader.text("file_no").upper()
    reader.normal["file_no"] = file_no
    name = reader.text("name")
    v["name"] = name
    if not file_no and not name:
        reader.problem("import_required", "file_no")
    elif file_no:
        found = index.by_number.get(file_no)
        if found is None:
            reader.problem("import_unknown_file", value=file_no)
        else:
            if name and cells.name_key(name) != cells.name_key(str(found[2])):
                reader.problem("import_file_name_mismatch", file_no=file_no, found=found[2],
                               value=name)
            _target_file(reader, index, found)
        reader.normal.pop("name", None)  # the number decides; a name beside it is a check
    else:
        named = index.named(name)
        if len(named) > 1:
            reader.problem("import_ambiguous_name", count=len(named), value=name)
        elif named:
            _target_file(reader, index, named[0])
        else:
            v["new_file"] = cells.name_key(name)
            if v["new_file"] not in state["new_files"]:
                state["new_files"][v["new_file"]] = reader.row.line
                reader.row.warnings.append(RowNote("import_new_file", (("value", name),)))
    v["counsellor"] = _counsellor(reader, by_name, required=True)
    v["modality"] = reader.choice("modality", "modalities", required=True)
    v["issues"] = reader.choices("issues", "presenting_issues")
    v["risk"] = reader.choice("risk", "risk_levels", default="none") or "none"
    v["start_time"] = reader.time("start_time")
    v["end_time"] = reader.time("end_time")
    if v["start_time"] and v["end_time"] and v["end_time"] <= v["start_time"]:
        reader.problem("import_end_before_start", start=v["start_time"], end=v["end_time"])
    v["notes"] = reader.text("notes", limit=MAX_SECTION)
    v["gender"] = reader.choice("gender", "genders", default="unspecified")
    v["phone"] = reader.phone("phone")
    for extra in ("gender", "phone"):  # details for a new file, not part of the record
        reader.normal.pop(extra, None)


def _target_file(reader: _Row, index: DirectoryIndex, found: tuple[Any, ...]) -> None:
    v = reader.row.values
    if found[7] is not None:  # merged: the record belongs in the file it went into
        kept = next((r for r in index.by_number.values() if r[0] == found[7]), None)
        if kept is not None:
            reader.row.warnings.append(RowNote("import_merged_file", (("value", found[1]),
                                                                      ("kept", kept[1]))))
            found = kept
    if found[6]:
        reader.problem("import_restricted_file", value=found[1])
        return
    v["client_id"], v["file_no"] = int(found[0]), str(found[1])


def _visitor_row(reader: _Row, session: Session, today_: dt.date,
                 by_name: Mapping[str, int], index: DirectoryIndex,
                 state: dict[str, Any]) -> None:
    v = reader.row.values
    v["name"] = name = reader.text("name", required=True)
    file_no = reader.text("file_no").upper()
    reader.normal["file_no"] = file_no
    if file_no and not _FILE_NO.match(file_no):
        reader.problem("import_bad_file_no", value=file_no)
    elif file_no and file_no in index.by_number:
        found = index.by_number[file_no]
        if cells.name_key(str(found[2])) == cells.name_key(name):
            reader.row.warnings.append(RowNote("import_in_vault", (("value", file_no),)))
            reader.row.already = True
        else:
            reader.problem("import_file_no_taken", value=file_no, found=found[2])
    v["file_no"] = file_no
    v["gender"] = reader.choice("gender", "genders", default="unspecified")
    v["opened"] = reader.date("opened", today_)
    year = _birth_year(reader, today_, v["opened"])
    v["birth_year"] = year
    v["phone"] = reader.phone("phone")
    v["employer"] = reader.text("employer")
    v["industry"] = reader.choice("industry", "industries")
    v["key_groups"] = reader.choices("key_groups", "key_groups")
    v["counsellor"] = _counsellor(reader, by_name, required=False)
    if reader.row.problems or reader.row.already or not name:
        return
    dups = index.duplicates(name, v["phone"], year)
    reader.row.duplicates = tuple(dups)
    for d in dups:
        reader.row.warnings.append(RowNote("import_likely_duplicate", (
            ("file_no", d.file_no), ("name", d.name), ("why", d.why("zh")),
            ("why_en", d.why("en")))))
    from station_desk.domain.importing.duplicates import match

    for line, other in state["people"]:
        reason = match(name, v["phone"], year, ("", other["name"], other["birth_year"],
                                                 other["phone"]))
        if reason:
            from station_desk.domain.importing.duplicates import REASONS

            reader.row.warnings.append(RowNote("import_likely_duplicate_row", (
                ("other", line), ("why", REASONS[reason][0]), ("why_en", REASONS[reason][1]))))
            break
    state["people"].append((reader.row.line, v))


def _birth_year(reader: _Row, today_: dt.date, opened: str) -> int | None:
    raw = reader.raw("birth_year")
    if cells.text(raw):
        if isinstance(raw, dt.date | dt.datetime):
            year: int | None = raw.year
        else:
            found = re.match(r"^(\d{4})(\D.*)?$", cells.text(raw))
            year = int(found[1]) if found else None
        reader.normal["birth_year"] = year if year is not None else cells.text(raw)
        if year is None or not 1900 <= year <= today_.year:
            reader.problem("import_bad_number", "birth_year", value=cells.text(raw), low=1900,
                           high=today_.year)
            return None
        return year
    age = reader.number("age", 0, 120)
    if age is None:
        return None
    base = dt.date.fromisoformat(opened).year if opened else today_.year
    return base - age


def _activity_row(reader: _Row, session: Session, today_: dt.date,
                  by_name: Mapping[str, int], index: DirectoryIndex,
                  state: dict[str, Any]) -> None:
    v = reader.row.values
    v["date"] = reader.date("date", today_, required=True)
    v["type"] = reader.choice("type", "activity_types", required=True)
    v["topic"] = reader.text("topic", required=True)
    v["venue"] = reader.text("venue")
    v["organiser"] = reader.text("organiser")
    v["attendees"] = reader.number("attendees", 0, MAX_ATTENDEES, required=True)
    v["target_groups"] = reader.choices("target_groups", "key_groups")
