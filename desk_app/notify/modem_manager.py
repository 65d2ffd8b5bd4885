"""On Linux, ModemManager opens every new modem it sees and talks to it: the port is then busy,
or answers come back mixed with its own. Found here so the officer is told what to do."""

from __future__ import annotations

import os
import sys
from pathlib import Path

UDEV_RULE = 'ATTRS{idVendor}=="<vendor>", ATTRS{idProduct}=="<product>", ENV{ID_MM_DEVICE_IGNORE}="1"'


def running(proc: Path = Path("/proc")) -> list[int]:
    """Process ids of ModemManager (none off Linux)."""
    if not sys.platform.startswith("linux") or not proc.is_dir():
        return []
    found = []
    for entry in proc.iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "comm").read_text().strip() == "ModemManager":
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def holds(port: str, proc: Path = Path("/proc")) -> bool | None:
    """Whether ModemManager has `port` open: True/False, None when it runs but its open files
    cannot be read (it runs as root)."""
    pids = running(proc)
    if not pids:
        return False
    target = os.path.realpath(port)
    for pid in pids:
        try:
            links = [os.readlink(fd) for fd in (proc / str(pid) / "fd").iterdir()]
        except OSError:
            return None
        if target in links:
            return True
    return False


def explain(port: str, proc: Path = Path("/proc")) -> str:
    """What the officer reads ('' when ModemManager is not in the way)."""
    held = holds(port, proc)
    if held is False:
        return ""
    what = "đang giữ cổng" if held else "đang chạy và có thể đã chiếm cổng"
    return (f"ModemManager {what} {port}. Tắt nó (sudo systemctl stop ModemManager) hoặc thêm quy tắc udev "
            f"{UDEV_RULE} vào /etc/udev/rules.d/77-desk-app-modem.rules rồi cắm lại modem.")
