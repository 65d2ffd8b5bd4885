"""A GSM modem as a separate process on the master side of a pseudo-terminal: it answers AT
commands the way a SIM800/Huawei does (echo until ATE0, numeric errors after AT+CMEE=1, the
'> ' prompt of AT+CMGS, +CMGS: <ref>, +CMS/+CME errors, +CDS delivery reports) and writes every
PDU it is given, decoded with its own decoder (not the program's), one JSON line each.

    python fake_modem.py MASTER_FD CONFIG_JSON

CONFIG: log (path), pin ("" = none), errors ({"n": code}: the n-th AT+CMGS answered with
+CMS ERROR code), hang (list of n: the n-th AT+CMGS takes the PDU and never answers), dead
(answers nothing), report (a +CDS "delivered" after each sent part), storage ([used, total]),
csq (the signal value), first_ref (the first message reference).
"""

from __future__ import annotations

import json
import os
import select
import sys
import time

BASIC = ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
         "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
EXTENSION = {0x14: "^", 0x28: "{", 0x29: "}", 0x2F: "\\", 0x3C: "[", 0x3D: "~", 0x3E: "]", 0x40: "|", 0x65: "€"}


def unpack7(data: bytes, count: int, skip_bits: int) -> str:
    bits = int.from_bytes(data, "little")
    septets = [(bits >> (skip_bits + 7 * i)) & 0x7F for i in range(count)]
    out, escape = [], False
    for s in septets:
        if escape:
            out.append(EXTENSION.get(s, "?"))
            escape = False
        elif s == 0x1B:
            escape = True
        else:
            out.append(BASIC[s])
    return "".join(out)


def decode_submit(hex_pdu: str) -> dict:
    data = bytes.fromhex(hex_pdu)
    at = 1 + data[0]
    first = data[at]
    digits, kind = data[at + 2], data[at + 3]
    raw = data[at + 4:at + 4 + (digits + 1) // 2].hex().upper()
    number = "".join(raw[i + 1] + raw[i] for i in range(0, len(raw), 2))[:digits]
    at += 4 + (digits + 1) // 2
    dcs = data[at + 1]
    at += 2 + (1 if first & 0x18 == 0x10 else 0)
    udl = data[at]
    body = data[at + 1:]
    udh = []
    skip = 0
    if first & 0x40:
        header = body[:body[0] + 1]
        udh = list(header[3:6]) if header[1] == 0 else list(header[1:])
        if dcs == 0x08:
            body = body[len(header):]
        else:
            skip = -(-len(header) * 8 // 7) * 7
            udl -= skip // 7
    text = body.decode("utf-16-be") if dcs == 0x08 else unpack7(body, udl, skip)
    return {"number": ("+" if kind == 0x91 else "") + number, "dcs": dcs, "udh": udh, "text": text,
            "report": bool(first & 0x20)}


def status_report(ref: int, number: str) -> tuple[int, str]:
    digits = number.lstrip("+")
    padded = digits + ("F" if len(digits) % 2 else "")
    semi = "".join(padded[i + 1] + padded[i] for i in range(0, len(padded), 2))
    stamp = "62112390000000"
    tpdu = f"06{ref:02X}{len(digits):02X}91{semi}{stamp}{stamp}00"
    return len(tpdu) // 2, "00" + tpdu


class FakeModem:
    def __init__(self, fd: int, config: dict):
        self.fd = fd
        self.config = config
        self.echo = True
        self.locked = bool(config.get("pin"))
        self.ref = int(config.get("first_ref", 1))
        self.sends = 0
        self.buffer = b""
        self.pdu_for: int | None = None

    def write(self, text: str) -> None:
        os.write(self.fd, text.encode("latin-1"))

    def log(self, entry: dict) -> None:
        with open(self.config["log"], "a", encoding="utf-8") as out:
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def run(self) -> None:
        while True:
            ready, _, _ = select.select([self.fd], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(self.fd, 4096)
            except OSError:  # no one has the terminal open now: wait for the next
                time.sleep(0.05)
                continue
            if self.config.get("dead"):
                continue
            self.buffer += chunk
            self.consume()

    def consume(self) -> None:
        while True:
            if self.pdu_for is not None:
                end = self.buffer.find(b"\x1a")
                escape = self.buffer.find(b"\x1b")
                if escape >= 0 and (end < 0 or escape < end):
                    self.buffer, self.pdu_for = self.buffer[escape + 1:], None
                    continue
                if end < 0:
                    return
                pdu, self.buffer = self.buffer[:end].decode().strip(), self.buffer[end + 1:]
                self.pdu_for = None
                self.got_pdu(pdu)
                continue
            end = self.buffer.find(b"\r")
            if end < 0:
                return
            line, self.buffer = self.buffer[:end].decode("latin-1").strip(), self.buffer[end + 1:]
            if line:
                self.command(line)

    def answer(self, *lines: str) -> None:
        self.write("".join(f"\r\n{line}\r\n" for line in lines))

    def command(self, line: str) -> None:
        if self.echo:
            self.write(line + "\r")
        upper = line.upper()
        if upper == "ATE0":
            self.echo = False
            self.answer("OK")
        elif upper == "AT+CPIN?":
            self.answer("+CPIN: SIM PIN" if self.locked else "+CPIN: READY", "OK")
        elif upper.startswith("AT+CPIN="):
            if line.split("=", 1)[1].strip('"') == self.config.get("pin"):
                self.locked = False
                self.answer("OK")
            else:
                self.answer("+CME ERROR: 16")
        elif self.locked and upper.startswith(("AT+CMGS", "AT+CMGF", "AT+CPMS", "AT+CNMI")):
            self.answer("+CME ERROR: 11")
        elif upper == "AT+CSQ":
            self.answer(f"+CSQ: {self.config.get('csq', 20)},0", "OK")
        elif upper == "AT+CPMS?":
            used, total = self.config.get("storage", [3, 30])
            self.answer(f'+CPMS: "SM",{used},{total},"SM",{used},{total},"SM",{used},{total}', "OK")
        elif upper.startswith("AT+CMGS="):
            self.pdu_for = int(line.split("=", 1)[1])
            self.write("\r\n> ")
        elif upper.startswith("AT"):
            self.answer("OK")
        else:
            self.answer("ERROR")

    def got_pdu(self, pdu: str) -> None:
        self.sends += 1
        entry = {"n": self.sends, "pdu": pdu, "octets": len(pdu) // 2 - 1, **decode_submit(pdu)}
        error = self.config.get("errors", {}).get(str(self.sends))
        if self.sends in self.config.get("hang", []):
            self.log({**entry, "answer": "none"})
            return
        if error:
            self.log({**entry, "answer": f"+CMS ERROR: {error}"})
            self.answer(f"+CMS ERROR: {error}")
            return
        ref, self.ref = self.ref, (self.ref + 1) % 256
        self.log({**entry, "answer": ref})
        self.answer(f"+CMGS: {ref}", "OK")
        if self.config.get("report") and entry["report"]:
            length, report = status_report(ref, entry["number"])
            self.answer(f"+CDS: {length}")
            self.write(f"{report}\r\n")


if __name__ == "__main__":
    FakeModem(int(sys.argv[1]), json.loads(sys.argv[2])).run()
