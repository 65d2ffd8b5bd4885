"""The part the settings list pages share: a table over a RowsModel, the page's own controls,
a red error line and a green message line, and load() refilling the table after each change.

A page subclasses ListPage, names its columns and where its rows come from, lays its controls
out with `stack` and reports with `fail` / `done`. The base holds no text of its own: in
PySide6 `self.tr` takes the subclass's name as context, so the texts stay with each page.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget

from desk_app.ui.models.rows_model import RowsModel, rows_view, selected_row
from desk_app.ui.widgets.forms_common import NOTICE_STYLE, error_label, show_error


class ListPage(QWidget):
    changed = Signal()  # something the window or the forms read was saved
    stretch = 1  # the column that takes the table's spare width

    def __init__(self, desk, session, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.session = session
        self.model = RowsModel(self.columns(), self)
        self.view = rows_view(self.model, stretch=self.stretch)
        self.error = error_label()
        self.status = QLabel()
        self.status.setWordWrap(True)

    # -- what a page says ------------------------------------------------------------------

    def columns(self) -> list:
        """(header, value of a row) per column."""
        raise NotImplementedError

    def rows(self) -> list:
        raise NotImplementedError

    # -- what the pages share --------------------------------------------------------------

    def load(self) -> None:
        self.model.set_rows(self.rows())

    def stack(self, *parts: QWidget | QLayout) -> QVBoxLayout:
        """The page top to bottom; the table takes the spare height."""
        layout = QVBoxLayout(self)
        for part in parts:
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part, 1 if part is self.view else 0)
        return layout

    def selected(self, missing: str, error: QLabel | None = None) -> dict | None:
        """The chosen row; None, with `missing` said, when there is none."""
        row = selected_row(self.view)
        if row is None:
            show_error(error or self.error, missing)
        return row

    def fail(self, message: str, error: QLabel | None = None) -> bool:
        show_error(error or self.error, message)
        return False

    def done(self, message: str, *errors: QLabel) -> bool:
        """A change saved: the errors cleared, the message shown, the table reloaded, announced."""
        for label in errors or (self.error,):
            show_error(label, "")
        self.status.setStyleSheet(NOTICE_STYLE)
        self.status.setText(message)
        self.load()
        self.changed.emit()
        return True


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """Buttons side by side, pushed to the left."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
