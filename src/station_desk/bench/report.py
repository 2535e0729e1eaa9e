"""Reading a result: where it misses a target and why, and the table printed by default.

A "why" is built from the measurements themselves: the same work on the plain copy gives the
part of a figure that is the operation itself, the rest is encryption; the child's own split
explains the start-up time; the per-step high-water marks explain the memory peak.
"""

from __future__ import annotations

import unicodedata
from typing import Any

# Known structural causes, stated from the code as it is (see docs/benchmarks/README.md).
HINTS = {
    "client_list": "a page of 200 ids newest first, then their directory rows (each with a "
                   "consent lookup)",
    "name_search": "one client_fts phrase lookup, then directory rows",
    "fts_search": "note_ids walks the hits newest first through the access filter until 200 "
                  "pass and records the search in the audit trail (a commit); note_hits reads "
                  "the notes of all 200 for the snippets",
    "open_file": "the audited view is a synchronous commit (one fsync); then the case's "
                 "records with their addenda",
    "save_sign": "two transactions (save, sign), each a synchronous commit (fsync), plus the "
                 "full-text index update",
    "monthly_export": "export.collect finds the month's signed sessions by the date index and "
                      "reads each of those rows (notes and all) from the table, reads the whole "
                      "clients table and the month's assessments row by row; "
                      "the package's tier self-check judges the month (room use, first "
                      "contact, records kept, the audit entries since the trail's last check); "
                      "--suggested-indexes measures the indexes that remove these reads",
    "case_pdf": "reportlab typesetting of every session's notes dominates; reading the case "
                "is a few milliseconds",
}


def _ms(value: float | None) -> str:
    return "—" if value is None else (f"{value:,.0f}" if value >= 100 else f"{value:,.1f}")


def _spread(runs: list[float]) -> float:
    return max(runs) - min(runs) if runs else 0.0


GUI_TITLES = {
    "gui_file_search": "Keystroke in the file search / 档案检索按键",
    "gui_note_search": "Enter in the note search / 记录全文检索回车",
    "gui_open_file": "Open a file window / 打开档案窗口",
    "gui_sign_record": "Sign a record / 签署记录",
    "gui_sign_record_big_file": "Sign a record in the big file / 在大档案中签署记录",
    "gui_sign_in_stall": "Longest event-loop stall during sign-in / 登录时界面最长停顿",
}
GUI_ROWS = (("gui_file_search", "keystroke → files listed"),
            ("gui_note_search", "Enter → notes found"),
            ("gui_open_file", "double click → file window"),
            ("gui_sign_record", "OK → record signed"),
            ("gui_sign_record_big_file", "… in the big save target"),
            ("gui_sign_in_stall", "sign-in: longest stall"))


