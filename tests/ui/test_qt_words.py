"""Qt's own words (the buttons of a question, the file dialog) read in the window's language:
Vietnamese from qt_vi.qm, English as Qt has them; one language at a time."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from desk_app.ui.i18n import install_translator

YES_NO = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No


@pytest.fixture
def language():
    app = QApplication.instance()
    installed = []

    def use(name: str) -> None:
        translator = install_translator(app, name)
        assert translator is not None
        installed.append(translator)

    yield use
    for translator in installed:
        app.removeTranslator(translator)


def question(qtbot) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, "Khôi phục", "Thay thế dữ liệu?", YES_NO)
    qtbot.addWidget(box)
    return box


def plain(text: str) -> str:
    return text.replace("&", "")


def test_a_question_in_vietnamese_says_co_and_khong(qtbot, language):
    language("vi")
    box = question(qtbot)
    assert plain(box.button(QMessageBox.StandardButton.Yes).text()) == "Có"
    assert plain(box.button(QMessageBox.StandardButton.No).text()) == "Không"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert plain(buttons.button(QDialogButtonBox.StandardButton.Cancel).text()) == "Hủy"


def test_in_english_qt_words_stay_english(qtbot, language):
    language("en")
    box = question(qtbot)
    assert plain(box.button(QMessageBox.StandardButton.Yes).text()) == "Yes"
    assert plain(box.button(QMessageBox.StandardButton.No).text()) == "No"


def test_the_file_dialog_in_vietnamese(qtbot, language, tmp_path):
    language("vi")
    dialog = QFileDialog(None, "Lưu Biểu 06", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): plain(label.text()) for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "Tìm trong:"
    assert labels["fileNameLabel"] == "Tên tệp:"
    assert labels["fileTypeLabel"] == "Loại tệp:"
    box = dialog.findChild(QDialogButtonBox)
    texts = [plain(button.text()) for button in box.buttons()]
    assert "Lưu" in texts and "Hủy" in texts
    assert not [t for t in texts if t in ("Save", "Cancel")]


def test_the_compiled_qt_words_hold_what_the_ts_file_says():
    """Catches qt_vi.ts edited without running pyside6-lrelease."""
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QTranslator

    from desk_app.paths import asset

    translator = QTranslator()
    assert translator.load(str(asset("translations", "qt_vi.qm")))
    entries = [(c.findtext("name"), m.findtext("source"), m.findtext("translation"))
               for c in ET.parse(asset("translations", "qt_vi.ts")).getroot().iter("context") for m in c.iter("message")]
    assert len(entries) > 100
    for context, source, translation in entries:
        assert translator.translate(context, source) == translation, (context, source)
