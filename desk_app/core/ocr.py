"""Text recognised in an attachment, for search only (ID numbers still come from the card's QR):
Tesseract with its Vietnamese data, where installed (Debian: tesseract-ocr, tesseract-ocr-vie;
Windows: the UB Mannheim setup with Vietnamese ticked, found on the PATH or in its own folder).
Each page that is one picture (a scan) is read; a page without one is skipped."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

LANGUAGE = "vie"
PAGE_TIMEOUT = 120  # seconds for one page


def _windows_folders() -> list[Path]:
    """Where Tesseract's Windows setups install it: it does not add itself to the PATH."""
    roots = [os.environ.get(name) for name in ("ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA")]
    return [Path(root) / sub / "Tesseract-OCR" for root, sub in zip(roots, ("", "", "Programs")) if root]


def find_program(windows: bool) -> str | None:
    """The tesseract program: on the PATH, or (Windows) in its setup's folder."""
    found = shutil.which("tesseract")
    if found is None and windows:
        found = next((str(p / "tesseract.exe") for p in _windows_folders() if (p / "tesseract.exe").is_file()), None)
    return found


@functools.lru_cache(maxsize=1)
def program() -> str | None:
    return find_program(os.name == "nt")


@functools.lru_cache(maxsize=1)
def available() -> bool:
    """Tesseract with the Vietnamese data."""
    found = program()
    if found is None:
        return False
    try:
        listed = subprocess.run([found, "--list-langs"], capture_output=True, text=True, timeout=30,
                                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    except (OSError, subprocess.SubprocessError):
        return False
    return LANGUAGE in (listed.stdout + listed.stderr).split()


def state() -> str:
    """"ready", "no_language" (Tesseract without the Vietnamese data) or "missing": what Settings says."""
    if available():
        return "ready"
    return "missing" if program() is None else "no_language"


def read_picture(path: Path) -> str:
    done = subprocess.run([program() or "tesseract", str(path), "stdout", "-l", LANGUAGE],
                          capture_output=True, timeout=PAGE_TIMEOUT,
                          creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))  # no console flashing
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
