"""`desk-app cccd`: the text scanned from an ID card's QR code, read."""

from __future__ import annotations

from desk_app.cli.common import emit
from desk_app.core import cccd


def register(commands) -> None:
    _add_cccd(commands)


def _add_cccd(commands) -> None:
    p = commands.add_parser("cccd", help="đọc chuỗi quét từ mã QR thẻ căn cước (đối số hoặc stdin)")
    p.add_argument("payload", nargs="?", help="chuỗi quét từ mã QR (không có: đọc từ stdin)")
    p.set_defaults(handler=cmd_cccd)


def cmd_cccd(args) -> int:
    import sys

    payload = args.payload if args.payload is not None else sys.stdin.read()
    card = cccd.parse_qr(payload)
    info = cccd.check_id_number(card.id_number)
    emit(args, card.as_dict(),
         f"Số định danh: {card.id_number} (nơi đăng ký khai sinh: {info.province})\n"
         f"CMND cũ: {card.old_id_number or '(không có)'}\nHọ và tên: {card.full_name}\n"
         f"Ngày sinh: {card.birth_date}\nGiới tính: {card.sex}\nNơi thường trú: {card.address}\n"
         f"Ngày cấp: {card.issued_on or '(không có)'}")
    return 0
