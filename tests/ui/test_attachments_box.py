"""Attaching in the dossier detail: a file, the scanner's folder (fed by copying files into
it), a SANE test scanner; the preview; OCR in the background."""

from __future__ import annotations

import shutil

import pytest

from desk_app.core import ocr, scanning
from desk_app.ui.pages.detail import DetailView
from desk_app.ui.session import Session
from tests.scan_pictures import scan_page
from tests.ui.shell_helpers import register


@pytest.fixture
def detail(qtbot, desk, commander):
    view = DetailView(desk, Session(commander))
    qtbot.addWidget(view)
    yield view
    view.attachments.runner.stop()


@pytest.fixture
def code(desk, commander, clock):
    return register(desk, commander["id"], "Đỗ Thị Lan", "001190000011", clock.now).code


def test_a_file_attached_to_a_document_shows_its_preview_and_pages(qtbot, desk, detail, code, tmp_path):
    pages = [scan_page(tmp_path / f"{n}.jpg", [f"Trang {n}"], size=(620, 877)) for n in (1, 2)]
    detail.load(code)
    box = detail.attachments
    assert box.target.count() == len(desk.dossiers.get(code)["documents"]) + 1
    box.target.setCurrentIndex(1)
    with qtbot.waitSignal(box.attached, timeout=10_000):
        box.attach_files(pages)
    assert box.list.count() == 1 and "2 trang" in box.list.item(0).text()
    qtbot.waitUntil(lambda: box.pages.text() == "2 trang", timeout=10_000)
    assert not box.preview.pixmap().isNull() and box.preview.pixmap().width() <= 96
    [row] = desk.attachments.of(code, look=False)
    assert row["position"] == 2 and row["pages"] == 2


def test_the_scanners_folder_offers_new_files_for_the_selected_dossier(qtbot, desk, detail, code, tmp_path):
    folder = tmp_path / "scans"
    folder.mkdir()
    settings = desk.settings
    settings.scan_folder = str(folder)
    desk.save_settings(settings)
    detail.load(code)
    box = detail.attachments
    assert not box.take_offered.isVisibleTo(box)
    made = scan_page(tmp_path / "made.jpg", ["Tờ khai"], size=(620, 877))
    shutil.copy(made, folder / "SCAN0001.jpg")  # as the scanner's program saves it
    qtbot.waitUntil(lambda: box.offered_files == [folder / "SCAN0001.jpg"], timeout=10_000)
    assert "SCAN0001.jpg" in box.offered.text() and box.take_offered.isVisibleTo(box)
    with qtbot.waitSignal(box.attached, timeout=10_000):
        box.take_offered.click()
    assert box.offered_files == [] and not box.take_offered.isVisibleTo(box)  # attached: offered no more


