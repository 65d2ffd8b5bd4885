"""Printing for the CLI and the window (desk.printing): a slip for a dossier, a procedure
sheet, a visit ticket or a test page on a thermal printer; retry a failed job; list jobs;
the printers of this PC; the A4 documents as PDF.

The dossier is always committed before anything here runs (these functions only read it),
so a dead printer never loses a dossier. The window runs them off the UI thread through
its background runner (ui/background.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desk_app.core.dossiers import NotFound
from desk_app.db import print_jobs as print_job_repo
from desk_app.db import visits as visit_repo
from desk_app.printing import escpos_encode, jobs, payment_slip, raster, slips
from desk_app.printing import printers as printer_store
from desk_app.printing.confirm import NotConfirmed
from desk_app.printing.printer_error import PrinterError
from desk_app.printing.printers import PREVIEW_FOLDER, PrinterConfig, resolve, send
from desk_app.printing.slip_layout import Layout
from desk_app.printing.sources import PrintSources

DEFAULT_TIMEOUT = 15.0  # seconds before a silent printer counts as failed
DOSSIER_KINDS = tuple(slips.BUILDERS)


def encode(layout: Layout, width: int = 576, mode: str = "raster") -> bytes:
    if mode == "text":
        return escpos_encode.encode_text(layout, width)
    return escpos_encode.encode_raster(raster.render(layout, width))


class PrintingService:
    """Built once by the Desk from what it reads (sources.py): the unit, the dossiers, the
    catalog, the settings (the default printer)."""

    def __init__(self, sources: PrintSources):
        self.sources = sources
        self.store = sources.store

    # -- layouts ---------------------------------------------------------------------------

    def layout_for(self, kind: str, subject: str, printer: PrinterConfig | None = None,
                   dossier: dict | None = None, job_id: str | None = None, reprint: int | None = None) -> Layout:
        """The layout of a job: a dossier slip (kind receipt/supplement/…; `dossier` when the
        caller holds it already; `reprint` when the caller counted it), 'sheet' (procedure code),
        'visit' (visit id) or 'test' (printer name)."""
        unit = self.sources.unit()
        if kind in DOSSIER_KINDS:
            dossier = dossier or self.sources.dossiers().get(subject)
            if reprint is None:
                reprint = print_job_repo.printed_before(self.store, kind, dossier["code"], job_id)
            layout = slips.dossier_slip(kind, unit, dossier, reprint)
            if kind == "receipt" and self.sources.fees is not None:
                payment_slip.add_transfer(layout, self.sources.fees().transfer_payload(dossier), dossier)
            return layout
        if kind == "sheet":
            proc = self.sources.catalog().get(subject)
            if proc is None:
                raise NotFound(f"Không có thủ tục mã “{subject}”.")
            return slips.procedure_sheet(unit, proc)
        if kind == "visit":
            return slips.reception_ticket(unit, self.visit_record(subject))
        if kind == "test":
            return slips.test_page(unit, (printer or self.printer(subject)).as_dict(), self.store.clock())
        if kind in ("handover", "day_close", "day_close_reprint"):
            from desk_app.printing import handover_slips

            if kind == "handover":
                record = self.sources.handover().get(subject)
                return handover_slips.handover_slip(unit, record["handover"], record["from_name"] or "",
                                                    record["to_name"] or "", record["note"], record["at"])
            close = self.sources.day_close().get(date.fromisoformat(subject))
            if close is None:
                raise NotFound(f"Ngày {subject} chưa chốt sổ.")
            close.reprint = kind == "day_close_reprint"
            return handover_slips.day_close_slip(unit, close)
        raise NotFound(f"Không có loại phiếu “{kind}”.")

    def visit_record(self, visit_id: str) -> dict:
        visit = visit_repo.ticket(self.store, visit_id)
        if visit is None:
            raise NotFound(f"Không tìm thấy lượt tiếp công dân “{visit_id}”.")
        day = visit["at"][:10]
        number = visit_repo.number_in_day(self.store, day, visit["at"])
        visit["number"] = f"{number:03d}/{day[8:10]}{day[5:7]}"
        return visit

    # -- thermal jobs ------------------------------------------------------------------------

    def print_job(self, kind: str, subject: str, printer_name: str | None = None, officer_id: str | None = None,
                  timeout: float = DEFAULT_TIMEOUT, job_id: str | None = None,
                  dossier: dict | None = None) -> jobs.JobResult:
        """Render, record as pending, send, record the outcome. Never raises for a printer
        problem: the JobResult says failed, with the reason, and the job stays retryable."""
        printer = self.printer(printer_name)
        # Counted once: the slip prints it ("BẢN IN LẠI LẦN n") and the officer is told it.
        reprint = print_job_repo.printed_before(self.store, kind, subject, job_id) if kind in DOSSIER_KINDS else 0
        data = encode(self.layout_for(kind, subject, printer, dossier, job_id, reprint), printer.width, printer.mode)
        attempts = None  # a retried job's earlier attempts are read when it is finished
        if job_id is None:
            job_id, attempts = jobs.create(self.store, kind, subject, printer.name, officer_id), 0
        preview_dir = Path(self.sources.data_dir) / PREVIEW_FOLDER
        name = f"{kind}-{subject}".replace("/", "_")
        try:
            output = jobs.run_with_timeout(lambda: send(printer, data, timeout, preview_dir, name), timeout + 2,
                                           printer.name)
        except PrinterError as exc:  # sent but unconfirmed is its own status: maybe on paper, maybe not
            status = jobs.UNCONFIRMED if isinstance(exc, NotConfirmed) else jobs.FAILED
            jobs.finish(self.store, job_id, printer.name, officer_id, error=str(exc), size=len(data),
                        attempts=attempts, status=status)
            return jobs.JobResult(job_id, status, kind, subject, printer.name, str(exc), "", len(data))
        jobs.finish(self.store, job_id, printer.name, officer_id, output=output, size=len(data), attempts=attempts)
        message = (f"Chưa khai báo máy in: phiếu được ghi thành ảnh {output}" if printer.kind == "preview"
                   else f"Đã in trên “{printer.name}”.")
        if not job_id:
            message += " Ổ đĩa đã đầy: lượt in này chưa ghi được vào danh sách lệnh in."
        return jobs.JobResult(job_id, jobs.PRINTED, kind, subject, printer.name, message, output, len(data), reprint)

    def print_dossier_slip(self, code: str, kind: str = "receipt", printer_name: str | None = None,
                           officer_id: str | None = None, timeout: float = DEFAULT_TIMEOUT,
                           dossier: dict | None = None) -> jobs.JobResult:
        """`dossier` as DossierService.get (or register) gave it saves reading it again."""
        dossier = dossier or self.sources.dossiers().get(code)  # NotFound before any job is recorded
        return self.print_job(kind, dossier["code"], printer_name, officer_id, timeout, dossier=dossier)

    def print_visit_ticket(self, visit_id: str, printer_name: str | None = None, officer_id: str | None = None,
                           timeout: float = DEFAULT_TIMEOUT) -> jobs.JobResult:
        return self.print_job("visit", visit_id, printer_name, officer_id, timeout)

    def print_sheet(self, procedure_code: str, printer_name: str | None = None, officer_id: str | None = None,
                    timeout: float = DEFAULT_TIMEOUT) -> jobs.JobResult:
        return self.print_job("sheet", procedure_code, printer_name, officer_id, timeout)

    def print_test_page(self, printer_name: str | None = None, officer_id: str | None = None,
                        timeout: float = DEFAULT_TIMEOUT) -> jobs.JobResult:
        printer = self.printer(printer_name)
        return self.print_job("test", printer.name, printer.name, officer_id, timeout)

    def write_png(self, kind: str, subject: str, path: str | Path, width: int = 576, mode: str = "raster") -> bytes:
        """The job's printer bytes decoded to a PNG (what a printer of that width would print)."""
        return self.write_layout_png(self.layout_for(kind, subject), path, width, mode)

    def write_layout_png(self, layout: Layout, path: str | Path, width: int = 576, mode: str = "raster") -> bytes:
        """Any layout (e.g. a handover not yet confirmed) as the picture its printer bytes make."""
        from desk_app.printing.escpos_decode import decode

        data = encode(layout, width, mode)
        decode(data, width).image.save(path)
        return data

    def print_procedure_sheet(self, procedure_code: str, printer: str | None = None, png: str | None = None,
                              width: int = 576) -> dict:
        """For `print sheet`: to a PNG, or to a printer (PrinterError if it failed; the job is kept)."""
        if png:
            data = self.write_png("sheet", procedure_code, png, width)
            return {"png": str(png), "bytes": len(data)}
        result = self.print_sheet(procedure_code, printer)
        if not result.ok:
            raise PrinterError(result.message + f" (lệnh in {result.job_id})")
        return result.as_dict()

    def retry_job(self, job_id: str, printer_name: str | None = None, officer_id: str | None = None,
                  timeout: float = DEFAULT_TIMEOUT) -> jobs.JobResult:
        """Print a job again, on its own printer or on `printer_name` (send elsewhere)."""
        job = jobs.get(self.store, job_id)
        if job is None:
            raise NotFound(f"Không có lệnh in “{job_id}”.")
        target = printer_name or job["printer_name"]
        return self.print_job(job["kind"], job["subject"], target, officer_id, timeout, job_id=job_id)

    def list_jobs(self, status: str | tuple[str, ...] | None = None, limit: int = 50) -> list[dict]:
        return jobs.list_jobs(self.store, status, limit)

    # -- the printers of this PC ---------------------------------------------------------------

    def printer(self, name: str | None = None) -> PrinterConfig:
        """The named printer, else the default one, else the preview printer."""
        return resolve(self.store, name, self.sources.settings().default_printer)

    def printers(self) -> list[PrinterConfig]:
        return printer_store.list_printers(self.store)

    def save_printer(self, config: PrinterConfig, officer_id: str | None, make_default: bool = False) -> PrinterConfig:
        config = printer_store.save_printer(self.store, config, officer_id)
        if make_default:
            self._set_default(config.name)
        return config

    def remove_printer(self, name: str, officer_id: str | None) -> bool:
        """Forget a printer; the default falls back to the preview printer if it was this one."""
        removed = printer_store.remove_printer(self.store, name, officer_id)
        if removed and self.sources.settings().default_printer == name:
            self._set_default("")
        return removed

    def _set_default(self, name: str) -> None:
        settings = self.sources.settings()
        settings.default_printer = name
        self.sources.save_settings(settings)

    # -- A4 documents (reportlab loads on the first one) ------------------------------------------

    def write_form_pdf(self, code: str, kind: str, path, copies: int = 2, officer_id: str | None = None):
        from desk_app.printing.pdf_forms import write_form_pdf

        return write_form_pdf(self.sources, code, kind, path, copies=copies, officer_id=officer_id)

    def write_form(self, code: str, kind: str, path, officer_id: str | None = None):
        """(the path written, its reprint number: 0 for the first form of its kind)."""
        from desk_app.printing.pdf_forms import write_form

        return write_form(self.sources, code, kind, path, officer_id=officer_id)

    def write_sheet_pdf(self, procedure_code: str, path):
        from desk_app.printing.pdf_sheet import write_sheet_pdf

        return write_sheet_pdf(self.sources, procedure_code, path)

    def write_board_pdf(self, path, by: str = "field", field: str | None = None, size: str = "A4"):
        from desk_app.printing.board import write_board_pdf

        return write_board_pdf(self.sources, path, by=by, field=field, size=size)

    def write_register_pdf(self, start, end, path):
        from desk_app.printing.pdf_register import write_register_pdf

        return write_register_pdf(self.sources, start, end, path)

    # -- lists as spreadsheets (the look is written to the audit log) ------------------------------

    def export_list(self, flt, path, search: str = "", officer_id: str | None = None):
        """The dossier list as filtered (and searched) on screen; (path, rows written)."""
        from desk_app.printing.list_xlsx import export_list

        return export_list(self.sources, flt, path, search, officer_id)

    def export_register(self, start, end, path, officer_id: str | None = None):
        """The register book of a period; (path, rows written)."""
        from desk_app.printing.list_xlsx import export_register

        return export_register(self.sources, start, end, path, officer_id)
