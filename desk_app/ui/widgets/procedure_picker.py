"""Pick a procedure by typing part of its name or code in any accent form
("dang ky tam" finds "Đăng ký tạm trú", "4194" finds 1.004194)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from desk_app.core.catalog import Procedure
from desk_app.core.text import fold

KEY_ROLE = Qt.UserRole + 1  # folded "code name field" the filter matches against
CODE_ROLE = Qt.UserRole + 2
NAME_ROLE = Qt.UserRole + 3  # folded name, for ranking


def procedure_label(proc: Procedure) -> str:
    return f"{proc.code} – {proc.name}"


class FoldedFilter(QSortFilterProxyModel):
    """Rows whose folded key contains every folded word typed, in any order; names that
    start with what was typed come first, then codes that do, then names where the words stand
    earlier and the shorter name ("thuong tru": Đăng ký thường trú before Xóa đăng ký thường
    trú), then catalog order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.words: list[str] = []
        self.sort(0)

    def _rank(self, index) -> tuple[int, int, int, int]:
        query = " ".join(self.words)
        name = index.data(NAME_ROLE) or ""
        code = index.data(CODE_ROLE) or ""
        first = 0 if query and name.startswith(query) else 1 if query and code.startswith(query) else 2
        at = name.find(query) if query else -1
        if at < 0 and self.words:
            at = name.find(self.words[0])
        return first, at if at >= 0 else len(name) + 1, len(name), index.row()

    def lessThan(self, left, right) -> bool:
        return self._rank(left) < self._rank(right)

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self.words = fold(text).replace("–", " ").split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.invalidate()  # the ranking depends on the query too

    def filterAcceptsRow(self, row, parent) -> bool:
        key = self.sourceModel().index(row, 0, parent).data(KEY_ROLE) or ""
        return all(word in key for word in self.words)


class ProcedurePicker(QLineEdit):
    procedure_changed = Signal(str)  # the code, "" when none is chosen

    def __init__(self, procedures: list[Procedure], parent=None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Gõ tên hoặc mã thủ tục, ví dụ: dang ky tam tru"))
        self.procedures: dict[str, Procedure] = {}
        self.source = QStandardItemModel(self)
        self.proxy = FoldedFilter(self)
        self.proxy.setSourceModel(self.source)
        self.completer_ = QCompleter(self.proxy, self)
        self.completer_.setCompletionMode(QCompleter.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseInsensitive)
        self.completer_.setMaxVisibleItems(12)
        self.setCompleter(self.completer_)
        self.completer_.activated[str].connect(self._chosen_text)
        self.textEdited.connect(self._typed)
        self.returnPressed.connect(self._take_first)
        self.code = ""
        self.set_procedures(procedures)

    def set_procedures(self, procedures: list[Procedure]) -> None:
        self.source.clear()
        self.procedures = {p.code: p for p in procedures}
        for proc in procedures:
            item = QStandardItem(procedure_label(proc))
            item.setData(fold(f"{proc.code} {proc.name} {proc.field}"), KEY_ROLE)
            item.setData(proc.code, CODE_ROLE)
            item.setData(fold(proc.name), NAME_ROLE)
            self.source.appendRow(item)
        if self.code and self.code not in self.procedures:
            self.set_code("")

    def procedure(self) -> Procedure | None:
        return self.procedures.get(self.code)

    def matches(self) -> list[str]:
        """Codes the current query shows, in order (what the popup lists)."""
        return [self.proxy.index(r, 0).data(CODE_ROLE) for r in range(self.proxy.rowCount())]

    def set_code(self, code: str) -> None:
        proc = self.procedures.get(code)
        self.setText(procedure_label(proc) if proc else "")
        self._set(proc.code if proc else "")

    def _set(self, code: str) -> None:
        if code != self.code:
            self.code = code
            self.procedure_changed.emit(code)

    def _typed(self, text: str) -> None:
        self.proxy.set_query(text)
        exact = [c for c in self.procedures if text.strip() in (c, procedure_label(self.procedures[c]))]
        self._set(exact[0] if exact else "")
        if text.strip() and not exact:
            self.completer_.complete()

    def _chosen_text(self, text: str) -> None:
        for code, proc in self.procedures.items():
            if procedure_label(proc) == text:
                self.set_code(code)
                return

    def _take_first(self) -> None:
        """Enter with the popup closed: the first match is taken when nothing is chosen yet."""
        if not self.code:
            codes = self.matches()
            if codes and self.text().strip():
                self.set_code(codes[0])
