"""The tier self-check: every requirement of every tier up to the station's own, judged.

Each requirement of `seeds/tier_checklist.json` is judged one of three ways:

- **met**: the vault shows it, in figures that reach the bar below;
- **not met**: the vault shows it is not being done (duty weeks left empty, a colleague who
  has not acknowledged the confidentiality regime, records left unsigned, ratings from too
  few closed cases, a broken audit trail) or the admin answered "no";
- **not yet evidenced**: the vault holds nothing to judge by (no hotline call logged this
  year, no regime adopted), or a hand-checked item has no answer (or one older than a year).

Requirements only a person can check (a sign on the door, books on the shelf) are answered
by the admin with a note; the answer, its date and who gave it are kept and audited.

The evidence window is the year up to the check day, or the station's life if shorter; duty
is judged on the last four weeks and the week ahead, first contact on the last 90 days.
"Regularly" means in at least half of the window's months and at least once in its last
three months. The bars (`BARS`) are ours, chosen to be checkable rather than generous: the
standard names no numbers.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from station_desk.domain import vocab
from station_desk.domain.audit import register_actions
from station_desk.domain.auth import TIER_LABELS
from station_desk.domain.clock import STATION_TZ, iso, parse_iso
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.domain.tier import evidence as ev
from station_desk.domain.tier import regimes
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

MET, NOT_MET, NOT_EVIDENCED = "met", "not_met", "not_evidenced"
STATUSES = (MET, NOT_MET, NOT_EVIDENCED)
STATUS_LABELS = {MET: N_("tier", "Met"), NOT_MET: N_("tier", "Not met"),
                 NOT_EVIDENCED: N_("tier", "Not yet evidenced")}
RECORDS, MANUAL = "records", "manual"

WINDOW_DAYS = 365
DUTY_DAYS = 28
CONTACT_DAYS = 90
ANSWER_VALID_DAYS = 365
BARS = {
    "first_session_days": 7,  # a registered worker is seen within a week ...
    "first_session_share": 0.8,  # ... in four cases out of five
    "signed_share": 0.95,  # records more than a week old that are signed
    "consent_share": 0.95,  # files served that hold an informed consent
    "rated_share": 0.5,  # closed cases with a satisfaction rating
    "weekday_cover": 0.8,  # weekdays in the last four weeks with someone on duty
}
MAX_NOTE = 1000

register_actions({
    "tier.answer": N_("tier", "tier self-check item answered"),
    "tier.selfcheck": N_("tier", "tier self-check taken"),
})
register_messages({
    "tier_not_manual": N_("errors", "“{item}” is judged from the records; it takes no answer."),
    "tier_unknown_requirement": N_("errors", "No such requirement: {item}"),
    "tier_bad_answer": N_("errors", "The answer must be yes or no: {value}"),
    "tier_note_required": N_(
        "errors", "Please say in the note what is missing when answering no."),
    "tier_note_too_long": N_("errors", "The note has {count} characters, more than {limit}."),
    "tier_no_selfcheck": N_("errors", "No self-check has been taken yet."),
})

# Requirements only a person can check. Everything else is judged from the records.
MANUAL_ITEMS = ("b1_signage", "b1_fixed_site", "s_reading_materials")


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Fact:
    """One figure found in the vault, in both languages (kept checks print either)."""

    code: str
    zh: str
    en: str
    count: int | None = None
    first: str | None = None
    last: str | None = None

    def text(self, lang: str = "zh") -> str:
        return self.en if lang.startswith("en") else self.zh


@dataclass(frozen=True)
class Answer:
    requirement: str
    answer: str  # "yes" or "no"
    note: str
    answered_at: str  # UTC
    answered_name: str

    @property
    def day(self) -> str:
        return parse_iso(self.answered_at).astimezone(STATION_TZ).date().isoformat()


@dataclass(frozen=True)
class Finding:
    code: str
    tier: str
    text_zh: str
    text_en: str
    basis: str  # RECORDS or MANUAL
    status: str
    reason_zh: str
    reason_en: str
    facts: tuple[Fact, ...] = ()
    answer: Answer | None = None

    def text(self, lang: str = "zh") -> str:
        return self.text_en if lang.startswith("en") else self.text_zh

    def reason(self, lang: str = "zh") -> str:
        return self.reason_en if lang.startswith("en") else self.reason_zh


@dataclass(frozen=True)
class SelfCheck:
    id: int | None
    taken_at: str  # UTC
    taken_name: str
    target_tier: str
    window_first: str
    window_last: str
    findings: tuple[Finding, ...]

    def counts(self) -> dict[str, int]:
        return {s: sum(1 for f in self.findings if f.status == s) for s in STATUSES}

    def tiers(self) -> list[str]:
        """The tier codes the check covers, lowest first."""
        return list(dict.fromkeys(f.tier for f in self.findings))

    def tier_status(self, tier: str) -> str:
        statuses = {f.status for f in self.findings if f.tier == tier}
        return combine(statuses)

    def highest_met(self) -> str | None:
        """The highest tier whose requirements, and all below, are met."""
        best = None
        for tier in self.tiers():
            if self.tier_status(tier) != MET:
                break
            best = tier
        return best

    @property
    def day(self) -> str:
        return parse_iso(self.taken_at).astimezone(STATION_TZ).date().isoformat()

    def to_json(self) -> str:
        return json.dumps([asdict(f) for f in self.findings], ensure_ascii=False)


def combine(statuses: set[str] | list[str]) -> str:
    """Parts judged separately: any part not met is not met; else any part without
    evidence leaves the whole without it."""
    found = set(statuses)
    if NOT_MET in found:
        return NOT_MET
    if NOT_EVIDENCED in found or not found:
        return NOT_EVIDENCED
    return MET


# --------------------------------------------------------------------------- wording


def _pct(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "—"


def _span(first: str | None, last: str | None, lang: str) -> str:
    if not first:
        return ""
    if first == last:
        return N_("tier", " ({first})").format(first=first).text(lang)
    return N_("tier", " ({first} to {last})").format(first=first, last=last).text(lang)


def _spans(first: str | None, last: str | None) -> tuple[str, str]:
    return _span(first, last, "zh"), _span(first, last, "en")


# One wording per Chinese measure word of the count (次, 场, 人次); English needs none.
USAGE = {"times": N_("tier.times", "{what}: {count}, in {have} of {months} months{span}"),
         "events": N_("tier.events", "{what}: {count}, in {have} of {months} months{span}"),
         "attendances": N_("tier.attendances",
                           "{what}: {count}, in {have} of {months} months{span}")}


def _usage_fact(code: str, what: tuple[str, str], usage: ev.Usage, window: ev.Window,
                unit: str = "times") -> Fact:
    if not usage.count:
        return Fact(code, *N_("tier", "{what}: none recorded").format(what=what),
                    usage.count, usage.first, usage.last)
    return Fact(code, *USAGE[unit].format(
        what=what, count=usage.count, have=usage.months_in(window),
        months=len(window.months()), span=_spans(usage.first, usage.last)),
        usage.count, usage.first, usage.last)


@dataclass
class _Judgement:
    """What one rule concludes: a status, why, and the figures behind it."""

    parts: list[tuple[str, str, str]] = field(default_factory=list)  # status, zh, en
    facts: list[Fact] = field(default_factory=list)

    def part(self, status: str, zh: str, en: str) -> None:
        self.parts.append((status, zh, en))

    def status(self) -> str:
        return combine([p[0] for p in self.parts])

    def reason(self) -> tuple[str, str]:
        """The parts that decided the status, worst first."""
        status = self.status()
        chosen = [p for p in self.parts if p[0] == status] or self.parts
        zh = "".join(p[1] for p in chosen)
        en = " ".join(p[2] for p in chosen)
        return zh, en


def _regular(j: _Judgement, usage: ev.Usage, window: ev.Window, check_day: dt.date,
             what: tuple[str, str]) -> None:
    """At least half of the window's months, and once in its last three months."""
    months = window.months()
    if not usage.count:
        j.part(NOT_EVIDENCED, *N_("tier", "No {what} recorded in the period.").format(what=what))
        return
    needed = math.ceil(len(months) / 2)
    recent = (check_day - dt.timedelta(days=90)).isoformat()
    have = usage.months_in(window)
    if have < needed:
        j.part(NOT_MET, *N_(
            "tier", "{what} in only {have} of {months} months, fewer than half.").format(
                what=(what[0], what[1].capitalize()), have=have, months=len(months)))
    elif (usage.last or "") < recent:
        j.part(NOT_MET, *N_(
            "tier", "No {what} in the last three months (last on {last}).").format(
                what=what, last=usage.last))
    else:
        j.part(MET, *N_(
            "tier", "{what} recorded regularly ({have} of {months} months).").format(
                what=(what[0], what[1].capitalize()), have=have, months=len(months)))


