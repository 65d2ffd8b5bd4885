"""The district window: files imported from a folder or dropped, each unit's last file and
missing numbers, and the statistics page across units; the importing and the counting on the
window's background runner, the window answering meanwhile."""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from desk_app.core.stats import DistrictStats
from desk_app.sync.district import importer
from desk_app.ui.district.window import DistrictWindow
from tests.unit.sync.conftest import district, do_export, link, register  # noqa: F401 (the fixture)


def _open(qtbot, district):  # noqa: F811
    window = DistrictWindow(district)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.units_model.rowCount() == 1 and not window.runner.busy, timeout=10000)
    return window


def test_import_see_units_and_count_across_them(qtbot, desk, clock, district, tmp_path):  # noqa: F811
    link(desk, district)
    register(desk, 2)
    first = do_export(desk, tmp_path / "usb1").path
    register(desk, 1, start=2)
    do_export(desk, tmp_path / "lost")  # number 2 never reaches the district
    register(desk, 1, start=3)
    third = do_export(desk, tmp_path / "usb3").path
    window = _open(qtbot, district)
    model = window.units_model
    assert model.rows[0]["last_seq"] is None
    window.import_paths([first])
    qtbot.waitUntil(lambda: model.rows[0]["last_seq"] == 1, timeout=10000)
    assert model.rows[0]["missing"] == []
    # Dropping the third file: imported, and number 2 is reported missing.
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(third))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: model.rows[0]["last_seq"] == 3, timeout=10000)
    assert model.rows[0]["missing"] == [2]
    assert "thiếu tệp số 2" in window.message.text()
    # The statistics across units: this unit's dossiers, as the desk counts those it sent.
    page = window.stats_page
    window.tabs.setCurrentWidget(page)
    page.first.setDate(page.first.date().fromString("2026-11-23", "yyyy-MM-dd"))
    page.last.setDate(page.last.date().fromString("2026-11-23", "yyyy-MM-dd"))
    page._custom()
    qtbot.waitUntil(lambda: not window.runner.busy and page.period is not None
                    and page.period.report.first_day == date(2026, 11, 23), timeout=10000)
    assert page.by.currentData() == "unit"
    assert page.period.report.total.received_total == 3  # 1, 2 and 4 (number 3 went with the lost file)
    assert desk.stats.report(date(2026, 11, 23), date(2026, 11, 23)).total.received_total == 4
    assert page.model.rows[0]["label"] == desk.unit["name"]
    # The digitised figures, counted after the report (the runner is idle): 3 dossiers, their 6
    # documents, no file sent.
    figures = page.period.report.digitised
    assert (figures["documents_received"], figures["dossiers_received"], figures["digitised_documents"]) == (6, 3, 0)
    assert "0/6" in page.digitised.text() and "0/3" in page.digitised.text()


def test_importing_and_counting_run_off_the_ui_thread(qtbot, desk, clock, district, tmp_path,  # noqa: F811
                                                     monkeypatch):
    link(desk, district)
    register(desk, 2)
    path = do_export(desk, tmp_path / "usb").path
    window = _open(qtbot, district)
    threads, release = {}, threading.Event()
    real_import, real_period = importer.import_files, DistrictStats.period

    def slow_import(target, paths):
        threads["import"] = threading.current_thread()
        assert target is not district and target.folder == district.folder  # its own connection
        release.wait(10)
        return real_import(target, paths)

    def counting(self, *args, **kwargs):
        threads.setdefault("count", threading.current_thread())
        return real_period(self, *args, **kwargs)

    monkeypatch.setattr(importer, "import_files", slow_import)
    monkeypatch.setattr(DistrictStats, "period", counting)
    window.import_paths([path])
    # The file is going in on the worker; the window still answers: its tabs turn, it says so.
    qtbot.waitUntil(lambda: "import" in threads, timeout=10000)
    assert not window.import_button.isEnabled() and "Đang nhập 1 tệp" in window.message.text()
    window.tabs.setCurrentWidget(window.stats_page)
    qtbot.wait(50)
    assert window.tabs.currentWidget() is window.stats_page and window.runner.busy
    release.set()
    qtbot.waitUntil(lambda: window.units_model.rows[0]["last_seq"] == 1 and not window.runner.busy, timeout=10000)
    assert window.import_button.isEnabled()
    assert threads["import"] is not threading.main_thread() and threads["count"] is not threading.main_thread()
    report = window.stats_page.period.report  # this month's, counted again after the import
    assert report.first_day == date(2026, 11, 1) and report.total.received_total == 2
    window.close()
    assert not window.runner._gate.open  # closing stopped the runner before its connection closed
