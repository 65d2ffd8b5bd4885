"""The document checklist of a dossier: a small table model (received ✓, name, kind)
with missing rows highlighted, and a view driven from the keyboard (Space ticks,
1/2/3 or F2 picks original / certified copy / photocopy)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QStyledItemDelegate, QTableView

from desk_app.core.catalog import DOCUMENT_KINDS
from desk_app.ui.widgets.forms_common import MISSING_COLOR
from desk_app.ui.i18n import core_term

RECEIVED, NAME, KIND = range(3)
HEADERS = (QT_TRANSLATE_NOOP("DocumentModel", "Đã nhận"), QT_TRANSLATE_NOOP("DocumentModel", "Giấy tờ"),
           QT_TRANSLATE_NOOP("DocumentModel", "Hình thức"))
KIND_KEYS = list(DOCUMENT_KINDS)


class DocumentModel(QAbstractTableModel):
    changed = Signal()
    rows: list[dict] = []  # replaced per instance by set_documents; never mutated in place here

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []

    def set_documents(self, documents: list[dict]) -> None:
        self.beginResetModel()
        self.rows = [{"name": d["name"], "kind": d.get("kind", "original"), "received": bool(d.get("received", True)),
                      "note": d.get("note", "")} for d in documents]
        self.endResetModel()
        self.changed.emit()

    def documents(self) -> list[dict]:
        return [dict(row) for row in self.rows]

    def missing(self) -> list[str]:
        return [row["name"] for row in self.rows if not row["received"]]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return QCoreApplication.translate("DocumentModel", HEADERS[section])  # also for subclasses
        if role == Qt.DisplayRole and orientation == Qt.Vertical:
            return str(section + 1)
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.CheckStateRole and column == RECEIVED:
            return Qt.Checked if row["received"] else Qt.Unchecked
        if role in (Qt.DisplayRole, Qt.EditRole):
            if column == NAME:
                return row["name"]
            if column == KIND:
                return core_term(DOCUMENT_KINDS[row["kind"]]) if role == Qt.DisplayRole else row["kind"]
            if column == RECEIVED and role == Qt.DisplayRole:
                return "" if row["received"] else QCoreApplication.translate("DocumentModel", "Thiếu")
        if role == Qt.BackgroundRole and not row["received"]:
            return QBrush(QColor(MISSING_COLOR))
        if role == Qt.ToolTipRole and not row["received"]:
            return QCoreApplication.translate("DocumentModel", "Chưa nhận giấy tờ này")
        return None

    def flags(self, index):
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if index.column() == RECEIVED:
            return base | Qt.ItemIsUserCheckable
        if index.column() == KIND:
            return base | Qt.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if not index.isValid():
            return False
        row = self.rows[index.row()]
        if index.column() == RECEIVED and role == Qt.CheckStateRole:
            row["received"] = Qt.CheckState(value) == Qt.Checked
        elif index.column() == KIND and role == Qt.EditRole and value in DOCUMENT_KINDS:
            row["kind"] = value
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(HEADERS) - 1))
        self.changed.emit()
        return True


class KindDelegate(QStyledItemDelegate):
    """A combo box of the three kinds for the Hình thức column."""

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        for key in KIND_KEYS:
            editor.addItem(core_term(DOCUMENT_KINDS[key]), key)
        return editor

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.EditRole)), 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.EditRole)


class DocumentTable(QTableView):
    def __init__(self, model: DocumentModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegateForColumn(KIND, KindDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditKeyPressed | QAbstractItemView.DoubleClicked)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        header = self.horizontalHeader()
        header.setSectionResizeMode(RECEIVED, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.Stretch)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeToContents)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(True)

    def keyPressEvent(self, event) -> None:
        index = self.currentIndex()
        model = self.model()
        if index.isValid() and event.modifiers() in (Qt.NoModifier, Qt.KeypadModifier):
            row = index.row()
            if event.key() == Qt.Key_Space:
                checked = model.rows[row]["received"]
                model.setData(model.index(row, RECEIVED), Qt.Unchecked if checked else Qt.Checked, Qt.CheckStateRole)
                return
            if event.text() in ("1", "2", "3"):
                model.setData(model.index(row, KIND), KIND_KEYS[int(event.text()) - 1], Qt.EditRole)
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if not self.currentIndex().isValid() and self.model().rowCount():
            self.setCurrentIndex(self.model().index(0, NAME))
