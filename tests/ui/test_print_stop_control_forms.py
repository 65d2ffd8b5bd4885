"""The dossier detail's "Biểu mẫu A4" menu offers Mẫu 05 (only for a stopped dossier) and
Mẫu 06 (at any moment), beside the other A4 forms; the PDFs read back with pypdf."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QApplication

from desk_app.printing import open_file
from desk_app.ui.pages.detail import DetailView
from desk_app.ui.session import Session
from tests.ui.shell_helpers import register


@pytest.fixture
def code(desk, commander, clock):
    return register(desk, commander["id"], "Đỗ Thị Lan", "001190000011", clock.now).code


@pytest.fixture
def detail(qtbot, desk, commander, code, monkeypatch):
    monkeypatch.setattr(open_file, "open_with_system", lambda path: None)
    view = DetailView(desk, Session(commander))
    qtbot.addWidget(view)
    view.show()
    view.load(code)
    return view


def _menu_texts(actions) -> list[str]:
    return [a.text() for a in actions.forms.menu().actions()]


def test_the_control_sheet_is_offered_beside_the_other_forms_and_written(qtbot, desk, detail, code):
    actions = detail.print_actions
    assert _menu_texts(actions)[-2:] == ["Thông báo dừng giải quyết (Mẫu 05)",
                                          "Phiếu kiểm soát quá trình giải quyết (Mẫu 06)"]
    assert not actions.form_actions["stop"].isEnabled()  # the dossier is not stopped
    assert actions.form_actions["control"].isEnabled()
    # Through the button as the officer does: it opens the menu; the entry is chosen with Enter.
    def choose() -> None:
        menu = QApplication.activePopupWidget()
        menu.setActiveAction(actions.form_actions["control"])
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(200, choose)
    with qtbot.waitSignal(actions.form_written, timeout=10000) as signal:
        qtbot.mouseClick(actions.forms, Qt.MouseButton.LeftButton)
    path = Path(signal.args[0])
    assert path.parent == desk.data_dir / "forms" and path.name.endswith("-control.pdf")
    reader = pypdf.PdfReader(str(path))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ" in text and code in text and "Tiếp nhận hồ sơ" in text
    assert "(một bản)" in actions.status.text()


def test_a_stopped_dossier_gets_its_notice_from_the_menu(qtbot, desk, commander, detail, code):
    desk.dossiers.apply(code, "stop", commander["id"], "Công dân có đơn rút hồ sơ")
    detail.load(code)
    actions = detail.print_actions
    assert actions.form_actions["stop"].isEnabled()
    with qtbot.waitSignal(actions.form_written) as signal:
        actions.form_actions["stop"].trigger()
    reader = pypdf.PdfReader(signal.args[0])
    assert len(reader.pages) == 2
    text = reader.pages[0].extract_text()
    assert "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ" in text and "Công dân có đơn rút hồ sơ" in text
    assert "(2 liên)" in actions.status.text()
