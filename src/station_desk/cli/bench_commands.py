"""`station-desk bench`: speed at station scale, measured against plain SQLite in the same run."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from station_desk.cli.common import command


def register(sub: argparse._SubParsersAction) -> None:
    from station_desk.bench.runner import (
        DEFAULT_CLIENTS,
        DEFAULT_MERGE_PACKAGES,
        DEFAULT_RUNS,
        DEFAULT_SESSIONS,
    )

    p = command(sub, "bench", cmd_bench,
                help="build a synthetic vault, measure the app on it and on a plain copy",
                description="Builds a synthetic vault (fictitious demo data) in a temporary "
                            "folder, measures start-up, unlock, lists, searches, a file, saving, "
                            "the monthly export, the case PDF and peak memory, runs the same "
                            "storage work on an unencrypted copy for the ratio, and removes the "
                            "folder.", vault=False, json="print every figure as JSON")
    p.add_argument("--clients", type=int, default=DEFAULT_CLIENTS,
                   help=f"files to generate (default {DEFAULT_CLIENTS:,})")
    p.add_argument("--sessions", type=int, default=DEFAULT_SESSIONS,
                   help=f"sessions to generate (default {DEFAULT_SESSIONS:,})")
    p.add_argument("--runs", type=int, default=DEFAULT_RUNS,
                   help=f"runs per figure; the median is reported (default {DEFAULT_RUNS})")
    p.add_argument("--seed", type=int, default=2026, help="generator seed")
    p.add_argument("--merge-packages", type=int, default=DEFAULT_MERGE_PACKAGES,
                   help="packages the union merge is timed with (default "
                        f"{DEFAULT_MERGE_PACKAGES}; 0: not timed)")
    p.add_argument("--keep", type=Path, metavar="DIR",
                   help="build in DIR (new or empty) and keep it afterwards")
    p.add_argument("--again", type=Path, metavar="DIR",
                   help="measure again the vault an earlier --keep left in DIR (no build)")
    p.add_argument("--suggested-indexes", action="store_true",
                   help="then add the indexes the benchmark suggests to both copies and "
                        "measure again (the schema itself is not changed)")


def cmd_bench(args: argparse.Namespace) -> int:
    from station_desk.bench import report, runner

    result = runner.run(clients=args.clients, sessions=args.sessions, runs=args.runs,
                        keep=args.keep, seed=args.seed, merge_packages=args.merge_packages,
                        suggested_indexes=args.suggested_indexes, again=args.again)
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(report.table(result))
    return 0
