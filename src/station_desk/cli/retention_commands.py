"""`station-desk retention`: the retention period, the files past it, destroying one (also on a
worker's deletion request, PIPL art. 47), and the backups that still hold destroyed files."""

from __future__ import annotations

import argparse

from station_desk.cli.common import SecretReader, command, open_session, print_json, zh_en
from station_desk.domain import retention
from station_desk.domain.session import Session
from station_desk.i18n import N_

STATUS = {"closed": N_("cli", "closed"), "transferred": N_("cli", "transferred"),
          "referred_out": N_("cli", "referred out")}


def register(sub: argparse._SubParsersAction) -> None:
    top = sub.add_parser("retention", help="retention period, files past it, destruction")
    rsub = top.add_subparsers(dest="retention_command", required=True, metavar="ACTION")

    p = command(rsub, "policy", cmd_policy,
                help="show or set the retention period (years after closing)")
    p.add_argument("--years", type=int, help=f"new period in years (at least "
                   f"{retention.MIN_YEARS})")

    command(rsub, "list", cmd_list, help="closed files past their retention date", json=True)

    p = command(rsub, "destroy", cmd_destroy, help="destroy one file in both compartments")
    p.add_argument("--file", required=True, dest="file_no", help="file number (档案编号)")
    p.add_argument("--confirm", action="store_true",
                   help="really destroy (without it: show what would be destroyed)")
    p.add_argument("--request-date", help="worker's deletion request (PIPL art. 47): its date")
    p.add_argument("--ground", help="legal ground of the deletion request: "
                   + ", ".join(retention.GROUNDS))
    p.add_argument("--delete-old-backups", action="store_true",
                   help="then delete the backups made before it (they still hold the file)")

    p = command(rsub, "backups", cmd_backups,
                help="backups made before a destruction (still holding it)")
    p.add_argument("--delete", action="store_true", help="delete them")


def cmd_policy(args: argparse.Namespace) -> int:
    with open_session(args, SecretReader(args)) as session:
        if args.years is not None:
            retention.set_retention_years(session, args.years)
        years = retention.retention_years(session)
    print(zh_en(args, *N_(
        "cli", "Retention period: {years} years after the case closed.").format(years=years)))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_session(args, SecretReader(args)) as session:
        years = retention.retention_years(session)
        due = retention.due_files(session)
    if args.json:
        print_json([{"file_no": d.file_no, "status": d.status,
                     "closed": d.closed.isoformat(),
                     "retention_date": d.retention_date.isoformat(),
                     "sessions": d.sessions, "records": d.records} for d in due])
        return 0
    print(zh_en(args, *N_(
        "cli", "Retention period: {years} years after closing; {n_due} file(s) past it.").format(
            years=years, n_due=len(due))))
    for d in due:
        status = STATUS.get(d.status, (d.status, d.status))
        print(zh_en(args, *N_(
            "cli", "{file_no}  {status}  closed {closed}  due {due}  {sessions} session "
            "record(s)  {records} item(s) in all").format(
                file_no=d.file_no, status=zh_en(args, *status), closed=d.closed,
                due=d.retention_date, sessions=d.sessions, records=d.records)))
    return 0


def _request(args: argparse.Namespace, session: Session) -> retention.DeletionRequest | None:
    if args.request_date is None and args.ground is None:
        return None
    if args.request_date is None or args.ground is None:
        from station_desk.errors import StationDeskError

        raise StationDeskError("bad_input", detail=N_(
            "cli", "a deletion request needs both --request-date and --ground"))
    return retention.parse_request(session, args.request_date, args.ground)


def cmd_destroy(args: argparse.Namespace) -> int:
    with open_session(args, SecretReader(args)) as session:
        request = _request(args, session)
        contents = retention.check_destroyable(session, args.file_no, request)
        if not args.confirm:
            print(zh_en(args, *N_(
                "cli", "Would destroy file {file_no}: {records} item(s) ({sessions} session "
                "record(s)). Check, then run again with --confirm.").format(
                    file_no=contents.file_no, records=contents.records,
                    sessions=contents.sessions)))
            return 0
        done = retention.destroy(session, contents.file_no, confirm=contents.file_no,
                                 request=request)
        stale = retention.stale_backups(session)
        deleted = retention.delete_backups(session, stale) if args.delete_old_backups else 0
    print(zh_en(args, *N_(
        "cli", "File {file_no} destroyed: {records} item(s), both databases scrubbed; the audit "
        "trail keeps only the tombstone {tag}….").format(
            file_no=contents.file_no, records=done.records, tag=done.tag[:12])))
    _print_stale(args, stale, deleted)
    return 0


def _print_stale(args: argparse.Namespace, stale: list[retention.StaleBackup],
                 deleted: int) -> None:
    if deleted:
        print(zh_en(args, *N_(
            "cli", "Deleted {deleted} backup(s) made before the destruction.").format(
                deleted=deleted)))
    elif stale:
        print(zh_en(args, *N_(
            "cli", "Note: {n_stale} older backup(s) still hold destroyed files (station-desk "
            "retention backups --delete removes them):").format(n_stale=len(stale))))
        for backup in stale:
            print(f"  {backup.path}")


def cmd_backups(args: argparse.Namespace) -> int:
    with open_session(args, SecretReader(args)) as session:
        stale = retention.stale_backups(session)
        deleted = retention.delete_backups(session, stale) if args.delete and stale else 0
    if not stale:
        print(zh_en(args, *N_("cli", "No backup still holds a destroyed file.")))
        return 0
    _print_stale(args, stale, deleted)
    return 0
