"""Format 4: the attachments' metadata and hashes travel in the end-of-day file (never the text
recognised in them); a format-3 file, without them, still imports."""

from __future__ import annotations

from desk_app.sync.district import importer
from tests.scan_pictures import scan_page
from tests.unit.sync.conftest import do_export, register


def test_the_metadata_and_hashes_travel_not_the_text(linked, district, tmp_path):
    [code] = register(linked, 1)
    officer = linked.officers.resolve(None)["id"]
    page = scan_page(tmp_path / "p.jpg", ["Giấy xác nhận"], size=(620, 877))
    row = linked.attachments.attach(code, [page], officer, document=1)
    linked.attachments.save_text(row["id"], "Giấy xác nhận bí mật", officer)
    exported = do_export(linked, tmp_path / "usb")
    assert exported.counts["attachments"] == 1
    outcome = importer.import_file(district, exported.path)
    assert outcome.status == importer.IMPORTED, outcome.message
    got = district.db.execute("SELECT dossier_id, target, position, file_sha256, size, pages FROM attachments").fetchall()
    assert got == [(row["dossier_id"], "document", 1, row["file_sha256"], row["size"], 1)]
    columns = [r[1] for r in district.db.execute("PRAGMA table_info(attachments)").fetchall()]
    assert "ocr_text" not in columns and "ocr_key" not in columns


def test_the_files_travel_only_where_the_unit_opts_in(linked, district, tmp_path):
    [code] = register(linked, 1)
    officer = linked.officers.resolve(None)["id"]
    row = linked.attachments.attach(code, [scan_page(tmp_path / "p.jpg", ["Một"], size=(620, 877))], officer,
                                    document=1)
    without = do_export(linked, tmp_path / "usb")
    assert "attachment_files" not in without.counts
    settings = linked.settings
    settings.sync_attachment_files = True
    linked.save_settings(settings)
    second = linked.attachments.attach(code, [scan_page(tmp_path / "q.jpg", ["Hai"], size=(620, 877))], officer,
                                       document=2)
    with_files = do_export(linked, tmp_path / "usb")
    assert with_files.counts["attachment_files"] == 1  # the file attached since the last export
    assert with_files.bytes > second["size"] > without.bytes // 4
    for exported in (without, with_files):
        outcome = importer.import_file(district, exported.path)
        assert outcome.status == importer.IMPORTED, outcome.message
    kept = district.folder / "attachments"
    assert not (kept / f"{row['file_sha256']}.pdf").exists()
    assert (kept / f"{second['file_sha256']}.pdf").read_bytes() == linked.attachments.path(second).read_bytes()
    assert district.db.execute("SELECT COUNT(*) FROM attachments").fetchone()[0] == 2


def test_the_district_follows_the_removal(linked, district, tmp_path, clock):
    """The record marked deleted, the history's reason, and the file the unit sent gone too."""
    officer = linked.officers.resolve(None)
    settings = linked.settings
    settings.sync_attachment_files = True
    linked.save_settings(settings)
    [code, other] = register(linked, 2)
    row = linked.attachments.attach(code, [scan_page(tmp_path / "p.jpg", ["Giấy của người khác"], size=(620, 877))],
                                    officer["id"], document=1)
    kept = linked.attachments.attach(other, [scan_page(tmp_path / "k.jpg", ["Giữ lại"], size=(620, 877))],
                                     officer["id"], document=1)
    first = do_export(linked, tmp_path / "usb1")
    assert importer.import_file(district, first.path).status == importer.IMPORTED
    files = district.folder / "attachments"
    assert {p.stem for p in files.glob("*.pdf")} == {row["file_sha256"], kept["file_sha256"]}
    linked.attachments.remove(code, row["id"], "Quét nhầm giấy tờ của hồ sơ khác", officer["id"])
    second = do_export(linked, tmp_path / "usb2")
    assert importer.import_file(district, second.path).status == importer.IMPORTED
    assert district.db.execute("SELECT deleted FROM attachments ORDER BY deleted").fetchall() == [(0,), (1,)]
    assert {p.stem for p in files.glob("*.pdf")} == {kept["file_sha256"]}
    reasons = district.db.execute("SELECT reason FROM dossier_events WHERE action = 'attachment_removed'").fetchall()
    assert reasons == [("Quét nhầm giấy tờ của hồ sơ khác",)]