def _sane_test_backend() -> bool:
    import subprocess

    program = shutil.which("scanimage")
    return bool(program) and subprocess.run([program, "-d", "test", "-A"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _sane_test_backend(), reason="SANE's test backend (sane-utils) is not installed")
def test_a_page_from_the_sane_test_scanner(qtbot, desk, detail, code, monkeypatch):
    monkeypatch.setattr(scanning, "scanners", lambda: ["test"])
    detail.load(code)
    box = detail.attachments
    box.target.setCurrentIndex(box.target.count() - 1)  # the result
    with qtbot.waitSignal(box.attached, timeout=60_000):
        box.scan()
    [row] = desk.attachments.of(code, look=False)
    assert row["target"] == "result" and row["pages"] == 1


needs_ocr = pytest.mark.skipif(not ocr.available(), reason="Tesseract with Vietnamese data is not installed")


@needs_ocr
def test_the_text_is_read_in_the_background_and_found(qtbot, desk, commander, code, tmp_path):
    from tests.ui.shell_helpers import open_window

    page = scan_page(tmp_path / "gcn.png", ["GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT", "Thửa đất số 125"],
                     size=(1240, 1754), font_px=36, kind="PNG")
    window = open_window(qtbot, desk, commander)
    window.open_dossier(code)
    box = window.dossiers_page.detail.attachments
    qtbot.waitUntil(lambda: box.code == code, timeout=10_000)
    with qtbot.waitSignal(window.text_reader.read, timeout=60_000,
                          check_params_cb=lambda count: count == 1):  # (a round at start reads none)
        box.attach_files([page])
    assert [r["code"] for r in desk.dossiers.find("thua dat so 125")] == [code]


@needs_ocr
def test_files_attached_from_the_command_line_are_read_once_the_window_opens(qtbot, desk, commander, code,
                                                                            tmp_path):
    from tests.ui.shell_helpers import open_window

    page = scan_page(tmp_path / "kq.png", ["QUYẾT ĐỊNH", "Đăng ký thường trú"], size=(1240, 1754), font_px=40,
                     kind="PNG")
    desk.attachments.attach(code, [page], commander["id"], document=1)  # as `desk-app attach` does
    assert desk.dossiers.find("dang ky thuong tru") == []
    window = open_window(qtbot, desk, commander)
    with qtbot.waitSignal(window.text_reader.read, timeout=60_000) as read:
        pass
    assert read.args == [1]
    assert [r["code"] for r in desk.dossiers.find("dang ky thuong tru")] == [code]


def test_settings_set_the_scanners_folder_and_show_the_size_the_files_would_add(qtbot, desk, commander, code,
                                                                                tmp_path):
    from desk_app.ui.pages.settings.settings_general import GeneralPage

    desk.attachments.attach(code, [scan_page(tmp_path / "a.jpg", ["A"], size=(620, 877))], commander["id"],
                            document=1)
    page = GeneralPage(desk, Session(commander))
    qtbot.addWidget(page)
    files, size = desk.attachments.stored_size()
    assert files == 1 and size > 0 and page.files_size.text().startswith("Hiện có 1 tệp, ")
    page.scan_folder.setText(str(tmp_path))
    page.sync_files.setChecked(True)
    assert page.save()
    assert desk.settings.scan_folder == str(tmp_path) and desk.settings.sync_attachment_files


@pytest.mark.parametrize("state, says", [("ready", "Có (Tesseract, tiếng Việt)"),
                                         ("no_language", "chưa có dữ liệu tiếng Việt"),
                                         ("missing", "Chưa cài Tesseract")])
def test_settings_say_whether_the_scans_text_can_be_searched(qtbot, desk, commander, monkeypatch, state, says):
    from desk_app.ui.pages.settings.settings_general import GeneralPage

    monkeypatch.setattr(ocr, "state", lambda: state)
    page = GeneralPage(desk, Session(commander))
    qtbot.addWidget(page)
    assert says in page.ocr_state.text()


def test_enter_on_an_attachment_opens_a_copy_in_the_viewer_and_the_kept_file_stays(qtbot, desk, detail, code,
                                                                                   tmp_path, monkeypatch):
    from PySide6.QtCore import Qt

    from desk_app.printing import open_file

    opened = []
    monkeypatch.setattr(open_file, "open_with_system", opened.append)
    detail.load(code)
    box = detail.attachments
    box.target.setCurrentIndex(1)
    with qtbot.waitSignal(box.attached, timeout=10_000):
        box.attach_files([scan_page(tmp_path / "p.jpg", ["Trang 1"], size=(620, 877))])
    [row] = desk.attachments.of(code, look=False)
    box.list.setFocus()
    qtbot.keyClick(box.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    copy = opened[0]
    assert copy.name == f"{code}-giay-to-2.pdf" and copy.parent.name == "attachments-open"
    assert copy.read_bytes() == desk.attachments.path(row).read_bytes()
    qtbot.waitUntil(lambda: "Đã mở" in box.status.text(), timeout=10_000)
    looks = desk.store.all("SELECT detail FROM audit_log WHERE action = 'view' ORDER BY seq DESC LIMIT 1")
    assert looks and "mở tệp đính kèm giay-to-2" in looks[0]["detail"]
    copy.write_bytes(b"%PDF-1.4 saved over by the viewer")  # a viewer that saves what it shows
    assert desk.attachments.check_files() == []


def test_an_english_window_says_one_page_and_two_pages(qtbot, desk, detail):
    from PySide6.QtWidgets import QApplication

    from desk_app.ui.i18n import install_translator

    app = QApplication.instance()
    translator = install_translator(app, "en")
    try:
        detail.attachments._previewed((None, 1), None)
        assert detail.attachments.pages.text() == "1 page"
        detail.attachments._previewed((None, 2), None)
        assert detail.attachments.pages.text() == "2 pages"
    finally:
        app.removeTranslator(translator)
    detail.attachments._previewed((None, 2), None)
    assert detail.attachments.pages.text() == "2 trang"


def test_an_attachment_made_by_mistake_is_taken_back_with_a_reason(qtbot, desk, detail, code, tmp_path,
                                                                   monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    detail.load(code)
    box = detail.attachments
    box.target.setCurrentIndex(0)
    with qtbot.waitSignal(box.attached, timeout=10_000):
        box.attach_files([scan_page(tmp_path / "nham.jpg", ["Giấy của người khác"], size=(620, 877))])
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kw: (asked.append(args[2]) or
                                                                     ("Quét nhầm giấy tờ của hồ sơ khác", True)))
    with qtbot.waitSignal(detail.changed, timeout=10_000) as changed:
        box.remove_button.click()
    assert changed.args == [code] and code in asked[0] and "nham.jpg" in asked[0]
    assert box.list.count() == 0 and "Đã gỡ tệp nham.jpg" in box.status.text()
    assert any("Gỡ tệp đính kèm" in line and "Quét nhầm" in line and "Tệp đã gỡ: giấy tờ 1 (nham.jpg, 1 trang)" in line
               for line in detail.timeline_lines)
    assert not box.remove_button.isEnabled()


def test_the_dossiers_electronic_file_is_written_from_the_pane(qtbot, desk, detail, code, tmp_path):
    import pypdf

    detail.load(code)
    box = detail.attachments
    assert not box.export_button.isEnabled()  # nothing attached yet
    box.target.setCurrentIndex(0)
    with qtbot.waitSignal(box.attached, timeout=10_000):
        box.attach_files([scan_page(tmp_path / f"{n}.jpg", [f"Trang {n}"], size=(620, 877)) for n in (1, 2)])
    assert box.export_button.isEnabled()
    out = tmp_path / "ho-so.pdf"
    box.export_file(str(out))
    qtbot.waitUntil(lambda: "Đã ghi" in box.status.text(), timeout=10_000)
    assert len(pypdf.PdfReader(str(out)).pages) == 3  # the receipt, then the two scanned pages
    assert "3 trang, 1 tệp đính kèm" in box.status.text()
