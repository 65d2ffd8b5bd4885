"""`desk-app COMMAND`: the subcommands script the same services as the window (which
desk_app.__main__ opens when no command is named)."""

from __future__ import annotations

import argparse
import importlib
import sys

from desk_app import __version__

# Each area registers its subcommands; new areas add a module and a name here. They are
# imported only to run a command: the window must not wait for PDF, QR and crypto libraries.
COMMAND_MODULES = ["core_commands", "print_commands", "sync_commands", "rating_commands", "shift_commands"]


def _global_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--data-dir", help="thư mục dữ liệu (mặc định: thư mục dữ liệu người dùng, "
                                           "hoặc biến môi trường DESK_APP_DATA_DIR)")
    parser.add_argument("--officer", help="tên hoặc mã cán bộ thực hiện (mặc định: chỉ huy đầu tiên)")
    parser.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desk-app",
        description="Phần mềm Bộ phận một cửa Công an cấp xã. Không có lệnh con: mở cửa sổ.",
    )
    parser.add_argument("--version", action="version", version=f"desk-app {__version__}")
    _global_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="LỆNH")
    for name in COMMAND_MODULES:
        importlib.import_module(f"desk_app.cli.{name}").register(commands)
    return parser


def window_options(argv: list[str]) -> argparse.Namespace | None:
    """The global options when `argv` asks for the window (no subcommand, no --help or
    --version); None when a command is meant."""
    options, rest = _global_options(argparse.ArgumentParser(add_help=False)).parse_known_args(argv)
    return None if rest else options


def main(argv: list[str] | None = None) -> int:
    """Run one command: a subcommand, or --help / --version / a mistake (argparse says which)."""
    args = build_parser().parse_args(sys.argv[1:] if argv is None else list(argv))
    from desk_app.cli.common import run_command

    return run_command(args)
