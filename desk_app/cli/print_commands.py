"""`desk-app print …`: thermal slips (thermal_commands.py) and PDFs (pdf_commands.py)."""

from __future__ import annotations

from desk_app.cli import pdf_commands, thermal_commands


def register(commands) -> None:
    printing = commands.add_parser("print", help="in phiếu, biểu mẫu, tờ thủ tục, bảng QR").add_subparsers(
        dest="print_command", metavar="LỆNH", required=True)
    thermal_commands.register_print(printing)
    pdf_commands.register_print(printing)
