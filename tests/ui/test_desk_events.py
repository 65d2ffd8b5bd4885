"""One change, said once: the page where it happened emits it into the window's DeskEvents,
and the tiles, the dossier list, the citizen's screen, the statistics, the handover page and
the status bar follow it (no page refreshes another by hand). The pages come from one table."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desk_app.ui.citizen import screen as citizen
from desk_app.ui.shell.pages import AUDIT, DOSSIERS, HANDOVER, PAGES, RECEIVE, SETTINGS, STATS
from tests.ui.shell_helpers import open_window, register

CLERK_PIN = "3917"


def _quiet_printer(desk) -> None:
    settings = desk.settings
    settings.auto_print_slip = False
    desk.save_settings(settings, desk.officers.resolve(None)["id"])


def _stats_counted(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.runner.busy and page.period is not None, timeout=10000)


def test_a_saved_registration_reaches_the_tiles_the_list_the_citizen_and_the_statistics(qtbot, desk, commander):
    _quiet_printer(desk)
    window = open_window(qtbot, desk, commander)
    window.go(STATS)
    stats = window.stats_page
    _stats_counted(qtbot, stats)
    assert stats.period.report.total.received_total == 0
    window.go(DOSSIERS)
    window.go(RECEIVE)
    assert window.tiles["today"].value == 0 and window.queue_view.model.rowCount() == 0

    form = window.receive_form
    form.set_values({"citizen": {"full_name": "Lê Thị Hoa"}, "procedure": "1.004194"})
    with qtbot.waitSignal(window.events.dossier_saved, timeout=5000) as said:
        code = form.save()  # the form says it once; nothing else is called by hand
    assert code and said.args == [code]
    assert window.tiles["today"].value == 1
    assert [window.queue_view.model.code_at(r) for r in range(window.queue_view.model.rowCount())] == [code]
    assert window.citizen_link.screen.state == citizen.SAVED
    assert window.citizen_link.screen.saved_code.text() == code
    assert code in window.statusBar().currentMessage()
    assert stats.period.report.total.received_total == 0  # not on screen: nothing counted yet

    window.go(STATS)  # shown again after the change: counted again, without "Xem"
    qtbot.waitUntil(lambda: stats.period.report.total.received_total == 1, timeout=10000)


def test_a_rating_given_on_the_citizen_screen_reaches_the_handover_page_and_the_statistics(qtbot, desk, commander):
    window = open_window(qtbot, desk, commander)
    window.go(STATS)
    stats = window.stats_page
    _stats_counted(qtbot, stats)
    assert stats.period.report.satisfaction["very_satisfied"] == 0
    window.go(HANDOVER)
    handover = window.ensure_page(HANDOVER)
    qtbot.waitUntil(lambda: handover.current is not None, timeout=10000)
    assert handover.current.ratings.get("very_satisfied", 0) == 0

    visit = desk.visits.record({"full_name": "Phạm Văn Đức", "kind": "inquiry", "summary": "Hỏi thủ tục"},
                               commander["id"])
    window.citizen_link.visit_saved(visit["id"])
    with qtbot.waitSignal(window.events.rating_given, timeout=5000):
        window.citizen_link.screen.answered.emit("very_satisfied", "")  # the citizen answers meanwhile
    # The handover page on screen counts again by itself (no "Đếm lại").
    qtbot.waitUntil(lambda: handover.current is not None and handover.current.ratings.get("very_satisfied") == 1,
                    timeout=10000)
    assert window.current_page() == HANDOVER

    window.go(STATS)
    qtbot.waitUntil(lambda: stats.period.report.satisfaction["very_satisfied"] == 1, timeout=10000)


def test_an_officer_change_reaches_the_status_bar_the_page_list_and_the_pages(qtbot, desk, commander):
    clerk = desk.officers.add("Trần Thị Lan", "officer", CLERK_PIN, commander["id"])
    window = open_window(qtbot, desk, commander)
    window.go(HANDOVER)
    handover = window.ensure_page(HANDOVER)
    qtbot.waitUntil(lambda: handover.current is not None, timeout=10000)
    assert handover.paper_button.isVisible()  # a commander on duty: the paper forms are theirs

    changes = []
    window.events.officer_changed.connect(changes.append)
    handover.to_officer.setCurrentIndex(handover.to_officer.findData(clerk["id"]))
    handover.pin.setText(CLERK_PIN)
    with qtbot.waitSignal(window.events.handed_over, timeout=5000):
        assert handover.confirm() is not None
    assert [o["id"] for o in changes] == [clerk["id"]]
    assert "Trần Thị Lan" in window.officer_label.text() and "cán bộ tiếp nhận" in window.officer_label.text()
    assert "Đã bàn giao cho Trần Thị Lan" in window.statusBar().currentMessage()
    listed = {key: not window.nav.item(row).isHidden() for row, key in enumerate(window.page_keys)}
    assert not listed[SETTINGS] and not listed[AUDIT] and listed[HANDOVER]
    # The page still on screen follows at once: no paper forms, and the clerk is not offered to herself.
    assert not handover.paper_button.isVisible()
    assert handover.to_officer.findData(clerk["id"]) == -1
    assert handover.to_officer.findData(commander["id"]) >= 0


def test_the_table_of_pages_is_the_list_the_keys_and_who_may_open_them(qtbot, desk, commander):
    clerk = desk.officers.add("Trần Thị Lan", "officer", CLERK_PIN, commander["id"])
    window = open_window(qtbot, desk, clerk)
    assert window.page_keys == [page.key for page in PAGES]
    for row, page in enumerate(PAGES):
        assert window.nav.item(row).isHidden() == (not page.may_open(window.session))
        if page.shortcut:
            assert page.title.endswith(page.shortcut)  # the list names the key that opens the page
            window.shortcuts[page.shortcut].activated.emit()
            assert (window.current_page() == page.key) == page.may_open(window.session), page.key
    window.go(SETTINGS)
    assert window.statusBar().currentMessage() == "Chỉ chỉ huy được mở Cài đặt."
    window.go(AUDIT)
    assert window.statusBar().currentMessage() == "Chỉ chỉ huy xem được nhật ký kiểm tra."


def test_f10_fills_the_queue_number_of_every_form_built(qtbot, desk, commander):
    window = open_window(qtbot, desk, commander)
    numbers = []
    window.events.number_called.connect(numbers.append)
    window.shortcuts["F2"].activated.emit()
    qtbot.keyClick(window, Qt.Key.Key_F10)
    assert numbers == ["1"] and window.receive_form.queue_number.text() == "1"
    window.go("visits")  # built after the call: its own number waits for the next one
    assert window.visit_form.queue_number.text() == ""
    window.citizen_link.call_next()
    assert window.receive_form.queue_number.text() == "2" and window.visit_form.queue_number.text() == "2"


def test_a_dossier_registered_elsewhere_is_in_the_list_after_the_event(qtbot, desk, commander, clock):
    window = open_window(qtbot, desk, commander)
    window.go(DOSSIERS)
    code = register(desk, commander["id"], "Hà Văn Tú", "001190000021", clock.now).code
    assert window.queue_view.model.rowCount() == 0
    window.events.dossier_saved.emit(code)
    assert window.queue_view.model.rowCount() == 1 and window.tiles["today"].value == 1
