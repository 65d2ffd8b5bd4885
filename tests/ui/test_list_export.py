"""The dossier list's "Xuất Excel" (Ctrl+Shift+E) and "Xuất sổ theo dõi", driven in the window:
the filter and the search on screen, the save dialog, the background runner, the status bar,
and the file read back with openpyxl."""

from __future__ import annotations

import threading
from datetime import date, datetime

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from desk_app.core import lifecycle
from desk_app.core.queue import OPEN
from desk_app.ui.shell.main_window import DOSSIERS
from tests.ui.shell_helpers import open_window, register

PEOPLE = [("Nguyễn Văn An", "001090000011"), ("Nguyễn Thị Bình", "001190000012"), ("Trần Văn Cường", "001090000013"),
          ("Lê Thị Dung", "001190000014"), ("Nguyễn Văn Em", "001090000015")]


@pytest.fixture
def listed(desk, clock, commander):
    """Five dossiers received on 16–20/11; the third is returned (not open)."""
    codes = []
    for day, (name, number) in enumerate(PEOPLE, start=16):
        clock.now = datetime(2026, 11, day, 9, 0)
        codes.append(register(desk, commander["id"], name, number, clock.now).code)
    clock.now = datetime(2026, 11, 20, 15, 0)
    desk.dossiers.apply(codes[2], "result_ready", commander["id"])
    desk.dossiers.apply(codes[2], "return", commander["id"], details={"collected_by": PEOPLE[2][0]})
    clock.now = datetime(2026, 11, 23, 9, 0)
    return codes


def _saved_to(monkeypatch, path, asked: list) -> None:
    def save_dialog(_parent, title, name, _pattern):
        asked.append(name)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))


def _codes(path) -> list[str]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet.cell(1, 2).value == "Mã hồ sơ" and sheet.freeze_panes == "A2"
    return [sheet.cell(r, 2).value for r in range(2, sheet.max_row + 1)]


def _window_on_list(qtbot, desk, commander):
    window = open_window(qtbot, desk, commander)
    window.go(DOSSIERS)
    window.queue_view.model.page_size = 2  # pages of two rows; the export must hold them all
    return window


def test_the_filtered_list_all_of_it_through_the_shortcut(qtbot, desk, commander, listed, tmp_path, monkeypatch):
    window = _window_on_list(qtbot, desk, commander)
    view = window.queue_view
    view.table.hide()  # no scrolling: the list holds its first page only (a shown list fetches as it fits)
    view.select_code(None)  # nor a selected row to keep in reach
    view.set_view(OPEN)
    assert view.model.rowCount() == 2 and view.model.canFetchMore()
    threads = []
    real = window.list_exports.runner.run
    monkeypatch.setattr(window.list_exports.runner, "run", lambda work, done: real(
        lambda d, r: (threads.append(threading.current_thread()), work(d, r))[1], done))
    asked = []
    _saved_to(monkeypatch, tmp_path / "open.xlsx", asked)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "Đã xuất 4 hồ sơ" in window.statusBar().currentMessage(), timeout=10000)
    assert str(tmp_path / "open.xlsx") in window.statusBar().currentMessage()
    assert asked == [str(desk.data_dir / "exports" / "danh-sach-ho-so-2026-11-23.xlsx")]  # the data folder's place
    assert threads and threads[0] is not threading.main_thread()
    expected = [c for i, c in enumerate(listed) if i != 2]
    assert sorted(_codes(tmp_path / "open.xlsx")) == sorted(expected)
    assert "Ctrl+Shift+E" in window.list_exports.list_button.toolTip()
    looks = [e for e in desk.audit.entries() if e["action"] == "export"]
    assert looks[0]["detail"] == "open.xlsx: 4 hồ sơ" and looks[0]["officer_id"] == commander["id"]


def test_a_search_with_a_status_filter_exports_exactly_its_rows(qtbot, desk, commander, listed, tmp_path,
                                                               monkeypatch):
    window = _window_on_list(qtbot, desk, commander)
    view = window.queue_view
    view.status_box.setCurrentIndex(view.status_box.findData(lifecycle.RECEIVED))
    view.search.setText("nguyen")
    view.run_search()
    shown = {view.model.code_at(r) for r in range(view.model.rowCount())}
    assert shown == {listed[0], listed[1], listed[4]}
    _saved_to(monkeypatch, tmp_path / "found.xlsx", [])
    window.list_exports.list_button.click()
    qtbot.waitUntil(lambda: "Đã xuất 3 hồ sơ" in window.statusBar().currentMessage(), timeout=10000)
    assert set(_codes(tmp_path / "found.xlsx")) == shown


def test_the_register_book_of_the_range_row(qtbot, desk, commander, listed, tmp_path, monkeypatch):
    window = _window_on_list(qtbot, desk, commander)
    view = window.queue_view
    view.date_from.setDate(QDate(2026, 11, 17))
    view.date_to.setDate(QDate(2026, 11, 19))
    asked = []
    _saved_to(monkeypatch, tmp_path / "book.xlsx", asked)
    window.list_exports.register_button.click()
    qtbot.waitUntil(lambda: "Đã xuất sổ theo dõi (3 hồ sơ)" in window.statusBar().currentMessage(), timeout=10000)
    assert asked == [str(desk.data_dir / "exports" / "so-theo-doi-2026-11-17-den-2026-11-19.xlsx")]
    sheet = openpyxl.load_workbook(tmp_path / "book.xlsx").active
    assert [sheet.cell(r, 2).value for r in range(4, 7)] == listed[1:4]
    assert sheet.cell(4, 8).value.date() == date(2026, 11, 17)
    view.date_from.setDate(QDate(2026, 11, 20))
    assert not window.list_exports.export_register(str(tmp_path / "bad.xlsx"))
    assert "Ngày cuối trước ngày đầu" in window.statusBar().currentMessage()
