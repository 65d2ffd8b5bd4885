"""`desk-app officer …`: the unit's officers."""

from __future__ import annotations

from desk_app.cli.common import BadInput, acting_officer, emit, open_desk, recovery_passphrase
from desk_app.core.officers import ROLES


def register(commands) -> None:
    officer = commands.add_parser("officer", help="cán bộ của đơn vị").add_subparsers(
        dest="officer_command", metavar="LỆNH", required=True)
    _add_officer_list(officer)
    _add_officer_add(officer)
    _add_officer_unlock(officer)


def _add_officer_list(officer) -> None:
    p = officer.add_parser("list", help="các cán bộ đang hoạt động")
    p.set_defaults(handler=cmd_officer_list)


def cmd_officer_list(args) -> int:
    with open_desk(args) as desk:
        rows = desk.officers.list()
    emit(args, [{k: r[k] for k in ("id", "full_name", "role")} for r in rows],
         "\n".join(f"{r['full_name']} ({ROLES.get(r['role'], r['role']).lower()})" for r in rows)
         or "Chưa có cán bộ nào.")
    return 0


def _add_officer_add(officer) -> None:
    p = officer.add_parser("add", help="thêm cán bộ (chỉ huy thực hiện)")
    p.add_argument("full_name", help="họ tên cán bộ")
    p.add_argument("--role", choices=["commander", "officer"], default="officer",
                   help="commander: chỉ huy; officer: cán bộ tiếp nhận (mặc định)")
    p.add_argument("--pin", required=True, help="mã PIN của cán bộ mới, 4–8 chữ số, không phải dãy dễ đoán")
    p.set_defaults(handler=cmd_officer_add)


def cmd_officer_add(args) -> int:
    with open_desk(args) as desk:
        try:
            officer = desk.officers.add(args.full_name, args.role, args.pin, acting_officer(desk, args))
        except ValueError as exc:
            raise BadInput(str(exc)) from None
    emit(args, {"id": officer["id"], "full_name": officer["full_name"]}, f"Đã thêm cán bộ {officer['full_name']}.")
    return 0


def _add_officer_unlock(officer) -> None:
    p = officer.add_parser("unlock", help="mở khóa cán bộ bị tạm khóa vì nhập sai mã PIN (chỉ huy thực hiện)")
    p.add_argument("full_name", help="họ tên cán bộ bị khóa")
    p.add_argument("--recovery", action="store_true",
                   help="chỉ huy tự mở khóa mình bằng cụm mật khẩu khôi phục của đơn vị (hỏi khi chạy, "
                        "hoặc lấy DESK_APP_RECOVERY_PASSPHRASE), không cần mã PIN")
    p.set_defaults(handler=cmd_officer_unlock)


def cmd_officer_unlock(args) -> int:
    with open_desk(args) as desk:
        officer = desk.officers.resolve(args.full_name)
        if officer is None:
            raise BadInput(f"Không có cán bộ “{args.full_name}”.")
        if args.recovery:  # the commander locked out: the unit's passphrase stands for their PIN
            lifted = desk.pin_recovery.unlock(
                officer["id"], recovery_passphrase("Cần cụm mật khẩu khôi phục của đơn vị: chưa mở khóa."), place="cli")
        else:
            lifted = desk.officers.unlock(officer["id"], acting_officer(desk, args))
    emit(args, {"full_name": officer["full_name"], "unlocked": lifted},
         f"Đã mở khóa {officer['full_name']}." if lifted else f"{officer['full_name']} không bị khóa.")
    return 0
