"""PDUs built by the program, read back by the fake modem's own decoder (written apart)."""

from __future__ import annotations

import pytest

from desk_app.core.sms_text import prepare, split
from desk_app.notify.pdu import address, pack7, parse_status_report, septets_of, submit_pdus

from .fake_modem import decode_submit, status_report

ACCENTED = ("Công an xã Tân Tiến: hồ sơ CAXTT-261123-0001 đã có kết quả. Mời nhận tại Thôn Đông, xã Tân Tiến "
            "(07:30-11:30, 13:30-17:00), mang phiếu hẹn, căn cước.")


def test_known_vectors():
    assert pack7(septets_of("hellohello")).hex().upper() == "E8329BFD4697D9EC37"  # the textbook example
    assert address("0901234567") == "0B914809214365F7"
    assert address("+84901234567") == "0B914809214365F7"
    one = submit_pdus("0901234567", prepare("hellohello"), report=False)[0]
    assert one.hex == "0011000B914809214365F70000AA0AE8329BFD4697D9EC37" and one.tpdu_length == 23


@pytest.mark.parametrize("keep_accents, encoding, parts", [(False, "gsm7", 1), (True, "ucs2", 3)])
def test_template_text_round_trips(keep_accents, encoding, parts):
    sms = prepare(ACCENTED, keep_accents)
    assert (sms.encoding, sms.parts) == (encoding, parts)
    pdus = submit_pdus("0901234567", sms, concat_ref=42)
    decoded = [decode_submit(p.hex) for p in pdus]
    assert "".join(d["text"] for d in decoded) == sms.text
    assert all(d["number"] == "+84901234567" and d["report"] for d in decoded)
    assert all(d["dcs"] == (8 if encoding == "ucs2" else 0) for d in decoded)
    if parts > 1:
        assert [d["udh"] for d in decoded] == [[42, parts, n] for n in range(1, parts + 1)]
    assert all(p.tpdu_length <= 14 + 140 for p in pdus)  # the header octets, then user data within 140


def test_long_gsm7_with_extension_characters_in_153_septet_parts():
    text = "[" + "a" * 160 + "]{€}"
    sms = prepare(text, keep_accents=True)
    assert sms.encoding == "gsm7" and sms.units == 170 and sms.parts == 2
    pieces = split(sms)
    assert "".join(pieces) == text and sum(2 if c in "[]{}€" else 1 for c in pieces[0]) <= 153
    decoded = [decode_submit(p.hex) for p in submit_pdus("0912345678", sms, 7)]
    assert "".join(d["text"] for d in decoded) == text


def test_status_report_read():
    length, pdu = status_report(77, "+84901234567")
    found = parse_status_report(pdu)
    assert (found.reference, found.delivered, found.final) == (77, True, True)
    assert length == len(pdu) // 2 - 1
