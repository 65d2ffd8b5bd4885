"""Who is acting: after any unlock every write, look, print job, rating, handover and audit
entry names the officer who unlocked, and the pages and keys are those of their role."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import COMMANDER_PIN
from tests.ui.shell_helpers import open_window, register
from desk_app.ui.shell.main_window import AUDIT, RECEIVE, SETTINGS

LAN_PIN, MAI_PIN = "3917", "6150"


def _unlock_as(qtbot, window, officer: dict, pin: str) -> None:
    """Ctrl+L, then this officer's PIN at the lock screen."""
    window.shortcuts["Ctrl+L"].activated.emit()
    assert window.is_locked()
    window.lock_screen.fields.select(officer["id"])
    window.lock_screen.fields.pin.setText(pin)
    qtbot.keyClick(window.lock_screen.fields.pin, Qt.Key.Key_Return)
    assert not window.is_locked()


def _leave_the_offered_handover(qtbot, window) -> None:
    assert window.current_page() == "handover"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert window.ensure_page("handover").outgoing is None


def _work(qtbot, window, desk, code: str) -> dict:
    """As the officer on duty: a look at a dossier, a step on it, its slip printed again, a
    visit rated by the citizen. Returns where each was recorded."""
    window.open_dossier(code)  # a look
    window.detail.open_action("start").accept()  # a write
    with qtbot.waitSignal(window.detail.print_actions.printed, timeout=10000):
        window.detail.print_actions.print_slip()
    visit = desk.visits.record({"full_name": "Phạm Văn Đức", "kind": "complaint", "summary": "Hỏi việc"},
                               window.session.officer_id)
    window.citizen_link.visit_saved(visit["id"])
    window.citizen_link.screen.answered.emit("satisfied", "")
    dossier_id = desk.dossiers.get(code)["id"]
    return {"dossier_id": dossier_id, "visit_id": visit["id"]}


def _officers_on(desk, done: dict) -> dict:
    """Who each kind of record names."""
    one = desk.store.scalar
    return {
        "dossier write": one("SELECT updated_by FROM dossiers WHERE id = ?", (done["dossier_id"],)),
        "dossier step": one("SELECT officer_id FROM dossier_events WHERE dossier_id = ? ORDER BY rowid DESC LIMIT 1",
                            (done["dossier_id"],)),
        "look": one("SELECT officer_id FROM audit_log WHERE action = 'view' AND dossier_id = ? "
                    "ORDER BY seq DESC LIMIT 1", (done["dossier_id"],)),
        "audit of the write": one("SELECT officer_id FROM audit_log WHERE action = 'update' AND table_name = 'dossiers' "
                                  "AND record_id = ? ORDER BY seq DESC LIMIT 1", (done["dossier_id"],)),
        "print job": one("SELECT updated_by FROM print_jobs ORDER BY created_at DESC, rowid DESC LIMIT 1"),
        "rating": one("SELECT officer_id FROM ratings WHERE visit_id = ?", (done["visit_id"],)),
    }


def _hand_over(qtbot, window, desk, to: dict, pin: str) -> dict:
    """F11, the incoming officer chosen, their PIN: the saved handover, its audit entry's officer."""
    window.shortcuts["F11"].activated.emit()
    page = window.ensure_page("handover")
    qtbot.waitUntil(lambda: page.current is not None, timeout=10000)
    page.to_officer.setCurrentIndex(page.to_officer.findData(to["id"]))
    page.pin.setText(pin)
    saved = page.confirm()
    assert saved is not None, page.status.text()
    saved["audit_officer"] = desk.store.scalar(
        "SELECT officer_id FROM audit_log WHERE table_name = 'handovers' AND record_id = ?", (saved["id"],))
    saved["history_from"] = page.history.rows[0]["from_name"]
    return saved


