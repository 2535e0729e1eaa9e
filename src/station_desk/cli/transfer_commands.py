"""`transfer export` and `transfer import`: move a case to another station (docs/transfer.md)."""

from __future__ import annotations

import argparse
from pathlib import Path

from station_desk.cli.common import SecretReader, command, open_session, zh_en
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

register_messages({
    "transfer_cli_file": N_(
        "errors", "File {file_no} not found (it does not exist or you may not see it)."),
})

_NAMES = {"sessions": N_("cli", "session records"), "consents": N_("cli", "consents"),
          "assessments": N_("cli", "assessments"), "crises": N_("cli", "crises"),
          "followups": N_("cli", "follow-ups"), "referrals": N_("cli", "referrals"),
          "satisfaction": N_("cli", "ratings"), "hotline_calls": N_("cli", "hotline calls"),
          "assessment_alerts": N_("cli", "assessment alerts")}


def register(sub: argparse._SubParsersAction) -> None:
    top = sub.add_parser("transfer", help="move a case to another station, or receive one")
    tsub = top.add_subparsers(dest="transfer_command", metavar="ACTION", required=True)
    p = command(tsub, "export", cmd_export, help="write the whole case for another station "
                                                 "(encrypted to its key, signed by this station's)")
    p.add_argument("--file", dest="file_no", required=True, metavar="NUMBER",
                   help="file number of the case")
    p.add_argument("--to", dest="keyfile", required=True, type=Path, metavar="STATION_KEYFILE",
                   help="the receiving station's key file (its `station-key --out`)")
    p.add_argument("--out", required=True, type=Path, help="transfer file to write")
    p.add_argument("--reason", help="admin: why you open this case (break-the-glass, audited)")
    p = command(tsub, "import", cmd_import, help="admin: import a case another station sent here")
    p.add_argument("transfer_file", type=Path, metavar="FILE")
    p.add_argument("--counsellor", metavar="USER", help="counsellor of the new file")
    p.add_argument("--check", action="store_true",
                   help="only check the file and show who sent it; import nothing")


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise StationDeskError.from_os_error(exc, str(path)) from None


def _counts(args: argparse.Namespace, counts: dict[str, int]) -> str:
    en = args.lang == "en"
    return ("; " if en else "；").join(
        f"{_NAMES[k][1 if en else 0]} {n}" for k, n in counts.items() if n and k in _NAMES)


def cmd_export(args: argparse.Namespace) -> int:
    from station_desk.domain.records import access, files
    from station_desk.export.transfer import service

    key_file = _read(args.keyfile)
    with open_session(args, SecretReader(args)) as session:
        entry = files.find_by_number(session, args.file_no)
        if entry is None:
            raise StationDeskError("transfer_cli_file", file_no=args.file_no)
        if args.reason:
            access.break_glass(session, entry.id, args.reason)
        sent = service.export_case(session, entry.id, key_file, args.out)
    print(zh_en(args, *N_("cli", "File {file_no} written to: ").format(file_no=sent.file_no))
          + str(sent.path))
    print(zh_en(args, *N_("cli", "Receiving station: ")) + sent.recipient.label())
    print(zh_en(args, *N_("cli", "Their fingerprint (check by phone): "))
          + sent.recipient.fingerprint)
    print(zh_en(args, *N_("cli", "Contents: ")) + _counts(args, sent.counts))
    if sent.withheld:
        print(zh_en(args, *N_(
            "cli", "{withheld} restricted item(s) you cannot open went without their text, "
            "marked as not transferred.").format(withheld=sent.withheld)))
    if sent.cancelled:
        when = ", ".join(sent.cancelled)
        print(zh_en(args, *N_(
            "cli", "{n_cancelled} appointment(s) booked here for this worker were cancelled "
            "(reason: transferred): {when}. Tell the worker, and remind them to book with the "
            "new station.").format(n_cancelled=len(sent.cancelled), when=when)))
    print(zh_en(args, *N_(
        "cli", "The file here is marked as transferred and takes no new records.")))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from station_desk.domain import accounts
    from station_desk.export.transfer import service

    data = _read(args.transfer_file)
    with open_session(args, SecretReader(args)) as session:
        incoming = service.open_incoming(session, data)
        print(zh_en(args, *N_("cli", "Sending station: "))
              + f"{incoming.sender.name} ({incoming.sender.code})")
        print(zh_en(args, *N_(
            "cli", "Sender's fingerprint (check by phone): ")) + incoming.sender.fingerprint)
        print(zh_en(args, *N_("cli", "Contents: ")) + _counts(args, incoming.counts()))
        if args.check:
            if incoming.imported_as is not None:
                print(zh_en(args, *N_(
                    "cli", "Imported on {date} as file {file_no}.").format(
                        date=incoming.imported_as[2], file_no=incoming.imported_as[1])))
            return 0
        counsellor = None
        if args.counsellor:
            counsellor = accounts.get_user(session, args.counsellor).id
        entry = service.import_case(session, data, counsellor)
    print(zh_en(args, *N_(
        "cli", "Imported: new file {file_no} ({name}); the sending station's records are kept "
        "with it as a read-only history.").format(file_no=entry.file_no, name=entry.name)))
    return 0
