"""`station-desk instruments` and `station-desk score`: headless, never touch a vault.

Useful for checking an imported instrument file, or a hand score, without signing in.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from station_desk.cli.common import command, print_json
from station_desk.domain.instruments import (
    Instrument,
    ScoreResult,
    get_instrument,
    load_all,
    score,
    shipped_dir,
)
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

register_messages({
    "answers_malformed": N_(
        "errors", "Answers \"{text}\" are malformed: give integers in item order, separated by "
        "commas, e.g. 0,1,2,3."),
})

# Fixed words of the text output: key -> (zh, en).
_WORDS = {
    "version": N_("cli", "version"),
    "items": N_("cli", "items"),
    "source": N_("cli", "Source"),
    "instrument": N_("cli", "Instrument"),
    "range": N_("cli", "possible"),
    "band": N_("cli", "Band"),
    "alerts": N_("cli", "Alerts"),
    "no_alerts": N_("cli", "none"),
    "none_loaded": N_("cli", "No instruments loaded."),
}


def _w(key: str, lang: str) -> str:
    zh, en = _WORDS[key]
    return en if lang == "en" else zh


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    listing = command(sub, "instruments", cmd_instruments, help="list the assessment instruments",
                      vault=False, json=True)
    listing.add_argument("--extra", metavar="DIR", action="append", default=[],
                         help="also load instruments imported into DIR (repeatable)")

    scoring = command(sub, "score", cmd_score,
                      help="score one complete answer set (no vault needed)", vault=False,
                      json=True)
    scoring.add_argument("instrument", help="instrument id, e.g. phq9")
    scoring.add_argument("answers", help="answers in item order, comma-separated, e.g. 0,1,2")
    scoring.add_argument("--extra", metavar="DIR", action="append", default=[],
                         help="also load instruments imported into DIR (repeatable)")


def _load(args: argparse.Namespace) -> dict[str, Instrument]:
    return load_all([shipped_dir(), *(Path(d) for d in args.extra)])


def parse_answers(text: str) -> list[int]:
    """"0,1, 2" -> [0, 1, 2]; the full-width comma is accepted because Chinese IMEs type it."""
    parts = re.split(r"[,，]", text.strip())
    if not text.strip() or any(not re.fullmatch(r"\s*-?\d{1,6}\s*", p) for p in parts):
        raise StationDeskError("answers_malformed", text=text)
    return [int(p) for p in parts]


def cmd_instruments(args: argparse.Namespace) -> int:
    instruments = _load(args)
    if args.json:
        rows = [{"id": i.id, "version": i.version, "name_zh": i.name_zh, "name_en": i.name_en,
                 "items": len(i.items), "source": {"original": i.source_original,
                                                   "chinese": i.source_chinese},
                 "path": str(i.path)} for i in instruments.values()]
        print_json(rows)
        return 0
    lang = args.lang
    if not instruments:
        print(_w("none_loaded", lang))
    for inst in instruments.values():
        print(f"{inst.id:<8} {_w('version', lang)} {inst.version}  "
              f"{len(inst.items)} {_w('items', lang)}  {inst.name(lang)}")
        colon = N_("cli", ": ").text(lang)
        print(f"{'':<8} {_w('source', lang)}{colon}{inst.source_original}")
    return 0


def _paren(text: str, lang: str) -> str:
    return N_("cli", " ({text})").format(text=text).text(lang)


def format_result(inst: Instrument, result: ScoreResult, lang: str) -> list[str]:
    colon = N_("cli", ": ").text(lang)
    sep = N_("cli", ", ").text(lang)
    total_label = N_("cli", "Total").text(lang)
    low, high = inst.min_total, inst.max_total
    lines = [
        f"{_w('instrument', lang)}{colon}{inst.name(lang)}"
        + _paren(f"{inst.id}{sep}{_w('version', lang)} {inst.version}", lang),
        f"{total_label}{colon}{result.total}" + _paren(f"{_w('range', lang)} {low}-{high}", lang),
    ]
    if inst.multiplier != 1:
        label = inst.display_label_en if lang == "en" else inst.display_label_zh
        m = inst.multiplier
        lines.append(f"{label}{colon}{result.display_score}"
                     + _paren(f"{_w('range', lang)} {low * m}-{high * m}", lang))
    lines.append(f"{_w('band', lang)}{colon}{result.band.label(lang)}")
    if not result.alerts:
        lines.append(f"{_w('alerts', lang)}{colon}{_w('no_alerts', lang)}")
    else:
        lines.append(f"{_w('alerts', lang)}{colon}")
        lines.extend(f"  ! [{a.code}] {a.label(lang)}" for a in result.alerts)
    return lines


def cmd_score(args: argparse.Namespace) -> int:
    inst = get_instrument(_load(args), args.instrument)
    result = score(inst, parse_answers(args.answers))
    if args.json:
        print_json(result.to_dict())
    else:
        print("\n".join(format_result(inst, result, args.lang)))
    return 0
