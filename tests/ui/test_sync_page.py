"""End-of-day sync in the window: export from the page into the chosen folder, verified at the
district; the reminder; the district key in the settings."""

from __future__ import annotations

import errno
from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk_app.sync import export as export_module
from desk_app.sync.district import importer
from desk_app.sync.district import store as district_store
from desk_app.sync.keys import KeyPair, unit_keys
from desk_app.ui.shell.main_window import SYNC
from desk_app.ui.session import Session
from desk_app.ui.pages.settings.settings_unit import UnitPage
from desk_app.ui.pages.sync_page import SyncPage
from tests.ui.shell_helpers import open_window, register, type_text


@pytest.fixture
def district(tmp_path, clock):
    d, _ = district_store.init(tmp_path / "district", name="Công an tỉnh Bắc Ninh", clock=clock)
    yield d
    d.close()


@pytest.fixture
def linked(desk, district):
    """Keys exchanged once, as the commander and the district would do."""
    desk.save_settings(replace(desk.settings, district_public_key=district.keys.public.text()),
                       desk.officers.resolve(None)["id"])
    unit = desk.unit
    district.add_unit(unit["code"], unit["name"], unit_keys(desk.data_dir).public.text())
    return desk


@pytest.fixture
def page(qtbot, desk, commander):
    view = SyncPage(desk, Session(commander))
    qtbot.addWidget(view)
    return view


def test_export_from_the_page_is_verified_by_the_district(qtbot, linked, district, page, commander, clock, tmp_path):
    codes = [register(linked, commander["id"], name, number, clock.now).code
             for name, number in (("Đỗ Thị Lan", "001190000011"), ("Phạm Văn Đức", "001090000012"))]
    page.refresh()
    assert "Chưa xuất tệp lần nào" in page.last_label.text()
    # As an officer counts; the upper level by the name the unit gave it (issue 24, item 6).
    assert page.waiting_label.text().startswith("Chưa gửi Công an tỉnh Bắc Ninh: <b>2 hồ sơ</b> và ")
    assert page.model.rowCount() == 0
    usb = tmp_path / "usb"
    page.folder.setText(str(usb))
    with qtbot.waitSignal(page.exported, timeout=30000) as signal:
        page.export_button.click()
    result = signal.args[0]
    files = sorted(p.name for p in usb.iterdir())
    assert files == ["CAXTT_20261123_seq0001.dsync"] and result.path == usb / files[0]
    assert "CAXTT_20261123_seq0001.dsync" in page.result.text() and "hồ sơ 2" in page.result.text()
    outcome = importer.import_file(district, result.path)  # signature and hashes checked before applying
    assert outcome.status == importer.IMPORTED, outcome.message
    imported = {r[0] for r in district.db.execute("SELECT code FROM dossiers WHERE unit = 'CAXTT'")}
    assert imported == set(codes)
    # History (a Qt model) shows the file; nothing waits any more; the folder is remembered.
    assert page.model.rowCount() == 1
    row = [page.model.data(page.model.index(0, c)) for c in range(page.model.columnCount())]
    assert row[1] == "1" and row[2] == files[0] and row[4] == str(usb.resolve())
    assert "Không có thay đổi nào đang chờ xuất" in page.waiting_label.text()
    assert "số 1" in page.last_label.text()
    assert linked.sync.default_folder() == usb
    assert SyncPage(linked, Session(commander)).folder.text() == str(usb)
    # A second press with nothing new makes no file.
    with qtbot.waitSignal(page.exported, timeout=30000) as signal:
        page.export()
    assert signal.args[0] is None and "không tạo tệp" in page.result.text()
    assert len(list(usb.iterdir())) == 1


def test_without_district_key_the_commander_is_told_where_to_enter_it(qtbot, desk, page, commander, clock, tmp_path):
    register(desk, commander["id"], "Đỗ Thị Lan", "001190000011", clock.now)
    page.folder.setText(str(tmp_path / "usb"))
    assert page.export() is False
    assert "khóa công khai của cấp trên" in page.result.text() and "Cài đặt" in page.result.text()
    assert "Cài đặt" in page.district_label.text()
    assert not (tmp_path / "usb").exists() and not page.runner.busy


def test_full_disk_leaves_no_file_and_keeps_the_changes_waiting(qtbot, linked, page, commander, clock, tmp_path,
                                                                monkeypatch):
    register(linked, commander["id"], "Đỗ Thị Lan", "001190000011", clock.now)

    def disk_full(handle, *args):
        handle.write(b"x" * 4096)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export_module.fmt, "write_container", disk_full)
    usb = tmp_path / "usb"
    page.folder.setText(str(usb))
    page.export()
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=30000)
    assert "đã đầy" in page.result.text() and "còn nguyên" in page.result.text()
    assert list(usb.iterdir()) == []  # not even a partial file
    assert page.model.rowCount() == 0 and "Chưa gửi Công an tỉnh Bắc Ninh" in page.waiting_label.text()
    assert page.export_button.isEnabled()


