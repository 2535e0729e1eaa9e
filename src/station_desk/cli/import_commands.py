"""`station-desk import ledger` and `station-desk files`: onboarding a station's registers, and
the files of one worker found twice.

    station-desk import ledger FILE.xlsx|FILE.csv [--dry-run] [--kind sessions|visitors|activities]
                               [--map FIELD=COLUMN ...]
    station-desk files duplicates NAME [--phone P] [--birth-year Y]
    station-desk files merge --keep NO --from NO
(every command takes --vault and --user, and the password on stdin with --password-stdin)

The import prints every row as it will be stored and every row that cannot be, with the reason,
then what was done (on --dry-run: what would be; nothing is written).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from station_desk.cli.common import SecretReader, command, echo, lang_of, open_session, zh_en
from station_desk.domain.importing import apply, columns, duplicates, merge, plan
from station_desk.domain.importing.reading import read_ledger
from station_desk.i18n import N_


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    imp = sub.add_parser("import", help="import a station's existing registers (admin)")
    imp_actions = imp.add_subparsers(dest="import_action", metavar="ACTION", required=True)
    ledger = command(imp_actions, "ledger", cmd_import_ledger,
                     help="a counselling register, visitor list or activity register",
                     description="Shows every row as it will be stored and every row that cannot "
                                 "be, then imports the rows that can (nothing with --dry-run). "
                                 "Importing the same file again adds nothing.")
    ledger.add_argument("file", type=Path, help=".xlsx (first sheet) or .csv (UTF-8 or GBK)")
    ledger.add_argument("--dry-run", action="store_true", help="show, write nothing")
    ledger.add_argument("--kind", choices=columns.KINDS,
                        help="which register (default: guessed from the headers)")
    ledger.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                        help="which column holds a field (FIELD: code or Chinese name; "
                             "an empty COLUMN leaves the field out); repeatable")

    fls = sub.add_parser("files", help="likely duplicate files; merging two files (admin)")
    fls_actions = fls.add_subparsers(dest="files_action", metavar="ACTION", required=True)
    dups = command(fls_actions, "duplicates", cmd_duplicates,
                   help="files that may be this worker's")
    dups.add_argument("name")
    dups.add_argument("--phone", default="")
    dups.add_argument("--birth-year", default=None)
    mrg = command(fls_actions, "merge", cmd_merge, help="merge two files of one worker")
    mrg.add_argument("--keep", required=True, metavar="NO", help="the file kept")
    mrg.add_argument("--from", dest="source", required=True, metavar="NO",
                     help="the file merged into it (closed, pointing at the kept one)")


def row_lines(p: plan.Plan, lang: str) -> list[str]:
    """Each row: its line, what happens to it, the values as stored or the reasons."""
    en = lang == "en"
    status = {plan.NEW: N_("cli", "to import"), plan.DONE: N_("cli", "imported before"),
              plan.ERROR: N_("cli", "cannot be imported")}
    labels = {f.code: f.label(lang) for f in columns.fields(p.kind)}
    lines = []
    for row in p.rows:
        head = N_("cli", "row {line}  {status}").text(lang).format(
            line=row.line, status=status[row.status].text(lang))
        if row.status == plan.ERROR:
            sep = " " if en else ""
            lines.append(head + N_("cli", ": ").text(lang)
                         + sep.join(n.message(lang) for n in row.problems))
        else:
            shown = p.display(row, lang)
            lines.append(head + "  " + "  ".join(f"{labels[k]}={v}" for k, v in shown.items()))
        lines.extend(f"    ! {w.message(lang)}" for w in row.warnings)
    return lines


def summary(result: apply.ImportResult, lang: str, *, dry_run: bool) -> str:
    kind = apply.label_of(result.kind, lang)
    text = (N_("cli", "{kind}: {rows} rows; would add {added}, imported before {skipped}, "
                      "cannot be imported {errors}; new files {files}.") if dry_run else
            N_("cli", "{kind}: {rows} rows; added {added}, imported before {skipped}, "
                      "cannot be imported {errors}; new files {files}."))
    return text.text(lang).format(
        kind=kind, rows=result.rows, added=result.added, skipped=result.skipped,
        errors=result.errors, files=result.files_created) + (
        N_("cli", " Nothing was written (dry run).").text(lang) if dry_run else "")


def cmd_import_ledger(args: argparse.Namespace) -> int:
    ledger = read_ledger(args.file)
    with open_session(args, SecretReader(args)) as session:
        kind = args.kind or columns.guess_kind(ledger.headers)
        overrides = columns.parse_map(kind, args.map, ledger.headers)
        p, result = apply.import_ledger(session, ledger, kind, overrides,
                                        dry_run=args.dry_run)
    lang = lang_of(args)
    for line in row_lines(p, lang):
        echo(line)
    echo(summary(result, lang, dry_run=args.dry_run))
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    with open_session(args, SecretReader(args)) as session:
        found = duplicates.likely_duplicates(session, args.name, args.phone, args.birth_year)
    lang = lang_of(args)
    if not found:
        echo(zh_en(args, *N_("cli", "No likely duplicate files.")))
    for d in found:
        echo(f"{d.file_no}  {d.name}  {d.birth_year or ''}  {d.phone}  {d.employer}  "
             f"({d.why(lang)})")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    with open_session(args, SecretReader(args)) as session:
        done = merge.merge_files(session, args.keep, args.source)
    echo(zh_en(args, *N_(
        "cli", "File {merged} merged into {kept}: {sessions} session records and {other} other "
        "records moved.").format(
            merged=done.merged, kept=done.kept, sessions=done.sessions, other=done.other)))
    return 0
