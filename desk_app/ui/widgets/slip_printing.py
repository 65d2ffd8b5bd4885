"""A dossier's thermal slip printed off the UI thread, as the receive form and the dossier
detail both do: on the default printer, through desk.printing, with the officer's message."""

from __future__ import annotations

from typing import Callable

from desk_app.printing import jobs
from desk_app.printing.printers import PREVIEW_NAME
from desk_app.ui.background import Background


def print_slip(runner: Background, code: str, on_done: Callable[[str, str, str, int], None], kind: str = "receipt",
               officer_id: str | None = None, dossier: dict | None = None) -> bool:
    """Queue the print; on_done(code, error, preview, reprint) on the UI thread: error "" when
    printed; preview the picture's path when the slip went to the preview printer (no real
    printer set up: the officer must be told where the slip is); reprint which reprint it
    was (0: the first print), as the slip itself says. `dossier` as the service handed it
    back saves reading it again."""

    def work(desk, _report):
        return desk.printing.print_dossier_slip(code, kind=kind, officer_id=officer_id, dossier=dossier)

    def done(result, error) -> None:
        printed = error is None and result.ok
        preview = result.output if printed and result.printer == PREVIEW_NAME else ""
        on_done(code, slip_error(code, result, error), preview, result.reprint if printed else 0)

    return runner.run(work, done)


def slip_error(code: str, result, error: Exception | None) -> str:
    """"" when printed, else what the officer reads (the dossier is saved whatever happens)."""
    if error is not None:  # the printer's problem, not the dossier's: report it, keep going
        return f"Không in được phiếu {code}: {error or error.__class__.__name__}"
    if result.status == jobs.UNCONFIRMED:  # sent, the printer did not say it read it: maybe on paper
        return f"Chưa chắc phiếu {code} đã ra giấy (đã gửi, chưa xác nhận): {result.message}"
    if not result.ok:
        return f"Không in được phiếu {code}: {result.message} (có thể in lại trong danh sách lệnh in)."
    return ""
