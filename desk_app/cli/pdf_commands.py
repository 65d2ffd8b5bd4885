"""`desk-app print form|sheet|board|register`: the A4 documents as PDF (the sheet also on a
thermal printer or as a PNG, through the thermal printing service)."""

from __future__ import annotations

from desk_app.cli.common import BadInput, acting_officer, emit, open_desk, parse_day
from desk_app.printing.pdf_common import OutputPathError, check_output_path
from desk_app.printing.pdf_form_data import KINDS


def register_print(printing) -> None:
    _add_form(printing)
    _add_sheet(printing)
    _add_board(printing)
    _add_register(printing)


def _add_form(printing) -> None:
    p = printing.add_parser("form", help="in biểu mẫu A4 (PDF) của một hồ sơ")
    p.add_argument("code", metavar="MÃ_HỒ_SƠ", help="mã hồ sơ")
    p.add_argument("--kind", choices=KINDS, default="receipt",
                   help="receipt: phiếu tiếp nhận (CT04); supplement: hướng dẫn bổ sung (CT05); "
                        "refusal: từ chối (CT06); extension: xin lỗi, hẹn lại (Mẫu 04); "
                        "stop: thông báo dừng giải quyết (Mẫu 05, hồ sơ đã dừng); "
                        "control: phiếu kiểm soát quá trình giải quyết (Mẫu 06, một bản, in lúc nào cũng được)")
    p.add_argument("--copies", type=int, choices=(1, 2), default=2,
                   help="số liên (mặc định 2; phiếu kiểm soát luôn một bản)")
    p.add_argument("--pdf", required=True, metavar="TỆP.pdf", help="tệp PDF ghi ra")
    p.set_defaults(handler=cmd_form)


def cmd_form(args) -> int:
    with open_desk(args) as desk:
        # Each form written is recorded (a later one says it is a reprint): who printed it, with the PIN.
        officer = acting_officer(desk, args)
        path = _checked(lambda: desk.printing.write_form_pdf(args.code, args.kind, args.pdf, copies=args.copies,
                                                             officer_id=officer))
    return _written(args, path, "biểu mẫu")


def _add_sheet(printing) -> None:
    p = printing.add_parser("sheet", help="in tờ hướng dẫn thủ tục (A4 PDF, máy in nhiệt hoặc PNG)")
    p.add_argument("procedure", metavar="MÃ_THỦ_TỤC", help="mã thủ tục trong danh mục")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--pdf", metavar="TỆP.pdf", help="tờ A4 dạng PDF")
    target.add_argument("--printer", metavar="TÊN", help="in ra máy in nhiệt đã khai báo")
    target.add_argument("--png", metavar="TỆP.png", help="ảnh khổ giấy in nhiệt")
    p.set_defaults(handler=cmd_sheet)


def cmd_sheet(args) -> int:
    if args.pdf:
        with open_desk(args) as desk:
            path = _checked(lambda: desk.printing.write_sheet_pdf(args.procedure, args.pdf))
        return _written(args, path, "tờ hướng dẫn thủ tục")
    if args.png:
        _checked(lambda: check_output_path(args.png))
    with open_desk(args) as desk:
        result = desk.printing.print_procedure_sheet(args.procedure, printer=args.printer, png=args.png)
    emit(args, result if isinstance(result, dict) else {"result": str(result)},
         f"Đã in tờ hướng dẫn thủ tục {args.procedure}" + (f": {args.png}" if args.png else "."))
    return 0


def _add_board(printing) -> None:
    p = printing.add_parser("board", help="bảng niêm yết TTHC bằng mã QR (PDF)")
    p.add_argument("--by", choices=("field", "procedure"), default="field",
                   help="mỗi mã QR một lĩnh vực (mặc định) hoặc một thủ tục")
    p.add_argument("--field", metavar="LĨNH_VỰC", help="chỉ các thủ tục của lĩnh vực này")
    p.add_argument("--size", choices=("A4", "A3"), default="A4", help="khổ giấy (mặc định A4)")
    p.add_argument("--pdf", required=True, metavar="TỆP.pdf", help="tệp PDF ghi ra")
    p.set_defaults(handler=cmd_board)


def cmd_board(args) -> int:
    with open_desk(args) as desk:
        path = _checked(lambda: desk.printing.write_board_pdf(args.pdf, by=args.by, field=args.field, size=args.size))
    return _written(args, path, "bảng mã QR")


def _add_register(printing) -> None:
    p = printing.add_parser("register", help="sổ theo dõi hồ sơ trong một khoảng ngày (PDF)")
    p.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD", help="từ ngày")
    p.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD", help="đến ngày")
    p.add_argument("--pdf", required=True, metavar="TỆP.pdf", help="tệp PDF ghi ra")
    p.set_defaults(handler=cmd_register)


def cmd_register(args) -> int:
    start, end = parse_day(args.start), parse_day(args.end)
    with open_desk(args) as desk:
        path = _checked(lambda: desk.printing.write_register_pdf(start, end, args.pdf))
    return _written(args, path, "sổ theo dõi hồ sơ")


def _checked(write):
    """Run a PDF writer, turning a bad output path or bad value into bad input (exit 2)."""
    try:
        return write()
    except (OutputPathError, ValueError) as exc:
        raise BadInput(str(exc)) from None


def _written(args, path, what: str) -> int:
    emit(args, {"pdf": str(path)}, f"Đã ghi {what}: {path}")
    return 0
