"""Printers of this PC: their settings (table `printers`) and thin sinks that deliver bytes.

Sinks wrap python-escpos's transports (USB, network, serial, Win32Raw, device file) and only
ever call `_raw(bytes)`; a CUPS queue gets the bytes through `lp -o raw` (no pycups to build).
The bytes are made by `escpos_encode`, so what a test captures with `Dummy` is what the
printer gets. The preview printer decodes the bytes back to a PNG in the data folder; it is
used when no printer is configured.
"""

from __future__ import annotations

import contextlib
import errno
import io
import json
import os
import shutil
import socket
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desk_app import owner_only, paths
from desk_app.core.text import clean
from desk_app.db import printers as repo
from desk_app.db.store import Store
from desk_app.printing import confirm
from desk_app.printing.printer_error import PrinterError

KINDS = {
    "preview": "Xem trước (ảnh PNG trong thư mục dữ liệu)",
    "network": "Máy in mạng (host:9100)",
    "usb": "USB (vendor/product id)",
    "serial": "Cổng nối tiếp (COM/tty)",
    "win32": "Hàng đợi máy in Windows (Win32Raw)",
    "cups": "Hàng đợi CUPS",
    "file": "Tệp thiết bị (/dev/usb/lp0 …)",
}
OPTION_KEYS = {"network": ("host", "port"), "usb": ("vendor", "product"), "serial": ("device", "baudrate"),
               "win32": ("queue",), "cups": ("queue",), "file": ("device",), "preview": ()}
DEFAULT_PROFILES = {384: "POS-5890", 576: "TM-T20II"}  # python-escpos profiles of those widths
PREVIEW_NAME = "Xem trước"
PREVIEW_FOLDER = "print-preview"
SEND_BUFFER = 8192  # small socket buffer: a printer that stops reading shows up as a timeout


@dataclass
class PrinterConfig:
    name: str
    kind: str = "preview"
    options: dict = field(default_factory=dict)
    width: int = 576
    profile: str = ""
    mode: str = "raster"

    @property
    def profile_name(self) -> str:
        return self.profile or DEFAULT_PROFILES.get(self.width, "default")

    def target_text(self) -> str:
        o = self.options
        return {
            "network": f"{o.get('host')}:{o.get('port', 9100)}",
            "usb": f"USB {o.get('vendor')}:{o.get('product')}",
            "serial": f"{o.get('device')} ({o.get('baudrate', 9600)} baud)",
            "win32": f"Windows: {o.get('queue')}", "cups": f"CUPS: {o.get('queue')}",
            "file": str(o.get("device")), "preview": "ảnh PNG trong thư mục dữ liệu",
        }[self.kind]

    def as_dict(self) -> dict:
        return {"name": self.name, "kind": self.kind, "options": self.options, "width": self.width,
                "profile": self.profile_name, "mode": self.mode, "target_text": self.target_text()}


def check_config(config: PrinterConfig) -> PrinterConfig:
    config.name = clean(config.name)
    if not config.name:
        raise ValueError("Máy in cần có tên.")
    if config.kind not in KINDS:
        raise ValueError(f"Loại máy in “{config.kind}” không có; chọn: {', '.join(KINDS)}.")
    if config.width not in (384, 576):
        raise ValueError("Khổ giấy là 384 điểm (58 mm) hoặc 576 điểm (80 mm).")
    if config.mode not in ("raster", "text"):
        raise ValueError("Chế độ in là raster (ảnh, mặc định) hoặc text (máy in hỗ trợ tiếng Việt).")
    missing = [key for key in OPTION_KEYS[config.kind][:1] if not config.options.get(key)]
    if config.kind == "usb" and not config.options.get("product"):
        missing.append("product")
    if missing:
        raise ValueError(f"Máy in loại {config.kind} cần: {', '.join(missing)}.")
    return config


# -- storage -----------------------------------------------------------------------------

def _from_row(row: dict) -> PrinterConfig:
    return PrinterConfig(row["name"], row["kind"], json.loads(row["options"]), row["width"], row["profile"], row["mode"])


def list_printers(store: Store) -> list[PrinterConfig]:
    return [_from_row(r) for r in repo.all_rows(store)]


def get_printer(store: Store, name: str) -> PrinterConfig | None:
    row = repo.by_name(store, clean(name))
    return _from_row(row) if row else None


