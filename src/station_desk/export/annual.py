"""The analysis report for the federation of trade unions (定期为总工会提供分析报告, 完备Ⅱ): a
year or a quarter in charts, with a short narrative written from the figures.

Every figure in it is one the station has already sent to the union in a statistics package
(`Published`: the tables of a release, exactly as published): the period's own package for
the breakdowns, each month's package for the month-by-month chart. A figure a package
withheld is withheld here too ("—"), and a month whose package was not sent is said to be so;
nothing is computed from the records that the packages did not show, so the report reveals
nothing the union could not already read (issue 17's release history decides what that is).

One figure is not a package figure: the share of workers whose PHQ-9 or GAD-7 improved
reliably between their first and last administration (`domain.outcomes`). It is not additive
over months, so no package can carry it; the report counts it from the records and prints it
only inside what the period's package published. Every worker counted has a repeat
assessment in the period, so the improved workers are among the workers behind the package's
"reliably better" repeats and the others among its "no change" and "worse" ones: the report
prints the two worker counts only when the package published the repeats' total and its
"reliably better" count (so the bounds they give are on published figures, and say nothing
about a withheld one), when each of improved, not improved and measured is 0 or at least k,
and when they fit inside those published counts (records changed after the release do
not); otherwise both are withheld.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from station_desk.domain.outcomes import METHOD_EN, METHOD_ZH, WorkerOutcomes, worker_outcomes
from station_desk.domain.stats.period import parse_period
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_
from station_desk.reports import blocks, fonts
from station_desk.reports.blocks import p
from station_desk.reports.data import StationInfo
from station_desk.reports.document import Document

TOTAL = "_total"
register_messages({
    "annual_bad_period": N_(
        "errors", "The report's period is a year (2026) or a quarter (2026-Q3): {value}"),
})
BAR = colors.HexColor("#4a7bb0")
DASH = "—"


class Withheld:
    """A figure the package withheld (the report shows a dash)."""

    def __repr__(self) -> str:
        return "Withheld()"


WITHHELD = Withheld()
Value = int | float | Withheld | None  # None: the table or row is not in the package


@dataclass(frozen=True)
class Published:
    """One released package's tables as published."""

    period: str
    k: int
    symbol: str
    tables: dict[str, dict[str, Any]]

    @classmethod
    def of(cls, period: str, k: int, symbol: str, tables: Sequence[dict[str, Any]]
           ) -> Published:
        return cls(period, k, symbol, {t["id"]: t for t in tables})

    def rows(self, table_id: str) -> list[tuple[tuple[str, ...], str, str, dict[str, Value]]]:
        """(key, label zh, label en, {column: value}) for each row of a table."""
        table = self.tables.get(table_id)
        if table is None:
            return []
        keys = len(table["keys"])
        names = [c["key"] for c in table["columns"]]
        out = []
        for row in table["rows"]:
            values: dict[str, Value] = {}
            for name, cell in zip(names[keys + 2:], row[keys + 2:], strict=False):
                values[name] = WITHHELD if cell == self.symbol else (
                    cell if isinstance(cell, int | float) else None)
            out.append((tuple(row[:keys]), row[keys], row[keys + 1], values))
        return out

    def value(self, table_id: str, key: tuple[str, ...], column: str) -> Value:
        for row_key, _zh, _en, values in self.rows(table_id):
            if row_key == key:
                return values.get(column)
        return None


@dataclass(frozen=True)
class Outcome:
    """Workers with a repeat PHQ-9 or GAD-7 in the period and those of them who improved
    reliably (each WITHHELD when not safe to print)."""

    measured: Value
    improved: Value


@dataclass(frozen=True)
class AnnualData:
    year: int
    quarter: int | None
    main: Published | None  # the period's own package
    months: dict[str, Published | None] = field(default_factory=dict)  # "2026-01": package
    outcome: Outcome | None = None  # None: the package has no outcome table

    @property
    def period(self) -> str:
        return f"{self.year}-Q{self.quarter}" if self.quarter else str(self.year)


def outcome_shown(counts: WorkerOutcomes, pub: Published | None) -> Outcome | None:
    """The worker outcome as the report may print it (see the module's docstring)."""
    if pub is None or "outcomes" not in pub.tables:
        return None
    total = pub.value("outcomes", (TOTAL,), "administrations")
    better = pub.value("outcomes", ("improved",), "administrations")
    if not (known(total) and known(better)):
        return Outcome(WITHHELD, WITHHELD)
    assert isinstance(total, int | float) and isinstance(better, int | float)
    fits = (counts.measured <= total and counts.improved <= better
            and counts.not_improved <= total - better)
    small = any(0 < n < pub.k for n in (counts.measured, counts.improved,
                                        counts.not_improved))
    if not fits or small:
        return Outcome(WITHHELD, WITHHELD)
    return Outcome(counts.measured, counts.improved)


