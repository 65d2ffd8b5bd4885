"""attach, attachments, attachment export, ocr: the scans and PDFs of a dossier's documents and result."""

from __future__ import annotations

from desk_app.cli.common import BadInput, acting_officer, emit, open_desk
from desk_app.core.attachments import AttachmentError
from desk_app.printing.pdf_common import OutputPathError


def register(commands) -> None:
    _add_attach(commands)
    _add_attachments(commands)
    _add_attachment(commands)
    _add_ocr(commands)


def _add_attach(commands) -> None:
    p = commands.add_parser("attach", help="đính kèm bản scan hoặc PDF vào giấy tờ hay kết quả của một hồ sơ")
    p.add_argument("code", metavar="MÃ_HỒ_SƠ", help="mã hồ sơ")
    p.add_argument("files", nargs="+", metavar="TỆP", help="ảnh (mỗi ảnh một trang, theo thứ tự) hoặc một tệp PDF")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--document", type=int, metavar="N", help="giấy tờ số N trong danh mục giấy tờ của hồ sơ")
    target.add_argument("--result", action="store_true", help="kết quả giải quyết")
    p.set_defaults(handler=cmd_attach)


def _attachment_line(row: dict) -> str:
    where = "Kết quả" if row["target"] == "result" else f"Giấy tờ {row['position']}. {row.get('label', '')}"
    return f"[{row['id'][:8]}] {where.strip()}: {row['pages']} trang, {row['size'] / 1024:.0f} KB, {row['original_name']}"


def cmd_attach(args) -> int:
    with open_desk(args) as desk:
        officer = acting_officer(desk, args)
        try:
            row = desk.attachments.attach(args.code, args.files, officer, document=args.document, result=args.result)
        except AttachmentError as exc:
            raise BadInput(str(exc)) from None
    data = {k: row[k] for k in ("id", "dossier_code", "target", "position", "file_sha256", "size", "pages",
                                "original_sha256", "original_name", "added_at")}
    emit(args, data, f"Đã đính kèm vào hồ sơ {row['dossier_code']}: {_attachment_line(row)}")
    return 0


def _add_attachments(commands) -> None:
    p = commands.add_parser("attachments", help="các tệp đính kèm của một hồ sơ")
    p.add_argument("code", metavar="MÃ_HỒ_SƠ", help="mã hồ sơ")
    p.set_defaults(handler=cmd_attachments)


def cmd_attachments(args) -> int:
    with open_desk(args) as desk:
        rows = desk.attachments.of(args.code)
    text = "\n".join(_attachment_line(r) for r in rows) if rows else f"Hồ sơ {args.code} chưa có tệp đính kèm."
    emit(args, rows, text)
    return 0


def _add_attachment(commands) -> None:
    p = commands.add_parser("attachment", help="xuất hồ sơ điện tử (biểu mẫu và tệp đính kèm); gỡ tệp đính kèm nhầm")
    sub = p.add_subparsers(dest="attachment_command", metavar="LỆNH", required=True)
    _add_attachment_export(sub)
    _add_attachment_remove(sub)


def _add_attachment_export(sub) -> None:
    export = sub.add_parser("export", help="một tệp PDF: phiếu tiếp nhận rồi các tệp đính kèm, gửi cấp trên")
    export.add_argument("code", metavar="MÃ_HỒ_SƠ", help="mã hồ sơ")
    export.add_argument("--pdf", required=True, metavar="TỆP.pdf", help="tệp PDF ghi ra")
    export.set_defaults(handler=cmd_attachment_export)


def cmd_attachment_export(args) -> int:
    from desk_app.printing.dossier_file import write_dossier_file

    with open_desk(args) as desk:
        officer = acting_officer(desk, args)
        try:
            written = write_dossier_file(desk.printing, desk.attachments, args.code, args.pdf, officer)
        except (AttachmentError, OutputPathError) as exc:
            raise BadInput(str(exc)) from None
    emit(args, written, f"Đã ghi {written['path']}: {written['pages']} trang, {written['attachments']} tệp đính kèm.")
    return 0


def _add_attachment_remove(sub) -> None:
    remove = sub.add_parser("remove", help="gỡ tệp đính kèm nhầm (cần lý do; ghi vào lịch sử hồ sơ và nhật ký)")
    remove.add_argument("code", metavar="MÃ_HỒ_SƠ", help="mã hồ sơ")
    remove.add_argument("attachment", metavar="MÃ_TỆP", help="mã tệp đính kèm (8 ký tự đầu, xem “attachments”)")
    remove.add_argument("--reason", required=True, metavar="LÝ_DO", help="vì sao gỡ, ví dụ: quét nhầm hồ sơ khác")
    remove.set_defaults(handler=cmd_attachment_remove)


def cmd_attachment_remove(args) -> int:
    with open_desk(args) as desk:
        officer = acting_officer(desk, args)
        try:
            removed = desk.attachments.remove(args.code, args.attachment, args.reason, officer)
        except AttachmentError as exc:
            raise BadInput(str(exc)) from None
    where = "kết quả" if removed["target"] == "result" else f"giấy tờ {removed['position']}"
    emit(args, removed, f"Đã gỡ tệp đính kèm {where} ({removed['original_name']}) khỏi hồ sơ {removed['dossier_code']}.")
    return 0


def _add_ocr(commands) -> None:
    p = commands.add_parser("ocr", help="nhận dạng chữ các tệp đính kèm chưa đọc (Tesseract tiếng Việt, để tìm kiếm)")
    p.add_argument("--limit", type=int, default=100, help="tối đa bao nhiêu tệp lần này (mặc định 100)")
    p.set_defaults(handler=cmd_ocr)


def cmd_ocr(args) -> int:
    from desk_app.core import ocr

    with open_desk(args) as desk:
        if not ocr.available():
            raise BadInput("Máy chưa cài Tesseract với dữ liệu tiếng Việt (Debian: tesseract-ocr tesseract-ocr-vie; "
                           "Windows: bộ cài Tesseract của UB Mannheim, chọn thêm Vietnamese).")
        read = desk.attachments.recognise_waiting(ocr.read_pdf, limit=args.limit)
    emit(args, {"read": read}, f"Đã nhận dạng chữ {read} tệp đính kèm.")
    return 0
