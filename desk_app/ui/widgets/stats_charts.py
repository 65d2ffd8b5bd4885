"""The statistics page's three charts, drawn with pyqtgraph (Qt-native, half the installed
size of matplotlib and quicker to open; see docs/statistics.md). Imported only when the page
first draws its charts: the window starts without it."""

from __future__ import annotations

import pyqtgraph as pg

from desk_app.ui.theme import CHART, GRID, HALF
from PySide6.QtWidgets import QHBoxLayout, QWidget

RECEIVED, RESOLVED = CHART["received"], CHART["resolved"]
EARLY, ON_TIME, LATE = CHART["early"], CHART["on_time"], CHART["late"]
SATISFACTION_COLORS = (CHART["early"], CHART["on_time"], CHART["late"])

pg.setConfigOptions(antialias=True, background="w", foreground=CHART["ink"])


def _plot(title: str) -> pg.PlotWidget:
    plot = pg.PlotWidget()
    plot.setTitle(title, size="10pt")
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.showGrid(y=True, alpha=0.25)
    plot.setMinimumHeight(220)
    plot.getPlotItem().setContentsMargins(HALF, HALF, 2 * GRID, HALF)  # room for the last tick's label at the right edge
    return plot


def _ticks(plot: pg.PlotWidget, labels: list[str], every: int = 1) -> None:
    plot.getAxis("bottom").setTicks([[(i, text) for i, text in enumerate(labels) if i % every == 0]])


def _integer_ticks(axis: pg.AxisItem, top: float) -> None:
    """Counts are whole: ticks 1, 2, 5, 10, 20… apart (six at most), never at 0.5 or 0.2."""
    step = 1
    while top / step > 6:
        step = step * 5 // 2 if str(step)[0] == "2" else step * 2  # 1, 2, 5, 10, 20, 50…
    axis.setTickSpacing(step, step)


# A procedure's name stands above its bar, wrapped to this width (pixels) rather than cut.
NAME_WIDTH = 330


class StatsCharts(QWidget):
    """Received and resolved per day or week; early / on time / late stacked by procedure;
    satisfaction shares. `show_period` takes plain numbers and the page's own words."""

    def __init__(self, titles: dict[str, str], parent=None):
        super().__init__(parent)
        self.titles = titles
        self.flow = _plot(titles["flow"])
        self.flow.addLegend(offset=(-8, 4), brush=(255, 255, 255, 210))
        self.timeliness = _plot(titles["timeliness"])
        self.timeliness.addLegend(offset=(-8, -8), brush=(255, 255, 255, 210))
        self.satisfaction = _plot(titles["satisfaction"])
        self.no_ratings = titles["no_ratings"]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.flow, 3)
        layout.addWidget(self.timeliness, 3)
        layout.addWidget(self.satisfaction, 2)

    def show_period(self, flow: list[tuple[str, int, int]], timeliness: list[tuple[str, int, int, int]],
                    satisfaction: list[tuple[str, int]], names: dict[str, str]) -> None:
        self._flow(flow, names)
        self._timeliness(timeliness, names)
        self._satisfaction(satisfaction)

    def _flow(self, rows, names) -> None:
        plot = self.flow
        plot.clear()
        x = list(range(len(rows)))
        width = 0.4
        plot.addItem(pg.BarGraphItem(x=[i - width / 2 for i in x], height=[r[1] for r in rows], width=width,
                                     brush=RECEIVED, pen=None, name=names["received"]))
        plot.addItem(pg.BarGraphItem(x=[i + width / 2 for i in x], height=[r[2] for r in rows], width=width,
                                     brush=RESOLVED, pen=None, name=names["resolved"]))
        _ticks(plot, [r[0] for r in rows], max(1, -(-len(rows) // 6)))  # six labels at most: "dd/mm" never touch
        plot.setXRange(-0.6, max(len(rows) - 0.4, 0.6), padding=0)
        top = max([max(r[1], r[2]) for r in rows], default=0) or 1
        _integer_ticks(plot.getAxis("left"), top)
        plot.setYRange(0, top * 1.08, padding=0)

    def _timeliness(self, rows, names) -> None:
        """Horizontal stacked bars, each with the procedure's whole name above it (an axis
        beside the bars would have room for a few letters only)."""
        plot = self.timeliness
        plot.clear()
        rows = list(reversed(rows))  # the first procedure on top
        y = list(range(len(rows)))
        base = [0] * len(rows)
        for n, (key, color) in enumerate((("early", EARLY), ("on_time", ON_TIME), ("late", LATE))):
            widths = [r[1 + n] for r in rows]
            plot.addItem(pg.BarGraphItem(x0=list(base), y=[i - 0.15 for i in y], width=widths, height=0.45,
                                         brush=color, pen=None, name=names[key]))
            base = [b + w for b, w in zip(base, widths)]
        for i, row in enumerate(rows):
            name = pg.TextItem(row[0], color=CHART["ink"], anchor=(0, 0.5))
            name.setTextWidth(NAME_WIDTH)
            name.setPos(0, i + 0.25)
            plot.addItem(name)
        plot.getPlotItem().hideAxis("left")
        top = max(base, default=0) or 1
        _integer_ticks(plot.getAxis("bottom"), top)
        plot.showGrid(x=True, y=False, alpha=0.25)
        plot.setYRange(-0.6, max(len(rows) - 0.4, 0.6), padding=0)
        plot.setXRange(0, top * 1.05, padding=0)

    def _satisfaction(self, rows) -> None:
        plot = self.satisfaction
        plot.clear()
        total = sum(v for _, v in rows)
        rows = list(reversed(rows))  # the best level on top
        for i, ((_, value), color) in enumerate(zip(rows, reversed(SATISFACTION_COLORS))):
            plot.addItem(pg.BarGraphItem(x0=[0], y=[i], width=[100 * value / (total or 1)], height=0.6, brush=color,
                                         pen=None))
        if not total:
            note = pg.TextItem(self.no_ratings, color=CHART["muted"], anchor=(0.5, 0.5))
            note.setPos(50, (len(rows) - 1) / 2)
            plot.addItem(note)
        plot.getAxis("left").setTicks([[(i, label) for i, (label, _) in enumerate(rows)]])
        plot.getAxis("bottom").setTicks(None)
        plot.showGrid(x=True, y=False, alpha=0.25)
        plot.setXRange(0, 100, padding=0.02)
        plot.setYRange(-0.6, len(rows) - 0.4, padding=0)
