"""A print is recorded as printed only when the printer says it has read the slip (its
answer to DLE EOT 1 after the bytes). A loopback printer that closes, resets after 100
bytes, never reads (the slip fits the buffers), never answers or answers "offline" leaves a
job that is not printed, says so to the officer, and can be printed again."""

from __future__ import annotations

import socket
import time

import pytest

from desk_app.printing import confirm, jobs, service
from desk_app.printing.printers import PrinterConfig

from .thermal_helpers import Listener, register


def add_network(desk, name, port, **options):
    desk.printing.save_printer(PrinterConfig(name, "network", {"host": "127.0.0.1", "port": port, **options}), None)


def test_a_printer_that_answers_gets_the_job_printed(desk, commander):
    code = register(desk, commander["id"])
    printer = Listener()
    add_network(desk, "Quầy 1", printer.port)
    result = desk.printing.print_dossier_slip(code, printer_name="Quầy 1", timeout=5)
    assert result.ok, result.message
    assert printer.wait() == service.encode(desk.printing.layout_for("receipt", code, job_id=result.job_id))
    assert printer.answered >= 1
    printer.close()


@pytest.mark.parametrize("behaviour, words", [
    ("close", ""), ("reset", ""), ("deaf", "không trả lời"), ("silent", "không trả lời"),
    ("offline", "đang ngừng"),
])
def test_a_slip_that_may_not_have_reached_the_paper_is_not_printed(behaviour, words, desk, commander):
    code = register(desk, commander["id"])
    printer = Listener(behaviour=behaviour)
    add_network(desk, "Quầy 1", printer.port)
    started = time.monotonic()
    result = desk.printing.print_dossier_slip(code, printer_name="Quầy 1", officer_id=commander["id"], timeout=2)
    assert time.monotonic() - started < 6
    printer.close()
    job = jobs.get(desk.store, result.job_id)
    assert not result.ok and job["printed_at"] is None and job["status"] == result.status
    assert "Quầy 1" in result.message and words in result.message
    if behaviour in ("deaf", "silent", "offline"):  # all sent: the kernel took it, the printer did not say
        assert "chưa xác nhận" in result.message and "in lại" in result.message
        assert result.status == jobs.UNCONFIRMED and job["error"] == result.message  # not "failed": maybe on paper
    else:  # cut off while sending (failed) or after it (sent, not confirmed): the timing decides
        assert result.status in (jobs.FAILED, jobs.UNCONFIRMED)
    assert result.job_id in [j["id"] for j in desk.printing.list_jobs(jobs.NEEDS_ACTION)]
    assert desk.dossiers.get(code)["status"] == "received"  # the dossier is saved whatever the printer did
    good = Listener()
    add_network(desk, "Quầy 2", good.port)
    again = desk.printing.retry_job(result.job_id, "Quầy 2", commander["id"], timeout=5)  # a retry at hand
    assert again.ok and jobs.get(desk.store, result.job_id)["status"] == jobs.PRINTED
    good.close()


def test_a_printer_set_as_unable_to_confirm_is_sent_and_says_so(desk, commander):
    code = register(desk, commander["id"])
    printer = Listener(behaviour="silent")
    add_network(desk, "Cũ", printer.port, confirm=False)
    result = desk.printing.print_dossier_slip(code, printer_name="Cũ", timeout=5)
    assert result.ok and "không hỗ trợ xác nhận" in result.output
    assert printer.wait() == service.encode(desk.printing.layout_for("receipt", code, job_id=result.job_id))  # no status request sent
    printer.close()


def test_status_requests_inside_the_data_are_answered_too_and_do_not_pass_for_ours():
    """Raster bytes 10 04 01 are taken for a request by the printer: its answer to them comes
    early; ours is the one after."""
    desk_end, printer_end = socket.socketpair()
    data = b"\x1b@" + b"\x00\x10\x04\x01\xff" * 2 + b"\x1dV\x00"
    try:
        printer_end.sendall(b"\x12\x12")  # the two embedded ones only
        with pytest.raises(confirm.NotConfirmed, match="không trả lời"):
            confirm.await_answer(desk_end, data, "Quầy 1", wait=0.5)
        printer_end.sendall(b"\x12\x12\x12")
        assert confirm.await_answer(desk_end, data, "Quầy 1", wait=0.5) == 0x12
    finally:
        desk_end.close()
        printer_end.close()


def test_only_a_status_byte_counts_as_an_answer():
    assert confirm.is_status(0x12) and confirm.is_status(0x16) and confirm.is_status(0x1A)
    assert not confirm.is_status(0x00) and not confirm.is_status(0xFF) and not confirm.is_status(ord("O"))
