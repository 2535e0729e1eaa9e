"""The assessment report: per instrument, a score chart with its bands, and every result."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from station_desk.domain import assessments
from station_desk.domain.instruments import LEVEL_RANK, Band, Instrument
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.i18n import N_
from station_desk.reports import blocks, fonts
from station_desk.reports.blocks import p
from station_desk.reports.data import (
    AssessmentResult,
    ClientFile,
    Reader,
    StationInfo,
    local_date,
    local_time,
)
from station_desk.reports.docs_records import client_fields, file_target
from station_desk.reports.document import Document
from station_desk.reports.styles import INK, MUTED

# The assessment report is printed in Chinese.
MODES = {"counsellor": N_("reports.assessment", "by the counsellor"),
         "kiosk": N_("reports.assessment", "self-completed"),
         "anonymous": N_("reports.assessment", "anonymous screening")}
TITLE = N_("reports.assessment", "Assessment report")
HEADINGS = (N_("reports.assessment", "Date"), N_("reports.assessment", "Score"),
            N_("reports.assessment", "Band"), N_("reports.assessment", "Mode"),
            N_("reports.assessment", "Given by"), N_("reports.assessment", "Alerts"))
# From least to most concern: the band shading behind the chart.
_SHADES = ["#e3f1e3", "#eef4dc", "#fbf3d5", "#fbe6cf", "#f8d8cf", "#f3c7c2"]


@dataclass(frozen=True)
class Series:
    instrument_id: str
    name: str
    direction: str  # higher_worse / higher_better
    low: int
    high: int
    bands: tuple[Band, ...]  # lowest score first
    results: tuple[AssessmentResult, ...]


@dataclass(frozen=True)
class AssessmentData:
    client: ClientFile
    series: tuple[Series, ...]


def _loaded_instruments(session: Session) -> dict[str, Instrument]:
    """Shipped plus station-imported instruments (through the assessments domain when it is
    there), so a report on a licensed scale gets its bands."""
    try:
        return dict(assessments.load_instruments(session))
    except StationDeskError:
        return {}


def assessment_data(session: Session, reader: Reader, client_id: int,
                    instrument_id: str | None) -> AssessmentData:
    client = reader.client(client_id)
    assert client is not None
    loaded = _loaded_instruments(session)
    by_id: dict[str, list[AssessmentResult]] = {}
    for result in reader.assessments(client_id, instrument_id):
        by_id.setdefault(result.instrument_id, []).append(result)
    series = []
    for ident, results in sorted(by_id.items()):
        inst = loaded.get(ident)
        if inst is not None:
            m = inst.multiplier
            series.append(Series(ident, inst.name_zh, inst.direction, inst.min_total * m,
                                 inst.max_total * m,
                                 tuple(sorted(inst.bands, key=lambda b: b.min)),
                                 tuple(results)))
            continue
        # An instrument no longer on this PC: rebuild its bands from what was stored.
        bands = {(r.band_min, r.band_max): Band(r.band_min, r.band_max, r.band_level, r.band,
                                                r.band)
                 for r in results if r.band_min is not None and r.band_max is not None}
        ordered = tuple(sorted(bands.values(), key=lambda b: b.min))
        low = ordered[0].min if ordered else int(min(r.score for r in results))
        high = ordered[-1].max if ordered else int(max(r.score for r in results))
        series.append(Series(ident, ident, "higher_worse", low, high, ordered, tuple(results)))
    return AssessmentData(client, tuple(series))


def _shade(band: Band, bands: tuple[Band, ...]) -> colors.Color:
    ranks = sorted({LEVEL_RANK.get(b.level, 0) for b in bands})
    position = ranks.index(LEVEL_RANK.get(band.level, 0)) if ranks else 0
    scaled = round(position * (len(_SHADES) - 1) / max(1, len(ranks) - 1))
    return colors.HexColor(_SHADES[scaled])


def score_chart(series: Series, width: float, height: float = 62 * mm) -> Drawing:
    """Scores over time on the instrument's full range, its bands shaded behind the line and
    each threshold drawn, so the reader sees which band every result fell in."""
    font = fonts.register()
    drawing = Drawing(width, height)
    plot = LinePlot()
    plot.x, plot.y = 30, 34
    plot.width = width - plot.x - 110  # room on the right for the band names
    plot.height = height - plot.y - 10
    days = [dt.date.fromisoformat(local_date(r.administered_at)).toordinal()
            for r in series.results]
    first, last = min(days), max(days)
    if first == last:
        first, last = first - 7, last + 7
    pad = max(1, (last - first) // 20)
    plot.data = [[(d, r.score) for d, r in zip(days, series.results, strict=True)]]
    plot.lines[0].strokeColor = INK
    plot.lines[0].strokeWidth = 1.4
    plot.lines[0].symbol = makeMarker("FilledCircle", size=4.5, fillColor=INK)
    x_axis, y_axis = plot.xValueAxis, plot.yValueAxis
    x_axis.valueMin, x_axis.valueMax = first - pad, last + pad
    unique = sorted(set(days))
    step = max(1, len(unique) // 6 + (1 if len(unique) % 6 else 0)) if len(unique) > 6 else 1
    x_axis.valueSteps = unique[::step]
    x_axis.labelTextFormat = lambda v: dt.date.fromordinal(int(v)).strftime("%Y-%m-%d")
    x_axis.labels.fontName = font
    x_axis.labels.fontSize = 7
    x_axis.labels.angle = 0
    y_axis.valueMin, y_axis.valueMax = series.low, series.high
    span = series.high - series.low
    y_axis.valueStep = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000)
                            if span / s <= 10)
    y_axis.labels.fontName = font
    y_axis.labels.fontSize = 7
    y_axis.labelTextFormat = "%d"

    def y_of(value: float) -> float:
        return plot.y + (value - series.low) / (span or 1) * plot.height

    for band in series.bands:
        bottom = y_of(max(series.low, band.min - (0.5 if band.min > series.low else 0)))
        top = y_of(min(series.high, band.max + (0.5 if band.max < series.high else 0)))
        drawing.add(Rect(plot.x, bottom, plot.width, top - bottom,
                         fillColor=_shade(band, series.bands), strokeColor=None))
        drawing.add(String(plot.x + plot.width + 6, (bottom + top) / 2 - 3,
                           fonts.printable(f"{band.label_zh}（{band.min}–{band.max}）"),
                           fontName=font, fontSize=7, fillColor=MUTED))
    for band in series.bands:
        if band.min > series.low:  # the threshold where this band starts
            y = y_of(band.min - 0.5)
            drawing.add(Line(plot.x, y, plot.x + plot.width, y, strokeColor=MUTED,
                             strokeWidth=0.6, strokeDashArray=[3, 2]))
    drawing.add(plot)
    for d, r in zip(days, series.results, strict=True):
        x = plot.x + (d - x_axis.valueMin) / (x_axis.valueMax - x_axis.valueMin) * plot.width
        drawing.add(String(x, y_of(r.score) + 5, f"{r.score:g}", fontName=font, fontSize=7,
                           fillColor=INK, textAnchor="middle"))
    direction = (N_("reports.assessment", "higher means more distress")
                 if series.direction == "higher_worse" else
                 N_("reports.assessment", "higher means better"))
    axes = N_("reports.assessment", "Across: date given    Up: score ({direction}); dashed lines "
                                    "mark the bands").format(direction=direction)
    drawing.add(String(plot.x, 4, axes.text("zh"), fontName=font, fontSize=7, fillColor=MUTED))
    return drawing


def _change(series: Series) -> str:
    if len(series.results) < 2:
        return N_("reports.assessment", "Assessed once: no trend yet.").text("zh")
    first, last = series.results[0].score, series.results[-1].score
    delta = last - first
    if delta == 0:
        return N_("reports.assessment", "First {first:g}, latest {last:g}: no change.").format(
            first=first, last=last).text("zh")
    better = (delta < 0) == (series.direction == "higher_worse")
    change = (N_("reports.assessment", "First {first:g}, latest {last:g}: {delta:+g} (better).")
              if better else
              N_("reports.assessment", "First {first:g}, latest {last:g}: {delta:+g} (worse)."))
    return change.format(first=first, last=last, delta=delta).text("zh")


def assessment_document(station: StationInfo, data: AssessmentData) -> Document:
    c = data.client

    def build(width: float) -> list[Flowable]:
        out: list[Flowable] = [*blocks.title(TITLE.text("zh"), station.name)]
        out.append(blocks.fields(client_fields(c, full=False)[:8], width))
        if not data.series:
            out += [blocks.spacer(4), p(N_("reports.assessment", "No assessment in this file "
                                                                 "yet.").text("zh"), "body")]
        for s in data.series:
            out.append(blocks.keep(*blocks.heading(s.name), score_chart(s, width),
                                   p(_change(s), "body")))
            out += blocks.table(
                [h.text("zh") for h in HEADINGS],
                [(local_time(r.administered_at), f"{r.score:g}", r.band,
                  MODES[r.mode].text("zh") if r.mode in MODES else r.mode,
                  r.administered_by or "—",
                  N_("reports.assessment", "; ").text("zh").join(r.alerts)
                  or N_("reports.assessment", "none").text("zh")) for r in s.results],
                [width * f for f in (0.17, 0.08, 0.17, 0.12, 0.12, 0.34)],
                align=["c", "c", "l", "c", "c", "l"])
            out += blocks.table([N_("reports.assessment", "Band").text("zh"),
                                 N_("reports.assessment", "Score range").text("zh")],
                                [(b.label_zh, f"{b.min}–{b.max}") for b in s.bands],
                                [width * 0.5, width * 0.2], align=["l", "c"], zebra=False)
        out += [blocks.spacer(4), p(N_(
            "reports.assessment", "Note: instrument results are for screening and to guide "
            "counselling; they are no psychiatric diagnosis. Where an alert shows, the "
            "counsellor assesses in person and follows the crisis procedure.").text("zh"),
            "small")]
        return out

    return Document("assessment", "ASM", TITLE.text("zh"),
                    N_("reports", "File {file_no}").format(file_no=c.file_no).text("zh"),
                    file_target(c.file_no), station, build,
                    detail={"instruments": [s.instrument_id for s in data.series]})
