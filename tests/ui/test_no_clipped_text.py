"""No text in the window is ever cut: every visible label, button, tab and dossier code of every
page, at 1024×768 and 1366×768, in Vietnamese and in English."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from desk_app.ui.i18n import install_translator
from tests.ui.clipping import clipped_texts
from tests.ui.shell_helpers import open_window, register

SIZES = [(1024, 768), (1366, 768)]


@pytest.fixture(params=["vi", "en"])
def language(request):
    app = QApplication.instance()
    translator = install_translator(app, request.param) if request.param == "en" else None
    yield request.param
    if translator is not None:
        app.removeTranslator(translator)


@pytest.fixture
def busy_desk(desk, commander, clock):
    """A morning's dossiers, one of them refused (its header line has no appointment)."""
    desk.officers.add("Trần Thị Thu Hà", "officer", "3917", commander["id"])
    for i in range(6):
        register(desk, commander["id"], f"Nguyễn Thị Bích Ngọc {i}", f"00119001234{i}",
                 clock.now - timedelta(hours=i), phone="0912345678")
    return desk


def _settle(window, qtbot, size):
    window.showNormal()
    window.resize(*size)
    qtbot.wait(30)
    QApplication.processEvents()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_no_page_cuts_its_text(qtbot, busy_desk, commander, language, size):
    window = open_window(qtbot, busy_desk, commander)
    found = []
    for key in list(window.page_keys):
        window.go(key)
        if key == "handover":  # its counts arrive from the background: the text to check
            qtbot.waitUntil(lambda: not window.ensure_page("handover").counter.busy, timeout=10000)
        _settle(window, qtbot, size)
        found += [f"[{key}] {cut}" for cut in clipped_texts(window)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_dossier_shown_whole(qtbot, busy_desk, commander, language, size):
    window = open_window(qtbot, busy_desk, commander)
    window.go("dossiers")
    _settle(window, qtbot, size)
    window.queue_view.table.setFocus()
    window.queue_view.table.selectRow(0)
    window.dossiers_page.show_detail()
    _settle(window, qtbot, size)
    assert not clipped_texts(window), "\n".join(clipped_texts(window))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_lockout_message_is_whole(qtbot, busy_desk, commander, language, size):
    window = open_window(qtbot, busy_desk, commander)
    _settle(window, qtbot, size)
    window.lock()
    fields = window.lock_screen.fields
    for _ in range(6):
        fields.pin.setText("1470")
        window.lock_screen.try_unlock()
    QApplication.processEvents()
    assert fields.error.text()
    assert not clipped_texts(window), "\n".join(clipped_texts(window))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_receive_form_keeps_every_field_while_it_speaks(qtbot, busy_desk, commander, language, size):
    """A refused save and an unreadable scan put their messages up; no field loses its row."""
    window = open_window(qtbot, busy_desk, commander)
    window.go("receive")
    _settle(window, qtbot, size)
    form = window.receive_form
    form.handle_scan("không phải mã QR của thẻ căn cước")
    assert form.save() is None
    _settle(window, qtbot, size)
    assert not clipped_texts(window), "\n".join(clipped_texts(window))


def test_the_login_dialog_shows_a_lockout_whole(qtbot, busy_desk, language):
    from desk_app.ui.dialogs.login import LoginDialog

    dialog = LoginDialog(busy_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(6):
        dialog.fields.pin.setText("1470")
        dialog.accept()
    qtbot.wait(30)
    assert "PIN" in dialog.fields.error.text()
    assert not clipped_texts(dialog), "\n".join(clipped_texts(dialog))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_an_empty_list_says_what_to_do_whole(qtbot, busy_desk, commander, language, size):
    window = open_window(qtbot, busy_desk, commander)
    window.show_queue("all")
    window.queue_view.search.setText("khong co ai ten nay")
    window.queue_view.run_search()
    _settle(window, qtbot, size)
    assert window.queue_view.empty_note.label.isVisible()
    assert not clipped_texts(window), "\n".join(clipped_texts(window))


@pytest.mark.parametrize("action", ["start", "supplement", "extend", "refuse", "result_ready"])
def test_every_action_dialog_is_whole_and_sized_to_what_it_asks(qtbot, busy_desk, commander, language, action):
    window = open_window(qtbot, busy_desk, commander)
    window.show_queue("all")
    window.queue_view.table.selectRow(0)
    window.dossiers_page.show_detail()
    if action == "result_ready":
        window.detail.open_action("start").accept()
    dialog = window.detail.open_action(action)
    qtbot.wait(30)
    assert not clipped_texts(dialog), "\n".join(clipped_texts(dialog))
    assert dialog.width() <= 720 and dialog.height() <= 600  # a confirmation is not a page
    dialog.reject()
