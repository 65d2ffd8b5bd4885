"""The dossier list to Excel (Ctrl+Shift+E): every dossier the list's filters and search
match, not only the rows loaded on screen; and the register book (sổ theo dõi) of the dates
on the list's "Nhận từ ngày … đến ngày" row. Written on the background runner through the
same core as `desk-app export-list` / `export-register`, which logs the look."""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton

from desk_app.ui.background import Background
from desk_app.ui.pages.queue_view import QueueView
from desk_app.ui.widgets import file_dialogs

SHORTCUT = "Ctrl+Shift+E"
MESSAGE_MS = 15000


class ListExports(QObject):
    def __init__(self, desk, officer_id: Callable[[], str | None], view: QueueView,
                 say: Callable[[str, int], None]):
        """`say(text, ms)`: the window's status bar."""
        super().__init__(view)
        self.view, self.officer_id, self.say = view, officer_id, say
        self.today = lambda: desk.now().date()
        self.data_dir = desk.data_dir
        self.runner = Background(desk, self)
        self.list_button = QPushButton(self.tr("Xuất Excel"))
        self.list_button.setToolTip(self.tr("Ghi mọi hồ sơ khớp bộ lọc và ô tìm kiếm (không chỉ các dòng đang "
                                            "hiện) ra tệp Excel  (%1)").replace("%1", SHORTCUT))
        self.list_button.clicked.connect(lambda: self.export_list())
        self.register_button = QPushButton(self.tr("Xuất sổ theo dõi"))
        self.register_button.setToolTip(self.tr("Sổ theo dõi hồ sơ nhận từ ngày đến ngày ghi ở dòng "
                                                "“Nhận từ ngày” phía trên, ra tệp Excel"))
        self.register_button.clicked.connect(lambda: self.export_register())
        for button in (self.list_button, self.register_button):
            button.setAutoDefault(False)
        view.add_tools(self.register_button, self.list_button)
        self.shortcut = QShortcut(QKeySequence(SHORTCUT), view, context=Qt.ShortcutContext.WindowShortcut)
        self.shortcut.activated.connect(lambda: self.export_list())

    def export_list(self, path: str | None = None) -> bool:
        """The list as filtered now to `path` (asked with a save dialog when None)."""
        flt, search = self.view.current_filter(), self.view.search.text()
        path = path or self._ask(self.tr("Xuất danh sách hồ sơ"), f"danh-sach-ho-so-{self.today():%Y-%m-%d}.xlsx")
        if not path:
            return False
        officer = self.officer_id()

        def work(desk, _report):
            return desk.printing.export_list(flt, path, search, officer)

        return self._run(work, self.tr("Đã xuất %1 hồ sơ ra tệp %2"))

    def export_register(self, path: str | None = None) -> bool:
        """The register book of the dates on the list's range row."""
        first, last = self.view.date_from.date().toPython(), self.view.date_to.date().toPython()
        if last < first:
            self.say(self.tr("Ngày cuối trước ngày đầu: sửa khoảng ngày rồi xuất lại."), MESSAGE_MS)
            return False
        path = path or self._ask(self.tr("Xuất sổ theo dõi hồ sơ"), _register_name(first, last))
        if not path:
            return False
        officer = self.officer_id()

        def work(desk, _report):
            return desk.printing.export_register(first, last, path, officer)

        return self._run(work, self.tr("Đã xuất sổ theo dõi (%1 hồ sơ) ra tệp %2"))

    def _ask(self, title: str, name: str) -> str:
        path = file_dialogs.ask_save(self.view, title, self.data_dir, file_dialogs.EXPORTS, name,
                                     self.tr("Bảng tính Excel (*.xlsx)"))
        if path and not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        return path

    def _run(self, work, told: str) -> bool:
        self.list_button.setEnabled(False)
        self.register_button.setEnabled(False)
        self.say(self.tr("Đang xuất tệp Excel…"), 0)

        def done(result, error) -> None:
            self.list_button.setEnabled(True)
            self.register_button.setEnabled(True)
            if error is not None:
                self.say(self.tr("Không xuất được tệp Excel: %1").replace("%1", str(error)), MESSAGE_MS)
            else:
                path, count = result
                self.say(told.replace("%1", str(count)).replace("%2", str(path)), MESSAGE_MS)

        return self.runner.run(work, done)


def _register_name(first: date, last: date) -> str:
    return f"so-theo-doi-{first:%Y-%m-%d}-den-{last:%Y-%m-%d}.xlsx"
