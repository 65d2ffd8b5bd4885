"""register, find, show, status: a dossier received, looked up, moved on."""

from __future__ import annotations

from desk_app.cli.common import BadInput, acting_officer, emit, open_desk, parse_when, read_json_input
from desk_app.core import lifecycle
from desk_app.core.amend import change_lines
from desk_app.core.catalog import DOCUMENT_KINDS
from desk_app.core.channels import channel_text
from desk_app.core.notices import consent_answer
from desk_app.core.registration import dossier_input_from_dict
from desk_app.core.text import vn_datetime, vn_money


def register(commands) -> None:
    _add_register(commands)
    _add_find(commands)
    _add_show(commands)
    _add_status(commands)


def _add_register(commands) -> None:
    p = commands.add_parser("register", help="tiếp nhận một hồ sơ (JSON từ stdin hoặc --file)")
    p.add_argument("--file", help="tệp JSON của hồ sơ (mặc định: đọc từ stdin)")
    p.add_argument("--update-citizen", action="store_true",
                   help="số định danh đã có với họ tên/ngày sinh/giới tính khác: cập nhật công dân theo thông tin mới")
    p.set_defaults(handler=cmd_register)


def cmd_register(args) -> int:
    raw = read_json_input(args.file)
    notify = consent_answer(raw)  # "notify": the citizen's answer to "Nhận tin nhắn báo kết quả?"
    data = dossier_input_from_dict(raw)
    with open_desk(args) as desk:
        officer = acting_officer(desk, args)
        result = desk.dossiers.register(data, officer, update_citizen=args.update_citizen)
        if notify is not None:
            desk.notices.set_consent(result.code, notify, officer)
    emit(args, {"code": result.code, "due_at": result.due_at, "received_at": result.received_at,
                "fee": result.fee, "citizen_reused": result.citizen_reused,
                "queue_number": result.dossier.get("queue_number", ""),
                "channel": result.dossier["channel"], "portal_code": result.dossier["portal_code"],
                "assisted": None if result.dossier["assisted"] is None else bool(result.dossier["assisted"]),
                "notify": notify},
         f"Đã tiếp nhận hồ sơ {result.code}\nHẹn trả kết quả: {vn_datetime(result.due_at)}\n"
         f"Lệ phí: {vn_money(result.fee)}")
    return 0


def _add_find(commands) -> None:
    p = commands.add_parser("find", help="tìm hồ sơ theo mã, số định danh, điện thoại hoặc họ tên")
    p.add_argument("query", help="mã hồ sơ, số định danh, điện thoại hoặc họ tên (có dấu hay không đều được)")
    p.add_argument("--limit", type=int, default=50, help="tối đa bao nhiêu kết quả (mặc định 50)")
    p.set_defaults(handler=cmd_find)


def cmd_find(args) -> int:
    with open_desk(args) as desk:
        rows = desk.dossiers.find(args.query, limit=args.limit)
    text = "\n".join(_row_line(r) for r in rows) if rows else f"Không tìm thấy hồ sơ nào với “{args.query}”."
    emit(args, rows, text)
    return 0


def _row_line(row: dict) -> str:
    status = lifecycle.STATUS_LABELS.get(row["status"], row["status"])
    return (f"{row['code']}  {row['full_name']}  {row['id_number'] or '':12}  {row['procedure_name']}  "
            f"[{status}]  hẹn {row['due_at'][:16]}")


def _add_show(commands) -> None:
    p = commands.add_parser("show", help="xem một hồ sơ với giấy tờ và lịch sử")
    p.add_argument("code", help="mã hồ sơ")
    p.set_defaults(handler=cmd_show)


def cmd_show(args) -> int:
    with open_desk(args) as desk:
        row = desk.dossiers.get(args.code)
        row["attachments"] = desk.attachments.of(args.code, look=False)  # (the view above is in the log)
    scanned = {a["position"] for a in row["attachments"] if a["target"] == "document"}
    lines = [_row_line(row), f"Hình thức: {channel_text(row)}", "Giấy tờ:"]
    lines += [f"  {d['position']}. {d['name']} ({DOCUMENT_KINDS.get(d['kind'], d['kind']).lower()})"
              f"{'' if d['received'] else ' – CHƯA NỘP'}{' – đã số hóa' if d['position'] in scanned else ''}"
              for d in row["documents"]]
    lines.append("Lịch sử:")
    for e in row["events"]:
        lines.append(f"  {e['at']}  {' → '.join(filter(None, lifecycle.event_labels(e)))}  {e['officer_name'] or ''}"
                     f"  {e['reason']}".rstrip())
        lines += [f"      {line}" for line in change_lines(e["details"])] if e["action"] == "amend" else []
    emit(args, row, "\n".join(lines))
    return 0


def _add_status(commands) -> None:
    p = commands.add_parser("status", help="chuyển trạng thái hồ sơ")
    p.add_argument("code", help="mã hồ sơ")
    p.add_argument("--to", required=True, metavar="STATE",
                   help="in_progress, needs_supplement, result_ready, returned, refused, stopped, extended")
    p.add_argument("--reason", default="", help="lý do (bắt buộc khi yêu cầu bổ sung, từ chối, dừng, gia hạn)")
    p.add_argument("--due", help="hạn mới khi gia hạn (YYYY-MM-DD HH:MM)")
    p.add_argument("--missing", action="append", default=[], help="giấy tờ cần bổ sung (lặp lại được)")
    p.add_argument("--collected-by", default="", help="người nhận kết quả")
    p.add_argument("--by-post", action="store_true", help="trả kết quả qua dịch vụ bưu chính (cùng --to returned)")
    p.add_argument("--tracking", default="", help="số hiệu bưu gửi (bắt buộc khi --by-post)")
    p.add_argument("--address", default="", help="địa chỉ gửi kết quả (mặc định: địa chỉ đã ghi khi tiếp nhận)")
    p.set_defaults(handler=cmd_status)


def _check_post_options(args) -> None:
    """The options of a return by post, said in their own words (the service checks the rest)."""
    if args.by_post and not args.tracking.strip():
        raise BadInput("Trả kết quả qua bưu chính cần số hiệu bưu gửi: thêm --tracking SỐ_HIỆU (in trên biên nhận "
                       "của bưu điện).")
    if not args.by_post and (args.tracking or args.address):
        raise BadInput("--tracking và --address chỉ dùng cùng --by-post (trả kết quả qua bưu chính).")
    if args.by_post and args.to != "returned":
        raise BadInput("--by-post là trả kết quả qua bưu chính: dùng cùng --to returned.")


def cmd_status(args) -> int:
    _check_post_options(args)
    details = {}
    if args.missing:
        details["missing"] = args.missing
    if args.collected_by:
        details["collected_by"] = args.collected_by
    details.update({k: v for k, v in (("by_post", args.by_post), ("tracking", args.tracking),
                                      ("address", args.address)) if v})
    new_due = parse_when(args.due) if args.due else None
    with open_desk(args) as desk:
        row = desk.dossiers.move_to(args.code, args.to, acting_officer(desk, args), args.reason, new_due, details)
    sent = f"\nĐã gửi qua bưu chính, số hiệu {row['post_tracking']}, tới {row['post_address']}" \
        if args.by_post else ""
    emit(args, {k: row[k] for k in ("code", "status", "due_at", "original_due_at", "timeliness", "post_tracking",
                                    "post_address", "post_sent_at")},
         f"Hồ sơ {row['code']}: {lifecycle.STATUS_LABELS[row['status']]} (hẹn {row['due_at'][:16]}){sent}")
    return 0
