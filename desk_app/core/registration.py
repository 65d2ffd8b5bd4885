"""Checking what the officer (or a JSON file) gives for a new dossier, field by field."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from desk_app.core import cccd, limits
from desk_app.core.channels import check_channel_fields
from desk_app.core.catalog import DOCUMENT_KINDS
from desk_app.core.text import clean, digits, fold

FIELD_LABELS = {
    "full_name": "Họ và tên", "id_number": "Số định danh", "birth_date": "Ngày sinh", "sex": "Giới tính",
    "address": "Nơi cư trú", "phone": "Số điện thoại", "email": "Email", "procedure": "Thủ tục",
    "documents": "Thành phần hồ sơ", "received_at": "Thời điểm tiếp nhận", "cccd_qr": "Mã QR thẻ căn cước",
    "channel": "Hình thức nộp", "fee": "Lệ phí", "note": "Ghi chú", "old_id_number": "Số CMND cũ",
    "id_issued_on": "Ngày cấp", "json": "Dữ liệu", "portal_code": "Mã hồ sơ trên Cổng",
    "assisted": "Cán bộ hỗ trợ nộp trực tuyến", "post_address": "Địa chỉ nhận kết quả qua bưu chính",
}


class ValidationError(ValueError):
    """Field -> message (Vietnamese), so a form can show each next to its field."""

    def __init__(self, errors: dict[str, str]):
        self.errors = errors
        super().__init__("; ".join(f"{FIELD_LABELS.get(k, k)}: {v}" for k, v in errors.items()))


@dataclass
class DocumentEntry:
    name: str
    kind: str = "original"
    received: bool = True
    note: str = ""


@dataclass
class CitizenInput:
    full_name: str
    id_number: str | None = None
    old_id_number: str = ""
    birth_date: str = ""
    sex: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    id_issued_on: str = ""

    def record(self) -> dict:
        return {
            "full_name": self.full_name, "name_key": fold(self.full_name), "id_number": self.id_number,
            "old_id_number": self.old_id_number, "birth_date": self.birth_date, "sex": self.sex,
            "address": self.address, "phone": self.phone, "email": self.email, "id_issued_on": self.id_issued_on,
        }


@dataclass
class DossierInput:
    citizen: CitizenInput
    procedure: str
    documents: list[DocumentEntry] | None = None  # None: the catalog's checklist, all received
    received_at: datetime | None = None
    channel: str = "in_person"
    fee: int | None = None
    note: str = ""
    queue_number: str = ""  # the number the citizen was called by, if the counter uses numbers
    portal_code: str = ""  # online: the portal's own dossier code (core/channels.py)
    assisted: bool | None = None  # online: an officer helped the citizen file it at the counter
    post_address: str = ""  # where the result goes back by post, if asked
    extra: dict = field(default_factory=dict)


def normalise_phone(text: str) -> str:
    number = digits(text)
    if number.startswith("84") and len(number) == 11:
        number = "0" + number[2:]
    return number


def parse_received_at(text: str) -> datetime:
    text = clean(text)
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%d/%m/%Y %H:%M"):
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise ValueError(f"“{text}” không phải thời điểm hợp lệ (YYYY-MM-DD HH:MM).")


def check_citizen(data: dict, errors: dict[str, str]) -> CitizenInput | None:
    """Citizen fields from a form or JSON; a raw `cccd_qr` payload fills the ID fields."""
    limits.check_text(data, limits.CITIZEN_TEXT, errors)
    if errors:  # a wrong type or a huge value: nothing further is read from it
        return None
    values = {k: clean(v) for k, v in data.items() if isinstance(v, str)}
    if values.get("cccd_qr"):
        try:
            card = cccd.parse_qr(data["cccd_qr"])
        except cccd.CccdError as exc:
            errors["cccd_qr"] = str(exc)
            return None
        values.update(
            full_name=card.full_name, id_number=card.id_number, old_id_number=card.old_id_number,
            birth_date=card.birth_date, sex=card.sex, id_issued_on=card.issued_on,
        )
        values["address"] = values.get("address") or card.address  # a typed current address wins
    name = values.get("full_name", "")
    if not name:
        errors["full_name"] = "Chưa nhập họ và tên."
    elif any(ch.isdigit() for ch in name) or len(name) > 100:
        errors["full_name"] = "Họ và tên không được có chữ số và dài tối đa 100 ký tự."
    sex = values.get("sex", "")
    if sex:
        try:
            sex = cccd.normalise_sex(sex)
        except cccd.CccdError as exc:
            errors["sex"] = str(exc)
    birth = values.get("birth_date", "")
    birth_year = None
    if birth:
        try:
            parsed = cccd.parse_date(birth, "Ngày sinh")
            problem = limits.birth_date_error(parsed, datetime.now().date())
            if problem:
                raise cccd.CccdError(problem)
            birth, birth_year = parsed.isoformat(), parsed.year
        except cccd.CccdError as exc:
            errors["birth_date"] = str(exc)
    id_number = cccd.normalise_id_number(values.get("id_number")) or None
    if id_number:
        try:
            known_sex = sex if sex and "sex" not in errors else None
            cccd.check_id_number(id_number, sex=known_sex, birth_year=birth_year)
        except cccd.CccdError as exc:
            errors["id_number"] = str(exc)
    phone = normalise_phone(values.get("phone", ""))
    if phone and not re.fullmatch(r"0\d{9,10}", phone):
        errors["phone"] = f"Số điện thoại “{values.get('phone')}” không hợp lệ (10 hoặc 11 chữ số, bắt đầu bằng 0)."
    email = values.get("email", "")
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        errors["email"] = f"Email “{email}” không hợp lệ."
    if errors:
        return None
    return CitizenInput(
        full_name=name, id_number=id_number, old_id_number=cccd.normalise_id_number(values.get("old_id_number")),
        birth_date=birth, sex=sex, address=values.get("address", ""), phone=phone, email=email,
        id_issued_on=values.get("id_issued_on", ""),
    )


def check_documents(raw, errors: dict[str, str]) -> list[DocumentEntry] | None:
    """A list of names, or of {name, kind, received, note}; None keeps the catalog's list."""
    if raw is None:
        return None
    if not isinstance(raw, list):
        errors["documents"] = "Phải là danh sách giấy tờ."
        return None
    if limits.documents_error(raw):
        errors["documents"] = limits.documents_error(raw)
        return None
    entries = []
    for item in raw:
        if isinstance(item, str):
            item = {"name": item}
        problem = _document_error(item)
        if problem:
            errors["documents"] = problem
            return None
        kind = clean(item.get("kind") or "") or "original"
        if kind not in DOCUMENT_KINDS:
            errors["documents"] = f"Hình thức “{kind}” không có; dùng original, certified_copy hoặc photocopy."
            return None
        entries.append(DocumentEntry(clean(item["name"]), kind, item.get("received") in (None, True),
                                     clean(item.get("note") or "")))
    return entries


