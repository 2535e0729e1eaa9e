"""Statistics packages: `export`, `station-key`, and the union's `union register|merge|list|gui`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from station_desk.cli.common import SecretReader, command, open_session, print_json, zh_en
from station_desk.errors import StationDeskError

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
    print("\t".join([zh_en(args, "项目", "Item")] +
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
        print(zh_en(args, f"{content.period.code} 已于 {date} 按 k = {k} 发布；重新导出的数据包与"
                          "当时发布的内容完全相同（不会多透露任何信息）。",
                    f"{content.period.code} was released on {date} with k = {k}; this package "
                    "holds exactly the tables released then (it tells nothing new)."))
        if content.requested_k is not None and content.requested_k > k:
            print(zh_en(args, f"要求的 k = {content.requested_k} 只能用于尚未发布的年度。",
                        f"The k = {content.requested_k} asked for applies only to years not "
                        "yet released."))
    print(zh_en(args, f"隐去的数字：{content.suppressed_cells()} 个（涉及人数少于 {k}："
                      f"{report.primary}；防止由其他数字推算：{report.secondary}；"
                      f"同行合计隐去时一并隐去的 0：{report.zeros}）",
                f"Figures withheld: {content.suppressed_cells()} (fewer than {k} people: "
                f"{report.primary}; could be worked out from other figures: {report.secondary}; "
                f"zeros of a line whose total is withheld: {report.zeros})"))
    if content.protected_with:
        print(zh_en(args, "已与本年度此前发布的数据包共同保护：", "Protected together with this "
                    "year's earlier packages: ") + ", ".join(content.protected_with))
    if content.tables_withheld:
        print(zh_en(args, "本期人数太少、整表不公布（见季度或年度数据包）：",
                    "Tables withheld for too few people (see the quarter's or year's package): ")
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
        raise StationDeskError("bad_input", detail="需要 --out 或 --preview / "
                                                   "--out or --preview is required")
    with open_session(args, SecretReader(args)) as session:
        content = build(session, period, args.k)
        if args.preview:
            print(zh_en(args, f"预览：{content.station.name}，{period.label()}，保护门槛 k = "
                              f"{content.k}。未写出任何文件。",
                        f"Preview: {content.station.code}, {period.label('en')}, protection "
                        f"threshold k = {content.k}. Nothing written."))
            _explain(args, content)
            for table in content.tables:
                _print_table(args, table)
            return 0
        written = write_package(session, content, args.out)
        fingerprint = station_fingerprint(session)
    print(zh_en(args, "数据包已写入：", "Package written: ") + str(written.path))
    print(f"SHA-256: {written.sha256}")
    _explain(args, content)
    print(zh_en(args, "签名公钥指纹：", "Signing key fingerprint: ") + fingerprint)
    return 0


def cmd_export_policy(args: argparse.Namespace) -> int:
    from station_desk.domain import station_settings
    from station_desk.export.releases import Releases

    with open_session(args, SecretReader(args)) as session:
        if args.k is not None:
            station_settings.set_export_k(session, args.k)
        k = station_settings.export_k(session)
        released = Releases(session.db).periods()
    print(zh_en(args, f"本站统计保护门槛：k = {k}（少于 {k} 人的数字不公布；每个不公布的数字"
                      f"在所有已发数据包合起来看时仍至少有 {k} 种可能）。",
                f"Protection threshold: k = {k} (no figure about fewer than {k} people is "
                f"published; every withheld figure keeps at least {k} possible values across "
                "all packages together)."))
    years: dict[str, int] = {}
    for period, pk, _when in released:
        years.setdefault(period[:4], pk)
    for year, yk in sorted(years.items()):
        print(zh_en(args, f"{year} 年已按 k = {yk} 发布，本年度各期沿用 k = {yk}。",
                    f"{year}: released with k = {yk}; its other periods use k = {yk}."))
    return 0


def cmd_station_key(args: argparse.Namespace) -> int:
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
    print(zh_en(args, "服务站：", "Station: ") + f"{doc['station_name']} ({doc['station_code']})")
    print(zh_en(args, "公钥（Ed25519，base64）：", "Public key (Ed25519, base64): ")
          + doc["public_key"])
    print(zh_en(args, "指纹：", "Fingerprint: ") + doc["fingerprint"])
    # The encryption key other stations send transfers to, vouched for by the signing key.
    print(zh_en(args, "加密公钥（X25519，base64）：", "Encryption key (X25519, base64): ")
          + doc["encryption_key"])
    print(zh_en(args, "加密公钥签名：", "Encryption key signature: ")
          + doc["encryption_key_signature"])
    print(doc["public_key_pem"].rstrip())
    if args.out is not None:
        print(zh_en(args, "公钥文件已写入（交市总工会登记，或发给要向本站转站的服务站）：",
                    "Key file written (give it to the union, or to a station that will "
                    "transfer a case here): ") + str(args.out))
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
        print(zh_en(args, "已登记：", "Registered: ") + f"{station.code} {station.name}")
    else:
        print(zh_en(args, "已更新或已存在：", "Updated or already known: ")
              + f"{station.code} {station.name}")
    print(zh_en(args, "指纹（请与服务站核对）：", "Fingerprint (check with the station): ")
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
            mark = zh_en(args, "采用", "accepted") if r.ok else zh_en(args, "拒收", "REFUSED")
            reason = zh_en(args, "：", ": ") + r.reason(args.lang) if not r.ok else ""
            print(f"[{mark}] {r.path.name}{reason}")
    if outcome.report is None:
        raise StationDeskError("union_no_period")
    if not args.json:
        missing = outcome.report.missing()
        print(zh_en(args, f"统计期间 {outcome.period}：采用 {len(outcome.report.accepted)} 个，"
                          f"拒收 {len(outcome.rejected)} 个，未报送的服务站 {len(missing)} 个。",
                    f"Period {outcome.period}: {len(outcome.report.accepted)} accepted, "
                    f"{len(outcome.rejected)} refused, {len(missing)} stations missing."))
        for path in outcome.files:
            if path.suffix in (".pdf", ".xlsx"):
                print(zh_en(args, "已写出：", "Written: ") + str(path))
    return SOME_REJECTED if outcome.rejected else 0


def cmd_union_gui(args: argparse.Namespace) -> int:
    from station_desk.ui.export.union_window import run_union_window

    return run_union_window(getattr(args, "registry", None), lang=args.lang)
