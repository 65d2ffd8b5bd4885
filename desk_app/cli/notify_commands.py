"""notify list / send / retry / mark-sent / modem: the text messages to citizens."""

from __future__ import annotations

from desk_app.cli.common import EXIT_ENVIRONMENT, acting_officer, emit, open_desk
from desk_app.core.notices import STATUSES, smsto


def register(commands) -> None:
    notify = commands.add_parser("notify", help="tin nhắn báo công dân: danh sách, gửi qua modem, gửi lại, "
                                                "đánh dấu đã gửi bằng tay").add_subparsers(
        dest="notify_command", metavar="LỆNH", required=True)
    _add_notify_modem(notify)
    _add_notify_list(notify)
    _add_notify_send(notify)
    _add_notify_retry(notify)
    _add_notify_mark_sent(notify)


def _line(row: dict) -> str:
    code = row.get("code") or "-"
    extra = f" – {row['error']}" if row["error"] else ""
    hand = " (bằng tay)" if row["by_hand"] else ""
    return (f"#{row['id']}  {code}  {row['phone']}  {row['kind']}  [{STATUSES[row['status']]}{hand}]  "
            f"{row['parts']} tin{extra}\n    {row['text']}")


def _add_notify_modem(notify) -> None:
    p = notify.add_parser("modem", help="khai báo modem GSM (cổng, mã PIN), xem trạng thái, gửi tin nhắn thử")
    p.add_argument("--port", required=True, help="cổng nối tiếp của modem, ví dụ COM3 hoặc /dev/ttyUSB0")
    p.add_argument("--pin", help="mã PIN của thẻ SIM (nếu thẻ có khóa)")
    p.add_argument("--test", metavar="PHONE", help="gửi một tin nhắn thử đến số này")
    p.add_argument("--timeout", type=float, default=10.0, help="chờ modem trả lời tối đa bao nhiêu giây (mặc định 10)")
    p.set_defaults(handler=cmd_notify_modem)


def cmd_notify_modem(args) -> int:
    with open_desk(args) as desk:
        officer = acting_officer(desk, args)
        settings = desk.settings
        settings.modem_port = args.port
        if args.pin is not None:
            settings.modem_pin = args.pin
        desk.save_settings(settings, officer)
        status = desk.sms.check(args.timeout)
        data = {"modem": status.as_dict()}
        text = status.text()
        if args.test and status.ready:
            message_id = desk.notices.queue_test(args.test, officer)
            result = desk.sms.send_queued(args.timeout, only=[message_id])
            row = desk.notices.get(message_id)
            data["test"] = {"id": message_id, "status": row["status"], "error": row["error"], **result}
            text += f"\nTin nhắn thử #{message_id} đến {row['phone']}: {STATUSES[row['status']]}" + (
                f" – {row['error']}" if row["error"] else "")
    emit(args, data, text)
    return 0 if status.ready and (not args.test or data["test"]["status"] in ("sent", "delivered")) else EXIT_ENVIRONMENT


def _add_notify_list(notify) -> None:
    p = notify.add_parser("list", help="các tin nhắn (những tin mới theo hồ sơ được xếp hàng trước)")
    p.add_argument("--status", choices=list(STATUSES), help="chỉ những tin ở trạng thái này")
    p.add_argument("--code", help="chỉ tin nhắn của hồ sơ này")
    p.add_argument("--limit", type=int, default=500, help="tối đa bao nhiêu tin (mặc định 500)")
    p.set_defaults(handler=cmd_notify_list)


def cmd_notify_list(args) -> int:
    with open_desk(args) as desk:
        desk.notices.collect()
        rows = desk.notices.list(args.status, args.code, args.limit)
    for row in rows:
        row["smsto"] = smsto(row)
    emit(args, rows, "\n".join(_line(r) for r in rows) if rows else "Không có tin nhắn nào.")
    return 0


def _add_notify_send(notify) -> None:
    p = notify.add_parser("send", help="gửi ngay các tin đang chờ qua modem và chờ modem trả lời")
    p.add_argument("--timeout", type=float, default=30.0, help="chờ mỗi tin tối đa bao nhiêu giây (mặc định 30)")
    p.add_argument("--wait-reports", type=float, default=0.0, metavar="GIÂY",
                   help="sau khi gửi, chờ báo đã đến máy (+CDS) thêm bấy nhiêu giây")
    p.set_defaults(handler=cmd_notify_send)


def cmd_notify_send(args) -> int:
    with open_desk(args) as desk:
        desk.notices.collect()
        result = desk.sms.send_queued(args.timeout, wait_reports=args.wait_reports)
    text = (f"Đã gửi {result['sent']} tin, hỏng {result['failed']}, chờ gửi lại {result['later']}, "
            f"đã đến máy {result['delivered']}.")
    if result["error"]:
        text += f"\n{result['error']}"
    emit(args, result, text)
    return EXIT_ENVIRONMENT if result["error"] else 0


def _add_notify_retry(notify) -> None:
    p = notify.add_parser("retry", help="xếp lại một tin gửi không được để gửi lại")
    p.add_argument("id", type=int, help="số tin nhắn (xem notify list)")
    p.set_defaults(handler=cmd_notify_retry)


def cmd_notify_retry(args) -> int:
    with open_desk(args) as desk:
        row = desk.notices.retry(args.id, acting_officer(desk, args))
    emit(args, row, f"Tin nhắn #{row['id']} đã xếp lại để gửi.")
    return 0


def _add_notify_mark_sent(notify) -> None:
    p = notify.add_parser("mark-sent", help="ghi nhận tin đã gửi bằng tay (từ điện thoại của cán bộ)")
    p.add_argument("id", type=int, help="số tin nhắn (xem notify list)")
    p.set_defaults(handler=cmd_notify_mark_sent)


def cmd_notify_mark_sent(args) -> int:
    with open_desk(args) as desk:
        row = desk.notices.mark_sent(args.id, acting_officer(desk, args))
    emit(args, row, f"Tin nhắn #{row['id']} đến {row['phone']}: đã ghi nhận gửi bằng tay.")
    return 0
