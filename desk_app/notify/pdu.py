"""SMS PDUs written by hand (3GPP TS 23.040): the SMS-SUBMIT the modem is given in PDU mode,
GSM-7 packed or UCS-2, with the concatenation header when the text has parts; and the
SMS-STATUS-REPORT a delivery report (+CDS) carries."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.core.sms_text import GSM7_BASIC, GSM7_EXTENSION, SmsText, split

VALIDITY = 0xAA  # relative validity period: 4 days (a notice older than that is no use)


@dataclass(frozen=True)
class Submit:
    hex: str  # the whole PDU, starting with the SMSC part ("00": the SIM's own centre)
    tpdu_length: int  # octets after the SMSC part: what AT+CMGS=<n> is told


def _semi_octets(digits: str) -> str:
    if len(digits) % 2:
        digits += "F"
    return "".join(digits[i + 1] + digits[i] for i in range(0, len(digits), 2))


def address(phone: str) -> str:
    """The destination: a Vietnamese national number (0…) goes international (+84…)."""
    digits = phone.lstrip("+")
    kind = 0x91
    if phone.startswith("0"):
        digits = "84" + phone[1:]
    elif not phone.startswith("+"):
        kind = 0x81
    return f"{len(digits):02X}{kind:02X}{_semi_octets(digits)}"


def septets_of(text: str) -> list[int]:
    out: list[int] = []
    for ch in text:
        if ch in GSM7_EXTENSION:
            out += [0x1B, GSM7_EXTENSION[ch]]
        else:
            out.append(GSM7_BASIC.index(ch))
    return out


def pack7(septets: list[int], fill_bits: int = 0) -> bytes:
    """Septets packed LSB first, after `fill_bits` zero bits (to align after a header)."""
    value, bits, out = 0, fill_bits, bytearray()
    for septet in septets:
        value |= septet << bits
        bits += 7
        while bits >= 8:
            out.append(value & 0xFF)
            value >>= 8
            bits -= 8
    if bits:
        out.append(value & 0xFF)
    return bytes(out)


def submit_pdus(phone: str, sms: SmsText, concat_ref: int = 0, report: bool = True) -> list[Submit]:
    """One SMS-SUBMIT per part; parts share `concat_ref` (0–255) so the phone joins them."""
    parts = split(sms)
    pdus = []
    for number, text in enumerate(parts, start=1):
        header = bytes([5, 0, 3, concat_ref & 0xFF, len(parts), number]) if len(parts) > 1 else b""
        first = 0x01 | 0x10 | (0x20 if report else 0) | (0x40 if header else 0)
        if sms.encoding == "gsm7":
            septets = septets_of(text)
            fill = (7 - (len(header) * 8) % 7) % 7 if header else 0
            body = header + pack7(septets, fill)
            length = (len(header) * 8 + fill) // 7 + len(septets)
            dcs = 0x00
        else:
            body = header + text.encode("utf-16-be")
            length = len(body)
            dcs = 0x08
        tpdu = f"{first:02X}00{address(phone)}00{dcs:02X}{VALIDITY:02X}{length:02X}{body.hex().upper()}"
        pdus.append(Submit("00" + tpdu, len(tpdu) // 2))
    return pdus


@dataclass(frozen=True)
class StatusReport:
    reference: int  # TP-MR of the message reported on, as +CMGS gave it
    status: int  # TP-ST: 0x00–0x1F done (0x00 delivered), 0x20–0x3F still trying, 0x40+ failed

    @property
    def delivered(self) -> bool:
        return self.status < 0x20

    @property
    def final(self) -> bool:
        return self.status < 0x20 or self.status >= 0x40


def parse_status_report(hex_pdu: str) -> StatusReport:
    """The +CDS PDU (with its SMSC part): the reference and the status."""
    data = bytes.fromhex(hex_pdu.strip())
    at = 1 + data[0]  # past the SMSC address
    if data[at] & 0x03 != 0x02:
        raise ValueError("không phải báo cáo trạng thái (SMS-STATUS-REPORT)")
    reference = data[at + 1]
    digits = data[at + 2]
    at += 4 + (digits + 1) // 2  # first octet, MR, address length, type, the address
    at += 14  # service centre time stamp, discharge time
    return StatusReport(reference, data[at])
