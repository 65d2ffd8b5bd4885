"""The statistics page (F6): a period (today, this week, month, quarter, year or any range),
rows by procedure, field or officer (or unit, at the district), the columns of Biểu 06, and
charts. The charting library is imported when the page first shows its figures, never at
start-up: the figures come first (counted on the background runner), then the library loads
(a third of a second) and the charts are drawn."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QDate, QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QStackedWidget, QVBoxLayout, QWidget)

from desk_app.core import stats
from desk_app.core.text import vn_number, vn_percent
from desk_app.ui.models.rows_model import RowsModel, rows_view
from desk_app.ui.widgets import file_dialogs
from desk_app.ui.widgets.forms_common import ERROR_STYLE, NOTICE_STYLE
from desk_app.ui import style

# The core's Vietnamese words the page shows, listed for lupdate (translated with self.tr).
_WORDS = (
    QT_TRANSLATE_NOOP("StatsPage", "Hôm nay"), QT_TRANSLATE_NOOP("StatsPage", "Tuần này"),
    QT_TRANSLATE_NOOP("StatsPage", "Tháng này"), QT_TRANSLATE_NOOP("StatsPage", "Quý này"),
    QT_TRANSLATE_NOOP("StatsPage", "Năm nay"), QT_TRANSLATE_NOOP("StatsPage", "Thủ tục"),
    QT_TRANSLATE_NOOP("StatsPage", "Lĩnh vực"), QT_TRANSLATE_NOOP("StatsPage", "Cán bộ"),
    QT_TRANSLATE_NOOP("StatsPage", "Đơn vị"), QT_TRANSLATE_NOOP("StatsPage", "Tổng số nhận"),
    QT_TRANSLATE_NOOP("StatsPage", "Trực tuyến"), QT_TRANSLATE_NOOP("StatsPage", "Trực tiếp, bưu chính"),
    QT_TRANSLATE_NOOP("StatsPage", "Từ kỳ trước"), QT_TRANSLATE_NOOP("StatsPage", "Đã giải quyết"),
    QT_TRANSLATE_NOOP("StatsPage", "Trước hạn"), QT_TRANSLATE_NOOP("StatsPage", "Đúng hạn"),
    QT_TRANSLATE_NOOP("StatsPage", "Quá hạn"), QT_TRANSLATE_NOOP("StatsPage", "Đang giải quyết"),
    QT_TRANSLATE_NOOP("StatsPage", "Trong hạn"), QT_TRANSLATE_NOOP("StatsPage", "Chờ bổ sung"),
    QT_TRANSLATE_NOOP("StatsPage", "Từ chối"), QT_TRANSLATE_NOOP("StatsPage", "Dừng"),
    QT_TRANSLATE_NOOP("StatsPage", "Đã trả"), QT_TRANSLATE_NOOP("StatsPage", "Rất hài lòng"),
    QT_TRANSLATE_NOOP("StatsPage", "Hài lòng"), QT_TRANSLATE_NOOP("StatsPage", "Không hài lòng"),
)
WEEKLY_AFTER_DAYS = 45  # longer periods chart received / resolved by week
# The digitising table's columns (core/attachments.digitised_figures' keys), after the name.
DIGITISED_COLUMNS = (
    ("documents_received", QT_TRANSLATE_NOOP("StatsPage", "Giấy tờ đã nhận")),
    ("digitised_documents", QT_TRANSLATE_NOOP("StatsPage", "Giấy tờ có bản điện tử")),
    ("digitised_share", QT_TRANSLATE_NOOP("StatsPage", "Tỷ lệ số hóa giấy tờ")),
    ("dossiers_received", QT_TRANSLATE_NOOP("StatsPage", "Hồ sơ đã nhận")),
    ("digitised_dossiers", QT_TRANSLATE_NOOP("StatsPage", "Hồ sơ số hóa đủ")),
    ("results_ready", QT_TRANSLATE_NOOP("StatsPage", "Kết quả đã có")),
    ("digitised_results", QT_TRANSLATE_NOOP("StatsPage", "Kết quả số hóa")),
)


def header_lines(label: str, width: int = 5, most: int = 3) -> str:
    """A column title on short lines (words kept whole, at most `most` lines): the figures under
    it are narrow, and sixteen narrow columns leave the names room on a 1366 screen."""
    words = label.split()
    for limit in range(width, len(label) + 1):
        lines: list[str] = []
        for word in words:
            if lines and len(lines[-1]) + 1 + len(word) <= limit:
                lines[-1] += " " + word
            else:
                lines.append(word)
        if len(lines) <= most:
            return "\n".join(lines)
    return label


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class StatsPage(QWidget):
    """`make_runner(page)` gives the runner whose `run(work, on_done)` runs `work(desk, report)`
    off the UI thread (ui/background.Background); `stats_of(desk)` is the statistics service
    it counts with (the desk's, or the district's)."""

    shown = Signal(object)  # the Period on screen
    digitised_shown = Signal(object)  # the same Period, its digitised figures counted after
    charts_ready = Signal()  # the chart library loaded and the charts built

    def __init__(self, make_runner: Callable, stats_of: Callable, today: Callable[[], date],
                 groupings: tuple[str, ...], unit: Callable[[], dict], parent=None,
                 data_dir: Callable[[], Path] | None = None):
        """`data_dir`: the folder whose exports/ the save dialog opens in (else the home folder)."""
        super().__init__(parent)
        self.data_dir = data_dir or Path.home
        self.runner = make_runner(self)
        self.stats_of, self.today, self.unit = stats_of, today, unit
        self.period: stats.Period | None = None
        self.charts = None  # built at the first drawing (the library loads then)
        self.stale = False  # the desk's figures changed while the page was not on screen
        bar, second = self._build_bars(groupings)
        self._build_table()
        self.balance = QLabel()
        self.chart_area = QVBoxLayout()
        self.charts_note = QLabel(self.tr("Đang tải biểu đồ…"))
        self.chart_area.addWidget(self.charts_note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addLayout(second)
        layout.addWidget(self.status)
        layout.addWidget(self.tables, 2)
        layout.addWidget(self.balance)
        layout.addWidget(self.channels)
        layout.addWidget(self.digitised)
        layout.addLayout(self.chart_area, 3)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.by.currentIndexChanged.connect(lambda *_: self.refresh())
        self.columns.currentIndexChanged.connect(self.tables.setCurrentIndex)
        self.show_button.clicked.connect(self._custom)
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.preset.setCurrentIndex(2)  # this month: the counting starts on the runner's thread

    def _build_bars(self, groupings: tuple[str, ...]) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The period, the rows and the table's columns, the exports: two rows, so the page
        fits a 1024-pixel screen."""
        self.title = QLabel(self.tr("Thống kê kết quả giải quyết hồ sơ"))
        style.set_text_style(self.title, "title")
        self.preset = QComboBox()
        for key, label in stats.PRESETS:
            self.preset.addItem(self.tr(label), key)
        self.preset.addItem(self.tr("Khoảng khác…"), "custom")
        self.first, self.last = QDateEdit(calendarPopup=True), QDateEdit(calendarPopup=True)
        for edit in (self.first, self.last):
            edit.setDisplayFormat("dd/MM/yyyy")
        self.by = QComboBox()
        for key in groupings:
            self.by.addItem(self.tr(stats.GROUPING_LABELS[key]), key)
        self.columns = QComboBox()  # the table: Biểu 06's columns, or the digitising of the same rows
        self.columns.setObjectName("stats_columns")
        self.columns.addItem(self.tr("Kết quả giải quyết"), "outcome")
        self.columns.addItem(self.tr("Số hóa hồ sơ"), "digitised")
        self.show_button = QPushButton(self.tr("Xem"))
        self.xlsx_button = QPushButton(self.tr("Xuất Biểu 06 (Excel)"))
        self.pdf_button = QPushButton(self.tr("Xuất Biểu 06 (PDF)"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        bar, second = QHBoxLayout(), QHBoxLayout()  # two rows: the page fits a 1024-pixel screen
        for widget in (QLabel(self.tr("Kỳ:")), self.preset, QLabel(self.tr("Từ")), self.first, QLabel(self.tr("đến")),
                       self.last, self.show_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for caption, combo in ((self.tr("&Theo:"), self.by), (self.tr("&Bảng:"), self.columns)):
            label = QLabel(caption)  # Alt and its letter: the list, by keys
            label.setBuddy(combo)
            second.addWidget(label)
            second.addWidget(combo)
        second.addStretch(1)
        second.addWidget(self.xlsx_button)
        second.addWidget(self.pdf_button)
        return bar, second

    # -- the table -------------------------------------------------------------------------

    def _build_table(self) -> None:
        self.model = RowsModel([(self.tr("Tên"), lambda r: r["label"])]
                               + [(header_lines(self.tr(label)), self._cell(key)) for key, label in stats.COLUMNS]
                               + [(header_lines(self.tr("Tỷ lệ trước, đúng hạn")), self._rate)], self)
        # The names take the width the figures leave and wrap, so every column fits a 1366 screen.
        self.table = rows_view(self.model, stretch=0)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.digitised_model = RowsModel([(self.tr("Tên"), lambda r: r["label"])]
                                         + [(header_lines(self.tr(label)), self._digitised_cell(key))
                                            for key, label in DIGITISED_COLUMNS], self)
        self.digitised_table = rows_view(self.digitised_model, stretch=0)
        self.digitised_table.setObjectName("digitised_table")
        self.digitised_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tables = QStackedWidget()
        self.tables.addWidget(self.table)
        self.tables.addWidget(self.digitised_table)
        self.channels = QLabel()  # under the table: the new dossiers by channel, the results sent by post
        self.channels.setObjectName("channels")
        self.channels.setWordWrap(True)
        self.digitised = QLabel()  # the scorecard's digitising: documents, whole dossiers, results
        self.digitised.setObjectName("digitised")
        self.digitised.setWordWrap(True)

    @staticmethod
    def _cell(key: str):
        return lambda r: _value(r["counts"], key)

    @staticmethod
    def _digitised_cell(key: str):
        def cell(row: dict) -> str:
            figures = row["digitised"]
            if key == "digitised_share":  # a share of nothing received is no share
                return vn_percent(figures[key] * 100) if figures.get("documents_received") else ""
            return vn_number(figures.get(key, 0))

        return cell

    @staticmethod
    def _rate(row: dict) -> str:
        rate = row["counts"].timely_rate
        return "" if rate is None else f"{rate * 100:.1f}%"

    # -- the period ------------------------------------------------------------------------

    def _preset_changed(self) -> None:
        key = self.preset.currentData()
        if key == "custom":
            return
        first, last = stats.preset_period(key, self.today())
        self.first.setDate(_qdate(first))
        self.last.setDate(_qdate(last))
        self.refresh()

    def _custom(self) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.count() - 1)
        self.preset.blockSignals(False)
        self.refresh()

    def chosen(self) -> tuple[date, date, str]:
        return _day(self.first.date()), _day(self.last.date()), self.by.currentData()

    def refresh(self) -> None:
        first, last, by = self.chosen()
        if last < first:
            self._say(self.tr("Ngày cuối trước ngày đầu: chọn lại khoảng thời gian."), ERROR_STYLE)
            return
        self._say(self.tr("Đang tính…"), NOTICE_STYLE)
        stats_of = self.stats_of
        self.runner.run(lambda desk, _report: stats_of(desk).period(first, last, by, digitised=False), self._show)

    def figures_changed(self, *_what) -> None:
        """The desk's figures changed (a dossier, a visit, a rating, the settings): counted
        again now if the page is on screen, else when it is next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale and not event.spontaneous():
            self.stale = False
            self.refresh()

    def _show(self, period: stats.Period | None, error: Exception | None) -> None:
        if error is not None:
            self._say(self.tr("Không tính được thống kê: %1").replace("%1", str(error)), ERROR_STYLE)
            return
        self.period = period
        report = period.report
        self.model.set_rows(self._rows(report))
        t = report.total
        self._say(self.tr("Từ %1 đến %2").replace("%1", f"{report.first_day:%d/%m/%Y}")
                  .replace("%2", f"{report.last_day:%d/%m/%Y}"), "")
        self.balance.setText(
            self.tr("Cân đối: nhận %1 = đã giải quyết %2 + đang giải quyết %3 + từ chối %4 + dừng %5")
            .replace("%1", str(t.received_total)).replace("%2", str(t.resolved_total))
            .replace("%3", str(t.in_progress_total)).replace("%4", str(t.refused)).replace("%5", str(t.stopped)))
        self.channels.setText(self._channels_text(report.channels))
        self.digitised.setText(self.tr("Đang đếm hồ sơ số hóa…"))
        self.digitised_model.set_rows([])
        stats_of = self.stats_of
        self.runner.run(lambda desk, _report: stats_of(desk).add_digitised([report, period.by_procedure]),
                        lambda _none, error: self._show_digitised(period, error))
        if self.charts is None:  # the first figures are on screen: now the library
            QTimer.singleShot(0, self._build_charts)
        else:
            self._draw_charts()
        self.shown.emit(period)

    def _rows(self, report: stats.Report) -> list[dict]:
        rows = [{"label": r.label, "counts": r.counts, "digitised": r.digitised} for r in report.rows]
        return rows + [{"label": self.tr("Tổng số"), "counts": report.total, "digitised": report.digitised}]

    def _show_digitised(self, period: stats.Period, error: Exception | None) -> None:
        """The digitising, counted after the rest (core/stats.add_digitised), unless another
        period has been asked for since."""
        if period is not self.period:
            return
        if error is not None:
            self.digitised.setText(self.tr("Không đếm được hồ sơ số hóa: %1").replace("%1", str(error)))
            return
        self.digitised_model.set_rows(self._rows(period.report))
        self.digitised.setText(self._digitised_text(period.report.digitised))
        self.digitised_shown.emit(period)

    def _channels_text(self, counts: dict[str, int]) -> str:
        text = self.tr("Hồ sơ mới: trực tiếp tại quầy %1 · qua bưu chính %2 · trực tuyến %3 (cán bộ hỗ trợ nộp tại "
                       "quầy %4, có mã hồ sơ trên Cổng %5) · Trả kết quả qua bưu chính: %6")
        for n, key in enumerate(stats.CHANNEL_KEYS, 1):
            text = text.replace(f"%{n}", vn_number(counts.get(key, 0)))
        return text

    def _digitised_text(self, figures: dict) -> str:
        if not figures:
            return ""
        text = self.tr("Số hóa: giấy tờ có bản điện tử %1/%2 (%3) · hồ sơ số hóa đủ %4/%5 · kết quả số hóa %6/%7")
        values = (vn_number(figures["digitised_documents"]), vn_number(figures["documents_received"]),
                  vn_percent(figures["digitised_share"] * 100), vn_number(figures["digitised_dossiers"]),
                  vn_number(figures["dossiers_received"]), vn_number(figures["digitised_results"]),
                  vn_number(figures["results_ready"]))
        for n, value in enumerate(values, 1):
            text = text.replace(f"%{n}", value)
        return text

    def _build_charts(self) -> None:
        if self.charts is not None:
            return
        try:
            from desk_app.ui.widgets.stats_charts import StatsCharts
        except ImportError as error:  # a broken installation: the figures stay, without charts
            self.charts_note.setText(self.tr("Không tải được biểu đồ: %1").replace("%1", str(error)))
            return
        self.charts = StatsCharts({"flow": self.tr("Nhận và giải quyết"),
                                   "timeliness": self.tr("Trước/đúng/quá hạn theo thủ tục"),
                                   "satisfaction": self.tr("Mức độ hài lòng (%)"),
                                   "no_ratings": self.tr("Chưa có đánh giá")}, self)
        self.charts_note.hide()
        self.chart_area.addWidget(self.charts)
        self._draw_charts()
        self.charts_ready.emit()

    def _draw_charts(self) -> None:
        if self.period is None or self.charts is None:
            return
        period = self.period
        days = period.daily
        if (period.report.last_day - period.report.first_day).days > WEEKLY_AFTER_DAYS:
            flow = [(f"{date.fromisoformat(d):%d/%m}", a, b) for d, a, b in stats.by_week(days)]
        else:
            flow = [(f"{date.fromisoformat(d):%d/%m}", a, b) for d, a, b in days]
        timeliness = [(r.label, r.counts.resolved_early, r.counts.resolved_on_time, r.counts.resolved_late)
                      for r in period.by_procedure.rows]
        satisfaction = [(self.tr(stats.SATISFACTION_LABELS[k]), v) for k, v in period.report.satisfaction.items()]
        names = {"received": self.tr("Nhận"), "resolved": self.tr("Giải quyết"), "early": self.tr("Trước hạn"),
                 "on_time": self.tr("Đúng hạn"), "late": self.tr("Quá hạn")}
        self.charts.show_period(flow, timeliness, satisfaction, names)

    def _say(self, text: str, style: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style)

    # -- the form ----------------------------------------------------------------------------

    def export(self, kind: str, path: str | None = None) -> None:
        """Biểu 06 of the period on screen (rows by field and procedure) to XLSX or PDF."""
        if self.period is None:
            return
        if path is None:
            pattern = self.tr("Bảng tính Excel (*.xlsx)") if kind == "xlsx" else self.tr("Tệp PDF (*.pdf)")
            first, last = self.period.by_procedure.first_day, self.period.by_procedure.last_day
            path = file_dialogs.ask_save(self, self.tr("Lưu Biểu 06"), self.data_dir(), file_dialogs.EXPORTS,
                                         f"bieu06_{first:%Y-%m-%d}_{last:%Y-%m-%d}.{kind}", pattern)
            if not path:
                return
        report, unit, today = self.period.by_procedure, self.unit(), self.today()

        def work(_desk, _report):
            if kind == "xlsx":
                from desk_app.printing.bieu06_xlsx import write_bieu06_xlsx

                return write_bieu06_xlsx(report, unit, path, today)
            from desk_app.printing.bieu06_pdf import write_bieu06_pdf

            return write_bieu06_pdf(report, unit, path, today)

        def done(result, error) -> None:
            if error is not None:
                self._say(self.tr("Không ghi được tệp: %1").replace("%1", str(error)), ERROR_STYLE)
            else:
                self._say(self.tr("Đã ghi Biểu 06: %1").replace("%1", str(result)), NOTICE_STYLE)

        self.runner.run(work, done)


def _value(counts: stats.Counts, key: str) -> str:
    return vn_number(getattr(counts, key))
