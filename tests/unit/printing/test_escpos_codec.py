"""The encoder and our decoder agree byte for byte and pixel for pixel; white is fed, not sent."""

from __future__ import annotations

import random

import pytest
from escpos.printer import Dummy
from PIL import Image, ImageChops

from desk_app.printing import escpos_decode, escpos_encode
from desk_app.printing.slip_layout import Layout


def noisy_picture(width: int, seed: int) -> Image.Image:
    rng = random.Random(seed)
    picture = Image.new("1", (width, 700), 1)
    for y in list(range(10, 200)) + list(range(400, 460)):  # ink, a long white gap, ink, white tail
        for x in range(0, rng.randrange(8, width), 3):
            if rng.random() < 0.4:
                picture.putpixel((x, y), 0)
    return picture


@pytest.mark.parametrize("width", [384, 576, 100])
def test_round_trip_pixel_equal(width):
    picture = noisy_picture(width, width)
    decoded = escpos_decode.decode(escpos_encode.encode_raster(picture), width)
    top = decoded.image.crop((0, 0, width, picture.height))
    assert ImageChops.difference(top.convert("L"), picture.convert("L")).getbbox() is None


def test_white_runs_are_feeds_and_bands_are_trimmed():
    picture = noisy_picture(576, 1)
    data = escpos_encode.encode_raster(picture)
    decoded = escpos_decode.decode(data, 576)
    feeds = [c for c in decoded.commands if c.startswith("ESC J")]
    assert sum(int(c.split()[-1]) for c in feeds) >= 200 + 240  # the gap and the tail
    plain = Dummy()
    plain.image(picture)
    assert len(data) < len(plain.output) * 0.5
    assert data.startswith(b"\x1b@") and data.endswith(b"\x1dVB\x18")


def test_bands_follow_the_ink_width_and_stay_short():
    """A tall narrow block under a short wide one: the wide rows do not widen the tall band,
    and no band is taller than a printer's buffer allows."""
    picture = Image.new("1", (576, 700), 1)
    picture.paste(0, (0, 0, 560, 20))  # 70 bytes wide, 20 rows
    picture.paste(0, (0, 20, 40, 700))  # 5 bytes wide, 680 rows
    data = escpos_encode.encode_raster(picture)
    decoded = escpos_decode.decode(data, 576)
    bands = [tuple(map(int, c.split()[-1].split("x"))) for c in decoded.commands if c.startswith("GS v 0")]
    assert bands[0] == (70, 20)
    assert all(width == 5 and height <= escpos_encode.MAX_BAND_ROWS for width, height in bands[1:])
    assert sum(height for _, height in bands) == 700
    assert len(data) < 70 * 20 + 5 * 680 + 100
    top = decoded.image.crop((0, 0, 576, 700))
    assert ImageChops.difference(top.convert("L"), picture.convert("L")).getbbox() is None


def test_decoder_refuses_what_we_never_send():
    with pytest.raises(escpos_decode.DecodeError):
        escpos_decode.decode(b"\x1b@\x1b*\x00\x01\x00\xff", 576)
    with pytest.raises(escpos_decode.DecodeError):
        escpos_decode.decode(b"\x1b@\x1dv0\x00\x02\x00\x05\x00\xff", 576)  # truncated raster


def test_text_mode_keeps_vietnamese():
    layout = Layout().center("PHIẾU TIẾP NHẬN", "large", bold=True).pair("Ông/Bà", "Nguyễn Thị Hường")
    layout.item("1.", "Giấy tờ chứng minh chỗ ở hợp pháp").qr(("CAXTT-261123-0001", "Mã hồ sơ"))
    data = escpos_encode.encode_text(layout, 576)
    assert b"\x1bt" + bytes((escpos_encode.DEFAULT_TEXT_CODEPAGE,)) in data
    decoded = escpos_decode.decode(data, 576)
    assert "PHIẾU TIẾP NHẬN" in decoded.text
    assert "Ông/Bà: Nguyễn Thị Hường" in decoded.text
    import zxingcpp

    assert [r.text for r in zxingcpp.read_barcodes(decoded.image)] == ["CAXTT-261123-0001"]


def test_cp1258_splits_tones_only():
    # "ễ" = ê (0xEA) + combining tilde (0xDE); "Đ" is a letter of its own (0xD0)
    assert escpos_encode.to_cp1258("ễĐ") == b"\xea\xde\xd0"
