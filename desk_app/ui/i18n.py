"""Language and fonts of the window. Vietnamese is the source language; English comes from
Qt Linguist files (assets/translations/desk_app_en.ts, compiled to .qm). After changing UI text:

    pyside6-lupdate $(find desk_app/ui -name "*.py") -ts assets/translations/desk_app_en.ts   (keeps translations)
    pyside6-linguist assets/translations/desk_app_en.ts                       (translate the new ones)
    pyside6-lrelease assets/translations/desk_app_en.ts -qm assets/translations/desk_app_en.qm

Qt's own words in Vietnamese are in assets/translations/qt_vi.ts (edited by hand, compiled the same way).
"""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desk_app.core import lifecycle
from desk_app.core.catalog import LIMIT_UNITS, Procedure
from desk_app.core.text import vn_datetime, vn_money
from desk_app.paths import asset

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
# The weights the window uses (labels, semi-bold titles, bold counts); the printed slips load
# their own copies of the fonts.
FONT_FILES = ("BeVietnamPro-Regular.ttf", "BeVietnamPro-SemiBold.ttf", "BeVietnamPro-Bold.ttf")

# Labels that come from core (Vietnamese) and are translated where the window shows them;
# listed here so lupdate puts them in the .ts file.
_CORE_LABELS = (
    QT_TRANSLATE_NOOP("lifecycle", "Đã tiếp nhận"),
    QT_TRANSLATE_NOOP("lifecycle", "Đang giải quyết"),
    QT_TRANSLATE_NOOP("lifecycle", "Chờ bổ sung"),
    QT_TRANSLATE_NOOP("lifecycle", "Có kết quả"),
    QT_TRANSLATE_NOOP("lifecycle", "Đã trả kết quả"),
    QT_TRANSLATE_NOOP("lifecycle", "Từ chối"),
    QT_TRANSLATE_NOOP("lifecycle", "Dừng giải quyết"),
    QT_TRANSLATE_NOOP("lifecycle", "Bắt đầu giải quyết"),
    QT_TRANSLATE_NOOP("lifecycle", "Yêu cầu bổ sung"),
    QT_TRANSLATE_NOOP("lifecycle", "Đã bổ sung đủ"),
    QT_TRANSLATE_NOOP("lifecycle", "Gia hạn (xin lỗi, hẹn lại)"),
    QT_TRANSLATE_NOOP("lifecycle", "Trả kết quả"),
    QT_TRANSLATE_NOOP("lifecycle", "Tiếp nhận hồ sơ"),
    QT_TRANSLATE_NOOP("lifecycle", "Sửa hồ sơ"),
    QT_TRANSLATE_NOOP("lifecycle", "Gỡ tệp đính kèm"),
    QT_TRANSLATE_NOOP("lifecycle", "Tất cả"),
    QT_TRANSLATE_NOOP("lifecycle", "Nhận hôm nay"),
    QT_TRANSLATE_NOOP("lifecycle", "Đang mở"),
    QT_TRANSLATE_NOOP("lifecycle", "Đến hạn hôm nay"),
    QT_TRANSLATE_NOOP("lifecycle", "Quá hạn"),
    QT_TRANSLATE_NOOP("lifecycle", "Trước hạn"),
    QT_TRANSLATE_NOOP("lifecycle", "Đúng hạn"),
    QT_TRANSLATE_NOOP("lifecycle", "Đang quá hạn"),
    QT_TRANSLATE_NOOP("lifecycle", "Trong hạn"),
)


# The lifecycle's actions as buttons and dialog titles say them: a context of their own, since
# an action and the status it leads to share the Vietnamese word ("Từ chối": Refuse / Refused).
_ACTION_LABELS = (
    QT_TRANSLATE_NOOP("action", "Bắt đầu giải quyết"),
    QT_TRANSLATE_NOOP("action", "Yêu cầu bổ sung"),
    QT_TRANSLATE_NOOP("action", "Đã bổ sung đủ"),
    QT_TRANSLATE_NOOP("action", "Từ chối"),
    QT_TRANSLATE_NOOP("action", "Gia hạn (xin lỗi, hẹn lại)"),
    QT_TRANSLATE_NOOP("action", "Dừng giải quyết"),
    QT_TRANSLATE_NOOP("action", "Có kết quả"),
    QT_TRANSLATE_NOOP("action", "Trả kết quả"),
)


