"""Printers and print jobs: a loopback network printer gets exactly the slip's bytes; a
refusing or stalled printer leaves the dossier saved and a failed, retryable job."""

from __future__ import annotations

import time

import pytest

from desk_app.printing import escpos_decode, jobs, service
from desk_app.printing.printers import PrinterConfig, PrinterError, get_printer, list_printers, save_printer

from .thermal_helpers import Listener, closed_port, register


def add_network(desk, name, port, width=576):
    save_printer(desk.store, PrinterConfig(name, "network", {"host": "127.0.0.1", "port": port}, width), None)


@pytest.mark.parametrize("width", [384, 576])
def test_network_printer_receives_the_slip(desk, commander, width):
    code = register(desk, commander["id"])
    listener = Listener()
    add_network(desk, "Quầy 1", listener.port, width)
    result = service.print_dossier_slip(desk, code, printer_name="Quầy 1", officer_id=commander["id"])
    received = listener.wait()
    listener.close()
    assert result.ok, result.message
    expected = service.encode(service.layout_for(desk, "receipt", code), width)
    assert received == expected
    assert escpos_decode.decode(received, width).image.width == width
    job = jobs.get(desk.store, result.job_id)
    assert (job["status"], job["printer_name"], job["bytes"]) == ("printed", "Quầy 1", len(expected))


def test_refused_then_retried_elsewhere(desk, commander):
    code = register(desk, commander["id"])
    add_network(desk, "Hỏng", closed_port())
    result = service.print_dossier_slip(desk, code, printer_name="Hỏng", officer_id=commander["id"])
    assert not result.ok and "Hỏng" in result.message
    assert desk.dossiers().get(code)["code"] == code  # the dossier is saved regardless
    failed = service.list_jobs(desk, "failed")
    assert [j["id"] for j in failed] == [result.job_id]
    listener = Listener()
    add_network(desk, "Quầy 2", listener.port)
    again = service.retry_job(desk, result.job_id, "Quầy 2", commander["id"])
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
    result = service.print_dossier_slip(desk, code, printer_name="Kẹt giấy", timeout=1.0)
    elapsed = time.monotonic() - started
    listener.close()
    assert not result.ok and elapsed < 6
    assert "Kẹt giấy" in result.message
    assert jobs.get(desk.store, result.job_id)["status"] == "failed"
    assert desk.dossiers().get(code)["status"] == "received"


def test_hung_transport_is_abandoned():
    with pytest.raises(PrinterError, match="không phản hồi"):
        jobs.run_with_timeout(lambda: time.sleep(5), 0.2, "USB")


def test_preview_is_the_default_and_writes_png(desk, commander):
    code = register(desk, commander["id"])
    result = service.print_dossier_slip(desk, code)
    assert result.ok and result.printer == "Xem trước"
    from PIL import Image

    with Image.open(result.output) as picture:
        assert picture.width == 576 and picture.height > 500
    assert str(desk.data_dir) in result.output


def test_printer_config_checks(desk):
    with pytest.raises(ValueError):
        save_printer(desk.store, PrinterConfig("X", "network", {}, 576), None)
    with pytest.raises(ValueError):
        save_printer(desk.store, PrinterConfig("X", "preview", {}, 500), None)
    save_printer(desk.store, PrinterConfig("USB 58", "usb", {"vendor": "0416", "product": "5011"}, 384), None)
    assert get_printer(desk.store, "USB 58").profile_name == "POS-5890"
    assert [p.name for p in list_printers(desk.store)] == ["USB 58"]


def test_worker_prints_off_the_calling_thread(desk, commander, isolated_data_dir, clock):
    code = register(desk, commander["id"])
    worker = service.PrintWorker(isolated_data_dir, clock)
    try:
        future = worker.submit(service.print_dossier_slip, code)
        result = future.result(timeout=30)
    finally:
        worker.close()
    assert result.ok
    assert jobs.get(desk.store, result.job_id)["status"] == "printed"  # seen from this thread's connection
