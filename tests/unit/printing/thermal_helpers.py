"""Shared by the thermal tests: a registered dossier and loopback printers."""

from __future__ import annotations

import socket
import threading
import time

from desk_app.core.registration import dossier_input_from_dict

NAME = "Nguyễn Thị Hường"
SURVEY = "https://dichvucong.bacninh.gov.vn/khao-sat?dv=CAXTT"


def register(desk, officer_id=None, name=NAME) -> str:
    data = {"full_name": name, "id_number": "001185012345", "birth_date": "1985-03-12", "sex": "Nữ",
            "address": "Thôn Đông, xã Tân Tiến", "phone": "0901234567", "procedure": "1.004222"}
    return desk.dossiers.register(dossier_input_from_dict(data), officer_id).code


class Listener:
    """A fake network printer on 127.0.0.1: collects what it receives, or (stall=True) accepts
    with a tiny receive buffer and never reads, like a printer out of paper."""

    def __init__(self, stall: bool = False):
        self.server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if stall:
            self.server.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1024)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(1)
        self.port = self.server.getsockname()[1]
        self.received = bytearray()
        self.stall = stall
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.server.accept()
        with conn:
            if self.stall:
                self.done.wait(30)
                return
            while chunk := conn.recv(65536):
                self.received += chunk
        self.done.set()

    def wait(self, seconds: float = 10) -> bytes:
        self.done.wait(seconds)
        return bytes(self.received)

    def close(self) -> None:
        self.done.set()
        self.server.close()


def closed_port() -> int:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    time.sleep(0.01)
    return port
