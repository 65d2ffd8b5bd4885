"""Printing from the dossier detail: reprint the thermal slip that fits the dossier (off the
UI thread, through its background runner) and write an A4 form as PDF, opened with the system viewer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QVBoxLayout, QWidget

from desk_app import owner_only
from desk_app.core.lifecycle import STOPPED
from desk_app.printing import open_file
from desk_app.printing.slips import SLIP_KINDS
from desk_app.ui.i18n import arg
from desk_app.ui.widgets.forms_common import ERROR_STYLE, NOTICE_STYLE
from desk_app.ui.background import Background
from desk_app.ui.widgets.slip_printing import print_slip
from desk_app.ui import theme

FORMS_FOLDER = "forms"
# The slip each event leaves the citizen with; "resume" (supplement done) goes back to the receipt.
SLIP_AFTER_EVENT = {"receive": "receipt", "resume": "receipt", "supplement": "supplement", "refuse": "refusal",
                    "extend": "extension", "return": "returned", "stop": "stopped"}
FORM_KINDS = {"receipt": QT_TRANSLATE_NOOP("PrintActions", "Phiếu tiếp nhận và hẹn trả (CT04 / Mẫu 01)"),
              "supplement": QT_TRANSLATE_NOOP("PrintActions", "Phiếu hướng dẫn bổ sung (CT05 / Mẫu 02)"),
              "refusal": QT_TRANSLATE_NOOP("PrintActions", "Phiếu từ chối tiếp nhận (CT06 / Mẫu 03)"),
              "extension": QT_TRANSLATE_NOOP("PrintActions", "Thư xin lỗi, hẹn lại (Mẫu 04)"),
              "stop": QT_TRANSLATE_NOOP("PrintActions", "Thông báo dừng giải quyết (Mẫu 05)"),
              "control": QT_TRANSLATE_NOOP("PrintActions", "Phiếu kiểm soát quá trình giải quyết (Mẫu 06)")}
ONE_COPY = ("control",)  # the control sheet travels with the dossier: one copy, as it stands


def fitting_slip(dossier: dict) -> str:
    """The slip of the latest event that gives the citizen one (receipt by default)."""
    kind = "receipt"
    for event in dossier.get("events", []):
        kind = SLIP_AFTER_EVENT.get(event["action"], kind)
    return kind


def available_slips(dossier: dict) -> list[str]:
    """The receipt, and each slip whose event has happened (printing needs its details)."""
    done = {SLIP_AFTER_EVENT.get(e["action"]) for e in dossier.get("events", [])}
    return [kind for kind in SLIP_KINDS if kind == "receipt" or kind in done]


def form_path(data_dir: Path, code: str, kind: str) -> Path:
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in code)
    return Path(data_dir) / FORMS_FOLDER / f"{safe}-{kind}.pdf"


class PrintActions(QWidget):
    printed = Signal(str, str)        # dossier code, error ("" when printed)
    form_written = Signal(str)        # the PDF's path

    def __init__(self, desk, session, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.session = session
        self.dossier: dict | None = None
        self.runner = Background(desk, self)

        self.reprint = QToolButton()
        self.reprint.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.reprint.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.reprint.clicked.connect(lambda: self.print_slip())
        self.slip_menu = QMenu(self)
        self.reprint.setMenu(self.slip_menu)
        self.forms = QToolButton()
        self.forms.setText(self.tr("Biểu mẫu A4"))
        self.forms.setToolTip(self.tr("Ghi biểu mẫu A4 (PDF, 2 liên) rồi mở bằng trình xem PDF để in."))
        self.forms.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        form_menu = QMenu(self)
        self.form_actions: dict[str, QAction] = {}
        for kind, label in FORM_KINDS.items():
            action = form_menu.addAction(self.tr(label))
            action.triggered.connect(lambda _=False, k=kind: self.write_form(k))
            self.form_actions[kind] = action
        self.forms.setMenu(form_menu)
        for button in (self.reprint, self.forms):
            button.setMinimumHeight(30)
        self.forms.setStyleSheet(f"QToolButton {{ padding-right: {theme.space(2)}px; }}")  # room for the menu arrow
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.reprint)
        row.addWidget(self.forms)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, theme.GRID, 0, 0)
        column.addLayout(row)
        column.addWidget(self.status)  # its own line: a printer's message can be long
        # Window-wide while the detail shows a dossier: Ctrl+P works from the queue beside it.
        self.shortcut = QShortcut(QKeySequence("Ctrl+P"), self, context=Qt.ShortcutContext.WindowShortcut)
        self.shortcut.activated.connect(lambda: self.print_slip())
        # The choice of slip from the keyboard: Ctrl+Shift+P anywhere, or Down on the button.
        self.menu_shortcut = QShortcut(QKeySequence("Ctrl+Shift+P"), self, context=Qt.ShortcutContext.WindowShortcut)
        self.menu_shortcut.activated.connect(self.reprint.showMenu)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.reprint, activated=self.reprint.showMenu,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.setVisible(False)

    def set_dossier(self, dossier: dict | None) -> None:
        if dossier is None or self.dossier is None or dossier["code"] != self.dossier["code"]:
            self.status.clear()  # a message about one dossier never sits under another
        self.dossier = dossier
        self.setVisible(dossier is not None)
        if dossier is None:
            return
        self.form_actions["stop"].setEnabled(dossier["status"] == STOPPED)  # only a stopped dossier has one
        fitting = fitting_slip(dossier)
        # Short text keeps the detail pane narrow; which slip it prints is in the tooltip and the menu.
        self.reprint.setText(self.tr("In lại phiếu (Ctrl+P)"))
        self.reprint.setToolTip(self.tr("In lại %1 (theo bước gần nhất của hồ sơ); mũi tên hoặc Ctrl+Shift+P: chọn phiếu khác.")
                                .replace("%1", self._slip_label(fitting).lower()))
        self.slip_menu.clear()
        for kind in available_slips(dossier):
            action = self.slip_menu.addAction(self._slip_label(kind))
            action.triggered.connect(lambda _=False, k=kind: self.print_slip(k))

    def _slip_label(self, kind: str) -> str:
        return {"receipt": self.tr("Phiếu tiếp nhận, hẹn trả"), "supplement": self.tr("Phiếu bổ sung hồ sơ"),
                "refusal": self.tr("Phiếu từ chối"), "extension": self.tr("Phiếu xin lỗi, hẹn lại"),
                "returned": self.tr("Phiếu đã trả kết quả"), "stopped": self.tr("Thông báo dừng giải quyết")}[kind]

    def print_slip(self, kind: str | None = None, dossier: dict | None = None) -> bool:
        """Print on the default printer, off the UI thread; the dossier is already saved.
        `dossier` as a step just handed it back saves reading it again."""
        if self.dossier is None:
            return False
        code = self.dossier["code"]
        kind = kind or fitting_slip(self.dossier)
        self._say(self.tr("Đang in %1 hồ sơ %2…").replace("%1", self._slip_label(kind).lower()).replace("%2", code))
        print_slip(self.runner, code, self._printed, kind=kind, officer_id=self.session.officer_id, dossier=dossier)
        return True

    def _printed(self, code: str, error: str, preview: str = "", reprint: int = 0) -> None:
        """What happened, a reprint with its number as the slip prints it ("BẢN IN LẠI LẦN n").
        Said only under that dossier: another selected meanwhile keeps its pane (the job list has it)."""
        if self.dossier is None or self.dossier["code"] != code:
            self.printed.emit(code, error)
            return
        if error:
            self._say(error, True)
        elif preview:
            what = arg(self.tr("bản in lại lần %1 của phiếu"), reprint) if reprint else self.tr("phiếu")
            self._say(arg(self.tr("Chưa khai báo máy in: %1 hồ sơ %2 được ghi thành ảnh %3"), what, code, preview))
        elif reprint:
            self._say(arg(self.tr("Đã in bản in lại lần %2 của phiếu hồ sơ %1."), code, reprint))
        else:
            self._say(arg(self.tr("Đã in phiếu hồ sơ %1."), code))
        self.printed.emit(code, error)

    def write_form(self, kind: str) -> Path | None:
        """Write the A4 form as PDF in the data folder's forms/ and hand it to the system viewer."""
        if self.dossier is None:
            return None
        code = self.dossier["code"]
        path = form_path(self.desk.data_dir, code, kind)
        try:
            owner_only.make_dir(path.parent)
            _written, reprint = self.desk.printing.write_form(code, kind, path, officer_id=self.session.officer_id)
        except (OSError, ValueError) as exc:
            self._say(self.tr("Không ghi được biểu mẫu: %1").replace("%1", str(exc)), error=True)
            return None
        def named(text: str) -> str:  # a reprint says so, as the form does
            return arg(self.tr("%1 (bản in lại lần %2, đã đánh dấu trên biểu mẫu)"), text, reprint) if reprint \
                else text

        try:
            open_file.open_with_system(path)
            copies = self.tr("một bản") if kind in ONE_COPY else self.tr("2 liên")
            self._say(arg(self.tr("Đã mở biểu mẫu %1 (%2) bằng trình xem PDF; in từ trình xem."), named(path.name),
                          copies))
        except open_file.OpenFileError as exc:
            self._say(self.tr("Đã ghi biểu mẫu vào %1. %2").replace("%1", named(str(path))).replace("%2", str(exc)))
        self.form_written.emit(str(path))
        return path

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else NOTICE_STYLE)
        self.status.setText(text)
