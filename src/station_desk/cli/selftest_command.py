"""`station-desk self-test`: the packaged app's end-to-end check (see station_desk.selftest).

The frozen program also takes `--self-test` as a flag (installer/entry.py maps it here)."""

from __future__ import annotations

import argparse
from pathlib import Path

from station_desk.cli.common import command


def register(sub: argparse._SubParsersAction) -> None:
    p = command(sub, "self-test", cmd_self_test,
                help="offscreen end-to-end check in a temporary folder", vault=False)
    p.add_argument("--keep", action="store_true", help="keep the temporary folder afterwards")
    p.add_argument("--report", type=Path, help="also write what was printed to this file")


def cmd_self_test(args: argparse.Namespace) -> int:
    from station_desk import selftest

    return selftest.run(lang=args.lang, keep=args.keep, report=args.report)
