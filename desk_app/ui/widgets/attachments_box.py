"""The dossier's electronic copies in the detail pane: the list, a preview of the selected one
(its first page and page count), attaching from a file, from the scanner's folder (new files
offered as they appear) or from a SANE scanner. The window reads each new attachment's text
(OCR, for the search) once `attached` is said (shell/text_reader.py)."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QComboBox, QFileDialog, QGridLayout, QHBoxLayout, QInputDialog, QLabel, QListWidget,
                               QPushButton,
                               QWidget)

from desk_app.core import attachment_files, scanning
from desk_app.ui.background import Background
from desk_app.ui.i18n import arg

PREVIEW_WIDTH = 96  # a thumbnail: the pane keeps its height on a 768-pixel screen


def _first_page(path: Path) -> tuple[bytes | None, int]:
    """(the first page as PNG bytes, or None when it is not one picture; the page count)."""
    data = Path(path).read_bytes()
    picture = attachment_files.first_page_picture(path)
    png = None
    if picture is not None:
        picture.thumbnail((PREVIEW_WIDTH, PREVIEW_WIDTH * 2))
        out = io.BytesIO()
        picture.save(out, "PNG")
        png = out.getvalue()
    return png, attachment_files.page_count(data)


def _scan(desk, _report) -> dict:
    devices = scanning.scanners()
    if not devices:
        raise attachment_files.AttachmentError("Không thấy máy quét nào (SANE).")
    work = Path(tempfile.mkdtemp(prefix="desk-scan-"))
    return {"device": devices[0], "page": scanning.scan_page(devices[0], work / "page.png")}


class AttachmentsBox(QWidget):
    attached = Signal(str)  # the dossier's code, after an attachment was saved
    removed = Signal(str)  # the dossier's code, after an attachment made by mistake was taken back

    def __init__(self, desk, session, parent=None):
        super().__init__(parent)
        self.desk, self.session = desk, session
        self.code: str | None = None
        self.rows: list[dict] = []
        self.runner = Background(desk, self)  # attaching, the preview, the scanner
        self.list = QListWidget()
        self.list.setObjectName("attachments")
        self.list.setWordWrap(True)  # a long file name on two lines, never cut or scrolled sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview = QLabel()
        self.preview.setObjectName("attachment_preview")
        self.preview.setFixedSize(PREVIEW_WIDTH, PREVIEW_WIDTH * 4 // 3)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.pages = QLabel()
        self.target = QComboBox()
        self.target.setObjectName("attachment_target")
        # A document's long name must not widen the pane: the list shows it whole.
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target.setMinimumContentsLength(8)
        self.from_file = QPushButton(self.tr("Từ tệp…"))
        self.from_scanner = QPushButton(self.tr("Quét"))
        self.open_button = QPushButton(self.tr("Mở"))  # the selected one in the PDF viewer (or Enter on it)
        self.open_button.setObjectName("open_attachment")
        self.remove_button = QPushButton(self.tr("Gỡ…"))  # one attached by mistake, with a reason
        self.remove_button.setObjectName("remove_attachment")
        self.export_button = QPushButton(self.tr("Xuất hồ sơ điện tử (PDF)…"))  # the receipt and every scan
        self.export_button.setObjectName("export_dossier_file")
        if not scanning.available():  # SANE here (Linux); elsewhere the scanner's folder (never show() it
            self.from_scanner.hide()  # before it has a parent: it would open as a window of its own)
        self.offered = QLabel()
        self.offered.setWordWrap(True)
        self.offered.hide()
        self.take_offered = QPushButton(self.tr("Đính kèm tệp mới"))  # the scanner's, named above
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        self._lay_out()
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda *_: self.offer())
        self.list.currentRowChanged.connect(self._show_preview)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.export_button.clicked.connect(lambda: self.export_file())
        self.from_file.clicked.connect(self._choose_files)
        self.from_scanner.clicked.connect(self.scan)
        self.take_offered.clicked.connect(lambda: self.attach_files(self.offered_files))
        self.offered_files: list[Path] = []
        self.set_dossier(None)

    def _lay_out(self) -> None:
        """The list with the preview beside it, then the target and two short rows of buttons:
        one column of controls under the list, so the pane stays narrow."""
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.list, 0, 0, 2, 2)
        grid.addWidget(self.preview, 0, 2)
        grid.addWidget(self.pages, 1, 2)
        grid.addWidget(self.target, 2, 0, 1, 3)
        adding, selected = QHBoxLayout(), QHBoxLayout()
        adding.addWidget(self.from_file)
        adding.addWidget(self.from_scanner)
        selected.addWidget(self.open_button)
        selected.addWidget(self.remove_button)
        grid.addLayout(selected, 3, 0, 1, 3)
        grid.addLayout(adding, 4, 0, 1, 3)
        grid.addWidget(self.export_button, 5, 0, 1, 3)
        grid.addWidget(self.offered, 6, 0, 1, 3)
        grid.addWidget(self.take_offered, 7, 0, 1, 3)
        grid.addWidget(self.status, 8, 0, 1, 3)
        grid.setColumnStretch(0, 1)

    # -- what is shown -------------------------------------------------------------------------

    def set_dossier(self, dossier: dict | None) -> None:
        self.code = dossier["code"] if dossier else None
        self.target.clear()
        for doc in (dossier or {}).get("documents", []):
            self.target.addItem(arg(self.tr("Giấy tờ %1: %2"), doc["position"], doc["name"]), doc["position"])
        if dossier:
            self.target.addItem(self.tr("Kết quả giải quyết"), "result")
        for widget in (self.target, self.from_file, self.from_scanner):
            widget.setEnabled(dossier is not None and not self.desk.read_only)
        self._say("")
        self._watch(self.desk.settings.scan_folder)
        self.refresh()

    def refresh(self) -> None:
        self.rows = self.desk.attachments.of(self.code, look=False) if self.code else []
        self.list.clear()
        for row in self.rows:
            where = self.tr("Kết quả") if row["target"] == "result" else arg(self.tr("Giấy tờ %1"), row["position"])
            self.list.addItem(arg(self.tr("%1: %n trang – %2", "", row["pages"]), where, row["original_name"]))
        self.preview.clear()
        self.pages.clear()
        self.open_button.setEnabled(bool(self.rows))
        self.remove_button.setEnabled(bool(self.rows) and not self.desk.read_only)
        self.export_button.setEnabled(bool(self.rows))
        if self.rows:
            self.list.setCurrentRow(0)
        self.offer()

    def _show_preview(self, index: int) -> None:
        if not 0 <= index < len(self.rows):
            return
        path = self.desk.attachments.path(self.rows[index])
        self.runner.run(lambda _desk, _report: _first_page(path), self._previewed)

    def _previewed(self, result, error) -> None:
        if error is not None:
            self.pages.setText(self.tr("Không mở được tệp (xem Kiểm tra nhật ký)."))
            return
        png, count = result
        pixmap = QPixmap()
        if png is not None and pixmap.loadFromData(png):
            self.preview.setPixmap(pixmap)
        else:
            self.preview.setText(self.tr("(PDF)"))
        self.pages.setText(self.tr("%n trang", "", count))

    def open_selected(self) -> None:
        """A copy of the selected attachment in the system's PDF viewer (core: copy_to_open)."""
        index = self.list.currentRow()
        if not self.code or not 0 <= index < len(self.rows):
            return
        code, attachment_id = self.code, self.rows[index]["id"]

        def work(desk, _report):
            from desk_app.printing import open_file

            copy = desk.attachments.copy_to_open(code, attachment_id)
            open_file.open_with_system(copy)
            return copy

        self.runner.run(work, lambda copy, error: self._say(
            str(error) if error is not None else arg(self.tr("Đã mở %1 bằng trình xem PDF."), copy.name)))

    def export_file(self, path: str | None = None) -> None:
        """The dossier's electronic file for the upper level: its receipt, then every attachment,
        as one PDF (printing/dossier_file.py), where the officer chooses (exports/ first)."""
        if not self.code:
            return
        if path is None:
            from desk_app.ui.widgets import file_dialogs

            path = file_dialogs.ask_save(self, self.tr("Lưu hồ sơ điện tử"), self.desk.data_dir, file_dialogs.EXPORTS,
                                         f"ho-so-dien-tu_{self.code}.pdf", self.tr("Tệp PDF (*.pdf)"))
            if not path:
                return
        code, officer = self.code, self.session.officer_id

        def work(desk, _report):
            from desk_app.printing.dossier_file import write_dossier_file

            return write_dossier_file(desk.printing, desk.attachments, code, path, officer)

        self.runner.run(work, lambda written, error: self._say(str(error) if error is not None else arg(
            self.tr("Đã ghi %1: %2 trang, %3 tệp đính kèm."), written["path"], written["pages"],
            written["attachments"])))

    def remove_selected(self, reason: str | None = None) -> None:
        """Take back the selected attachment (core: remove), the reason asked for here."""
        index = self.list.currentRow()
        if not self.code or not 0 <= index < len(self.rows):
            return
        if reason is None:
            reason, given = QInputDialog.getText(
                self, self.tr("Gỡ tệp đính kèm"),
                arg(self.tr("Gỡ “%1” khỏi hồ sơ %2. Lý do (ví dụ: quét nhầm giấy tờ của người khác):"),
                    self.list.item(index).text(), self.code))
            if not given:
                return
        code, attachment_id, officer = self.code, self.rows[index]["id"], self.session.officer_id
        self.runner.run(lambda desk, _report: desk.attachments.remove(code, attachment_id, reason, officer),
                        self._removed)

    def _removed(self, removed, error) -> None:
        if error is not None:
            self._say(str(error))
            return
        if removed["dossier_code"] == self.code:
            self.refresh()
        self._say(arg(self.tr("Đã gỡ tệp %1 khỏi hồ sơ."), removed["original_name"]))
        self.removed.emit(removed["dossier_code"])

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # -- the scanner's folder ------------------------------------------------------------------

    def _watch(self, folder: str) -> None:
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        if folder and Path(folder).is_dir():
            self.watcher.addPath(folder)

    def offer(self) -> None:
        """The scanner's new files, offered for the selected dossier."""
        folder = self.desk.settings.scan_folder
        self.offered_files = self.desk.attachments.offered_scans(folder) if self.code and folder else []
        names = ", ".join(p.name for p in self.offered_files[:5]) + ("…" if len(self.offered_files) > 5 else "")
        self.offered.setText(arg(self.tr("Máy quét vừa lưu %1 tệp: %2"), len(self.offered_files), names)
                             if self.offered_files else "")
        self.take_offered.setVisible(bool(self.offered_files))
        self.offered.setVisible(bool(self.offered_files))

    # -- attaching -------------------------------------------------------------------------------

    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Chọn ảnh quét hoặc tệp PDF"), "",
                                                self.tr("Ảnh quét, PDF (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)"))
        if paths:
            self.attach_files([Path(p) for p in paths])

    def attach_files(self, paths: list[Path]) -> None:
        """Pictures (one page each, in order) or one PDF, to the target chosen, off the UI thread."""
        if not self.code or not paths:
            return
        code, target, officer = self.code, self.target.currentData(), self.session.officer_id
        document = None if target == "result" else target
        self._say(self.tr("Đang đính kèm…"))
        self.runner.run(lambda desk, _report: desk.attachments.attach(
            code, list(paths), officer, document=document, result=target == "result"), self._attached)

    def _attached(self, row, error) -> None:
        if error is not None:
            self._say(str(error))
            return
        self._say(self.tr("Đã đính kèm %n trang.", "", row["pages"]))
        if row["dossier_code"] == self.code:
            self.refresh()
        self.attached.emit(row["dossier_code"])

    def scan(self) -> None:
        """One page from the first SANE scanner, then attached like a file."""
        self._say(self.tr("Đang quét…"))
        self.runner.run(_scan, self._scanned)

    def _scanned(self, result, error) -> None:
        if error is not None:
            self._say(str(error))
            return
        self.attach_files([result["page"]])
