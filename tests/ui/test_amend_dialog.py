"""“Sửa hồ sơ” from the detail pane: the dialog, the reason it needs, the history after."""

from __future__ import annotations

from tests.ui.test_detail import code, detail, ok  # noqa: F401


def test_amend_from_the_detail_shows_before_and_after(detail, code, desk):
    detail.load(code)
    assert detail.amend_button.isEnabled()
    dialog = detail.open_amend()
    dialog.edits["full_name"].setText("Đỗ Thị Lành")
    ok(dialog)
    assert "lý do" in dialog.error.text() and dialog.isVisible()
    dialog.reason.setText("Gõ sai tên")
    ok(dialog)
    assert not dialog.isVisible()
    assert desk.dossiers.get(code)["full_name"] == "Đỗ Thị Lành"
    assert "Đỗ Thị Lan → Đỗ Thị Lành" in detail.timeline.toPlainText()
    assert "Đỗ Thị Lành" in detail.citizen.text()


def test_an_empty_pane_cannot_amend(detail):
    detail.clear()
    assert not detail.amend_button.isEnabled()