def test_every_record_names_the_officer_who_unlocked_both_ways(qtbot, desk, commander, clock):
    lan = desk.officers.add("Trần Thị Lan", "officer", LAN_PIN, commander["id"])
    mai = desk.officers.add("Vũ Thị Mai", "officer", MAI_PIN, commander["id"])
    codes = [register(desk, commander["id"], name, number, clock.now).code
             for name, number in (("Hà Văn Tú", "001190000021"), ("Đỗ Thị Hằng", "001190000022"))]
    window = open_window(qtbot, desk, commander)

    # The commander logged in; officer Lan unlocks, leaves the offered handover and works.
    _unlock_as(qtbot, window, lan, LAN_PIN)
    _leave_the_offered_handover(qtbot, window)
    window.go(RECEIVE)
    clock.now = datetime(2026, 11, 23, 10, 0)
    done = _work(qtbot, window, desk, codes[0])
    assert set(_officers_on(desk, done).values()) == {lan["id"]}, _officers_on(desk, done)
    saved = _hand_over(qtbot, window, desk, mai, MAI_PIN)
    assert (saved["from_officer_id"], saved["from_name"], saved["history_from"], saved["audit_officer"]) == (
        lan["id"], "Trần Thị Lan", "Trần Thị Lan", lan["id"])
    assert saved["to_officer_id"] == mai["id"]
    assert "Vũ Thị Mai" in window.officer_label.text()  # she proved it with her PIN: the desk is hers

    # The other way: an officer on duty, the commander unlocks, leaves the offer and works.
    _unlock_as(qtbot, window, commander, COMMANDER_PIN)
    _leave_the_offered_handover(qtbot, window)
    clock.now = datetime(2026, 11, 23, 11, 0)
    done = _work(qtbot, window, desk, codes[1])
    assert set(_officers_on(desk, done).values()) == {commander["id"]}, _officers_on(desk, done)
    saved = _hand_over(qtbot, window, desk, lan, LAN_PIN)
    assert (saved["from_officer_id"], saved["audit_officer"]) == (commander["id"], commander["id"])


def test_an_offer_left_by_going_elsewhere_is_dropped(qtbot, desk, commander):
    lan = desk.officers.add("Trần Thị Lan", "officer", LAN_PIN, commander["id"])
    mai = desk.officers.add("Vũ Thị Mai", "officer", MAI_PIN, commander["id"])
    window = open_window(qtbot, desk, commander)
    _unlock_as(qtbot, window, lan, LAN_PIN)
    assert window.ensure_page("handover").outgoing == commander["id"]
    window.shortcuts["F2"].activated.emit()  # not confirmed: gone
    saved = _hand_over(qtbot, window, desk, mai, MAI_PIN)
    assert saved["from_officer_id"] == lan["id"]


def _listed(window, key: str) -> bool:
    return not window.nav.item(window.page_keys.index(key)).isHidden()


def test_pages_and_keys_follow_the_role_of_whoever_unlocked(qtbot, desk, commander, clock):
    lan = desk.officers.add("Trần Thị Lan", "officer", LAN_PIN, commander["id"])
    code = register(desk, commander["id"], "Hà Văn Tú", "001190000021", clock.now).code
    window = open_window(qtbot, desk, lan)
    assert not _listed(window, SETTINGS) and not _listed(window, AUDIT)
    window.shortcuts["F9"].activated.emit()
    assert window.current_page() == RECEIVE

    _unlock_as(qtbot, window, commander, COMMANDER_PIN)
    assert "(chỉ huy)" in window.officer_label.text()
    assert _listed(window, SETTINGS) and _listed(window, AUDIT)
    window.shortcuts["F9"].activated.emit()
    assert window.current_page() == SETTINGS
    window.go(AUDIT)
    audit = window.ensure_page(AUDIT)
    assert window.current_page() == AUDIT and audit.model.rowCount() > 0  # filled when opened, no "Lọc"
    shown = audit.model.rowCount()
    window.go(RECEIVE)
    window.open_dossier(code)  # a look, logged
    window.go(AUDIT)
    assert audit.model.rowCount() > shown  # filled again each time it is opened
    assert audit.model.rows[0]["action"] == "view"

    # Back to the officer, while the commander's audit page is on screen.
    _unlock_as(qtbot, window, lan, LAN_PIN)
    assert not _listed(window, SETTINGS) and not _listed(window, AUDIT)
    assert window.current_page() not in (SETTINGS, AUDIT)
    window.go(AUDIT)
    window.shortcuts["F9"].activated.emit()
    assert window.current_page() not in (SETTINGS, AUDIT)
    window.nav.setCurrentRow(window.page_keys.index(AUDIT))  # not by the list either
    assert window.current_page() != AUDIT
