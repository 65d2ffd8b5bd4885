"""The handover page: counts, the incoming officer's PIN, the history; the lock screen offers
it when another officer unlocks; the day's close and its reprint; paper survey forms."""

from __future__ import annotations

from datetime import datetime

from desk_app.core.registration import dossier_input_from_dict
from desk_app.ui.dialogs.paper_ratings import PaperRatingsDialog
from desk_app.ui.pages.handover_page import HandoverPage
from desk_app.ui.session import Session
from tests.ui.shell_helpers import open_window


def _register(desk, officer_id, name, procedure="1.004194"):
    return desk.dossiers.register(dossier_input_from_dict({"full_name": name, "procedure": procedure}), officer_id).code


def _shown(qtbot, page):
    """The page on screen, its count (made on the runner) arrived."""
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.current is not None, timeout=10000)
    return page


def test_confirm_needs_the_incoming_officers_pin(qtbot, desk, commander, clock):
    clerk = desk.officers.add("Trần Thị Lan", "officer", "3917", commander["id"])
    code = _register(desk, commander["id"], "Lê Thị Hoa")
    clock.now = datetime(2026, 11, 23, 11, 0)
    page = _shown(qtbot, HandoverPage(desk, Session(commander)))
    assert [d["code"] for d in page.models["received"].rows] == [code]
    assert "lệ phí 15.000" in page.summary.text()
    page.to_officer.setCurrentIndex(page.to_officer.findData(clerk["id"]))
    page.pin.setText("0000")
    assert page.confirm() is None and "không đúng" in page.status.text()
    assert desk.handover.history() == []
    page.note.setPlainText("Gọi chị Hoa")
    page.pin.setText("3917")
    saved = page.confirm()
    assert saved["to_name"] == "Trần Thị Lan" and saved["note"] == "Gọi chị Hoa"
    assert page.history.rows[0]["id"] == saved["id"] and page.pin.text() == ""
    with qtbot.waitSignal(page.runner._finished, timeout=10000):
        page.print_slip()  # to the preview printer
    qtbot.waitUntil(lambda: "Đã in" in page.status.text() or "preview" in page.status.text().lower(), timeout=5000)
    assert desk.printing.list_jobs()[0]["kind"] == "handover"


def test_another_officer_unlocking_is_offered_the_handover(qtbot, desk, commander):
    clerk = desk.officers.add("Trần Thị Lan", "officer", "3917", commander["id"])
    window = open_window(qtbot, desk, commander)
    window.lock()
    window.lock_screen.fields.select(clerk["id"])
    window.lock_screen.fields.pin.setText("3917")
    window.lock_screen.try_unlock()
    assert window.current_page() == "handover"
    page = window.ensure_page("handover")
    assert page.outgoing == commander["id"] and page.to_officer.currentData() == clerk["id"]
    page.pin.setText("3917")
    saved = page.confirm()
    assert (saved["from_name"], saved["to_name"]) == ("Nguyễn Văn Hùng", "Trần Thị Lan")
    window.go("receive")
    window.lock()  # the same officer again: no offer
    window.lock_screen.fields.pin.setText("3917")
    window.lock_screen.try_unlock()
    assert window.current_page() == "receive"


def test_day_close_then_reprint_from_the_page(qtbot, desk, commander, tmp_path):
    _register(desk, commander["id"], "Lê Thị Hoa")
    page = HandoverPage(desk, Session(commander))
    qtbot.addWidget(page)
    page.close_day()
    assert desk.day_close.get(desk.now().date()).totals["received"] == 1
    page.close_day()
    assert "đã chốt sổ" in page.status.text()
    page.close_day(reprint=True)
    assert desk.day_close.get(desk.now().date()).reprints == 1
    page.write_pdf(str(tmp_path / "bien-ban.pdf"))
    assert (tmp_path / "bien-ban.pdf").read_bytes().startswith(b"%PDF")


def test_paper_forms_in_bulk(qtbot, desk, commander):
    first, second = _register(desk, commander["id"], "Lê Thị Hoa"), _register(desk, commander["id"], "Phạm Văn Đức")
    dialog = PaperRatingsDialog(desk, Session(commander))
    qtbot.addWidget(dialog)
    dialog.code.setText(first)
    dialog.add_form()
    dialog.code.setText(second)
    dialog.level.setCurrentIndex(dialog.level.findData("unsatisfied"))
    dialog.add_form()  # no reason: the whole batch is refused and kept for correction
    assert dialog.save() == 0 and "Phiếu số 2" in dialog.status.text() and len(dialog.forms.rows) == 2
    dialog.view.selectRow(1)
    dialog.remove_selected()
    dialog.code.setText(second)
    dialog.level.setCurrentIndex(dialog.level.findData("unsatisfied"))
    dialog.reason.setCurrentIndex(dialog.reason.findData("late"))
    dialog.add_form()
    assert dialog.save() == 2 and dialog.forms.rows == []
    assert [r["source"] for r in desk.ratings.of_dossier(desk.dossiers.get(second)["id"])] == ["paper"]


def test_f11_counts_each_time_it_is_shown_and_the_incoming_officer_is_chosen(qtbot, desk, commander, clock):
    clerk = desk.officers.add("Trần Thị Lan", "officer", "3917", commander["id"])
    clock.now = datetime(2026, 11, 23, 7, 30)
    window = open_window(qtbot, desk, commander)
    window.shortcuts["F11"].activated.emit()
    page = window.ensure_page("handover")
    qtbot.waitUntil(lambda: "Tiếp nhận 0 " in page.summary.text(), timeout=10000)
    window.shortcuts["F2"].activated.emit()
    clock.now = datetime(2026, 11, 23, 9, 0)
    codes = {_register(desk, commander["id"], name) for name in ("Lê Thị Hoa", "Phạm Văn Đức")}
    clock.now = datetime(2026, 11, 23, 11, 30)  # a morning's work later
    window.shortcuts["F11"].activated.emit()
    qtbot.waitUntil(lambda: "Tiếp nhận 2 " in page.summary.text(), timeout=10000)  # without "Đếm lại"
    assert {d["code"] for d in page.models["received"].rows} == codes

    names = [page.to_officer.itemText(i) for i in range(page.to_officer.count())]
    assert names == ["Trần Thị Lan"]  # never the officer handing over
    assert page.to_officer.currentIndex() == -1  # starts empty: chosen by the officers
    page.pin.setText("3917")
    assert page.confirm() is None and "Chưa chọn cán bộ nhận ca" in page.status.text()
    assert desk.handover.history() == []
    page.to_officer.setCurrentIndex(page.to_officer.findData(clerk["id"]))
    page.pin.setText("3917")
    saved = page.confirm()
    assert {d["code"] for d in saved["handover"].received} == codes


def test_a_confirm_keeps_what_is_true_at_that_moment(qtbot, desk, commander, clock):
    clerk = desk.officers.add("Trần Thị Lan", "officer", "3917", commander["id"])
    page = _shown(qtbot, HandoverPage(desk, Session(commander)))
    assert page.current.received == []
    clock.now = datetime(2026, 11, 23, 10, 0)
    code = _register(desk, commander["id"], "Lê Thị Hoa")  # while the page stays open
    page.to_officer.setCurrentIndex(page.to_officer.findData(clerk["id"]))
    page.pin.setText("3917")
    saved = page.confirm()
    assert [d["code"] for d in saved["handover"].received] == [code]  # not the empty count shown before
    assert "Tiếp nhận 1 " in page.summary.text()  # the page shows what was handed over
