"""amend (correct a saved dossier) and audit (the tamper-evident log: verify, list)."""

from __future__ import annotations

import json

from desk_app.cli.common import BadInput, acting_officer, emit, open_desk
from desk_app.core.amend import change_lines
from desk_app.core.registration import parse_received_at


def register(commands) -> None:
    p = commands.add_parser("amend", help="sửa hồ sơ đã lưu (cần lý do; cán bộ tiếp nhận trong ngày hoặc chỉ huy)")
    p.add_argument("code")
    p.add_argument("--reason", required=True, help="lý do sửa")
    p.add_argument("--full-name")
    p.add_argument("--id-number")
    p.add_argument("--birth-date")
    p.add_argument("--sex")
    p.add_argument("--address")
    p.add_argument("--phone")
    p.add_argument("--procedure", help="mã thủ tục đúng (tính lại hẹn trả và lệ phí, trừ khi có --due)")
    p.add_argument("--due", help="hẹn trả mới 'YYYY-MM-DD HH:MM'")
    p.set_defaults(handler=cmd_amend)


def cmd_amend(args) -> int:
    applicant = {"full_name": args.full_name, "id_number": args.id_number, "birth_date": args.birth_date,
                 "sex": args.sex, "address": args.address, "phone": args.phone}
    new_due = None
    if args.due:
        try:
            new_due = parse_received_at(args.due)
        except ValueError as exc:
            raise BadInput(str(exc)) from None
    with open_desk(args) as desk:
        row = desk.dossiers.amend(args.code, acting_officer(desk, args), args.reason, applicant,
                                  args.procedure, new_due)
    event = row["events"][-1]
    emit(args, {"code": row["code"], "changes": json.loads(event["details"])["changes"]},
         f"Đã sửa hồ sơ {row['code']}:\n" + "\n".join(f"  {line}" for line in change_lines(event["details"])))
    return 0
