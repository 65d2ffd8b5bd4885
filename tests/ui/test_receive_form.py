"""The receive form driven like an officer would: scan, type, Ctrl+Enter."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desk_app.core.drafts import DraftStore
from desk_app.core.registration import dossier_input_from_dict
from desk_app.printing.printer_error import PrinterError
from desk_app.ui.widgets.citizen_fields import KNOWN_CITIZEN
from desk_app.ui.pages.receive_form import ReceiveForm
from tests.ui.forms_helpers import CARD_QR, press, scan, scan_filter, session, show_and_focus, type_text  # noqa: F401


@pytest.fixture
def form(qtbot, desk, session, scan_filter):
    settings = desk.settings
    settings.auto_print_slip = False
    desk.save_settings(settings, desk.officers.resolve(None)["id"])
    widget = ReceiveForm(desk, session)
    qtbot.addWidget(widget)
    scan_filter.scanned.connect(widget.handle_scan)
    show_and_focus(qtbot, widget, widget.citizen.edits["full_name"])
    return widget


def pick(qtbot, form, query: str) -> None:
    form.picker.setFocus(Qt.OtherFocusReason)
    qtbot.waitUntil(form.picker.hasFocus)
    type_text(qtbot, query)
    press(Qt.Key_Escape)  # close the suggestion list, then Enter takes the first match
    press(Qt.Key_Return, "\r")


def test_a_scan_fills_the_citizen_wherever_the_focus_is(qtbot, form):
    edits = form.citizen.edits
    scan(qtbot)
    assert edits["full_name"].text() == "Nguyễn Thị Bích Ngọc"  # not the raw payload
    assert edits["id_number"].text() == "001190012345"
    assert edits["birth_date"].text() == "15/03/1990"
    assert edits["sex"].currentText() == "Nữ"
    assert edits["address"].text() == "Thôn Đông, xã Tân Tiến, tỉnh Bắc Ninh"
    assert form.citizen.values()["old_id_number"] == "123456789"
    assert edits["phone"].hasFocus()  # what the card does not carry comes next
    assert not form.citizen.known_label.isVisible()


def test_a_bad_scan_is_reported_and_fills_nothing(qtbot, form):
    scan(qtbot, CARD_QR.replace("Nữ", "Nam"))
    assert "Không đọc được mã QR" in form.banner.text()
    assert "giới tính" in form.banner.text()
    assert form.citizen.edits["full_name"].text() == ""


def test_procedure_by_folded_words_and_code(qtbot, form):
    form.picker.setFocus()
    type_text(qtbot, "dang ky tam")
    assert form.picker.matches()[0] == "1.004194"
    form.picker.clear()
    type_text(qtbot, "Đăng ký thường")
    assert form.picker.matches()[0] == "1.004222"
    form.picker.clear()
    type_text(qtbot, "4194")  # digits are held a moment (they could start a card scan)
    qtbot.waitUntil(lambda: form.picker.text() == "4194", timeout=1000)
    assert form.picker.matches() == ["1.004194"]


def test_save_with_ctrl_enter_registers_with_the_due_time(qtbot, form, desk):
    scan(qtbot)
    type_text(qtbot, "0912 345 678")
    pick(qtbot, form, "dang ky tam tru")
    assert form.picker.code == "1.004194"
    assert [d["name"] for d in form.documents.documents()][0].startswith("Tờ khai")
    # Monday 09:00 + 3 working days, Tuesday 24/11 being a public holiday.
    assert form.due_label.text() == "Hẹn trả: 09 giờ 00 phút, ngày 27 tháng 11 năm 2026"
    assert form.fee.value() == 15000
    form.documents.setData(form.documents.index(1, 0), Qt.Unchecked, Qt.CheckStateRole)
    assert "Còn thiếu 1 giấy tờ" in form.missing_label.text()
    with qtbot.waitSignal(form.saved, timeout=2000) as signal:
        press(Qt.Key_Return, "\r", Qt.ControlModifier)
    code = signal.args[0]
    assert code == "CAXTT-261123-0001"
    saved = desk.dossiers.get(code)
    assert saved["due_at"] == "2026-11-27 09:00:00"
    assert saved["full_name"] == "Nguyễn Thị Bích Ngọc" and saved["phone"] == "0912345678"
    assert [d["received"] for d in saved["documents"]] == [1, 0]
    assert saved["events"][0]["officer_name"] == "Nguyễn Văn Hùng"
    assert code in form.result_label.text() and "27 tháng 11 năm 2026" in form.result_label.text()
    assert form.citizen.edits["full_name"].text() == "" and form.picker.code == ""
    assert form.fee.value() == 0  # the last dossier's fee does not stay on the empty form
    assert DraftStore(desk.data_dir).load("receive") is None


def test_a_full_disk_keeps_the_form_and_says_so_then_saving_again_works(qtbot, form, desk):
    scan(qtbot)
    pick(qtbot, form, "dang ky tam tru")
    form.note.setText("Công dân xin nhận kết quả qua bưu điện. " * 100)  # 4,000 characters: fresh pages
    pages = desk.store.scalar("PRAGMA page_count")
    desk.store.db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own size limit: a full disk
    saved = []
    form.saved.connect(saved.append)
    press(Qt.Key_Return, "\r", Qt.ControlModifier)
    assert saved == [] and "Ổ đĩa đã đầy" in form.result_label.text()
    assert form.citizen.edits["full_name"].text() == "Nguyễn Thị Bích Ngọc" and form.picker.code == "1.004194"
    assert DraftStore(desk.data_dir).load("receive")["citizen"]["full_name"] == "Nguyễn Thị Bích Ngọc"
    assert desk.store.scalar("SELECT COUNT(*) FROM dossiers") == 0
    desk.store.db.execute("PRAGMA max_page_count = 1073741823")  # space freed
    with qtbot.waitSignal(form.saved, timeout=2000) as signal:
        press(Qt.Key_Return, "\r", Qt.ControlModifier)
    assert desk.dossiers.get(signal.args[0])["full_name"] == "Nguyễn Thị Bích Ngọc"


def test_ctrl_enter_on_the_keypad_saves_too(qtbot, form, desk):
    scan(qtbot)
    pick(qtbot, form, "1.004222")
    with qtbot.waitSignal(form.saved, timeout=2000):
        press(Qt.Key_Enter, "\r", Qt.ControlModifier | Qt.KeypadModifier)
    assert desk.store.scalar("SELECT COUNT(*) FROM dossiers") == 1


def test_a_known_citizen_is_found_and_reused(qtbot, form, desk, commander):
    data = {"cccd_qr": CARD_QR, "phone": "0987654321", "procedure": "1.004194"}
    desk.dossiers.register(dossier_input_from_dict(data), commander["id"])
    scan(qtbot)
    assert form.citizen.known_label.isVisible()
    assert KNOWN_CITIZEN in form.citizen.known_label.text()
    assert form.citizen.edits["phone"].text() == "0987654321"  # from the book
    pick(qtbot, form, "xac nhan thong tin")
    code = form.save()
    assert code and form.last_saved.citizen_reused
    assert desk.store.scalar("SELECT COUNT(*) FROM citizens") == 1
    assert "đã có trong sổ" in form.result_label.text()


def test_validation_messages_sit_next_to_the_fields(qtbot, form, desk):
    edits = form.citizen.edits
    type_text(qtbot, "Tran Van 3")
    edits["phone"].setText("12345")
    edits["birth_date"].setText("31/02/1990")
    press(Qt.Key_Return, "\r", Qt.ControlModifier)
    errors = form.citizen.errors
    assert errors["full_name"].isVisible() and "chữ số" in errors["full_name"].text()
    assert errors["phone"].isVisible() and "không hợp lệ" in errors["phone"].text()
    assert errors["birth_date"].isVisible() and "ngày hợp lệ" in errors["birth_date"].text()
    assert form.procedure_error.isVisible() and "Chưa chọn thủ tục" in form.procedure_error.text()
    assert not errors["address"].isVisible()
    assert edits["full_name"].hasFocus()
    assert edits["full_name"].text() == "Tran Van 3"  # never a lost form
    assert desk.store.scalar("SELECT COUNT(*) FROM dossiers") == 0
    edits["full_name"].setText("Trần Văn Ba")
    edits["phone"].setText("0912345678")
    edits["birth_date"].setText("28/02/1990")
    pick(qtbot, form, "tam vang")
    assert form.save()
    assert not errors["full_name"].isVisible() and not form.procedure_error.isVisible()


def test_enter_moves_to_the_next_field(qtbot, form):
    type_text(qtbot, "Lê Thị Hoa")
    press(Qt.Key_Return, "\r")
    assert form.citizen.edits["id_number"].hasFocus()


def test_online_fee_and_a_typed_fee(qtbot, form):
    pick(qtbot, form, "1.004222")
    assert form.fee.value() == 20000
    form.channel.setCurrentIndex(form.channel.findData("online"))
    assert form.fee.value() == 10000
    form.fee.setValue(5000)
    form.channel.setCurrentIndex(form.channel.findData("in_person"))
    assert form.fee.value() == 5000  # the officer's figure wins


def test_auto_print_runs_after_the_dossier_is_saved(qtbot, form, desk, monkeypatch):
    seen = []

    def fake_print(code, kind="receipt", printer_name=None, officer_id=None, timeout=None, dossier=None):
        # Off the UI thread, on the window's own desk: its connection there sees the saved dossier.
        seen.append((threading.current_thread() is not threading.main_thread(), desk.dossiers.get(code)["code"],
                     dossier["code"]))
        raise PrinterError("Chưa cấu hình máy in")

    monkeypatch.setattr(desk.printing, "print_dossier_slip", fake_print)
    settings = desk.settings
    settings.auto_print_slip = True
    desk.save_settings(settings, desk.officers.resolve(None)["id"])
    scan(qtbot)
    pick(qtbot, form, "1.004194")
    with qtbot.waitSignal(form.print_finished, timeout=5000) as signal:
        code = form.save()
    assert seen == [(True, code, code)]
    assert signal.args == [code, f"Không in được phiếu {code}: Chưa cấu hình máy in"]
    assert "Chưa cấu hình máy in" in form.banner.text() and code in form.banner.text()


def test_clock_moves_the_due_time(qtbot, form, clock):
    pick(qtbot, form, "1.004194")
    clock.now = datetime(2026, 11, 23, 18, 0)  # after hours: counting starts next opening
    form.update_due()
    # 25, 26, 27 are the three working days (24/11 is a holiday): due at the close of the 27th.
    assert form.due_label.text() == "Hẹn trả: 17 giờ 00 phút, ngày 27 tháng 11 năm 2026"


def test_auto_print_through_the_real_printing_service(qtbot, form, desk):
    settings = desk.settings
    settings.auto_print_slip = True  # no printer declared: the preview printer takes the job
    desk.save_settings(settings, desk.officers.resolve(None)["id"])
    scan(qtbot)
    pick(qtbot, form, "1.004194")
    with qtbot.waitSignal(form.print_finished, timeout=20000) as signal:
        code = form.save()
    assert signal.args == [code, ""]
    job = desk.store.one("SELECT * FROM print_jobs WHERE subject = ?", (code,))
    # No printer declared: the officer is told so, and where the slip's picture is.
    assert form.banner.text().startswith(f"Hồ sơ {code} đã lưu. Chưa khai báo máy in")
    assert job["output"] in form.banner.text() and Path(job["output"]).is_file()
    assert job["kind"] == "receipt" and job["status"] == "printed" and job["bytes"] > 1000


def test_an_id_number_typed_in_full_width_digits_finds_the_citizen_and_is_saved_in_ascii(qtbot, form, desk,
                                                                                         commander):
    data = {"cccd_qr": CARD_QR, "phone": "0987654321", "procedure": "1.004194"}
    desk.dossiers.register(dossier_input_from_dict(data), commander["id"])
    edits = form.citizen.edits
    edits["full_name"].setText("Nguyễn Thị Bích Ngọc")
    edits["id_number"].setText("００１１９００１２３４５")  # a scanner or keyboard in full-width mode
    assert form.citizen.known_label.isVisible()
    edits["phone"].setText("٠٩٨٧٦٥٤٣٢١")  # Arabic-Indic digits
    pick(qtbot, form, "xac nhan thong tin")
    assert form.save() and form.last_saved.citizen_reused
    rows = desk.store.all("SELECT id_number, phone FROM citizens")
    assert rows == [{"id_number": "001190012345", "phone": "0987654321"}]


def test_a_refusal_message_goes_when_the_next_dialog_is_refused(qtbot, form, desk, commander, monkeypatch):
    """“Chưa lưu: mở hồ sơ … (Alt+M)” is about the duplicate question: when the next attempt is
    stopped by another dialog, the form says why that one stopped, not the old reason."""
    from PySide6.QtWidgets import QMessageBox
    from desk_app.ui.pages import receive_form

    data = {"cccd_qr": CARD_QR, "phone": "0987654321", "procedure": "1.004194"}
    first = desk.dossiers.register(dossier_input_from_dict(data), commander["id"])
    scan(qtbot)
    pick(qtbot, form, "dang ky tam tru")
    answers = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(receive_form.QMessageBox, "question", lambda *a, **k: answers[0])
    assert form.save() is None
    assert "Alt+M" in form.result_label.text() and first.code in form.result_label.text()
    answers[0] = QMessageBox.StandardButton.Yes  # a second attempt, stopped by the citizen question
    monkeypatch.setattr(receive_form, "ask_update_citizen", lambda *a: None)
    assert form.save() is None
    assert "Alt+M" not in form.result_label.text() and "số định danh" in form.result_label.text()
    assert form.citizen.edits["full_name"].text() == "Nguyễn Thị Bích Ngọc"  # nothing typed is lost
