"""`station-desk`: the GUI by default, headless subcommands for scripts and checks.

Each command module exposes `register(subparsers)`; its handlers take the parsed arguments and
return an exit code. Any StationDeskError becomes one translated line on stderr and exit 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from station_desk import __version__
from station_desk.cli import (
    appointment_commands,
    bench_commands,
    export_commands,
    followup_commands,
    import_commands,
    instrument_commands,
    print_commands,
    retention_commands,
    rights_commands,
    safety_plan_commands,
    selftest_command,
    tier_commands,
    transfer_commands,
    vault_commands,
)
from station_desk.errors import StationDeskError
from station_desk.i18n import N_

COMMAND_MODULES = [
    vault_commands,
    instrument_commands,
    bench_commands,
    print_commands,
    selftest_command,
    export_commands,
    tier_commands,
    rights_commands,
    transfer_commands,
    import_commands,
    retention_commands,
    appointment_commands,
    followup_commands,
    safety_plan_commands,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="station-desk",
        description="Station Desk 职工心理健康服务站记录系统",
    )
    parser.add_argument("--version", action="version", version=f"station-desk {__version__}")
    parser.add_argument("--lang", choices=["zh", "en"], default="zh",
                        help="message language (accepted anywhere on the line)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="open the app (default)")
    gui.add_argument("--vault", help="vault folder to open")
    gui.add_argument("--demo", action="store_true", help="open (creating if needed) a demo vault")
    gui.set_defaults(handler=_run_gui)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from station_desk.app_main import run_gui

    return run_gui(vault=getattr(args, "vault", None), demo=getattr(args, "demo", False),
                   lang=args.lang)


def _take_lang(argv: list[str]) -> tuple[list[str], str]:
    """`--lang` is accepted anywhere on the line, before or after the subcommand."""
    lang, rest, i = "zh", [], 0
    while i < len(argv):
        item = argv[i]
        if item == "--lang" and i + 1 < len(argv):
            lang, i = argv[i + 1], i + 2
            continue
        if item.startswith("--lang="):
            lang = item.split("=", 1)[1]
        else:
            rest.append(item)
        i += 1
    return rest, ("en" if lang.lower().startswith("en") else "zh")


def main(argv: Sequence[str] | None = None) -> int:
    from station_desk.storage.hardening import disable_core_dumps
    from station_desk.storage.private import restrict_new_files

    disable_core_dumps()
    restrict_new_files()
    argv, lang = _take_lang(list(sys.argv[1:] if argv is None else argv))
    parser = build_parser()
    args = parser.parse_args(argv)
    args.lang = lang
    if getattr(args, "handler", None) is None:
        args = parser.parse_args([*argv, "gui"])
        args.lang = lang
    try:
        return int(args.handler(args) or 0)
    except StationDeskError as exc:
        print(exc.message(args.lang), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(N_("cli", "Cancelled.").text(args.lang), file=sys.stderr)
        return 130
    except OSError as exc:
        err = StationDeskError.from_os_error(exc)
        print(err.message(args.lang), file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - last line of defence: no traceback for users
        err = StationDeskError("internal", detail=type(exc).__name__)
        print(err.message(args.lang), file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
