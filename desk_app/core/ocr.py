"""Text recognised in an attachment, for search only (ID numbers still come from the card's QR):
Tesseract with its Vietnamese data, where installed (Debian: tesseract-ocr, tesseract-ocr-vie).
Each page that is one picture (a scan) is read; a page without one is skipped."""

from __future__ import annotations

import functools
import shutil
import subprocess
import tempfile
from pathlib import Path

LANGUAGE = "vie"
PAGE_TIMEOUT = 120  # seconds for one page


@functools.lru_cache(maxsize=1)
def available() -> bool:
    """Tesseract on the PATH with the Vietnamese data."""
    program = shutil.which("tesseract")
    if program is None:
        return False
    try:
        listed = subprocess.run([program, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return False
    return LANGUAGE in (listed.stdout + listed.stderr).split()


def read_picture(path: Path) -> str:
    done = subprocess.run([shutil.which("tesseract") or "tesseract", str(path), "stdout", "-l", LANGUAGE],
                          capture_output=True, timeout=PAGE_TIMEOUT)
    if done.returncode != 0:
        raise OSError(done.stderr.decode("utf-8", "replace").strip() or "tesseract failed")
    return done.stdout.decode("utf-8", "replace")


def read_pdf(path: Path) -> str | None:
    """The text of every scanned page, pages apart by a blank line; None where no OCR is installed
    or the file cannot be read."""
    if not available():
        return None
    import pikepdf

    from desk_app.core.attachment_files import page_image

    texts = []
    try:
        with pikepdf.open(path) as pdf, tempfile.TemporaryDirectory(prefix="desk-ocr-") as work:
            for number, page in enumerate(pdf.pages):
                image = page_image(page)
                if image is None:
                    continue
                # The scan's own bytes (a JPEG as the scanner saved it): Tesseract decodes it in its
                # process, so this thread holds Python's lock only briefly and the window stays smooth.
                target = image.extract_to(fileprefix=str(Path(work) / f"page{number}"))
                texts.append(read_picture(Path(target)).strip())
    except (OSError, subprocess.SubprocessError, pikepdf.PdfError, pikepdf.UnsupportedImageTypeError):
        return None
    return "\n\n".join(texts)
