"""visit add / visit list / visit close: the reception log from the command line (as F4) and
the complaints, proposals and tip-offs followed to the end."""

from __future__ import annotations

from desk_app.cli.common import acting_officer, emit, named_officer, open_desk
from desk_app.cli.rating_commands import emit_follow_ups
from desk_app.core import visit_follow_ups, visits
from desk_app.core.rating_follow_ups import SHORT_ID
from desk_app.core.text import vn_date

# The command line's words for the log's kinds ("tip" is the log's "report", tin báo).
KIND_WORDS = {"complaint": "complaint", "proposal": "proposal", "tip": "report"}


def register(commands) -> None:
    visit = commands.add_parser("visit", help="sổ tiếp công dân: phản ánh, kiến nghị, tin báo").add_subparsers(
        dest="visit_command", metavar="LỆNH", required=True)
    _add_visit_add(visit)
    _add_visit_list(visit)
    _add_visit_update(visit)
    _add_visit_close(visit)


def _add_visit_add(visit) -> None:
    p = visit.add_parser("add", help="ghi một lượt tiếp công dân (như F4)")
    p.add_argument("--kind", required=True, choices=list(KIND_WORDS),
                   help="complaint (phản ánh, khiếu nại), proposal (kiến nghị), tip (tin báo)")
    p.add_argument("--full-name", required=True, help="họ và tên người đến")
    p.add_argument("--content", required=True, help="nội dung phản ánh, kiến nghị, tin báo")
    p.add_argument("--phone", default="", help="số điện thoại")
    p.add_argument("--id-number", default="", help="số định danh cá nhân (12 chữ số)")
    p.add_argument("--handler", dest="handled_by", help="cán bộ xử lý (mặc định: người ghi sổ)")
    p.set_defaults(handler=cmd_visit_add)


def cmd_visit_add(args) -> int:
    data = {"full_name": args.full_name, "phone": args.phone, "id_number": args.id_number,
            "kind": KIND_WORDS[args.kind], "summary": args.content}
    with open_desk(args) as desk:
        data["handler_id"] = _officer_id(desk, args.handled_by)
        officer = acting_officer(desk, args)
        visit = desk.visits.record(data, officer)
        case = desk.visit_follow_ups.get(visit["follow_up"]["id"])
    emit(args, case, f"Đã ghi sổ tiếp công dân: {visits.KINDS[visit['kind']]} của {case['full_name']}, "
                     f"mã {case['id'][:SHORT_ID]}, hạn trả lời {vn_date(case['due_at'][:10])} "
                     f"({case['handler_name']} xử lý).")
    return 0


def _add_visit_list(visit) -> None:
    p = visit.add_parser("list", help="các phản ánh, kiến nghị, tin báo và việc xử lý")
    p.add_argument("--open", action="store_true", help="chỉ những việc chưa trả lời")
    p.set_defaults(handler=cmd_visit_list)


def cmd_visit_list(args) -> int:
    with open_desk(args) as desk:
        rows = desk.visit_follow_ups.listed(open_only=args.open)
    emit_follow_ups(args, rows, case_line, "Không có phản ánh, kiến nghị, tin báo nào.")
    return 0


def case_line(r: dict) -> str:
    state = "QUÁ HẠN" if r["overdue"] else visit_follow_ups.STATUS_LABELS[r["status"]]
    to = f" → {r['forwarded_to']}" if r["forwarded_to"] else ""
    line = (f"{r['id'][:SHORT_ID]}  hạn {vn_date(r['due_at'][:10])}  {state:18} {visits.KINDS[r['kind']]:18} "
            f"{r['full_name'] or ''} {r['phone'] or ''} – {r['summary']} ({r['handler_name'] or 'chưa giao'}{to})")
    return line + (f"\n          Trả lời: {r['answer']}" if r["answer"] else "")


def _officer_id(desk, name: str | None) -> str | None:
    """The officer named (refused if none is), or None when no name is given."""
    return named_officer(desk, name)["id"] if name else None


def _add_visit_update(visit) -> None:
    p = visit.add_parser("update", help="một bước xử lý: giao người khác, đang xử lý, chuyển cấp trên")
    p.add_argument("id", metavar="ID", help="mã việc (vài ký tự đầu như “visit list” in ra)")
    p.add_argument("--status", choices=["handling", "forwarded"], help="handling (đang xử lý), forwarded (đã "
                                                                      "chuyển cấp trên: cần --to)")
    p.add_argument("--to", default="", help="nơi chuyển đến, khi chuyển cấp trên")
    p.add_argument("--handler", dest="handled_by", help="giao cho cán bộ này xử lý")
    p.set_defaults(handler=cmd_visit_update)


def cmd_visit_update(args) -> int:
    with open_desk(args) as desk:
        case_id = desk.visit_follow_ups.find(args.id)
        handler = _officer_id(desk, args.handled_by)
        officer = acting_officer(desk, args)
        case = desk.visit_follow_ups.update(case_id, officer, status=args.status, handler_id=handler,
                                            forwarded_to=args.to)
    emit(args, case, case_line(case))
    return 0


def _add_visit_close(visit) -> None:
    p = visit.add_parser("close", help="ghi câu trả lời và kết thúc một việc")
    p.add_argument("id", metavar="ID", help="mã việc (vài ký tự đầu như “visit list” in ra)")
    p.add_argument("--answer", required=True, help="nội dung đã trả lời người dân")
    p.set_defaults(handler=cmd_visit_close)


def cmd_visit_close(args) -> int:
    with open_desk(args) as desk:
        case_id = desk.visit_follow_ups.find(args.id)
        officer = acting_officer(desk, args)
        case = desk.visit_follow_ups.close(case_id, args.answer, officer)
    emit(args, case, f"Đã trả lời và kết thúc {visits.KINDS[case['kind']].lower()} {case['id'][:SHORT_ID]} "
                     f"của {case['full_name']}.")
    return 0