# --------------------------------------------------------------------------- the rules


class _Context:
    """Everything the rules read, computed once per check.

    `within`: judge a past stretch of days instead of the year to today (the statistics
    package judges its own period): every window is cut to it and "now" is its last moment,
    so the records dated after it change nothing."""

    def __init__(self, session: Session, within: ev.Window | None = None) -> None:
        self.session = session
        self.db = session.db
        self.now = session.clock()
        today = self.now.astimezone(STATION_TZ).date()
        if within is None or within.last >= today:
            self.day = today
            first = within.first if within else today - dt.timedelta(days=WINDOW_DAYS - 1)
        else:
            self.day = within.last
            self.now = dt.datetime.combine(self.day + dt.timedelta(days=1), dt.time(0),
                                           STATION_TZ) - dt.timedelta(microseconds=1)
            first = within.first
        start = max(first, ev.station_started(self.db))
        self.window = ev.Window(first, self.day).clip(start)
        self.duty_window = ev.Window(self.day - dt.timedelta(days=DUTY_DAYS - 1),
                                     self.day).clip(start)
        self.contact_window = ev.Window(self.day - dt.timedelta(days=CONTACT_DAYS - 1),
                                        self.day).clip(start)
        self._cache: dict[str, Any] = {}

    def once(self, key: str, make: Callable[[], Any]) -> Any:
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    @property
    def rooms(self) -> dict[str, dict[str, ev.Usage]]:
        return self.once("rooms", lambda: ev.room_usage(self.db, self.window))

    @property
    def duty(self) -> ev.DutyFigures:
        return self.once("duty", lambda: ev.duty(self.db, self.duty_window))

    @property
    def regimes(self) -> dict[str, regimes.Regime]:
        return self.once("regimes", lambda: regimes.current_all(self.session))

    @property
    def chains(self) -> list[Any]:
        # from where the last check that was kept got to: the whole trail once, then what
        # was added since (a full check of millions of entries is `verify`'s)
        return self.once("chains", lambda: self.session.audit.verify_all(since_checked=True))


