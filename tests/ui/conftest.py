"""Window tests never wait on a question nobody answers: an unexpected modal question fails
the test at once (a test that expects one patches QMessageBox.question itself)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def no_unanswered_questions(monkeypatch):
    def unexpected(_parent, title, text, *args, **kwargs):
        raise AssertionError(f"unexpected question: {title}: {text}")

    monkeypatch.setattr(QMessageBox, "question", unexpected)
