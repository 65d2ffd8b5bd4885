"""Settings dialog: every page saves through the core and takes effect at once."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desk_app.ui.pages.receive_form import ReceiveForm
from desk_app.ui.session import Session
from desk_app.ui.pages.settings.settings_dialog import SettingsDialog
from tests.ui.forms_helpers import CARD_QR, session  # noqa: F401


@pytest.fixture
def dialog(qtbot, desk, session):
    widget = SettingsDialog(desk, session)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def receive(qtbot, desk, session, dialog):
    settings = desk.settings
    settings.auto_print_slip = False
    desk.save_settings(settings, desk.officers.resolve(None)["id"])
    form = ReceiveForm(desk, session)
    qtbot.addWidget(form)
    dialog.settings_changed.connect(form.update_due)
    dialog.settings_changed.connect(form.reload_catalog)
    return form


def register(form, procedure: str) -> str:
    form.handle_scan(CARD_QR)
    form.picker.set_code(procedure)
    return form.save()


def test_code_pattern_changes_the_next_code(qtbot, dialog, receive):
    page = dialog.pages["general"]
    assert register(receive, "1.004194") == "CAXTT-261123-0001"
    page.code_pattern.setText("{unit_code}/{yyyy}/{seq:05}")
    assert page.pattern_preview.text() == "Ví dụ: CAXTT/2026/00001"
    with qtbot.waitSignal(dialog.settings_changed, timeout=1000):
        page.save_button.click()
    assert register(receive, "1.004222") == "CAXTT/2026/00001"  # (another procedure: no duplicate question)


def test_a_bad_pattern_is_refused_by_the_field(dialog, desk):
    page = dialog.pages["general"]
    page.code_pattern.setText("{unit_code}-{ngay}")
    assert not page.save()
    assert page.pattern_error.isVisibleTo(page) and "không hỗ trợ: ngay" in page.pattern_error.text()
    page.code_pattern.setText("{unit_code}-{yymmdd}")
    assert not page.save()
    assert "đúng một trường {seq}" in page.pattern_error.text()
    assert desk.settings.code_pattern == "{unit_code}-{yymmdd}-{seq:04}"


def test_working_hours_change_the_due_time_shown(qtbot, dialog, receive, desk):
    receive.picker.set_code("1.010041")  # half a working day
    assert receive.due_label.text() == "Hẹn trả: 14 giờ 45 phút, ngày 23 tháng 11 năm 2026"
    page = dialog.pages["general"]
    page.working_hours.setText("07:00-11:00; 13:00-17:00")
    with qtbot.waitSignal(dialog.settings_changed, timeout=1000):
        assert page.save()
    assert desk.settings.working_hours == "07:00-11:00, 13:00-17:00"
    assert receive.due_label.text() == "Hẹn trả: 15 giờ 00 phút, ngày 23 tháng 11 năm 2026"
    page.working_hours.setText("13:30-11:30")
    assert not page.save()
    assert "giờ kết thúc phải sau giờ bắt đầu" in page.hours_error.text()


def test_idle_lock_auto_print_and_language_saved(dialog, desk):
    page = dialog.pages["general"]
    page.idle_lock.setValue(25)
    page.auto_print.setChecked(False)
    page.language.setCurrentIndex(page.language.findData("en"))
    assert page.save()
    settings = desk.settings
    assert (settings.idle_lock_minutes, settings.auto_print_slip, settings.language) == (25, False, "en")


def test_holiday_override_moves_the_due_time(qtbot, dialog, receive):
    receive.picker.set_code("1.004194")
    assert "ngày 27 tháng 11" in receive.due_label.text()
    page = dialog.pages["holidays"]
    with qtbot.waitSignal(dialog.settings_changed, timeout=1000):
        assert page.set_day(date(2026, 11, 25), "off", "Nghỉ theo quyết định của tỉnh")
    assert "ngày 30 tháng 11" in receive.due_label.text()  # Wednesday off: Thu, Fri, Mon
    row = [r for r in page.model.rows if r["day"] == "2026-11-25"]
    assert row and page.model.data(page.model.index(page.model.rows.index(row[0]), 0)) == "Thứ Tư, 25/11/2026"
    page.view.setCurrentIndex(page.model.index(page.model.rows.index(row[0]), 0))
    assert page.remove_selected()
    assert "ngày 27 tháng 11" in receive.due_label.text()
    assert all(r["day"] != "2026-11-25" for r in page.desk.holidays.list())


def test_unit_details(dialog, desk):
    page = dialog.pages["unit"]
    page.edits["hotline"].setText("0243 111 222")
    page.edits["name"].setText("Công an phường Tân Tiến")
    assert page.save()
    assert desk.unit["name"] == "Công an phường Tân Tiến" and desk.unit["hotline"] == "0243 111 222"
    page.edits["name"].setText("  ")
    assert not page.save()
    assert "Chưa nhập tên đơn vị" in page.error.text()
    assert desk.unit["name"] == "Công an phường Tân Tiến"


def test_officers_add_change_pin_deactivate(dialog, desk, commander):
    page = dialog.pages["officers"]
    assert not page.add_officer("Lê Văn Nam", "officer", "12a4")
    assert "4 đến 8 chữ số" in page.add_error.text()
    assert page.add_officer("Lê Văn Nam", "officer", "6284", rank="Trung úy")
    assert [(o["full_name"], o["rank_title"]) for o in page.model.rows] == [
        ("Nguyễn Văn Hùng", ""), ("Lê Văn Nam", "Trung úy")]
    nam = desk.officers.resolve("Lê Văn Nam")
    page.select("Lê Văn Nam")
    assert page.change_pin("97531")
    assert desk.officers.login(nam["id"], "97531") and not desk.officers.login(nam["id"], "6284")
    page.select("Nguyễn Văn Hùng")
    assert not page.deactivate()
    assert "đang trực" in page.selected_error.text()
    page.select("Lê Văn Nam")
    assert page.deactivate()
    assert "Lê Văn Nam" not in [o["full_name"] for o in page.model.rows]
    assert desk.officers.login(nam["id"], "97531") is None


def test_catalog_json_export_then_import_round_trip(qtbot, dialog, receive, desk, tmp_path):
    page = dialog.pages["catalog"]
    exported = tmp_path / "catalog.json"
    assert page.export_to(exported)
    data = json.loads(exported.read_text("utf-8"))
    assert data["format"] == "desk_app.catalog"
    assert len(data["procedures"]) == page.model.rowCount() > 10
    # Edit a procedure through the dialog: a fee and one more document.
    editor = page.open_editor(desk.catalog.get("1.004194"))
    editor.fee_in_person.setValue(30000)
    editor.new_document.setText("Giấy xác nhận của chủ nhà")
    editor.add_document()
    with qtbot.waitSignal(dialog.settings_changed, timeout=1000):
        assert editor.save()
    assert "Đã lưu thủ tục 1.004194" in page.status.text()
    edited = desk.catalog.get("1.004194")
    assert edited.fee_in_person == 30000 and edited.documents[-1].name == "Giấy xác nhận của chủ nhà"
    receive.picker.set_code("1.004194")
    assert receive.fee.value() == 30000 and receive.documents.rowCount() == 3
    # Importing the exported file puts the catalog back as it was.
    assert page.import_from(exported)
    assert "cập nhật 1" in page.status.text()
    assert desk.catalog.export_text() == exported.read_text("utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "desk_app.catalog", "procedures": [{"code": "X"}]}', encoding="utf-8")
    assert not page.import_from(broken)
    assert "chưa thay đổi gì" in page.error.text()
    assert desk.catalog.get("X") is None


def test_catalog_filter_is_accent_blind(dialog):
    page = dialog.pages["catalog"]
    page.filter.setText("tam vang")
    assert [p.code for p in page.model.rows] == ["1.003677"]


def test_an_officer_sees_but_cannot_change(qtbot, desk, commander):
    officer = desk.officers.add("Đinh Thị Thu", "officer", "7295", commander["id"])
    dialog = SettingsDialog(desk, Session(officer))
    qtbot.addWidget(dialog)
    assert all(not page.isEnabled() for page in dialog.pages.values())


def test_a_refusal_by_the_services_is_shown_in_the_page(qtbot, desk, commander):
    """Hidden buttons are not the guard: the pages' own actions, run for an officer, are refused
    by the services and the page shows why."""
    officer = desk.officers.add("Đinh Thị Thu", "officer", "7295", commander["id"])
    dialog = SettingsDialog(desk, Session(officer))
    qtbot.addWidget(dialog)
    officers, holidays = dialog.pages["officers"], dialog.pages["holidays"]
    assert not officers.add_officer("Lê Văn Nam", "officer", "6284")
    assert "Chỉ chỉ huy đơn vị được quản lý cán bộ" in officers.add_error.text()
    assert not holidays.set_day(date(2026, 12, 4), "off", "Nghỉ bù")
    assert "Chỉ chỉ huy" in holidays.error.text()
    assert "Lê Văn Nam" not in [o["full_name"] for o in desk.officers.list()]
    assert date(2026, 12, 4).isoformat() not in [d["day"] for d in desk.holidays.list()]
