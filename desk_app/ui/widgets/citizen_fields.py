"""The citizen block shared by the receive form and the reception log: name, ID number,
birth date, sex, address, phone; filled by a card scan; a known citizen is found by ID
number and reused."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from desk_app.core import cccd
from desk_app.ui.widgets.forms_common import NOTICE_STYLE, error_label, show_error
from desk_app.ui.i18n import arg, core_term

KNOWN_CITIZEN = QT_TRANSLATE_NOOP("CitizenFields", "Công dân đã có trong sổ")
# (key, label, placeholder); sex is a combo box and handled apart. The sample name, date and
# phone placeholders read the same in every language.
_LINE_FIELDS = (
    ("full_name", QT_TRANSLATE_NOOP("CitizenFields", "Họ và tên"), "Nguyễn Văn A"),
    ("id_number", QT_TRANSLATE_NOOP("CitizenFields", "Số định danh"),
     QT_TRANSLATE_NOOP("CitizenFields", "12 chữ số (quét mã QR thẻ căn cước)")),
    ("birth_date", QT_TRANSLATE_NOOP("CitizenFields", "Ngày sinh"), "dd/mm/yyyy"),
    ("address", QT_TRANSLATE_NOOP("CitizenFields", "Nơi cư trú"), QT_TRANSLATE_NOOP("CitizenFields", "Thôn/xóm, xã, tỉnh")),
    ("phone", QT_TRANSLATE_NOOP("CitizenFields", "Số điện thoại"), "09xx xxx xxx"),
)
_ORDER = ("full_name", "id_number", "birth_date", "sex", "address", "phone")
_HIDDEN = ("old_id_number", "id_issued_on")  # from the card, not shown, still saved


def display_date(iso: str) -> str:
    """'1990-03-15' -> '15/03/1990' (anything else unchanged)."""
    parts = iso.split("-")
    return f"{parts[2]}/{parts[1]}/{parts[0]}" if len(parts) == 3 and len(parts[0]) == 4 else iso


class CitizenFields(QWidget):
    changed = Signal()
    id_number_complete = Signal(str)  # a whole 12-digit ID number was typed or scanned ("" when it no longer is)

    def __init__(self, visits, parent: QWidget | None = None):
        super().__init__(parent)
        self.visits = visits
        self.known: dict | None = None
        self._hidden = dict.fromkeys(_HIDDEN, "")
        self.edits: dict[str, QLineEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        labels = {key: (label, hint) for key, label, hint in _LINE_FIELDS}
        labels["sex"] = (QT_TRANSLATE_NOOP("CitizenFields", "Giới tính"), "")
        for row, key in enumerate(_ORDER):
            label, hint = labels[key]
            if key == "sex":
                widget = QComboBox()
                for sex in ("", cccd.MALE, cccd.FEMALE):  # shown in the window's language, kept in Vietnamese
                    widget.addItem(core_term(sex) if sex else "", sex)
                widget.currentIndexChanged.connect(self.changed)
            else:
                widget = QLineEdit()
                widget.setPlaceholderText(self.tr(hint))
                widget.textChanged.connect(self.changed)
            widget.setObjectName(key)
            caption = QLabel(self.tr(label))
            caption.setBuddy(widget)
            self.edits[key] = widget
            self.errors[key] = error_label()
            grid.addWidget(caption, row * 2, 0)
            grid.addWidget(widget, row * 2, 1)
            grid.addWidget(self.errors[key], row * 2 + 1, 1)
        self.known_label = QLabel()
        self.known_label.setStyleSheet(NOTICE_STYLE)
        self.known_label.hide()
        grid.addWidget(self.known_label, len(_ORDER) * 2, 1)
        self.edits["id_number"].editingFinished.connect(self.look_up)
        self.edits["id_number"].textChanged.connect(self._id_changed)

    def widgets(self) -> list[QWidget]:
        return [self.edits[key] for key in _ORDER]

    # -- values --------------------------------------------------------------------------

    def values(self) -> dict:
        data = {key: (w.currentData() if isinstance(w, QComboBox) else w.text()) for key, w in self.edits.items()}
        data.update(self._hidden)
        return data

    def set_values(self, data: dict) -> None:
        for key, widget in self.edits.items():
            value = str(data.get(key, "") or "")
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(value), 0))
            else:
                widget.setText(value)
        self._hidden = {key: str(data.get(key, "") or "") for key in _HIDDEN}
        self.look_up()

    def clear(self) -> None:
        self.set_values({})
        self.show_errors({})

    def fill_from_card(self, card: cccd.CardData) -> None:
        """A scanned card replaces the identity fields; a typed phone is kept."""
        values = self.values()
        values.update(full_name=card.full_name, id_number=card.id_number, birth_date=display_date(card.birth_date),
                      sex=card.sex, address=card.address, old_id_number=card.old_id_number,
                      id_issued_on=card.issued_on)
        self.set_values(values)
        self.show_errors({})

    def fill_from_scan(self, payload: str) -> tuple[str, bool]:
        """A card QR from the scanner fills the fields. Returns what to tell the officer and
        whether it is an error: a payload that cannot be read fills nothing, never half."""
        try:
            card = cccd.parse_qr(payload)
        except cccd.CccdError as exc:
            return arg(self.tr("Không đọc được mã QR: %1"), exc), True
        self.fill_from_card(card)
        message = arg(self.tr("Đã quét thẻ căn cước của %1."), card.full_name)
        if self.known is not None:
            message += " " + self.tr("Công dân đã có trong sổ.")
        return message, False

    # -- a known citizen -----------------------------------------------------------------

    def _id_changed(self, text: str) -> None:
        if len(cccd.normalise_id_number(text)) == 12:
            self.look_up()
        else:
            if self.known is not None:
                self.known = None
                self.known_label.hide()
            self.id_number_complete.emit("")

    def look_up(self) -> None:
        """Find the citizen by ID number; fill the fields left empty from the book, and the
        sex from the number itself when the number says it."""
        number = cccd.normalise_id_number(self.edits["id_number"].text())
        complete = len(number) == 12
        self.known = self.visits.find_citizen(number) if complete else None
        self.known_label.setVisible(self.known is not None)
        if complete:
            self._sex_from_number(number)
        self.id_number_complete.emit(number if complete else "")
        if self.known is None:
            return
        self.known_label.setText(f"{self.tr(KNOWN_CITIZEN)}: {self.known['full_name']}")
        for key in ("full_name", "address", "phone", "birth_date"):
            widget = self.edits[key]
            if not widget.text() and self.known.get(key):
                widget.setText(display_date(self.known[key]) if key == "birth_date" else self.known[key])
        sex = self.edits["sex"]
        if not sex.currentData() and self.known.get("sex"):
            sex.setCurrentIndex(max(sex.findData(self.known["sex"]), 0))

    def _sex_from_number(self, number: str) -> None:
        sex = self.edits["sex"]
        if sex.currentData():
            return
        try:
            info = cccd.check_id_number(number)
        except cccd.CccdError:
            return  # the number is wrong: its message comes at saving
        sex.setCurrentIndex(max(sex.findData(info.sex), 0))

    # -- validation ----------------------------------------------------------------------

    def show_errors(self, errors: dict[str, str]) -> QWidget | None:
        """Messages next to the fields; returns the first field in error (to focus it)."""
        first = None
        for key in _ORDER:
            show_error(self.errors[key], errors.get(key, ""))
            if key in errors and first is None:
                first = self.edits[key]
        return first
