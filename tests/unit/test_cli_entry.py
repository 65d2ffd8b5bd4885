"""`desk-app` with no subcommand opens the window without loading the commands' libraries."""

from __future__ import annotations

import subprocess
import sys

from desk_app.cli import window_options


def test_only_global_options_mean_the_window():
    assert window_options([]).data_dir is None
    assert window_options(["--data-dir", "D:/mot-cua"]).data_dir == "D:/mot-cua"
    assert window_options(["--data-dir=D:/mot-cua", "--officer", "Mai"]).officer == "Mai"
    for command in (["status", "X", "--to", "in_progress"], ["--version"], ["-h"], ["--data-dir", "d", "find", "an"]):
        assert window_options(command) is None, command


def test_the_window_path_leaves_pdf_qr_and_crypto_libraries_unloaded():
    script = ("import sys; from desk_app import cli; assert cli.window_options([]) is not None; "
              "print(sorted(m for m in ('reportlab', 'PIL', 'qrcode', 'nacl', 'desk_app.cli.print_commands', "
              "'desk_app.cli.sync_commands', 'sqlite_utils') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
