"""`station-desk tier`, `regimes` and `duty`: the station's tier self-check, its regimes (制度)
and its duty roster, from the command line.

    station-desk tier [--json]                    take a self-check now (kept) and show it
    station-desk tier answer CODE yes|no [--note] answer a hand-checked requirement
    station-desk tier history [--json]            the self-checks kept
    station-desk tier show N [--json]             one kept self-check
(every command takes --vault and --user, and the password on stdin with --password-stdin)
    station-desk regimes list | show KIND | template KIND | adopt KIND --file F | acknowledge
    station-desk duty list [--from D] [--to D] | add USER DAY START END PLACE | remove ID
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import asdict
from pathlib import Path

from station_desk.cli.common import (
    SecretReader,
    command,
    echo,
    lang_of,
    open_session,
    print_json,
    zh_en,
)
from station_desk.domain import surveys  # noqa: F401 - its audit labels, for `audit`
from station_desk.domain.records import hotline  # noqa: F401 - likewise
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.domain.tier import duty, regimes, selfcheck
from station_desk.errors import StationDeskError
from station_desk.i18n import N_


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    tier = command(sub, "tier", cmd_tier, help="the tier self-check (admin)",
                   description="Without an action: take a self-check now, keep it and show it. "
                               "answer CODE yes|no [--note]; history; show N.", json=True)
    tier.add_argument("tier_action", nargs="?", default="run", metavar="ACTION",
                      choices=["run", "answer", "history", "show"])
    tier.add_argument("words", nargs="*", metavar="ARG",
                      help="answer: CODE yes|no; show: the self-check's number")
    tier.add_argument("--note", default="", help="answer: what was checked (required for no)")

    reg = sub.add_parser("regimes", help="station regimes (制度)")
    reg_actions = reg.add_subparsers(dest="regime_action", metavar="ACTION", required=True)
    command(reg_actions, "list", cmd_regimes, help="regimes in force and acknowledgements",
            json=True)
    one = command(reg_actions, "show", cmd_regimes, help="print a regime's text")
    one.add_argument("kind", help=", ".join(regimes.KINDS))
    tmpl = command(reg_actions, "template", cmd_regimes, vault=False,
                   help="print our template for a regime")
    tmpl.add_argument("kind", help=", ".join(regimes.KINDS))
    adopt = command(reg_actions, "adopt", cmd_regimes, help="adopt a text as the next version")
    adopt.add_argument("kind", help=", ".join(regimes.KINDS))
    adopt.add_argument("--file", required=True, type=Path,
                       help="UTF-8 text: first line '# Title', then the body")
    adopt.add_argument("--note", default="", help="what changed")
    command(reg_actions, "acknowledge", cmd_regimes,
            help="acknowledge the regimes you have read")

    rota = sub.add_parser("duty", help="the duty roster (值班表)")
    rota_actions = rota.add_subparsers(dest="duty_action", metavar="ACTION", required=True)
    show_rota = command(rota_actions, "list", cmd_duty, help="shifts in a date range", json=True)
    show_rota.add_argument("--from", dest="first", help="YYYY-MM-DD (default: today)")
    show_rota.add_argument("--to", dest="last", help="YYYY-MM-DD (default: a week on)")
    add = command(rota_actions, "add", cmd_duty, help="put someone on duty")
    add.add_argument("username")
    add.add_argument("day", help="YYYY-MM-DD")
    add.add_argument("start", help="HH:MM")
    add.add_argument("end", help="HH:MM")
    add.add_argument("place", help="a room code or 'hotline': " + ", ".join(duty.places()))
    add.add_argument("--repeat", type=int, default=0, metavar="WEEKS",
                     help="repeat on the same weekday for this many more weeks")
    add.add_argument("--note", default="")
    remove = command(rota_actions, "remove", cmd_duty, help="remove one shift")
    remove.add_argument("id", type=int)


# --------------------------------------------------------------------------- tier


def _words(args: argparse.Namespace, count: int, usage_zh: str, usage_en: str) -> list[str]:
    if len(args.words) != count:
        raise StationDeskError("bad_input", detail=f"{usage_zh} / {usage_en}")
    return list(args.words)


def cmd_tier(args: argparse.Namespace) -> int:
    action = args.tier_action
    if action == "answer":
        code, value = _words(args, 2, *N_("cli", "usage: tier answer CODE yes|no"))
    elif action == "show":
        (number,) = _words(args, 1, *N_("cli", "usage: tier show N"))
        if not number.isdigit():
            raise StationDeskError("bad_input", detail=N_(
                "cli", "self-check number: {number}").format(number=number))
    else:
        _words(args, 0, *N_("cli", "unexpected arguments"))
    with open_session(args, SecretReader(args)) as session:
        if action == "answer":
            given = selfcheck.answer(session, code, value, args.note)
            echo(zh_en(args, *N_(
                "cli", "Recorded: {requirement} = {answer} ({day}).").format(
                    requirement=given.requirement, answer=given.answer, day=given.day)))
            return 0
        if action == "history":
            return _history(args, session)
        check = selfcheck.load(session, int(number)) if action == "show" else \
            selfcheck.run(session)
        if args.json:
            print_json(check_json(check))
        else:
            echo(check_text(check, lang_of(args)))
    return 0


def check_json(check: selfcheck.SelfCheck) -> dict[str, object]:
    return {"id": check.id, "taken_at": check.taken_at, "taken_by": check.taken_name,
            "target_tier": check.target_tier,
            "window": [check.window_first, check.window_last], "counts": check.counts(),
            "highest_met": check.highest_met(),
            "tiers": {t: check.tier_status(t) for t in check.tiers()},
            "requirements": [asdict(f) for f in check.findings]}


def check_text(check: selfcheck.SelfCheck, lang: str) -> str:
    def status(code: str) -> str:
        zh, en = selfcheck.STATUS_LABELS[code]
        return en if lang == "en" else zh

    counts = check.counts()
    highest = check.highest_met()
    head = [N_("cli", "Tier self-check #{id} on {day} by {taken_name}; target {target}; "
                      "period {first} to {last}").text(lang).format(
                id=check.id, day=check.day, taken_name=check.taken_name,
                target=selfcheck.tier_label(check.target_tier, lang), first=check.window_first,
                last=check.window_last),
            N_("cli", "Met {met} · not met {not_met} · not yet evidenced {not_evidenced}; "
                      "highest tier fully met: {highest}").text(lang).format(
                **counts, highest=selfcheck.tier_label(highest, lang) if highest
                else N_("cli", "none yet").text(lang))]
    lines = head
    for tier in check.tiers():
        lines.append("")
        lines.append(f"== {selfcheck.tier_label(tier, lang)}: {status(check.tier_status(tier))}")
        for finding in (f for f in check.findings if f.tier == tier):
            lines.append(f"[{status(finding.status)}] {finding.code}  {finding.text(lang)}")
            lines.append(f"    {finding.reason(lang)}")
            lines += [f"    · {fact.text(lang)}" for fact in finding.facts]
            if finding.answer is not None:
                a = finding.answer
                lines.append(f"    {a.answer} · {a.day} · {a.answered_name}"
                             + (f" · {a.note}" if a.note else ""))
    return "\n".join(lines)


def _history(args: argparse.Namespace, session: Session) -> int:
    rows = selfcheck.kept(session)
    if args.json:
        print_json([asdict(r) for r in rows])
        return 0
    if not rows:
        echo(zh_en(args, *N_("cli", "No self-check has been taken yet.")))
    for r in rows:
        echo(N_("cli", "#{id} {day} {taken_name} {target} met {met} · not met {not_met} · not "
                       "yet evidenced {not_evidenced}").text(lang_of(args)).format(
            id=r.id, day=r.day, taken_name=r.taken_name,
            target=selfcheck.tier_label(r.target_tier, lang_of(args)), met=r.met,
            not_met=r.not_met, not_evidenced=r.not_evidenced))
    return 0


# --------------------------------------------------------------------------- regimes


def cmd_regimes(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    if args.regime_action == "template":
        t = regimes.template(args.kind, lang)
        echo(f"# {t.title}\n\n{t.body}")
        return 0
    with open_session(args, SecretReader(args)) as session:
        action = args.regime_action
        if action == "list":
            return _list_regimes(args, session)
        if action == "show":
            regime = regimes.current(session, args.kind)
            if regime is None:
                label = regimes.KIND_LABELS[args.kind]
                raise StationDeskError("regime_none", label=label[0], label_en=label[1])
            echo(f"# {regime.title}\n\n{regime.body}")
            return 0
        if action == "adopt":
            try:
                text = args.file.read_text("utf-8-sig")
            except UnicodeDecodeError:
                raise StationDeskError("bad_input", detail=N_(
                    "cli", "not UTF-8 text: {file}").format(file=args.file)) from None
            title, body = regimes.split_title(text)
            regime = regimes.adopt(session, args.kind, title, body, args.note)
            echo(zh_en(args, *N_(
                "cli", "Adopted “{title}” version {version}.").format(
                    title=regime.title, version=regime.version)))
            return 0
        # acknowledge: whatever this account still has to acknowledge, after showing it
        waiting = regimes.pending(session)
        if not waiting:
            echo(zh_en(args, *N_("cli", "Nothing to acknowledge.")))
        for regime in waiting:
            regimes.acknowledge(session, regime.id)
            echo(zh_en(args, *N_(
                "cli", "Acknowledged “{title}” version {version}.").format(
                    title=regime.title, version=regime.version)))
    return 0


def _list_regimes(args: argparse.Namespace, session: Session) -> int:
    adopted = regimes.current_all(session)
    out = []
    for kind in regimes.KINDS:
        regime = adopted.get(kind)
        item: dict[str, object] = {"kind": kind, "label": regimes.KIND_LABELS[kind][
            1 if lang_of(args) == "en" else 0]}
        if regime is not None:
            item.update(title=regime.title, version=regime.version,
                        adopted_at=regime.adopted_at, adopted_by=regime.adopted_name)
            if kind in regimes.ACKNOWLEDGED and session.can(Permission.MANAGE_TIER):
                acks = regimes.acknowledgements(session, regime)
                item["acknowledged"] = [a.username for a in acks if a.acknowledged_at]
                item["not_acknowledged"] = [a.username for a in acks
                                            if not a.acknowledged_at]
        out.append(item)
    if args.json:
        print_json(out)
        return 0
    for item in out:
        if "version" not in item:
            echo(zh_en(args, *N_("cli", "{label}: not adopted").format(label=item['label'])))
            continue
        line = zh_en(args, *N_(
            "cli", "{label}: “{title}” version {version}").format(
                label=item['label'], title=item['title'], version=item['version']))
        missing = [str(m) for m in item.get("not_acknowledged", [])]  # type: ignore[attr-defined]
        if "not_acknowledged" in item:
            lang = lang_of(args)
            names = N_("cli.names", ", ").text(lang).join(missing)
            line += N_("cli", "; not acknowledged by: {names}").text(lang).format(
                names=names or N_("cli", "nobody").text(lang))
        echo(line)
    return 0


# --------------------------------------------------------------------------- duty


def _day(value: str | None, default: dt.date) -> dt.date:
    if not value:
        return default
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise StationDeskError("bad_input", detail=N_(
            "cli", "use a date like 2026-11-02: {value}").format(value=value)) from None


def cmd_duty(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    with open_session(args, SecretReader(args)) as session:
        if args.duty_action == "add":
            made = duty.add_shifts(session, args.username, args.day, args.start, args.end,
                                   args.place, args.note, repeat_weeks=args.repeat)
            echo(zh_en(args, *N_("cli", "{n_made} shift(s) added.").format(n_made=len(made))))
            return 0
        if args.duty_action == "remove":
            duty.remove_shift(session, args.id)
            echo(zh_en(args, *N_("cli", "Shift removed.")))
            return 0
        from station_desk.domain.records.common import today

        first = _day(args.first, today(session))
        last = _day(args.last, first + dt.timedelta(days=6))
        found = duty.shifts(session, first, last)
        if args.json:
            print_json([asdict(s) for s in found])
            return 0
        if not found:
            echo(zh_en(args, *N_("cli", "No shifts in that range.")))
        for s in found:
            echo(f"#{s.id} {s.day} {s.start_time}–{s.end_time} {duty.place_label(s.place, lang)}"
                 f" {s.name}" + (f" ({s.note})" if s.note else ""))
    return 0
