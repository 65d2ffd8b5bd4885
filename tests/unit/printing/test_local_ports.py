"""This PC's COM ports and installed printers, by name: pyserial, Windows' spooler and CUPS are
replaced at the boundary by stand-ins that answer as they do."""

from __future__ import annotations

import json
import os
import sys
import types

import pytest

from desk_app.printing import local_ports
from tests.conftest import run_here


def _comports(monkeypatch, *ports):
    found = [types.SimpleNamespace(device=device, description=description) for device, description in ports]
    module = types.SimpleNamespace(comports=lambda: found)
    monkeypatch.setitem(sys.modules, "serial.tools.list_ports", module)
    import serial.tools

    monkeypatch.setattr(serial.tools, "list_ports", module, raising=False)


def test_com_ports_in_their_number_order_with_the_names_windows_gives(monkeypatch):
    _comports(monkeypatch, ("COM10", "Huawei Mobile Connect - 3G PC UI Interface (COM10)"),
              ("COM3", "USB-SERIAL CH340 (COM3)"), ("COM1", "Communications Port (COM1)"), ("/dev/ttyS0", "n/a"))
    ports = local_ports.serial_ports()
    assert [p.device for p in ports] == ["/dev/ttyS0", "COM1", "COM3", "COM10"]  # COM3 before COM10
    assert ports[2].label() == "COM3 – USB-SERIAL CH340 (COM3)"
    assert ports[0].label() == "/dev/ttyS0"  # "n/a" says nothing: not shown


def test_windows_printers_from_the_spooler(monkeypatch):
    asked = {}

    def enum(flags):
        asked["flags"] = flags
        return [(8388608, "XP-80C,XP-80C,", "XP-80C", ""), (8388608, "", "Microsoft Print to PDF", ""),
                (8388608, "", "XP-80C", "")]

    monkeypatch.setitem(sys.modules, "win32print", types.SimpleNamespace(
        PRINTER_ENUM_LOCAL=2, PRINTER_ENUM_CONNECTIONS=4, EnumPrinters=enum))
    assert local_ports.printer_queues("win32") == ["Microsoft Print to PDF", "XP-80C"]
    assert asked["flags"] == 6  # local and network-connected printers


@pytest.mark.skipif(os.name != "posix", reason="a POSIX shell script stands in for lpstat")
def test_cups_queues_from_lpstat_and_none_without_it(tmp_path, monkeypatch):
    lpstat = tmp_path / "lpstat"
    lpstat.write_text("#!/bin/sh\n[ \"$1\" = -e ] && printf 'XP58\\nHP_LaserJet_M111w\\n'\n")
    lpstat.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert local_ports.printer_queues("linux") == ["HP_LaserJet_M111w", "XP58"]
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    assert local_ports.printer_queues("linux") == []


def test_the_command_lists_them(tmp_path):
    listed = run_here("printer", "ports", "--json", data_dir=tmp_path)
    assert listed.returncode == 0, listed.stderr
    data = json.loads(listed.stdout)
    assert set(data) == {"serial_ports", "printer_queues"}
    assert all(set(p) == {"device", "description"} for p in data["serial_ports"])
    text = run_here("printer", "ports", data_dir=tmp_path)
    assert text.returncode == 0 and "Cổng nối tiếp" in text.stdout and "Máy in đã cài" in text.stdout
    assert os.name != "posix" or "/dev/" in text.stdout or "(không có)" in text.stdout