def parse_span(text: str) -> tuple[int, int | None]:
    import re

    match = re.fullmatch(r"(\d{4})(?:-Q([1-4]))?", (text or "").strip())
    if not match or not "2000" <= match.group(1) <= "2999":
        raise StationDeskError("annual_bad_period", value=text)
    return int(match.group(1)), int(match.group(2)) if match.group(2) else None


def prepare(session: Any, period: str | None, lang: str = "zh") -> Document:
    """The report for `period` ("2026" or "2026-Q3"; default this year), for the admin who
    sends the packages (their release records are in the clinical compartment)."""
    from station_desk.domain.records.common import today
    from station_desk.domain.roles import Permission
    from station_desk.reports.data import Reader

    session.require(Permission.EXPORT_STATISTICS)
    session.require_clinical_key()
    year, quarter = parse_span(period or str(today(session).year))
    return annual_document(Reader(session).station(), load(session.db, year, quarter), lang)


def load(db: Any, year: int, quarter: int | None) -> AnnualData:
    """The period's release and each of its months' (None where no package was sent)."""
    from station_desk.export.releases import Releases
    from station_desk.export.tables import SUPPRESSED

    store = Releases(db)

    def published(code: str) -> Published | None:
        rel = store.release(code)
        return None if rel is None else Published.of(code, rel.k, SUPPRESSED, rel.tables)

    months = range(3 * quarter - 2, 3 * quarter + 1) if quarter else range(1, 13)
    code = f"{year}-Q{quarter}" if quarter else str(year)
    main = published(code)
    lo, hi = parse_period(code).utc_bounds()
    return AnnualData(year, quarter, main,
                      {f"{year}-{m:02d}": published(f"{year}-{m:02d}") for m in months},
                      outcome_shown(worker_outcomes(db, lo, hi), main))


def _t(lang: str, zh: str, en: str) -> str:
    return en if lang == "en" else zh


