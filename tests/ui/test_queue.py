"""The queue: filters, flags, keyset pages, today's counts, search, the Qt model."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from desk_app.core import lifecycle
from desk_app.core.queue import DUE_TODAY, OPEN, OVERDUE, TODAY, QueueFilter, QueueService
from desk_app.ui.models.queue_model import CODE_ROLE, COLUMNS, FLAG_ROLE, QueueModel
from desk_app.ui.pages.queue_view import QueueView
from tests.ui.shell_helpers import register, type_text

FLAG_COLUMN = [key for key, _ in COLUMNS].index("flag")


@pytest.fixture
def filled(desk, clock, commander):
    """Three dossiers: one received today, one due today, one overdue, one returned."""
    oid = commander["id"]
    clock.now = datetime(2026, 11, 10, 8, 0)
    old = register(desk, oid, "Lê Thị Đào", "001190000001", clock.now)  # tạm trú 3 days: due long ago
    clock.now = datetime(2026, 11, 18, 14, 0)
    due = register(desk, oid, "Trần Văn Đức", "001190000002", clock.now)  # 3 working days -> due 23/11 14:00
    clock.now = datetime(2026, 11, 12, 8, 0)
    done = register(desk, oid, "Phạm Minh Anh", "001190000003", clock.now)
    clock.now = datetime(2026, 11, 23, 8, 30)
    service = desk.dossiers
    service.apply(done.code, "result_ready", oid)
    service.apply(done.code, "return", oid, details={"collected_by": "Phạm Minh Anh"})
    today = register(desk, oid, "Nguyễn Thị Hồng", "001190000004", clock.now, phone="0912345678")
    clock.now = datetime(2026, 11, 23, 9, 0)
    return {"old": old.code, "due": due.code, "done": done.code, "today": today.code}


def codes(rows):
    return {r["code"] for r in rows}


def test_filters_select_the_right_dossiers(desk, filled):
    queue = QueueService(desk.store)
    assert desk.dossiers.get(filled["due"])["due_at"].startswith("2026-11-23")
    assert codes(queue.page(QueueFilter(TODAY))) == {filled["today"]}
    assert codes(queue.page(QueueFilter(OPEN))) == {filled["old"], filled["due"], filled["today"]}
    assert codes(queue.page(QueueFilter(DUE_TODAY))) == {filled["due"]}
    assert codes(queue.page(QueueFilter(OVERDUE))) == {filled["old"]}
    assert codes(queue.page(QueueFilter(status=lifecycle.RETURNED))) == {filled["done"]}
    assert codes(queue.page(QueueFilter(OVERDUE, status=lifecycle.RETURNED))) == set()
    assert codes(queue.page(QueueFilter(received_from=date(2026, 11, 11), received_to=date(2026, 11, 18)))) == \
        {filled["due"], filled["done"]}
    assert codes(queue.page(QueueFilter(procedure_code="1.004222"))) == set()


def test_flags_and_today_counts(desk, filled):
    queue = QueueService(desk.store)
    rows = {r["code"]: r for r in queue.page(QueueFilter())}
    assert queue.flag(rows[filled["old"]]) == OVERDUE
    assert queue.flag(rows[filled["due"]]) == DUE_TODAY
    assert queue.flag(rows[filled["done"]]) is None
    counts = queue.today_counts()
    assert (counts.received, counts.returned, counts.due_today, counts.overdue) == (1, 1, 1, 1)


def test_a_tile_counts_up_to_its_cap_and_then_shows_a_plus(qtbot, desk, filled, clock, commander, monkeypatch):
    from desk_app.core import queue as queue_module
    from desk_app.ui.shell import count_tiles

    for i in range(3):
        register(desk, commander["id"], f"Công dân {i}", f"00119000020{i}", datetime(2026, 11, 9, 8, i))
    monkeypatch.setattr(queue_module, "TILE_CAP", 2)
    monkeypatch.setattr(count_tiles, "TILE_CAP", 2)
    counts = QueueService(desk.store).today_counts()
    assert counts.overdue == 3 and counts.received == 1  # 4 overdue, counted only to the cap + 1
    tile = count_tiles.CountTile("quá hạn", "")
    qtbot.addWidget(tile)
    tile.set_count(counts.overdue)
    assert tile.number.text() == "2+"
    tile.set_count(2)
    assert tile.number.text() == "2"


def test_keyset_pages_cover_every_row_once_in_order(desk, clock, commander):
    for i in range(23):
        # Same minute for several rows: the id breaks ties so no row is lost between pages.
        register(desk, commander["id"], f"Công dân {i}", f"0011900001{i:02d}", datetime(2026, 11, 20, 8, i // 4))
    queue = QueueService(desk.store)
    seen, after = [], None
    while True:
        rows = queue.page(QueueFilter(), after, limit=5)
        if not rows:
            break
        seen += rows
        after = queue.next_key(QueueFilter(), rows[-1])
    assert len(seen) == 23 and len(codes(seen)) == 23
    keys = [(r["received_at"], r["id"]) for r in seen]
    assert keys == sorted(keys, reverse=True)


def test_model_fetches_more_and_passes_the_model_tester(qtmodeltester, desk, clock, commander, filled):
    for i in range(12):
        register(desk, commander["id"], f"Hộ {i}", f"0011900002{i:02d}", datetime(2026, 11, 19, 9, i))
    model = QueueModel(QueueService(desk.store), page_size=5)
    model.reload()  # the model starts with the whole list (QueueFilter())
    assert model.rowCount() == 5 and model.canFetchMore()
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 16
    by_code = {model.index(r, 0).data(CODE_ROLE): r for r in range(model.rowCount())}
    overdue_row = by_code[filled["old"]]
    assert model.index(overdue_row, FLAG_COLUMN).data() == "QUÁ HẠN"
    assert model.index(overdue_row, 0).data(FLAG_ROLE) == OVERDUE
    assert model.index(overdue_row, 0).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#fde2e1"
    assert model.index(by_code[filled["due"]], FLAG_COLUMN).data() == "Đến hạn hôm nay"
    assert model.index(by_code[filled["done"]], FLAG_COLUMN).data() == ""
    assert model.index(by_code[filled["done"]], 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_search_answers_as_you_type_in_any_accent_form(qtbot, desk, filled):
    view = QueueView(desk.queue, lambda: desk.dossiers)
    qtbot.addWidget(view)
    view.search.setFocus()
    type_text(view.search, "trần văn đ")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    assert view.model.code_at(0) == filled["due"]
    view.search.setText("nguyen thi hong")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.model.code_at(0) == filled["today"], timeout=2000)
    view.search.setText("0912 345 678")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.model.code_at(0) == filled["today"], timeout=2000)
    view.search.setText(filled["old"].lower())
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.model.code_at(0) == filled["old"], timeout=2000)
    with qtbot.waitSignal(view.open_dossier) as opened:
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert opened.args == [filled["old"]]
    view.search.setText("không có ai")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=2000)
    assert "Không tìm thấy" in view.info.text()


def test_filter_boxes_drive_the_list_and_search_respects_them(qtbot, desk, filled):
    view = QueueView(desk.queue, lambda: desk.dossiers)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 4
    # The date range starts on the desk's today (23/11/2026 in these tests), not the machine's.
    assert (view.date_from.date().toPython(), view.date_to.date().toPython()) == (date(2026, 10, 24), date(2026, 11, 23))
    view.set_view(OVERDUE)
    assert [view.model.code_at(r) for r in range(view.model.rowCount())] == [filled["old"]]
    view.set_view(OPEN)
    view.search.setText("pham minh")
    view.run_search()
    assert view.model.rowCount() == 0  # returned, so not among the open ones
    view.set_view("all")
    assert view.model.rowCount() == 1 and view.model.code_at(0) == filled["done"]


def test_down_from_the_search_box_walks_into_the_list_and_enter_opens(qtbot, desk, filled):
    from tests.ui.forms_helpers import show_and_focus

    view = QueueView(desk.queue, lambda: desk.dossiers)
    qtbot.addWidget(view)
    show_and_focus(qtbot, view, view.search)
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.table.hasFocus() and view.table.currentIndex().row() == 0
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    with qtbot.waitSignal(view.open_dossier) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [view.model.code_at(1)]
