"""The dossier list as a Qt model: rows arrive a page at a time (fetchMore) by keyset, so a
million dossiers scroll without loading them all and without a pause."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics

from desk_app.core import lifecycle
from desk_app.core.queue import DUE_TODAY, OVERDUE, QueueFilter, QueueService
from desk_app.ui import theme
from desk_app.ui.i18n import status_label
from desk_app.ui.widgets.list_look import CHIP_PADDING, FAMILY_ROLE

COLUMNS = (
    ("code", QT_TRANSLATE_NOOP("QueueModel", "Mã hồ sơ")),
    ("full_name", QT_TRANSLATE_NOOP("QueueModel", "Người nộp")),
    ("procedure_name", QT_TRANSLATE_NOOP("QueueModel", "Thủ tục")),
    ("due_at", QT_TRANSLATE_NOOP("QueueModel", "Hẹn trả")),
    ("status", QT_TRANSLATE_NOOP("QueueModel", "Trạng thái")),
    ("flag", QT_TRANSLATE_NOOP("QueueModel", "Hạn")),
    ("received_at", QT_TRANSLATE_NOOP("QueueModel", "Tiếp nhận")),
    ("id_number", QT_TRANSLATE_NOOP("QueueModel", "Số định danh")),
)
# The list always shows the first five; the others only when the page is wide enough (the
# row's colour already says overdue / due today).
ESSENTIAL = 5
STRETCH_COLUMN = 2  # the procedure's name takes what is left, elided, whole in its tooltip
FLAG_TEXT = {OVERDUE: QT_TRANSLATE_NOOP("QueueModel", "QUÁ HẠN"), DUE_TODAY: QT_TRANSLATE_NOOP("QueueModel", "Đến hạn hôm nay")}
# A flagged row: a light tint, the appointment in bold in the family's ink, a chip in the "Hạn"
# column; the status column is a chip of the status's own family (widgets/list_look.py).
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
NUMBERS = ("due_at", "received_at", "id_number")  # right-aligned, their headers too
CELL_PADDING = 14 + 2 * theme.HALF  # the cell's margins and focus frame, and the sheet's item padding
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
FLAG_ROLE = Qt.ItemDataRole.UserRole + 2


def short_time(text: str | None) -> str:
    # '2026-11-23 09:05:00' -> '09:05 23/11/2026'
    if not text:
        return ""
    return f"{text[11:16]} {text[8:10]}/{text[5:7]}/{text[0:4]}"


# Text as wide as each column's longest usual value, measured in the window's font and language.
_SAMPLES = {"code": "CAXTT-000000-0000", "full_name": "Nguyễn Thị Bích Ngọc", "procedure_name": "Đăng ký tạm trú",
            "due_at": "09:05 23/11/2026", "received_at": "09:05 23/11/2026", "id_number": "001190012345"}


def column_widths(metrics: QFontMetrics, model: "QueueModel") -> list[int]:
    """Pixels for each column: its header or its longest usual value, whichever is wider."""
    samples = dict(_SAMPLES)
    samples["status"] = max((status_label(s) for s in lifecycle.STATUSES), key=metrics.horizontalAdvance)
    samples["flag"] = max((QCoreApplication.translate("QueueModel", t) for t in FLAG_TEXT.values()),
                          key=metrics.horizontalAdvance)
    widths = []
    for section, (key, _label) in enumerate(COLUMNS):
        header = model.headerData(section, Qt.Orientation.Horizontal)
        chip = CHIP_PADDING if key in ("status", "flag") else 0
        text = metrics.horizontalAdvance(samples[key]) + chip
        text += text // 10 if key == "due_at" else 0  # bold on a flagged row
        widths.append(max(text, metrics.horizontalAdvance(header) + 8) + CELL_PADDING)
    return widths


class QueueModel(QAbstractTableModel):
    def __init__(self, service: QueueService, parent=None, page_size: int = 200):
        super().__init__(parent)
        self.service = service
        self.page_size = page_size
        self.filter = QueueFilter()
        self._rows: list[dict] = []
        self._flags: list[str | None] = []
        self._more = True
        self._search_rows: list[dict] | None = None

    # -- what the model shows ------------------------------------------------------------

    def set_search_results(self, rows: list[dict] | None, at_least: int = 0) -> None:
        """Rows found by a search (already bounded), or None to go back to paging."""
        self._search_rows = rows
        self.reload(at_least)

    def reload(self, at_least: int = 0) -> None:
        """Read the rows again; pages are read until `at_least` rows are in, so a dossier the
        officer scrolled down to is still there to select after a refresh."""
        self.beginResetModel()
        self._rows, self._flags = [], []
        if self._search_rows is not None:
            rows = [r for r in self._search_rows if self.service.matches(self.filter, r)]
            self._append(rows)
            self._more = False
        else:
            self._append(self._next_page())
            while self._more and len(self._rows) < at_least:
                self._append(self._next_page())
        self.endResetModel()

    def _append(self, rows: list[dict]) -> None:
        self._rows.extend(rows)
        self._flags.extend(self.service.flag(r) for r in rows)

    def _next_page(self) -> list[dict]:
        after = self.service.next_key(self.filter, self._rows[-1]) if self._rows else None
        rows = self.service.page(self.filter, after, self.page_size)
        self._more = len(rows) == self.page_size
        return rows

    def row_at(self, row: int) -> dict:
        return self._rows[row]

    def code_at(self, row: int) -> str:
        return self._rows[row]["code"]

    def row_of(self, code: str) -> int:
        """The row showing this dossier, or -1."""
        return next((i for i, row in enumerate(self._rows) if row["code"] == code), -1)

    def replace_row(self, dossier: dict) -> None:
        """Show a dossier's new state in its row, in place: after an action the officer's
        row neither moves nor vanishes until the list is read again."""
        row = self.row_of(dossier["code"])
        if row < 0:
            return
        self._rows[row] = {**self._rows[row], **{k: v for k, v in dossier.items() if k in self._rows[row]}}
        self._flags[row] = self.service.flag(self._rows[row])
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # -- Qt model API --------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or not self._more:
            return
        rows = self._next_page()
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._append(rows)
            self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("QueueModel", COLUMNS[section][1])
            if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section][0] in NUMBERS:
                return RIGHT
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, flag = self._rows[index.row()], self._flags[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "flag":
                return QCoreApplication.translate("QueueModel", FLAG_TEXT[flag]) if flag else ""
            if key == "status":
                return status_label(row["status"])
            if key in ("received_at", "due_at"):
                return short_time(row[key])
            return row.get(key) or ""
        if role == Qt.ItemDataRole.ToolTipRole and key == "procedure_name":
            return row["procedure_name"]
        if role == Qt.ItemDataRole.BackgroundRole and flag:
            return QBrush(QColor(theme.ROW_TINT[flag]))
        if role == Qt.ItemDataRole.ForegroundRole and flag and key == "due_at":
            return QBrush(QColor(theme.STATUS_FAMILY[flag][0]))
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMBERS:
            return RIGHT
        if role == FAMILY_ROLE:
            return row["status"] if key == "status" else flag if key == "flag" else None
        if role == Qt.ItemDataRole.FontRole and flag and key == "due_at":
            font = QFont()
            font.setBold(True)
            return font
        if role == CODE_ROLE:
            return row["code"]
        if role == FLAG_ROLE:
            return flag
        if role == Qt.ItemDataRole.AccessibleTextRole and key == "status":
            return lifecycle.STATUS_LABELS.get(row["status"], row["status"])
        return None
