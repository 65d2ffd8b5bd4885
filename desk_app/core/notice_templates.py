"""The texts of the notices to the citizen: one template per kind, editable by the commander,
with the unit's name and the dossier code filled in; checked for length (a long text costs a
message per part, and more than three parts is refused)."""

from __future__ import annotations

import string

from desk_app.core.sms_text import prepare

KINDS = {"result_ready": "Có kết quả", "supplement": "Yêu cầu bổ sung", "moved": "Hẹn lại ngày trả",
         "reminder": "Nhắc nhận kết quả", "test": "Tin nhắn thử"}
DEFAULTS = {
    "result_ready": "{unit}: hồ sơ {code} đã có kết quả. Mời nhận tại {where} ({hours}), mang {bring}.",
    "supplement": "{unit}: hồ sơ {code} cần bổ sung {missing}. Hỏi {hotline}.",
    "moved": "{unit}: xin lỗi, hồ sơ {code} hẹn trả lại lúc {when}. Hỏi {hotline}.",
    "reminder": "{unit}: hồ sơ {code} có kết quả từ {ready}. Mời nhận tại {where}, mang {bring}.",
    "test": "{unit}: tin nhắn thử của phần mềm một cửa.",
}
DEFAULT_BRING = "phiếu hẹn, căn cước"
FIELDS = {"unit", "code", "where", "hours", "bring", "missing", "when", "ready", "hotline"}
MAX_PARTS = 3
# The longest values a real notice fills in, to check a template before any dossier uses it.
SAMPLE = {"unit": "Công an phường Nguyễn Thái Bình", "code": "CAXTT-260105-0007",
          "where": "trụ sở Công an xã, thôn Đông, xã Tân Tiến", "hours": "07:30-11:30, 13:30-17:00",
          "bring": DEFAULT_BRING, "missing": "bản sao giấy chứng nhận quyền sử dụng đất có chứng thực",
          "when": "09 giờ 00 phút, ngày 26/11/2026", "ready": "23/11/2026", "hotline": "0912345678"}


class TemplateError(ValueError):
    pass


def names_in(template: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError as exc:
        raise TemplateError(f"Mẫu tin nhắn sai dấu ngoặc {{ }}: {exc}.") from None


def render(template: str, values: dict) -> str:
    unknown = names_in(template) - FIELDS
    if unknown:
        raise TemplateError(f"Mẫu tin nhắn có trường lạ {', '.join(sorted(unknown))}; dùng: "
                            + ", ".join("{" + f + "}" for f in sorted(FIELDS)) + ".")
    return template.format(**{name: values.get(name, "") for name in FIELDS})


def check(kind: str, template: str, keep_accents: bool) -> int:
    """How many messages the template costs with the longest values; refused beyond MAX_PARTS
    or without the dossier code (a test message needs none)."""
    if kind != "test" and "code" not in names_in(template):
        raise TemplateError(f"Mẫu “{KINDS[kind]}” phải có mã hồ sơ {{code}}.")
    parts = prepare(render(template, SAMPLE), keep_accents).parts
    if parts > MAX_PARTS:
        raise TemplateError(f"Mẫu “{KINDS[kind]}” quá dài: {parts} tin nhắn (tối đa {MAX_PARTS}).")
    return parts
