"""Printing from the dossier detail (reprint, A4 forms) and the print jobs page (retry)."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk_app.printing import jobs, open_file
from desk_app.printing.printers import PREVIEW_NAME, PrinterConfig, save_printer
from desk_app.ui.pages.detail import DetailView
from desk_app.ui.pages.print_jobs import PrintJobsPage
from desk_app.ui.session import Session
from tests.ui.shell_helpers import register
from tests.unit.printing.thermal_helpers import closed_port


@pytest.fixture
def code(desk, commander, clock):
    return register(desk, commander["id"], "Đỗ Thị Lan", "001190000011", clock.now).code


@pytest.fixture
def detail(qtbot, desk, commander, code):
    view = DetailView(desk, Session(commander))
    qtbot.addWidget(view)
    view.show()
    view.load(code)
    return view


def test_reprint_creates_a_printed_job_on_the_preview_printer(qtbot, desk, detail, code):
    actions = detail.print_actions
    assert actions.isVisible() and "Ctrl+P" in actions.reprint.text()
    assert [a.text() for a in actions.slip_menu.actions()] == ["Phiếu tiếp nhận, hẹn trả"]
    with qtbot.waitSignal(actions.printed, timeout=30000) as signal:
        actions.reprint.click()
    assert signal.args == [code, ""]
    job = desk.store.one("SELECT * FROM print_jobs WHERE subject = ?", (code,))
    assert (job["kind"], job["status"], job["printer_name"]) == ("receipt", "printed", PREVIEW_NAME)
    png = Path(job["output"])
    assert png.is_file() and png.is_relative_to(desk.data_dir) and png.suffix == ".png"
    with Image.open(png) as picture:
        assert picture.width == 576 and picture.height > 500
    assert actions.status.text().startswith(f"Chưa khai báo máy in: phiếu hồ sơ {code} được ghi thành ảnh")
    assert actions.status.text().endswith(job["output"])  # where its picture is
    with qtbot.waitSignal(actions.printed, timeout=30000):
        actions.reprint.click()  # printed again: a reprint, with its number as the slip says
    assert actions.status.text().startswith(f"Chưa khai báo máy in: bản in lại lần 1 của phiếu hồ sơ {code}")


def test_ctrl_p_prints_the_slip_that_fits_the_latest_event(qtbot, desk, detail, code, commander):
    window = detail.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    detail.desk.dossiers.apply(code, "supplement", commander["id"], "Thiếu giấy xác nhận chỗ ở",
                                 details={"missing": ["Giấy xác nhận chỗ ở"]})
    detail.load(code)
    actions = detail.print_actions
    assert "phiếu bổ sung" in actions.reprint.toolTip()
    assert [a.text() for a in actions.slip_menu.actions()] == ["Phiếu tiếp nhận, hẹn trả", "Phiếu bổ sung hồ sơ"]
    with qtbot.waitSignal(actions.printed, timeout=30000):
        qtbot.keyClick(detail, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    job = desk.store.one("SELECT * FROM print_jobs WHERE subject = ?", (code,))
    assert (job["kind"], job["status"]) == ("supplement", "printed")
    # After "Đã bổ sung đủ" the receipt fits again; the menu still offers the supplement slip.
    desk.dossiers.apply(code, "resume", commander["id"])
    detail.load(code)
    assert "phiếu tiếp nhận" in actions.reprint.toolTip()


def test_a4_form_is_written_and_handed_to_the_viewer(qtbot, desk, detail, code, monkeypatch):
    opened = []
    monkeypatch.setattr(open_file, "open_with_system", lambda path: opened.append(Path(path)))
    with qtbot.waitSignal(detail.print_actions.form_written) as signal:
        detail.print_actions.form_actions["receipt"].trigger()
    path = Path(signal.args[0])
    assert opened == [path] and path.parent == desk.data_dir / "forms" and path.is_file()
    reader = pypdf.PdfReader(str(path))
    assert len(reader.pages) == 2  # one copy for the citizen, one kept at the counter
    text = reader.pages[0].extract_text()
    assert code in text and "PHIẾU TIẾP NHẬN" in text
    assert "trình xem PDF" in detail.print_actions.status.text()


def test_without_a_viewer_the_form_path_is_shown(qtbot, detail, code, monkeypatch):
    def no_viewer(path):
        raise open_file.OpenFileError("Không mở được: máy chưa có chương trình xem PDF.")

    monkeypatch.setattr(open_file, "open_with_system", no_viewer)
    path = detail.print_actions.write_form("refusal")
    assert path.is_file() and code in pypdf.PdfReader(str(path)).pages[0].extract_text()
    assert str(path) in detail.print_actions.status.text() and "chưa có chương trình" in detail.print_actions.status.text()


def test_failed_job_shows_its_reason_and_retry_on_preview_prints_it(qtbot, desk, commander, code):
    save_printer(desk.store, PrinterConfig("Quầy hỏng", "network", {"host": "127.0.0.1", "port": closed_port()}), None)
    failed = desk.printing.print_dossier_slip(code, printer_name="Quầy hỏng", officer_id=commander["id"])
    assert not failed.ok
    page = PrintJobsPage(desk, Session(commander))
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 1
    row = [page.model.data(page.model.index(0, c)) for c in range(page.model.columnCount())]
    assert row[2] == code and row[3] == "Quầy hỏng" and row[4] == "Lỗi in" and "Quầy hỏng" in row[5]
    assert page.model.data(page.model.index(0, 0), Qt.BackgroundRole) is not None
    assert "Lỗi:" in page.reason.text() and "Quầy hỏng" in page.reason.text()
    page.printer.setCurrentIndex(page.printer.findData(PREVIEW_NAME))
    with qtbot.waitSignal(page.retried, timeout=30000) as signal:
        page.retry_button.click()
    assert signal.args == [failed.job_id, ""]
    job = jobs.get(desk.store, failed.job_id)
    assert (job["status"], job["printer_name"], job["attempts"], job["error"]) == ("printed", PREVIEW_NAME, 2, "")
    assert Path(job["output"]).is_file()
    assert page.model.data(page.model.index(0, 4)) == "Đã in" and page.reason.text() == ""


def test_a_slip_the_printer_does_not_confirm_is_said_so_and_shown_as_sent_not_confirmed(qtbot, desk, commander,
                                                                                          detail, code):
    from tests.unit.printing.thermal_helpers import Listener

    deaf = Listener(behaviour="deaf")  # takes the connection, never reads: the slip fits its buffers
    try:
        desk.printing.save_printer(PrinterConfig("Quầy 1", "network", {"host": "127.0.0.1", "port": deaf.port}),
                                   commander["id"], make_default=True)
        with qtbot.waitSignal(detail.print_actions.printed, timeout=30000) as signal:
            detail.print_actions.reprint.click()
    finally:
        deaf.close()
    assert signal.args[0] == code and "đã gửi, chưa xác nhận" in signal.args[1] and "Không in được" not in signal.args[1]
    assert "chưa xác nhận" in detail.print_actions.status.text()
    job = desk.store.one("SELECT * FROM print_jobs WHERE subject = ?", (code,))
    assert (job["status"], job["printed_at"]) == (jobs.UNCONFIRMED, None)
    page = PrintJobsPage(desk, Session(commander))
    qtbot.addWidget(page)
    page.show()
    assert page.model.data(page.model.index(0, 4)) == "Đã gửi, chưa xác nhận"
    colour = page.model.data(page.model.index(0, 0), Qt.BackgroundRole)
    assert colour.name() == "#fff1c2"  # amber, not the red of a failed job
    assert page.reason.text().startswith("Đã gửi, chưa xác nhận:") and "Quầy 1" in page.reason.text()
    page.printer.setCurrentIndex(page.printer.findData(PREVIEW_NAME))
    with qtbot.waitSignal(page.retried, timeout=30000) as retried:  # the retry at hand
        page.retry_button.click()
    assert retried.args == [job["id"], ""] and jobs.get(desk.store, job["id"])["status"] == jobs.PRINTED


def test_a_form_written_again_from_the_window_is_a_reprint_by_the_officer(qtbot, detail, code, desk, commander,
                                                                           monkeypatch):
    monkeypatch.setattr(open_file, "open_with_system", lambda path: None)
    first = pypdf.PdfReader(str(detail.print_actions.write_form("receipt"))).pages[0].extract_text()
    assert "BẢN IN LẠI" not in first
    assert "in lại" not in detail.print_actions.status.text()
    again = pypdf.PdfReader(str(detail.print_actions.write_form("receipt"))).pages[1].extract_text()
    assert "BẢN IN LẠI LẦN 1" in again
    assert "bản in lại lần 1" in detail.print_actions.status.text()  # the officer is told, not only the paper
    jobs = [j for j in desk.printing.list_jobs() if j["kind"] == "a4_receipt"]
    assert len(jobs) == 2 and {j["updated_by"] for j in jobs} == {commander["id"]}
