"""`desk-app setup`: the unit's first setup, and a change of its details."""

from __future__ import annotations

import os

from desk_app.cli.common import RECOVERY_ENV, BadInput, acting_officer, emit, open_desk


def register(commands) -> None:
    _add_setup(commands)


def _add_setup(commands) -> None:
    p = commands.add_parser("setup", help="cài đặt đơn vị lần đầu / sửa thông tin đơn vị")
    p.add_argument("--unit-code", help="mã đơn vị, ví dụ CAXTT (chữ, số, dấu chấm, gạch dưới)")
    p.add_argument("--unit-name", help="tên đơn vị, ví dụ “Công an xã Tân Tiến”")
    p.add_argument("--address", help="địa chỉ trụ sở (in trên phiếu hẹn)")
    p.add_argument("--hotline", help="số điện thoại đường dây nóng (in trên phiếu hẹn)")
    p.add_argument("--upper-level-name", "--upper-name", dest="upper_name",
                   help="tên cấp trên nhận tệp đồng bộ và báo cáo, ví dụ “Công an tỉnh Bắc Ninh” (từ 01/03/2025 "
                        "phần lớn là Công an tỉnh); chưa đặt: “Công an cấp trên”")
    p.add_argument("--upper-code", help="mã cấp trên nhận tệp đồng bộ")
    p.add_argument("--survey-url", help="đường dẫn khảo sát mức độ hài lòng")
    p.add_argument("--commander", help="họ tên chỉ huy (tạo lần đầu)")
    p.add_argument("--commander-pin", help="mã PIN của chỉ huy đầu tiên, 4–8 chữ số (không có: lấy DESK_APP_PIN, "
                                           "hoặc hỏi khi chạy trong cửa sổ dòng lệnh)")
    p.add_argument("--code-pattern", help="mẫu mã hồ sơ, mặc định {unit_code}-{yymmdd}-{seq:04}")
    p.add_argument("--working-hours", help="giờ làm việc, ví dụ '07:30-11:30, 13:30-17:00'")
    p.add_argument("--district-key", help="khóa công khai của cấp trên (nhận tệp đồng bộ)")
    p.add_argument("--bank-bin", help="mã ngân hàng (BIN, 6 chữ số) của tài khoản nhận lệ phí chuyển khoản, ví dụ 970415")
    p.add_argument("--bank-account", help="số tài khoản nhận lệ phí chuyển khoản (in mã VietQR trên phiếu hẹn)")
    p.add_argument("--bank-account-name", help="tên chủ tài khoản nhận lệ phí, ví dụ “CONG AN XA TAN TIEN”")
    p.set_defaults(handler=cmd_setup)


def cmd_setup(args) -> int:
    values = {
        "code": args.unit_code, "name": args.unit_name, "address": args.address, "hotline": args.hotline,
        "upper_name": args.upper_name, "upper_code": args.upper_code, "survey_url": args.survey_url,
    }
    with open_desk(args) as desk:
        if desk.officers.commanders():  # set up already: a change of the unit's details is the commander's
            by_officer, name, pin = acting_officer(desk, args), "", ""
        else:
            by_officer, (name, pin) = None, _first_commander(args)
        try:
            result = desk.first_run(values, name, pin, by_officer)
            settings = desk.settings
            if args.code_pattern:
                settings.code_pattern = args.code_pattern
            if args.working_hours:
                settings.working_hours = args.working_hours
            if args.district_key:
                from desk_app.sync.keys import parse_public  # KeyFormatError is a ValueError: exit 2

                settings.district_public_key = parse_public(args.district_key, "Khóa cấp trên").text()
            _bank(args, settings)
            desk.save_settings(settings, result.commander["id"])
            desk.sync.unit_public_key()  # the unit's key pair is made at setup (or on first export)
            if os.environ.get(RECOVERY_ENV):
                desk.backups.set_recovery_passphrase(os.environ[RECOVERY_ENV], result.commander["id"])
        except ValueError as exc:
            raise BadInput(str(exc)) from None
        unit = result.unit
        emit(args, {"unit": unit, "commander": result.commander and result.commander["full_name"],
                    "catalog": result.catalog, "data_dir": str(desk.data_dir)},
             f"Đã lưu đơn vị {unit['code']} – {unit['name']}.\n"
             f"Danh mục thủ tục: thêm {result.catalog['added']}, cập nhật {result.catalog['updated']}.\n"
             f"Thư mục dữ liệu: {desk.data_dir}")
    return 0


def _bank(args, settings) -> None:
    """The account the fee is transferred to: any of the three options changes it."""
    for option in ("bank_bin", "bank_account", "bank_account_name"):
        value = getattr(args, option)
        if value is not None:
            setattr(settings, option, value.strip().upper() if option == "bank_account_name" else value.strip())


def _first_commander(args) -> tuple[str, str]:
    """The first commander's name and PIN: from the options (or DESK_APP_PIN), else asked on
    a terminal; refused otherwise (there is no default PIN)."""

    from desk_app.cli.common import PIN_ENV, ask_pin, on_terminal
    from desk_app.core.officers import check_pin

    name = args.commander or ""
    if not name and on_terminal():
        name = input("Họ tên chỉ huy đơn vị: ").strip()
    if not name:
        raise BadInput("Lần cài đặt đầu cần chỉ huy đầu tiên: --commander HỌ_TÊN --commander-pin PIN.")
    pin = args.commander_pin or os.environ.get(PIN_ENV, "")
    if not pin and on_terminal():
        pin = ask_pin(f"Mã PIN của {name} (4–8 chữ số): ")
        if ask_pin("Nhập lại mã PIN: ") != pin:
            raise BadInput("Hai lần nhập mã PIN không khớp: chưa cài đặt.")
    if not pin:
        raise BadInput(f"Chưa có mã PIN cho chỉ huy {name}: thêm --commander-pin PIN (hoặc đặt {PIN_ENV}). "
                       "Chưa cài đặt.")
    try:
        return name, check_pin(pin)
    except ValueError as exc:
        raise BadInput(str(exc)) from None
