"""amend (correct a saved dossier) and audit (the tamper-evident log: verify, list)."""

from __future__ import annotations

import json

from desk_app.cli.common import BadInput, acting_officer, emit, open_desk, parse_day
from desk_app.core.amend import change_lines
from desk_app.core.audit import entry_line
from desk_app.core.registration import parse_received_at


def register(commands) -> None:
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
    register_audit(commands)


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
        received = [] if args.no_documents else args.documents
        row = desk.dossiers.amend(args.code, acting_officer(desk, args), args.reason, applicant,
                                  args.procedure, new_due, received)
    event = row["events"][-1]
    emit(args, {"code": row["code"], "changes": json.loads(event["details"])["changes"]},
         f"Đã sửa hồ sơ {row['code']}:\n" + "\n".join(f"  {line}" for line in change_lines(event["details"])))
    return 0


def register_audit(commands) -> None:
    audit = commands.add_parser("audit", help="nhật ký kiểm tra: xác minh toàn vẹn, xem ai đã làm gì").add_subparsers(
        dest="audit_command", metavar="LỆNH", required=True)
    p = audit.add_parser("verify", help="kiểm tra chuỗi nhật ký và mọi bản ghi (mã thoát 1 nếu có sai lệch)")
    p.add_argument("--head", help="mục đầu chuỗi cấp trên giữ, dạng SỐ:MÃBĂM")
    p.set_defaults(handler=cmd_audit_verify)
    p = audit.add_parser("list", help="các mục nhật ký, mới nhất trước")
    p.add_argument("--officer", dest="by_officer", metavar="N", help="tên hoặc mã cán bộ đã thực hiện")
    p.add_argument("--from", dest="start", help="từ ngày YYYY-MM-DD")
    p.add_argument("--to", dest="end", help="đến hết ngày YYYY-MM-DD")
    p.add_argument("--code", help="mã hồ sơ")
    p.add_argument("--limit", type=int, default=200, help="tối đa bao nhiêu mục (mặc định 200)")
    p.set_defaults(handler=cmd_audit_list)


def _held_head(text: str | None) -> tuple[int, str] | None:
    if not text:
        return None
    seq, _, digest = text.partition(":")
    if not seq.isdigit() or len(digest) != 64:
        raise BadInput(f"“{text}” không phải mục đầu chuỗi hợp lệ (SỐ:MÃBĂM 64 ký tự).")
    return int(seq), digest.lower()


def cmd_audit_verify(args) -> int:
    head = _held_head(args.head)
    with open_desk(args) as desk:
        result = desk.verify_audit(head)
    emit(args, result.as_dict(), "\n".join(result.lines()))
    return 0 if result.ok else 1


def cmd_audit_list(args) -> int:
    start = parse_day(args.start).isoformat() if args.start else None
    end = parse_day(args.end) if args.end else None
    with open_desk(args) as desk:
        officer_id = None
        if args.by_officer:
            officer = desk.officers.resolve(args.by_officer)
            if officer is None:
                raise BadInput(f"Không có cán bộ “{args.by_officer}”.")
            officer_id = officer["id"]
        rows = desk.audit.entries(officer_id, start, end, args.code, args.limit)
    emit(args, rows, "\n".join(entry_line(r) for r in rows) or "Không có mục nhật ký nào.")
    return 0