def _room_fact(ctx: _Context, room: str) -> tuple[ev.Usage, Fact]:
    sources = ctx.rooms.get(room, {})
    usage = ev.total(sources)
    label = (vocab.label("rooms", room, "zh"), vocab.label("rooms", room, "en"))
    names = {"sessions": N_("tier", "session records"), "appointments": N_("tier", "bookings"),
             "activities": N_("tier", "activities"), "duty": N_("tier", "duty shifts"),
             "registrations": N_("tier", "files registered")}
    parts = [(names[k], u.count) for k, u in sources.items() if u.count]
    if not usage.count:
        return usage, Fact(f"room.{room}", *N_("tier", "{room}: no recorded use").format(
            room=label))
    comma = N_("tier", ", ")
    uses = (comma[0].join(f"{n[0]} {c}" for n, c in parts),
            comma[1].join(f"{n[1]} {c}" for n, c in parts))
    return usage, Fact(
        f"room.{room}", *N_("tier", "{room}: used {count} times ({uses}){span}").format(
            room=label, count=usage.count, uses=uses, span=_spans(usage.first, usage.last)),
        usage.count, usage.first, usage.last)


def _rooms_rule(rooms: tuple[str, ...]) -> Callable[[_Context], _Judgement]:
    def rule(ctx: _Context) -> _Judgement:
        j = _Judgement()
        missing = []
        for room in rooms:
            usage, fact = _room_fact(ctx, room)
            j.facts.append(fact)
            if not usage.count:
                missing.append(room)
        if missing:
            comma = N_("tier", ", ")
            rooms_missing = tuple(comma[i].join(vocab.label("rooms", r, lang) for r in missing)
                                  for i, lang in enumerate(("zh", "en")))
            j.part(NOT_EVIDENCED, *N_("tier", "No recorded use of: {rooms}.").format(
                rooms=rooms_missing))
        else:
            j.part(MET, *N_("tier", "Every room shows recorded use."))
        return j
    return rule


def _duty_facts(ctx: _Context, j: _Judgement) -> ev.DutyFigures:
    d = ctx.duty
    w = ctx.duty_window
    j.facts.append(Fact("duty.shifts", *N_(
        "tier", "Last {days} days: {shifts} shifts by {people} staff, on {covered} "
        "days{span}").format(days=(w.last - w.first).days + 1, shifts=d.shifts, people=d.people,
                             covered=len(d.days_covered), span=_spans(d.first, d.last)),
        d.shifts, d.first, d.last))
    j.facts.append(Fact("duty.upcoming", *N_(
        "tier", "Next 7 days: {upcoming} shift(s) on the roster").format(
            upcoming=d.upcoming), d.upcoming))
    return d


