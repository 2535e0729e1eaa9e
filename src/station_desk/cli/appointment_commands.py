"""`appointments list|book|move|cancel|mark`: the appointment book on the command line.

Same rules, refusals and audit entries as the appointments page: records/appointments.py
decides (no past start, no overlap for the counsellor or the room, attendance only once the
time has come, a late cancellation only within a day). A booking is named the way the desk
names it, by file number and start time (`--at`); when the file has only one booking that
fits, `--at` may be left out.

Booking and moving ask the domain first (`check_booking`, `check_move`), as the form and the
calendar do: a taken counsellor or room refuses (one line, exit 1); other bookings at that
time are not refused (two counsellors see two workers at once every day), so the command
books and names them in a warning line after its answer, where the form would ask.
"""

from __future__ import annotations

import argparse
import datetime as dt

from station_desk.cli import desk_support as desk
from station_desk.cli.common import SecretReader, command, lang_of, open_session, print_json, zh_en
from station_desk.domain import vocab
from station_desk.domain.records import appointments as rules
from station_desk.domain.records.common import today
from station_desk.domain.roles import Role
from station_desk.domain.session import Session
from station_desk.i18n import N_

DEFAULT_MINUTES = 50  # the booking form's default length
MARKS = {k: rules.STATUS_WORDS[k] for k in rules.ATTENDANCE}
HEADINGS = {"when": N_("cli", "Time"), "file": N_("cli", "File"), "name": N_("cli", "Name"),
            "counsellor": N_("cli", "Counsellor"), "room": N_("cli", "Room"),
            "status": N_("cli", "Status"), "reason": N_("cli", "Why cancelled")}
APPOINTMENT = N_("cli", "appointment(s)")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    top = sub.add_parser("appointments", help="the appointment book: list, book, move, cancel, "
                                              "mark attendance")
    verbs = top.add_subparsers(dest="verb", metavar="ACTION", required=True)
    p = command(verbs, "list", cmd_list, json=True,
                help="a day's or a week's appointments (a counsellor: their own by default)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the day (default: today)")
    p.add_argument("--week", action="store_true", help="the whole week (Monday to Sunday)")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--all", action="store_true", help="every counsellor's appointments")
    who.add_argument("--counsellor", metavar="USER", help="one counsellor's appointments")
    p.add_argument("--cancelled", action="store_true",
                   help="show cancelled bookings too, with why (the file went to another "
                        "station) where that was kept")

    p = command(verbs, "book", cmd_book, help="book a file in")
    _file(p)
    p.add_argument("--at", required=True, metavar="'YYYY-MM-DD HH:MM'", help="start")
    _length(p)
    p.add_argument("--counsellor", metavar="USER",
                   help="the counsellor (default: the file's own)")
    p.add_argument("--room", metavar="ROOM", help=_rooms_help())

    p = command(verbs, "move", cmd_move, help="move a booking to another time, counsellor or "
                                              "room")
    _file(p)
    _at(p)
    p.add_argument("--to", metavar="'YYYY-MM-DD HH:MM'", help="the new start (default: the "
                                                               "same)")
    _length(p, "(default: as booked)")
    p.add_argument("--counsellor", metavar="USER", help="another counsellor")
    p.add_argument("--room", metavar="ROOM", help=_rooms_help())

    p = command(verbs, "cancel", cmd_cancel, help="cancel a booking")
    _file(p)
    _at(p)

    p = command(verbs, "mark", cmd_mark,
                help="attendance: attended, no-show or late-cancel (called off within a day)")
    p.add_argument("status", metavar="STATUS",
                   help="attended (出席), no-show (未到) or late-cancel (临时取消)")
    _file(p)
    _at(p)


def _file(p: argparse.ArgumentParser) -> None:
    p.add_argument("--file", dest="file_no", required=True, metavar="NUMBER", help="file number")


def _at(p: argparse.ArgumentParser) -> None:
    p.add_argument("--at", metavar="'YYYY-MM-DD HH:MM'",
                   help="the booking's start (needed when the file has more than one)")


def _length(p: argparse.ArgumentParser, default: str = f"(default: {DEFAULT_MINUTES})") -> None:
    g = p.add_mutually_exclusive_group()
    g.add_argument("--minutes", type=int, metavar="N", help=f"length in minutes {default}")
    g.add_argument("--until", metavar="HH:MM", help="end time, the same day")


