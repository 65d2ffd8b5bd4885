"""What the officer reads says things plainly: no empty part in a dossier's header line, the
action on a button (not the status it leads to), record kinds instead of table names, and a
saved language said to come at the next start, as the status bar says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desk_app.core.ratings import SATISFIED
from desk_app.ui.pages.audit_page import AuditPage
from desk_app.ui.session import Session
from tests.ui.shell_helpers import open_window, register
from tests.ui.test_detail import code, detail  # noqa: F401
from tests.ui.test_sync_page import district, linked, page  # noqa: F401


@pytest.mark.parametrize("action", ["refuse", "stop"])
def test_a_refused_or_stopped_dossier_has_no_empty_part_in_its_header(detail, code, desk, commander, action):
    desk.dossiers.apply(code, action, commander["id"], reason="Hồ sơ không thuộc thẩm quyền")
    detail.load(code)
    text = detail.state.text()
    assert "Trạng thái:" in text and "Lệ phí:" in text
    assert "· ·" not in text and "·  ·" not in text


class ActionWords(QTranslator):
    """English as the .ts gives it, for the words an action and its status share."""
    WORDS = {("action", "Từ chối"): "Refuse", ("action", "Dừng giải quyết"): "Stop",
             ("lifecycle", "Từ chối"): "Refused", ("lifecycle", "Dừng giải quyết"): "Stopped"}

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.WORDS.get((context, source), "")

    def isEmpty(self) -> bool:
        return False


def test_buttons_name_the_action_not_the_status(qtbot, desk, commander, code):  # noqa: F811
    from desk_app.ui.pages.detail import DetailView

    app = QApplication.instance()
    words = ActionWords(app)
    app.installTranslator(words)
    try:
        view = DetailView(desk, Session(commander))
        qtbot.addWidget(view)
        texts = {button.text() for button in view.findChildren(type(view.amend_button))}
        assert "&4 Refuse" in texts and "&6 Stop" in texts
        assert "&4 Refused" not in texts and "&6 Stopped" not in texts
    finally:
        app.removeTranslator(words)


def test_the_sync_page_names_record_kinds(qtbot, linked, page, commander, clock, tmp_path):  # noqa: F811
    code = register(linked, commander["id"], "Đỗ Thị Lan", "001190000011", clock.now).code
    linked.ratings.add(SATISFIED, commander["id"], code=code)
    page.folder.setText(str(tmp_path / "usb"))
    with qtbot.waitSignal(page.exported, timeout=30000):
        page.export_button.click()
    assert "đánh giá 1" in page.result.text() and "hồ sơ 1" in page.result.text()
    assert "ratings" not in page.result.text()


def test_the_audit_log_names_record_kinds(qtbot, desk, commander, clock):
    code = register(desk, commander["id"], "Đỗ Thị Lan", "001190000011", clock.now).code
    desk.ratings.add(SATISFIED, commander["id"], code=code)
    page = AuditPage(desk, Session(commander))
    qtbot.addWidget(page)
    page.refresh()
    column = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())].index("Bảng")
    shown = {page.model.data(page.model.index(r, column)) for r in range(page.model.rowCount())}
    assert {"hồ sơ", "công dân", "bước xử lý", "đánh giá"} <= shown
    assert not shown & {"dossiers", "citizens", "dossier_events", "ratings", "handovers"}


def test_saving_a_new_language_says_it_comes_at_the_next_start(qtbot, desk, commander):
    from desk_app.ui.shell.main_window import SETTINGS

    window = open_window(qtbot, desk, commander)
    window.go(SETTINGS)
    general = window.settings_page.pages["general"]
    general.language.setCurrentIndex(general.language.findData("en"))
    general.save_button.click()
    assert "lần mở phần mềm sau" in general.status.text()
    assert "lần mở phần mềm sau" in window.statusBar().currentMessage()
    general.idle_lock.setValue(7)  # the language already saved: other settings take effect now
    general.language.setCurrentIndex(general.language.findData("vi"))
    general.save_button.click()
    assert general.status.text() == "Đã lưu, có hiệu lực ngay."
