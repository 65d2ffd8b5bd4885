"""The known person beside what was typed, when an ID number is already known under another
name, birth date or sex (most often a mistyped number): the officer decides."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from desk_app.core.dossiers import IDENTITY_FIELDS
from desk_app.core.registration import DossierInput
from desk_app.ui.i18n import arg, core_term
from desk_app.ui.widgets.citizen_fields import display_date


def shown(field: str, value) -> str:
    """As the officer reads it: dates dd/mm/yyyy, the sex in the window's language."""
    text = str(value or "")
    if field == "birth_date":
        return display_date(text)
    return core_term(text) if field == "sex" and text else text


class CitizenConflictQuestion(QObject):
    """Asks through QMessageBox.question, with No (check the number) as the default."""

    def ask(self, parent: QWidget, known: dict, typed: dict, fields=IDENTITY_FIELDS) -> bool:
        """`fields`: the details that differ (only those are listed)."""
        labels = {"full_name": self.tr("Họ và tên"), "birth_date": self.tr("Ngày sinh"), "sex": self.tr("Giới tính")}
        lines = [arg(self.tr("%1: đã lưu “%2” – vừa nhập “%3”"), labels[f], shown(f, known.get(f)), shown(f, typed.get(f)))
                 for f in IDENTITY_FIELDS if f in fields]
        text = "\n".join([
            arg(self.tr("Số định danh %1 đã có trong sổ: %2."), known.get("id_number"), known.get("full_name")),
            "", *lines, "",
            self.tr("Hãy kiểm tra lại số định danh. Nếu đúng là cùng một người, cập nhật thông tin công dân "
                    "theo thông tin vừa nhập (các hồ sơ cũ giữ nguyên người nộp như lúc tiếp nhận)?")])
        answer = QMessageBox.question(
            parent, self.tr("Số định danh đã có"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


def ask_update_citizen(parent: QWidget, desk, dossier: DossierInput) -> bool | None:
    """False: no conflict; True: the officer confirmed the same person (update the citizen);
    None: the officer will check the number (nothing is saved)."""
    conflict = desk.dossiers.conflict_for(dossier.citizen.record())
    if conflict is None:
        return False
    return True if CitizenConflictQuestion(parent).ask(parent, conflict.known, conflict.typed, conflict.fields) else None
