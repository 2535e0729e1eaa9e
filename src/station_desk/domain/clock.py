"""Time in one place, so tests can move it (lockout windows, crisis deadlines, backups)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

Clock = Callable[[], dt.datetime]

# Stations keep China Standard Time: a "day" or "month" in records and reports is a CST one.
STATION_TZ = dt.timezone(dt.timedelta(hours=8), "CST")


def system_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)


SHOWN_FORMAT = "%Y-%m-%d %H:%M"


def shown_time(moment: dt.datetime | str | None) -> str:
    """The one way a time is shown to a person, on screen or on paper: station time, to the
    minute ("2026-12-02 12:11"). Takes a moment or a stored UTC stamp; '' for none. A stamp
    that is not a stored time (a plain date, say) is shown as it is."""
    if moment is None or moment == "":
        return ""
    if isinstance(moment, str):
        try:
            moment = parse_iso(moment)
        except ValueError:
            return moment
    if moment.tzinfo is None:  # a naive moment is one this app made in UTC
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(STATION_TZ).strftime(SHOWN_FORMAT)


def shown_date(moment: dt.datetime | str | None) -> str:
    """The station day of a moment or stored UTC stamp ("2026-12-02"); never a UTC stamp cut
    to its first ten characters, which is the wrong day after 16:00 UTC."""
    if isinstance(moment, str) and moment:
        try:
            moment = parse_iso(moment)
        except ValueError:
            return moment[:10]
    return shown_time(moment)[:10]


def station_day_bounds(first: str, last: str) -> tuple[str, str]:
    """Station days `first`..`last` (YYYY-MM-DD, both included) as the first and last stored
    UTC stamps they hold: a station day starts at 16:00 UTC the day before."""
    start = dt.datetime.fromisoformat(first).replace(tzinfo=STATION_TZ)
    end = dt.datetime.fromisoformat(last).replace(tzinfo=STATION_TZ) + dt.timedelta(days=1)
    return iso(start), iso(end - dt.timedelta(seconds=1))


class FakeClock:
    """A clock that stands still until moved; for tests and the demo generator."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)