def save_printer(store: Store, config: PrinterConfig, officer_id: str | None) -> PrinterConfig:
    config = check_config(config)
    values = {"name": config.name, "kind": config.kind, "options": json.dumps(config.options, ensure_ascii=False),
              "width": config.width, "profile": config.profile, "mode": config.mode}
    existing = repo.by_name(store, config.name)
    with store.transaction(officer_id) as writer:
        if existing:
            writer.update("printers", existing["id"], values)
        else:
            writer.insert("printers", values)
    return config


def remove_printer(store: Store, name: str, officer_id: str | None) -> bool:
    existing = repo.by_name(store, clean(name))
    if existing:
        with store.transaction(officer_id) as writer:
            writer.delete("printers", existing["id"])
    return existing is not None


def preview_printer(width: int = 576) -> PrinterConfig:
    return PrinterConfig(PREVIEW_NAME, "preview", {}, width)


def resolve(store: Store, name: str | None, default_name: str = "") -> PrinterConfig:
    """The named printer, else the default from settings, else the preview printer."""
    chosen = clean(name) or clean(default_name)
    if not chosen or chosen == PREVIEW_NAME:
        return preview_printer()
    config = get_printer(store, chosen)
    if config is None:
        raise PrinterError(f"Chưa khai báo máy in “{chosen}” (desk-app printer add …).")
    return config


# -- sinks -------------------------------------------------------------------------------

def escpos_printer_module():
    """python-escpos's printer module (imported late: USB/serial need extra libraries). It is
    told where to cache its printer profiles first: left alone, every import makes a new
    temporary folder that is never removed."""
    if "escpos.capabilities" not in sys.modules:  # read once, at python-escpos's first import
        cache = paths.data_dir() / "cache" / "escpos"
        with contextlib.suppress(OSError):  # a full disk: the import below finds another place
            owner_only.make_dir(cache)
        os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", str(cache))
    try:
        from escpos import printer
    except OSError:
        _profiles_elsewhere()
        from escpos import printer
    return printer


def _profiles_elsewhere() -> None:
    """The profile cache could not be written (a full disk): its half-written file goes, and
    python-escpos is imported again with its cache in the system's temporary folder (often
    another disk), so a slip still prints."""
    import platform
    import tempfile

    cache = Path(os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"])
    with contextlib.suppress(OSError):
        (cache / f"{platform.python_version()}.capabilities.pickle").unlink()
    for name in [name for name in sys.modules if name == "escpos" or name.startswith("escpos.")]:
        del sys.modules[name]
    os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = tempfile.mkdtemp(prefix="desk-app-escpos-")


def _escpos_device(config: PrinterConfig, timeout: float):
    """The python-escpos transport for a config."""
    p = escpos_printer_module()

    o, profile = config.options, config.profile_name
    if config.kind == "network":
        return _network_class()(o["host"], int(o.get("port", 9100)), timeout=timeout, profile=profile)
    if config.kind == "usb":
        return p.Usb(int(str(o["vendor"]), 16), int(str(o["product"]), 16), timeout=int(timeout * 1000), profile=profile)
    if config.kind == "serial":
        return p.Serial(o["device"], baudrate=int(o.get("baudrate", 9600)), timeout=timeout, profile=profile)
    if config.kind == "win32":
        return p.Win32Raw(o["queue"], profile=profile)
    if config.kind == "file":
        return p.File(o["device"], profile=profile)
    raise PrinterError(f"Loại máy in “{config.kind}” không có.")


def _network_class():
    Network = escpos_printer_module().Network

    class _Network(Network):
        """python-escpos's Network, but the socket is closed when the connection fails (3.1
        leaks it) and has a small send buffer, so a printer that stops reading shows up as a
        timeout instead of the bytes vanishing into the kernel."""

        def open(self, raise_not_found: bool = True) -> None:
            sock = socket.create_connection((self.host, self.port), self.timeout)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SEND_BUFFER)
            self.device = sock

    return _Network


