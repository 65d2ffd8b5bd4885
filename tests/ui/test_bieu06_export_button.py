"""The statistics page's "Xuất Biểu 06 (Excel)" button writes the form's rows (fields, their
procedures, the total) whatever the page is grouped by; read back with openpyxl."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt

from desk_app.ui.widgets import file_dialogs
from tests.ui.shell_helpers import open_window
from tests.ui.stats_helpers import show_period
from tests.unit.core.fields_scenario import ROWS, build_fields_scenario
from tests.unit.printing.bieu06_readback import form_rows


def test_the_export_button_writes_fields_procedures_and_the_total(qtbot, desk, clock, commander, tmp_path,
                                                                  monkeypatch):
    build_fields_scenario(desk, clock, commander)
    page = show_period(qtbot, open_window(qtbot, desk, commander), QDate(2026, 12, 1), QDate(2026, 12, 4))
    with qtbot.waitSignal(page.shown, timeout=10000):
        page.by.setCurrentIndex(page.by.findData("officer"))  # the screen by officer
    assert page.model.rowCount() == 2
    out = tmp_path / "b06.xlsx"
    asked = []
    monkeypatch.setattr(file_dialogs, "ask_save", lambda *a: asked.append(a[4]) or str(out))
    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Đã ghi Biểu 06" in page.status.text(), timeout=10000)
    assert asked == ["bieu06_2026-12-01_2026-12-04.xlsx"]
    assert Path(out).is_file() and form_rows(out) == ROWS
