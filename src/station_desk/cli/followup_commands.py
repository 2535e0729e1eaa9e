"""`followups list|schedule|result`: the follow-ups due and overdue, planning one, and how a
contact went.

records/followups.py decides: who reaches which case, that reached and closed need a note and
end the follow-up, that not reached moves it to the next try (tomorrow unless given), that
rescheduled needs the new date, never one in the past; each result is the audit entry the
follow-up list's button writes. A follow-up is named by its file, and by its planned date
(`--planned`) when the file has more than one open. `schedule` plans one as the file's
follow-up form does (`schedule_followup`): without a date, on the purpose's default (a week
after today for most, the next day after a missed appointment or a crisis); never in the past,
never on a closed file.
"""

from __future__ import annotations

import argparse

from station_desk.cli import desk_support as desk
from station_desk.cli.common import SecretReader, command, lang_of, open_session, print_json, zh_en
from station_desk.domain import vocab
from station_desk.domain.clock import shown_time
from station_desk.domain.records import followups as rules
from station_desk.domain.session import Session
from station_desk.i18n import N_

STATES = {rules.OVERDUE: N_("cli", "overdue"), rules.DUE: N_("cli", "due today"),
          rules.UPCOMING: N_("cli", "upcoming"), rules.DONE: N_("cli", "done")}
HEADINGS = {"when": N_("cli", "Planned"), "state": N_("cli", "State"),
            "file": N_("cli", "File"), "name": N_("cli", "Name"),
            "purpose": N_("cli", "Purpose"), "channel": N_("cli", "Channel"),
            "last": N_("cli", "Last result")}
FOLLOWUP = N_("cli", "open follow-up(s)")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    top = sub.add_parser("followups", help="follow-ups: the due list, and recording a contact")
    verbs = top.add_subparsers(dest="verb", metavar="ACTION", required=True)
    p = command(verbs, "list", cmd_list, json=True,
                help="open follow-ups overdue or due today (or within --days)")
    p.add_argument("--days", type=int, default=0, metavar="N",
                   help="also those due in the next N days")
    p = command(verbs, "schedule", cmd_schedule, help="plan a follow-up of a file")
    p.add_argument("--file", dest="file_no", required=True, metavar="NUMBER", help="file number")
    p.add_argument("--purpose", default=rules.DEFAULT_PURPOSE, metavar="PURPOSE",
                   help="why: " + ", ".join(c.replace("_", "-") for c in rules.PURPOSES)
                        + " (default: after-session)")
    p.add_argument("--date", dest="planned_date", metavar="YYYY-MM-DD",
                   help="the planned day (default: as the purpose plans it, e.g. a week on)")
    p.add_argument("--time", dest="planned_time", default="", metavar="HH:MM",
                   help="the planned time, if agreed")
    p.add_argument("--channel", default="phone", metavar="CHANNEL",
                   help="how: " + ", ".join(c.replace("_", "-")
                                            for c in vocab.codes("follow_up_channels"))
                        + " (default: phone)")
    p = command(verbs, "result", cmd_result,
                help="record how a contact went: reached, not-reached, rescheduled, closed")
    p.add_argument("result", metavar="RESULT",
                   help="reached (已联系上), not-reached (未联系上), rescheduled (已改期) or "
                        "closed (不再回访)")
    p.add_argument("--file", dest="file_no", required=True, metavar="NUMBER", help="file number")
    p.add_argument("--planned", metavar="YYYY-MM-DD",
                   help="the follow-up's planned date (needed when the file has more than one "
                        "open)")
    p.add_argument("--note", default="", help="what came of it (required for reached and "
                                              "closed)")
    p.add_argument("--next", dest="next_date", metavar="YYYY-MM-DD",
                   help="the next try (not-reached; default tomorrow) or the day the worker "
                        "asked for (rescheduled: required)")
    p.add_argument("--time", dest="next_time", default="", metavar="HH:MM",
                   help="the time of the next try, if agreed")


def _when(f: rules.Followup) -> str:
    if f.due_at:  # a crisis follow-up's deadline, to the minute
        return shown_time(f.due_at)
    return f"{f.planned_date} {f.planned_time}".strip()


def _purpose(f: rules.Followup, lang: str) -> str:
    return rules.purpose_label(f.purpose_code, lang) if f.purpose_code else "—"


