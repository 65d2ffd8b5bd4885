"""The receive form's channel details (core/channels.py): an online dossier's code on the
national portal or VNeID and whether an officer helped file it at the counter; the address a
result goes back to by post. Rows of the form's own QFormLayout, shown for the channel chosen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit

from desk_app.core.channels import MAX_PORTAL_CODE, MAX_POST_ADDRESS
from desk_app.ui.widgets.forms_common import error_label, show_error

# In the receive form's context, where the first two were translated before they moved here.
CHANNELS = (("in_person", QT_TRANSLATE_NOOP("ReceiveForm", "Trực tiếp")),
            ("online", QT_TRANSLATE_NOOP("ReceiveForm", "Trực tuyến")),
            ("post", QT_TRANSLATE_NOOP("ReceiveForm", "Bưu chính")))
ERROR_KEYS = ("channel", "portal_code", "assisted", "post_address")


class ChannelFields(QObject):
    """The channel combo (placed by the form beside the fee) and the rows it governs."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for key, label in CHANNELS:
            self.channel.addItem(QCoreApplication.translate("ReceiveForm", label), key)
        self.portal_code = QLineEdit()
        self.portal_code.setObjectName("portal_code")
        self.portal_code.setMaxLength(MAX_PORTAL_CODE)
        self.portal_code.setPlaceholderText(self.tr("Mã hồ sơ trên Cổng dịch vụ công hoặc VNeID"))
        self.assisted = QCheckBox(self.tr("Cán bộ hỗ trợ công dân nộp trực tuyến tại quầy"))
        self.assisted.setObjectName("assisted")
        self.post_address = QLineEdit()
        self.post_address.setObjectName("post_address")
        self.post_address.setMaxLength(MAX_POST_ADDRESS)
        self.post_address.setPlaceholderText(self.tr("Để trống nếu công dân nhận kết quả tại quầy"))
        self.error = error_label()
        self.form: QFormLayout | None = None
        self.channel.currentIndexChanged.connect(self.show_for_channel)

    def add_rows(self, form: QFormLayout) -> None:
        self.form = form
        form.addRow(self.tr("Mã trên Cổng"), self.portal_code)
        form.addRow("", self.assisted)
        form.addRow(self.tr("Gửi kết quả tới"), self.post_address)
        form.addRow("", self.error)
        self.show_for_channel()

    def widgets(self) -> list:
        """In the order the Enter key walks them."""
        return [self.portal_code, self.assisted, self.post_address]

    def current(self) -> str:
        return self.channel.currentData()

    def show_for_channel(self) -> None:
        if self.form is None:
            return
        online = self.current() == "online"
        show_error(self.error, "")  # a message about the channel left behind is not about this one
        for widget in (self.portal_code, self.assisted):
            self.form.setRowVisible(widget, online)

    def values(self) -> dict:
        """The register JSON's channel fields (only those the channel takes)."""
        data = {"channel": self.current(), "post_address": self.post_address.text()}
        if self.current() == "online":
            data.update(portal_code=self.portal_code.text(), assisted=self.assisted.isChecked())
        return data

    def set_values(self, data: dict) -> None:
        self.channel.setCurrentIndex(max(self.channel.findData(data.get("channel", "in_person")), 0))
        self.portal_code.setText(data.get("portal_code", ""))
        self.assisted.setChecked(bool(data.get("assisted")))
        self.post_address.setText(data.get("post_address", ""))

    def show_errors(self, errors: dict[str, str]) -> QLineEdit | QComboBox | None:
        """The channel's messages under its rows; the field to put the focus on, if any."""
        show_error(self.error, " ".join(errors[k] for k in ERROR_KEYS if errors.get(k)))
        if errors.get("portal_code"):
            return self.portal_code
        if errors.get("post_address"):
            return self.post_address
        return self.channel if errors.get("channel") or errors.get("assisted") else None
