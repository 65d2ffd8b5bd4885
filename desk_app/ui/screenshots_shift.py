"""Screenshots of the citizen screen (idle, asking, thanked) and the handover page, offscreen,
on the same demo desk as desk_app.ui.screenshots.

    python -m desk_app.ui.screenshots_shift [OUT_DIR]     (default: docs/screenshots)
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desk_app.paths import PROJECT_ROOT  # noqa: E402
from desk_app.ui.screenshots import NOW, demo_desk, save, settle, wait_for_runner  # noqa: E402

CITIZEN_SIZE = (1280, 720)  # a 16:9 monitor, scaled down for the docs
SURVEY_URL = "https://dichvucong.bacninh.gov.vn/khao-sat?dv=CAXTT"


def take_all(out: Path) -> list[Path]:
    from desk_app.ui.qt_app import delete_now, make_app
    from desk_app.ui.session import Session
    from desk_app.ui.shell.main_window import MainWindow

    make_app([])
    out.mkdir(parents=True, exist_ok=True)
    shots = []
    with tempfile.TemporaryDirectory() as tmp:
        desk, commander, late = demo_desk(Path(tmp) / "demo")
        desk.save_unit({**desk.unit, "survey_url": SURVEY_URL}, commander["id"])
        window = MainWindow(desk, Session(commander))
        window.idle.set_minutes(0)
        link = window.citizen_link
        link.refresh()
        page = link.screen
        # The page as on a monitor of its own (on this run's one screen it would be the small panel).
        link.citizen.place("off")
        link.citizen.resize(*CITIZEN_SIZE)
        page.show()
        page.resize(*CITIZEN_SIZE)
        for _ in range(12):
            link.call_next()
        shots.append(save(page, out, "20-citizen-idle"))
        page.ask()
        shots.append(save(page, out, "21-citizen-asking"))
        page.choose_level("very_satisfied")
        shots.append(save(page, out, "22-citizen-thanks"))
        page.show_saved(late, "10 giờ 15 phút, ngày 26 tháng 11 năm 2026")
        shots.append(save(page, out, "23-citizen-saved"))

        officer = desk.officers.resolve("Trần Thị Thu Hà")
        desk.store.clock = lambda: NOW + timedelta(hours=6, minutes=45)  # 17:00, the end of the shift
        window.counts.refresh()
        window.go("handover")
        handover = window.ensure_page("handover")
        settle(window)  # shown: the page counts, on the background runner
        wait_for_runner(handover.counter)
        handover.note.setPlainText("Gọi điện cho công dân có kết quả chờ trả; hồ sơ quá hạn đã báo chỉ huy.")
        handover.to_officer.setCurrentIndex(handover.to_officer.findData(officer["id"]))
        shots.append(save(window, out, "24-handover"))
        window.close()
        delete_now(window)
        desk.close()
    return shots


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    take_all(Path(argv[0]) if argv else PROJECT_ROOT / "docs" / "screenshots")
    return 0


if __name__ == "__main__":
    sys.exit(main())
