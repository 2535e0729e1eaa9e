"""A worker's rights on the command line: `subject-copy` (a copy of their file, PIPL art. 45)
and `consent show|record|withdraw` (structured consent and its withdrawal).

Same rules and audit entries as the app: the records domain decides (records/consent.py,
records/subject_copy.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from station_desk.cli.common import (
    NO_SUCH_FOLDER,
    SecretReader,
    command,
    lang_of,
    open_session,
    zh_en,
)
from station_desk.domain.clock import shown_time
from station_desk.domain.records import consent as consent_rules
from station_desk.domain.records import subject_copy as copy_rules
from station_desk.domain.records.access import break_glass
from station_desk.domain.records.files import find_by_number
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.i18n import N_

SCOPES_HELP = ", ".join(consent_rules.SCOPES)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = command(sub, "subject-copy", cmd_subject_copy,
                help="a worker's copy of their own file (PDF)",
                description="Write the worker's copy of what the station holds about them; "
                            "withheld items are marked with the reason.")
    p.add_argument("--file", dest="file_no", required=True, metavar="NUMBER", help="file number")
    p.add_argument("--out", type=Path, help="PDF file to write")
    p.add_argument("--withhold", action="append", default=[], metavar="ITEM:REASON",
                   help="withhold an item (see --list), with the reason; repeatable")
    p.add_argument("--requested-on", metavar="YYYY-MM-DD",
                   help="the date the worker asked (default: today)")
    p.add_argument("--reason", help="admin: why you open this file (break the glass)")
    p.add_argument("--list", action="store_true",
                   help="list the items that can be withheld, and the copies given")

    c = sub.add_parser("consent", help="informed consent: show, record, withdraw")
    verbs = c.add_subparsers(dest="verb", metavar="VERB", required=True)
    show = command(verbs, "show", cmd_consent_show, help="a file's consent forms and withdrawals")
    show.add_argument("--file", dest="file_no", required=True, metavar="NUMBER")
    rec = command(verbs, "record", cmd_consent_record, help="record a signed consent form")
    rec.add_argument("--file", dest="file_no", required=True, metavar="NUMBER")
    rec.add_argument("--date", required=True, metavar="YYYY-MM-DD",
                     help="the date on the signed paper form")
    rec.add_argument("--scopes", required=True, metavar="LIST",
                     help=f"comma-separated uses agreed to: {SCOPES_HELP}")
    rec.add_argument("--explained-by", metavar="USER",
                     help="who explained the limits of confidentiality (default: you)")
    rec.add_argument("--note", default="", help="anything else the form says")
    wd = command(verbs, "withdraw", cmd_consent_withdraw,
                 help="record the worker's withdrawal of consent")
    wd.add_argument("--file", dest="file_no", required=True, metavar="NUMBER")
    wd.add_argument("--date", required=True, metavar="YYYY-MM-DD",
                    help="the date the withdrawal takes effect")
    wd.add_argument("--scopes", metavar="LIST",
                    help=f"comma-separated uses withdrawn (default: all): {SCOPES_HELP}")
    wd.add_argument("--note", default="", help="what the worker said, if anything")


def _client_id(session: Session, file_no: str) -> int:
    found = find_by_number(session, file_no)
    if found is None:
        raise StationDeskError("print_file_unknown", file_no=file_no)
    return found.id


def _scopes(text: str | None) -> list[str] | None:
    if text is None:
        return None
    return [s.strip() for s in text.replace("，", ",").split(",") if s.strip()]


def cmd_subject_copy(args: argparse.Namespace) -> int:
    withhold = copy_rules.parse_withhold(args.withhold)
    if not args.list and args.out is None:
        raise StationDeskError("bad_input", detail=N_(
            "cli", "--out is required (or --list)"))
    if args.out is not None and not Path(args.out).parent.is_dir():
        raise StationDeskError("bad_input", detail=NO_SUCH_FOLDER.format(
            folder=Path(args.out).parent))
    from station_desk.reports import docs_subject

    with open_session(args, SecretReader(args)) as session:
        client_id = _client_id(session, args.file_no)
        if args.reason:
            break_glass(session, client_id, args.reason)
        copy_rules.require_producer(session, client_id)
        if args.list:
            _print_items(args, session, client_id)
            return 0
        done = docs_subject.produce(session, client_id, args.out, withhold=withhold,
                                    requested_on=args.requested_on, via="cli")
    r = done.rendered
    print(zh_en(args, *N_(
        "cli", "Saved: {out} ({pages} pages, document number {doc_number}); {withheld} item(s) "
        "withheld, {n_not_included} restricted item(s) not included. The request is logged. The "
        "PDF is not encrypted: hand it to the worker and delete this copy.").format(
            out=args.out, pages=r.pages, doc_number=r.doc_number, withheld=done.withheld,
            n_not_included=len(done.not_included))))
    return 0


def _print_items(args: argparse.Namespace, session: Session, client_id: int) -> None:
    en = getattr(args, "lang", "zh") == "en"
    for item in copy_rules.items(session, client_id):
        indent = "    " if item.parent else ""
        print(f"{indent}{item.key}\t{item.en if en else item.zh}")
    given = copy_rules.read_copies(session, client_id)
    print(zh_en(args, *N_("cli", "Copies given: {n_given}").format(n_given=len(given))))
    for c in given:
        print(f"  {c.requested_on}\t{shown_time(c.produced_at)}\t{c.produced_by}"
              f"\t{c.doc_no}")


def cmd_consent_show(args: argparse.Namespace) -> int:
    en = getattr(args, "lang", "zh") == "en"
    lang = "en" if en else "zh"
    with open_session(args, SecretReader(args)) as session:
        client_id = _client_id(session, args.file_no)
        consent_rules.require_recorder(session, client_id)
        forms = consent_rules.read_consents(session, client_id)
        withdrawals = consent_rules.read_withdrawals(session, client_id)
        state = consent_rules.consent_state(session, client_id)
    for f in forms:
        who = f.explained_by_name or "—"
        print(N_("cli", "Consent {date}: {scopes}; limits explained by {who}; recorded by "
                        "{recorded_by}").text(lang).format(
            date=f.consent_date, scopes=f.scope_text(lang), who=who,
            recorded_by=f.recorded_by_name))
    for w in withdrawals:
        status = (zh_en(args, *N_("cli", "in force")) if w.ended_on is None else
                  zh_en(args, *N_("cli", "ended {ended_on}").format(ended_on=w.ended_on)))
        print(N_("cli", "Withdrawn {date}: {scopes} ({status})").text(lang).format(
            date=w.withdrawn_on, scopes=consent_rules.scope_labels(w.scopes, lang),
            status=status))
    if not forms and not withdrawals:
        print(zh_en(args, *N_("cli", "No informed consent recorded.")))
    if state.withdrawn:
        print(zh_en(args, *N_(
            "cli", "Withdrawn today: {scope_labels}").format(
                scope_labels=consent_rules.scope_labels(state.withdrawn, lang))))
    return 0


def _user_id(session: Session, username: str | None) -> int | None:
    if username is None:
        return session.user.id
    found = session.db.scalar("SELECT id FROM users WHERE username = ?", (username,))
    if found is None:
        raise StationDeskError("consent_bad_explainer")
    return int(found)


def cmd_consent_record(args: argparse.Namespace) -> int:
    with open_session(args, SecretReader(args)) as session:
        client_id = _client_id(session, args.file_no)
        form = consent_rules.record_consent(
            session, client_id, args.date, args.note, True, scopes=_scopes(args.scopes) or [],
            explained_by=_user_id(session, args.explained_by))
    lang = lang_of(args)
    print(N_("cli", "Consent recorded ({date}): {scopes}.").text(lang).format(
        date=form.consent_date, scopes=form.scope_text(lang)))
    return 0


def cmd_consent_withdraw(args: argparse.Namespace) -> int:
    with open_session(args, SecretReader(args)) as session:
        client_id = _client_id(session, args.file_no)
        w = consent_rules.withdraw_consent(session, client_id, args.date,
                                           _scopes(args.scopes), args.note)
    lang = lang_of(args)
    print(N_("cli", "Withdrawal recorded (from {date}): {scopes}.").text(lang).format(
        date=w.withdrawn_on, scopes=consent_rules.scope_labels(w.scopes, lang)))
    return 0
