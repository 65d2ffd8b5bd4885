"""VietQR: the EMVCo "tag-length-value" text Vietnamese banking apps read to fill a transfer
(NAPAS 247 to an account). Pure text: the QR image is drawn by whoever shows it.

    00 "01"  01 "12" (with an amount) / "11" (static)
    38 { 00 "A000000727" (NAPAS)  01 { 00 bank BIN  01 account }  02 "QRIBFTTA" }
    53 "704"  54 amount  58 "VN"  62 { 08 memo }  63 CRC-16/CCITT-FALSE over all before it, "6304" included
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desk_app.core.unaccented import unaccent

NAPAS_GUID = "A000000727"
TO_ACCOUNT = "QRIBFTTA"
MEMO_MAX = 25  # tag 62/08 "purpose of transaction": ans, up to 25 characters


class VietQrError(ValueError):
    pass


@dataclass(frozen=True)
class BankAccount:
    bin: str
    account: str
    name: str = ""

    def check(self) -> "BankAccount":
        if not re.fullmatch(r"\d{6}", self.bin):
            raise VietQrError("Mã ngân hàng (BIN) phải gồm đúng 6 chữ số, ví dụ 970415.")
        if not re.fullmatch(r"[0-9A-Za-z]{1,19}", self.account):
            raise VietQrError("Số tài khoản chỉ gồm chữ số (và chữ cái), tối đa 19 ký tự.")
        return self


def tlv(tag: str, value: str) -> str:
    if len(value) > 99:
        raise VietQrError(f"Trường {tag} quá dài ({len(value)} ký tự).")
    return f"{tag}{len(value):02d}{value}"


def crc16_ccitt_false(data: bytes) -> int:
    """Polynomial 0x1021, initial 0xFFFF, no reflection, no final XOR."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc


def memo_text(text: str) -> str:
    """Banks carry the memo unaccented and short: letters, digits, spaces and - . only."""
    plain = unaccent(text)
    plain = re.sub(r"[^0-9A-Za-z .\-]", " ", plain)
    return re.sub(r"\s+", " ", plain).strip()[:MEMO_MAX]


def payload(account: BankAccount, amount: int = 0, memo: str = "") -> str:
    """The text of the code; `amount` in đồng (0: the citizen types it), `memo` the transfer's content."""
    account.check()
    if amount < 0:
        raise VietQrError("Số tiền không được âm.")
    bank = tlv("00", account.bin) + tlv("01", account.account)
    merchant = tlv("00", NAPAS_GUID) + tlv("01", bank) + tlv("02", TO_ACCOUNT)
    text = tlv("00", "01") + tlv("01", "12" if amount else "11") + tlv("38", merchant) + tlv("53", "704")
    if amount:
        text += tlv("54", str(int(amount)))
    text += tlv("58", "VN")
    memo = memo_text(memo)
    if memo:
        text += tlv("62", tlv("08", memo))
    text += "6304"
    return text + f"{crc16_ccitt_false(text.encode('ascii')):04X}"


def parse(text: str) -> dict[str, str | dict]:
    """The top-level fields (nested 38 and 62 as dicts); the CRC checked."""
    if len(text) < 8 or text[-8:-4] != "6304":
        raise VietQrError("Không phải mã VietQR (thiếu trường 63).")
    if f"{crc16_ccitt_false(text[:-4].encode('ascii')):04X}" != text[-4:].upper():
        raise VietQrError("Mã VietQR sai CRC.")
    fields = _fields(text[:-8])
    for tag in ("38", "62"):
        if tag in fields:
            fields[tag] = _fields(fields[tag])
            if tag == "38" and "01" in fields[tag]:
                fields[tag]["01"] = _fields(fields[tag]["01"])
    return fields


def _fields(text: str) -> dict:
    found, at = {}, 0
    while at < len(text):
        tag, size = text[at:at + 2], text[at + 2:at + 4]
        if not size.isdigit() or at + 4 + int(size) > len(text):
            raise VietQrError(f"Mã VietQR hỏng ở vị trí {at}.")
        found[tag] = text[at + 4:at + 4 + int(size)]
        at += 4 + int(size)
    return found
