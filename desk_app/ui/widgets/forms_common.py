"""Small pieces shared by the forms: the bundled font, error labels, Enter moves on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QTabBar, QWidget

from desk_app.ui import style
from desk_app.ui.i18n import load_fonts

from desk_app.ui.theme import ERROR_STYLE, MISSING as MISSING_COLOR, NOTICE_STYLE  # noqa: E402,F401 (shared names)


def ensure_font() -> None:
    """The window's font and look, for a form opened without the start-up (tests, screenshots)."""
    app = QApplication.instance()
    if app is not None:
        load_fonts(app)
        style.install(app)


def error_label() -> QLabel:
    """A red message under a field, hidden while empty."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def focus_first_field(page: QWidget) -> QWidget | None:
    """Put the cursor in the first control of a page that takes it by Tab, as the officer
    would reach it; returns it (None when the page has none)."""
    widget = page.nextInFocusChain()
    while widget is not page:
        if (page.isAncestorOf(widget) and widget.isVisibleTo(page) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(widget, QTabBar)):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return widget
        widget = widget.nextInFocusChain()
    return None


def show_error(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))


class EnterMovesOn(QObject):
    """Enter in a line edit or a closed combo box moves to the next field, like Tab."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Return, Qt.Key_Enter) \
                and event.modifiers() in (Qt.NoModifier, Qt.KeypadModifier):
            if isinstance(obj, QLineEdit) or (isinstance(obj, QComboBox) and not obj.view().isVisible()):
                if isinstance(obj, QLineEdit) and obj.completer() and obj.completer().popup().isVisible():
                    return False
                obj.focusNextChild()
                return True
        return False


class EnterRuns(QObject):
    """Enter in a field runs one action and goes no further: in a wizard or dialog it would
    otherwise also press the default button (Finish) behind the officer's back."""

    def __init__(self, field: QWidget, action):
        super().__init__(field)
        self.action = action
        field.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Return, Qt.Key_Enter) \
                and event.modifiers() in (Qt.NoModifier, Qt.KeypadModifier):
            self.action()
            return True
        return False


def install_form_keys(form: QWidget, order: list[QWidget], enter_widgets, save) -> EnterMovesOn:
    """Keyboard-first forms: Tab follows `order`, Enter moves on in `enter_widgets`, Ctrl+Enter saves."""
    for first, second in zip(order, order[1:]):
        QWidget.setTabOrder(first, second)
    for sequence in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut = QShortcut(QKeySequence(sequence), form)
        shortcut.setContext(Qt.WidgetWithChildrenShortcut)
        shortcut.activated.connect(save)
    return install_enter_moves_on(form, enter_widgets)


def install_enter_moves_on(form: QWidget, widgets) -> EnterMovesOn:
    mover = EnterMovesOn(form)
    for widget in widgets:
        if not isinstance(widget, QAbstractButton):
            widget.installEventFilter(mover)
    return mover
