"""The window on a full disk (a real one: a small tmpfs, needs root): it opens read-only, the
officer searches and opens a dossier, the status bar says nothing can be saved, and a save is
refused with that message."""

from __future__ import annotations

import sys

import pytest

from desk_app.app import Desk
from desk_app.db.store import DiskFull
from desk_app.ui.shell.main_window import DOSSIERS
from tests.conftest import COMMANDER_PIN
from tests.e2e.test_full_disk import fill, small_disk  # noqa: F401 (the fixture)
from tests.ui.shell_helpers import open_window, register

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="a tmpfs is mounted: Linux only")


def test_the_window_reads_on_a_full_disk_and_says_it_cannot_save(qtbot, small_disk, clock):  # noqa: F811
    folder = small_disk / "data"
    with Desk.open(folder, clock=clock) as desk:
        desk.first_run({"code": "CAXTT", "name": "Công an xã Tân Tiến"}, "Nguyễn Văn Hùng", COMMANDER_PIN)
        code = register(desk, desk.officers.resolve(None)["id"], "Đỗ Thị Lan", "001190000011", clock.now).code
    fill(small_disk)

    desk = Desk.open(folder, clock=clock)
    try:
        assert desk.store.read_only
        commander = desk.officers.resolve(None)
        window = open_window(qtbot, desk, commander)
        assert window.full_disk_warning.isVisible() and "Ổ đĩa đã đầy" in window.full_disk_warning.text()
        window.go(DOSSIERS)
        window.queue_view.search.setText("do thi lan")
        qtbot.waitUntil(lambda: window.queue_view.model.rowCount() == 1, timeout=10000)
        assert desk.dossiers.get(code)["code"] == code
        with pytest.raises(DiskFull, match="Ổ đĩa đã đầy: chỉ xem, tìm và in được"):
            desk.dossiers.apply(code, "start", commander["id"])
        window.stop_work()
        window.close()
    finally:
        desk.close()
