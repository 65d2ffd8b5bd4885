"""Who may do what. Every officer receives and follows dossiers; a commander alone manages
the unit: its officers, catalog, days off, working hours, code pattern, details and keys,
restores backups and reads the audit. The services check it themselves, so the window and
the command line refuse the same things with the same words."""

from __future__ import annotations

from desk_app.db import officers as repo
from desk_app.db.store import Store

# What only a commander may do, as the refusal names it.
COMMANDER_ONLY = {
    "officers": "quản lý cán bộ",
    "catalog": "sửa danh mục thủ tục",
    "holidays": "khai báo ngày nghỉ, ngày làm bù",
    "working_hours": "đổi giờ làm việc",
    "code_pattern": "đổi mẫu mã hồ sơ",
    "unit": "sửa thông tin đơn vị",
    "keys": "đổi khóa đồng bộ",
    "restore": "khôi phục dữ liệu từ bản sao lưu",
    "backup_passphrase": "đặt cụm mật khẩu khôi phục bản sao lưu",
    "audit": "xem nhật ký hoạt động",
    "unlock": "mở khóa tài khoản cán bộ",
    "follow_up_days": "đặt thời hạn trả lời phản ánh, đánh giá",
    "answer_rating": "trả lời người dân không hài lòng",
    "bank": "đổi tài khoản nhận lệ phí chuyển khoản",
    "notices": "sửa mẫu tin nhắn báo công dân",
}


class PermissionDenied(ValueError):
    """An action this officer may not take; the message says why (shown as is).
    A ValueError, so every form that shows a refused input shows this too."""


def require_commander(store: Store, officer_id: str | None, action: str) -> dict:
    """The acting officer's row if an active commander, else PermissionDenied naming `action`."""
    what = COMMANDER_ONLY[action]
    officer = repo.get(store, officer_id) if officer_id else None
    if officer is None or not officer["active"]:
        raise PermissionDenied(f"Chỉ chỉ huy đơn vị được {what}: chưa rõ cán bộ nào đang thực hiện.")
    if officer["role"] != "commander":
        raise PermissionDenied(f"Chỉ chỉ huy đơn vị được {what}; {officer['full_name']} là cán bộ tiếp nhận.")
    return officer


def has_commander(store: Store) -> bool:
    """Whether the desk has an active commander yet (before the first one, setup asks nobody)."""
    return any(o["role"] == "commander" for o in repo.all_officers(store))