def _document_error(item) -> str | None:
    """One document as {name, kind, received, note}: types and lengths."""
    if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not clean(item["name"]):
        return "Mỗi giấy tờ cần có tên (chữ)."
    found: dict[str, str] = {}
    limits.check_text(item, {"name": limits.MAX_DOCUMENT_NAME, "kind": 20, "note": limits.MAX_DOCUMENT_NOTE}, found)
    if found:
        key, message = next(iter(found.items()))
        return f"Giấy tờ “{clean(item['name'])[:40]}”, {'tên' if key == 'name' else key}: {message}"
    if item.get("received") not in (None, True, False):  # (1 and 0 are equal to them)
        return "“received” của giấy tờ phải là true hoặc false."
    return None


def dossier_input_from_dict(data: dict) -> DossierInput:
    """From the JSON of `desk-app register`; ValidationError lists every bad field at once."""
    if not isinstance(data, dict):
        raise ValidationError({"json": "Dữ liệu phải là một đối tượng JSON."})
    errors: dict[str, str] = {}
    limits.check_text(data, limits.DOSSIER_TEXT, errors)
    if errors:
        raise ValidationError(errors)
    citizen = check_citizen(data, errors)
    procedure = clean(data.get("procedure"))
    if not procedure:
        errors["procedure"] = "Chưa chọn thủ tục (mã thủ tục, ví dụ 1.004194)."
    documents = check_documents(data.get("documents"), errors)
    received_at = None
    if data.get("received_at"):
        try:
            received_at = parse_received_at(data["received_at"])
        except ValueError as exc:
            errors["received_at"] = str(exc)
        else:
            problem = limits.received_at_error(received_at, datetime.now().date())
            if problem:
                errors["received_at"] = problem
    channel = check_channel_fields(data, errors)
    fee = data.get("fee")
    if limits.fee_error(fee):
        errors["fee"] = limits.fee_error(fee)
    queue_number = check_queue_number(data.get("queue_number"), errors)
    if errors:
        raise ValidationError(errors)
    return DossierInput(citizen=citizen, procedure=procedure, documents=documents, received_at=received_at,
                        channel=channel.channel, fee=fee, note=clean(data.get("note", "")), queue_number=queue_number,
                        portal_code=channel.portal_code, assisted=channel.assisted, post_address=channel.post_address)


def check_queue_number(value, errors: dict[str, str]) -> str:
    """An optional queue number: a few letters or digits ("A012", "15")."""
    if value is None or value == "":
        return ""
    text = clean(str(value)) if isinstance(value, (str, int)) and not isinstance(value, bool) else None
    if text is None or len(text) > 10 or not all(ch.isalnum() or ch in "-." for ch in text):
        errors["queue_number"] = "Số thứ tự gồm tối đa 10 chữ cái hoặc chữ số (ví dụ 15 hoặc A012)."
        return ""
    return text.upper()
