"""Statistics packages: `export`, `station-key`, and the union's `union register|merge|list|gui`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from station_desk.cli.common import (
    SecretReader,
    command,
    lang_of,
    open_session,
    print_json,
    zh_en,
)
from station_desk.errors import StationDeskError
from station_desk.i18n import N_

SOME_REJECTED = 3  # exit code of `union merge` when the report was written but files were refused


def register(sub: argparse._SubParsersAction) -> None:
    p = command(sub, "export", cmd_export,
                help="write the anonymous statistics package for the union")
    p.add_argument("--period", required=True, help="2026-10 (month), 2026-Q3 or 2026")
    p.add_argument("--out", type=Path, help="package file to write (.zip)")
    p.add_argument("--k", type=int, default=None,
                   help="protection threshold: raise it above the station's (see export-policy) "
                        "for a year with nothing released yet; never lower")
    p.add_argument("--preview", action="store_true",
                   help="print every table as it would leave the station; write nothing")

    p = command(sub, "export-policy", cmd_export_policy,
                help="show or set (--k) the station's protection threshold for packages")
    p.add_argument("--k", type=int, help="new threshold (5 or more) for years not yet begun")

    p = command(sub, "station-key", cmd_station_key,
                help="print the station's public keys (signing, and encryption for transfers) "
                     "and fingerprint", json="print the key file (JSON) instead")
    p.add_argument("--out", type=Path, help="write the key file for `union register` here")

    union = command(sub, "union", cmd_union_gui, vault=False,
                    help="city union: register station keys, merge packages (no action: open "
                         "the window)")
    union.add_argument("--registry", type=Path, help="registry folder (for the window)")
    usub = union.add_subparsers(dest="union_command", metavar="ACTION")
    p = command(usub, "gui", cmd_union_gui, help="open the union window", vault=False)
    p.add_argument("--registry", type=Path, help="registry folder")
    p = command(usub, "register", cmd_union_register, help="register a station's key file",
                vault=False)
    p.add_argument("--registry", type=Path, required=True)
    p.add_argument("keyfile", type=Path)
    p.add_argument("--replace", action="store_true", help="change the key of a known station")
    p = command(usub, "list", cmd_union_list, help="list registered stations", vault=False,
                json=True)
    p.add_argument("--registry", type=Path, required=True)
    p = command(usub, "merge", cmd_union_merge,
                help=f"check packages and write the city report (exit {SOME_REJECTED} if any "
                     "file was refused)",
                vault=False, json="print the per-file results as JSON")
    p.add_argument("--registry", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True, help="folder for the city report")
    p.add_argument("--period", help="period to merge (default: the one most packages carry)")
    p.add_argument("inputs", type=Path, nargs="+", help="package files or folders of them")


# --------------------------------------------------------------------------- station side


def _print_table(args: argparse.Namespace, table: dict[str, Any]) -> None:
    en = args.lang == "en"
    nkeys = len(table["keys"])
    cols = table["columns"][nkeys + 2:]
    print()
    print(f"== {table['title_en' if en else 'title_zh']} ({table['id']})")
    print("\t".join([zh_en(args, *N_("cli", "Item"))] +
                    [c["label_en" if en else "label_zh"] for c in cols]))
    for row in table["rows"]:
        label = row[nkeys + 1] if en else row[nkeys]
        if nkeys == 2:
            label = f"{row[0]} · {label}"
        print("\t".join([label] + [str(v) for v in row[nkeys + 2:]]))


def _explain(args: argparse.Namespace, content: Any) -> None:
    """How the package was protected, in words a station manager reads."""
    report, k = content.report, content.k
    if content.republished:
        date = content.first_released[:10]
        print(zh_en(args, *N_(
            "cli", "{code} was released on {date} with k = {k}; this package holds exactly the "
            "tables released then (it tells nothing new).").format(
                code=content.period.code, date=date, k=k)))
        if content.requested_k is not None and content.requested_k > k:
            print(zh_en(args, *N_(
                "cli", "The k = {requested_k} asked for applies only to years not yet "
                "released.").format(
                    requested_k=content.requested_k)))
    print(zh_en(args, *N_(
        "cli", "Figures withheld: {suppressed_cells} (fewer than {k} people: {primary}; could be "
        "worked out from other figures: {secondary}; zeros of a line whose total is withheld: "
        "{zeros})").format(
            suppressed_cells=content.suppressed_cells(), k=k, primary=report.primary,
            secondary=report.secondary, zeros=report.zeros)))
    if content.protected_with:
        print(zh_en(args, *N_(
            "cli", "Protected together with this year's earlier packages: "))
              + ", ".join(content.protected_with))
    if content.tables_withheld:
        print(zh_en(args, *N_(
            "cli", "Tables withheld for too few people (see the quarter's or year's package): "))
              + ", ".join(content.tables_withheld))


def cmd_export(args: argparse.Namespace) -> int:
    from station_desk.domain.stats.period import parse_period
    from station_desk.export.build import build, check_k
    from station_desk.export.keys import station_fingerprint
    from station_desk.export.package import write_package

    period = parse_period(args.period)
    if args.k is not None:
        check_k(args.k)  # before asking for a password: a k of 2 is refused outright
    if not args.preview and args.out is None:
        raise StationDeskError("bad_input", detail=N_("cli", "--out or --preview is required"))
    with open_session(args, SecretReader(args)) as session:
        content = build(session, period, args.k)
        if args.preview:
            lang = lang_of(args)
            # the station by its name in Chinese, by its code in English
            station = content.station.code if lang == "en" else content.station.name
            print(N_("cli", "Preview: {station}, {period}, protection threshold k = {k}. "
                            "Nothing written.").text(lang).format(
                station=station, period=period.label(lang), k=content.k))
            _explain(args, content)
            for table in content.tables:
                _print_table(args, table)
            return 0
        written = write_package(session, content, args.out)
        fingerprint = station_fingerprint(session)
    print(zh_en(args, *N_("cli", "Package written: ")) + str(written.path))
    print(f"SHA-256: {written.sha256}")
    _explain(args, content)
    print(zh_en(args, *N_("cli", "Signing key fingerprint: ")) + fingerprint)
    return 0


def cmd_export_policy(args: argparse.Namespace) -> int:
    from station_desk.domain import station_settings
    from station_desk.export.releases import Releases

    with open_session(args, SecretReader(args)) as session:
        if args.k is not None:
            station_settings.set_export_k(session, args.k)
        k = station_settings.export_k(session)
        released = Releases(session.db).periods()
    print(zh_en(args, *N_(
        "cli", "Protection threshold: k = {k} (no figure about fewer than {k} people is "
        "published; every withheld figure keeps at least {k} possible values across all packages "
        "together).").format(k=k)))
    years: dict[str, int] = {}
    for period, pk, _when in released:
        years.setdefault(period[:4], pk)
    for year, yk in sorted(years.items()):
        print(zh_en(args, *N_(
            "cli", "{year}: released with k = {yk}; its other periods use k = {yk}.").format(
                year=year, yk=yk)))
    return 0


def cmd_station_key(args: argparse.Namespace) -> int:
    from station_desk.export import keys
    from station_desk.export.keys import key_file
    from station_desk.storage.atomic import atomic_write

    with open_session(args, SecretReader(args)) as session:
        doc = key_file(session)
    text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    if args.out is not None:
        atomic_write(args.out, text.encode("utf-8"))
    if args.json:
        sys.stdout.write(text)
        return 0
    print(zh_en(args, *keys.STATION_PREFIXES) + f"{doc['station_name']} ({doc['station_code']})")
    print(zh_en(args, *keys.KEY_PREFIXES)
          + doc["public_key"])
    print(zh_en(args, *keys.FINGERPRINT_PREFIXES) + doc["fingerprint"])
    # The encryption key other stations send transfers to, vouched for by the signing key.
    print(zh_en(args, *keys.BOX_PREFIXES)
          + doc["encryption_key"])
    print(zh_en(args, *keys.BOX_SIGNATURE_PREFIXES)
          + doc["encryption_key_signature"])
    print(doc["public_key_pem"].rstrip())
    if args.out is not None:
        print(zh_en(args, *N_(
            "cli", "Key file written (give it to the union, or to a station that will transfer a "
            "case here): ")) + str(args.out))
    return 0


# --------------------------------------------------------------------------- union side


def cmd_union_register(args: argparse.Namespace) -> int:
    from station_desk.export.union.registry import Registry

    try:
        data = args.keyfile.read_bytes()
    except OSError as exc:
        raise StationDeskError.from_os_error(exc, str(args.keyfile)) from None
    station, new = Registry.load(args.registry).register(data, replace=args.replace)
    if new:
        print(zh_en(args, *N_("cli", "Registered: ")) + f"{station.code} {station.name}")
    else:
        print(zh_en(args, *N_("cli", "Updated or already known: "))
              + f"{station.code} {station.name}")
    print(zh_en(args, *N_("cli", "Fingerprint (check with the station): "))
          + station.fingerprint)
    return 0


def cmd_union_list(args: argparse.Namespace) -> int:
    from station_desk.export.union.registry import Registry

    stations = sorted(Registry.load(args.registry).stations.values(), key=lambda s: s.code)
    if args.json:
        print_json([{"code": s.code, "name": s.name, "fingerprint": s.fingerprint,
                     "registered_at": s.registered_at} for s in stations])
        return 0
    for s in stations:
        print(f"{s.code:<14} {s.fingerprint}  {s.name}")
    return 0


def cmd_union_merge(args: argparse.Namespace) -> int:
    from station_desk.export.union.run import run_merge

    outcome = run_merge(args.registry, args.inputs, args.out, args.period)
    if args.json:
        print_json([{"file": str(r.path), "station": r.station_code, "period": r.period,
                     "accepted": r.ok, "error": r.error.code if r.error else None,
                     "reason": r.reason(args.lang)} for r in outcome.results])
    else:
        for r in outcome.results:
            mark = zh_en(args, *N_(
                "cli", "accepted")) if r.ok else zh_en(args, *N_("cli", "REFUSED"))
            reason = zh_en(args, *N_("cli", ": ")) + r.reason(args.lang) if not r.ok else ""
            print(f"[{mark}] {r.path.name}{reason}")
    if outcome.report is None:
        raise StationDeskError("union_no_period")
    if not args.json:
        missing = outcome.report.missing()
        print(zh_en(args, *N_(
            "cli", "Period {period}: {n_accepted} accepted, {n_rejected} refused, {n_missing} "
            "stations missing.").format(
                period=outcome.period, n_accepted=len(outcome.report.accepted),
                n_rejected=len(outcome.rejected), n_missing=len(missing))))
        for path in outcome.files:
            if path.suffix in (".pdf", ".xlsx"):
                print(zh_en(args, *N_("cli", "Written: ")) + str(path))
    return SOME_REJECTED if outcome.rejected else 0


def cmd_union_gui(args: argparse.Namespace) -> int:
    from station_desk.ui.export.union_window import run_union_window

    return run_union_window(getattr(args, "registry", None), lang=args.lang)
