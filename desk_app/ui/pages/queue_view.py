"""The queue page: filters, a search that answers as you type, and the dossier list."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QTableView, QVBoxLayout, QWidget,
)

from desk_app.core import lifecycle
from desk_app.core.dossiers import DossierService
from desk_app.core.queue import TODAY, VIEWS, QueueFilter, QueueService
from desk_app.ui.i18n import core_label, status_label
from desk_app.ui.models.queue_model import CELL_PADDING, ESSENTIAL, STRETCH_COLUMN, QueueModel, column_widths
from desk_app.ui.widgets.list_look import ChipDelegate, EmptyNote

SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 200


class QueueView(QWidget):
    open_dossier = Signal(str)  # the dossier code the officer opened (Enter, double click)
    # The dossier of the selected row, or None when nothing is selected. The detail pane follows
    # this and only this: a search or filter that removes the row empties it.
    current_changed = Signal(object)

    def __init__(self, queue: QueueService, dossiers: Callable[[], DossierService], parent=None):
        """`dossiers` builds the DossierService on demand (settings may change meanwhile)."""
        super().__init__(parent)
        self.queue = queue
        self._dossiers = dossiers
        self.model = QueueModel(queue, self)
        self._shown: str | None = None  # the dossier the detail was last told of
        self._search_box()
        self._filter_boxes()
        self._table()
        self.info = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        for row in self._filter_rows():
            layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.bottom = QHBoxLayout()
        self.bottom.addWidget(self.info, 1)
        layout.addLayout(self.bottom)
        self.apply_filter()

    def _search_box(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm: mã hồ sơ, số định danh, số điện thoại hoặc họ tên (có dấu hay không dấu)"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self._search_enter)
        # Down from the search box goes into the list, as in any search-then-pick screen.
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, activated=self.into_list,
                  context=Qt.ShortcutContext.WidgetShortcut)

    def _filter_boxes(self) -> None:
        self.view_box = QComboBox()
        for key, label in VIEWS.items():
            self.view_box.addItem(core_label(label), key)
        self.status_box = QComboBox()
        self.status_box.addItem(self.tr("Mọi trạng thái"), None)
        for status in lifecycle.STATUSES:
            self.status_box.addItem(status_label(status), status)
        self.procedure_box = QComboBox()
        self.procedure_box.addItem(self.tr("Mọi thủ tục"), None)
        for proc in self.queue.procedures():
            self.procedure_box.addItem(f"{proc['code']} – {proc['name']}", proc["code"])
        self.procedure_box.setMaximumWidth(420)
        # Not as wide as the longest procedure name: the window must fit a 1024-pixel screen.
        self.procedure_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.procedure_box.setMinimumContentsLength(14)
        self.range_check = QCheckBox(self.tr("Nhận từ ngày"))
        today = QDate(self.queue.now().date())  # the desk's clock, like every other "today"
        self.date_from = QDateEdit(today.addDays(-30), calendarPopup=True, displayFormat="dd/MM/yyyy")
        self.date_to = QDateEdit(today, calendarPopup=True, displayFormat="dd/MM/yyyy")
        for box in (self.view_box, self.status_box, self.procedure_box):
            box.currentIndexChanged.connect(self.apply_filter)
        self.range_check.toggled.connect(self.apply_filter)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.apply_filter)

    def _filter_rows(self) -> list[QHBoxLayout]:
        """Three short rows rather than one long one: the window must fit a 1024-pixel screen."""
        rows = [QHBoxLayout(), QHBoxLayout(), QHBoxLayout()]
        for row, widgets in zip(rows, ((QLabel(self.tr("Xem:")), self.view_box, self.status_box),
                                       (QLabel(self.tr("Thủ tục:")), self.procedure_box),
                                       (self.range_check, self.date_from, QLabel(self.tr("đến ngày")), self.date_to))):
            for widget in widgets:
                row.addWidget(widget, 1 if widget is self.procedure_box else 0)
            row.addStretch(1)
        return rows

    def add_tools(self, *buttons: QWidget) -> None:
        """Buttons beside the count under the list (not on the filter rows: the list stays as
        narrow as before, so the page fits a 1024-pixel screen beside an open dossier)."""
        for button in buttons:
            self.bottom.addWidget(button)

    def _table(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(4 * 8)  # 32 px rows: the chips' room
        self.table.setItemDelegate(ChipDelegate(self.table))
        self.empty_note = EmptyNote(self.table, self._empty_text)
        self.table.setAlternatingRowColors(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the next control
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(STRETCH_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # never sideways
        self._widths = column_widths(self.table.fontMetrics(), self.model)
        for column, width in enumerate(self._widths):
            self.table.setColumnWidth(column, width)
        self.model.modelReset.connect(self._fit_codes)
        self.model.rowsInserted.connect(self._fit_codes)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, activated=self._open_current,
                      context=Qt.ShortcutContext.WidgetShortcut)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._emit_current())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Code, applicant, procedure, due and status always show whole; the flag, the time of
        receipt and the ID number join them while the width allows, never a sideways scroll."""
        room = self.table.viewport().width()
        used = sum(self._widths[:ESSENTIAL])
        for column in range(ESSENTIAL, len(self._widths)):
            fits = used + self._widths[column] <= room
            self.table.setColumnHidden(column, not fits)
            used += self._widths[column] if fits else 0

    def _fit_codes(self, *_args) -> None:
        """The code column as wide as the longest code listed: its end is the slip's number."""
        metrics = self.table.fontMetrics()
        codes = (self.model.index(row, 0).data() or "" for row in range(self.model.rowCount()))
        widest = max((metrics.horizontalAdvance(code) + CELL_PADDING for code in codes), default=0)
        if widest > self._widths[0]:
            self._widths[0] = widest
            self.table.setColumnWidth(0, widest)
            self.fit_columns()

    def minimum_list_width(self) -> int:
        """What the five columns need, with the list's frame and scroll bar."""
        return sum(self._widths[:ESSENTIAL]) + self.table.verticalScrollBar().sizeHint().width() + 8

    # -- filters and search --------------------------------------------------------------

    def current_filter(self) -> QueueFilter:
        use_range = self.range_check.isChecked()
        return QueueFilter(
            view=self.view_box.currentData(),
            status=self.status_box.currentData(),
            procedure_code=self.procedure_box.currentData(),
            received_from=self.date_from.date().toPython() if use_range else None,
            received_to=self.date_to.date().toPython() if use_range else None,
        )

    def set_view(self, view: str) -> None:
        self.view_box.setCurrentIndex(self.view_box.findData(view))

    def apply_filter(self, *_args) -> None:
        self.model.filter = self.current_filter()
        self.refresh()

    def refresh(self) -> None:
        """Reload from the database (after a save, F5 or a filter change), keeping the search
        and, when it is still listed, the selected dossier, whose detail is read again."""
        self.run_search()
        self._emit_current(again=True)

    def run_search(self) -> None:
        """The search box's rows (or the filtered pages when it is empty); the selected dossier
        stays selected if it is still listed, as far down as the officer had scrolled."""
        self._debounce.stop()
        text = self.search.text().strip()
        selected = self.selected_code()
        rows = self._dossiers().find(text, limit=SEARCH_LIMIT) if text else None
        self.model.set_search_results(rows, at_least=self.model.rowCount() if selected else 0)
        self._show_info()
        self.select_code(selected)

    def select_code(self, code: str | None) -> bool:
        """Select the row of this dossier; with no such row, select nothing. Says whether it is listed."""
        row = self.model.row_of(code) if code else -1
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectRow(row)
        else:
            self.table.selectionModel().clearSelection()
            self.table.setCurrentIndex(self.model.index(-1, -1))
        self._emit_current()
        return row >= 0

    def update_dossier(self, dossier: dict) -> None:
        """A dossier changed by an action: its row shows the new state and stays selected."""
        self.model.replace_row(dossier)

    def _emit_current(self, again: bool = False) -> None:
        """Tell the detail when the selected dossier changes (once: selecting a row moves the
        current index and the selection, and a search that keeps the row must not read the
        dossier, and log a look at it, at every key); `again` to have it read anew."""
        code = self.selected_code()
        if again or code != self._shown:
            self._shown = code
            self.current_changed.emit(code)

    def _search_enter(self) -> None:
        self.run_search()
        if self.model.rowCount() == 1:
            self.select_code(self.model.code_at(0))
            self._open_row(0)
        elif self.model.rowCount():
            self.into_list()

    def _empty_text(self) -> str:
        """What an empty list says: why it is empty and what to do next."""
        if self.search.text().strip():
            return self.tr("Không tìm thấy hồ sơ nào khớp. Thử gõ mã hồ sơ, số định danh hoặc họ tên không dấu.")
        if self.view_box.currentData() == TODAY:
            return self.tr("Chưa có hồ sơ nào hôm nay – F2 để tiếp nhận.")
        return self.tr("Không có hồ sơ nào trong danh sách này – đổi bộ lọc ở trên, hoặc F2 để tiếp nhận hồ sơ mới.")

    def _show_info(self) -> None:
        shown = self.model.rowCount()
        if self.search.text().strip():
            text = self.tr("Tìm thấy %n hồ sơ", "", shown) if shown else self.tr("Không tìm thấy hồ sơ nào.")
        elif self.model.canFetchMore():
            text = self.tr("Đang hiển thị %n hồ sơ mới nhất; cuộn xuống để xem thêm", "", shown)
        else:
            text = self.tr("%n hồ sơ", "", shown)
        self.info.setText(text)

    def into_list(self) -> None:
        """Focus in the list, on the selected row or else the first one."""
        if self.model.rowCount():
            if not self.table.currentIndex().isValid():
                self.select_code(self.model.code_at(0))
            self.table.setFocus()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- opening -------------------------------------------------------------------------

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.select_code(self.model.code_at(index.row()))  # Qt may give the list focus on a row it did not select
            self._open_row(index.row())

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_dossier.emit(self.model.code_at(row))

    def selected_code(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.code_at(index.row())

