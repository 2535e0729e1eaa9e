"""`safety-plan show|print`: a crisis's safety plan, read or printed for the worker.

The access rules are the crisis view's: the file is opened as the file window opens it
(`files.open_file`: the case's clinical access, an admin's written reason, one `file.view`
entry), the plan is read through the crisis (`safety_plan.get_safety_plan`), and a plan sealed
to someone else is refused (`safety_plan.require_readable`), never shown as placeholders. The
PDF is the crisis view's "print for the worker" document (reports: "safety_plan"), numbered
and audited by `save_pdf`.

A crisis is named by its number within the file, oldest first, as `--crisis N`; without it,
the file's latest crisis.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from station_desk.cli import desk_support as desk
from station_desk.cli.common import (
    NO_SUCH_FOLDER,
    SecretReader,
    command,
    lang_of,
    open_session,
    zh_en,
)
from station_desk.domain.clock import shown_time
from station_desk.domain.records import crises, files, safety_plan
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

register_messages({
    "safety_plan_no_crisis": N_(
        "errors", "File {file_no} has no crisis intervention, so no safety plan."),
    "safety_plan_crisis_number": N_(
        "errors", "File {file_no} has {count} crisis intervention(s); there is no number "
        "{number}."),
    "safety_plan_not_written": N_(
        "errors", "The crisis of {opened} in file {file_no} has no safety plan written yet."),
})


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    top = sub.add_parser("safety-plan", help="a crisis's safety plan: show it, or print it "
                                             "for the worker")
    verbs = top.add_subparsers(dest="verb", metavar="ACTION", required=True)
    p = command(verbs, "show", cmd_show, help="the plan, section by section")
    _which(p)
    p = command(verbs, "print", cmd_print, help="the plan as the PDF the worker keeps")
    _which(p)
    p.add_argument("--out", required=True, type=Path, help="PDF file to write")
    p.add_argument("--watermark", action="store_true",
                   help="diagonal watermark with your name on every page")


def _which(p: argparse.ArgumentParser) -> None:
    p.add_argument("--file", dest="file_no", required=True, metavar="NUMBER", help="file number")
    p.add_argument("--crisis", type=int, metavar="N",
                   help="the file's Nth crisis, oldest first (default: the latest)")
    p.add_argument("--reason", help="admin: why you open this case (break the glass, audited)")


def _crisis(session: Session, args: argparse.Namespace) -> crises.Crisis:
    """The crisis meant, after opening the file as the file window does."""
    client_id = desk.client_id_of(session, args.file_no)
    opened = files.open_file(session, client_id, reason=args.reason)
    return nth_crisis(session, client_id, opened.file_no, args.crisis)


def nth_crisis(session: Session, client_id: int, file_no: str,
               number: int | None) -> crises.Crisis:
    """The file's `number`th crisis, oldest first (None: the latest), for whoever may read
    the case's crises."""
    found = crises.list_crises(session, client_id)
    if not found:
        raise StationDeskError("safety_plan_no_crisis", file_no=file_no)
    number = number if number is not None else len(found)
    if not 1 <= number <= len(found):
        raise StationDeskError("safety_plan_crisis_number", file_no=file_no,
                               count=len(found), number=number)
    return found[number - 1]


def _written(crisis: crises.Crisis, plan: safety_plan.SafetyPlan) -> safety_plan.SafetyPlan:
    safety_plan.require_readable(plan)
    if plan.is_empty:
        raise StationDeskError("safety_plan_not_written", file_no=crisis.file_no,
                               opened=shown_time(crisis.opened_at))
    return plan


def cmd_show(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    with open_session(args, SecretReader(args)) as session:
        crisis = _crisis(session, args)
        plan = _written(crisis, safety_plan.get_safety_plan(session, crisis.id))
    print(zh_en(args, *N_(
        "cli", "Safety plan · file {file_no} · crisis of {shown_time}").format(
            file_no=plan.file_no, shown_time=shown_time(crisis.opened_at))))
    print(zh_en(args, *N_(
        "cli", "Written {shown_time} by {written_by_name}").format(
            shown_time=shown_time(plan.written_at), written_by_name=plan.written_by_name)))
    for key in safety_plan.SECTIONS:
        print()
        print(safety_plan.section_label(key, lang) + N_("cli", ":").text(lang))
        text = plan.sections.get(key, "").strip()
        for line in (text.splitlines() if text else ["—"]):
            print(f"  {line}")
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from station_desk.reports.service import Request, prepare, save_pdf

    out = Path(args.out)
    if not out.parent.is_dir():
        raise StationDeskError("bad_input", detail=NO_SUCH_FOLDER.format(
            folder=out.parent))
    with open_session(args, SecretReader(args)) as session:
        crisis = _crisis(session, args)
        _written(crisis, safety_plan.get_safety_plan(session, crisis.id))
        doc = prepare(session, Request("safety_plan", file_no=crisis.file_no,
                                       crisis_id=crisis.id, lang=args.lang))
        rendered = save_pdf(session, doc, out, watermark=args.watermark, via="cli")
    print(zh_en(args, *N_(
        "cli", "Saved: {out} ({pages} pages, document number {doc_number}). The PDF is not "
        "encrypted: hand it to the worker and delete this copy.").format(
            out=out, pages=rendered.pages, doc_number=rendered.doc_number)))
    return 0
