"""Focus is never lost: every page opens with the cursor in its first field, Tab leaves the
dossier list, Ctrl+Enter confirms a dialog, Ctrl+E exports from any field of the sync page,
the slip menu opens from the keyboard, and a focused button is drawn so it can be seen."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from desk_app.ui.shell.main_window import DOSSIERS, PRINT_JOBS, RECEIVE, SETTINGS, SYNC, VISITS
from desk_app.ui.style import FOCUS_COLOUR
from tests.ui.shell_helpers import open_window, register


def focus():
    return QApplication.focusWidget()


def test_each_function_key_puts_the_cursor_in_the_pages_first_field(qtbot, desk, commander, clock):
    register(desk, commander["id"], "Lê Thị Đào", "001190000701", clock.now)
    window = open_window(qtbot, desk, commander)
    expected = {
        Qt.Key.Key_F2: (RECEIVE, lambda: window.receive_form.citizen.edits["full_name"]),
        Qt.Key.Key_F4: (VISITS, lambda: window.visit_form.citizen.edits["full_name"]),
        Qt.Key.Key_F3: (DOSSIERS, lambda: window.queue_view.search),
        Qt.Key.Key_F7: (SYNC, lambda: window.sync_page.folder),
        Qt.Key.Key_F8: (PRINT_JOBS, lambda: window.print_jobs_page.table),
    }
    for key, (page, field) in expected.items():
        qtbot.keyClick(focus() or window, key)
        assert window.current_page() == page
        qtbot.waitUntil(lambda: focus() is field(), timeout=2000)
    qtbot.keyClick(focus(), Qt.Key.Key_F9)
    assert window.current_page() == SETTINGS
    assert focus() is not None and window.settings_page.isAncestorOf(focus())  # the first tab's first field
    qtbot.keyClick(focus(), Qt.Key.Key_F4)
    qtbot.keyClicks(focus(), "Ngo")  # typed text lands in the field, not nowhere
    assert window.visit_form.citizen.edits["full_name"].text() == "Ngo"


def test_tab_leaves_the_dossier_list(qtbot, desk, commander, clock):
    code = register(desk, commander["id"], "Lê Thị Đào", "001190000702", clock.now).code
    window = open_window(qtbot, desk, commander)
    window.show_queue("today")
    table = window.queue_view.table
    assert focus() is table and window.queue_view.selected_code() == code
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert focus() is not table and window.queue_view.selected_code() == code  # out, row kept


def test_ctrl_enter_confirms_an_action_dialog_from_its_reason_box(qtbot, desk, commander, clock):
    code = register(desk, commander["id"], "Lê Thị Đào", "001190000703", clock.now).code
    window = open_window(qtbot, desk, commander)
    window.open_dossier(code)
    dialog = window.detail.open_action("refuse")
    qtbot.waitUntil(lambda: focus() is dialog.reason)  # the cursor where the officer types
    dialog.reason.setPlainText("Không thuộc thẩm quyền (Điều 5 Luật Cư trú)")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible() and desk.dossiers.get(code)["status"] == "refused"


def test_ctrl_e_exports_whatever_field_has_focus(qtbot, desk, commander, monkeypatch):
    window = open_window(qtbot, desk, commander)
    window.go(SYNC)
    page = window.sync_page
    calls = []
    monkeypatch.setattr(type(page), "export", lambda self: calls.append(focus()) or True)
    for field in (page.folder, page.export_button):
        field.setFocus()
        qtbot.waitUntil(lambda: focus() is field)
        text = page.folder.text()
        qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        assert calls and calls[-1] is field, field
        assert page.folder.text() == text  # the field did not take Ctrl+E for itself
    assert len(calls) == 2


def test_the_slip_menu_opens_from_the_keyboard(qtbot, desk, commander, clock):
    code = register(desk, commander["id"], "Lê Thị Đào", "001190000704", clock.now).code
    window = open_window(qtbot, desk, commander)
    window.open_dossier(code)
    actions = window.detail.print_actions
    seen = []

    def look_and_close():  # the menu runs its own loop while open
        seen.append((actions.slip_menu.isVisible(), [a.text() for a in actions.slip_menu.actions()]))
        actions.slip_menu.close()

    QTimer.singleShot(200, look_and_close)
    qtbot.keyClick(focus(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] == (True, ["Phiếu tiếp nhận, hẹn trả"])


def test_a_focused_button_is_drawn_with_a_ring(qtbot, desk, commander):
    window = open_window(qtbot, desk, commander)
    button = window.receive_form.save_button
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    focused = button.grab().toImage()
    window.receive_form.citizen.edits["full_name"].setFocus()
    qtbot.waitUntil(lambda: not button.hasFocus())
    plain = button.grab().toImage()
    ring = sum(1 for x in range(focused.width()) if focused.pixelColor(x, 1).name() == FOCUS_COLOUR)
    assert ring > focused.width() // 2  # the top edge is the focus colour
    assert sum(1 for x in range(plain.width()) if plain.pixelColor(x, 1).name() == FOCUS_COLOUR) == 0
    assert isinstance(button, QPushButton)
