"""Settings › Máy in: printers configured in the window, a test page over a loopback printer."""

from __future__ import annotations

import pytest

from desk_app.printing.escpos_decode import decode
from desk_app.printing.printers import list_printers
from desk_app.ui.pages.settings.settings_dialog import SettingsDialog
from tests.ui.forms_helpers import session  # noqa: F401
from tests.unit.printing.thermal_helpers import Listener


@pytest.fixture
def page(qtbot, desk, session):
    dialog = SettingsDialog(desk, session)
    qtbot.addWidget(dialog)
    yield dialog.pages["printers"]  # the generator's frame keeps the dialog alive


def test_add_a_network_printer_and_print_a_test_page(qtbot, desk, page):
    printer = Listener()  # answers the status request after the page, like a real printer
    try:
        page.name.setText("Quầy 1")
        page.kind.setCurrentIndex(page.kind.findData("network"))
        page.target.setText(f"127.0.0.1:{printer.port}")
        page.width.setCurrentIndex(page.width.findData(384))
        assert page.save()
        saved = list_printers(desk.store)
        assert [(p.name, p.kind, p.options["port"], p.width) for p in saved] == [("Quầy 1", "network", printer.port, 384)]
        assert desk.settings.default_printer == "Quầy 1"  # the first printer becomes the default
        assert page.model.rowCount() == 1 and page.model.rows[0]["default"]

        page.view.selectRow(0)
        page.test_selected()
        qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=20_000)
        assert "Quầy 1" in page.status.text(), page.error.text()
        picture = decode(printer.wait(5), width=384)
        assert picture.image.height > 100 and picture.cuts  # a real raster test page, cut at the end
        assert picture.image.convert("L").histogram()[0] > 1000  # ink: black pixels of the text
    finally:
        printer.close()


def test_bad_printer_input_is_shown_and_nothing_saved(desk, page):
    page.name.setText("Quầy 2")
    page.kind.setCurrentIndex(page.kind.findData("network"))
    page.target.setText("127.0.0.1:cổng")
    assert not page.save()
    assert "số" in page.error.text()
    page.target.setText("")
    assert not page.save()
    assert "host" in page.error.text()
    assert list_printers(desk.store) == []


def test_a_saved_printer_is_edited_in_place(desk, page):
    page.name.setText("Quầy 2")
    page.kind.setCurrentIndex(page.kind.findData("usb"))
    page.target.setText("0x0416:0x5011")
    assert page.save()
    page.view.selectRow(0)
    page._fill_from_selection()
    assert (page.name.text(), page.kind.currentData(), page.target.text()) == ("Quầy 2", "usb", "0x0416:0x5011")
    page.width.setCurrentIndex(page.width.findData(384))
    assert page.save()
    assert [(p.name, p.width, p.options) for p in list_printers(desk.store)] == [
        ("Quầy 2", 384, {"vendor": "0x0416", "product": "0x5011"})]


def test_remove_the_default_printer(desk, page):
    page.name.setText("Quầy 1")
    page.kind.setCurrentIndex(page.kind.findData("file"))
    page.target.setText("/dev/usb/lp0")
    assert page.save()
    page.view.selectRow(0)
    assert page.remove_selected()
    assert list_printers(desk.store) == [] and desk.settings.default_printer == ""


def test_a_printer_unable_to_confirm_keeps_the_setting_when_edited(desk, page):
    page.name.setText("Quầy cũ")
    page.kind.setCurrentIndex(page.kind.findData("network"))
    page.target.setText("192.168.1.50:9100")
    page.no_confirm.setChecked(True)
    assert page.save()
    assert list_printers(desk.store)[0].options == {"host": "192.168.1.50", "port": 9100, "confirm": False}
    page.no_confirm.setChecked(False)
    page.view.selectRow(0)
    page._fill_from_selection()
    assert page.no_confirm.isChecked() and page.no_confirm.isEnabled()
    page.width.setCurrentIndex(page.width.findData(384))
    assert page.save()  # an edit of another field keeps the setting
    assert [(p.width, p.options.get("confirm")) for p in list_printers(desk.store)] == [(384, False)]
    page.no_confirm.setChecked(False)
    assert page.save()
    assert "confirm" not in list_printers(desk.store)[0].options
    page.kind.setCurrentIndex(page.kind.findData("usb"))
    assert not page.no_confirm.isEnabled()  # only a network printer is asked


def test_a_serial_printer_is_offered_this_pcs_com_ports_and_a_queue_its_printers(qtbot, page, monkeypatch):
    from desk_app.printing import local_ports

    monkeypatch.setattr(local_ports, "serial_ports", lambda: [local_ports.Port("COM3", "USB-SERIAL CH340 (COM3)"),
                                                              local_ports.Port("COM10", "Prolific USB-to-Serial")])
    monkeypatch.setattr(local_ports, "printer_queues", lambda platform="": ["XP-80C", "Microsoft Print to PDF"])
    page.kind.setCurrentIndex(page.kind.findData("serial"))
    assert page.target.completer().model().stringList() == ["COM3", "COM10"]
    assert "COM3 – USB-SERIAL CH340 (COM3)" in page.target.toolTip()
    page.kind.setCurrentIndex(page.kind.findData("win32"))
    assert page.target.completer().model().stringList() == ["XP-80C", "Microsoft Print to PDF"]
    page.kind.setCurrentIndex(page.kind.findData("network"))
    assert page.target.completer().model().stringList() == [] and page.target.toolTip() == ""
