"""`desk-app amend`: a saved dossier corrected, with its reason."""

from __future__ import annotations

import json

from desk_app.cli.common import acting_officer, emit, open_desk, parse_when
from desk_app.core.amend import change_lines


def register(commands) -> None:
    _add_amend(commands)


def _add_amend(commands) -> None:
    p = commands.add_parser("amend", help="sửa hồ sơ đã lưu (cần lý do; cán bộ tiếp nhận trong ngày hoặc chỉ huy)")
    p.add_argument("code", help="mã hồ sơ cần sửa")
    p.add_argument("--reason", required=True, help="lý do sửa")
    p.add_argument("--full-name", help="họ tên đúng của người nộp")
    p.add_argument("--id-number", help="số định danh đúng (12 chữ số)")
    p.add_argument("--birth-date", help="ngày sinh đúng (dd/mm/yyyy)")
    p.add_argument("--sex", help="giới tính đúng: Nam hoặc Nữ")
    p.add_argument("--address", help="nơi cư trú đúng")
    p.add_argument("--phone", help="số điện thoại đúng")
    p.add_argument("--procedure", help="mã thủ tục đúng (tính lại hẹn trả và lệ phí, trừ khi có --due)")
    p.add_argument("--due", help="hẹn trả mới 'YYYY-MM-DD HH:MM'")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--document", dest="documents", action="append", metavar="TÊN",
                       help="giấy tờ đã nhận, lặp lại cho mỗi giấy tờ: đúng danh sách được đánh dấu, giấy tờ "
                            "không nêu là chưa nộp (tên như trong thành phần hồ sơ, có dấu hay không đều được)")
    group.add_argument("--no-documents", action="store_true", help="chưa nhận giấy tờ nào (bỏ mọi đánh dấu)")
    p.set_defaults(handler=cmd_amend)


def cmd_amend(args) -> int:
    applicant = {"full_name": args.full_name, "id_number": args.id_number, "birth_date": args.birth_date,
                 "sex": args.sex, "address": args.address, "phone": args.phone}
    new_due = parse_when(args.due) if args.due else None
    with open_desk(args) as desk:
        received = [] if args.no_documents else args.documents
        row = desk.dossiers.amend(args.code, acting_officer(desk, args), args.reason, applicant,
                                  args.procedure, new_due, received)
    event = row["events"][-1]
    emit(args, {"code": row["code"], "changes": json.loads(event["details"])["changes"]},
         f"Đã sửa hồ sơ {row['code']}:\n" + "\n".join(f"  {line}" for line in change_lines(event["details"])))
    return 0
