"""The fee by transfer in the window: the account typed on the unit page, the VietQR code on the
citizen screen (read back from the screen's pixels), and the fee marked paid from the detail."""

from __future__ import annotations

import io

import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice

from desk_app.core import vietqr
from desk_app.core.registration import dossier_input_from_dict
from desk_app.ui.citizen import screen as citizen
from desk_app.ui.pages.detail import DetailView
from desk_app.ui.pages.settings.settings_unit import UnitPage
from desk_app.ui.session import Session
from tests.ui.shell_helpers import open_window


def _set_account_on_the_unit_page(qtbot, desk, commander):
    page = UnitPage(desk, Session(commander))
    qtbot.addWidget(page)
    page.bank.bin.setText("970415")
    page.bank.account.setText("113366668888")
    page.bank.name.setText("Cong an xa Tan Tien")
    assert page.save()
    assert (desk.settings.bank_bin, desk.settings.bank_account_name) == ("970415", "CONG AN XA TAN TIEN")
    page.bank.bin.setText("97")
    assert not page.save() and "BIN" in page.error.text()


def _pixels(widget) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().toImage().save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data())))


def test_citizen_screen_shows_the_transfer_code_and_the_detail_marks_it_paid(qtbot, desk, commander):
    _set_account_on_the_unit_page(qtbot, desk, commander)
    window = open_window(qtbot, desk, commander)
    link = window.citizen_link
    code = desk.dossiers.register(dossier_input_from_dict({"full_name": "Lê Thị Hoa", "procedure": "1.004194"}),
                                  commander["id"]).code
    window.receive_form.saved.emit(code)
    assert link.screen.state == citizen.SAVED
    assert link.screen.transfer_qr.isVisibleTo(link.screen)
    read = [r.text for r in zxingcpp.read_barcodes(_pixels(link.screen.transfer_qr.code))]
    assert len(read) == 1 and vietqr.parse(read[0])["62"]["08"] == code

    detail = DetailView(desk, Session(commander))
    qtbot.addWidget(detail)
    detail.load(code)
    assert detail.fee_payment.isVisibleTo(detail) and "nộp bằng:" in detail.fee_payment.status.text()
    detail.fee_payment.transfer.click()
    assert "chuyển khoản" in detail.fee_payment.status.text()
    assert desk.handover.build(desk.now().replace(hour=0), desk.now()).transfer_total == 15000
    window.receive_form.saved.emit(code)  # paid: no code on the screen any more
    assert not link.screen.transfer_qr.isVisibleTo(link.screen)
