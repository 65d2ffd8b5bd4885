"""Print a dossier slip off the UI thread.

The worker opens its own Desk on the same data folder: a SQLite connection must stay in
the thread that made it. The printing package is imported inside the worker, so the form
works (and says so) on a desk where printing is not available or not configured.
"""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

NOT_CONFIGURED = "Chưa cấu hình máy in"


class PrintSignals(QObject):
    done = Signal(str, str)  # dossier code, error message ("" when printed)


class PrintWorker(QRunnable):
    def __init__(self, data_dir: Path, code: str, kind: str = "receipt", printer_name: str | None = None,
                 officer_id: str | None = None):
        super().__init__()
        self.data_dir = Path(data_dir)
        self.code = code
        self.kind = kind
        self.printer_name = printer_name
        self.officer_id = officer_id
        self.signals = PrintSignals()

    def run(self) -> None:
        error = print_slip(self.data_dir, self.code, self.kind, self.printer_name, self.officer_id)
        self.signals.done.emit(self.code, error)


def print_slip(data_dir: Path, code: str, kind: str, printer_name: str | None, officer_id: str | None = None) -> str:
    """Print and return "" or the message for the officer (never raises)."""
    from desk_app.app import Desk

    try:
        with Desk.open(data_dir) as desk:
            result = desk.printing.print_dossier_slip(code, kind=kind, printer_name=printer_name, officer_id=officer_id)
    except Exception as exc:  # the printer's problem, not the dossier's: report it, keep going
        return f"Không in được phiếu {code}: {exc or exc.__class__.__name__}"
    if not getattr(result, "ok", True):
        return f"Không in được phiếu {code}: {result.message} (có thể in lại trong danh sách lệnh in)."
    return ""


def start_print(data_dir: Path, code: str, on_done, kind: str = "receipt", printer_name: str | None = None,
                officer_id: str | None = None, pool: QThreadPool | None = None) -> PrintWorker:
    """Queue the print; on_done(code, error) runs on the UI thread via the signal."""
    # Collect garbage here, on the UI thread: a collection triggered inside the worker
    # would destroy dropped widgets from the wrong thread.
    gc.collect()
    worker = PrintWorker(data_dir, code, kind, printer_name, officer_id)
    worker.signals.done.connect(on_done)
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker
