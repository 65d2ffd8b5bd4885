"""`desk-app COMMAND`: the subcommands script the same services as the window (which
desk_app.__main__ opens when no command is named)."""

from __future__ import annotations

import argparse
import importlib
import sys

from desk_app import __version__
from desk_app.cli import argparse_vi

# One module per subject, each with `register(commands)`: it names its subcommands, one
# `_add_<name>` each, which declares the parser right above its handler `cmd_<name>`. A new
# subject adds a module and its name here, in the order of `desk-app --help`. They are
# imported only to run a command: the window must not wait for PDF, QR and crypto libraries.
COMMAND_MODULES = ["setup_commands", "demo_commands", "backup_commands", "dossier_commands", "cccd_commands",
                   "calendar_commands", "catalog_commands", "officer_commands", "print_commands",
                   "printer_commands", "sync_commands", "district_commands", "stats_commands", "amend_commands",
                   "audit_commands", "rating_commands", "visit_commands", "shift_commands", "fee_commands",
                   "notify_commands", "attachment_commands"]


def _global_options(parser: argparse.ArgumentParser, after_command: bool = False) -> argparse.ArgumentParser:
    # After a subcommand the same options are accepted (`desk-app find X --json`); there they
    # default to "not given", so they never overwrite one given before the subcommand. A
    # subcommand's own option of the same name (`audit list --officer`, a filter) keeps it.
    unset = {"default": argparse.SUPPRESS} if after_command else {}

    def add(name: str, **kwargs) -> None:
        if name not in parser._option_string_actions:
            parser.add_argument(name, **kwargs, **unset)

    add("--data-dir", help="thư mục dữ liệu (mặc định: thư mục dữ liệu người dùng, "
                           "hoặc biến môi trường DESK_APP_DATA_DIR)")
    add("--officer", help="tên hoặc mã cán bộ thực hiện lệnh ghi dữ liệu (mặc định: chỉ huy, "
                          "nếu đơn vị có một); mã PIN hỏi khi chạy hoặc lấy từ DESK_APP_PIN")
    add("--json", action="store_true", help="in kết quả dạng JSON")
    return parser


def _subcommand_parsers(parser: argparse.ArgumentParser):
    """Every parser below `parser` (subcommands and their own subcommands)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):  # (aliases share one parser)
                yield sub
                yield from _subcommand_parsers(sub)


def build_parser() -> argparse.ArgumentParser:
    argparse_vi.install()
    parser = argparse.ArgumentParser(
        prog="desk-app",
        description="Phần mềm Bộ phận một cửa Công an cấp xã. Không có lệnh con: mở cửa sổ.",
    )
    parser.add_argument("--version", action="version", version=f"desk-app {__version__}",
                        help=argparse_vi.VERSION_HELP)
    _global_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="LỆNH")
    for name in COMMAND_MODULES:
        importlib.import_module(f"desk_app.cli.{name}").register(commands)
    for sub in _subcommand_parsers(parser):
        _global_options(sub, after_command=True)
    return parser


def window_options(argv: list[str]) -> argparse.Namespace | None:
    """The global options when `argv` asks for the window (no subcommand, no --help or
    --version); None when a command is meant."""
    options, rest = _global_options(argparse.ArgumentParser(add_help=False)).parse_known_args(argv)
    return None if rest else options


# A public key's text may begin with "-" (its alphabet is base64url), which argparse would
# take for an option: such a value is glued to its option before parsing.
OPTIONS_TAKING_A_KEY = {"--district-key", "--key"}


def _glue_key_values(argv: list[str]) -> list[str]:
    glued: list[str] = []
    tokens = iter(argv)
    for token in tokens:
        if token in OPTIONS_TAKING_A_KEY:
            value = next(tokens, None)
            glued.append(token if value is None else f"{token}={value}")
        else:
            glued.append(token)
    return glued


def main(argv: list[str] | None = None) -> int:
    """Run one command: a subcommand, or --help / --version / a mistake (argparse says which)."""
    args = build_parser().parse_args(_glue_key_values(sys.argv[1:] if argv is None else list(argv)))
    from desk_app.cli.common import run_command

    return run_command(args)
