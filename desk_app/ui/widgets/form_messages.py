"""What the receive and visit forms say around their fields: a banner on top, a result line by
the Save button, and nothing lost when the disk refuses a save or the form closes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desk_app.db.store import StorageError
from desk_app.ui.widgets.citizen_fields import CitizenFields
from desk_app.ui.widgets.returning_citizen import ReturningCitizen
from desk_app.ui import theme
from desk_app.ui.widgets.forms_common import ERROR_STYLE, NOTICE_STYLE


def message_slot(label: QLabel, lines: int = 2) -> QWidget:
    """A place for a form's message that keeps its room (two lines) whether or not it speaks."""
    slot = QWidget()
    slot.setMinimumHeight(lines * label.fontMetrics().lineSpacing() + theme.HALF)
    column = QVBoxLayout(slot)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(label)
    column.addStretch(1)
    return slot


class FormMessages:
    """Mixed into a form (before its Qt class) that has `desk`, `banner`, `result_label` and `drafts`."""

    def _lay_out(self, left, right, buttons) -> None:
        """The two forms' shape: the banner, the returning citizen's dossiers, two columns
        (the citizen, what they came for), the result line with the buttons."""
        columns = QHBoxLayout()
        columns.addWidget(left, 1, Qt.AlignmentFlag.AlignTop)  # as tall as its six fields: no empty box below
        columns.addWidget(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(message_slot(self.banner))  # a message never pushes the fields down
        layout.addWidget(self.returning)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

    def _citizen_box(self, title: str) -> QGroupBox:
        """The citizen block, and below the banner the dossiers of a returning citizen."""
        self.citizen = CitizenFields(self.desk.visits, self)
        self.returning = ReturningCitizen(lambda: self.desk.dossiers, self)
        self.citizen.id_number_complete.connect(self.returning.show_for)
        box = QGroupBox(title)
        column = QVBoxLayout(box)
        column.addWidget(self.citizen)
        return box

    def _banner(self, text: str, error: bool = False) -> None:
        self.banner.setStyleSheet(ERROR_STYLE if error else NOTICE_STYLE)
        self.banner.setText(text)
        self.banner.show()

    def _result(self, text: str, error: bool = False) -> None:
        self.result_label.setStyleSheet(ERROR_STYLE if error else NOTICE_STYLE)
        self.result_label.setText(text)

    def _storage_failed(self, exc: StorageError) -> None:
        """The disk, not the form: everything typed stays on screen and in the draft."""
        self.drafts.flush()
        self._result(str(exc), error=True)

    def closeEvent(self, event) -> None:
        self.drafts.flush()
        super().closeEvent(event)