def send(config: PrinterConfig, data: bytes, timeout: float, preview_dir: Path, job_name: str) -> str:
    """Deliver the bytes; returns where they went (a PNG path for the preview printer).
    Raises PrinterError with a message for the officer."""
    if config.kind == "preview":
        return str(write_preview(data, config.width, preview_dir, job_name))
    if config.kind == "cups":
        return _send_lp(config, data, timeout, job_name)
    if config.kind == "win32" and sys.platform != "win32":
        raise PrinterError(f"Máy in “{config.name}” là hàng đợi máy in Windows: chỉ dùng được trên Windows.")
    asks = config.kind == "network" and confirm.wants_confirmation(config.options)
    try:
        device = _escpos_device(config, timeout)
        device.open()
        try:
            device._raw(data)  # python-escpos's one transport call; the bytes are ours
            if asks:  # sent is not printed: the printer must say it has read them
                confirm.await_answer(device.device, data, config.name, min(confirm.ANSWER_WAIT, timeout))
        finally:
            device.close()
    except PrinterError:
        raise
    except (TimeoutError, socket.timeout) as exc:
        raise PrinterError(f"Máy in “{config.name}” không nhận dữ liệu sau {timeout:g} giây "
                           "(máy tắt, hết giấy hoặc kẹt giấy?).") from exc
    except Exception as exc:  # noqa: BLE001 - every transport has its own errors; all mean "not printed"
        if config.kind == "usb" and _no_usb_library(exc):
            raise PrinterError(NO_USB_LIBRARY.format(name=config.name)) from exc
        raise PrinterError(f"Không in được trên “{config.name}” ({config.target_text()}): {_reason(exc)}. "
                           "Kiểm tra máy in đã bật, cắm cáp và còn giấy.") from exc
    if config.kind == "network" and not asks:
        return f"{config.target_text()} (máy in không hỗ trợ xác nhận: đã gửi, không kiểm tra được đã nhận)"
    return config.target_text()


def _send_lp(config: PrinterConfig, data: bytes, timeout: float, job_name: str) -> str:
    """A CUPS queue, raw: the bytes pass through untouched (the queue needs no driver)."""
    lp = shutil.which("lp")
    if lp is None:
        raise PrinterError(f"Không in được trên “{config.name}”: máy này chưa có lệnh lp của CUPS "
                           "(cài gói cups-client) — hoặc chọn loại “Tệp thiết bị” với /dev/usb/lp0.")
    queue = config.options["queue"]
    try:
        done = subprocess.run([lp, "-d", queue, "-o", "raw", "-t", job_name], input=data,
                              capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise PrinterError(f"Hàng đợi CUPS “{queue}” không nhận lệnh in sau {timeout:g} giây.") from exc
    if done.returncode != 0:
        reason = done.stderr.decode(errors="replace").strip() or f"mã lỗi {done.returncode}"
        raise PrinterError(f"Không in được trên “{config.name}” ({config.target_text()}): {reason}. "
                           "Kiểm tra tên hàng đợi trong CUPS và máy in đã bật.")
    return config.target_text()


NO_USB_LIBRARY = (
    "Không in được trên “{name}”: máy này chưa có thư viện USB (libusb). Trên Windows, hãy cài máy in "
    "bằng driver của hãng rồi chọn loại “Hàng đợi máy in Windows”; trên Linux, cài gói libusb-1.0-0 "
    "hoặc chọn loại “Tệp thiết bị” với /dev/usb/lp0.")


def _no_usb_library(exc: Exception) -> bool:
    from usb.core import NoBackendError

    return isinstance(exc, NoBackendError)


def _reason(exc: Exception) -> str:
    lines = str(exc).strip().splitlines()
    text = lines[-1] if lines else type(exc).__name__
    if text.count(")") > text.count("("):  # python-escpos wraps the OS error in "Device not found (…)"
        text = text[: text.rindex(")")]
    return text[:200]


def write_preview(data: bytes, width: int, folder: Path, job_name: str) -> Path:
    """The preview printer: the bytes decoded to the picture a printer would produce."""
    from desk_app.printing.escpos_decode import decode  # Pillow only when a preview is made

    path = folder / f"{datetime.now():%Y%m%d-%H%M%S}-{job_name}.png"
    picture = io.BytesIO()
    decode(data, width).image.save(picture, "PNG")
    try:
        owner_only.make_dir(folder)
        with owner_only.open_new(path) as out:
            out.write(picture.getvalue())
            out.flush()
            os.fsync(out.fileno())  # a full disk may only say so when the data reaches it
    except OSError as exc:
        with contextlib.suppress(OSError):
            path.unlink()  # no half picture left behind
        raise PrinterError(_preview_failed(folder, exc)) from exc
    return path


def _preview_failed(folder: Path, exc: OSError) -> str:
    reason = "ổ đĩa đã đầy" if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)) else (
        exc.strerror or str(exc))
    return (f"Chưa khai báo máy in và không ghi được ảnh phiếu vào thư mục “{folder}” ({reason}): "
            "phiếu chưa in. Hãy dọn ổ đĩa hoặc khai báo máy in rồi in lại.")
