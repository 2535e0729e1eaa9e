"""A client's scores on one instrument over time, drawn with QPainter.

QtCharts is not part of PySide6-Essentials, and one line chart with shaded bands does not
need it. The bands are drawn behind the line, each threshold as a dashed line with its score,
so a counsellor sees at a glance which band every result fell in; the change since the first
administration is written in the corner.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from station_desk.domain.assessments import Trend
from station_desk.ui.assess.common import lang, level_colour, scaled_font
from station_desk.ui.i18n import arg

LINE_COLOUR = QColor("#1a4f8b")
GRID_COLOUR = QColor("#5f6368")


class ScoreChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trend: Trend | None = None
        self.setObjectName("scoreChart")
        self.setMinimumSize(360, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(560, 280)

    def set_trend(self, trend: Trend | None) -> None:
        self.trend = trend
        self.setAccessibleName(trend.name(lang()) if trend else "")
        self.setAccessibleDescription(self.summary())
        self.setToolTip(self.summary())
        self.update()

    # -- words ------------------------------------------------------------------------------
    def change_text(self) -> str:
        trend = self.trend
        if trend is None or trend.change is None:
            return self.tr("One result so far") if trend and trend.points else ""
        change = trend.change
        signed = f"+{change}" if change > 0 else ("±0" if change == 0 else f"−{-change}")
        if trend.improved is None:
            return arg(self.tr("Change since first: %1 (no change)"), signed)
        if trend.improved:
            return arg(self.tr("Change since first: %1 (better)"), signed)
        return arg(self.tr("Change since first: %1 (worse)"), signed)

    def summary(self) -> str:
        trend = self.trend
        if trend is None or not trend.points:
            return self.tr("No results yet")
        scores = ", ".join(f"{p.day.isoformat()} {p.score}" for p in trend.points)
        return f"{trend.name(lang())}: {scores}. {self.change_text()}"

    # -- geometry ---------------------------------------------------------------------------
    def plot_rect(self) -> QRectF:
        return QRectF(44, 34, max(10, self.width() - 44 - 132), max(10, self.height() - 34 - 30))

    def y_of(self, value: float) -> float:
        assert self.trend is not None
        rect = self.plot_rect()
        span = max(1, self.trend.high - self.trend.low)
        return rect.bottom() - (value - self.trend.low) / span * rect.height()

    def x_positions(self) -> list[float]:
        assert self.trend is not None
        rect = self.plot_rect()
        points = self.trend.points
        if len(points) == 1:
            return [rect.center().x()]
        first, last = points[0].day, points[-1].day
        days = (last - first).days
        inner = rect.adjusted(14, 0, -14, 0)
        if days == 0:  # all on one day: spread them out evenly
            step = inner.width() / (len(points) - 1)
            return [inner.left() + i * step for i in range(len(points))]
        return [inner.left() + (p.day - first).days / days * inner.width() for p in points]

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        trend = self.trend
        if trend is None or not trend.points:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No results yet"))
            return
        self._draw_heading(painter, trend)
        self._draw_bands(painter, trend)
        self._draw_series(painter, trend)
        painter.end()

    def _draw_heading(self, painter: QPainter, trend: Trend) -> None:
        painter.setPen(self.palette().text().color())
        painter.setFont(scaled_font(self, 1.1, bold=True))
        painter.drawText(QRectF(8, 4, self.width() - 16, 26),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         trend.name(lang()))
        painter.setFont(scaled_font(self, 1.0, bold=True))
        improved = trend.improved
        if improved is not None:
            painter.setPen(level_colour("none" if improved else "severe"))
        painter.drawText(QRectF(8, 4, self.width() - 16, 26),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         self.change_text())

    def _band_edges(self, trend: Trend) -> list[tuple[float, float]]:
        """Each band from its lowest score to the next band's lowest (the last to the top)."""
        bands = trend.bands
        edges = []
        for index, band in enumerate(bands):
            lower = max(trend.low, band.min)
            upper = bands[index + 1].min if index + 1 < len(bands) else trend.high
            edges.append((float(lower), float(upper)))
        return edges

    def _draw_bands(self, painter: QPainter, trend: Trend) -> None:
        rect = self.plot_rect()
        small = scaled_font(self, 0.85)
        painter.setFont(small)
        for band, (lower, upper) in zip(trend.bands, self._band_edges(trend), strict=True):
            top, bottom = self.y_of(upper), self.y_of(lower)
            colour = level_colour(band.level)
            fill = QColor(colour)
            fill.setAlpha(38)
            painter.fillRect(QRectF(rect.left(), top, rect.width(), bottom - top), fill)
            painter.setPen(colour.darker(115))
            label = QRectF(rect.right() + 6, top, self.width() - rect.right() - 8, bottom - top)
            painter.drawText(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                             | Qt.TextFlag.TextWordWrap, band.label(lang()))
        dashed = QPen(GRID_COLOUR, 1, Qt.PenStyle.DashLine)
        for value in trend.thresholds:
            y = self.y_of(value)
            painter.setPen(dashed)
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setPen(GRID_COLOUR)
            painter.drawText(QRectF(0, y - 9, rect.left() - 4, 18),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(value))
        painter.setPen(QPen(GRID_COLOUR, 1))
        painter.drawRect(rect)
        for value in (trend.low, trend.high):
            y = self.y_of(value)
            painter.drawText(QRectF(0, y - 9, rect.left() - 4, 18),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(value))

    def _draw_series(self, painter: QPainter, trend: Trend) -> None:
        rect = self.plot_rect()
        xs = self.x_positions()
        points = [QPointF(x, self.y_of(p.score)) for x, p in zip(xs, trend.points, strict=True)]
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.setPen(QPen(LINE_COLOUR, 2.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setFont(scaled_font(self, 0.85, bold=True))
        label_all = len(points) <= 8
        for index, (point, item) in enumerate(zip(points, trend.points, strict=True)):
            painter.setPen(QPen(QColor("white"), 1.5))
            painter.setBrush(level_colour(item.band_level))
            painter.drawEllipse(point, 5.5, 5.5)
            if label_all or index in (0, len(points) - 1):
                painter.setPen(self.palette().text().color())
                painter.drawText(QRectF(point.x() - 20, point.y() - 24, 40, 16),
                                 Qt.AlignmentFlag.AlignCenter, str(item.score))
        painter.setFont(scaled_font(self, 0.8))
        painter.setPen(GRID_COLOUR)
        shown = [0, len(points) - 1] if not label_all else list(range(len(points)))
        last_right = -1e9
        for index in shown:
            text = trend.points[index].day.isoformat()
            box = QRectF(xs[index] - 40, rect.bottom() + 4, 80, 18)
            if box.left() < last_right:  # keep dates from overprinting each other
                continue
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            last_right = box.right()