def misses(result: dict[str, Any]) -> list[dict[str, Any]]:
    figures = result["figures"]
    target_ratio = result["ratio_target"]
    cache = result["vault"]["page_cache_mib"]
    out: list[dict[str, Any]] = []
    start = figures["start_to_unlock_screen"]
    if "error" in start:
        out.append({"figure": "start_to_unlock_screen", "kind": "error", "why": start["error"]})
    elif not start.get("meets_target", True):
        split = start.get("split_ms", {})
        out.append({"figure": "start_to_unlock_screen", "kind": "time",
                    "measured_ms": start["median_ms"], "target_ms": start["target_ms"],
                    "why": ("interpreter {interpreter_start:.0f} ms, Qt imports "
                            "{import_qt:.0f} ms, app imports until {import_app:.0f} ms, "
                            "window painted at {painted:.0f} ms").format(**split)
                    if split else ""})
    for key, _title in GUI_ROWS:
        fig = figures.get(key)
        if fig is not None and fig.get("meets_target") is False:
            measured = fig.get("without_password_check_ms", fig.get("median_ms",
                                                                     fig.get("max_stall_ms")))
            out.append({"figure": key, "kind": "time", "measured_ms": measured,
                        "target_ms": fig["target_ms"], "why": fig.get("note", "")})
    if "gui" in figures:
        out.append({"figure": "gui", "kind": "error", "why": figures["gui"]["error"]})
    for key, fig in figures.items():
        if "ratio" not in fig:
            continue
        enc, plain = fig["encrypted"], fig["plain"]
        hint = HINTS.get(key, "")
        if fig.get("meets_target") is False:
            e, p = enc["cold"]["median_ms"], plain["cold"]["median_ms"]
            out.append({"figure": key, "kind": "time", "measured_ms": e,
                        "target_ms": fig["target_ms"],
                        "why": f"the same work on plain SQLite takes {_ms(p)} ms, so the "
                               f"operation itself accounts for {_ms(p)} ms and encryption "
                               f"for {_ms(max(0.0, e - p))} ms; {hint}"})
        for temp in ("cold", "warm"):
            ratio = fig["ratio"][temp]
            if ratio is None or ratio <= target_ratio:
                continue
            e, p = enc[temp]["median_ms"], plain[temp]["median_ms"]
            noise = max(_spread(enc[temp]["runs_ms"]), _spread(plain[temp]["runs_ms"]))
            if temp == "cold":
                why = (f"on a new connection every page read is decrypted (AES-256-CBC) and "
                       f"its HMAC-SHA512 checked; the plain copy only copies it from the OS "
                       f"cache. {_ms(e)} ms against {_ms(p)} ms; warm, with the pages in "
                       f"SQLite's cache, the ratio is {fig['ratio']['warm']}")
                cpu = fig.get("ratio_cpu", {}).get("cold")
                if cpu is not None:
                    why += f"; in CPU time (steadier on a shared machine) the ratio is {cpu}"
                after = fig.get("after_warm_up")
                if after:
                    why += (f"; after the warm-up that follows unlock "
                            f"{_ms(after['encrypted']['median_ms'])} ms against "
                            f"{_ms(after['plain']['median_ms'])} ms, ratio {after['ratio']}"
                            f" (CPU time {after.get('ratio_cpu')})")
            else:
                why = (f"{_ms(e)} ms against {_ms(p)} ms with SQLite's page cache filled "
                       f"(cold ratio {fig['ratio']['cold']}); pages already in the {cache} MiB "
                       f"cache are not decrypted again, so a warm difference comes from pages "
                       f"that did not fit in it, or from pages the operation writes (a commit "
                       f"encrypts what it writes)")
            if abs(e - p) <= noise:
                why += (f"; the difference ({e - p:+.2f} ms) is within the run-to-run spread "
                        f"({noise:.2f} ms)")
            out.append({"figure": key, "kind": f"ratio_{temp}", "ratio": ratio,
                        "target": target_ratio, "why": why})
    merge = figures.get("union_merge")
    if merge and merge.get("meets_target") is False:
        out.append({"figure": "union_merge", "kind": "time", "measured_ms": merge["merge_ms"],
                    "target_ms": merge["target_ms"],
                    "why": f"checking and merging {merge['packages']} packages (zip safety, "
                           "schema, signature, hashes, then the tables)"})
    peak = figures["peak_rss"]
    if not peak["meets_target"]:
        steps = list(peak["by_step"].items())
        jumps = sorted(((b["peak_mb"] - a["peak_mb"], name) for (_, a), (name, b)
                        in zip(steps, steps[1:], strict=False)), reverse=True)
        out.append({"figure": "peak_rss", "kind": "memory", "measured_mb": peak["mb"],
                    "target_mb": peak["target_mb"],
                    "why": "largest rises: " + ", ".join(f"{name} +{mb:.0f} MB"
                                                         for mb, name in jumps[:3])})
    return out


