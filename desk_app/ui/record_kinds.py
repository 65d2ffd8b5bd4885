"""What a table's records are called where an officer sees them (the end-of-day file's parts,
the audit log): "đánh giá", "bàn giao ca", never "ratings" or "handovers"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

RECORD_KINDS = {
    "officers": QT_TRANSLATE_NOOP("RecordKinds", "cán bộ"),
    "procedures": QT_TRANSLATE_NOOP("RecordKinds", "thủ tục"),
    "citizens": QT_TRANSLATE_NOOP("RecordKinds", "công dân"),
    "dossiers": QT_TRANSLATE_NOOP("RecordKinds", "hồ sơ"),
    "dossier_documents": QT_TRANSLATE_NOOP("RecordKinds", "giấy tờ"),
    "dossier_events": QT_TRANSLATE_NOOP("RecordKinds", "bước xử lý"),
    "visits": QT_TRANSLATE_NOOP("RecordKinds", "lượt tiếp dân"),
    "ratings": QT_TRANSLATE_NOOP("RecordKinds", "đánh giá"),
    "rating_follow_ups": QT_TRANSLATE_NOOP("RecordKinds", "trả lời đánh giá không hài lòng"),
    "visit_follow_ups": QT_TRANSLATE_NOOP("RecordKinds", "theo dõi phản ánh, kiến nghị, tin báo"),
    "handovers": QT_TRANSLATE_NOOP("RecordKinds", "bàn giao ca"),
    "day_closes": QT_TRANSLATE_NOOP("RecordKinds", "chốt ngày"),
    "print_jobs": QT_TRANSLATE_NOOP("RecordKinds", "lệnh in"),
    "printers": QT_TRANSLATE_NOOP("RecordKinds", "máy in"),
    "settings": QT_TRANSLATE_NOOP("RecordKinds", "cài đặt"),
    "unit": QT_TRANSLATE_NOOP("RecordKinds", "đơn vị"),
    "holiday_overrides": QT_TRANSLATE_NOOP("RecordKinds", "ngày nghỉ, làm bù"),
    "sync_exports": QT_TRANSLATE_NOOP("RecordKinds", "tệp cuối ngày"),
    "code_counters": QT_TRANSLATE_NOOP("RecordKinds", "số thứ tự mã hồ sơ"),
    "pin_attempts": QT_TRANSLATE_NOOP("RecordKinds", "lần nhập mã PIN"),
}


def record_kind(table: str | None) -> str:
    """The records' name in the window's language; a table not listed keeps its name."""
    if not table:
        return ""
    kind = RECORD_KINDS.get(table)
    return QCoreApplication.translate("RecordKinds", kind) if kind else table