def _channel(f: rules.Followup, lang: str) -> str:
    return vocab.label("follow_up_channels", f.channel, lang, default=f.channel) \
        if f.channel else "—"


def _last(f: rules.Followup, lang: str) -> str:
    if not f.result:
        return "—"
    text = rules.result_label(f.result, lang)
    if f.attempts:
        text += (N_(
            "cli", " ({attempts} attempt(s) not reached)").format(attempts=f.attempts).text(lang))
    return text


def cmd_list(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    with open_session(args, SecretReader(args)) as session:
        rows = rules.due_followups(session, days_ahead=max(0, args.days))
    if args.json:
        print_json([{"file_no": f.file_no, "name": f.client_name, "planned": _when(f),
                     "state": f.state, "state_label": desk.words(args, STATES)[f.state],
                     "purpose": _purpose(f, lang), "channel": _channel(f, lang),
                     "last_result": f.result, "attempts": f.attempts,
                     "crisis": f.crisis_id is not None} for f in rows])
        return 0
    print(zh_en(args, *N_("cli", "Follow-ups to make: {n_rows}").format(n_rows=len(rows))))
    if rows:
        h = desk.words(args, HEADINGS)
        states = desk.words(args, STATES)
        print(desk.table(
            [h["when"], h["state"], h["file"], h["name"], h["purpose"], h["channel"], h["last"]],
            [[_when(f), states[f.state], f.file_no, f.client_name, _purpose(f, lang),
              _channel(f, lang), _last(f, lang)] for f in rows]))
    return 0


def find(session: Session, args: argparse.Namespace) -> rules.Followup:
    """The file's open follow-up meant: the one planned on `--planned`, or its only one."""
    client_id = desk.client_id_of(session, args.file_no)
    items = [f for f in rules.list_followups(session, client_id) if not f.done_at]
    if args.planned:
        day = desk.day(args.planned, None, "planned_date")  # type: ignore[arg-type]
        items = [f for f in items if f.planned_date == day.isoformat()]
    return desk.pick_one(items, args.file_no.strip().upper(), FOLLOWUP, "--planned",
                         lambda f: f.planned_date)  # type: ignore[return-value]


def cmd_schedule(args: argparse.Namespace) -> int:
    purpose = desk.pick_word(args.purpose, {c: (zh, en) for c, (zh, en, _d)
                                            in rules.PURPOSES.items()},
                             N_("cli", "follow-up purpose"))
    channel = desk.pick_word(args.channel, {c: (vocab.label("follow_up_channels", c),
                                                vocab.label("follow_up_channels", c, "en"))
                                            for c in vocab.codes("follow_up_channels")},
                             N_("cli", "follow-up channel"))
    lang = lang_of(args)
    with open_session(args, SecretReader(args)) as session:
        client_id = desk.client_id_of(session, args.file_no)
        item = rules.schedule_followup(session, client_id, args.planned_date, channel,
                                       purpose=purpose, planned_time=args.planned_time)
    print(zh_en(args, *N_(
        "cli", "Planned: a follow-up of {file_no} {client_name} on {when} ({channel}, "
        "{purpose}).").format(file_no=item.file_no, client_name=item.client_name,
                              when=_when(item), channel=_channel(item, lang),
                              purpose=_purpose(item, lang))))
    return 0


def cmd_result(args: argparse.Namespace) -> int:
    result = desk.pick_word(args.result, rules.RESULTS, N_("cli", "follow-up result"))
    lang = lang_of(args)
    with open_session(args, SecretReader(args)) as session:
        item = find(session, args)
        after = rules.record_result(session, item.id, result, args.note,
                                    next_date=args.next_date, next_time=args.next_time)
    word = rules.result_label(result, lang)
    if after.done_at:
        print(zh_en(args, *N_(
            "cli", "Recorded “{word}”: the follow-up of {file_no} {client_name} is done.").format(
                word=word, file_no=after.file_no, client_name=after.client_name)))
    else:
        print(zh_en(args, *N_(
            "cli", "Recorded “{word}”: the follow-up of {file_no} {client_name} moves to "
            "{when}.").format(
                word=word, file_no=after.file_no, client_name=after.client_name,
                when=_when(after))))
    return 0
