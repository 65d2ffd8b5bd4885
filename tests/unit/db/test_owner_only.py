"""Citizens' data readable by its owner only (POSIX): the data folder, the database with its
-wal and -shm, backups and exports were created -rw-r--r-- for every account on the PC."""

from __future__ import annotations

import os
import stat

import pytest

from desk_app import paths
from desk_app.app import Desk
from desk_app.db.file_copy import copy_database, stamped_path

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Windows: the user's own folder ACL applies")


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_data_folder_database_backups_and_exports_are_the_owners_only(tmp_path, clock):
    from tests.unit.sync.conftest import do_export, link, make_desk, register
    from desk_app.sync.district import store as district_store

    old_umask = os.umask(0o022)  # what made them -rw-r--r--
    try:
        desk = make_desk(tmp_path / "data", clock, "CAXTT", "Công an xã Tân Tiến")
        district, _ = district_store.init(tmp_path / "district", clock=clock)
        link(desk, district)
        register(desk, 2)
        db = paths.db_path(desk.data_dir)
        assert mode(desk.data_dir) == 0o700
        assert [mode(db.with_name(db.name + s)) for s in ("", "-wal", "-shm")] == [0o600] * 3  # open: WAL in use
        backup = copy_database(db, stamped_path(paths.backups_dir(desk.data_dir), clock(), "test"))
        assert (mode(backup.parent), mode(backup)) == (0o700, 0o600)
        result = do_export(desk, desk.data_dir / "exports")
        assert (mode(result.path.parent), mode(result.path)) == (0o700, 0o600)
        desk.close()
        district.close()
    finally:
        os.umask(old_umask)


def test_a_database_made_readable_by_an_older_version_is_narrowed_at_opening(tmp_path):
    Desk.open(tmp_path / "data").close()
    db = tmp_path / "data" / "desk.sqlite3"
    db.chmod(0o644)
    Desk.open(tmp_path / "data").close()
    assert mode(db) == 0o600


def test_a_folder_chosen_by_the_user_keeps_its_mode(tmp_path):
    chosen = tmp_path / "shared"
    chosen.mkdir(mode=0o755)
    chosen.chmod(0o755)
    assert paths.data_dir(chosen) == chosen and mode(chosen) == 0o755