def _width(text: str) -> int:
    """Columns on a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _row(cells: list[str], widths: list[int]) -> str:
    out = []
    for i, (cell, width) in enumerate(zip(cells, widths, strict=True)):
        pad = " " * (width - _width(cell))
        out.append(cell + pad if i == 0 else pad + cell)
    return "  ".join(out)


def table(result: dict[str, Any]) -> str:
    figures = result["figures"]
    vault = result["vault"]
    m, v = result["machine"], result["versions"]
    cfg = result["config"]
    lines = [
        f"station-desk bench — {cfg['clients']:,} files, {vault['counts'].get('sessions', 0):,}"
        f" sessions, {vault['counts'].get('assessments', 0):,} assessments, {cfg['runs']} runs"
        f" (median)",
        f"machine: {m['cpu_model']}, {m['cpu_count']} CPU, {m['ram_mb']:,} MB RAM, {m['os']}",
        f"versions: station-desk {v['station_desk']}, Python {v['python']}, SQLite "
        f"{v['sqlite']}, SQLCipher {v['sqlcipher']}, PySide6 {v['pyside6']}",
        f"vault {vault['sizes_bytes']['encrypted'] / 1e6:,.0f} MB, plain copy "
        f"{vault['sizes_bytes']['plain'] / 1e6:,.0f} MB, page cache "
        f"{vault['page_cache_mib']} MiB; load average {result['load_average']['start']} → "
        f"{result['load_average']['end']}",
        "",
    ]
    head = ["figure (ms)", "via", "vault cold", "warm", "plain cold", "warm", "ratio c/w",
            "target", "ok"]
    rows = []
    start = figures["start_to_unlock_screen"]
    rows.append(["start → unlock screen", "process", _ms(start.get("median_ms")), "", "", "",
                 "", _ms(start["target_ms"]), _ok(start.get("meets_target"))])
    kdf, unlock = figures["key_derivation"], figures["unlock"]
    p = kdf["params"]
    rows.append([f"key derivation (t={p['t']} m={p['m'] // 1024}MiB p={p['p']})", "argon2id",
                 _ms(kdf["median_ms"]), "", "", "", "", "", ""])
    rows.append(["unlock (sign-in)", "domain", _ms(unlock["median_ms"]), "", "", "", "", "", ""])
    rows.append(["  of which not KDF", "", _ms(unlock["without_kdf_ms"]), "", "", "", "", "",
                 ""])
    for fig in figures.values():
        if "ratio" not in fig:
            continue
        enc, plain, ratio = fig["encrypted"], fig["plain"], fig["ratio"]
        title = fig["title"].split(" / ")[0]
        rows.append([title, fig["via"], _ms(enc["cold"]["median_ms"]),
                     _ms(enc["warm"]["median_ms"]), _ms(plain["cold"]["median_ms"]),
                     _ms(plain["warm"]["median_ms"]),
                     f"{_r(ratio['cold'])}/{_r(ratio['warm'])}",
                     _ms(fig.get("target_ms")), _ok(fig.get("meets_target"))])
    merge = figures.get("union_merge")
    if merge and "merge_ms" in merge:
        rows.append([f"union merge ({merge['packages']} packages)", "export", _ms(
            merge["merge_ms"]), "", "", "", "", _ms(merge["target_ms"]),
            _ok(merge.get("meets_target"))])
    for key, title in GUI_ROWS:
        fig = figures.get(key)
        if fig is None:
            continue
        if key == "gui_sign_in_stall":
            rows.append([title, "screen", _ms(fig["max_stall_ms"]), "", "", "", "",
                         _ms(fig["target_ms"]), _ok(fig["meets_target"])])
            continue
        rows.append([title, "screen", _ms(fig["median_ms"]), "", "", "", "",
                     _ms(fig["target_ms"]), _ok(fig["meets_target"])])
        if "cpu_median_ms" in fig:
            rows.append(["  CPU time of the app", "", _ms(fig["cpu_median_ms"]), "", "", "",
                         "", "", ""])
        if "without_password_check_ms" in fig:
            rows.append(["  of which not the password check", "", _ms(
                fig["without_password_check_ms"]), "", "", "", "", "", ""])
        if "cpu_without_password_check_ms" in fig:
            rows.append(["  CPU time, not the password check", "", _ms(
                fig["cpu_without_password_check_ms"]), "", "", "", "", "", ""])
    if "gui" in figures:
        rows.append(["screens", "screen", "error", "", "", "", "", "", ""])
    peak = figures["peak_rss"]
    rows.append(["peak RSS (MB)", "process", f"{peak['mb']:.0f}", "", "", "", "",
                 str(peak["target_mb"]), _ok(peak["meets_target"])])
    widths = [max(_width(r[i]) for r in [head, *rows]) for i in range(len(head))]
    lines.append(_row(head, widths))
    lines.append("  ".join("-" * w for w in widths))
    lines.extend(_row(r, widths) for r in rows)
    lines.append("")
    lines.append(f"ratio = vault / plain copy, target ≤ {result['ratio_target']}; cold = first "
                 f"run on a new connection, warm = repeated on it.")
    warm_up = figures.get("warm_up")
    if warm_up:
        spent = {side: _ms(warm_up[side]["median_ms"]) for side in ("encrypted", "plain")}
        lines.append(f"after the warm-up that follows unlock (vault {spent['encrypted']} ms, "
                     f"plain {spent['plain']} ms of reading, budget "
                     f"{_ms(warm_up['encrypted'].get('budget_ms'))} ms), first use on a new "
                     f"connection:")
        for fig in figures.values():
            after = fig.get("after_warm_up")
            if after:
                lines.append(f"  {fig['title'].split(' / ')[0]}: vault "
                             f"{_ms(after['encrypted']['median_ms'])} ms, plain "
                             f"{_ms(after['plain']['median_ms'])} ms, ratio {_r(after['ratio'])}"
                             f", in CPU time {_r(after.get('ratio_cpu'))} (cold without it "
                             f"{_r(fig['ratio']['cold'])}, in CPU time "
                             f"{_r(fig.get('ratio_cpu', {}).get('cold'))})")
    indexed = result.get("with_suggested_indexes")
    if indexed:
        lines.append("with the suggested indexes (" + ", ".join(
            i["name"] for i in indexed["indexes"]) + "):")
        for key, fig in indexed["figures"].items():
            enc, ratio = fig["encrypted"], fig["ratio"]
            before = figures[key]["encrypted"]["cold"]["median_ms"]
            lines.append(f"  {key}: vault {_ms(enc['cold']['median_ms'])} / "
                         f"{_ms(enc['warm']['median_ms'])} ms (was {_ms(before)}), ratio "
                         f"{_r(ratio['cold'])}/{_r(ratio['warm'])}")
    if result["misses"]:
        lines.append("misses:")
        for miss in result["misses"]:
            what = miss["figure"] + (f" ({miss['kind']})" if miss["kind"] != "time" else "")
            lines.append(f"- {what}: {miss.get('why', '')}")
    for fig in figures.values():
        if fig.get("fallback_reason"):
            lines.append(f"- {fig['title']}: measured via SQL; {fig['fallback_reason']}")
    lines.append(f"work folder {'kept: ' if result['kept'] else 'removed: '}{result['workdir']}")
    return "\n".join(lines)


def _r(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _ok(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "NO")
