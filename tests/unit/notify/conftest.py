"""The fake modem in a second process on a pseudo-terminal; the desk's modem port points at
the terminal's other side, opened by pyserial as a real port would be."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

FAKE = Path(__file__).with_name("fake_modem.py")


class FakeModemProcess:
    def __init__(self, tmp_path: Path, **config):
        self.log_path = tmp_path / f"modem-{time.monotonic_ns()}.jsonl"
        self.log_path.touch()
        master, self.slave = os.openpty()
        self.port = os.ttyname(self.slave)
        self.process = subprocess.Popen([sys.executable, str(FAKE), str(master),
                                         json.dumps({"log": str(self.log_path), **config})], pass_fds=(master,))
        os.close(master)

    def sent(self) -> list[dict]:
        return [json.loads(line) for line in self.log_path.read_text(encoding="utf-8").splitlines()]

    def wait_for(self, count: int, seconds: float = 20.0) -> list[dict]:
        deadline = time.monotonic() + seconds
        while len(self.sent()) < count:
            assert time.monotonic() < deadline, f"the modem got {len(self.sent())} PDUs, not {count}"
            time.sleep(0.05)
        return self.sent()

    def stop(self) -> None:
        self.process.kill()
        self.process.wait(10)
        os.close(self.slave)


@pytest.fixture
def fake_modem(tmp_path):
    started = []

    def start(**config) -> FakeModemProcess:
        modem = FakeModemProcess(tmp_path, **config)
        started.append(modem)
        return modem

    yield start
    for modem in started:
        modem.stop()


def use_modem(desk, officer_id, port: str, pin: str = "", reports: bool = True) -> None:
    settings = desk.settings
    settings.modem_port, settings.modem_pin, settings.modem_delivery_reports = port, pin, reports
    desk.save_settings(settings, officer_id)
