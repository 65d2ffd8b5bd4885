"""Key strings, key files, and the district report (text, CSV, PDF read back)."""

from __future__ import annotations

import csv
import os
import stat
from datetime import datetime

import pytest
from pypdf import PdfReader

from desk_app.sync import keys
from desk_app.sync.district import importer, report
from desk_app.sync.district.report_pdf import write_pdf

from tests.unit.sync.conftest import do_export, register


def test_public_key_round_trip_and_typos_caught():
    pair = keys.KeyPair.generate()
    text = pair.public.text()
    assert text.startswith("desk1:") and "\n" not in text
    assert keys.parse_public(text).fingerprint() == pair.public.fingerprint()
    assert keys.parse_public(text[:40] + "\n " + text[40:]).raw == pair.public.raw  # pasted with a break
    typo = text[:20] + ("A" if text[20] != "A" else "B") + text[21:]
    with pytest.raises(keys.KeyFormatError, match="sai một vài ký tự"):
        keys.parse_public(typo)
    with pytest.raises(keys.KeyFormatError, match="độ dài"):
        keys.parse_public(text[:-4])
    with pytest.raises(keys.KeyFormatError, match="bắt đầu bằng"):
        keys.parse_public("ssh-ed25519 AAAA")


def test_a_public_key_without_its_prefix_is_accepted_and_still_checked():
    pair = keys.KeyPair.generate()
    body = pair.public.text().removeprefix("desk1:")
    assert keys.parse_public(body).fingerprint() == pair.public.fingerprint()
    assert keys.parse_public(" " + body[:30] + "\n" + body[30:]).raw == pair.public.raw
    typo = body[:20] + ("A" if body[20] != "A" else "B") + body[21:]
    with pytest.raises(keys.KeyFormatError, match="sai một vài ký tự"):
        keys.parse_public(typo)
    with pytest.raises(keys.KeyFormatError, match="bắt đầu bằng"):
        keys.parse_public(body[:-3])  # too short to be a key at all
    with pytest.raises(keys.KeyFormatError, match="bắt đầu bằng"):
        keys.parse_secret(pair.secret_text().removeprefix("desk1-secret:"))  # a secret key keeps its prefix


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX; on Windows the data folder's ACL keeps the key")
def test_unit_key_file_is_private_and_stable(tmp_path):
    first = keys.unit_keys(tmp_path)
    path = tmp_path / keys.UNIT_KEY_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    if os.name == "posix":
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert keys.unit_keys(tmp_path).public.text() == first.public.text()
    assert first.secret_text() not in first.public.text()


def _scenario(linked, district, tmp_path, clock):
    """Monday 23/11 09:00: three dossiers of 1.010041 (half a day). One ready the same day
    (on time: due day), one still open (overdue by evening), one refused (not counted)."""
    officer = linked.officers.resolve(None)["id"]
    codes = register(linked, 3, procedure="1.010041")
    service = linked.dossiers
    clock.now = datetime(2026, 11, 23, 10, 0)
    service.apply(codes[0], "result_ready", officer)
    service.apply(codes[0], "return", officer)
    service.apply(codes[2], "refuse", officer, reason="Không thuộc thẩm quyền")
    importer.import_file(district, do_export(linked, tmp_path / "out").path)


def test_report_counts_by_unit_day_and_procedure(linked, district, tmp_path, clock):
    _scenario(linked, district, tmp_path, clock)
    rows = report.build(district, "2026-11-23")
    assert len(rows) == 1
    r = rows[0]
    assert (r.unit, r.procedure_code) == ("CAXTT", "1.010041")
    due = linked.store.scalar("SELECT original_due_at FROM dossiers LIMIT 1")[:10]
    expected_bucket = "on_time" if due == "2026-11-23" else "early"
    assert (r.received, r.returned, getattr(r, expected_bucket)) == (3, 1, 1)
    assert r.late == 0 and r.overdue == (1 if due == "2026-11-23" else 0)
    text = report.as_text(rows, "BÁO CÁO")
    assert "Ngày 23/11/2026 — CAXTT Công an xã Tân Tiến" in text and "Xác nhận thông tin về cư trú" in text
    assert report.build(district, "2026-11-22") == []


def test_report_csv_and_pdf(linked, district, tmp_path, clock):
    _scenario(linked, district, tmp_path, clock)
    rows = report.build(district)
    path = tmp_path / "r.csv"
    report.write_csv(rows, path)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        read = list(csv.DictReader(handle))
    assert read[0]["unit_name"] == "Công an xã Tân Tiến" and int(read[0]["received"]) == 3
    pdf = tmp_path / "r.pdf"
    write_pdf(rows, pdf, "BÁO CÁO TIẾP NHẬN – CÔNG AN TỈNH BẮC NINH", "Ngày 2026-11-23")
    text = PdfReader(str(pdf)).pages[0].extract_text()
    assert "Công an xã Tân Tiến" in text and "Tiếp nhận" in text and "Xác nhận thông tin về cư trú" in text
    fonts = PdfReader(str(pdf)).pages[0]["/Resources"]["/Font"]
    names = {str(f.get_object()["/BaseFont"]) for f in fonts.values()}
    assert any("BeVietnamPro" in n for n in names), names
