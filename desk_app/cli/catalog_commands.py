"""`desk-app catalog …`: the procedures' catalog."""

from __future__ import annotations

from dataclasses import asdict

from desk_app.cli.common import BadInput, acting_officer, emit, open_desk
from desk_app.core.text import vn_money


def register(commands) -> None:
    catalog = commands.add_parser("catalog", help="danh mục thủ tục").add_subparsers(
        dest="catalog_command", metavar="LỆNH", required=True)
    _add_catalog_list(catalog)
    _add_catalog_export(catalog)
    _add_catalog_import(catalog)


def _add_catalog_list(catalog) -> None:
    p = catalog.add_parser("list", help="các thủ tục trong danh mục")
    p.set_defaults(handler=cmd_catalog_list)


def cmd_catalog_list(args) -> int:
    with open_desk(args) as desk:
        procs = desk.catalog.list_procedures()
    emit(args, [asdict(p) for p in procs],
         "\n".join(f"{p.code:10} {p.name} – {p.limit_text()} – {vn_money(p.fee_in_person)}" for p in procs))
    return 0


def _add_catalog_export(catalog) -> None:
    p = catalog.add_parser("export", help="xuất danh mục ra JSON")
    p.add_argument("--out", help="tệp JSON (mặc định: in ra màn hình)")
    p.set_defaults(handler=cmd_catalog_export)


def cmd_catalog_export(args) -> int:
    with open_desk(args) as desk:
        text = desk.catalog.export_text()
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            handle.write(text)
        print(f"Đã xuất danh mục ra {args.out}")
    else:
        print(text)
    return 0


def _add_catalog_import(catalog) -> None:
    p = catalog.add_parser("import", help="nhập danh mục từ JSON, tất cả hoặc không gì (chỉ huy thực hiện)")
    p.add_argument("file", help="tệp JSON danh mục (như catalog export ghi ra)")
    p.set_defaults(handler=cmd_catalog_import)


def cmd_catalog_import(args) -> int:
    try:
        text = open(args.file, encoding="utf-8").read()
    except FileNotFoundError:
        raise BadInput(f"Không tìm thấy tệp “{args.file}”.") from None
    except UnicodeDecodeError:
        raise BadInput("Tệp danh mục phải là văn bản UTF-8.") from None
    with open_desk(args) as desk:
        counts = desk.catalog.import_text(text, acting_officer(desk, args))
    emit(args, counts, f"Đã nhập danh mục: thêm {counts['added']}, cập nhật {counts['updated']}, "
                       f"giữ nguyên {counts['unchanged']}.")
    return 0
