"""One window per data folder. An officer who starts the program again (the window was behind
another one, the icon was clicked twice) gets the window already open brought to the front,
instead of a second window whose drafts and officer on duty would overwrite the first's.

A lock file in the data folder says a window is open; Qt removes it when that program is gone,
however it ended. The open window listens on a local socket named after its data folder, so a
second start can ask it to come forward and then quit.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QMessageBox

LOCK_NAME = "desk-app.lock"
WAKE = b"show\n"
ALREADY_OPEN = ("Bộ phận một cửa đang mở trên máy này (có thể đang chờ đăng nhập).\n\n"
                "Hãy tìm cửa sổ đó trên thanh tác vụ; không mở thêm cửa sổ thứ hai.")


class SingleInstance:
    def __init__(self, data_dir: str | Path):
        self.folder = Path(data_dir).resolve()
        self.lock = QLockFile(str(self.folder / LOCK_NAME))
        # Stale only when its program is gone: a window may stay open for days.
        self.lock.setStaleLockTime(0)
        self.server = None

    @property
    def server_name(self) -> str:
        import hashlib  # (not needed to open the desk)

        return "desk-app-" + hashlib.sha256(str(self.folder).encode()).hexdigest()[:16]

    def acquire(self) -> bool:
        """False only when another window holds the folder. A lock that cannot be written
        (a read-only folder) does not stop the program: opening the database will say why."""
        return self.lock.tryLock(0) or self.lock.error() != QLockFile.LockError.LockFailedError

    def release(self) -> None:
        if self.server is not None:
            # Deleted now: its connections hold the window's wake-up call, and a Qt object left
            # to the interpreter's exit may be destroyed after QApplication and crash.
            self.server.close()
            shiboken6.delete(self.server)
            self.server = None
        self.lock.unlock()

    def listen(self, bring_to_front) -> None:
        """From now on a second start calls `bring_to_front()` here."""
        from PySide6.QtNetwork import QLocalServer  # loaded once the desk is up, not before

        self.server = QLocalServer()
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.server_name)  # left behind by a window that crashed
        if not self.server.listen(self.server_name):
            return  # a second start then explains instead; nothing else depends on it

        def answer() -> None:
            while (socket := self.server.nextPendingConnection()) is not None:
                socket.readyRead.connect(lambda s=socket: _read_wake(s, bring_to_front))
                if socket.bytesAvailable():
                    _read_wake(socket, bring_to_front)

        self.server.newConnection.connect(answer)

    def wake_running(self, timeout_ms: int = 1500) -> bool:
        """Ask the window already open to come forward; False if it does not answer."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.server_name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(WAKE)
        sent = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return sent

    def hand_over(self) -> None:
        """A second start: bring the open window forward, or say that it is open."""
        if not self.wake_running():
            QMessageBox.information(None, "Bộ phận một cửa", ALREADY_OPEN)


def _read_wake(socket, bring_to_front) -> None:
    if bytes(socket.readAll().data()).startswith(WAKE.strip()):
        bring_to_front()
    socket.disconnectFromServer()
