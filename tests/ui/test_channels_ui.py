"""Channels in the window (issue 24, items 3 and 6): the receive form offers the three channels
and an online dossier's portal code and officer's help; the return dialog sends a result by
post; F6 counts each channel; the window names the upper level."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from desk_app.core import lifecycle
from desk_app.core.registration import dossier_input_from_dict
from desk_app.core.unit import DEFAULT_UPPER_LEVEL, upper_level_name
from desk_app.ui.dialogs.action_dialogs import ActionDialog
from desk_app.ui.pages.receive_form import ReceiveForm
from desk_app.ui.shell.main_window import STATS
from tests.ui.forms_helpers import session, show_and_focus  # noqa: F401
from tests.ui.shell_helpers import open_window


def _form(qtbot, desk, session):  # noqa: F811
    settings = desk.settings
    settings.auto_print_slip = False
    desk.save_settings(settings, desk.officers.resolve(None)["id"])
    form = ReceiveForm(desk, session)
    qtbot.addWidget(form)
    show_and_focus(qtbot, form, form.citizen.edits["full_name"])
    form.citizen.edits["full_name"].setText("Trần Thị Lan")
    form.picker.set_code("1.004194")
    return form


def test_the_form_offers_every_channel_and_an_online_dossiers_details(qtbot, desk, session):  # noqa: F811
    form = _form(qtbot, desk, session)
    channels = form.channels
    assert [form.channel.itemData(i) for i in range(form.channel.count())] == ["in_person", "online", "post"]
    assert not channels.portal_code.isVisible() and not channels.assisted.isVisible()
    assert channels.post_address.isVisible()
    form.channel.setCurrentIndex(form.channel.findData("online"))
    assert channels.portal_code.isVisible() and channels.assisted.isVisible()
    assert form.fee.value() == 7000  # the online fee
    channels.portal_code.setText("000.00.12.h10-261123-0007")
    channels.assisted.setChecked(True)
    code = form.save()
    assert code is not None, form.result_label.text()
    saved = desk.dossiers.get(code)
    assert (saved["channel"], saved["portal_code"], saved["assisted"]) == ("online", "000.00.12.H10-261123-0007", 1)
    assert [r["code"] for r in desk.dossiers.find("000.00.12.H10-261123-0007")] == [code]
    assert not channels.portal_code.text() and form.channel.currentData() == "in_person"  # cleared for the next


def test_a_bad_portal_code_is_said_under_the_channel_and_nothing_saved(qtbot, desk, session):  # noqa: F811
    form = _form(qtbot, desk, session)
    form.channel.setCurrentIndex(form.channel.findData("online"))
    form.channels.portal_code.setText("mã có dấu cách")
    assert form.save() is None
    assert "không hợp lệ" in form.channels.error.text() and form.channels.error.isVisible()
    assert form.channels.portal_code.hasFocus()
    assert desk.dossiers.find("Trần Thị Lan") == []
    form.channel.setCurrentIndex(form.channel.findData("post"))  # another channel: the message goes
    assert not form.channels.error.isVisible()
    form.channels.post_address.setText("Số 5, thôn Bắc")
    code = form.save()
    saved = desk.dossiers.get(code)
    assert (saved["channel"], saved["portal_code"], saved["assisted"], saved["post_address"]) == \
        ("post", "", None, "Số 5, thôn Bắc")


def test_the_return_dialog_sends_the_result_by_post(qtbot, desk, commander):
    officer = commander["id"]
    data = dossier_input_from_dict({"full_name": "Lê Văn Ba", "address": "Thôn Bắc", "procedure": "1.004194",
                                    "channel": "post", "post_address": "Số 5, thôn Bắc"})
    code = desk.dossiers.register(data, officer).code
    for step in ("in_progress", "result_ready"):
        desk.dossiers.move_to(code, step, officer)
    dossier = desk.dossiers.get(code)
    dialog = ActionDialog(lifecycle.check_action(dossier["status"], "return"), dossier,
                          lambda reason, due, details: desk.dossiers.apply(code, "return", officer, reason, due,
                                                                           details))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.by_post.isChecked() and not dialog.collected_by.isEnabled()  # asked for at the receipt
    assert dialog.post_address.text() == "Số 5, thôn Bắc" and dialog.first_field() is dialog.tracking
    dialog.accept()
    assert "cần số hiệu bưu gửi" in dialog.error.text() and dialog.focusWidget() is dialog.tracking
    assert desk.dossiers.get(code)["status"] == "result_ready"
    dialog.tracking.setText("EE123456789VN")
    dialog.accept()
    after = desk.dossiers.get(code)
    assert (after["status"], after["post_tracking"], after["post_sent_at"]) == \
        ("returned", "EE123456789VN", "2026-11-23 09:00:00")


def test_f6_counts_each_channel(qtbot, desk, commander):
    officer = commander["id"]
    for extra in ({}, {"channel": "post"}, {"channel": "online", "portal_code": "A1-0001", "assisted": True},
                  {"channel": "online"}):
        desk.dossiers.register(dossier_input_from_dict({"full_name": "Trần Thị Lan", "procedure": "1.004194",
                                                        **extra}), officer)
    window = open_window(qtbot, desk, commander)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert window.current_page() == STATS
    page = window.stats_page
    page.first.setDate(QDate(2026, 11, 23))
    page.last.setDate(QDate(2026, 11, 23))
    with qtbot.waitSignal(page.shown, timeout=10000):
        qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert page.channels.text() == ("Hồ sơ mới: trực tiếp tại quầy 1 · qua bưu chính 1 · trực tuyến 2 (cán bộ hỗ trợ "
                                    "nộp tại quầy 1, có mã hồ sơ trên Cổng 1) · Trả kết quả qua bưu chính: 0")


def test_the_upper_level_by_its_name_or_a_default(qtbot, desk, commander, monkeypatch):
    assert upper_level_name(desk.unit) == "Công an tỉnh Bắc Ninh"
    assert upper_level_name({"upper_name": "  "}) == upper_level_name(None) == DEFAULT_UPPER_LEVEL == "Công an cấp trên"
    window = open_window(qtbot, desk, commander)
    monkeypatch.setattr(desk.sync, "reminder_due", lambda: True)  # past the hour, changes waiting
    assert window.reminder.check()
    assert window.reminder.label.text() == "Chưa xuất tệp cuối ngày cho Công an tỉnh Bắc Ninh – F7"
