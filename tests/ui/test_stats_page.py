"""The statistics page (F6) driven with pytest-qt on the hand-counted scenario; the charting
library stays out of the window's start-up."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

from PySide6.QtCore import QDate, Qt

from desk_app.core.text import vn_percent
from desk_app.ui.shell.main_window import STATS
from tests.conftest import REPO_ROOT
from tests.ui.shell_helpers import open_window
from tests.ui.stats_helpers import show_period
from tests.unit.core.stats_scenario import build_scenario


def _cells(page, row: int) -> list[str]:
    model = page.model
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_f6_opens_the_page_counts_the_period_and_draws_the_charts(qtbot, desk, clock, commander, tmp_path):
    build_scenario(desk, clock, commander)
    window = open_window(qtbot, desk, commander)
    # This month (1/12-20/12) first; then the scenario's period by hand.
    page = show_period(qtbot, window, QDate(2026, 12, 1), QDate(2026, 12, 4))
    assert page.preset.currentData() == "custom"
    assert page.period.report.first_day == date(2026, 12, 1)
    total = _cells(page, page.model.rowCount() - 1)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal).replace("\n", " ")
               for c in range(page.model.columnCount())]  # (long titles on two lines)
    assert total[headers.index("Tổng số nhận")] == "11"
    assert total[headers.index("Từ kỳ trước")] == "3"
    assert total[headers.index("Trước hạn")] == "2"
    assert total[-1] == "75.0%"
    assert "nhận 11 = đã giải quyết 4 + đang giải quyết 5 + từ chối 1 + dừng 1" in page.balance.text()
    qtbot.waitUntil(lambda: page.charts is not None, timeout=10000)
    # Received per day on the first chart: 2, 2, 2, 2 from 1/12 to 4/12.
    bars = [item for item in page.charts.flow.getPlotItem().items if type(item).__name__ == "BarGraphItem"]
    assert [list(b.opts["height"]) for b in bars][0] == [2, 2, 2, 2]
    # By officer: one row and the total.
    with qtbot.waitSignal(page.shown, timeout=10000):
        page.by.setCurrentIndex(page.by.findData("officer"))
    assert page.model.rowCount() == 2 and _cells(page, 0)[0] == "Nguyễn Văn Hùng"
    # The form from the page, through the runner.
    out = tmp_path / "b06.xlsx"
    page.export("xlsx", str(out))
    qtbot.waitUntil(lambda: out.exists() and "Đã ghi Biểu 06" in page.status.text(), timeout=10000)


def test_whole_names_whole_counts_and_every_column_on_a_1366_screen(qtbot, desk, clock, commander):
    """The procedure's whole name on the chart, ticks only at whole counts, and the table's
    last column without scrolling sideways at 1366 pixels."""
    from datetime import datetime

    import pyqtgraph as pg

    from tests.ui.shell_helpers import register

    build_scenario(desk, clock, commander)
    register(desk, commander["id"], "Lê Văn Tâm", "001090000077", datetime(2026, 12, 2, 9, 0), procedure="CC.01")
    window = open_window(qtbot, desk, commander)
    window.resize(1366, 728)
    window.go(STATS)
    page = window.stats_page
    qtbot.waitUntil(lambda: page.period is not None, timeout=10000)
    page.first.setDate(QDate(2026, 12, 1))
    page.last.setDate(QDate(2026, 12, 4))
    with qtbot.waitSignal(page.shown, timeout=10000):
        page.show_button.click()
    qtbot.waitUntil(lambda: page.charts is not None, timeout=10000)
    plot = page.charts.timeliness.getPlotItem()
    names = [item.toPlainText() for item in plot.items if isinstance(item, pg.TextItem)]
    assert "Cấp, đổi, cấp lại thẻ căn cước" in names and not [n for n in names if "…" in n]
    for chart, axis in ((page.charts.flow, "left"), (page.charts.timeliness, "bottom")):
        low, high = chart.getPlotItem().getAxis(axis).range
        ticks = [v for _, values in chart.getPlotItem().getAxis(axis).tickValues(low, high, 300) for v in values]
        assert ticks and all(float(v).is_integer() for v in ticks), (axis, ticks)
    qtbot.wait(50)
    assert page.table.horizontalScrollBar().maximum() == 0
    last = page.model.columnCount() - 1
    assert page.table.columnViewportPosition(last) + page.table.columnWidth(last) <= page.table.viewport().width()
    # The titles on short lines leave the names their room (they had 44 px, cut to "…").
    assert page.table.columnWidth(0) >= 250
    window.resize(1280, 800)  # the window's own size on a larger screen
    qtbot.wait(50)
    assert page.table.horizontalScrollBar().maximum() == 0 and page.table.columnWidth(0) >= 150


def test_a_reversed_range_is_refused_without_counting(qtbot, desk, commander):
    window = open_window(qtbot, desk, commander)
    window.go(STATS)
    page = window.stats_page
    qtbot.waitUntil(lambda: page.period is not None, timeout=10000)
    page.first.setDate(QDate(2026, 12, 4))
    page.last.setDate(QDate(2026, 12, 1))
    page._custom()
    assert "Ngày cuối trước ngày đầu" in page.status.text()


def test_the_page_shows_its_figures_first_and_loads_the_chart_library_then(qtbot, desk, clock, commander,
                                                                          monkeypatch):
    from desk_app.ui.pages import stats_page

    build_scenario(desk, clock, commander)
    window = open_window(qtbot, desk, commander)
    sys.modules.pop("desk_app.ui.widgets.stats_charts", None)
    figures_when_loading = []
    build = stats_page.StatsPage._build_charts

    def recording(page):
        figures_when_loading.append(page.model.rowCount())
        build(page)

    monkeypatch.setattr(stats_page.StatsPage, "_build_charts", recording)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    page = window.stats_page
    assert page.charts is None and "Đang tải biểu đồ" in page.charts_note.text()  # up before the library
    with qtbot.waitSignal(page.charts_ready, timeout=20000):
        pass
    assert figures_when_loading and figures_when_loading[0] > 0  # the table was filled before
    assert "desk_app.ui.widgets.stats_charts" in sys.modules and page.charts_note.isHidden()
    assert page.period.report.total.balanced()


def test_the_charting_library_is_not_loaded_when_the_window_starts_or_idles():
    code = ("import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "import tempfile\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "from desk_app.app import Desk\n"
            "from desk_app.ui.session import Session\n"
            "from desk_app.ui.shell.main_window import MainWindow\n"
            "d = Desk.open(tempfile.mkdtemp())\n"
            "d.first_run({'code': 'CAX', 'name': 'Công an xã X'}, commander_name='A', commander_pin='4826')\n"
            "w = MainWindow(d, Session(d.officers.resolve(None))); w.show(); app.processEvents()\n"
            "print(sorted(m for m in ('pyqtgraph', 'matplotlib') if m in sys.modules))\n"
            "from PySide6.QtCore import QTimer\n"
            "QTimer.singleShot(4000, app.quit); app.exec()  # and while it idles\n"
            "print(sorted(m for m in ('pyqtgraph', 'matplotlib') if m in sys.modules))\n"
            "w.stop_work(); d.close()\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-2:] == ["[]", "[]"]


def test_the_digitising_of_each_row_in_a_table_of_its_own_that_fits_a_1024_screen(qtbot, desk, clock, commander,
                                                                                  tmp_path):
    """Issue 26: documents with an electronic copy, whole dossiers and results per procedure
    and in the total, on the same rows as the outcome table."""
    from tests.scan_pictures import scan_page
    from tests.unit.core.stats_scenario import Scenario

    s = Scenario(desk, clock, commander)
    whole = s.receive((2026, 12, 1, 9, 0))
    second = s.receive((2026, 12, 1, 10, 0))
    other = s.receive((2026, 12, 2, 9, 0), procedure="1.003677")
    page_file = scan_page(tmp_path / "p.jpg", ["Tờ khai"], size=(310, 438))
    received = [d["position"] for d in desk.dossiers.get(whole)["documents"] if d["received"]]
    for position in received:
        desk.attachments.attach(whole, [page_file], commander["id"], document=position)
    s.do((2026, 12, 2, 10, 0), whole, "result_ready")
    desk.attachments.attach(whole, [page_file], commander["id"], result=True)
    other_docs = [d["position"] for d in desk.dossiers.get(other)["documents"] if d["received"]]
    desk.attachments.attach(other, [page_file], commander["id"], document=other_docs[0])
    s.at(2026, 12, 4, 9, 0)
    window = open_window(qtbot, desk, commander)
    window.resize(1024, 728)
    page = show_period(qtbot, window, QDate(2026, 12, 1), QDate(2026, 12, 4))
    assert page.tables.currentWidget() is page.table
    qtbot.waitUntil(lambda: page.digitised_model.rowCount() > 0, timeout=10000)  # counted after the rest
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # "&Bảng:", by keys
    assert page.columns.hasFocus()
    qtbot.keyClick(page.columns, Qt.Key.Key_Down)
    assert page.tables.currentWidget() is page.digitised_table
    model = page.digitised_model
    rows = {model.data(model.index(r, 0)): [model.data(model.index(r, c)) for c in range(1, model.columnCount())]
            for r in range(model.rowCount())}
    first_documents = 2 * len(received)  # two dossiers of the first procedure, one of the other
    counted = first_documents + len(other_docs)
    [first_name] = [n for n in rows if n != "Tổng số" and rows[n][3] == "2"]
    assert rows[first_name][:7] == [str(first_documents), str(len(received)),
                                     vn_percent(len(received) * 100 / first_documents), "2", "1", "1", "1"]
    assert rows["Tổng số"][:2] == [str(counted), str(len(received) + 1)]
    assert rows["Tổng số"][3:] == ["3", "1" if len(other_docs) > 1 else "2", "1", "1"]
    qtbot.wait(50)
    table = page.digitised_table
    assert table.horizontalScrollBar().maximum() == 0
    # A scan attached at the detail is counted on the page at once.
    desk.attachments.attach(second, [page_file], commander["id"], document=received[0])
    with qtbot.waitSignal(page.digitised_shown, timeout=10000):
        window.events.attachment_added.emit(second)
    total = model.rowCount() - 1
    assert model.data(model.index(total, 2)) == str(len(received) + 2)
