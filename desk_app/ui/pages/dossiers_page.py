"""The dossier list and the selected dossier's detail: side by side where the width allows
(1366-pixel screens and up), one at a time on a narrower one (1024×768): Enter opens the
detail over the list, Esc goes back to it. Either way the detail is the selected row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from desk_app.ui.pages.detail import DetailView
from desk_app.ui.pages.list_export import ListExports
from desk_app.ui.pages.queue_view import QueueView


class DossiersPage(QWidget):
    def __init__(self, queue_view: QueueView, detail: DetailView, list_exports: ListExports | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.queue_view = queue_view
        self.detail = detail
        self.list_exports = list_exports  # (its buttons are on the list's tool row)
        queue_view.current_changed.connect(detail.show_code)
        # The row shows the dossier's new state in place and stays selected; the rest of the
        # list is read again at the next search, filter or F5.
        detail.changed.connect(lambda _code: queue_view.update_dossier(detail.dossier))
        self.compact = False
        self.back_button = QPushButton(self.tr("Về danh sách  (Esc)"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.show_list)
        self.detail_column = QWidget()
        back_row = QHBoxLayout()
        back_row.setContentsMargins(0, 0, 0, 0)
        back_row.addWidget(self.back_button)
        back_row.addStretch(1)
        column = QVBoxLayout(self.detail_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(back_row)
        column.addWidget(detail, 1)
        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(queue_view)
        self.splitter.addWidget(self.detail_column)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        QVBoxLayout(self).addWidget(self.splitter)
        self.layout().setContentsMargins(0, 0, 0, 0)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.detail_column, activated=self.show_list,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        queue_view.open_dossier.connect(lambda _code: self.show_detail())
        self.compact = True  # until the first resize says otherwise
        self._set_compact(False)

    def side_by_side_width(self) -> int:
        """The narrowest page that still shows the list's five columns beside a readable detail."""
        return (self.queue_view.minimum_list_width() + self.detail.minimumSizeHint().width()
                + self.splitter.handleWidth() + 8)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._set_compact(event.size().width() < self.side_by_side_width())

    def _set_compact(self, compact: bool) -> None:
        detail_shown = self.compact and self.detail_column.isVisibleTo(self)
        if self.compact and not compact:  # side by side again: the list as wide as its columns
            list_width = self.queue_view.minimum_list_width() + 40
            self.splitter.setSizes([list_width, max(self.width() - list_width, 1)])
        self.compact = compact
        self.back_button.setVisible(compact)
        if compact:
            self.queue_view.setVisible(not detail_shown)
            self.detail_column.setVisible(detail_shown)
        else:
            self.queue_view.show()
            self.detail_column.show()

    def show_detail(self) -> None:
        """The selected dossier in front, the cursor on its first action."""
        if self.compact:
            self.queue_view.hide()
            self.detail_column.show()
        self.detail.focus_actions()

    def focus_first(self) -> None:
        """The list in front, the cursor in its search box."""
        self.show_list()
        self.queue_view.focus_search()

    def show_list(self) -> None:
        if self.compact:
            self.detail_column.hide()
            self.queue_view.show()
        self.queue_view.into_list()
