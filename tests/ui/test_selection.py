"""The detail pane is the selected row and nothing else: searches, filters and actions never
leave an action aimed at a dossier the officer no longer sees."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desk_app.core import lifecycle
from desk_app.ui.shell.main_window import DOSSIERS
from tests.ui.shell_helpers import open_window, register


def ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def search(window, text):
    window.queue_view.search.setText(text)
    window.queue_view.run_search()


def alt(qtbot, window, number):
    """Alt+number as the officer presses it, wherever the focus is (a button's mnemonic
    clicks it after a short animation)."""
    qtbot.keyClick(QApplication.focusWidget() or window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.AltModifier)
    qtbot.wait(250)


def test_a_search_that_hides_the_open_dossier_empties_the_detail_and_disables_every_action(
        qtbot, desk, commander, clock):
    a = register(desk, commander["id"], "Trần Văn An", "001190000101", clock.now).code
    b = register(desk, commander["id"], "Trần Văn Bình", "001190000102", clock.now).code
    c = register(desk, commander["id"], "Lê Thị Cúc", "001190000103", clock.now).code
    window = open_window(qtbot, desk, commander)
    window.open_dossier(c)
    assert window.detail.dossier["code"] == c and window.queue_view.selected_code() == c
    assert "stop" in window.detail.enabled_actions()

    search(window, "tran van")  # lists A and B: C is gone from the list
    assert {window.queue_view.model.code_at(r) for r in range(window.queue_view.model.rowCount())} == {a, b}
    assert window.queue_view.selected_code() is None
    assert window.detail.dossier is None and window.detail.enabled_actions() == set()
    assert not window.detail.print_actions.isVisible()
    alt(qtbot, window, 6)  # was "Dừng giải quyết – C"
    assert window.detail.dialog is None

    # The officer picks B in the list: the detail follows the selection, not an older "open" one.
    window.queue_view.table.setFocus()
    window.queue_view.select_code(b)
    assert window.detail.dossier["code"] == b
    search(window, "tran van an")  # B filtered out in turn
    assert window.detail.dossier is None

    search(window, "")  # back to the list: nothing selected, nothing acted on
    assert window.queue_view.selected_code() is None and window.detail.dossier is None


def test_after_each_action_the_same_dossier_stays_selected(qtbot, desk, commander, clock):
    codes = [register(desk, commander["id"], f"Phạm Văn {i}", f"0011900002{i:02d}", clock.now).code for i in range(5)]
    target = codes[2]  # neither the first nor the last row
    window = open_window(qtbot, desk, commander)
    window.open_dossier(target)
    view = window.queue_view
    row = view.model.row_of(target)
    for name in ("start", "supplement", "resume", "extend", "result_ready", "return"):
        dialog = window.detail.open_action(name)
        if dialog.reason is not None:
            dialog.reason.setPlainText("Lý do thử")
        if dialog.missing is not None:
            dialog.missing.item(0).setCheckState(Qt.CheckState.Checked)
        ok(dialog)
        assert not dialog.isVisible(), (name, dialog.error.text())
        assert view.selected_code() == target, name
        assert view.model.row_of(target) == row, name  # the row did not jump
        assert window.detail.dossier["code"] == target, name
        assert view.model.row_at(row)["status"] == window.detail.dossier["status"], name
    assert window.detail.dossier["status"] == lifecycle.RETURNED


def test_an_action_that_takes_the_dossier_out_of_the_view_keeps_it_selected(qtbot, desk, commander, clock):
    clock.now = datetime(2026, 11, 10, 8, 0)
    late = register(desk, commander["id"], "Lê Thị Đào", "001190000301", clock.now).code
    clock.now = datetime(2026, 11, 23, 9, 0)
    window = open_window(qtbot, desk, commander)
    window.show_queue("overdue")
    qtbot.keyClick(window.queue_view.table, Qt.Key.Key_Return)
    assert window.detail.dossier["code"] == late
    ok(window.detail.open_action("result_ready"))  # no longer overdue: still the selected row
    assert window.queue_view.selected_code() == late and window.detail.dossier["status"] == "result_ready"
    qtbot.keyClick(window, Qt.Key.Key_F5)  # the list is read again: now it is gone, and so is the detail
    assert window.queue_view.model.rowCount() == 0 and window.detail.dossier is None


def test_a_dossier_far_down_the_list_stays_selected_after_a_refresh(qtbot, desk, commander, clock):
    for i in range(7):
        register(desk, commander["id"], f"Đinh Văn {i}", f"0011900004{i:02d}", clock.now - timedelta(minutes=i))
    window = open_window(qtbot, desk, commander)
    window.go(DOSSIERS)
    view = window.queue_view
    view.model.page_size = 3
    view.refresh()
    while view.model.canFetchMore():
        view.model.fetchMore()
    deep = view.model.code_at(6)
    view.select_code(deep)
    window.refresh()  # a save elsewhere reloads the list
    assert view.selected_code() == deep and window.detail.dossier["code"] == deep


def test_action_keys_keep_one_meaning_whatever_the_status(qtbot, desk, commander, clock):
    code = register(desk, commander["id"], "Hoàng Văn Em", "001190000501", clock.now).code
    window = open_window(qtbot, desk, commander)
    window.open_dossier(code)
    buttons = window.detail.action_buttons
    assert [b.text().split(" ", 1)[0] for b in buttons.values()] == [f"&{n}" for n in range(1, len(buttons) + 1)]
    keys = {name: button.text() for name, button in buttons.items()}
    number = {name: int(text[1]) for name, text in keys.items()}

    alt(qtbot, window, number["return"])  # not yet: "Trả kết quả" is disabled, nothing opens
    assert window.detail.dialog is None
    alt(qtbot, window, number["start"])
    assert window.detail.dialog.action.name == "start"
    ok(window.detail.dialog)
    assert {name: button.text() for name, button in buttons.items()} == keys  # same keys after the action
    assert not buttons["start"].isEnabled() and buttons["result_ready"].isEnabled()
    alt(qtbot, window, number["start"])  # disabled now: it does not fall to another action
    assert window.detail.dialog.action.name == "start" and not window.detail.dialog.isVisible()
    before = QApplication.focusWidget()
    alt(qtbot, window, number["result_ready"])
    assert window.detail.dialog.action.name == "result_ready" and window.detail.dialog.isVisible()
    assert QApplication.focusWidget() is window.detail.dialog.ok_button  # nothing to fill in: the button
    window.detail.dialog.reject()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is before)  # the focus came back
