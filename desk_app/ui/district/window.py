"""The district window (`desk-app district window --db DIR`): import the units' files (pick a
folder, or drop files on the window), see each unit's last file, missing numbers and working
days without a file, and the statistics page across units. Importing and counting run on the
window's background runner (ui/background.py), off the UI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMainWindow, QPushButton, QTabWidget, QVBoxLayout,
                               QWidget)

from desk_app.core.stats import DistrictStats, silent_units
from desk_app.core.workdays import WorkCalendar
from desk_app.db.store import from_text
from desk_app.sync.district import importer
from desk_app.ui.background import Background
from desk_app.ui.district.context import DistrictContext
from desk_app.ui.models.rows_model import RowsModel, rows_view
from desk_app.ui.pages.stats_page import StatsPage
from desk_app.ui.widgets import file_dialogs
from desk_app.ui.widgets.forms_common import ERROR_STYLE, NOTICE_STYLE

QUIET_DAYS = 3  # working days without a file before a unit is flagged


def unit_rows(district, today: date) -> list[dict]:
    """Each unit with its last file, the numbers missing and its working days without a file."""
    units = district.units()
    last = district.last_imports()
    gaps = importer.missing_files(district)
    quiet = {u["code"]: u["working_days"] for u in silent_units(units, last, today, WorkCalendar(), 0)}
    return [{
        "code": u["code"], "name": u["name"], "last_seq": (last.get(u["code"]) or (None, None))[0],
        "last_at": (last.get(u["code"]) or (None, None))[1], "missing": gaps.get(u["code"], []),
        "quiet": quiet.get(u["code"], 0),
    } for u in units]


def import_and_tell(district, paths: list[Path]) -> tuple[list[str], bool]:
    """Import the files; the lines to show (each file, then the numbers missing) and whether
    one was refused."""
    outcomes = importer.import_files(district, paths)
    lines = [o.message for o in outcomes] + importer.gap_messages(importer.missing_files(district))
    return lines, any(o.status == importer.REFUSED for o in outcomes)


class DistrictWindow(QMainWindow):
    def __init__(self, district, parent=None):
        super().__init__(parent)
        self.district = district
        self.setWindowTitle(self.tr("Cấp trên: %1").replace("%1", district.meta("name") or district.folder.name))
        self.setAcceptDrops(True)
        # Imports and counts run on one background runner, on the district opened again for
        # its thread: the window answers while a month of files goes in.
        self.context = DistrictContext(district, self.today)
        self.runner = Background(self.context, self)
        self.import_button = QPushButton(self.tr("Nhập tệp từ thư mục…"))
        self.import_button.clicked.connect(self.pick_folder)
        self.message = QLabel(self.tr("Chọn thư mục chứa tệp .dsync, hoặc kéo thả các tệp vào cửa sổ này."))
        self.message.setWordWrap(True)
        self.units_model = RowsModel([
            (self.tr("Mã"), lambda r: r["code"]), (self.tr("Đơn vị"), lambda r: r["name"]),
            (self.tr("Tệp cuối"), lambda r: r["last_seq"] or "—"),
            (self.tr("Nhập lúc"), lambda r: r["last_at"] or "—"),
            (self.tr("Thiếu tệp số"), lambda r: ", ".join(map(str, r["missing"]))),
            (self.tr("Ngày làm việc chưa gửi"), lambda r: r["quiet"]),
        ], self)
        self.units_table = rows_view(self.units_model, stretch=1)
        units_page = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addWidget(self.message, 1)
        layout = QVBoxLayout(units_page)
        layout.addLayout(top)
        layout.addWidget(self.units_table)
        self.stats_page = StatsPage(lambda _page: self.runner, lambda context: context.stats, self.today,
                                    DistrictStats.groupings, self.unit, data_dir=lambda: self.district.folder)
        self.stats_page.by.setCurrentIndex(self.stats_page.by.findData("unit"))
        self.tabs = QTabWidget()
        self.tabs.addTab(units_page, self.tr("Đơn vị và tệp"))
        self.tabs.addTab(self.stats_page, self.tr("Thống kê"))
        self.setCentralWidget(self.tabs)
        self.refresh_units()
        self.resize(1280, 800)

    def today(self) -> date:
        return from_text(self.district.now()).date()

    def unit(self) -> dict:
        return {"name": self.district.name(), "upper_name": ""}

    def refresh_units(self) -> None:
        """The units table read again, on the runner."""
        today = self.today()

        def done(rows, error) -> None:
            if error is not None:
                self._say(self.tr("Không đọc được danh sách đơn vị: %1").replace("%1", str(error)), ERROR_STYLE)
            else:
                self.units_model.set_rows(rows)

        self.runner.run(lambda context, _report: unit_rows(context.district, today), done)

    # -- importing ---------------------------------------------------------------------------

    def pick_folder(self) -> None:
        folder = file_dialogs.ask_folder(self, self.tr("Chọn thư mục chứa tệp của các đơn vị"), self.district.folder)
        if folder:
            self.import_paths(sorted(Path(folder).glob("*.dsync")))

    def import_paths(self, paths: list[Path]) -> None:
        if not paths:
            self._say(self.tr("Không có tệp .dsync nào để nhập."), ERROR_STYLE)
            return
        self.import_button.setEnabled(False)
        self._say(self.tr("Đang nhập %n tệp…", "", len(paths)), NOTICE_STYLE)

        def done(result, error) -> None:
            self.import_button.setEnabled(True)
            if error is not None:
                self._say(self.tr("Không nhập được: %1").replace("%1", str(error)), ERROR_STYLE)
                return
            lines, refused = result
            self._say("\n".join(lines), ERROR_STYLE if refused else NOTICE_STYLE)
            self.refresh_units()
            self.stats_page.refresh()

        self.runner.run(lambda context, _report: import_and_tell(context.district, paths), done)

    def _say(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        files = [p for p in paths if p.is_file()] + [f for p in paths if p.is_dir() for f in sorted(p.glob("*.dsync"))]
        self.import_paths(files)
        event.acceptProposedAction()


    def closeEvent(self, event) -> None:
        self.context.close()  # the runner stops first, then the worker's connection closes
        super().closeEvent(event)


def run_district(folder: str | None, data_dir: str | None = None) -> int:
    """Open the district window on its folder (the district's own data, not a desk's)."""
    from desk_app import paths
    from desk_app.sync.district import store as district_store
    from desk_app.ui.i18n import install_translator
    from desk_app.ui.qt_app import make_app

    app = make_app()
    translator = install_translator(app, "vi")  # noqa: F841 (Qt's own words; kept alive with the app)
    target = Path(folder) if folder else paths.data_dir(data_dir) / "district"
    try:
        district = district_store.open_district(target)
    except district_store.DistrictError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "desk-app", str(exc))
        return 2
    window = DistrictWindow(district)
    window.show()
    try:
        return app.exec()
    finally:
        window.context.close()
        district.close()
