"""The district window (`desk-app district window --db DIR`): import the units' files (pick a
folder, or drop files on the window), see each unit's last file, missing numbers and working
days without a file, and the statistics page across units."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QMainWindow, QPushButton, QTabWidget, QVBoxLayout,
                               QWidget)

from desk_app.core.stats import DistrictStats, silent_units
from desk_app.core.workdays import WorkCalendar
from desk_app.db.store import from_text
from desk_app.sync.district import importer
from desk_app.ui.models.rows_model import RowsModel, rows_view
from desk_app.ui.pages.stats_page import StatsPage
from desk_app.ui.widgets.forms_common import ERROR_STYLE, NOTICE_STYLE

QUIET_DAYS = 3  # working days without a file before a unit is flagged


class NowRunner:
    """The district's work is its own database's reads: run at once, on this thread, with the
    statistics page's runner interface (ui/background.Background.run)."""

    def run(self, work, on_done=None, on_progress=None) -> bool:
        result, error = None, None
        try:
            result = work(None, on_progress or (lambda _text: None))
        except Exception as exc:  # handed to on_done, which words it for the officer
            error = exc
        if on_done is not None:
            on_done(result, error)
        return True


class DistrictWindow(QMainWindow):
    def __init__(self, district, parent=None):
        super().__init__(parent)
        self.district = district
        self.setWindowTitle(self.tr("Cấp trên: %1").replace("%1", district.meta("name") or district.folder.name))
        self.setAcceptDrops(True)
        self.stats = DistrictStats(district.db, self.today)
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
        self.stats_page = StatsPage(lambda _page: NowRunner(), lambda _desk: self.stats, self.today,
                                    DistrictStats.groupings, self.unit)
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
        return {"name": self.district.meta("name") or self.tr("Cấp trên"), "upper_name": ""}

    def refresh_units(self) -> None:
        units = self.district.units()
        last = self.district.last_imports()
        gaps = importer.missing_files(self.district)
        quiet = {u["code"]: u["working_days"] for u in silent_units(units, last, self.today(), WorkCalendar(), 0)}
        self.units_model.set_rows([{
            "code": u["code"], "name": u["name"], "last_seq": (last.get(u["code"]) or (None, None))[0],
            "last_at": (last.get(u["code"]) or (None, None))[1], "missing": gaps.get(u["code"], []),
            "quiet": quiet.get(u["code"], 0),
        } for u in units])

    # -- importing ---------------------------------------------------------------------------

    def pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục chứa tệp của các đơn vị"))
        if folder:
            self.import_paths(sorted(Path(folder).glob("*.dsync")))

    def import_paths(self, paths: list[Path]) -> None:
        if not paths:
            self._say(self.tr("Không có tệp .dsync nào để nhập."), ERROR_STYLE)
            return
        outcomes = importer.import_files(self.district, paths)
        refused = [o for o in outcomes if o.status == importer.REFUSED]
        lines = [o.message for o in outcomes] + importer.gap_messages(importer.missing_files(self.district))
        self._say("\n".join(lines), ERROR_STYLE if refused else NOTICE_STYLE)
        self.refresh_units()
        self.stats_page.refresh()

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


def run_district(folder: str | None, data_dir: str | None = None) -> int:
    """Open the district window on its folder (the district's own data, not a desk's)."""
    from desk_app import paths
    from desk_app.sync.district import store as district_store
    from desk_app.ui.main import make_app

    app = make_app()
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
        district.close()
