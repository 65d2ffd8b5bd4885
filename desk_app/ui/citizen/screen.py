"""The page the citizen sees: idle (unit, motto, the number served, QR codes), a saved
dossier's code and appointment, the rating question and its reason, a thank-you.

It only shows and emits: `answered(level, reason)` or `timed_out()`; whoever shows it records
the rating. The officer's window never waits for it. The clock is injected so a test can
pass 60 seconds without waiting them.
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QStackedWidget, QVBoxLayout,
                               QWidget)

from desk_app.core import ratings
from desk_app.ui.citizen.qr_label import LabelledQr
from desk_app.ui.theme import CARD, CITIZEN, GRID

IDLE, SAVED, ASKING, REASON, THANKS = "idle", "saved", "asking", "reason", "thanks"
SAVED_SECONDS = 30  # the code and appointment stay this long, unless something else comes first
THANKS_SECONDS = 5
LEVEL_KEYS = (ratings.VERY_SATISFIED, ratings.SATISFIED, ratings.UNSATISFIED)  # keys 1, 2, 3
REASON_KEYS = tuple(ratings.REASONS)  # keys 1 … 5
_LEVEL_STYLE = {
    ratings.VERY_SATISFIED: f"background:{CITIZEN['very_satisfied']};color:{CARD};",
    ratings.SATISFIED: f"background:{CITIZEN['satisfied']};color:{CARD};",
    ratings.UNSATISFIED: f"background:{CITIZEN['unsatisfied']};color:{CARD};",
}
_DIGITS = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4, Qt.Key.Key_5: 5}


def _sized(widget: QWidget, points: int, height: int = 0) -> None:
    """Its size on a screen of its own, kept so a smaller window can scale it (set_scale)."""
    widget.setProperty("full_points", points)
    widget.setProperty("full_height", height)
    font = QFont(widget.font())
    font.setPointSize(points)
    widget.setFont(font)
    widget.setMinimumHeight(height)


def _label(text: str = "", size: int = 20, bold: bool = False, color: str = CITIZEN["ink"]) -> QLabel:
    label = QLabel(text)
    _sized(label, size)
    font = QFont(label.font())
    font.setBold(bold)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet(f"color:{color};")
    return label


def _big_button(text: str, style: str, size: int = 24, height: int = 140) -> QPushButton:
    button = QPushButton(text)
    _sized(button, size, height)
    font = QFont(button.font())
    font.setBold(True)
    button.setFont(font)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a touch must not steal the keypad's keys
    button.setStyleSheet(f"QPushButton {{ {style} border-radius:16px; padding:18px; }}")
    return button


class CitizenScreen(QWidget):
    answered = Signal(str, str)  # level, reason ("" unless unsatisfied)
    timed_out = Signal()
    state_changed = Signal(str)

    def __init__(self, clock: Callable[[], float] = time.monotonic, parent=None):
        super().__init__(parent)
        self.clock = clock
        self.timeout_seconds = ratings.TIMEOUT_SECONDS
        self.state = IDLE
        self._until: float | None = None  # when the current state ends (None: it stays)
        self._level = ""
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # its margins too: light, edge to edge
        self.setStyleSheet(f"CitizenScreen, QStackedWidget > QWidget {{ background:{CITIZEN['page']}; }}")
        self.stack = QStackedWidget()
        self.panels: dict[str, QWidget] = {}
        for key, build in ((IDLE, self._idle_panel), (SAVED, self._saved_panel), (ASKING, self._asking_panel),
                           (REASON, self._reason_panel), (THANKS, self._thanks_panel)):
            self.panels[key] = build()
            self.stack.addWidget(self.panels[key])
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.scale = 1.0
        self.set_scale(1.0)
        self.tick = QTimer(self, interval=1000)
        self.tick.timeout.connect(self.check_time)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    # -- panels ------------------------------------------------------------------------------

    def _idle_panel(self) -> QWidget:
        panel = QWidget()
        self.unit_name = _label("", 34, True, CITIZEN["unit"])
        self.motto = _label(self.tr("“4 xin – 4 luôn”"), 28, True, CITIZEN["motto"])
        motto_text = _label(self.tr("Xin chào · Xin lỗi · Xin cảm ơn · Xin phép\n"
                                    "Luôn mỉm cười · Luôn nhẹ nhàng · Luôn lắng nghe · Luôn giúp đỡ"), 16, False, CITIZEN["body"])
        self.serving_caption = _label(self.tr("Đang phục vụ số"), 20, False, CITIZEN["body"])
        self.serving = _label("—", 96, True, CITIZEN["number"])
        self.board_qr = LabelledQr(self.tr("Thủ tục hành chính"))
        self.survey_qr = LabelledQr(self.tr("Đánh giá mức độ hài lòng"))
        codes = QHBoxLayout()  # the codes as wide as each other whatever their captions, centred
        codes.addStretch(1)    # as a pair, and the one left alone centred when the other is hidden
        for code in (self.board_qr, self.survey_qr):
            code.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            codes.addWidget(code, 2)
        codes.setSpacing(4 * GRID)
        codes.addStretch(1)
        layout = QVBoxLayout(panel)
        for widget in (self.unit_name, self.motto, motto_text):
            layout.addWidget(widget)
        layout.addSpacing(24)
        layout.addStretch(1)
        layout.addWidget(self.serving_caption)
        layout.addWidget(self.serving)
        layout.addStretch(1)
        layout.addLayout(codes, 3)
        return panel

    def _saved_panel(self) -> QWidget:
        panel = QWidget()
        self.saved_caption = _label(self.tr("Hồ sơ của Ông/Bà đã được tiếp nhận. Mã hồ sơ:"), 24, False, CITIZEN["body"])
        self.saved_code = _label("", 60, True, CITIZEN["number"])
        self.due_caption = _label(self.tr("Hẹn trả kết quả"), 24, False, CITIZEN["body"])
        self.saved_due = _label("", 52, True, CITIZEN["unit"])
        self.saved_note = _label(self.tr("Xin Ông/Bà giữ phiếu hẹn và mang theo khi đến nhận kết quả."), 18,
                                 False, CITIZEN["body"])
        self.transfer_qr = LabelledQr(self.tr("Chuyển khoản lệ phí: quét bằng ứng dụng ngân hàng"))
        self.transfer_qr.set_data("")
        layout = QVBoxLayout(panel)
        layout.addStretch(1)
        for widget in (self.saved_caption, self.saved_code, self.due_caption, self.saved_due, self.saved_note,
                       self.transfer_qr):
            layout.addWidget(widget)
        layout.addStretch(1)
        return panel

    def _asking_panel(self) -> QWidget:
        panel = QWidget()
        self.question = _label(self.tr("Ông/Bà đánh giá thế nào về việc giải quyết?"), 34, True)
        labels = {ratings.VERY_SATISFIED: self.tr("Rất hài lòng"), ratings.SATISFIED: self.tr("Hài lòng"),
                  ratings.UNSATISFIED: self.tr("Không hài lòng")}
        self.level_buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for number, level in enumerate(LEVEL_KEYS, start=1):
            button = _big_button(f"{number}\n{labels[level]}", _LEVEL_STYLE[level], 28)
            button.clicked.connect(lambda _checked=False, lv=level: self.choose_level(lv))
            self.level_buttons[level] = button
            row.addWidget(button)
        self.countdown = _label("", 14, False, CITIZEN["muted"])
        layout = QVBoxLayout(panel)
        layout.addStretch(1)
        layout.addWidget(self.question)
        layout.addSpacing(30)
        layout.addLayout(row)
        layout.addSpacing(20)
        layout.addWidget(_label(self.tr("Chạm vào ô, hoặc bấm phím 1, 2, 3 trên bàn phím đánh giá."), 16, False,
                                CITIZEN["body"]))
        layout.addStretch(1)
        layout.addWidget(self.countdown)
        return panel

    def _reason_panel(self) -> QWidget:
        panel = QWidget()
        labels = {"attitude": self.tr("Thái độ"), "waiting": self.tr("Thời gian chờ"),
                  "repeat_trips": self.tr("Phải đi lại nhiều lần"), "late": self.tr("Trễ hẹn"), "other": self.tr("Khác")}
        self.reason_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for index, reason in enumerate(REASON_KEYS):
            button = _big_button(f"{index + 1}. {labels[reason]}", f"background:{CITIZEN['choice']};color:{CITIZEN['ink']};", 22, 100)
            button.clicked.connect(lambda _checked=False, key=reason: self.choose_reason(key))
            self.reason_buttons[reason] = button
            grid.addWidget(button, index // 3, index % 3)
        self.reason_countdown = _label("", 14, False, CITIZEN["muted"])
        layout = QVBoxLayout(panel)
        layout.addStretch(1)
        layout.addWidget(_label(self.tr("Xin Ông/Bà cho biết lý do chưa hài lòng:"), 30, True))
        layout.addSpacing(30)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.reason_countdown)
        return panel

    def _thanks_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.addStretch(1)
        layout.addWidget(_label(self.tr("Cảm ơn Ông/Bà!"), 56, True, CITIZEN["thanks"]))
        self.thanks_note = _label(self.tr("Ý kiến của Ông/Bà giúp chúng tôi phục vụ tốt hơn."), 22, False, CITIZEN["body"])
        layout.addWidget(self.thanks_note)
        layout.addStretch(1)
        return panel

    def set_scale(self, scale: float) -> None:
        """1.0 on a screen of its own; smaller in a panel on the officer's screen, where the
        question and its three answers must fit a corner (every text and button in proportion)."""
        self.scale = scale
        self.layout().setContentsMargins(*(round(m * scale) for m in (40, 30, 40, 30)))
        for widget in self.findChildren(QWidget):
            points = widget.property("full_points")
            if points:
                font = QFont(widget.font())
                font.setPointSize(max(round(points * scale), 9))
                widget.setFont(font)
                widget.setMinimumHeight(round(widget.property("full_height") * scale))
        for code in (self.board_qr, self.survey_qr, self.transfer_qr):
            code.set_scale(scale)

    # -- what it shows -----------------------------------------------------------------------

    def set_unit(self, name: str, board_url: str, survey_url: str) -> None:
        self.unit_name.setText(name.upper())
        self.board_qr.set_data(board_url)
        self.survey_qr.set_data(survey_url)

    def set_serving(self, number: str) -> None:
        self.serving.setText(number or "—")

    def _enter(self, state: str, seconds: float | None) -> None:
        self.state = state
        self._until = None if seconds is None else self.clock() + seconds
        for key, panel in self.panels.items():
            # Only the page showing asks for room: the idle page's codes must not make the
            # small panel on the officer's screen grow past its corner.
            policy = QSizePolicy.Policy.Preferred if key == state else QSizePolicy.Policy.Ignored
            panel.setSizePolicy(policy, policy)
        self.stack.setCurrentWidget(self.panels[state])
        if seconds is None:
            self.tick.stop()
        else:
            self.tick.start()
        self.check_time()
        self.state_changed.emit(state)

    def show_idle(self) -> None:
        self._enter(IDLE, None)

    def show_saved(self, code: str, due_text: str, transfer: str = "") -> None:
        """`transfer`: the fee's VietQR text ('' when free, paid or no account: no code shown)."""
        self.saved_code.setText(code)
        self.saved_due.setText(due_text)
        self.transfer_qr.set_data(transfer)
        self._enter(SAVED, SAVED_SECONDS)

    def ask(self) -> None:
        """The rating question; after timeout_seconds without an answer: timed_out()."""
        self._level = ""
        self._asked_at = self.clock()
        self._enter(ASKING, self.timeout_seconds)

    @property
    def is_asking(self) -> bool:
        return self.state in (ASKING, REASON)

    # -- answers -----------------------------------------------------------------------------

    def choose_level(self, level: str) -> None:
        if self.state != ASKING:
            return
        if level == ratings.UNSATISFIED:
            self._level = level
            # The reason is part of the same question: the 60 s run on from when it was asked.
            remaining = self.timeout_seconds - (self.clock() - self._asked_at)
            self._enter(REASON, max(remaining, 1))
            return
        self._finish(level, "")

    def choose_reason(self, reason: str) -> None:
        if self.state == REASON:
            self._finish(ratings.UNSATISFIED, reason)

    def _finish(self, level: str, reason: str) -> None:
        self._enter(THANKS, THANKS_SECONDS)
        self.answered.emit(level, reason)

    def handle_key(self, key: int) -> bool:
        """A digit from the screen's own keys or the rating keypad; True when it answered."""
        number = _DIGITS.get(key)
        if number is None:
            return False
        if self.state == ASKING and number <= len(LEVEL_KEYS):
            self.choose_level(LEVEL_KEYS[number - 1])
            return True
        if self.state == REASON and number <= len(REASON_KEYS):
            self.choose_reason(REASON_KEYS[number - 1])
            return True
        return False

    def keyPressEvent(self, event) -> None:
        if not self.handle_key(event.key()):
            super().keyPressEvent(event)

    def check_time(self) -> None:
        """Each second: the countdown, and the end of a state whose time is up."""
        if self._until is None:
            return
        left = self._until - self.clock()
        if self.is_asking:
            text = self.tr("Còn %1 giây").replace("%1", str(max(int(left + 0.999), 0)))
            self.countdown.setText(text)
            self.reason_countdown.setText(text)
        if left > 0:
            return
        if self.state == REASON:  # "Không hài lòng" was chosen: kept, with no reason named
            self._finish(ratings.UNSATISFIED, "other")
        elif self.state == ASKING:
            self.show_idle()
            self.timed_out.emit()
        else:
            self.show_idle()
