"""Thermal printing for the CLI and the window: print a slip for a dossier, a procedure
sheet, a visit ticket or a test page; retry a failed job; list jobs.

The dossier is always committed before anything here runs (these functions only read it),
so a dead printer never loses a dossier. The window runs them off the UI thread through
its background runner (ui/background.py).
"""

from __future__ import annotations

from pathlib import Path

from desk_app.core import catalog_service
from desk_app.core.dossiers import NotFound
from desk_app.db import visits as visit_repo
from desk_app.printing import escpos_encode, jobs, raster, slips
from desk_app.printing.printers import PREVIEW_FOLDER, PrinterConfig, PrinterError, resolve, send
from desk_app.printing.slip_layout import Layout

DEFAULT_TIMEOUT = 15.0  # seconds before a silent printer counts as failed
DOSSIER_KINDS = tuple(slips.BUILDERS)


def layout_for(desk, kind: str, subject: str, printer: PrinterConfig | None = None) -> Layout:
    """The layout of a job: a dossier slip (kind receipt/supplement/…), 'sheet' (procedure
    code), 'visit' (visit id) or 'test' (printer name)."""
    unit = desk.require_unit()
    if kind in DOSSIER_KINDS:
        return slips.dossier_slip(kind, unit, desk.dossiers().get(subject))
    if kind == "sheet":
        proc = catalog_service.get(desk.store, subject)
        if proc is None:
            raise NotFound(f"Không có thủ tục mã “{subject}”.")
        return slips.procedure_sheet(unit, proc)
    if kind == "visit":
        return slips.reception_ticket(unit, visit_record(desk, subject))
    if kind == "test":
        return slips.test_page(unit, (printer or resolve(desk.store, subject)).as_dict(), desk.store.clock())
    raise NotFound(f"Không có loại phiếu “{kind}”.")


def encode(layout: Layout, width: int = 576, mode: str = "raster") -> bytes:
    if mode == "text":
        return escpos_encode.encode_text(layout, width)
    return escpos_encode.encode_raster(raster.render(layout, width))


def visit_record(desk, visit_id: str) -> dict:
    visit = visit_repo.ticket(desk.store, visit_id)
    if visit is None:
        raise NotFound(f"Không tìm thấy lượt tiếp công dân “{visit_id}”.")
    day = visit["at"][:10]
    number = visit_repo.number_in_day(desk.store, day, visit["at"])
    visit["number"] = f"{number:03d}/{day[8:10]}{day[5:7]}"
    return visit


def print_job(desk, kind: str, subject: str, printer_name: str | None = None, officer_id: str | None = None,
              timeout: float = DEFAULT_TIMEOUT, job_id: str | None = None) -> jobs.JobResult:
    """Render, record as pending, send, record the outcome. Never raises for a printer
    problem: the JobResult says failed, with the reason, and the job stays retryable."""
    printer = resolve(desk.store, printer_name, desk.settings().default_printer)
    data = encode(layout_for(desk, kind, subject, printer), printer.width, printer.mode)
    if job_id is None:
        job_id = jobs.create(desk.store, kind, subject, printer.name, officer_id)
    preview_dir = Path(desk.data_dir) / PREVIEW_FOLDER
    name = f"{kind}-{subject}".replace("/", "_")
    try:
        output = jobs.run_with_timeout(lambda: send(printer, data, timeout, preview_dir, name), timeout + 2, printer.name)
    except PrinterError as exc:
        jobs.finish(desk.store, job_id, printer.name, officer_id, error=str(exc), size=len(data))
        return jobs.JobResult(job_id, jobs.FAILED, kind, subject, printer.name, str(exc), "", len(data))
    jobs.finish(desk.store, job_id, printer.name, officer_id, output=output, size=len(data))
    return jobs.JobResult(job_id, jobs.PRINTED, kind, subject, printer.name,
                          f"Đã in trên “{printer.name}”.", output, len(data))


def print_dossier_slip(desk, code: str, kind: str = "receipt", printer_name: str | None = None,
                       officer_id: str | None = None, timeout: float = DEFAULT_TIMEOUT) -> jobs.JobResult:
    code = desk.dossiers().get(code)["code"]  # NotFound before any job is recorded
    return print_job(desk, kind, code, printer_name, officer_id, timeout)


def print_sheet(desk, procedure_code: str, printer_name: str | None = None, officer_id: str | None = None,
                timeout: float = DEFAULT_TIMEOUT) -> jobs.JobResult:
    return print_job(desk, "sheet", procedure_code, printer_name, officer_id, timeout)


def print_test_page(desk, printer_name: str | None = None, officer_id: str | None = None,
                    timeout: float = DEFAULT_TIMEOUT) -> jobs.JobResult:
    printer = resolve(desk.store, printer_name, desk.settings().default_printer)
    return print_job(desk, "test", printer.name, printer.name, officer_id, timeout)


def write_png(desk, kind: str, subject: str, path: str | Path, width: int = 576, mode: str = "raster") -> bytes:
    """The job's printer bytes decoded to a PNG (what a printer of that width would print)."""
    from desk_app.printing.escpos_decode import decode

    data = encode(layout_for(desk, kind, subject), width, mode)
    decode(data, width).image.save(path)
    return data


def print_procedure_sheet(desk, procedure_code: str, printer: str | None = None, png: str | None = None,
                          width: int = 576) -> dict:
    """For `print sheet`: to a PNG, or to a printer (PrinterError if it failed; the job is kept)."""
    if png:
        data = write_png(desk, "sheet", procedure_code, png, width)
        return {"png": str(png), "bytes": len(data)}
    result = print_sheet(desk, procedure_code, printer)
    if not result.ok:
        raise PrinterError(result.message + f" (lệnh in {result.job_id})")
    return result.as_dict()


def retry_job(desk, job_id: str, printer_name: str | None = None, officer_id: str | None = None,
              timeout: float = DEFAULT_TIMEOUT) -> jobs.JobResult:
    """Print a job again, on its own printer or on `printer_name` (send elsewhere)."""
    job = jobs.get(desk.store, job_id)
    if job is None:
        raise NotFound(f"Không có lệnh in “{job_id}”.")
    target = printer_name or job["printer_name"]
    return print_job(desk, job["kind"], job["subject"], target, officer_id, timeout, job_id=job_id)


def list_jobs(desk, status: str | None = None, limit: int = 50) -> list[dict]:
    return jobs.list_jobs(desk.store, status, limit)
