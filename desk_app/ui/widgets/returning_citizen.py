"""A citizen who comes back: as soon as the ID number is whole (typed or scanned), the forms
show the dossiers of that person the desk has not finished, so the officer continues one
("Đã bổ sung đủ", "Trả kết quả") instead of opening a duplicate."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_app.ui.i18n import arg, status_label
from desk_app.ui.theme import SMALL_RADIUS, WARN, WARN_BG, WARN_LINE

SHOWN = 3  # more than this is rare; the list names the rest by count


class ReturningCitizen(QFrame):
    open_dossier = Signal(str)

    def __init__(self, dossiers, parent: QWidget | None = None):
        """`dossiers()` gives the DossierService (built on demand)."""
        super().__init__(parent)
        self._dossiers = dossiers
        self.rows: list[dict] = []
        self._number = ""
        self.setObjectName("returning")
        self.setStyleSheet(f"QFrame#returning {{ background: {WARN_BG}; border: 1px solid {WARN_LINE}; "
                           f"border-radius: {SMALL_RADIUS}px; }} QLabel {{ color: {WARN}; }}")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._layout.setSpacing(2)
        self.buttons: list[QPushButton] = []
        self.hide()

    def show_for(self, id_number: str) -> None:
        """The unfinished dossiers of this ID number ("" hides the panel)."""
        if id_number == self._number:
            return
        self._number = id_number
        self.rows = self._dossiers().unfinished_for(id_number) if id_number else []
        self._rebuild()

    def _rebuild(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
            elif item.layout():
                item.layout().deleteLater()
        self.buttons = []
        for number, row in enumerate(self.rows[:SHOWN]):
            line = QHBoxLayout()
            text = QLabel(arg(self.tr("Đang có hồ sơ %1 %2 (%3, hẹn trả %4) – mở hồ sơ?"), row["procedure_name"],
                              status_label(row["status"]).lower(), row["code"], short_date(row["due_at"])))
            text.setWordWrap(True)
            button = QPushButton(self.tr("&Mở hồ sơ") if number == 0 else self.tr("Mở hồ sơ"))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, code=row["code"]: self.open_dossier.emit(code))
            line.addWidget(text, 1)
            line.addWidget(button)
            self._layout.addLayout(line)
            self.buttons.append(button)
        if len(self.rows) > SHOWN:
            self._layout.addWidget(QLabel(arg(self.tr("… và %1 hồ sơ khác (tìm theo số định danh ở trang Hồ sơ)."),
                                              len(self.rows) - SHOWN)))
        self.setVisible(bool(self.rows))

    def same_procedure(self, procedure_code: str) -> list[dict]:
        return [row for row in self.rows if row["procedure_code"] == procedure_code]

    def forget(self) -> None:
        """After a save: the next look-up reads again (the new dossier is one of them now)."""
        self._number = ""
        self.rows = []
        self._rebuild()


def short_date(text: str | None) -> str:
    """'2026-11-23 09:05:00' -> '23/11/2026'."""
    return f"{text[8:10]}/{text[5:7]}/{text[0:4]}" if text else ""