def _rooms_help() -> str:
    return "room: " + ", ".join(vocab.codes("rooms"))


def _room(value: str | None) -> str | None:
    """A room by its code or its name in either language; the domain checks the code."""
    if value is None:
        return None
    words = {c: (vocab.label("rooms", c), vocab.label("rooms", c, "en"))
             for c in vocab.codes("rooms")}
    for code, (zh, en) in words.items():
        if value.strip().lower() in (code, en.lower(), en.lower().removesuffix(" room")) \
                or value.strip() == zh:
            return code
    return value.strip()  # refused by the domain with the room field's own message


def _end(start: dt.datetime, args: argparse.Namespace, minutes: int) -> str:
    """The end as the domain takes it: `--until` on the start's day, or start + minutes."""
    if args.until:
        return f"{start.date().isoformat()}T{args.until.strip()}"
    return (start + dt.timedelta(minutes=args.minutes or minutes)).strftime("%Y-%m-%dT%H:%M")


def _row(args: argparse.Namespace, a: rules.Appointment) -> list[str]:
    lang = lang_of(args)
    room = vocab.label("rooms", a.room, lang, default=a.room) if a.room else "—"
    row = [f"{a.shown_start}–{a.ends_at[11:16]}", a.file_no, a.client_name,
           a.counsellor_name or "—", room, rules.status_word(a.status, lang)]
    if args.cancelled:  # why, where it was kept; "—" for one called off at the desk
        row.append(rules.cancel_reason_word(a.cancel_reason, lang) or "—"
                   if a.status == rules.CANCELLED else "")
    return row


def _json(a: rules.Appointment) -> dict[str, object]:
    return {"file_no": a.file_no, "name": a.client_name, "counsellor": a.counsellor_name,
            "starts_at": desk.shown(a.starts_at), "ends_at": desk.shown(a.ends_at),
            "room": vocab.label("rooms", a.room, default=a.room) if a.room else "",
            "room_en": vocab.label("rooms", a.room, "en", default=a.room) if a.room else "",
            "status": a.status, "status_label": rules.status_word(a.status),
            "cancel_reason": a.cancel_reason,
            "cancel_reason_label": rules.cancel_reason_word(a.cancel_reason)}


def _label(a: rules.Appointment) -> str:
    return a.shown_start


def find(session: Session, args: argparse.Namespace, *, upcoming: bool) -> rules.Appointment:
    """The booking meant: the file's booking starting at `--at`; without it, the file's only
    booking from today on (`upcoming`: move, cancel) or today's (attendance)."""
    client_id = desk.client_id_of(session, args.file_no)
    file_no = args.file_no.strip().upper()
    if args.at:
        start = desk.moment(args.at)
        found = [a for a in rules.appointments_between(session, start.date(), rules.DAY)
                 if a.client_id == client_id and a.starts_at == start.strftime("%Y-%m-%dT%H:%M")]
        booked = [a for a in found if a.status == rules.BOOKED]
        return desk.pick_one(booked or found, file_no, APPOINTMENT, "--at",
                             _label)  # type: ignore[return-value]
    if upcoming:
        candidates = rules.client_appointments(session, client_id)
    else:
        candidates = [a for a in rules.appointments_between(session, today(session), rules.DAY)
                      if a.client_id == client_id]
    return desk.pick_one(candidates, file_no, APPOINTMENT, "--at",
                         _label)  # type: ignore[return-value]


def cmd_list(args: argparse.Namespace) -> int:
    with open_session(args, SecretReader(args)) as session:
        first = desk.day(args.date, today(session))
        days = rules.WEEK if args.week else rules.DAY
        if args.week:
            first = rules.week_start(first)
        counsellor = desk.user_id_of(session, args.counsellor) if args.counsellor else None
        mine = not args.all and counsellor is None and session.user.role is Role.COUNSELLOR
        rows = rules.appointments_between(session, first, days, counsellor_id=counsellor,
                                          mine=mine, include_cancelled=args.cancelled)
    if args.json:
        print_json([_json(a) for a in rows])
        return 0
    last = first + dt.timedelta(days=days - 1)
    span = first.isoformat() if days == rules.DAY else f"{first.isoformat()} – {last.isoformat()}"
    print(zh_en(args, *N_(
        "cli", "{span}: {n_rows} appointment(s)").format(span=span, n_rows=len(rows))))
    if rows:
        h = desk.words(args, HEADINGS)
        print(desk.table([h["when"], h["file"], h["name"], h["counsellor"], h["room"],
                          h["status"], *([h["reason"]] if args.cancelled else [])],
                         [_row(args, a) for a in rows]))
    return 0


