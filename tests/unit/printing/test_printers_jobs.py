"""Printers and print jobs: a loopback network printer gets exactly the slip's bytes; a
refusing or stalled printer leaves the dossier saved and a failed, retryable job."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from desk_app.printing import escpos_decode, jobs, service
from desk_app.printing.printer_error import PrinterError
from desk_app.printing.printers import PrinterConfig, get_printer, list_printers, save_printer

from .thermal_helpers import Listener, closed_port, register


def add_network(desk, name, port, width=576):
    save_printer(desk.store, PrinterConfig(name, "network", {"host": "127.0.0.1", "port": port}, width), None)


@pytest.mark.parametrize("width", [384, 576])
def test_network_printer_receives_the_slip(desk, commander, width):
    code = register(desk, commander["id"])
    listener = Listener()
    add_network(desk, "Quầy 1", listener.port, width)
    result = desk.printing.print_dossier_slip(code, printer_name="Quầy 1", officer_id=commander["id"])
    received = listener.wait()
    listener.close()
    assert result.ok, result.message
    expected = service.encode(desk.printing.layout_for("receipt", code, job_id=result.job_id), width)
    assert received == expected
    assert escpos_decode.decode(received, width).image.width == width
    job = jobs.get(desk.store, result.job_id)
    assert (job["status"], job["printer_name"], job["bytes"]) == ("printed", "Quầy 1", len(expected))


def test_refused_then_retried_elsewhere(desk, commander):
    code = register(desk, commander["id"])
    add_network(desk, "Hỏng", closed_port())
    result = desk.printing.print_dossier_slip(code, printer_name="Hỏng", officer_id=commander["id"])
    assert not result.ok and "Hỏng" in result.message
    assert desk.dossiers.get(code)["code"] == code  # the dossier is saved regardless
    failed = desk.printing.list_jobs("failed")
    assert [j["id"] for j in failed] == [result.job_id]
    listener = Listener()
    add_network(desk, "Quầy 2", listener.port)
    again = desk.printing.retry_job(result.job_id, "Quầy 2", commander["id"])
    assert again.ok and again.job_id == result.job_id
    assert listener.wait()[:2] == b"\x1b@"
    listener.close()
    job = jobs.get(desk.store, result.job_id)
    assert (job["status"], job["attempts"], job["printer_name"], job["error"]) == ("printed", 2, "Quầy 2", "")


def test_stalled_printer_times_out(desk, commander):
    code = register(desk, commander["id"])
    listener = Listener(stall=True)
    add_network(desk, "Kẹt giấy", listener.port)
    started = time.monotonic()
    result = desk.printing.print_dossier_slip(code, printer_name="Kẹt giấy", timeout=1.0)
    elapsed = time.monotonic() - started
    listener.close()
    assert not result.ok and elapsed < 6
    assert "Kẹt giấy" in result.message
    assert jobs.get(desk.store, result.job_id)["status"] == "failed"
    assert desk.dossiers.get(code)["status"] == "received"


def test_hung_transport_is_abandoned():
    with pytest.raises(PrinterError, match="không phản hồi"):
        jobs.run_with_timeout(lambda: time.sleep(5), 0.2, "USB")


def test_preview_is_the_default_and_writes_png(desk, commander):
    code = register(desk, commander["id"])
    result = desk.printing.print_dossier_slip(code)
    assert result.ok and result.printer == "Xem trước"
    from PIL import Image

    with Image.open(result.output) as picture:
        assert picture.width == 576 and picture.height > 500
    assert str(desk.data_dir) in result.output


@pytest.mark.parametrize("config", [
    PrinterConfig("USB 58", "usb", {"vendor": "0416", "product": "5011"}, 384),
    PrinterConfig("Cổng COM", "serial", {"device": "/dev/ttyNOSUCH0"}, 576),
], ids=["usb", "serial"])
def test_an_absent_usb_or_serial_printer_is_a_failed_job_with_a_vietnamese_reason(desk, commander, config):
    code = register(desk, commander["id"])
    save_printer(desk.store, config, None)
    result = desk.printing.print_dossier_slip(code, printer_name=config.name, timeout=2.0)
    assert not result.ok
    assert f"Không in được trên “{config.name}”" in result.message  # the reason follows, in Vietnamese
    assert "Kiểm tra máy in" in result.message or "libusb" in result.message
    assert jobs.get(desk.store, result.job_id)["status"] == "failed"


def test_a_machine_without_libusb_is_told_what_to_install_or_choose(desk, commander, monkeypatch):
    import usb.core

    def no_backend(*args, **kwargs):
        raise usb.core.NoBackendError("No backend available")

    monkeypatch.setattr(usb.core, "find", no_backend)
    code = register(desk, commander["id"])
    save_printer(desk.store, PrinterConfig("USB 58", "usb", {"vendor": "0416", "product": "5011"}, 384), None)
    result = desk.printing.print_dossier_slip(code, printer_name="USB 58", timeout=2.0)
    assert not result.ok and "chưa có thư viện USB (libusb)" in result.message
    assert "Hàng đợi máy in Windows" in result.message and "/dev/usb/lp0" in result.message


def test_printer_config_checks(desk):
    with pytest.raises(ValueError):
        save_printer(desk.store, PrinterConfig("X", "network", {}, 576), None)
    with pytest.raises(ValueError):
        save_printer(desk.store, PrinterConfig("X", "preview", {}, 500), None)
    save_printer(desk.store, PrinterConfig("USB 58", "usb", {"vendor": "0416", "product": "5011"}, 384), None)
    assert get_printer(desk.store, "USB 58").profile_name == "POS-5890"
    assert [p.name for p in list_printers(desk.store)] == ["USB 58"]


def _fake_lp(folder, exit_code=0):
    """A stand-in for CUPS's `lp` that keeps what it was given (and may refuse)."""
    folder.mkdir()
    script = folder / "lp"
    script.write_text("#!/bin/sh\n"
                      f"printf '%s\\n' \"$@\" > '{folder}/args'\n"
                      f"cat > '{folder}/data'\n"
                      f"[ {exit_code} -eq 0 ] || echo 'lp: The printer or class does not exist.' >&2\n"
                      f"exit {exit_code}\n")
    script.chmod(0o755)


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell stands in for lp")
def test_a_cups_queue_gets_the_exact_bytes_raw_through_lp(desk, commander, tmp_path, monkeypatch):
    code = register(desk, commander["id"])
    lp = tmp_path / "lp-bin"
    _fake_lp(lp)
    monkeypatch.setenv("PATH", f"{lp}{os.pathsep}{os.environ['PATH']}")
    save_printer(desk.store, PrinterConfig("Quầy CUPS", "cups", {"queue": "POS80"}, 576), None)
    result = desk.printing.print_dossier_slip(code, printer_name="Quầy CUPS")
    assert result.ok, result.message
    assert (lp / "data").read_bytes() == service.encode(desk.printing.layout_for("receipt", code, job_id=result.job_id), 576)
    args = (lp / "args").read_text().split("\n")
    assert args[:4] == ["-d", "POS80", "-o", "raw"]


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell stands in for lp")
def test_a_refusing_or_missing_lp_is_a_failed_job_with_the_reason(desk, commander, tmp_path, monkeypatch):
    code = register(desk, commander["id"])
    save_printer(desk.store, PrinterConfig("Quầy CUPS", "cups", {"queue": "KHONGCO"}, 576), None)
    lp = tmp_path / "lp-bin"
    _fake_lp(lp, exit_code=1)
    monkeypatch.setenv("PATH", str(lp))
    refused = desk.printing.print_dossier_slip(code, printer_name="Quầy CUPS")
    assert not refused.ok and "The printer or class does not exist" in refused.message
    assert "Kiểm tra tên hàng đợi" in refused.message
    monkeypatch.setenv("PATH", str(tmp_path / "no-such-folder"))
    missing = desk.printing.print_dossier_slip(code, printer_name="Quầy CUPS")
    assert not missing.ok and "chưa có lệnh lp" in missing.message
    assert [j["status"] for j in desk.printing.list_jobs("failed")] == ["failed", "failed"]


@pytest.mark.skipif(sys.platform == "win32", reason="on Windows the queue is real")
def test_a_windows_queue_elsewhere_says_it_is_for_windows(desk, commander):
    code = register(desk, commander["id"])
    save_printer(desk.store, PrinterConfig("Máy Windows", "win32", {"queue": "POS58"}, 384), None)
    result = desk.printing.print_dossier_slip(code, printer_name="Máy Windows")
    assert not result.ok and "chỉ dùng được trên Windows" in result.message


def test_python_escpos_caches_its_profiles_in_the_data_folder(tmp_path):
    """Left alone, python-escpos makes a new temporary folder at every import."""
    env = {**os.environ, "DESK_APP_DATA_DIR": str(tmp_path / "data")}
    env.pop("ESCPOS_CAPABILITIES_PICKLE_DIR", None)
    script = ("from desk_app.printing.printers import escpos_printer_module; escpos_printer_module(); "
              "import escpos.capabilities as c; print(c.pickle_dir)")
    for _ in range(2):
        out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == str(tmp_path / "data" / "cache" / "escpos")
    assert len(list((tmp_path / "data" / "cache" / "escpos").glob("*.capabilities.pickle"))) == 1
