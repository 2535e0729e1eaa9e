"""Update the .ts catalogues from the source (lupdate), check them, and compile .qm (lrelease).

    python scripts/build_translations.py            # update .ts, check, build .qm
    python scripts/build_translations.py --check    # only check the committed .ts, build .qm

Source strings are English; `station_desk_zh_CN.ts` must translate every one and
`station_desk_en.ts` must carry every one too (mostly the same text), so a string added to
the code without its Chinese fails the build. The .qm files are build products, not committed.

The catalogues hold the screens' `tr()` text and the text of everything below Qt (errors, the
CLI, printed papers, exports), which the code marks with `N_("context", "English")` and
`station_desk.i18n` reads from the .ts without Qt; lupdate collects both (i18n.LUPDATE_OPTIONS).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from station_desk.i18n import LUPDATE_OPTIONS  # noqa: E402
from station_desk.ui.i18n import qt_tool  # noqa: E402
from station_desk.ui.ts_check import check_ts  # noqa: E402

TRANSLATIONS = ROOT / "resources" / "translations"
LOCALES = ("zh_CN", "en")
# The whole package: the screens' tr() and the N_() marks below Qt.
SOURCES = [ROOT / "src" / "station_desk"]


def tool(name: str) -> str:
    found = qt_tool(name)
    if found is None:
        raise SystemExit(f"{name} not found; install PySide6")
    return found


def source_files() -> list[str]:
    files: list[Path] = []
    for item in SOURCES:
        files.extend(sorted(item.rglob("*.py")) if item.is_dir() else [item])
    return [str(f) for f in files]


def update() -> None:
    for locale in LOCALES:
        ts = TRANSLATIONS / f"station_desk_{locale}.ts"
        subprocess.run([tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        *LUPDATE_OPTIONS,
                        "-source-language", "en", "-target-language", locale,
                        *source_files(), "-ts", str(ts)], check=True)


def release() -> None:
    for locale in LOCALES:
        ts = TRANSLATIONS / f"station_desk_{locale}.ts"
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="do not run lupdate; check the committed .ts files as they are")
    args = parser.parse_args(argv)
    if not args.check:
        update()
    problems = [p for locale in LOCALES
                for p in check_ts(TRANSLATIONS / f"station_desk_{locale}.ts")]
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} translation problem(s)", file=sys.stderr)
        return 1
    release()
    print("translations: ok, .qm built")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
