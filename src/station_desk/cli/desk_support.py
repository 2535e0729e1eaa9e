"""What the counsellor's-day commands (appointments, follow-ups, safety plans) share: finding a
file by its number, reading a time or a word typed on the command line, and printing a table
that lines up in a terminal with Chinese text in it.

Nothing here decides a rule: the records domain does (records/appointments.py,
records/followups.py, records/safety_plan.py). This only turns what was typed into what the
domain takes, and what it returns into lines a person reads.
"""

from __future__ import annotations

import argparse
import datetime as dt
import unicodedata
from collections.abc import Sequence

from station_desk.cli.common import lang_of
from station_desk.domain import accounts
from station_desk.domain.records.common import Problem, ValidationError
from station_desk.domain.records.files import find_by_number
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

register_messages({
    "desk_file_unknown": N_(
        "errors", "File {file_no} not found (it does not exist or you may not see it)."),
    "desk_bad_word": N_(
        "errors", "The {what} must be one of: {allowed} (you typed: {value})."),
    "desk_none_found": N_("errors", "File {file_no} has no {what}."),
    "desk_which_one": N_(
        "errors", "File {file_no} has {count} {what} ({choices}); say which one with "
        "{option}."),
    "desk_unknown_counsellor": N_("errors", "There is no counsellor account named {user}."),
})


def client_id_of(session: Session, file_no: str) -> int:
    """The file's id, if this user may find it (another's restricted file: not found)."""
    found = find_by_number(session, file_no)
    if found is None:
        raise StationDeskError("desk_file_unknown", file_no=file_no.strip().upper())
    return found.id


def user_id_of(session: Session, username: str) -> int:
    try:
        return accounts.get_user(session, username).id
    except StationDeskError:
        raise StationDeskError("desk_unknown_counsellor", user=username) from None


def moment(value: str, field: str = "starts_at") -> dt.datetime:
    """'2026-11-03 09:00' (or with a T) as typed; a bad one is the domain's own message for
    that field, so the command line and the form say the same thing."""
    try:
        return dt.datetime.fromisoformat(value.strip()).replace(second=0, microsecond=0,
                                                                tzinfo=None)
    except ValueError:
        raise ValidationError([Problem(field, "field_bad_date", (("value", value),))]) from None


def day(value: str | None, default: dt.date, field: str = "date_from") -> dt.date:
    if not value:
        return default
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError([Problem(field, "field_bad_date", (("value", value),))]) from None


def shown(stamp: str) -> str:
    """A stored station wall-clock time ('2026-11-03T09:00') as shown: '2026-11-03 09:00'."""
    return stamp[:16].replace("T", " ")


def pick_word(value: str, words: dict[str, tuple[str, str]], what: tuple[str, str]) -> str:
    """The code for a word typed in English or Chinese (`words`: code -> (zh, en)); a code
    written with '-' for '_' too ('no-show'). Anything else: one line naming the choices."""
    typed = value.strip()
    key = typed.lower().replace("-", "_").replace(" ", "_")
    for code, (zh, en) in words.items():
        if key in (code, en.lower().replace("-", "_").replace(" ", "_")) or typed == zh:
            return code
    raise StationDeskError(
        "desk_bad_word", what_zh=what[0], what_en=what[1], value=typed,
        allowed_zh="、".join(f"{code.replace('_', '-')}（{zh}）"
                            for code, (zh, _en) in words.items()),
        allowed_en=", ".join(code.replace("_", "-") for code in words))


def pick_one(items: Sequence[object], file_no: str, what: tuple[str, str], option: str,
             label: object) -> object:
    """The one item meant when the command did not say which: refused when there is none or
    more than one, naming them so the next try can."""
    if not items:
        raise StationDeskError("desk_none_found", file_no=file_no, what_zh=what[0],
                               what_en=what[1])
    if len(items) > 1:
        raise StationDeskError("desk_which_one", file_no=file_no, count=len(items),
                               what_zh=what[0], what_en=what[1], option=option,
                               choices=", ".join(label(i) for i in items[:6])  # type: ignore[operator]
                               + (" …" if len(items) > 6 else ""))
    return items[0]


def width(text: str) -> int:
    """Columns a terminal gives the text: two for each wide (CJK) character."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, columns: int) -> str:
    return text + " " * max(0, columns - width(text))


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Columns lined up, a rule under the header; the last column is not padded."""
    widths = [max([width(h), *(width(r[i]) for r in rows)]) for i, h in enumerate(header)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(pad(c, widths[i]) if i < len(cells) - 1 else c
                         for i, c in enumerate(cells)).rstrip()

    out = [line(header), "  ".join("-" * w for w in widths)]
    out.extend(line(r) for r in rows)
    return "\n".join(out)


def words(args: argparse.Namespace, pairs: dict[str, tuple[str, str]]) -> dict[str, str]:
    """Column headings (or other short words) in this run's language."""
    en = lang_of(args) == "en"
    return {key: (en_ if en else zh) for key, (zh, en_) in pairs.items()}