def _staff_on_duty(ctx: _Context) -> _Judgement:
    j = _Judgement()
    d = _duty_facts(ctx, j)
    w = ctx.duty_window
    if not d.shifts and not d.upcoming:
        j.part(NOT_EVIDENCED, *N_("tier", "The duty roster is empty."))
        return j
    weeks = max(1, ((w.last - w.first).days + 1) // 7)
    empty = []
    for n in range(weeks):
        end = w.last - dt.timedelta(days=7 * n)
        start = end - dt.timedelta(days=6)
        if not any(start.isoformat() <= day <= end.isoformat() for day in d.days_covered):
            empty.append(start.isoformat())
    if empty:
        j.part(NOT_MET, *N_(
            "tier", "{n_empty} week(s) with nobody on duty (e.g. the week from {first}).").format(
                n_empty=len(empty), first=min(empty)))
    if not d.upcoming:
        j.part(NOT_MET, *N_("tier", "Nobody is on the roster for the coming week."))
    if not empty and d.upcoming:
        j.part(MET, *N_("tier", "Someone was on duty every week, and the coming week is covered."))
    return j


def _daily_staff(ctx: _Context) -> _Judgement:
    j = _Judgement()
    d = _duty_facts(ctx, j)
    days = ev.weekdays(ctx.duty_window)
    covered = sum(1 for day in days if day in d.days_covered)
    j.facts.append(Fact("duty.weekdays", *N_(
        "tier", "Weekdays with someone on duty: {covered} of {n_days}").format(
            covered=covered, n_days=len(days)), covered))
    bar = BARS["weekday_cover"]
    if not d.shifts:
        j.part(NOT_EVIDENCED, *N_("tier", "No shifts on the roster in the last four weeks."))
    elif not days or covered / len(days) < bar:
        j.part(NOT_MET, *N_(
            "tier", "Only {pct} of weekdays had someone on duty (at least {bar}% "
                    "expected).").format(
                pct=_pct(covered, len(days)), bar=round(bar * 100)))
    else:
        j.part(MET, *N_("tier", "Almost every weekday had someone on duty."))
    return j


def _regime_part(ctx: _Context, j: _Judgement, kind: str) -> regimes.Regime | None:
    regime = ctx.regimes.get(kind)
    label = regimes.KIND_LABELS[kind]
    if regime is None:
        j.facts.append(Fact(f"regime.{kind}", *N_("tier", "{regime}: not adopted").format(
            regime=label)))
        j.part(NOT_EVIDENCED, *N_(
            "tier", "The {regime} has not been adopted in the app.").format(
                regime=(label[0], label[1].lower())))
        return None
    day = parse_iso(regime.adopted_at).astimezone(STATION_TZ).date().isoformat()
    j.facts.append(Fact(f"regime.{kind}",
                        *N_(
                            "tier", "“{title}” version {version}, adopted {day} by "
                                    "{adopted_name}").format(
                                title=regime.title, version=regime.version, day=day,
                                adopted_name=regime.adopted_name), regime.version, day, day))
    j.part(MET, *N_("tier", "The {regime} is adopted.").format(
        regime=(label[0], label[1].lower())))
    return regime


def _regime_rule(*kinds: str) -> Callable[[_Context], _Judgement]:
    def rule(ctx: _Context) -> _Judgement:
        j = _Judgement()
        for kind in kinds:
            _regime_part(ctx, j, kind)
        return j
    return rule


def _work_rules(ctx: _Context) -> _Judgement:
    j = _Judgement()
    j.facts.extend(_regime_facts(ctx))
    adopted = [k for k in regimes.KINDS if k in ctx.regimes]
    if adopted:
        j.part(MET, *N_("tier", "{n_adopted} regime(s) adopted.").format(n_adopted=len(adopted)))
    else:
        j.part(NOT_EVIDENCED, *N_("tier", "No regime adopted in the app yet."))
    return j


def _regime_facts(ctx: _Context) -> list[Fact]:
    out = []
    for kind in regimes.KINDS:
        scratch = _Judgement()
        _regime_part(ctx, scratch, kind)
        out.extend(scratch.facts)
    return out


def _chain_part(ctx: _Context, j: _Judgement) -> None:
    """Every audit chain the admin's connection reads (the station's and the clinical one)."""
    chains = ctx.chains
    entries = ctx.once("audit_entries", lambda: ev.audit_entries(ctx.db, ctx.window))
    total = sum(c.entries for c in chains)
    broken = next((c for c in chains if not c.ok), None)
    if broken is None:
        before = sum(c.checked_before for c in chains)
        checked = N_("tier", " (the first {before} checked before)").format(
            before=before) if before else ("", "")
        j.facts.append(Fact("audit.chain", *N_(
            "tier", "Audit trail: {total} entries, chain intact{checked}; {entries} in the "
            "period").format(total=total, checked=checked, entries=entries), total))
        j.part(MET, *N_("tier", "Data are encrypted and every access is on an intact audit trail."))
    else:
        j.facts.append(Fact("audit.chain", *N_(
            "tier", "Audit trail broken at entry {first_broken}").format(
                first_broken=broken.first_broken), total))
        j.part(NOT_MET, *N_(
            "tier", "The audit trail is broken at entry {first_broken}; run verify.").format(
                first_broken=broken.first_broken))


def _privacy(ctx: _Context) -> _Judgement:
    j = _Judgement()
    _chain_part(ctx, j)
    return j


def _acknowledged_part(ctx: _Context, j: _Judgement, regime: regimes.Regime) -> None:
    acks = regimes.acknowledgements(ctx.session, regime)
    missing = [a for a in acks if a.acknowledged_at is None]
    j.facts.append(Fact("regime.acknowledged",
                        *N_(
                            "tier", "Current confidentiality regime acknowledged by {done} of "
                            "{n_acks} active accounts").format(
                                done=len(acks) - len(missing), n_acks=len(acks)),
                        len(acks) - len(missing)))
    if missing:
        comma = N_("tier", ", ")
        names = (comma[0].join(a.display_name for a in missing),
                 comma[1].join(a.display_name for a in missing))
        j.part(NOT_MET, *N_(
            "tier", "{count} account(s) have not acknowledged the current regime: "
            "{names}.").format(count=len(missing), names=names))
    else:
        j.part(MET, *N_("tier", "Every active account acknowledged the current regime."))


def _confidentiality(ctx: _Context) -> _Judgement:
    j = _Judgement()
    regime = _regime_part(ctx, j, "confidentiality")
    if regime is not None:
        _acknowledged_part(ctx, j, regime)
    _chain_part(ctx, j)
    return j


def _timely(ctx: _Context) -> _Judgement:
    j = _Judgement()
    days = BARS["first_session_days"]
    c = ev.first_contact(ctx.db, ctx.contact_window, days)
    median = "—" if c.median_days is None else f"{c.median_days:g}"
    j.facts.append(Fact(
        "contact.first",
        *N_(
            "tier", "Last {period} days: {registered} files registered, {seen} seen, {within} "
            "within {days} days (median {median} days); {waiting} waiting longer").format(
                period=CONTACT_DAYS, registered=c.registered, seen=c.seen, within=c.within,
                days=days, median=median, waiting=c.waiting),
        c.registered))
    x = ev.crises(ctx.db, ctx.window, iso(ctx.now))
    if x.opened:
        j.facts.append(Fact(
            "crisis.followup",
            *N_(
                "tier", "{opened} crises; {due} 24-hour follow-ups due, {on_time} on "
                "time").format(opened=x.opened, due=x.followup_due, on_time=x.followup_on_time),
            x.followup_due))
    judged = c.seen + c.waiting
    if not judged and not x.followup_due:
        j.part(NOT_EVIDENCED, *N_("tier", "No recently registered visitors to judge by."))
        return j
    if judged:
        share = c.within / judged
        if share < BARS["first_session_share"]:
            j.part(NOT_MET, *N_(
                "tier", "Only {pct} of visitors were seen within {days} days of "
                        "registering.").format(
                    pct=_pct(c.within, judged), days=days))
        else:
            j.part(MET, *N_(
                "tier", "{pct} of visitors were seen within {days} days.").format(
                    pct=_pct(c.within, judged), days=days))
    if x.followup_due and x.followup_on_time < x.followup_due:
        j.part(NOT_MET, *N_(
            "tier", "{value} crisis follow-up(s) missed the 24 hours.").format(
                value=x.followup_due - x.followup_on_time))
    return j


def _usage_rule(code: str, what: tuple[str, str], read: Callable[[_Context], ev.Usage],
                ) -> Callable[[_Context], _Judgement]:
    def rule(ctx: _Context) -> _Judgement:
        j = _Judgement()
        usage = read(ctx)
        j.facts.append(_usage_fact(code, what, usage, ctx.window))
        _regular(j, usage, ctx.window, ctx.day, what)
        return j
    return rule


def _education(ctx: _Context) -> _Judgement:
    j = _Judgement()
    usage, attendees = ev.activities(ctx.db, ctx.window, ev.EDUCATION_TYPES)
    fact = _usage_fact("activities.education", N_("tier", "Education activities"),
                       usage, ctx.window, "events")
    if usage.count:
        fact = Fact(fact.code, *N_("tier", "{fact}, {attendees} attendances").format(
            fact=(fact.zh, fact.en), attendees=attendees), fact.count, fact.first, fact.last)
    j.facts.append(fact)
    _regular(j, usage, ctx.window, ctx.day, N_("tier", "education activities"))
    return j


def _hotline_usage(ctx: _Context) -> ev.Usage:
    """Calls in the hotline log and counselling sessions by phone: both are the hotline."""
    usage = ev.hotline_calls(ctx.db, ctx.window)
    by_phone = ev.sessions_by_modality(ctx.db, ctx.window, "hotline")
    usage.add(by_phone.count, by_phone.first, by_phone.last, by_phone.months)
    return usage


def _hotline(ctx: _Context) -> _Judgement:
    j = _Judgement()
    usage = _hotline_usage(ctx)
    j.facts.append(_usage_fact("hotline.calls", N_("tier", "Hotline calls"), usage,
                               ctx.window))
    _regular(j, usage, ctx.window, ctx.day, N_("tier", "hotline calls"))
    d = ctx.duty
    j.facts.append(Fact("duty.hotline",
                        *N_(
                            "tier", "Hotline shifts: {hotline_shifts} in the last four weeks, "
                            "{upcoming_hotline} in the next 7 days").format(
                                hotline_shifts=d.hotline_shifts,
                                upcoming_hotline=d.upcoming_hotline), d.hotline_shifts))
    if not d.hotline_shifts and not d.upcoming_hotline:
        j.part(NOT_EVIDENCED, *N_("tier", "No hotline duty on the roster."))
    else:
        j.part(MET, *N_("tier", "The hotline is staffed on the roster."))
    return j


def _crisis(ctx: _Context) -> _Judgement:
    j = _Judgement()
    x = ev.crises(ctx.db, ctx.window, iso(ctx.now))
    j.facts.append(Fact("crisis.records", *N_(
        "tier", "{opened} crisis interventions ({closed} closed); {due} 24-hour follow-ups due, "
        "{on_time} on time{span}").format(
            opened=x.opened, closed=x.closed, due=x.followup_due, on_time=x.followup_on_time,
            span=_spans(x.first, x.last)), x.opened, x.first, x.last))
    if not x.opened:
        j.part(NOT_EVIDENCED, *N_("tier", "No crisis intervention recorded in the period."))
    elif x.followup_on_time < x.followup_due:
        j.part(NOT_MET, *N_(
            "tier", "{late} 24-hour follow-up(s) were late or missed.").format(
                late=x.followup_due - x.followup_on_time))
    elif not x.followup_due:
        j.part(MET, *N_(
            "tier", "Crisis interventions are recorded; the 24-hour follow-up is not yet due."))
    else:
        j.part(MET, *N_("tier", "Every crisis had its 24-hour follow-up on time."))
    return j


def _record_book(ctx: _Context) -> _Judgement:
    j = _Judgement()
    b = ev.record_book(ctx.db, ctx.window)
    j.facts.append(Fact("sessions.book", *N_(
        "tier", "{total} session records, {signed} signed; {stale} unsigned for over 7 days, "
        "{awaiting} awaiting co-signature for over 7 days{span}").format(
            total=b.total, signed=b.signed, stale=b.stale_drafts, awaiting=b.awaiting_cosign,
            span=_spans(b.first, b.last)), b.total, b.first, b.last))
    old = b.signed + b.stale_drafts
    if not b.total:
        j.part(NOT_EVIDENCED, *N_("tier", "No session records in the period."))
    elif old and b.signed / old < BARS["signed_share"]:
        j.part(NOT_MET, *N_(
            "tier", "{stale_drafts} records are still unsigned after 7 days.").format(
                stale_drafts=b.stale_drafts))
    else:
        j.part(MET, *N_("tier", "Session records are signed on time."))
    return j


def _files(ctx: _Context) -> _Judgement:
    j = _Judgement()
    f = ev.files_served(ctx.db, ctx.window)
    j.facts.append(Fact("files.served",
                        *N_(
                            "tier", "{served} files with sessions in the period, {with_consent} "
                            "with a recorded informed consent").format(
                                served=f.served, with_consent=f.with_consent), f.served))
    if not f.served:
        j.part(NOT_EVIDENCED, *N_("tier", "No file had a session in the period."))
    elif f.with_consent / f.served < BARS["consent_share"]:
        j.part(NOT_MET, *N_(
            "tier", "{value} files lack a recorded informed consent.").format(
                value=f.served - f.with_consent))
    else:
        j.part(MET, *N_("tier", "Workers served have files with informed consent."))
    return j


def _satisfaction(ctx: _Context) -> _Judgement:
    j = _Judgement()
    _regime_part(ctx, j, "satisfaction")
    s = ev.satisfaction(ctx.db, ctx.window)
    mean = "—" if s.mean_overall is None else f"{s.mean_overall:.2f}"
    j.facts.append(Fact(
        "satisfaction.closed",
        *N_(
            "tier", "{closed} cases closed, {rated} rated ({pct}); {ratings} ratings in the "
            "period, overall mean {mean}").format(
                closed=s.closed, rated=s.rated, pct=_pct(s.rated, s.closed), ratings=s.ratings,
                mean=mean), s.rated))
    bar = BARS["rated_share"]
    if not s.closed:
        j.part(NOT_EVIDENCED, *N_("tier", "No case was closed in the period."))
    elif s.rated / s.closed < bar:
        j.part(NOT_MET, *N_(
            "tier", "Only {pct} of closed cases were rated (at least {round}% expected).").format(
                pct=_pct(s.rated, s.closed), round=round(bar * 100)))
    else:
        j.part(MET, *N_(
            "tier", "{pct} of closed cases were rated.").format(pct=_pct(s.rated, s.closed)))
    return j


def _survey(ctx: _Context) -> _Judgement:
    """Survey campaigns with screenings; failing those, anonymous screenings kept up."""
    j = _Judgement()
    c = ev.campaigns(ctx.db, ctx.window)
    j.facts.append(Fact("survey.campaigns",
                        *N_(
                            "tier", "{held} survey campaign(s), {with_screenings} with "
                            "screenings, {screenings} screenings in all").format(
                                held=c.held, with_screenings=c.with_screenings,
                                screenings=c.screenings), c.held, None, c.last_end))
    usage = ev.assessments(ctx.db, ctx.window, anonymous=True)
    j.facts.append(_usage_fact("survey.screenings", N_("tier", "Anonymous screenings"),
                               usage, ctx.window, "attendances"))
    if c.with_screenings:
        j.part(MET, *N_(
            "tier", "{with_screenings} survey campaign(s) with screenings recorded.").format(
                with_screenings=c.with_screenings))
        return j
    routine = _Judgement()
    _regular(routine, usage, ctx.window, ctx.day, N_("tier", "worker screenings"))
    if routine.status() == MET:
        j.parts.extend(routine.parts)
    elif c.ended_empty:
        j.part(NOT_MET, *N_(
            "tier", "{ended_empty} campaign(s) ended without a screening recorded.").format(
                ended_empty=c.ended_empty))
    else:
        j.parts.extend(routine.parts)
    return j


def _reports(ctx: _Context) -> _Judgement:
    j = _Judgement()
    e = ev.exports(ctx.db, ctx.window)
    quarters = ev.quarters(ctx.window)
    have = sum(1 for q in quarters if q in e.quarters)
    comma = N_("tier", ", ")
    periods = (comma[0].join(e.periods[-6:]) or "—", comma[1].join(e.periods[-6:]) or "—")
    j.facts.append(Fact("export.packages", *N_(
        "tier", "{packages} statistics packages for the union ({periods}), in {have} of "
        "{quarters} quarters{span}").format(
            packages=e.packages, periods=periods, have=have, quarters=len(quarters),
            span=_spans(e.last, e.last)), e.packages, None, e.last))
    for doc, what in (("annual", N_("tier", "analysis reports")),
                      ("survey", N_("tier", "survey reports"))):
        made, last = ev.reports_issued(ctx.db, ctx.window, doc)
        j.facts.append(Fact(f"reports.{doc}", *N_(
            "tier", "{made} {what} printed or saved{span}").format(
                made=made, what=what, span=_spans(last, last)), made, None, last))
    if not e.packages:
        j.part(NOT_EVIDENCED, *N_(
            "tier", "No statistics package was made for the union in the period."))
    elif have < math.ceil(len(quarters) / 2):
        j.part(NOT_MET, *N_(
            "tier", "Packages in only {have} of {n_quarters} quarters, fewer than half.").format(
                have=have, n_quarters=len(quarters)))
    else:
        j.part(MET, *N_("tier", "Analyses go to the union regularly."))
    return j


def _fixed_site_facts(ctx: _Context) -> list[Fact]:
    usage = ev.total({f"{room}.{src}": u for room, by in ctx.rooms.items()
                      for src, u in by.items()})
    return [_usage_fact("rooms.all", N_("tier", "Room use"), usage, ctx.window)]


RULES: dict[str, Callable[[_Context], _Judgement]] = {
    "b1_staff_on_duty": _staff_on_duty,
    "b1_work_rules": _work_rules,
    "b1_privacy": _privacy,
    "b2_timely_service": _timely,
    "b2_education_function": _education,
    "b2_counselling_function": _usage_rule(
        "sessions.in_person", N_("tier", "In-person sessions"),
        lambda ctx: ev.sessions_by_modality(ctx.db, ctx.window, "in_person")),
    "s_function_rooms": _rooms_rule(("reception", "assessment", "counselling", "catharsis")),
    "s_procedures": _regime_rule("workflow"),
    "s_daily_staff": _daily_staff,
    "s_hotline": _hotline,
    "c1_assessment_service": _usage_rule(
        "assessments.all", N_("tier", "Assessments"),
        lambda ctx: ev.assessments(ctx.db, ctx.window)),
    "c1_counselling_catharsis": _rooms_rule(("counselling", "catharsis")),
    "c1_crisis_intervention": _crisis,
    "c1_record_book": _record_book,
    "c1_psych_files": _files,
    "c1_workflow": _regime_rule("workflow"),
    "c1_staff_duties": _regime_rule("duties"),
    "c1_confidentiality": _confidentiality,
    "c1_satisfaction": _satisfaction,
    "c2_wellbeing_survey": _survey,
    "c2_analysis_reports": _reports,
    "c2_online_service": _usage_rule(
        "sessions.online", N_("tier", "Online sessions"),
        lambda ctx: ev.sessions_by_modality(ctx.db, ctx.window, "online")),
}
SUPPORT: dict[str, Callable[[_Context], list[Fact]]] = {
    "b1_fixed_site": _fixed_site_facts,
}


# --------------------------------------------------------------------------- answers


def latest_answers(session: Session, until: str | None = None) -> dict[str, Answer]:
    """The last answer to each hand-checked item (given by `until`, UTC, if given)."""
    rows = session.db.all(
        "SELECT requirement, answer, note, answered_at, answered_name FROM tier_answers"
        " WHERE id IN (SELECT max(id) FROM tier_answers WHERE answered_at <= ?"
        " GROUP BY requirement)", (until or "~",))
    return {r[0]: Answer(*tuple(r)) for r in rows}


def answer_history(session: Session, requirement: str) -> list[Answer]:
    session.require(Permission.MANAGE_TIER)
    return [Answer(*tuple(r)) for r in session.db.all(
        "SELECT requirement, answer, note, answered_at, answered_name FROM tier_answers"
        " WHERE requirement = ? ORDER BY id DESC", (requirement,))]


def answer(session: Session, requirement: str, value: str, note: str = "") -> Answer:
    """The admin's answer to a hand-checked requirement, with a note (required for "no")."""
    session.require(Permission.MANAGE_TIER)
    codes = {r.code for r in vocab.load_tier_checklist().requirements(
        vocab.load_tier_checklist().codes()[-1])}
    if requirement not in codes:
        raise StationDeskError("tier_unknown_requirement", item=requirement)
    if requirement not in MANUAL_ITEMS:
        raise StationDeskError("tier_not_manual", item=requirement)
    value = (value or "").strip().lower()
    if value not in ("yes", "no"):
        raise StationDeskError("tier_bad_answer", value=value)
    text = (note or "").strip()
    if value == "no" and not text:
        raise StationDeskError("tier_note_required")
    if len(text) > MAX_NOTE:
        raise StationDeskError("tier_note_too_long", count=len(text), limit=MAX_NOTE)
    stamp = iso(session.clock())
    with session.db.transaction():
        session.db.execute(
            "INSERT INTO tier_answers (requirement, answer, note, answered_at, answered_by,"
            " answered_name) VALUES (?, ?, ?, ?, ?, ?)",
            (requirement, value, text, stamp, session.user.id, session.user.display_name))
        session.log("tier.answer", f"tier:{requirement}", {"answer": value, "note": text})
    return Answer(requirement, value, text, stamp, session.user.display_name)


def _manual(ctx: _Context, code: str, answers: dict[str, Answer]) -> _Judgement:
    j = _Judgement()
    given = answers.get(code)
    if given is None:
        j.part(NOT_EVIDENCED, *N_("tier", "To be checked on site and answered by the admin."))
        return j
    age = (ctx.day - dt.date.fromisoformat(given.day)).days
    if age > ANSWER_VALID_DAYS:
        j.part(NOT_EVIDENCED, *N_(
            "tier", "Last answered on {day}, over a year ago; check again.").format(day=given.day))
    elif given.answer == "yes":
        j.part(MET, *N_(
            "tier", "Confirmed on {day} by {answered_name}.").format(
                day=given.day, answered_name=given.answered_name))
    else:
        j.part(NOT_MET, *N_(
            "tier", "Checked on {day} by {answered_name}: not met.").format(
                day=given.day, answered_name=given.answered_name))
    return j


# --------------------------------------------------------------------------- running


def station_tier(session: Session) -> str:
    tier = str(session.db.scalar("SELECT tier FROM station WHERE id = 1"))
    codes = vocab.load_tier_checklist().codes()
    return tier if tier in codes else codes[-1]


def evaluate(session: Session) -> SelfCheck:
    """Judge every requirement up to the station's tier, now; nothing is written."""
    session.require(Permission.MANAGE_TIER)
    return judge(session)


def judge(session: Session, within: ev.Window | None = None) -> SelfCheck:
    """`evaluate` for a caller that has checked its own permission (the statistics package,
    under EXPORT_STATISTICS, judges its period by the same rules); `within` as `_Context`."""
    ctx = _Context(session, within)
    checklist = vocab.load_tier_checklist()
    target = station_tier(session)
    answers = latest_answers(session, iso(ctx.now))
    findings = []
    for req in checklist.requirements(target):
        if req.code in MANUAL_ITEMS or req.code not in RULES:
            j = _manual(ctx, req.code, answers)
            support = SUPPORT.get(req.code)
            if support is not None:
                j.facts.extend(support(ctx))
            basis = MANUAL
        else:
            j = RULES[req.code](ctx)
            basis = RECORDS
        zh, en = j.reason()
        findings.append(Finding(req.code, req.tier, req.text_zh, req.text_en, basis,
                                j.status(), zh, en, tuple(j.facts), answers.get(req.code)))
    return SelfCheck(None, iso(ctx.now), session.user.display_name, target,
                     ctx.window.first.isoformat(), ctx.window.last.isoformat(),
                     tuple(findings))


def run(session: Session) -> SelfCheck:
    """Evaluate and keep the result with its date (audited with the counts)."""
    check = evaluate(session)
    counts = check.counts()
    with session.db.transaction():
        cur = session.db.execute(
            "INSERT INTO tier_selfchecks (taken_at, taken_by, taken_name, target_tier,"
            " window_start, window_end, met, not_met, not_evidenced, result)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (check.taken_at, session.user.id, check.taken_name, check.target_tier,
             check.window_first, check.window_last, counts[MET], counts[NOT_MET],
             counts[NOT_EVIDENCED], check.to_json()))
        session.log("tier.selfcheck", f"selfcheck:{cur.lastrowid}",
                    {"tier": check.target_tier, **counts})
        session.audit.remember_checked()
    return SelfCheck(int(cur.lastrowid), check.taken_at, check.taken_name, check.target_tier,
                     check.window_first, check.window_last, check.findings)


