"""The installed PySide6 keeps its references to None, True and False.

PySide6 6.12.0 returns them without taking a reference of its own. From Python 3.12 they are
immortal and nothing happens; on 3.11 every call that returns nothing takes one reference
from None and every Signal.emit or Signal.disconnect one from True or False. After a day at
the counter one of them reached zero and the program aborted as it closed ("Fatal Python
error: bool_dealloc … Garbage-collecting"). pyproject.toml keeps that version out; this says
which call loses references if another version does it again."""

from __future__ import annotations

import ctypes
import sys

import pytest
from PySide6.QtCore import QObject, Signal

CALLS = 200
SINGLETONS = {"None": None, "True": True, "False": False}


class Source(QObject):
    happened = Signal()


def references_lost(call) -> dict[str, int]:
    before = {name: sys.getrefcount(value) for name, value in SINGLETONS.items()}
    for _ in range(CALLS):
        call()
    lost = {name: before[name] - sys.getrefcount(value) for name, value in SINGLETONS.items()}
    # A few references may come and go meanwhile; one lost per call is what breaks the program.
    lost = {name: count for name, count in lost.items() if count >= CALLS // 2}
    for name, count in lost.items():
        for _ in range(count):  # given back, so that the test run lives on to report it
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(SINGLETONS[name]))
    return lost


def _connect_and_disconnect(source: Source) -> None:
    source.happened.connect(_nothing)
    source.happened.disconnect(_nothing)


def _nothing() -> None:
    pass


@pytest.mark.parametrize("what", ["a call returning nothing", "Signal.emit", "Signal.disconnect"])
def test_the_binding_keeps_its_references_to_none_true_and_false(qapp, what):
    source = Source()
    call = {
        "a call returning nothing": lambda: source.setObjectName("source"),
        "Signal.emit": source.happened.emit,
        "Signal.disconnect": lambda: _connect_and_disconnect(source),
    }[what]
    assert references_lost(call) == {}, f"{what} loses references (PySide6 {sys.modules['PySide6'].__version__})"
