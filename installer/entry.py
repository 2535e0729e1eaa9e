"""Entry point of the frozen program (PyInstaller runs this file, not station_desk/__main__).

Two things only a frozen program needs before the app's own `main()` runs:

- A windowed Windows build has no console: `sys.stdout` and `sys.stderr` are None, and the
  first `print` (or a logging handler) would raise. They get a sink here. With `--self-test`
  the program first tries to attach to the console it was started from, so the self-test's
  report shows in the terminal that ran it (and `--report FILE` writes it to a file as well).
- `--self-test` is accepted as a flag, the spelling a packaging smoke test uses; it maps to
  the `self-test` command of the CLI.
"""

from __future__ import annotations

import os
import sys


def _attach_parent_console() -> bool:
    if sys.platform != "win32":
        return False
    try:
        import ctypes

        if not ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
            return False
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
        sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
        return True
    except (OSError, AttributeError):
        return False


def _guard_streams(self_test: bool) -> None:
    if (sys.stdout is None or sys.stderr is None) and self_test:
        _attach_parent_console()
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stdin is None:
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115


def translate_argv(argv: list[str]) -> list[str]:
    """`--self-test [options]` -> `self-test [options]`; everything else unchanged."""
    if "--self-test" not in argv:
        return argv
    rest = [item for item in argv if item != "--self-test"]
    return ["self-test", *rest]


def run() -> int:
    argv = translate_argv(sys.argv[1:])
    _guard_streams(self_test=bool(argv) and argv[0] == "self-test")
    from station_desk.cli.main import main

    return main(argv)


if __name__ == "__main__":
    raise SystemExit(run())
