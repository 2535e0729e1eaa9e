"""`station-desk print DOC --out FILE.pdf`: the app's printed documents, headless.

Same permission checks and audit entries as the app (the numbered copy is logged as saved to
that path before it is written); the PDF is written atomically, so a failure never leaves a
half-written file behind.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from station_desk.cli.common import NO_SUCH_FOLDER, SecretReader, command, open_session, zh_en
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.i18n import N_
from station_desk.reports.document import Rendered
from station_desk.reports.service import FORMS, KINDS, LEDGERS, Request, prepare, save_pdf

DOCS_HELP = "; ".join(f"{k}: {en}" for k, (_zh, en) in KINDS.items())


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = command(sub, "print", cmd_print, help="write a printed document as a PDF",
                description=f"Documents: {DOCS_HELP}.")
    p.add_argument("doc", choices=[*KINDS, "annual", "survey"], metavar="DOC",
                   help="summary, session, case, assessment, monthly, forms, ledger, "
                        "selfcheck, regimes, annual (the analysis report for the union) or "
                        "survey (a survey campaign's report)")
    p.add_argument("--out", required=True, type=Path, help="PDF file to write")
    p.add_argument("--file", dest="file_no", metavar="NUMBER",
                   help="file number (default: the most recently seen file you may open)")
    p.add_argument("--session", dest="session_no", type=int, metavar="N",
                   help="session number within the file (session; default: the latest)")
    p.add_argument("--month", metavar="YYYY-MM",
                   help="month for monthly and ledger (default: this month)")
    p.add_argument("--year", metavar="YYYY", help="a whole year (ledger, annual)")
    p.add_argument("--quarter", type=int, choices=[1, 2, 3, 4], metavar="Q",
                   help="one quarter of --year (annual)")
    p.add_argument("--instrument", metavar="ID", help="one instrument (assessment)")
    p.add_argument("--ledger", choices=[*LEDGERS, "all"], default="all",
                   help="which register (ledger; default: all three)")
    p.add_argument("--form", choices=[*FORMS, "all"], default="all",
                   help="which blank form (forms; default: all three)")
    p.add_argument("--id", dest="selfcheck_id", type=int, metavar="N",
                   help="a kept self-check (selfcheck; default: take one now and print it)")
    p.add_argument("--regime", default="all",
                   help="one regime: workflow, duties, confidentiality or satisfaction "
                        "(regimes; default: all adopted)")
    p.add_argument("--campaign", type=int, metavar="N", help="the survey campaign (survey)")
    p.add_argument("--crisis", type=int, metavar="N",
                   help="the file's Nth crisis, oldest first (safety_plan; default: the latest)")
    p.add_argument("--watermark", action="store_true",
                   help="diagonal watermark with your name on every page")


def cmd_print(args: argparse.Namespace) -> int:
    if args.year and args.month:
        raise StationDeskError("bad_input", detail=N_("cli", "give --month or --year, not both"))
    if args.year and args.doc not in ("ledger", "annual"):
        raise StationDeskError("bad_input", detail=N_(
            "cli", "--year is for ledger and annual only"))
    if args.quarter and not (args.doc == "annual" and args.year):
        raise StationDeskError("bad_input", detail=N_(
            "cli", "--quarter goes with annual and --year"))
    out = Path(args.out)
    if not out.parent.is_dir():
        raise StationDeskError("bad_input", detail=NO_SUCH_FOLDER.format(
            folder=out.parent))
    with open_session(args, SecretReader(args)) as session:
        if args.doc in ("annual", "survey"):
            from station_desk.export import annual, campaign

            if args.doc == "annual":
                period = f"{args.year}-Q{args.quarter}" if args.quarter else args.year
                doc = annual.prepare(session, period, args.lang)
            else:
                if args.campaign is None:
                    raise StationDeskError("bad_input", detail=N_(
                        "cli", "--campaign is required"))
                doc = campaign.prepare(session, args.campaign, args.lang)
            rendered = save_pdf(session, doc, out, watermark=args.watermark, via="cli")
            _saved(args, out, rendered)
            return 0
        check_id = args.selfcheck_id
        if args.doc == "selfcheck" and check_id is None:
            from station_desk.domain.tier import selfcheck

            check_id = selfcheck.run(session).id  # an inspector wants today's state
        crisis_id = _crisis_id(session, args) if args.doc == "safety_plan" else None
        request = Request(args.doc, file_no=args.file_no, session_no=args.session_no,
                          month=args.year or args.month, instrument=args.instrument,
                          ledger=args.ledger, form=args.form, selfcheck_id=check_id,
                          regime=args.regime, lang=args.lang, crisis_id=crisis_id)
        doc = prepare(session, request)
        rendered = save_pdf(session, doc, out, watermark=args.watermark, via="cli")
    _saved(args, out, rendered)
    return 0


def _crisis_id(session: Session, args: argparse.Namespace) -> int:
    """The crisis whose safety plan is printed: `--crisis N` of `--file` (as `safety-plan
    print` names it); the report checks who may print it."""
    from station_desk.cli import desk_support, safety_plan_commands

    if not args.file_no:
        raise StationDeskError("bad_input", detail=N_("cli", "safety_plan needs --file"))
    client_id = desk_support.client_id_of(session, args.file_no)
    return safety_plan_commands.nth_crisis(session, client_id, args.file_no.strip().upper(),
                                           args.crisis).id


def _saved(args: argparse.Namespace, out: Path, rendered: Rendered) -> None:
    print(zh_en(args, *N_(
        "cli", "Saved: {out} ({pages} pages, document number {doc_number}). The PDF is not "
        "encrypted: keep it safe and delete it when done.").format(
            out=out, pages=rendered.pages, doc_number=rendered.doc_number)))
