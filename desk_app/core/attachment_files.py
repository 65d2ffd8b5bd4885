"""An attachment's file: pictures joined into one PDF without re-encoding (img2pdf: JPEG and
PNG pages are copied as they are), a PDF kept as it came; stored owner-only in the data
folder's attachments/, named by its SHA-256, so a file changed outside the program no longer
matches its name nor the hash the audit log chained."""

from __future__ import annotations

import hashlib
import io
import time
from dataclasses import dataclass
from pathlib import Path

from desk_app import owner_only
from desk_app.atomic_file import write_atomically

PICTURES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".gif", ".webp", ".pnm", ".jp2")


class AttachmentError(ValueError):
    """A file that cannot be attached (missing, neither a picture nor a PDF, damaged); for the officer."""


@dataclass
class Prepared:
    data: bytes  # the PDF stored
    pages: int
    original_sha256: str  # of each original, in order, joined by ","
    original_name: str  # the originals' names, joined by ", "

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _read(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise AttachmentError(f"Không có tệp “{path}”: kiểm tra lại tên và thư mục.") from None
    except IsADirectoryError:
        raise AttachmentError(f"“{path}” là một thư mục: chọn các tệp ảnh hoặc PDF trong đó.") from None
    except PermissionError:
        raise AttachmentError(f"Không có quyền đọc tệp “{Path(path).name}”.") from None
    except OSError as exc:  # a scanner's network folder gone, a bad disk
        raise AttachmentError(f"Không đọc được tệp “{Path(path).name}” (lỗi {exc.errno}).") from None


def prepare(sources: list[Path]) -> Prepared:
    """One PDF from `sources`: pictures as pages in the order given, or a single PDF as it is."""
    if not sources:
        raise AttachmentError("Chưa chọn tệp nào để đính kèm.")
    contents = [_read(path) for path in sources]
    hashes = ",".join(hashlib.sha256(data).hexdigest() for data in contents)
    names = ", ".join(Path(path).name for path in sources)
    pdfs = [data.startswith(b"%PDF") for data in contents]
    if any(pdfs):
        if len(sources) > 1:
            raise AttachmentError("Tệp PDF đính kèm riêng từng tệp; nhiều trang ảnh thì chọn các tệp ảnh cùng lúc.")
        return Prepared(contents[0], page_count(contents[0]), hashes, names)
    data = _pictures_to_pdf(contents, [Path(p).name for p in sources])
    return Prepared(data, len(contents), hashes, names)


def _pictures_to_pdf(contents: list[bytes], names: list[str]) -> bytes:
    import img2pdf

    pages = []
    for data, name in zip(contents, names):
        try:
            img2pdf.convert(data)  # checked one by one: the message names the file
            pages.append(data)
        except img2pdf.AlphaChannelError:
            pages.append(_without_alpha(data))  # transparency has no place in a PDF page: this one is re-encoded
        except Exception:
            raise AttachmentError(f"“{name}” không phải ảnh hay tệp PDF đọc được.") from None
    return img2pdf.convert(pages)


def _without_alpha(data: bytes) -> bytes:
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        out = io.BytesIO()
        image.convert("RGB").save(out, "PNG")
    return out.getvalue()


def page_count(data: bytes) -> int:
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            return len(pdf.pages)
    except pikepdf.PdfError:
        raise AttachmentError("Tệp PDF hỏng hoặc có mật khẩu: không đính kèm được.") from None


def stored_path(folder: Path, sha256: str) -> Path:
    return Path(folder) / f"{sha256}.pdf"


def store(folder: Path, prepared: Prepared) -> Path:
    """The PDF in `folder` under its hash (kept if already there and whole)."""
    owner_only.make_dir(folder)
    path = stored_path(folder, prepared.sha256)
    if not (path.exists() and sha256_of(path) == prepared.sha256):
        write_atomically(path, lambda handle: handle.write(prepared.data))
    return path


def page_image(page):
    """A page's picture (pikepdf's PdfImage) where the page is one picture (a scan); None otherwise."""
    from pikepdf import PdfImage

    found = page.get_images() if hasattr(page, "get_images") else page.images  # (pikepdf < 10.1: images)
    images = list(found.values())
    return PdfImage(images[0]) if len(images) == 1 else None


def first_page_picture(path: Path):
    """The first page as a Pillow image where it is one picture (page_image), for a preview."""
    import pikepdf

    with pikepdf.open(path) as pdf:
        image = page_image(pdf.pages[0]) if pdf.pages else None
        return image.as_pil_image() if image is not None else None


def joined(parts: list[bytes], out_path: Path) -> int:
    """PDFs (the forms, then the attachments) into one file; its page count."""
    import pikepdf

    result = pikepdf.new()
    sources = []
    for data in parts:
        source = pikepdf.open(io.BytesIO(data))
        sources.append(source)
        result.pages.extend(source.pages)
    try:
        write_atomically(out_path, lambda handle: result.save(handle))
        return len(result.pages)
    finally:
        for source in sources:
            source.close()


VIEWER_COPY_DAYS = 1  # older copies handed to a viewer are deleted at the next one


def copy_for_viewer(source: Path, folder: Path, name: str, now: float | None = None) -> Path:
    """A copy of a kept file, named for people, for the system's viewer to open: a viewer may save
    over what it opened, and the kept file must stay as its hash says. Copies older than a day go
    first: citizens' papers are not left lying about outside the kept files."""
    owner_only.make_dir(folder)
    cutoff = (time.time() if now is None else now) - VIEWER_COPY_DAYS * 86_400
    for old in folder.glob("*.pdf"):
        try:
            if old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError:  # open in a viewer on Windows: it goes next time
            pass
    target = folder / name
    write_atomically(target, lambda handle: handle.write(Path(source).read_bytes()))
    return target
