"""A dossier's file as one PDF for the upper level: its receipt form (CT04 / Mẫu 01), then
every attachment, documents by their checklist position, the result last."""

from __future__ import annotations

import tempfile
from pathlib import Path

from desk_app.core import attachment_files
from desk_app.printing.pdf_common import check_output_path


def write_dossier_file(printing, attachments, code: str, out_path, officer_id: str | None = None) -> dict:
    """`printing`: the PrintingService (its form); `attachments`: the AttachmentService.
    What was written: its path, pages and how many attachments it carries."""
    out_path = Path(out_path)
    check_output_path(out_path)
    rows = attachments.of(code)
    with tempfile.TemporaryDirectory(prefix="desk-file-") as work:
        form = Path(work) / "form.pdf"
        printing.write_form_pdf(code, "receipt", form, copies=1, officer_id=officer_id)
        parts = [form.read_bytes()]
    missing = [row for row in rows if not attachments.path(row).exists()]
    if missing:
        raise attachment_files.AttachmentError(
            f"Thiếu {len(missing)} tệp đính kèm trong thư mục dữ liệu: chạy “desk-app audit verify” để xem.")
    parts += [attachments.path(row).read_bytes() for row in rows]
    pages = attachment_files.joined(parts, out_path)
    return {"path": str(out_path), "pages": pages, "attachments": len(rows)}
