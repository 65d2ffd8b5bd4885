"""The keyboard-wedge scanner filter: bursts become scans, typing passes through."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from desk_app.ui.shell.scanner import could_start_payload
from tests.ui.forms_helpers import CARD_QR, press, scan, scan_filter, show_and_focus, type_text  # noqa: F401


def two_fields(qtbot):
    window = QWidget()
    layout = QVBoxLayout(window)
    first, second = QLineEdit(), QLineEdit()
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(window)
    show_and_focus(qtbot, window, first)
    first.window_ref = window  # qtbot holds widgets weakly: keep the window alive
    return first, second


def test_a_burst_is_a_scan_and_never_lands_in_the_field(qtbot, scan_filter):
    first, second = two_fields(qtbot)
    with qtbot.waitSignal(scan_filter.scanned, timeout=1000) as signal:
        scan(qtbot)
    assert signal.args == [CARD_QR]
    assert first.text() == "" and second.text() == ""
    assert first.hasFocus()  # the final Enter/Tab of the scanner did not move the focus


def test_a_scan_ended_by_a_pause_and_by_tab(qtbot, scan_filter):
    first, _ = two_fields(qtbot)
    with qtbot.waitSignal(scan_filter.scanned, timeout=1000) as signal:
        scan(qtbot, end_key=None)
    assert signal.args == [CARD_QR]
    with qtbot.waitSignal(scan_filter.scanned, timeout=1000):
        scan(qtbot, end_key=Qt.Key_Tab)
    assert first.text() == "" and first.hasFocus()


def test_typing_passes_through_untouched(qtbot, scan_filter):
    first, _ = two_fields(qtbot)
    received = []
    scan_filter.scanned.connect(received.append)
    type_text(qtbot, "Lê Văn Đức")
    assert first.text() == "Lê Văn Đức"  # letters are never held back
    first.clear()
    type_text(qtbot, "0912345678", interval_ms=90)  # a person typing a phone number
    qtbot.waitUntil(lambda: first.text() == "0912345678", timeout=1000)
    assert received == []


def test_a_fast_burst_that_is_not_a_card_is_typed_after_the_pause(qtbot, scan_filter):
    first, _ = two_fields(qtbot)
    received = []
    scan_filter.scanned.connect(received.append)
    type_text(qtbot, "12345")  # a barcode-like burst: held, then given back in order
    assert first.text() == ""
    qtbot.waitUntil(lambda: first.text() == "12345", timeout=1000)
    type_text(qtbot, "001190012345x")  # twelve digits then not '|': given back at once
    assert first.text() == "12345001190012345x"
    assert received == []


def test_the_gap_between_keys_decides(qtbot, scan_filter):
    first, _ = two_fields(qtbot)
    now = [0.0]
    scan_filter.clock = lambda: now[0]
    received = []
    scan_filter.scanned.connect(received.append)
    for ch in CARD_QR:  # every key 200 ms apart: a person; the keys land in the field as typed
        now[0] += 0.2
        press(Qt.Key_unknown if not ch.isdigit() else Qt.Key(Qt.Key_0.value + int(ch)), ch)
    assert received == [] and first.text() == CARD_QR[:-1]  # (a last digit waits: it could start a card)
    press(Qt.Key_Return, "\r")  # a whole card in a field is a scan all the same: taken back out
    assert received == [CARD_QR] and first.text() == ""
    received.clear()
    for ch in CARD_QR:  # 5 ms apart: a scanner
        now[0] += 0.005
        press(Qt.Key_unknown if not ch.isdigit() else Qt.Key(Qt.Key_0.value + int(ch)), ch)
    press(Qt.Key_Return, "\r")
    assert received == [CARD_QR] and first.text() == ""  # a scanner's keys never showed in the field


def test_shortcuts_and_modified_keys_pass(qtbot, scan_filter):
    first, _ = two_fields(qtbot)
    type_text(qtbot, "abc")
    press(Qt.Key_A, "", Qt.ControlModifier)  # select all
    type_text(qtbot, "x")
    assert first.text() == "x"


def test_payload_prefix_rule():
    assert could_start_payload("0011900")
    assert could_start_payload("001190012345|Nguyễn")
    assert not could_start_payload("0011900123456")
    assert not could_start_payload("a1")


def test_keys_that_only_help_type_a_character_do_not_break_a_scan(qtbot, scan_filter):
    """Real scanners press Shift alone before '|' and capitals (type_text does so too); in
    Alt-code mode they type keypad digits with Alt held; X11 may send a key with no symbol
    while it remaps the keyboard. None of these may end the burst."""
    first, _ = two_fields(qtbot)
    head, name, tail = CARD_QR.split("|", 2)[0] + "|" + CARD_QR.split("|")[1] + "|", "Nguyễn", CARD_QR.split("|", 3)[3]
    with qtbot.waitSignal(scan_filter.scanned, timeout=1000) as signal:
        type_text(qtbot, head)
        for digit in "7863":  # Alt held: keypad digits without text, then the character itself
            press(Qt.Key(Qt.Key_0.value + int(digit)), "", Qt.AltModifier | Qt.KeypadModifier)
        type_text(qtbot, name)
        press(Qt.Key(0), "")  # a key the keyboard map does not know yet
        type_text(qtbot, " Thị Bích Ngọc|" + tail)
        press(Qt.Key_Return, "\r")
    assert signal.args[0] == CARD_QR
    assert first.text() == ""


def test_a_scan_that_paused_half_way_is_taken_back_out_of_the_field_at_its_enter(qtbot, scan_filter):
    first, _ = two_fields(qtbot)
    type_text(qtbot, "Ghi chú ")  # what the officer had typed before the card was scanned
    half = len(CARD_QR) // 2
    type_text(qtbot, CARD_QR[:half])
    qtbot.waitUntil(lambda: first.text().endswith(CARD_QR[:half]), timeout=1000)  # the pause gave it back
    type_text(qtbot, CARD_QR[half:])
    with qtbot.waitSignal(scan_filter.scanned, timeout=1000) as signal:
        press(Qt.Key_Return, "\r")
    assert signal.args[0] == CARD_QR
    assert first.text() == "Ghi chú "


def test_enter_in_a_field_without_a_card_payload_is_left_alone(qtbot, scan_filter):
    first, _ = two_fields(qtbot)
    received = []
    scan_filter.scanned.connect(received.append)
    first.setText("001190012345|chỉ một dấu gạch")  # twelve digits and a bar, but no card
    press(Qt.Key_Return, "\r")
    assert received == [] and first.text() == "001190012345|chỉ một dấu gạch"
