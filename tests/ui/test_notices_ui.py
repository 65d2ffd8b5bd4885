"""Notices in the window: the receive form asks once and keeps the answer on the dossier; the
detail shows the message as an SMSTO: code (read back from the screen's pixels), copies it and
records it sent by hand; the settings page checks templates and asks the modem in the background."""

from __future__ import annotations

import io

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QGuiApplication

from desk_app.ui.pages.detail import DetailView
from desk_app.ui.pages.receive_form import ReceiveForm
from desk_app.ui.pages.settings.settings_notices import NoticesPage
from desk_app.ui.session import Session


@pytest.fixture
def form(qtbot, desk, commander):
    settings = desk.settings
    settings.auto_print_slip = False
    desk.save_settings(settings, commander["id"])
    widget = ReceiveForm(desk, Session(commander))
    qtbot.addWidget(widget)
    return widget


def _fill(form, phone: str, notify: bool) -> None:
    form.citizen.edits["full_name"].setText("Nguyễn Thị Hường")
    form.citizen.edits["phone"].setText(phone)
    form.picker.set_code("1.004194")
    form.notify.setChecked(notify)


def _pixels(widget) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().toImage().save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data())))


def test_receive_asks_once_then_the_detail_offers_the_smsto_code(qtbot, desk, commander, form):
    _fill(form, "", True)
    assert form.save() is None and "di động" in form.citizen.errors["phone"].text()
    _fill(form, "0901 234 567", True)
    code = form.save()
    assert code and desk.notices.consent(desk.dossiers.get(code, look=False)["id"])["phone"] == "0901234567"
    assert not form.notify.isChecked()  # the next citizen is asked again
    _fill(form, "0912345678", False)
    other = form.save()
    assert desk.notices.consent(desk.dossiers.get(other, look=False)["id"])["consent"] == 0

    desk.dossiers.apply(code, "result_ready", commander["id"])
    detail = DetailView(desk, Session(commander))
    qtbot.addWidget(detail)
    detail.resize(1000, 900)
    detail.show()
    detail.load(code)
    box = detail.notice_box
    assert box.isVisible() and "0901234567" in box.consent.text()
    message = box.current()
    assert message["kind"] == "result_ready" and box.sent_button.isEnabled()
    read = [r.text for r in zxingcpp.read_barcodes(_pixels(box.qr))]
    assert read == [f"SMSTO:0901234567:{message['text']}"]
    box.copy()
    assert QGuiApplication.clipboard().text() == message["text"]
    box.mark_sent()
    row = desk.notices.get(message["id"])
    assert (row["status"], row["by_hand"]) == ("sent", 1)
    assert not box.qr.isVisible() and not box.sent_button.isEnabled()
    detail.load(other)
    assert "không" in detail.notice_box.consent.text()


def test_settings_page_counts_parts_refuses_and_checks_the_modem(qtbot, desk, commander, tmp_path):
    page = NoticesPage(desk, Session(commander))
    qtbot.addWidget(page)
    assert page.lengths["moved"].text() == "Dài nhất: 1 tin nhắn"
    page.templates["result_ready"].setText("{unit} xong")
    assert "mã hồ sơ" in page.lengths["result_ready"].text()
    assert not page.save() and "mã hồ sơ" in page.error.text()
    page.templates["result_ready"].setText("{unit}: {code} xong, mời nhận.")
    page.port.setText(str(tmp_path / "ttyUSB7"))
    assert page.save() and desk.settings.notice_result_ready == "{unit}: {code} xong, mời nhận."
    page.check_modem()
    qtbot.waitUntil(lambda: "không thấy modem" in page.modem_status.text(), timeout=5000)


def test_the_window_sends_in_the_background_and_says_when_messages_wait(qtbot, desk, commander, tmp_path):
    from tests.ui.shell_helpers import open_window
    from tests.unit.notify.conftest import FakeModemProcess, use_modem

    from desk_app.core.registration import dossier_input_from_dict

    data = {"full_name": "Nguyễn Thị Hường", "phone": "0901234567", "procedure": "1.004222"}
    code = desk.dossiers.register(dossier_input_from_dict(data), commander["id"]).code
    desk.notices.set_consent(code, True, commander["id"])
    window = open_window(qtbot, desk, commander)
    sender = window.notice_sender
    desk.dossiers.apply(code, "result_ready", commander["id"])
    window.events.dossier_changed.emit(code)  # no modem: queued, and the officer is told
    qtbot.waitUntil(lambda: sender.last.get("state") == "off", timeout=5000)
    assert "1 tin nhắn chờ gửi bằng điện thoại" in sender.label.text()
    modem = FakeModemProcess(tmp_path)
    try:
        use_modem(desk, commander["id"], modem.port)
        sender.last = {}
        assert sender.run()
        qtbot.waitUntil(lambda: sender.last.get("sent") == 1, timeout=15000)
        assert not sender.label.isVisible() and len(modem.sent()) == 1
        assert desk.notices.list(code=code)[0]["status"] == "sent"
    finally:
        window.stop_work()
        modem.stop()
