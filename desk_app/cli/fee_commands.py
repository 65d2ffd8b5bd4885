"""fee paid / fee qr: how a dossier's fee was paid, and its bank-transfer (VietQR) code."""

from __future__ import annotations

from desk_app.cli.common import BadInput, acting_officer, emit, open_desk
from desk_app.core.fees import METHODS
from desk_app.core.text import vn_money


def register(commands) -> None:
    fee = commands.add_parser("fee", help="lệ phí: đánh dấu đã nộp (tiền mặt / chuyển khoản), mã VietQR").add_subparsers(
        dest="fee_command", metavar="LỆNH", required=True)
    _add_fee_paid(fee)
    _add_fee_qr(fee)


def _add_fee_paid(fee) -> None:
    p = fee.add_parser("paid", help="đánh dấu lệ phí của hồ sơ đã nộp")
    p.add_argument("code", help="mã hồ sơ")
    p.add_argument("--by", dest="method", choices=list(METHODS), required=True,
                   help="cash: tiền mặt tại quầy; transfer: chuyển khoản (cán bộ đã thấy giao dịch)")
    p.set_defaults(handler=cmd_fee_paid)


def cmd_fee_paid(args) -> int:
    with open_desk(args) as desk:
        row = desk.fees.mark_paid(args.code, args.method, acting_officer(desk, args))
    emit(args, row, f"Hồ sơ {row['code']}: đã nộp lệ phí {vn_money(row['amount'])} bằng {METHODS[row['method']]}.")
    return 0


def _add_fee_qr(fee) -> None:
    p = fee.add_parser("qr", help="nội dung mã VietQR để chuyển khoản lệ phí của hồ sơ")
    p.add_argument("code", help="mã hồ sơ")
    p.set_defaults(handler=cmd_fee_qr)


def cmd_fee_qr(args) -> int:
    with open_desk(args) as desk:
        payload = desk.fees.transfer_payload(desk.dossiers.get(args.code, look=False))
    if not payload:
        raise BadInput(f"Hồ sơ {args.code.upper()} không có mã chuyển khoản: miễn lệ phí, đã nộp, hoặc đơn vị chưa "
                       "khai tài khoản (desk-app setup --bank-bin … --bank-account …).")
    emit(args, {"code": args.code.upper(), "vietqr": payload}, payload)
    return 0
