"""Did the slip reach the printer? After the bytes, a network printer is asked for its
real-time status (ESC/POS DLE EOT 1). A printer reads its input in order, so its answer
means it has read the whole slip; and the answer says whether it is online. Bytes the
kernel accepted prove nothing: a printer that closes the connection, resets it after 100
bytes or never reads still let a 44 KB slip into the socket buffer, and that was recorded
"printed".

A printer model that cannot answer is a setting of that printer (options["confirm"] =
False, "không hỗ trợ xác nhận"): its jobs are recorded as sent without confirmation, on
purpose, not by silence.
"""

from __future__ import annotations

import re
import socket
import time

from desk_app.printing.printer_error import PrinterError

STATUS_REQUEST = b"\x10\x04\x01"  # DLE EOT 1: printer status, answered as soon as it is read
ANSWER_WAIT = 5.0  # seconds: a printer answers within milliseconds once it has read the slip
_OFFLINE = 0x08  # bit 3 of the status byte: cover open, paper out or an error
# The same three bytes inside raster data are taken for requests by most printers, which then
# answer them too: that many answers more are awaited, so none of them passes for ours.
_EMBEDDED = re.compile(rb"\x10\x04[\x01-\x04]")


class NotConfirmed(PrinterError):
    """The bytes were sent but the printer did not say it got them: maybe printed, maybe not."""


def wants_confirmation(options: dict) -> bool:
    return options.get("confirm", True) is not False


def is_status(byte: int) -> bool:
    """A DLE EOT answer: bits 1 and 4 set, bits 0 and 7 clear."""
    return byte & 0x93 == 0x12


def await_answer(sock: socket.socket, data: bytes, printer_name: str, wait: float = ANSWER_WAIT) -> int:
    """Ask for the status after `data` went out; the status byte, or NotConfirmed."""
    expected = 1 + len(_EMBEDDED.findall(data))
    answers: list[int] = []
    deadline = time.monotonic() + wait
    try:
        sock.sendall(STATUS_REQUEST)
        while len(answers) < expected:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            sock.settimeout(left)
            chunk = sock.recv(64)
            if not chunk:
                raise _not_confirmed(printer_name, "máy in đã ngắt kết nối mà không trả lời")
            answers += [b for b in chunk if is_status(b)]
    except TimeoutError:
        raise _not_confirmed(printer_name, f"máy in không trả lời sau {wait:g} giây") from None
    except OSError as exc:  # reset by the printer, a broken pipe
        raise _not_confirmed(printer_name, f"kết nối bị ngắt: {exc.strerror or exc}") from None
    status = answers[expected - 1]
    if status & _OFFLINE:
        raise _not_confirmed(printer_name, "máy in báo đang ngừng (hết giấy, mở nắp hoặc lỗi)")
    return status


def _not_confirmed(printer_name: str, why: str) -> NotConfirmed:
    return NotConfirmed(f"Đã gửi phiếu tới “{printer_name}” nhưng máy in chưa xác nhận đã nhận ({why}). "
                        "Xem phiếu đã ra chưa; nếu chưa, in lại (F8 hoặc “desk-app print retry”). "
                        "Hồ sơ đã lưu.")
