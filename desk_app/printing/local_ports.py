"""What this PC has to connect to, by name: its serial ports (COM3 on Windows, /dev/ttyUSB0 on
Linux: a thermal printer, a QR scanner or rating keypad in serial mode, a USB GSM modem) and its
installed printer queues (Windows' spooler, or CUPS). The officer picks one instead of typing it.
Each list is empty, never an error, where the system has nothing or cannot say."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Port:
    device: str  # what the settings keep: COM3, /dev/ttyUSB0
    description: str  # what the system calls it: "USB-SERIAL CH340 (COM3)"

    def label(self) -> str:
        described = self.description and self.description not in ("n/a", self.device)
        return f"{self.device} – {self.description}" if described else self.device


def serial_ports() -> list[Port]:
    """The serial ports pyserial finds, COM2 before COM10."""
    try:
        from serial.tools import list_ports
    except Exception:  # noqa: BLE001 (pyserial's Windows module binds cfgmgr32 at import; Wine lacks part of it)
        return []
    try:
        found = list_ports.comports()
    except OSError:
        return []

    def order(port) -> tuple:
        name = port.device.rstrip("0123456789")
        number = port.device[len(name):]
        return name, int(number) if number else -1

    return [Port(p.device, (p.description or "").strip()) for p in sorted(found, key=order)]


def printer_queues(platform: str = sys.platform) -> list[str]:
    """The printers installed in the system: Windows' spooler (local and connected), else CUPS."""
    if platform == "win32":
        try:
            import win32print
        except ImportError:
            return []
        flags = win32print.PRINTER_ENUM_LOCAL | win32print.PRINTER_ENUM_CONNECTIONS
        try:
            return sorted({entry[2] for entry in win32print.EnumPrinters(flags)})
        except OSError:
            return []
    if shutil.which("lpstat") is None:
        return []
    try:
        listed = subprocess.run(["lpstat", "-e"], capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.TimeoutExpired):
        return []
    return sorted({line.strip() for line in listed.stdout.splitlines() if line.strip()})