# Fixed labels of other core lists (print job status, document kinds, visit kinds, roles…);
# the messages core services raise stay Vietnamese.
_CORE_TERMS = (
    QT_TRANSLATE_NOOP("core", "Đang in"),
    QT_TRANSLATE_NOOP("core", "Đã in"),
    QT_TRANSLATE_NOOP("core", "Lỗi in"),
    QT_TRANSLATE_NOOP("core", "Đã gửi, chưa xác nhận"),
    QT_TRANSLATE_NOOP("core", "Bản chính"),
    QT_TRANSLATE_NOOP("core", "Bản sao"),
    QT_TRANSLATE_NOOP("core", "Bản chụp"),
    QT_TRANSLATE_NOOP("core", "ngày làm việc"),
    QT_TRANSLATE_NOOP("core", "giờ làm việc"),
    QT_TRANSLATE_NOOP("core", "Hỏi / hướng dẫn"),
    QT_TRANSLATE_NOOP("core", "Nhận kết quả"),
    QT_TRANSLATE_NOOP("core", "Khiếu nại / tố cáo"),
    QT_TRANSLATE_NOOP("core", "Tin báo"),
    QT_TRANSLATE_NOOP("core", "Hài lòng"),
    QT_TRANSLATE_NOOP("core", "Bình thường"),
    QT_TRANSLATE_NOOP("core", "Không hài lòng"),
    QT_TRANSLATE_NOOP("core", "Nghỉ"),
    QT_TRANSLATE_NOOP("core", "Làm bù"),
    QT_TRANSLATE_NOOP("core", "Chỉ huy"),
    QT_TRANSLATE_NOOP("core", "Cán bộ tiếp nhận"),
    QT_TRANSLATE_NOOP("core", "Xem trước"),
    QT_TRANSLATE_NOOP("core", "Giải quyết ngay"),
    QT_TRANSLATE_NOOP("core", "Miễn phí"),
    QT_TRANSLATE_NOOP("core", "Nam"),
    QT_TRANSLATE_NOOP("core", "Nữ"),
    QT_TRANSLATE_NOOP("core", "Bộ phận một cửa"),
)
# Translated as "en" in the English file: how the window knows which language it speaks
# without keeping a global of its own.
_LANGUAGE_MARK = QT_TRANSLATE_NOOP("core", "vi")


def core_label(text: str) -> str:
    return QCoreApplication.translate("lifecycle", text)


def action_label(action: lifecycle.Action) -> str:
    """'Từ chối' as a thing to do: 'Refuse' in English (the status is 'Refused')."""
    return QCoreApplication.translate("action", action.label)


def core_term(text: str) -> str:
    return QCoreApplication.translate("core", text)


def english() -> bool:
    return QCoreApplication.translate("core", _LANGUAGE_MARK) == "en"


def money(amount: int) -> str:
    """The fee as the officer reads it: '15.000 đồng' / '15,000 VND'; 0 is free."""
    if not english():
        return vn_money(amount)
    return f"{amount:,} VND" if amount else core_term("Miễn phí")


def moment(when: datetime) -> str:
    """An appointment: '14 giờ 05 phút, ngày 21 tháng 11 năm 2026' / '14:05, 21/11/2026'."""
    return f"{when:%H:%M, %d/%m/%Y}" if english() else vn_datetime(when)


def time_limit(procedure: Procedure) -> str:
    """'7 ngày làm việc' / '7 working days', '½ …', 'Giải quyết ngay' / 'Immediate'."""
    if procedure.limit_value == 0:
        return core_term("Giải quyết ngay")
    value = "½" if procedure.limit_value == 0.5 else f"{procedure.limit_value:g}"
    return f"{value if english() else value.replace('.', ',')} {core_term(LIMIT_UNITS[procedure.limit_unit])}"


def program_name() -> str:
    """What Qt adds to every window title."""
    return core_term("Bộ phận một cửa")


def arg(text: str, *values) -> str:
    """Fill Qt-style %1…%9 in one pass, so a value that itself holds "%2" is left as it is."""
    def value(match: re.Match) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if number <= len(values) else match.group(0)
    return re.sub(r"%([1-9])", value, text)


def status_label(status: str) -> str:
    return core_label(lifecycle.STATUS_LABELS.get(status, status))


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """English: the desk's own words from desk_app_en.qm (Qt's own are English already).
    Vietnamese: the desk's words are the source; Qt's own (Yes/No, the file dialog, context
    menus) come from qt_vi.qm, since PySide6 ships no qtbase_vi.qm."""
    translator = QTranslator(app)
    name = "desk_app_en.qm" if language == "en" else "qt_vi.qm"
    if translator.load(str(asset("translations", name))):
        app.installTranslator(translator)
        return translator
    return None


def load_fonts(app: QApplication, point_size: int = 10) -> str | None:
    """Be Vietnam Pro as the application font, so every screen (offscreen too) has the glyphs.
    Loaded once per application: the start-up and each form ask for it."""
    loaded = app.property("desk_font_family")
    if loaded:
        return loaded
    family = None
    for name in FONT_FILES:
        path = asset("fonts", name)
        if path.exists():
            font_id = QFontDatabase.addApplicationFont(str(path))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            family = family or (families[0] if families else None)
    if family:
        app.setFont(QFont(family, point_size))
        app.setProperty("desk_font_family", family)
    return family