def shown(value: Value) -> str:
    if isinstance(value, Withheld):
        return DASH
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def known(value: Value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


# --------------------------------------------------------------------------- charts


def bar_chart(labels: Sequence[str], values: Sequence[Value], width: float, *,
              horizontal: bool = False, height: float | None = None) -> Drawing:
    """Bars with their figures written on them; a withheld figure has no bar and a dash."""
    fonts.register()
    n = max(1, len(labels))
    if horizontal:
        height = height or max(30 * mm, n * 7.5 * mm + 12 * mm)
        label_w = min(width * 0.42, max(fonts_width(s, 8.5) for s in labels) + 6
                      if labels else 20)
        chart = HorizontalBarChart()
        chart.x, chart.y = label_w, 8
        chart.width, chart.height = width - label_w - 40, height - 16
    else:
        height = height or 62 * mm
        chart = VerticalBarChart()
        chart.x, chart.y = 28, 30
        chart.width, chart.height = width - 40, height - 44
    numbers = [v if known(v) else 0 for v in values]
    top = max([float(v) for v in numbers] + [1.0])
    chart.data = [numbers]
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top * 1.18
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.valueAxis.labels.fontName = fonts.FONT
    chart.valueAxis.labels.fontSize = 7.5
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = fonts.FONT
    chart.categoryAxis.labels.fontSize = 8.5
    if horizontal:
        chart.categoryAxis.reverseDirection = True
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -4
    else:
        chart.categoryAxis.labels.boxAnchor = "n"
        chart.categoryAxis.labels.dy = -3
    chart.barLabelFormat = lambda v: ""  # written below with the dash for withheld ones
    drawing = Drawing(width, height)
    drawing.add(chart)
    step = (chart.height if horizontal else chart.width) / n
    for i, value in enumerate(values):
        text = shown(value)
        if not text:
            continue
        share = (float(value) / (top * 1.18)) if known(value) else 0.0  # type: ignore[arg-type]
        if horizontal:
            x = chart.x + chart.width * share + 3
            y = chart.y + chart.height - (i + 0.5) * step - 3
            drawing.add(String(x, y, text, fontName=fonts.FONT, fontSize=8))
        else:
            x = chart.x + (i + 0.5) * step
            y = chart.y + chart.height * share + 3
            drawing.add(String(x, y, text, fontName=fonts.FONT, fontSize=7.5,
                               textAnchor="middle"))
    return drawing


def fonts_width(text: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, fonts.FONT, size)


# --------------------------------------------------------------------------- the report


def _one_way(pub: Published | None, table_id: str, column: str, lang: str
             ) -> list[tuple[str, Value]]:
    if pub is None:
        return []
    return [(en if lang == "en" else zh, values.get(column))
            for key, zh, en, values in pub.rows(table_id) if key[-1] != TOTAL]


def _total(pub: Published | None, table_id: str, column: str) -> Value:
    if pub is None:
        return None
    for key, _zh, _en, values in pub.rows(table_id):
        if key[-1] == TOTAL:
            return values.get(column)
    return None


def _month_label(month: str, lang: str) -> str:
    # "3月" in Chinese, "03" in English
    return N_("export", "{month}").format(month=(str(int(month[5:7])), month[5:7])).text(lang)


def narrative(data: AnnualData, lang: str) -> list[str]:
    """Sentences from the published figures only; a sentence whose figure was withheld or
    not published is left out rather than guessed."""
    pub = data.main
    out: list[str] = []
    sessions = _total(pub, "sessions_by_modality", "sessions")
    served = pub.value("case_flow", ("served",), "clients") if pub else None
    if known(sessions) and known(served):
        out.append(_t(lang, *N_(
            "export", "{sessions} individual sessions were given to {served} people.").format(
                sessions=sessions, served=served)))
    elif known(sessions):
        out.append(_t(lang, *N_(
            "export", "{sessions} individual sessions were given.").format(sessions=sessions)))
    modes = [(label, v) for label, v in _one_way(pub, "sessions_by_modality", "sessions", lang)
             if known(v)]
    if modes and known(sessions) and sessions:
        label, value = max(modes, key=lambda m: m[1])  # type: ignore[arg-type, return-value]
        share = round(100 * float(value) / float(sessions))  # type: ignore[arg-type]
        out.append(_t(lang, *N_("export", "Most were {label} ({share}%).").format(
            label=(label, label.lower()), share=share)))
    issues = sorted(((label, v) for label, v in _one_way(pub, "sessions_by_issue", "sessions",
                                                          lang) if known(v) and v),
                    key=lambda m: -float(m[1]))  # type: ignore[arg-type]
    if len(issues) >= 3:
        a, b, c = (i[0] for i in issues[:3])
        out.append(_t(lang, *N_(
            "export", "The three most frequent concerns were {a}, {b} and {c}.").format(
                a=(a, a.lower()), b=(b, b.lower()), c=(c, c.lower()))))
    outcome = data.outcome
    improved = outcome.improved if outcome else None
    measured = outcome.measured if outcome else None
    if known(improved) and known(measured) and measured:
        share = round(100 * float(improved) / float(measured))  # type: ignore[arg-type]
        out.append(_t(lang, *N_(
            "export", "Of {measured} workers assessed again in the period, {improved} ({share}%) "
            "improved reliably in depression or anxiety since their first assessment.").format(
                measured=measured, improved=improved, share=share)))
    mean = pub.value("indicators", ("satisfaction_mean",), "value") if pub else None
    if known(mean):
        out.append(_t(lang, *N_(
            "export", "Mean overall satisfaction was {mean} out of 5.").format(mean=mean)))
    events = _total(pub, "activities", "events")
    pct = _total(pub, "activities", "target_pct")
    if known(events):
        sentence = _t(lang, *N_(
            "export", "{events} group activities and lectures were held").format(events=events))
        if known(pct):
            sentence += _t(lang, *N_(
                "export", ", {pct}% of the annual target so far").format(pct=pct))
        out.append(sentence + _t(lang, *N_("export", ".")))
    calls = _total(pub, "hotline_calls_by_topic", "calls")
    if known(calls):
        out.append(_t(lang, *N_("export", "The hotline took {calls} calls.").format(calls=calls)))
    screened = pub.value("assessments_by_mode", (TOTAL,), "anonymous") if pub else None
    if known(screened) and screened:
        out.append(_t(lang, *N_(
            "export", "{screened} anonymous screenings, surveys of workers included.").format(
                screened=screened)))
    missing = [m for m, rel in data.months.items() if rel is None]
    if missing:
        out.append(_t(lang, *N_(
            "export", "{n_missing} month(s) have no package sent yet and show no monthly "
            "figure.").format(n_missing=len(missing))))
    return out


def annual_document(station: StationInfo, data: AnnualData, lang: str = "zh") -> Document:
    lang = "en" if lang.startswith("en") else "zh"
    title = _t(lang, *N_("export", "Analysis Report on Workers' Mental-Health Services"))
    span = _t(lang, *(N_("export", "{year} Q{quarter}") if data.quarter else
                      N_("export", "Year {year}")).format(year=data.year, quarter=data.quarter))
    pub = data.main

    def section(out: list[Flowable], zh: str, en: str) -> None:
        out.append(_Heading(blocks.heading(_t(lang, zh, en))))

    def build(width: float) -> list[Flowable]:
        out: list[Flowable] = [*blocks.title(title, f"{station.name}　{span}")]
        k = pub.k if pub else None
        out.append(p(_t(lang, *N_(
            "export", "Every figure here is taken from the statistics packages already sent to "
            "the union; figures the packages withheld (fewer than {k} people, or ones that could "
            "be worked out) show as “—”.").format(k=k)), "small"))
        out.append(p(_t(lang, *N_(
            "export", "The one exception is the share of workers improved (section 7): it is "
            "counted from the records, and printed only where the package published the repeat "
            "assessments it falls within and every count is at least that number of people.")),
            "small"))
        if pub is None:
            out.append(p(_t(lang, *N_(
                "export", "This period's package has not been sent yet; export it first.")),
                         "alert"))
            return out
        section(out, *N_("export", "1. Summary"))
        for sentence in narrative(data, lang):
            out.append(p(sentence, "body"))
        section(out, *N_("export", "2. Sessions month by month"))
        labels, values = [], []
        for month, rel in data.months.items():
            labels.append(_month_label(month, lang))
            values.append(_total(rel, "sessions_by_modality", "sessions") if rel else None)
        out.append(bar_chart(labels, values, width))
        not_sent = [_month_label(m, lang) for m, rel in data.months.items() if rel is None]
        if not_sent:
            out.append(p(_t(lang, *N_("export", "Months not sent: "))
                         + _t(lang, *N_("export", ", ")).join(not_sent),
                         "small"))
        for table_id, column, heading in (
                ("sessions_by_modality", "sessions", N_("export", "3. Modality")),
                ("sessions_by_issue", "sessions", N_("export", "4. Presenting issues")),
                ("sessions_by_key_group", "sessions", N_("export", "5. Key groups"))):
            section(out, *heading)
            rows = _one_way(pub, table_id, column, lang)
            if rows:
                out.append(bar_chart([r[0] for r in rows], [r[1] for r in rows], width,
                                     horizontal=True))
            else:
                out.append(p(_t(lang, *N_("export", "Not in the package.")), "small"))
        section(out, *N_("export", "6. Assessment result bands"))
        out += _bands(pub, width, lang)
        section(out, *N_("export", "7. Outcomes"))
        out += _outcomes(pub, data.outcome, width, lang)
        section(out, *N_("export", "8. Satisfaction"))
        rows = _one_way(pub, "satisfaction", "responses", lang)
        out.append(bar_chart([r[0] for r in rows], [r[1] for r in rows], width,
                             horizontal=True) if rows else p(DASH, "small"))
        section(out, *N_("export", "9. Group activities against targets"))
        out += _activities(pub, width, lang)
        section(out, *N_("export", "10. Hotline and surveys"))
        out += _hotline_and_surveys(pub, width, lang)
        return out

    def laid_out(width: float) -> list[Flowable]:
        return keep_headings(build(width))

    return Document("annual", "ANN", _t(lang, *N_("export", "Analysis report")), span,
                    f"report:annual:{data.period}", station, laid_out, clinical=False,
                    confidential=True, detail={"period": data.period, "lang": lang},
                    lang=lang)


class _Heading(list):  # type: ignore[type-arg]
    """A section heading's flowables, to be kept on the page of what follows it."""


def keep_headings(story: list[Flowable]) -> list[Flowable]:
    """A heading (a section's or a chart's) never ends a page: it goes with the next
    flowable (a chart is one Drawing, too tall for the heading's own page-break rule)."""
    out: list[Flowable] = []
    pending: list[Flowable] = []
    for item in story:
        if isinstance(item, _Heading):
            pending += item
            continue
        if getattr(item, "style", None) is not None and getattr(item.style, "name", "") == "h2":
            pending.append(item)
            continue
        if pending:
            out.append(blocks.keep(*pending, item))  # without the headings' page breaks
            pending = []
        else:
            out.append(item)
    return out + pending


def _bands(pub: Published, width: float, lang: str) -> list[Flowable]:
    by_instrument: dict[str, list[tuple[str, Value]]] = {}
    names: dict[str, str] = {}
    for key, zh, en, values in pub.rows("assessment_bands"):
        inst, band = key
        label = en if lang == "en" else zh
        if band == TOTAL:
            for suffix in N_("export", "{instrument} total").format(instrument=""):
                label = label.removesuffix(suffix)
            names[inst] = label
            continue
        if band == "unknown":
            continue
        by_instrument.setdefault(inst, []).append((label, values.get("administrations")))
    out: list[Flowable] = []
    for inst in ("phq9", "gad7", *sorted(set(by_instrument) - {"phq9", "gad7"})):
        rows = by_instrument.get(inst)
        if not rows or not any(known(v) and v for _l, v in rows):
            continue
        out.append(p(names.get(inst, inst), "h2"))
        out.append(bar_chart([r[0] for r in rows], [r[1] for r in rows], width,
                             horizontal=True))
    return out or [p(_t(lang, *N_("export", "No assessments in the period.")), "small")]


def _outcomes(pub: Published, outcome: Outcome | None, width: float, lang: str
              ) -> list[Flowable]:
    rows = _one_way(pub, "outcomes", "administrations", lang)
    if not rows or outcome is None:
        return [p(_t(lang, *N_("export", "The package has no outcome table.")),
                  "small")]
    measured, improved = outcome.measured, outcome.improved
    if known(measured) and known(improved):
        share = (f"{round(100 * float(improved) / float(measured))}%"  # type: ignore[arg-type]
                 if measured else DASH)
        rest: Value = measured - improved  # type: ignore[operator]
    else:
        share, rest = DASH, WITHHELD
    out: list[Flowable] = [p(_t(lang, *N_(
        "export", "Workers (first against last assessment in the period)")), "h2")]
    out += blocks.table(
        [_t(lang, *N_("export", "Workers assessed again")), _t(lang, *N_("export", "Improved")),
         _t(lang, *N_("export", "Not improved")), _t(lang, *N_("export", "Share improved"))],
        [(shown(measured), shown(improved), shown(rest), share)], [width / 4] * 4,
        align=["r"] * 4)
    out.append(p(_t(lang, METHOD_ZH, METHOD_EN), "small"))
    out.append(p(_t(lang, *N_("export", "Repeat assessments (each against the first)")), "h2"))
    out.append(bar_chart([r[0] for r in rows], [r[1] for r in rows], width, horizontal=True))
    return out


def _activities(pub: Published, width: float, lang: str) -> list[Flowable]:
    rows = [(en if lang == "en" else zh, values) for key, zh, en, values
            in pub.rows("activities") if key[-1] != TOTAL]
    if not rows:
        return [p(DASH, "small")]
    header = [_t(lang, *N_("export", "Type")), _t(lang, *N_("export", "Held")),
              _t(lang, *N_("export", "Attendance")),
              _t(lang, *N_("export", "Year to date")), _t(lang, *N_("export", "Target")),
              _t(lang, *N_("export", "Reached"))]
    body = [(label, shown(v.get("events")), shown(v.get("attendance")),
             shown(v.get("events_ytd")), shown(v.get("annual_target")),
             f"{shown(v.get('target_pct'))}%" if known(v.get("target_pct")) else "")
            for label, v in rows]
    widths = [width * f for f in (0.32, 0.12, 0.15, 0.14, 0.13, 0.14)]
    return blocks.table(header, body, widths, align=["l", "r", "r", "r", "r", "r"])


def _hotline_and_surveys(pub: Published, width: float, lang: str) -> list[Flowable]:
    out: list[Flowable] = []
    rows = _one_way(pub, "hotline_calls_by_topic", "calls", lang)
    if rows:
        out.append(p(_t(lang, *N_("export", "Hotline calls by concern")), "h2"))
        out.append(bar_chart([r[0] for r in rows], [r[1] for r in rows], width,
                             horizontal=True))
    risk = _one_way(pub, "hotline_calls_by_risk", "calls", lang)
    if risk:
        out.append(p(_t(lang, *N_("export", "Hotline calls by risk")), "h2"))
        out.append(bar_chart([r[0] for r in risk], [r[1] for r in risk], width,
                             horizontal=True))
    survey = [(en if lang == "en" else zh, values.get("anonymous"))
              for key, zh, en, values in pub.rows("assessments_by_mode") if key[-1] != TOTAL]
    if any(known(v) and v for _l, v in survey) or any(
            isinstance(v, Withheld) for _l, v in survey):
        out.append(p(_t(lang, *N_(
            "export", "Anonymous screenings, surveys included: per instrument")), "h2"))
        out.append(bar_chart([r[0] for r in survey], [r[1] for r in survey], width,
                             horizontal=True))
    if not out:
        out.append(p(_t(lang, *N_(
            "export", "The package has no hotline or survey figures.")), "small"))
    return out


