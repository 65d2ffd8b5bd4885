"""The AT dialogue with a GSM modem over a serial port, in PDU mode (pyserial). Every failure
becomes a ModemError with a state the officer can act on: the modem missing, the port busy,
a PIN needed or wrong, no SIM, a full SIM store, a timeout, or the network's refusal."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Callable

from desk_app.notify import modem_manager
from desk_app.notify.pdu import StatusReport, Submit, parse_status_report

FINAL = re.compile(r"^(OK|ERROR|\+CME ERROR: ?(\d+)|\+CMS ERROR: ?(\d+))$")
CME = {10: ("no_sim", "Không có thẻ SIM trong modem."), 11: ("pin_needed", "Thẻ SIM cần mã PIN."),
       12: ("puk_needed", "Thẻ SIM bị khóa (cần mã PUK): mở bằng điện thoại rồi cắm lại."),
       16: ("pin_wrong", "Mã PIN của thẻ SIM sai."), 30: ("no_network", "Modem chưa bắt được mạng di động.")}
CMS = {322: ("store_full", "Bộ nhớ tin nhắn của thẻ SIM đã đầy: xóa bớt tin trên thẻ (bằng điện thoại)."),
       330: ("error", "Thẻ SIM chưa có số tổng đài tin nhắn (SMSC)."),
       331: ("no_network", "Modem chưa bắt được mạng di động."), 332: ("timeout", "Mạng không trả lời kịp."),
       38: ("error", "Mạng di động đang hỏng (lỗi 38)."), 304: ("error", "Modem không nhận nội dung tin (lỗi 304)."),
       500: ("error", "Modem báo lỗi không rõ (500).")}


class ModemError(Exception):
    def __init__(self, state: str, message: str):
        super().__init__(message)
        self.state = state


@dataclass
class Modem:
    """`port`: an open serial port (pyserial's Serial, or anything with read/write/in_waiting)."""
    port: object
    name: str = ""
    clock: Callable[[], float] = time.monotonic
    reports: list[StatusReport] = field(default_factory=list)  # +CDS met while waiting for answers
    _buffer: bytes = b""

    @classmethod
    def open(cls, name: str, opener: Callable | None = None) -> "Modem":
        """The modem on port `name` (COM3, /dev/ttyUSB0); ModemError when it cannot be opened."""
        try:
            if opener is None:
                import serial

                port = serial.Serial(name, 115200, timeout=0.1, write_timeout=5, exclusive=True)
            else:
                port = opener(name)
        except Exception as exc:  # pyserial raises SerialException (an OSError) or ValueError
            busy = "busy" in str(exc).lower() or "resource temporarily unavailable" in str(exc).lower()
            hint = modem_manager.explain(name)
            if busy or hint:
                raise ModemError("busy", f"Cổng {name} đang bị chương trình khác giữ. {hint}".strip()) from exc
            raise ModemError("missing", f"Không mở được cổng {name}: chưa cắm modem hoặc sai tên cổng ({exc}).") from exc
        return cls(port, name)

    def close(self) -> None:
        try:
            self.port.close()
        except Exception:  # closing a port that went away: nothing left to do
            pass

    # -- the dialogue --------------------------------------------------------------------------

    def _write(self, data: bytes) -> None:
        try:
            self.port.write(data)
        except Exception as exc:
            raise ModemError("missing", f"Mất kết nối với modem ở cổng {self.name} ({exc}).") from exc

    def _read_line(self, deadline: float, prompt: bool = False) -> str | None:
        """One line (without CR/LF); the '> ' prompt as '>' when `prompt`; None at the deadline."""
        while True:
            self._buffer = self._buffer.lstrip(b"\r\n")
            if prompt and self._buffer.startswith(b">"):
                self._buffer = self._buffer[1:].lstrip(b" ")
                return ">"
            end = self._buffer.find(b"\r\n")
            if end < 0:
                end = self._buffer.find(b"\n")
            if end >= 0:
                line, self._buffer = self._buffer[:end], self._buffer[end + 1:]
                return line.decode("ascii", "replace").strip()
            if self.clock() >= deadline:
                return None
            try:
                chunk = self.port.read(max(1, getattr(self.port, "in_waiting", 0) or 1))
            except Exception as exc:
                raise ModemError("missing", f"Mất kết nối với modem ở cổng {self.name} ({exc}).") from exc
            self._buffer += chunk

    def _unsolicited(self, line: str, deadline: float) -> bool:
        """A +CDS delivery report (its PDU on the next line) kept; True when the line was one."""
        if not line.startswith("+CDS:"):
            return line.startswith(("+CMTI", "+CDSI", "RING", "^", "+CREG", "+CUSD"))
        pdu = self._read_line(deadline + 2)
        if pdu:
            try:
                self.reports.append(parse_status_report(pdu))
            except (ValueError, IndexError):
                pass  # a report we cannot read changes nothing
        return True

    def command(self, text: str, timeout: float = 5.0) -> list[str]:
        """The answer lines before OK; ModemError on an error or when none comes in time."""
        self._write(text.encode("ascii") + b"\r")
        return self._answer(text, timeout)

    def _answer(self, text: str, timeout: float) -> list[str]:
        deadline = self.clock() + timeout
        lines = []
        while True:
            line = self._read_line(deadline)
            if line is None:
                raise ModemError("timeout", f"Modem không trả lời lệnh {text.split('=')[0]} sau {timeout:g} giây.")
            if not line or line == text or self._unsolicited(line, deadline):
                continue
            final = FINAL.match(line)
            if final is None:
                lines.append(line)
                continue
            if final.group(1) == "OK":
                return lines
            raise _error(final)

    # -- what the sender asks ----------------------------------------------------------------

    def start(self, pin: str = "", reports: bool = True, timeout: float = 5.0) -> None:
        """Echo off, numeric errors, the PIN if asked, PDU mode, delivery reports as +CDS."""
        self._buffer = b""
        for attempt in range(3):  # a modem just plugged in may miss the first commands
            try:
                self.command("AT", min(timeout, 2.0))
                break
            except ModemError:
                if attempt == 2:
                    hint = modem_manager.explain(self.name)
                    raise ModemError("timeout", f"Modem ở cổng {self.name} không trả lời. {hint}".strip()) from None
        self.command("ATE0", timeout)
        self.command("AT+CMEE=1", timeout)
        self._unlock(pin, timeout)
        self.command("AT+CMGF=0", timeout)
        if reports:
            self.command("AT+CNMI=2,1,0,1,0", timeout)

    def _unlock(self, pin: str, timeout: float) -> None:
        state = " ".join(self.command("AT+CPIN?", timeout)).replace("+CPIN:", "").strip()
        if state == "READY":
            return
        if state == "SIM PIN":
            if not pin:
                raise ModemError("pin_needed", "Thẻ SIM cần mã PIN: nhập mã PIN trong Cài đặt.")
            self.command(f'AT+CPIN="{pin}"', timeout)
            return
        if state == "SIM PUK":
            raise ModemError(*CME[12])
        raise ModemError("error", f"Thẻ SIM ở trạng thái lạ: {state}.")

    def signal(self, timeout: float = 5.0) -> int | None:
        """Signal strength in dBm (None: unknown)."""
        for line in self.command("AT+CSQ", timeout):
            found = re.match(r"\+CSQ: ?(\d+)", line)
            if found and int(found.group(1)) != 99:
                return -113 + 2 * int(found.group(1))
        return None

    def storage(self, timeout: float = 5.0) -> tuple[int, int] | None:
        """Messages on the SIM store, and its size."""
        for line in self.command("AT+CPMS?", timeout):
            found = re.match(r'\+CPMS: ?"?\w+"?,(\d+),(\d+)', line)
            if found:
                return int(found.group(1)), int(found.group(2))
        return None

    def send(self, submit: Submit, timeout: float = 30.0) -> int:
        """One PDU sent; the message reference the network gave it (+CMGS)."""
        self._write(f"AT+CMGS={submit.tpdu_length}\r".encode("ascii"))
        deadline = self.clock() + min(timeout, 10.0)
        while True:
            line = self._read_line(deadline, prompt=True)
            if line is None:
                self._write(b"\x1b")  # leave the prompt, if it came late
                raise ModemError("timeout", "Modem không mở chỗ nhập tin (không có dấu >).")
            if line == ">":
                break
            final = FINAL.match(line)
            if final:
                raise _error(final)
        self._write(submit.hex.encode("ascii") + b"\x1a")
        lines = self._answer("AT+CMGS", timeout)
        for line in lines:
            found = re.match(r"\+CMGS: ?(\d+)", line)
            if found:
                return int(found.group(1))
        raise ModemError("error", "Modem không báo số tham chiếu của tin đã gửi.")

    def wait_reports(self, seconds: float) -> list[StatusReport]:
        """Listen for delivery reports for `seconds`; those met before too. Emptied once read."""
        deadline = self.clock() + seconds
        while self.clock() < deadline:
            line = self._read_line(deadline)
            if line:
                self._unsolicited(line, deadline)
        found, self.reports = self.reports, []
        return found


def _error(final: re.Match) -> ModemError:
    if final.group(2):
        state, text = CME.get(int(final.group(2)), ("error", f"Modem báo lỗi +CME {final.group(2)}."))
    elif final.group(3):
        state, text = CMS.get(int(final.group(3)), ("error", f"Mạng hoặc modem từ chối tin (+CMS {final.group(3)})."))
    else:
        state, text = "error", "Modem báo lỗi (ERROR)."
    return ModemError(state, text)
