"""The commands a test runs in-process write as the commander, who gives their PIN the way a
script does (DESK_APP_PIN); a test that wants no PIN removes it."""

from __future__ import annotations

import pytest

from tests.conftest import COMMANDER_PIN


@pytest.fixture(autouse=True)
def commander_pin_for_scripts(monkeypatch):
    monkeypatch.setenv("DESK_APP_PIN", COMMANDER_PIN)
