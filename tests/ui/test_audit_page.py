"""The commander's audit page: entries with filters, and the verification off the UI thread."""

from __future__ import annotations

import sqlite3

from desk_app.ui.pages.audit_page import AuditPage
from desk_app.ui.session import Session
from tests.ui.shell_helpers import register


def test_a_commander_filters_and_verifies(qtbot, desk, commander, clock):
    code = register(desk, commander["id"], "Đỗ Thị Lan", "001190000011", clock.now).code
    desk.audit.actor = commander["id"]
    desk.dossiers.get(code)
    page = AuditPage(desk, Session(commander))
    qtbot.addWidget(page)
    page.show()  # filled when opened
    assert page.model.rowCount() > 5
    page.code.setText(code)
    assert page.refresh()
    assert {page.model.rows[i]["dossier_code"] for i in range(page.model.rowCount())} == {code}
    assert "view" in [r["action"] for r in page.model.rows]
    page.start.setText("23/11")
    assert not page.refresh() and "YYYY-MM-DD" in page.message.text()
    page.start.setText("")

    assert page.verify()
    qtbot.waitUntil(lambda: page.verify_button.isEnabled(), timeout=10_000)
    assert "toàn vẹn" in page.result.text()

    conn = sqlite3.connect(desk.data_dir / "desk.sqlite3")
    with conn:
        conn.execute("UPDATE dossiers SET fee = 1 WHERE code = ?", (code,))
    conn.close()
    assert page.verify()
    qtbot.waitUntil(lambda: page.verify_button.isEnabled(), timeout=10_000)
    assert code in page.result.text() and "sửa ngoài chương trình" in page.result.text()


def test_an_officer_sees_nothing(qtbot, desk, commander):
    officer = desk.officers.add("Trần Văn Bình", "officer", "8147", commander["id"])
    page = AuditPage(desk, Session(officer))
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 0 and "Chỉ chỉ huy" in page.message.text()
    assert not page.verify()