def test_a_folder_that_cannot_be_written_is_named(qtbot, linked, page, commander, clock, tmp_path):
    register(linked, commander["id"], "Đỗ Thị Lan", "001190000011", clock.now)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    page.folder.setText(str(blocker / "exports"))
    page.export()
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=30000)
    assert "Không dùng được thư mục" in page.result.text() and "chọn thư mục khác" in page.result.text()
    assert page.model.rowCount() == 0


def test_reminder_shows_when_due_and_not_once_exported(qtbot, linked, commander, clock, tmp_path):
    settings = linked.settings
    linked.save_settings(replace(settings, day_end_reminder="17:00"), linked.officers.resolve(None)["id"])
    register(linked, commander["id"], "Đỗ Thị Lan", "001190000011", clock.now)
    window = open_window(qtbot, linked, commander)
    item = window.nav.item(window.page_keys.index(SYNC))
    clock.now = datetime(2026, 11, 23, 16, 59)
    assert window.reminder.check() is False and not window.reminder.label.isVisible()
    assert window.reminder.timer.interval() == 60_000 and window.reminder.timer.isActive()
    clock.now = datetime(2026, 11, 23, 17, 0)
    with qtbot.waitSignal(window.reminder.changed) as signal:
        window.reminder.timer.timeout.emit()  # what the minute timer does
    assert signal.args == [True]
    assert window.reminder.label.isVisible() and "F7" in window.reminder.label.text()
    assert item.font().bold() and item.background().color().name() == "#fff4d6"
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert window.current_page() == SYNC and "Đã đến giờ xuất" in window.sync_page.waiting_label.text()
    window.sync_page.folder.setText(str(tmp_path / "usb"))
    with qtbot.waitSignal(window.reminder.changed, timeout=30000) as signal:
        window.sync_page.export()
    assert signal.args == [False]
    assert not window.reminder.label.isVisible() and not item.font().bold()
    # More work later the same day waits for tomorrow's file: no nagging once today is exported.
    clock.now = datetime(2026, 11, 23, 17, 30)
    register(linked, commander["id"], "Phạm Văn Đức", "001090000012", clock.now)
    assert window.reminder.check() is False
    # Next working day at the reminder time, with the change still waiting: due again.
    clock.now = datetime(2026, 11, 25, 17, 5)
    assert window.reminder.check() is True


def test_no_reminder_on_a_day_with_nothing_to_send_or_when_turned_off(qtbot, linked, commander, clock, tmp_path):
    export_module.export_new(linked.store, linked.data_dir, tmp_path / "usb", commander["id"])
    clock.now = datetime(2026, 11, 25, 17, 0)  # a later day, nothing changed since that export
    window = open_window(qtbot, linked, commander)
    assert window.reminder.check() is False
    register(linked, commander["id"], "Đỗ Thị Lan", "001190000011", clock.now)
    assert window.reminder.check() is True
    linked.save_settings(replace(linked.settings, day_end_reminder=""), linked.officers.resolve(None)["id"])  # turned off
    assert window.reminder.check() is False and not window.reminder.label.isVisible()


def test_district_key_typed_wrong_shows_the_error_and_is_not_saved(qtbot, desk, commander):
    page = UnitPage(desk, Session(commander))
    qtbot.addWidget(page)
    page.show()
    own = unit_keys(desk.data_dir).public.text()
    assert page.keys.own.text() == own and page.keys.own.isReadOnly()
    page.keys.copy_button.click()
    assert QApplication.clipboard().text() == own
    good = KeyPair.generate().public.text()
    wrong = good[:20] + ("A" if good[20] != "A" else "B") + good[21:]
    type_text(page.keys.district, wrong)
    assert page.keys.district_error.isVisible() and "sai một vài ký tự" in page.keys.district_error.text()
    assert page.save() is False
    assert desk.settings.district_public_key == ""
    page.keys.district.clear()
    type_text(page.keys.district, own)  # the unit's own key is not the district's
    assert "chính đơn vị này" in page.keys.district_error.text()
    page.keys.district.clear()
    type_text(page.keys.district, good[:30] + "\n" + good[30:])  # a line break from copy-paste is tolerated
    assert not page.keys.district_error.isVisible() and "Khóa hợp lệ" in page.keys.district_fingerprint.text()
    assert page.save() is True
    assert desk.settings.district_public_key == good


def test_reminder_time_is_set_in_the_general_settings(qtbot, desk, commander):
    from desk_app.ui.pages.settings.settings_general import GeneralPage

    page = GeneralPage(desk, Session(commander))
    qtbot.addWidget(page)
    page.show()
    assert page.reminder.text() == "16:30"
    page.reminder.setText("25:10")
    assert page.save() is False and "16:30" in page.reminder_error.text()
    assert desk.settings.day_end_reminder == "16:30"
    page.reminder.setText("17h")
    assert page.save() is True and not page.reminder_error.isVisible()
    assert desk.settings.day_end_reminder == "17:00" and page.reminder.text() == "17:00"
    page.reminder.clear()
    assert page.save() is True and desk.settings.day_end_reminder == ""
