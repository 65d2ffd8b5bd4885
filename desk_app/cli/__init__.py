"""`desk-app`: with no subcommand it opens the window; subcommands script the same services."""

from __future__ import annotations

import argparse
import sys

from desk_app import __version__
from desk_app.cli import core_commands, print_commands, sync_commands
from desk_app.cli.common import run_command

# Each area registers its subcommands; new areas add a module and a line here.
COMMAND_MODULES = [core_commands, print_commands, sync_commands]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desk-app",
        description="Phần mềm Bộ phận một cửa Công an cấp xã. Không có lệnh con: mở cửa sổ.",
    )
    parser.add_argument("--version", action="version", version=f"desk-app {__version__}")
    parser.add_argument("--data-dir", help="thư mục dữ liệu (mặc định: thư mục dữ liệu người dùng, "
                                           "hoặc biến môi trường DESK_APP_DATA_DIR)")
    parser.add_argument("--officer", help="tên hoặc mã cán bộ thực hiện (mặc định: chỉ huy đầu tiên)")
    parser.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    commands = parser.add_subparsers(dest="command", metavar="LỆNH")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from desk_app.__main__ import open_window  # Qt is loaded only for the window

        return open_window(args.data_dir)
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
