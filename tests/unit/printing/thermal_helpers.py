"""Shared by the thermal tests: a registered dossier and loopback printers."""

from __future__ import annotations

import re
import socket
import struct
import threading
import time

from desk_app.core.registration import dossier_input_from_dict
from desk_app.printing.confirm import STATUS_REQUEST

STATUS_REQUESTS = re.compile(rb"\x10\x04[\x01-\x04]")  # what a printer takes for one (inside raster data too)

NAME = "Nguyễn Thị Hường"
SURVEY = "https://dichvucong.bacninh.gov.vn/khao-sat?dv=CAXTT"


def register(desk, officer_id=None, name=NAME) -> str:
    data = {"full_name": name, "id_number": "001185012345", "birth_date": "1985-03-12", "sex": "Nữ",
            "address": "Thôn Đông, xã Tân Tiến", "phone": "0901234567", "procedure": "1.004222"}
    return desk.dossiers.register(dossier_input_from_dict(data), officer_id).code


class Listener:
    """A fake network printer on 127.0.0.1. By default it behaves like a real one: keeps what
    it receives and answers each status request (DLE EOT n) with "online". Other behaviours:
    stall (tiny receive buffer, never reads: out of paper), deaf (never reads, but the slip
    fits the socket buffers), silent (reads, never answers: a model without status), close
    (accepts and closes at once), reset (reads 100 bytes and resets the connection), offline
    (answers "offline")."""

    def __init__(self, stall: bool = False, behaviour: str = "answer"):
        self.behaviour = "stall" if stall else behaviour
        self.server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if self.behaviour == "stall":
            self.server.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1024)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(1)
        self.port = self.server.getsockname()[1]
        self.received = bytearray()
        self.answered = 0
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.server.accept()
        with conn:
            if self.behaviour in ("stall", "deaf"):
                self.done.wait(30)
                return
            if self.behaviour == "close":
                self.done.set()
                return
            if self.behaviour == "reset":
                self.received += conn.recv(100)
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # RST on close
                self.done.set()
                return
            while chunk := conn.recv(65536):
                self.received += chunk
                requests = len(STATUS_REQUESTS.findall(self.received))
                if self.behaviour in ("answer", "offline") and requests > self.answered:
                    conn.sendall((b"\x12" if self.behaviour == "answer" else b"\x1a") * (requests - self.answered))
                    self.answered = requests
        self.done.set()

    def wait(self, seconds: float = 10) -> bytes:
        """What was printed: the bytes received, without the status request that ended them."""
        self.done.wait(seconds)
        data = bytes(self.received)
        return data[:-len(STATUS_REQUEST)] if data.endswith(STATUS_REQUEST) else data

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
