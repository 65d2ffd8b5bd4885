"""An attachment made by mistake taken back: with a reason, by its attacher on the day or a
commander; the history says so, the file goes, the audit holds, the district follows (tests/unit/sync/test_attachments_sync.py)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desk_app.core.attachments import AttachmentError
from desk_app.core.lifecycle import event_labels
from tests.scan_pictures import scan_page
from tests.unit.sync.conftest import register


@pytest.fixture
def lan(desk, commander):
    return desk.officers.add("Trần Thị Lan", "officer", "3917", commander["id"])


@pytest.fixture
def mai(desk, commander):
    return desk.officers.add("Vũ Thị Mai", "officer", "5802", commander["id"])


def _attached(desk, officer, tmp_path, name="nham.jpg"):
    [code] = register(desk, 1)
    row = desk.attachments.attach(code, [scan_page(tmp_path / name, ["Giấy của người khác"], size=(620, 877))],
                                  officer["id"], document=1)
    return code, row


def test_the_attacher_takes_it_back_with_a_reason_and_the_file_goes(desk, lan, tmp_path):
    code, row = _attached(desk, lan, tmp_path)
    desk.attachments.save_text(row["id"], "Giấy của người khác", None)  # the window's OCR, since
    stored = desk.attachments.path(row)
    assert stored.exists()
    with pytest.raises(AttachmentError, match="lý do"):
        desk.attachments.remove(code, row["id"][:8], "nhầm", lan["id"])
    removed = desk.attachments.remove(code, row["id"][:8], "Quét nhầm giấy tờ của hồ sơ khác", lan["id"])
    assert removed["position"] == 1 and removed["dossier_code"] == code
    assert desk.attachments.of(code, look=False) == [] and not stored.exists()
    [event] = [e for e in desk.dossiers.get(code)["events"] if e["action"] == "attachment_removed"]
    assert event["reason"] == "Quét nhầm giấy tờ của hồ sơ khác" and event_labels(event) == ("Gỡ tệp đính kèm", None)
    assert row["file_sha256"] in event["details"]
    assert desk.verify_audit().ok  # the deletion is chained; no file is missing for a record
    figures = desk.stats.report(date(2026, 1, 1), date(2026, 12, 31)).as_dict()
    assert figures["digitised_documents"] == 0


def test_another_officer_or_another_day_needs_a_commander(desk, commander, lan, mai, clock, tmp_path):
    code, row = _attached(desk, lan, tmp_path)
    with pytest.raises(AttachmentError, match="Chỉ cán bộ đã đính kèm"):
        desk.attachments.remove(code, row["id"], "Quét nhầm giấy tờ", mai["id"])
    clock.now += timedelta(days=1)
    with pytest.raises(AttachmentError, match="trong ngày đính kèm"):
        desk.attachments.remove(code, row["id"], "Quét nhầm giấy tờ", lan["id"])
    with pytest.raises(AttachmentError, match="không có tệp đính kèm mã"):
        desk.attachments.remove(code, "ffffffff", "Quét nhầm giấy tờ", commander["id"])
    desk.attachments.remove(code, row["id"], "Quét nhầm giấy tờ", commander["id"])
    assert desk.attachments.of(code, look=False) == []


def test_a_file_another_attachment_holds_is_kept(desk, lan, tmp_path):
    code, row = _attached(desk, lan, tmp_path)
    again = desk.attachments.attach(code, [tmp_path / "nham.jpg"], lan["id"], result=False, document=2) \
        if len(desk.dossiers.get(code)["documents"]) > 1 else None
    if again is None:
        pytest.skip("the procedure lists one document")
    desk.attachments.remove(code, row["id"], "Gắn nhầm vào giấy tờ 1", lan["id"])
    assert desk.attachments.path(again).exists()  # the same scan, still attached to document 2
    assert desk.verify_audit().ok
