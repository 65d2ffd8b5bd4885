"""Start the desk window (a placeholder until the desk window lands)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from desk_app.app import Desk


def run(data_dir: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    desk = Desk.open(data_dir)
    window = QMainWindow()
    window.setWindowTitle("Bộ phận một cửa – desk_app")
    unit = desk.unit()
    window.setCentralWidget(QLabel(f"Đơn vị: {unit['name'] if unit else 'chưa cài đặt'}"))
    window.resize(900, 600)
    window.show()
    return app.exec()
