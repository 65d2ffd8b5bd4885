"""A typed field that offers what this PC has (its COM ports, its installed printers): the
officer may still type anything; the list pops up as they type, and the field's tooltip says
what was found."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit


def offer(edit: QLineEdit, values: list[str], labels: list[str] | None = None) -> None:
    completer = edit.completer()
    if completer is None:
        completer = QCompleter(QStringListModel(edit), edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)
    completer.model().setStringList(values)
    found = labels if labels is not None else values
    edit.setToolTip(QCoreApplication.translate("Choices", "Trên máy này: %1").replace("%1", "; ".join(found))
                    if found else QCoreApplication.translate("Choices", "Không tìm thấy trên máy này; gõ tên."))


def withdraw(edit: QLineEdit) -> None:
    """Nothing to offer for what the field holds now (an address, a USB id)."""
    if edit.completer() is not None:
        edit.completer().model().setStringList([])
    edit.setToolTip("")
