"""The district window: files imported from a folder or dropped, each unit's last file and
missing numbers, and the statistics page across units."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from desk_app.ui.district.window import DistrictWindow
from tests.unit.sync.conftest import district, do_export, link, register  # noqa: F401 (the fixture)


def test_import_see_units_and_count_across_them(qtbot, desk, clock, district, tmp_path):  # noqa: F811
    link(desk, district)
    register(desk, 2)
    first = do_export(desk, tmp_path / "usb1").path
    register(desk, 1, start=2)
    do_export(desk, tmp_path / "lost")  # number 2 never reaches the district
    register(desk, 1, start=3)
    third = do_export(desk, tmp_path / "usb3").path
    window = DistrictWindow(district)
    qtbot.addWidget(window)
    window.show()
    model = window.units_model
    assert model.rowCount() == 1 and model.rows[0]["last_seq"] is None
    window.import_paths([first])
    assert model.rows[0]["last_seq"] == 1 and model.rows[0]["missing"] == []
    # Dropping the third file: imported, and number 2 is reported missing.
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(third))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert model.rows[0]["last_seq"] == 3 and model.rows[0]["missing"] == [2]
    assert "thiếu tệp số 2" in window.message.text()
    # The statistics across units: this unit's dossiers, as the desk counts those it sent.
    page = window.stats_page
    window.tabs.setCurrentWidget(page)
    page.first.setDate(page.first.date().fromString("2026-11-23", "yyyy-MM-dd"))
    page.last.setDate(page.last.date().fromString("2026-11-23", "yyyy-MM-dd"))
    page._custom()
    assert page.by.currentData() == "unit"
    assert page.period.report.total.received_total == 3  # 1, 2 and 4 (number 3 went with the lost file)
    assert desk.stats.report(date(2026, 11, 23), date(2026, 11, 23)).total.received_total == 4
    assert page.model.rows[0]["label"] == desk.unit["name"]
