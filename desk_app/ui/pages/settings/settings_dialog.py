"""Settings for the commander: unit, officers, catalog, days off, working hours and codes.
Every change is saved at once and announced with settings_changed, so the window and the
forms use it from the next action."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout

from desk_app.ui import style
from desk_app.ui.widgets.forms_common import ensure_font
from desk_app.ui.pages.settings.settings_backup import BackupPage
from desk_app.ui.pages.settings.settings_catalog import CatalogPage
from desk_app.ui.pages.settings.settings_general import GeneralPage
from desk_app.ui.pages.settings.settings_holidays import HolidaysPage
from desk_app.ui.pages.settings.settings_notices import NoticesPage
from desk_app.ui.pages.settings.settings_officers import OfficersPage
from desk_app.ui.pages.settings.settings_printers import PrintersPage
from desk_app.ui.pages.settings.settings_unit import UnitPage
from desk_app.ui.pages.settings.unsaved import UnsavedEdits

PAGES = (
    ("general", QT_TRANSLATE_NOOP("SettingsDialog", "&1 Giờ làm việc, mã hồ sơ"), GeneralPage),
    ("unit", QT_TRANSLATE_NOOP("SettingsDialog", "&2 Đơn vị"), UnitPage),
    ("officers", QT_TRANSLATE_NOOP("SettingsDialog", "&3 Cán bộ"), OfficersPage),
    ("catalog", QT_TRANSLATE_NOOP("SettingsDialog", "&4 Danh mục thủ tục"), CatalogPage),
    ("holidays", QT_TRANSLATE_NOOP("SettingsDialog", "&5 Ngày nghỉ, làm bù"), HolidaysPage),
    ("printers", QT_TRANSLATE_NOOP("SettingsDialog", "&6 Máy in"), PrintersPage),
    ("backup", QT_TRANSLATE_NOOP("SettingsDialog", "&7 Sao lưu, khôi phục"), BackupPage),
    ("notices", QT_TRANSLATE_NOOP("SettingsDialog", "&8 Tin nhắn (SMS)"), NoticesPage),
)


class SettingsDialog(QDialog):
    settings_changed = Signal()

    def __init__(self, desk, session, parent=None):
        super().__init__(parent)
        ensure_font()
        self.desk = desk
        self.session = session
        self.setWindowTitle(self.tr("Cài đặt"))
        self.tabs = QTabWidget()
        # Whole titles: where they do not fit (1024×768) the bar scrolls; Alt+number reaches each.
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self.tabs.setUsesScrollButtons(True)
        self.pages = {}
        self.unsaved: dict[str, UnsavedEdits] = {}
        for key, title, page_class in PAGES:
            page = page_class(desk, session, self)
            page.setObjectName(key)
            page.changed.connect(self.settings_changed)
            page.setEnabled(session.is_commander)
            self.pages[key] = page
            self.unsaved[key] = UnsavedEdits(page)
            self.tabs.addTab(page, self.tr(title))
        layout = QVBoxLayout(self)
        if not session.is_commander:
            notice = QLabel(self.tr("Chỉ chỉ huy đơn vị được thay đổi cài đặt; cán bộ tiếp nhận chỉ xem."))
            style.set_tone(notice, "error")
            layout.addWidget(notice)
        layout.addWidget(self.tabs, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.buttons.button(QDialogButtonBox.Close).setText(self.tr("Đóng"))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(900, 640)

    def showEvent(self, event) -> None:
        # Embedded as a page of the main window there is nothing to close.
        self.buttons.setVisible(self.isWindow())
        super().showEvent(event)

    def reject(self) -> None:
        if self.isWindow():  # Esc on an embedded page must not hide the page
            super().reject()

    def unsaved_tabs(self) -> list[str]:
        """The titles of the tabs with edits not saved yet."""
        return [self.tabs.tabText(self.tabs.indexOf(self.pages[key])).replace("&", "")
                for key, edits in self.unsaved.items() if edits.dirty]

    def discard_unsaved(self) -> None:
        for edits in self.unsaved.values():
            if edits.dirty:
                edits.discard()

    def show_page(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.pages[key])
