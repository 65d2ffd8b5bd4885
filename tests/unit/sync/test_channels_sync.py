"""The channels in the sync file (format 3): an online dossier's portal code and its officer's
help, a result sent by post, exported then imported at the district, where the statistics and
the report count them as the desk does; a format-2 file (no channel columns) still imports."""

from __future__ import annotations

from datetime import date

from desk_app.core.registration import dossier_input_from_dict
from desk_app.core.stats import DistrictStats
from desk_app.db import sync_parts
from desk_app.sync import format as fmt
from desk_app.sync.district import importer, report

from tests.unit.sync.conftest import do_export, register

# Hand-counted: 2 at the counter, 2 by post (one sent back by post), 3 online (two with the
# portal's code, one of them filed with an officer's help).
EXPECTED = {"in_person": 2, "post": 2, "online": 3, "online_assisted": 1, "online_portal_code": 2,
            "returned_by_post": 1}


def _scenario(desk) -> str:
    officer = desk.officers.resolve(None)["id"]
    register(desk, 2)
    dossiers = desk.dossiers
    for i, extra in enumerate(({"channel": "post"}, {"channel": "post", "post_address": "Số 5, thôn Bắc"},
                               {"channel": "online", "portal_code": "000.00.12.H10-261123-0001", "assisted": True},
                               {"channel": "online", "portal_code": "G22.99-261123-0002", "assisted": False},
                               {"channel": "online"})):
        data = dossier_input_from_dict({"full_name": f"Trần Văn {chr(65 + i)}", "procedure": "1.004194",
                                        "address": "Thôn Đông", **extra})
        code = dossiers.register(data, officer).code
        if extra.get("post_address"):
            posted = code
    for step in ("in_progress", "result_ready"):
        dossiers.move_to(posted, step, officer)
    dossiers.move_to(posted, "returned", officer, details={"by_post": True, "tracking": "EE123456789VN"})
    return posted


def test_the_channels_travel_and_the_district_counts_them_as_the_desk(linked, district, tmp_path, clock):
    posted = _scenario(linked)
    exported = do_export(linked, tmp_path / "usb")
    with open(exported.path, "rb") as handle:  # the prelude's version, after the 8-byte magic
        assert int.from_bytes(handle.read(10)[8:10], "big") == fmt.FORMAT_VERSION == 4
    outcome = importer.import_file(district, exported.path)
    assert outcome.status == importer.IMPORTED, outcome.message
    row = district.db.execute("SELECT portal_code, assisted, post_address, post_tracking, post_sent_at FROM dossiers "
                              "WHERE code = ?", (posted,)).fetchone()
    assert row == ("", None, "Số 5, thôn Bắc", "EE123456789VN", "2026-11-23 09:00:00")
    online = district.db.execute("SELECT portal_code, assisted FROM dossiers WHERE channel = 'online' "
                                 "ORDER BY portal_code").fetchall()
    assert online == [("", 0), ("000.00.12.H10-261123-0001", 1), ("G22.99-261123-0002", 0)]

    day = date(2026, 11, 23)
    desk_report = linked.stats.report(day, day)
    district_report = DistrictStats(district.db, lambda: day).report(day, day)
    assert desk_report.channels == district_report.channels == EXPECTED
    # Biểu 06: "Trực tuyến" 3; "Trực tiếp, dịch vụ bưu chính" the counter's 2 and the post's 2.
    for figures in (desk_report, district_report):
        assert (figures.total.received_online, figures.total.received_direct, figures.total.returned) == (3, 4, 1)

    [unit_day] = [r for r in report.grouped(report.build(district, "2026-11-23"))]
    totals = unit_day[2]
    assert (totals["received"], totals["online"], totals["post"], totals["returned"], totals["sent_by_post"]) == \
        (7, 3, 2, 1, 1)


def test_a_format_2_file_without_the_channel_columns_still_imports(linked, district, tmp_path, monkeypatch):
    _scenario(linked)
    older = tuple(c for c in sync_parts.PART_COLUMNS["dossiers"] if c not in sync_parts.CHANNEL_COLUMNS)
    with monkeypatch.context() as patch:  # the desk of the version before: format 2, no channel columns
        patch.setattr(fmt, "FORMAT_VERSION", 2)
        patch.setitem(sync_parts.PART_COLUMNS, "dossiers", older)
        old_file = do_export(linked, tmp_path / "old")
    with open(old_file.path, "rb") as handle:
        assert int.from_bytes(handle.read(10)[8:10], "big") == 2
    outcome = importer.import_file(district, old_file.path)
    assert outcome.status == importer.IMPORTED, outcome.message
    assert district.db.execute("SELECT COUNT(*) FROM dossiers WHERE portal_code IS NULL AND post_sent_at IS NULL "
                               "AND assisted IS NULL").fetchone()[0] == 7
    day = date(2026, 11, 23)
    channels = DistrictStats(district.db, lambda: day).report(day, day).channels
    # The channel itself was in format 2: online and post still count; what format 2 never said does not.
    assert channels == {**EXPECTED, "online_assisted": 0, "online_portal_code": 0, "returned_by_post": 0}
