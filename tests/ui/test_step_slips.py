"""Each step that gives the citizen a paper prints it as it is saved (the preview printer
records the job and writes the picture its ESC/POS bytes make); a step that moves the
appointment says the new time and prints the new slip; a message about one dossier never
stays under another."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QDialogButtonBox

from desk_app.printing.printers import PREVIEW_NAME
from desk_app.ui.pages.detail import DetailView
from desk_app.ui.session import Session
from tests.ui.shell_helpers import register

STEPS = {"supplement": "supplement", "extend": "extension", "refuse": "refusal", "stop": "stopped"}


@pytest.fixture
def detail(qtbot, desk, commander):
    view = DetailView(desk, Session(commander))
    qtbot.addWidget(view)
    view.show()
    return view


def new_dossier(desk, commander, when: datetime, name="Đỗ Thị Lan", id_number="001190000011") -> str:
    return register(desk, commander["id"], name, id_number, when).code


def run_step(detail, name: str) -> None:
    dialog = detail.open_action(name)
    if dialog.reason is not None:
        dialog.reason.setPlainText("Cần xác minh thêm với nơi cư trú cũ")
    if dialog.new_due is not None:
        dialog.new_due.setDateTime(datetime(2026, 12, 4, 10, 30))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible(), dialog.error.text()


def jobs(desk, code):
    return desk.store.all("SELECT * FROM print_jobs WHERE subject = ? ORDER BY created_at", (code,))


@pytest.mark.parametrize("step", list(STEPS))
def test_each_step_prints_its_slip_as_it_is_saved(qtbot, desk, commander, clock, detail, step):
    code = new_dossier(desk, commander, clock.now)
    detail.load(code)
    with qtbot.waitSignal(detail.print_actions.printed, timeout=30000) as signal:
        run_step(detail, step)
    assert signal.args == [code, ""]
    [job] = jobs(desk, code)
    assert (job["kind"], job["status"], job["printer_name"]) == (STEPS[step], "printed", PREVIEW_NAME)
    with Image.open(Path(job["output"])) as picture:  # decoded from the bytes a printer would get
        assert picture.width == 576 and picture.height > 400
    assert code in detail.print_actions.status.text()


def test_a_step_slip_turned_off_in_settings_is_not_printed(qtbot, desk, commander, clock, detail):
    settings = desk.settings
    settings.auto_print_refusal = False
    desk.save_settings(settings, commander["id"])
    code = new_dossier(desk, commander, clock.now)
    detail.load(code)
    run_step(detail, "refuse")
    qtbot.wait(300)
    assert jobs(desk, code) == [] and detail.print_actions.status.text() == ""
    other = new_dossier(desk, commander, clock.now, "Lê Văn Tám", "001090000022")
    detail.load(other)
    with qtbot.waitSignal(detail.print_actions.printed, timeout=30000):
        run_step(detail, "stop")  # the other kinds still print
    assert [job["kind"] for job in jobs(desk, other)] == ["stopped"]


def test_the_settings_page_turns_each_step_slip_off(qtbot, desk, commander):
    from desk_app.ui.pages.settings.settings_general import GeneralPage

    page = GeneralPage(desk, Session(commander))
    qtbot.addWidget(page)
    assert all(box.isChecked() for box in page.step_prints.values())
    page.step_prints["extension"].setChecked(False)
    assert page.save()
    assert not desk.settings.prints_slip("extension") and desk.settings.prints_slip("supplement")
    assert not desk.settings.auto_print_extension


def test_a_resume_that_moves_the_appointment_says_so_and_prints_the_new_receipt(qtbot, desk, commander, clock,
                                                                               detail):
    clock.now = datetime(2026, 12, 2, 17, 0)  # Wednesday at the close: due Monday 07/12 17:00
    code = new_dossier(desk, commander, clock.now)
    detail.load(code)
    clock.now = datetime(2026, 12, 4, 16, 30)  # Friday: half an hour of work left
    with qtbot.waitSignal(detail.print_actions.printed, timeout=30000):
        run_step(detail, "supplement")
    assert not detail.step_note.isVisible()  # asking does not move the appointment
    clock.now = datetime(2026, 12, 7, 7, 0)  # Monday before opening: 30 working minutes paused
    with qtbot.waitSignal(detail.print_actions.printed, timeout=30000):
        run_step(detail, "resume")
    assert detail.step_note.isVisible()
    assert "08:00 08/12/2026" in detail.step_note.text() and "17:00 07/12/2026" in detail.step_note.text()
    receipt = jobs(desk, code)[-1]
    assert (receipt["kind"], receipt["status"]) == ("receipt", "printed")
    slip = desk.printing.layout_for("receipt", code).plain_text()
    assert "Hẹn trả trước khi bổ sung" in slip and "08 giờ 00 phút, ngày 08 tháng 12 năm 2026" in slip


def test_a_pause_on_a_sunday_moves_nothing_and_prints_no_new_receipt(qtbot, desk, commander, clock, detail):
    clock.now = datetime(2026, 12, 2, 17, 0)
    code = new_dossier(desk, commander, clock.now)
    detail.load(code)
    clock.now = datetime(2026, 12, 6, 4, 36)  # Sunday night
    with qtbot.waitSignal(detail.print_actions.printed, timeout=30000):
        run_step(detail, "supplement")
    run_step(detail, "resume")
    qtbot.wait(300)
    assert desk.dossiers.get(code)["due_at"] == "2026-12-07 17:00:00"
    assert "17:00 07/12/2026" in detail.state.text() and not detail.step_note.isVisible()
    assert [job["kind"] for job in jobs(desk, code)] == ["supplement"]


def test_a_message_about_one_dossier_goes_when_another_is_selected(qtbot, desk, commander, clock, detail):
    first = new_dossier(desk, commander, clock.now)
    second = new_dossier(desk, commander, clock.now, "Lê Văn Tám", "001090000022")
    detail.show_code(first)
    with qtbot.waitSignal(detail.print_actions.printed, timeout=30000):
        detail.print_actions.print_slip()
    assert first in detail.print_actions.status.text()
    detail.show_code(second)
    assert detail.print_actions.status.text() == ""
    # A print of the first that ends while the second is shown does not speak under the second.
    detail.show_code(first)
    detail.print_actions.print_slip()
    detail.show_code(second)
    with qtbot.waitSignal(detail.print_actions.printed, timeout=30000):
        pass
    assert detail.print_actions.status.text() == ""
    # The note of a moved appointment goes the same way.
    detail._note("Hẹn trả mới: …")
    detail.show_code(first)
    assert not detail.step_note.isVisible()


def test_an_amended_appointment_is_said_and_its_receipt_printed_again(qtbot, desk, commander, clock, detail):
    code = new_dossier(desk, commander, clock.now)
    detail.load(code)
    dialog = detail.open_amend()
    with qtbot.waitSignal(detail.print_actions.printed, timeout=30000):
        dialog.submit({}, None, datetime(2026, 11, 30, 9, 0), "Hẹn sai ngày khi tiếp nhận")
    assert "09:00 30/11/2026" in detail.step_note.text() and "09:00 27/11/2026" in detail.step_note.text()
    assert [job["kind"] for job in jobs(desk, code)] == ["receipt"]
    assert "Thay thế phiếu đã in" in desk.printing.layout_for("receipt", code).plain_text()


def test_in_the_window_selecting_another_dossier_takes_the_message_away(qtbot, desk, commander, clock):
    from tests.ui.shell_helpers import open_window

    first = new_dossier(desk, commander, clock.now)
    second = new_dossier(desk, commander, clock.now, "Lê Văn Tám", "001090000022")
    window = open_window(qtbot, desk, commander)
    window.show_queue("today")  # F3's list of today's dossiers
    assert window.queue_view.select_code(first)
    actions = window.detail.print_actions
    with qtbot.waitSignal(actions.printed, timeout=30000):
        actions.print_slip()
    assert first in actions.status.text()
    assert window.queue_view.select_code(second)
    assert window.detail.dossier["code"] == second and actions.status.text() == ""
