"""Sealed copies of the database: one a day with the newest 14 kept, never a half-written file
under a backup's name, a clear message when the copy fails. (The plain copy they are made from,
consistent while the desk writes: tests/unit/db/test_file_copy.py.)"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desk_app.backups import key as backup_key
from desk_app.backups.copies import DAILY_KEEP, daily_backups, daily_path, make_daily_backup
from desk_app.backups.sealed_file import open_sealed
from desk_app.db.file_copy import SEALED, BackupError, copy_database, stamped_path
from tests.unit.db.test_file_copy import database  # noqa: F401 (the fixture)
from tests.unit.db.test_file_copy import read_marker as read_plain


def read_marker(path) -> list[tuple]:
    if path.suffix == SEALED:  # a sealed copy: opened with its data folder's key (beside "backups")
        opened = path.parent / "opened"
        open_sealed(path, backup_key.load(path.parent.parent).key, opened)
        path = opened / "desk.sqlite3"
    return read_plain(path)


def test_todays_copy_is_made_once_and_holds_the_data(database, tmp_path):
    folder = tmp_path / "backups"
    made = make_daily_backup(tmp_path, folder, datetime(2026, 11, 23, 9, 0))
    assert made == daily_path(folder, date(2026, 11, 23)) and made.name == "desk-daily-2026-11-23.deskbak"
    assert daily_backups(folder) == [made]
    assert read_marker(made) == [('"one"',)]
    assert make_daily_backup(tmp_path, folder, datetime(2026, 11, 23, 17, 0)) is None  # one a day


def test_the_newest_daily_copies_are_kept_and_other_copies_never_removed(database, tmp_path):
    folder = tmp_path / "backups"
    migration_copy = copy_database(database, stamped_path(folder, datetime(2026, 1, 2, 8, 0), "before-migration"))
    first = datetime(2026, 11, 1, 9, 0)
    for n in range(DAILY_KEEP + 3):
        make_daily_backup(tmp_path, folder, first + timedelta(days=n))
    kept = daily_backups(folder)
    assert len(kept) == DAILY_KEEP
    assert kept[0].name == f"desk-daily-{(first + timedelta(days=DAILY_KEEP + 2)).date()}.deskbak"
    assert kept[-1].name == f"desk-daily-{(first + timedelta(days=3)).date()}.deskbak"
    assert migration_copy.exists()


def test_a_copy_cut_short_is_never_taken_for_a_backup(database, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    today = date(2026, 11, 23)
    cut_short = [daily_path(folder, day).with_name(daily_path(folder, day).name + ".partial")
                 for day in (today - timedelta(days=1), today)]
    for partial in cut_short:
        partial.write_bytes(b"SQLite format 3\x00 and then the power went off")
    assert daily_backups(folder) == []
    made = make_daily_backup(tmp_path, folder, datetime.combine(today, datetime.min.time()))
    assert [p.name for p in folder.iterdir()] == [made.name]
    assert read_marker(made) == [('"one"',)]


def test_a_copy_that_cannot_be_written_says_why_and_leaves_nothing_behind(database, tmp_path):
    blocked = tmp_path / "backups"
    blocked.write_text("a file where the backups folder should be")
    before = database.read_bytes()
    with pytest.raises(BackupError) as caught:
        make_daily_backup(tmp_path, blocked, datetime(2026, 11, 23, 9, 0))
    assert str(caught.value).startswith("Chưa sao lưu được vào")
    assert "là một tệp, không phải thư mục" in str(caught.value)
    assert "Dữ liệu đang dùng không bị ảnh hưởng" in str(caught.value)
    assert database.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "desk.sqlite3", "keys"]  # keys: the backup key
