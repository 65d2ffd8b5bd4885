"""`desk-app audit verify|list`: the tamper-evident log, checked and read."""

from __future__ import annotations

from desk_app.cli.common import BadInput, emit, open_desk, parse_day
from desk_app.core.audit import entry_line


def register(commands) -> None:
    audit = commands.add_parser("audit", help="nhật ký kiểm tra: xác minh toàn vẹn, xem ai đã làm gì").add_subparsers(
        dest="audit_command", metavar="LỆNH", required=True)
    _add_audit_verify(audit)
    _add_audit_list(audit)


def _add_audit_verify(audit) -> None:
    p = audit.add_parser("verify", help="kiểm tra chuỗi nhật ký và mọi bản ghi (mã thoát 1 nếu có sai lệch)")
    p.add_argument("--head", help="mục đầu chuỗi cấp trên giữ, dạng SỐ:MÃBĂM")
    p.set_defaults(handler=cmd_audit_verify)


def cmd_audit_verify(args) -> int:
    head = _held_head(args.head)
    with open_desk(args) as desk:
        result = desk.verify_audit(head)
    emit(args, result.as_dict(), "\n".join(result.lines()))
    return 0 if result.ok else 1


def _held_head(text: str | None) -> tuple[int, str] | None:
    if not text:
        return None
    seq, _, digest = text.partition(":")
    if not seq.isdigit() or len(digest) != 64:
        raise BadInput(f"“{text}” không phải mục đầu chuỗi hợp lệ (SỐ:MÃBĂM 64 ký tự).")
    return int(seq), digest.lower()


def _add_audit_list(audit) -> None:
    p = audit.add_parser("list", help="các mục nhật ký, mới nhất trước")
    p.add_argument("--officer", dest="by_officer", metavar="N", help="tên hoặc mã cán bộ đã thực hiện")
    p.add_argument("--from", dest="start", help="từ ngày YYYY-MM-DD")
    p.add_argument("--to", dest="end", help="đến hết ngày YYYY-MM-DD")
    p.add_argument("--code", help="mã hồ sơ")
    p.add_argument("--limit", type=int, default=200, help="tối đa bao nhiêu mục (mặc định 200)")
    p.set_defaults(handler=cmd_audit_list)


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
