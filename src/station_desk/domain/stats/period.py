"""Reporting periods: a month (`2026-10`), a quarter (`2026-Q3`) or a year (`2026`).

The one period type and the one month arithmetic of the app: the dashboard, the printed
reports, the statistics export and the tier self-check all count over a `Period`.

A package never carries a date finer than its period. Date columns (`session_date`, …) hold
station calendar days; timestamp columns hold UTC. Both are compared as text against bounds
that are the period's first and next-first day at station midnight, written in UTC: a bare
date such as `2026-09-30` sorts before `2026-09-30T16:00:00Z`, so one pair of bounds works for
both kinds of column.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from station_desk.domain.clock import STATION_TZ
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

register_messages({
    "period_invalid": N_(
        "errors", "Invalid period: {value}. Use 2026-10 (month), 2026-Q3 (quarter) or 2026 "
        "(year)."),
})

_RE = re.compile(r"^(?P<year>\d{4})(?:-(?:(?P<month>\d{2})|Q(?P<quarter>[1-4])))?$")


@dataclass(frozen=True)
class Period:
    code: str  # canonical text, e.g. "2026-10", "2026-Q3", "2026"
    kind: str  # "month" | "quarter" | "year"
    year: int
    first: dt.date  # first day
    after: dt.date  # first day after the period

    @property
    def months(self) -> tuple[str, ...]:
        out, day = [], self.first
        while day < self.after:
            out.append(f"{day.year:04d}-{day.month:02d}")
            day = add_months(day, 1)
        return tuple(out)

    def utc_bounds(self) -> tuple[str, str]:
        """[start, end) as UTC text, valid against dates and UTC timestamps alike."""
        return _utc_midnight(self.first), _utc_midnight(self.after)

    def date_bounds(self) -> tuple[str, str]:
        return self.first.isoformat(), self.after.isoformat()

    def year_start(self) -> Period:
        """From 1 January of the period's year to the end of the period (year to date)."""
        return Period(f"{self.year}-ytd", "ytd", self.year, dt.date(self.year, 1, 1), self.after)

    def label(self, lang: str = "zh") -> str:
        if self.kind == "month":
            # "March 2026": the month's English name; in Chinese its number
            return N_("period", "{month} {year}").format(
                month=(str(self.first.month), self.first.strftime("%B")),
                year=self.year).text(lang)
        if self.kind == "quarter":
            q = (self.first.month - 1) // 3 + 1
            return N_("period", "Q{quarter} {year}").format(quarter=q, year=self.year).text(lang)
        return N_("period", "{year}").format(year=self.year).text(lang)


def add_months(day: dt.date, months: int) -> dt.date:
    """The first day of the month `months` after (or before) the month of `day`."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def months_later(day: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months later, or the month's last day if it is shorter
    (31 January + 1 month = 28 or 29 February)."""
    first = add_months(day, months)
    last_day = (add_months(first, 1) - dt.timedelta(days=1)).day
    return first.replace(day=min(day.day, last_day))


def month_period(year: int, month_no: int) -> Period:
    first = dt.date(year, month_no, 1)
    return Period(f"{year:04d}-{month_no:02d}", "month", year, first, add_months(first, 1))


def month_of(day: dt.date) -> Period:
    return month_period(day.year, day.month)


def previous_month(day: dt.date) -> Period:
    """The last full month before `day`: what a station exports at the start of a month."""
    return month_of(add_months(day, -1))


def year_period(year_no: int) -> Period:
    return Period(f"{year_no:04d}", "year", year_no, dt.date(year_no, 1, 1),
                  dt.date(year_no + 1, 1, 1))


def months_between(first: dt.date, last: dt.date) -> list[str]:
    """'YYYY-MM' of every month from the month of `first` to the month of `last`."""
    out, day = [], first.replace(day=1)
    while day <= last:
        out.append(f"{day.year:04d}-{day.month:02d}")
        day = add_months(day, 1)
    return out


def _utc_midnight(day: dt.date) -> str:
    moment = dt.datetime.combine(day, dt.time(0), STATION_TZ).astimezone(dt.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_period(text: str) -> Period:
    value = (text or "").strip().upper()
    match = _RE.match(value)
    if not match:
        raise StationDeskError("period_invalid", value=text)
    year = int(match["year"])
    if not 2000 <= year <= 2999:
        raise StationDeskError("period_invalid", value=text)
    if match["month"]:
        month = int(match["month"])
        if not 1 <= month <= 12:
            raise StationDeskError("period_invalid", value=text)
        return month_period(year, month)
    if match["quarter"]:
        quarter = int(match["quarter"])
        first = dt.date(year, 3 * (quarter - 1) + 1, 1)
        return Period(f"{year:04d}-Q{quarter}", "quarter", year, first, add_months(first, 3))
    return year_period(year)


def year_codes(year: int) -> tuple[str, ...]:
    """A year's 17 periods in the order `protect` numbers them: months, quarters, the year."""
    return (*(f"{year:04d}-{m:02d}" for m in range(1, 13)),
            *(f"{year:04d}-Q{q}" for q in range(1, 5)), f"{year:04d}")


def local_date(timestamp: str) -> dt.date:
    """Station calendar day of a stored value: a bare date, or a UTC timestamp."""
    if len(timestamp) == 10:
        return dt.date.fromisoformat(timestamp)
    moment = dt.datetime.strptime(timestamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    return moment.astimezone(STATION_TZ).date()