@dataclass(frozen=True)
class KeptCheck:
    """A line of the self-check history."""

    id: int
    taken_at: str
    taken_name: str
    target_tier: str
    met: int
    not_met: int
    not_evidenced: int

    @property
    def day(self) -> str:
        return parse_iso(self.taken_at).astimezone(STATION_TZ).date().isoformat()


def kept(session: Session, limit: int = 200) -> list[KeptCheck]:
    """Self-checks taken, newest first."""
    session.require(Permission.MANAGE_TIER)
    return [KeptCheck(*tuple(r)) for r in session.db.all(
        "SELECT id, taken_at, taken_name, target_tier, met, not_met, not_evidenced"
        " FROM tier_selfchecks ORDER BY id DESC LIMIT ?", (limit,))]


def load(session: Session, check_id: int | None = None) -> SelfCheck:
    """A kept self-check (default: the latest) exactly as it was taken."""
    session.require(Permission.MANAGE_TIER)
    sql = ("SELECT id, taken_at, taken_name, target_tier, window_start, window_end, result"
           " FROM tier_selfchecks")
    row = session.db.one(sql + (" WHERE id = ?" if check_id is not None else
                                " ORDER BY id DESC LIMIT 1"),
                         (check_id,) if check_id is not None else ())
    if row is None:
        if check_id is None:
            raise StationDeskError("tier_no_selfcheck")
        raise StationDeskError("not_found", what=N_(
            "tier", "self-check {check_id}").format(check_id=check_id))
    findings = []
    for item in json.loads(row[6]):
        facts = tuple(Fact(**f) for f in item.pop("facts"))
        given = item.pop("answer")
        findings.append(Finding(**item, facts=facts,
                                answer=Answer(**given) if given else None))
    return SelfCheck(int(row[0]), row[1], row[2], row[3], row[4], row[5], tuple(findings))


def tier_label(code: str, lang: str = "zh") -> str:
    """The official Chinese name (基础Ⅰ型 …) or our English one."""
    if not lang.startswith("en"):
        return TIER_LABELS.get(code, code)
    try:
        return vocab.load_tier_checklist().tier(code).label("en")
    except StationDeskError:
        return code
