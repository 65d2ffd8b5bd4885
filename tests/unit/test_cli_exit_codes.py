"""The command line's exit codes: the disk or the printer failing is the environment (1)."""

from __future__ import annotations

from types import SimpleNamespace

from desk_app.cli.common import EXIT_BAD_INPUT, EXIT_ENVIRONMENT, BadInput, run_command
from desk_app.db.store import StorageError


def raising(error):
    def handler(_args):
        raise error
    return SimpleNamespace(handler=handler)


def test_a_full_disk_is_the_environment_with_its_vietnamese_message(capsys):
    assert run_command(raising(StorageError("Ổ đĩa đã đầy: chưa lưu được."))) == EXIT_ENVIRONMENT
    assert capsys.readouterr().err.strip() == "Lỗi: Ổ đĩa đã đầy: chưa lưu được."
    assert run_command(raising(BadInput("Sai số định danh."))) == EXIT_BAD_INPUT