def cmd_book(args: argparse.Namespace) -> int:
    start = desk.moment(args.at)
    with open_session(args, SecretReader(args)) as session:
        client_id = desk.client_id_of(session, args.file_no)
        counsellor = desk.user_id_of(session, args.counsellor) if args.counsellor else None
        when = (start.strftime("%Y-%m-%dT%H:%M"), _end(start, args, DEFAULT_MINUTES))
        room = _room(args.room) or ""
        others = rules.check_booking(session, client_id, *when, counsellor_id=counsellor,
                                     room=room)
        item = rules.book_appointment(session, client_id, *when, counsellor_id=counsellor,
                                      room=room)
    _done(args, *N_("cli", "Booked"), item)
    _also_then(args, others)
    return 0


def cmd_move(args: argparse.Namespace) -> int:
    with open_session(args, SecretReader(args)) as session:
        item = find(session, args, upcoming=True)
        was = dt.datetime.fromisoformat(item.starts_at)
        length = int((dt.datetime.fromisoformat(item.ends_at) - was).total_seconds() // 60)
        start = desk.moment(args.to) if args.to else was
        counsellor = desk.user_id_of(session, args.counsellor) if args.counsellor else None
        when = (start.strftime("%Y-%m-%dT%H:%M"), _end(start, args, length))
        others = rules.check_move(session, item.id, *when, counsellor_id=counsellor,
                                  room=_room(args.room))
        moved = rules.move_appointment(session, item.id, *when, counsellor_id=counsellor,
                                       room=_room(args.room))
    _done(args, *N_("cli", "Moved (was {shown_start})").format(shown_start=item.shown_start), moved)
    _also_then(args, others)
    return 0


def cmd_cancel(args: argparse.Namespace) -> int:
    with open_session(args, SecretReader(args)) as session:
        item = find(session, args, upcoming=True)
        rules.cancel_appointment(session, item.id)
    _done(args, *N_("cli", "Cancelled"), item)
    return 0


def cmd_mark(args: argparse.Namespace) -> int:
    status = desk.pick_word(args.status, MARKS, N_("cli", "attendance"))
    with open_session(args, SecretReader(args)) as session:
        item = find(session, args, upcoming=False)
        marked = rules.mark_attendance(session, item.id, status)
    word = rules.status_word(marked.status, lang_of(args))
    _done(args, *N_("cli", "Marked “{word}”").format(word=word), marked)
    return 0


def _also_then(args: argparse.Namespace, others: list[rules.Appointment]) -> None:
    """The warning line after a booking or a move at a time other bookings take (the form
    asks; a command cannot, so it says)."""
    if not others:
        return
    sep = "；" if lang_of(args) == "zh" else "; "
    names = sep.join(f"{a.time_range} {a.file_no} {a.client_name}"
                     + (f" · {a.counsellor_name}" if a.counsellor_name else "")
                     for a in others)
    print(N_("cli", "Note: at that time there is already: {names}").format(
        names=names).text(lang_of(args)))


def _done(args: argparse.Namespace, zh: str, en: str, a: rules.Appointment) -> None:
    lang = lang_of(args)
    room = vocab.label("rooms", a.room, lang, default=a.room) if a.room else ""
    where = "，".join(x for x in (a.counsellor_name, room) if x) if lang == "zh" else \
        ", ".join(x for x in (a.counsellor_name, room) if x)
    print(zh_en(args, f"{zh}：{a.file_no} {a.client_name}，{a.shown_start}–{a.ends_at[11:16]}"
                      + (f"（{where}）" if where else "") + "。",
                f"{en}: {a.file_no} {a.client_name}, {a.shown_start}–{a.ends_at[11:16]}"
                + (f" ({where})" if where else "") + "."))
