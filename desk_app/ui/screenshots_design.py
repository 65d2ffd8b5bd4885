"""Every page and dialog of the desk window at the counters' two screens, in both languages, for
docs/design.md: the design's before and after side by side.

    python -m desk_app.ui.screenshots_design OUT_DIR [--scale 1.25]

Files are named <page>-<width>x<height>-<language>.png (dialogs: <dialog>-<language>.png, sized
to their content); saved with a 256-colour palette to keep the docs small.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desk_app.ui.screenshots import CARD_QR, UNIT, demo_desk, settle  # noqa: E402

SIZES = ((1024, 768), (1366, 768))


def save(widget, out: Path, name: str) -> Path:
    from PIL import Image

    settle(widget)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(256)
    small.save(path, optimize=True)
    print(path)
    return path


def window_shots(desk, commander, late, out: Path, language: str, size: tuple[int, int]) -> None:
    from desk_app.ui.qt_app import delete_now
    from desk_app.ui.session import Session
    from desk_app.ui.shell.main_window import MainWindow
    from desk_app.ui.shell.pages import PAGES
    from desk_app.ui.screenshots import wait_for_charts, wait_for_runner

    window = MainWindow(desk, Session(commander))
    window.idle.set_minutes(0)
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1"))
    window.resize(round(size[0] / scale), round(size[1] / scale))  # the screen's pixels, scaled
    settle(window)
    tag = f"{size[0]}x{size[1]}-{language}"
    for page in PAGES:
        window.go(page.key)
        if page.key == "receive":
            window.route_scan(CARD_QR)
        if page.key == "dossiers":
            window.show_queue("open")
        if page.key == "stats":
            wait_for_charts(window.stats_page)
        if page.key == "handover":
            wait_for_runner(window.ensure_page("handover").counter)
        save(window, out, f"{page.key}-{tag}")
    window.open_dossier(late)
    save(window, out, f"dossier-detail-{tag}")
    window.show_queue("all")
    window.queue_view.search.setText("khong-co-ai-ten-nay")
    window.queue_view.run_search()
    save(window, out, f"dossiers-empty-{tag}")
    window.lock()
    save(window, out, f"locked-{tag}")
    window.stop_work()
    window.close()
    delete_now(window)


def dialog_shots(desk, commander, late, out: Path, language: str) -> None:
    from desk_app.ui.dialogs.first_run import FirstRunWizard
    from desk_app.ui.dialogs.login import LoginDialog
    from desk_app.ui.dialogs.paper_ratings import PaperRatingsDialog
    from desk_app.ui.qt_app import delete_now
    from desk_app.ui.session import Session
    from desk_app.ui.shell.main_window import MainWindow

    login = LoginDialog(desk)
    save(login, out, f"dialog-login-{language}")
    window = MainWindow(desk, Session(commander))
    window.idle.set_minutes(0)
    window.resize(1366, 768)
    settle(window)
    window.open_dossier(late)
    dialogs = [login]
    for name in ("extend", "result_ready", "refuse"):
        dialog = window.detail.open_action(name)
        save(dialog, out, f"dialog-action-{name}-{language}")
        dialog.reject()
        dialogs.append(dialog)
    amend = window.detail.open_amend()
    save(amend, out, f"dialog-amend-{language}")
    amend.reject()
    ratings = PaperRatingsDialog(desk, Session(commander), window)
    save(ratings, out, f"dialog-paper-ratings-{language}")
    ratings.reject()
    with tempfile.TemporaryDirectory() as tmp:
        from desk_app.app import Desk

        fresh = Desk.open(Path(tmp), clock=desk.now)
        wizard = FirstRunWizard(fresh)
        for key, value in UNIT.items():
            wizard.unit_page.edits[key].setText(value)
        save(wizard, out, f"dialog-first-run-{language}")
        wizard.close()
        delete_now(wizard)
        fresh.close()
    window.stop_work()
    window.close()
    delete_now(amend, ratings, window, *dialogs)


def take(out: Path) -> None:
    from desk_app.ui.i18n import install_translator
    from desk_app.ui.qt_app import make_app

    app = make_app([])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        desk, commander, late = demo_desk(Path(tmp) / "desk")
        for language in ("vi", "en"):
            translator = install_translator(app, language) if language == "en" else None
            for size in SIZES if "QT_SCALE_FACTOR" not in os.environ else SIZES[1:]:
                window_shots(desk, commander, late, out, language, size)
            dialog_shots(desk, commander, late, out, language)
            if translator is not None:
                app.removeTranslator(translator)
        desk.close()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--scale" in argv:
        at = argv.index("--scale")
        os.environ["QT_SCALE_FACTOR"] = argv[at + 1]
        argv = argv[:at] + argv[at + 2:]
    take(Path(argv[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
