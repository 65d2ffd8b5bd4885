"""The desk window: pages by key, counts at a glance, scans routed to the form."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from desk_app.ui.models.queue_model import COLUMNS, ESSENTIAL
from desk_app.ui.shell.main_window import DOSSIERS, RECEIVE, SETTINGS, VISITS
from tests.ui.forms_helpers import CARD_QR, scan
from tests.ui.shell_helpers import open_window, register


def test_function_keys_switch_pages_and_counts_show_today(qtbot, desk, commander, clock):
    clock.now = datetime(2026, 11, 10, 8, 0)
    late = register(desk, commander["id"], "Lê Thị Đào", "001190000031", clock.now).code
    clock.now = datetime(2026, 11, 23, 9, 0)
    register(desk, commander["id"], "Mai Văn Phúc", "001190000032", clock.now)
    window = open_window(qtbot, desk, commander)
    assert window.current_page() == RECEIVE
    assert "Nguyễn Văn Hùng" in window.officer_label.text()
    assert (window.tiles["today"].value, window.tiles["overdue"].value) == (1, 1)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.current_page() == DOSSIERS and QApplication.focusWidget() is window.queue_view.search
    qtbot.keyClick(window, Qt.Key.Key_F4)
    assert window.current_page() == VISITS
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert window.current_page() == SETTINGS
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == DOSSIERS
    assert [window.queue_view.model.code_at(r) for r in range(window.queue_view.model.rowCount())] == [late]
    qtbot.keyClick(window.queue_view.table, Qt.Key.Key_Return)
    assert window.detail.dossier["code"] == late
    window.detail.open_action("start").accept()
    assert window.queue_view.model.row_at(0)["status"] == "in_progress"  # the list followed
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.current_page() == RECEIVE


def test_officer_has_no_settings_page(qtbot, desk, commander):
    officer = desk.officers.add("Vũ Thị Mai", "officer", "3917", commander["id"])
    window = open_window(qtbot, desk, officer)
    assert window.nav.item(window.page_keys.index(SETTINGS)).isHidden()
    window.go(SETTINGS)
    assert window.current_page() == RECEIVE


def test_a_scan_anywhere_lands_in_the_receive_form(qtbot, desk, commander):
    window = open_window(qtbot, desk, commander)
    if window.receive_form is None:
        assert isinstance(window.pages.widget(0), QLabel)
        return
    window.go(DOSSIERS)
    assert QApplication.focusWidget() is window.queue_view.search
    scan(qtbot, CARD_QR)
    assert window.current_page() == RECEIVE
    assert window.receive_form.citizen.edits["full_name"].text() == "Nguyễn Thị Bích Ngọc"
    assert window.queue_view.search.text() == ""  # the keys did not land in the search box


def test_english_from_the_compiled_translation(qtbot, desk, commander, clock):
    from desk_app.ui.i18n import install_translator

    register(desk, commander["id"], "Lê Thị Đào", "001190000041", datetime(2026, 11, 10, 8, 0))
    app = QApplication.instance()
    translator = install_translator(app, "en")
    assert translator is not None
    try:
        window = open_window(qtbot, desk, commander)
        assert window.nav.item(0).text() == "Receive dossier  F2"
        assert "On duty: Nguyễn Văn Hùng (commander)" in window.officer_label.text()
        window.show_queue("overdue")
        model = window.queue_view.model
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Dossier code"
        keys = [key for key, _ in COLUMNS]
        assert model.index(0, keys.index("flag")).data() == "OVERDUE"
        assert model.index(0, keys.index("status")).data() == "Received"
        assert window.queue_view.info.text() == "1 dossier"
    finally:
        app.removeTranslator(translator)
    vietnamese = install_translator(app, "vi")  # the desk's words are the source; Qt's own come from qt_vi.qm
    assert vietnamese is not None
    app.removeTranslator(vietnamese)


def test_settings_changes_take_effect_in_the_window(qtbot, desk, commander):
    window = open_window(qtbot, desk, commander)
    window.go(SETTINGS)
    if window.settings_page is None:
        assert isinstance(window.pages.currentWidget(), QLabel)
        return
    general = window.settings_page.pages["general"]
    general.idle_lock.setValue(3)
    general.language.setCurrentIndex(general.language.findData("en"))
    general.save_button.click()
    assert desk.settings.idle_lock_minutes == 3 and desk.settings.language == "en"
    assert window.idle.minutes == 3 and window.idle.timer.interval() == 180_000
    assert "lần mở phần mềm sau" in window.statusBar().currentMessage()
    general.idle_lock.setValue(0)
    general.save_button.click()
    assert not window.idle.timer.isActive()  # 0 turns locking off
    assert window.windowTitle() == "Công an xã Tân Tiến"  # Qt adds the program's name after it
    unit_page = window.settings_page.pages["unit"]
    unit_page.edits["name"].setText("Công an phường Tân Tiến")
    unit_page.save_button.click()
    assert window.windowTitle() == "Công an phường Tân Tiến"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_page_fits_a_1024_pixel_screen_with_a_dossier_open(qtbot, desk, commander, clock, language):
    from desk_app.ui.i18n import install_translator

    app = QApplication.instance()
    translator = install_translator(app, language)
    try:
        code = register(desk, commander["id"], "Lê Thị Đào", "001190000051", clock.now).code
        window = open_window(qtbot, desk, commander)
        window.open_dossier(code)
        qtbot.waitUntil(lambda: window.detail.isVisible())
        for key in window.page_keys:  # the window is as wide as its widest page
            window.go(key)
            assert window.minimumSizeHint().width() <= 1000, (language, key)  # (a 1024 screen, less the frame)
        assert window.minimumSizeHint().height() <= 700  # 768 less a taskbar

        for width, side_by_side in ((1024, False), (1366, True)):
            window.resize(width, 728)
            window.go(DOSSIERS)
            window.open_dossier(code)
            qtbot.waitUntil(lambda: window.dossiers_page.compact is not side_by_side)
            page, table = window.dossiers_page, window.queue_view.table
            assert window.detail.isVisible() and window.detail.dossier["code"] == code
            assert window.queue_view.isVisible() is side_by_side  # 1024: the detail over the list
            if not side_by_side:
                qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # back to the list
                assert window.queue_view.isVisible() and window.queue_view.selected_code() == code
            shown = [c for c in range(ESSENTIAL) if not table.isColumnHidden(c)]
            assert shown == list(range(ESSENTIAL)), (language, width)  # code, applicant, procedure, due, status
            assert sum(table.columnWidth(c) for c in range(table.model().columnCount())
                       if not table.isColumnHidden(c)) <= table.viewport().width(), (language, width)
            assert table.horizontalScrollBar().maximum() == 0  # never sideways
            assert page.width() <= width
    finally:
        if translator is not None:
            app.removeTranslator(translator)


def test_the_open_window_makes_todays_backup_and_says_when_it_cannot(qtbot, desk, commander, clock, monkeypatch):
    clock.now = datetime(2026, 11, 23, 9, 0)
    register(desk, commander["id"], "Mai Văn Phúc", "001190000032", clock.now)
    window = open_window(qtbot, desk, commander)
    with qtbot.waitSignal(window.backup.made, timeout=10_000) as made:
        window.backup.start()
    assert made.args[0].endswith("desk-daily-2026-11-23.deskbak")
    assert desk.backups.verify(made.args[0]).counts["dossiers"] == 1  # sealed: opened with the folder's key

    clock.now = datetime(2026, 11, 24, 8, 0)  # the window stayed open overnight; the disk has a problem
    (desk.data_dir / "backups").rename(desk.data_dir / "backups-moved")
    (desk.data_dir / "backups").write_text("not a folder")
    with qtbot.waitSignal(window.backup.failed, timeout=10_000):
        window.backup.start()
    warning = window.backup_warning
    assert warning.isVisible() and "Chưa sao lưu được dữ liệu hôm nay" in warning.text()
    assert warning.sizeHint().width() < 500  # short enough to stay whole beside the officer's name
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: shown.append(text))
    qtbot.mouseClick(warning, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and shown[0] == warning.toolTip()
    assert shown[0].startswith("Chưa sao lưu được vào") and shown[0].endswith("Dữ liệu đang dùng không bị ảnh hưởng.")

    (desk.data_dir / "backups").unlink()  # put right: the next hourly check copies, the note goes
    (desk.data_dir / "backups-moved").rename(desk.data_dir / "backups")
    with qtbot.waitSignal(window.backup.made, timeout=10_000):
        window.backup.start()
    assert not warning.isVisible()


def test_the_window_is_maximised_on_a_screen_smaller_than_its_size(qtbot, desk, commander, monkeypatch):
    window = open_window(qtbot, desk, commander)

    class Screen:  # the counter PC's screen (offscreen's own is 800×800, narrower than the window may be)
        def __init__(self, width: int, height: int):
            self.geometry = QRect(0, 0, width, height)

        def availableGeometry(self) -> QRect:
            return self.geometry

    monkeypatch.setattr(window, "screen", lambda: Screen(1920, 1040))
    window.resize(1280, 800)
    window.fit_to_screen()
    assert not window.isMaximized()  # it fits: left as it is
    monkeypatch.setattr(window, "screen", lambda: Screen(1024, 728))  # 1024×768 less the taskbar
    window.fit_to_screen()
    assert window.isMaximized()
