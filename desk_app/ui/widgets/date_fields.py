"""Date and time fields that read as an officer writes them (dd/mm/yyyy, then the hour) and that
Tab leaves like any other field: Qt's own walk Tab through day, month, year and hour, so a reason
typed "in the next field" landed in the date and was lost. Left and Right still move between
the parts; typing a part and "/" or ":" moves on too."""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

DATE_FORMAT = "dd/MM/yyyy"
DATE_TIME_FORMAT = "dd/MM/yyyy HH:mm"


class DateTimeField(QDateTimeEdit):
    def __init__(self, value=None, parent=None):
        super().__init__(parent)
        if value is not None:
            self.setDateTime(value)
        self.setDisplayFormat(DATE_TIME_FORMAT)
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 (Qt's name)
        return QWidget.focusNextPrevChild(self, next)


class DateField(QDateEdit):
    def __init__(self, value=None, parent=None):
        super().__init__(parent)
        if value is not None:
            self.setDate(value)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 (Qt's name)
        return QWidget.focusNextPrevChild(self, next)
