"""The bounds of what one dossier may hold. Input past them (a register JSON, a form) is
refused with a message per field, never stored (a 10,000-character address, 20,000
documents) nor left to fail deeper down (a number SQLite cannot store, a date the working
calendar cannot count from)."""

from __future__ import annotations

from datetime import date, datetime

from desk_app.core.text import clean

MAX_INPUT_CHARS = 1_000_000  # a register JSON: one dossier is a few kilobytes
FEE_CEILING = 50_000_000  # đồng: far above any fee the police charge at a counter
FIRST_RECEIVED_YEAR = 1990
FIRST_BIRTH_YEAR = 1900
MAX_DOCUMENTS = 50
MAX_DOCUMENT_NAME = 200
MAX_DOCUMENT_NOTE = 500

# Text fields and their longest cleaned value, in characters.
CITIZEN_TEXT = {"full_name": 100, "id_number": 40, "old_id_number": 40, "birth_date": 40, "sex": 20,
                "address": 300, "phone": 40, "email": 254, "id_issued_on": 40, "cccd_qr": 1000}
DOSSIER_TEXT = {"procedure": 40, "received_at": 40, "channel": 20, "note": 4000}


def check_text(data: dict, limits: dict[str, int], errors: dict[str, str]) -> None:
    """Each field present is text (JSON null counts as absent) no longer than its limit."""
    for key, limit in limits.items():
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            errors[key] = "Phải là chữ (viết trong dấu ngoặc kép), không phải số, danh sách hay đối tượng."
        elif len(value) > limit and len(clean(value)) > limit:
            errors[key] = f"Dài quá {limit} ký tự."


def fee_error(fee) -> str | None:
    if fee is None:
        return None
    if isinstance(fee, bool) or not isinstance(fee, int) or fee < 0:
        return "Lệ phí phải là số nguyên không âm (đồng)."
    if fee > FEE_CEILING:
        return f"Lệ phí {fee:,} đồng vượt mức tối đa {FEE_CEILING:,} đồng: kiểm tra lại.".replace(",", ".")
    return None


def received_at_error(moment: datetime, today: date) -> str | None:
    """From 1990 to the end of next year: anything else is a typing mistake."""
    if not FIRST_RECEIVED_YEAR <= moment.year <= today.year + 1:
        return (f"Thời điểm tiếp nhận phải trong khoảng năm {FIRST_RECEIVED_YEAR} đến năm {today.year + 1} "
                f"(nhận được năm {moment.year}).")
    return None


def birth_date_error(day: date, today: date) -> str | None:
    if day > today:
        return "Ngày sinh ở tương lai."
    if day.year < FIRST_BIRTH_YEAR:
        return f"Ngày sinh trước năm {FIRST_BIRTH_YEAR}: kiểm tra lại."
    return None


def documents_error(raw: list) -> str | None:
    if len(raw) > MAX_DOCUMENTS:
        return f"Nhiều nhất {MAX_DOCUMENTS} giấy tờ cho một hồ sơ (nhận được {len(raw)})."
    return None
