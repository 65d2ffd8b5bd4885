"""Pages from the counter's scanner: directly through SANE on Linux (python-sane where
installed, else the `scanimage` program of sane-utils), or from the folder the scanner saves
into ("scan to folder", any brand, any platform): the files there not attached yet are offered
for the selected dossier."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from desk_app.core.attachment_files import PICTURES, AttachmentError, sha256_of

SCAN_TIMEOUT = 120  # seconds for one page
# Each file's hash by (path, size, modified time): the folder is looked at each time a dossier is
# shown, and the scans attached long ago stay in it; only a new or changed file is read again.
_hashes: dict[tuple[str, int, int], str] = {}


def _hash(path: Path, stat) -> str:
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    if key not in _hashes:
        _hashes[key] = sha256_of(path)
    return _hashes[key]


def scan_files(folder: Path | str, attached: set[str]) -> list[Path]:
    """The pictures and PDFs in `folder` (oldest first) whose content is not attached yet
    (`attached`: the originals' SHA-256); files still being written (empty) wait."""
    folder = Path(folder)
    if not str(folder) or not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.iterdir(), key=lambda p: (p.stat().st_mtime, p.name)):
        if not path.is_file() or path.suffix.lower() not in (*PICTURES, ".pdf"):
            continue
        try:
            stat = path.stat()
            if stat.st_size and _hash(path, stat) not in attached:
                found.append(path)
        except OSError:  # removed or still locked by the scanner's program: offered next time
            continue
    return found


def available() -> bool:
    """Whether SANE can be asked at all (python-sane, or sane-utils' scanimage), without asking it."""
    import importlib.util

    return importlib.util.find_spec("sane") is not None or shutil.which("scanimage") is not None


def scanners() -> list[str]:
    """SANE device names (empty where SANE is not available)."""
    try:
        import sane
    except ImportError:
        program = shutil.which("scanimage")
        if program is None:
            return []
        listed = subprocess.run([program, "-f", "%d\n"], capture_output=True, text=True, timeout=60)
        return [line for line in listed.stdout.splitlines() if line]
    sane.init()
    return [device[0] for device in sane.get_devices()]


def scan_page(device: str, target: Path, dpi: int = 300) -> Path:
    """One page from a SANE scanner into `target` (PNG), grey, at `dpi`."""
    try:
        import sane
    except ImportError:
        return _scan_with_program(device, target, dpi)
    sane.init()
    try:
        scanner = sane.open(device)
        try:
            scanner.mode, scanner.resolution = "Gray", dpi
            scanner.scan().save(target, "PNG", dpi=(dpi, dpi))
        finally:
            scanner.close()
    except MemoryError:
        raise
    except Exception as exc:  # python-sane's own error class is private (_sane.error), an Exception
        raise AttachmentError(f"Máy quét “{device}” không quét được: {exc}.") from None
    return target


def _scan_with_program(device: str, target: Path, dpi: int) -> Path:
    program = shutil.which("scanimage")
    if program is None:
        raise AttachmentError("Máy này chưa có SANE (python-sane hoặc scanimage): dùng thư mục máy quét lưu tệp.")
    done = subprocess.run([program, "-d", device, "--format=png", "--mode", "Gray", "--resolution", str(dpi),
                           "-o", str(target)], capture_output=True, text=True, timeout=SCAN_TIMEOUT)
    if done.returncode != 0 or not Path(target).exists():
        raise AttachmentError(f"Máy quét “{device}” không quét được: {done.stderr.strip() or done.returncode}.")
    return target
