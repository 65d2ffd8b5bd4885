"""A desk that cannot open says why in a message box (a windowed program has no console),
and the file is left exactly as it was."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox

from desk_app.ui import main


def shown_messages(monkeypatch) -> list[str]:
    messages = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *a, **k: messages.append(text))
    return messages


def test_a_corrupt_database_is_explained_and_left_untouched(qtbot, tmp_path, monkeypatch):
    messages = shown_messages(monkeypatch)
    damaged = tmp_path / "desk.sqlite3"
    damaged.write_bytes(b"not a database, a half-copied file " * 100)
    before = damaged.read_bytes()
    assert main.run(str(tmp_path)) == 1
    assert len(messages) == 1 and "bị hỏng" in messages[0] and "không bị thay đổi" in messages[0]
    assert damaged.read_bytes() == before


def test_a_database_from_a_newer_version_is_explained(qtbot, tmp_path, monkeypatch):
    messages = shown_messages(monkeypatch)
    from desk_app.db.connection import open_database

    open_database(tmp_path / "desk.sqlite3").close()
    conn = sqlite3.connect(tmp_path / "desk.sqlite3")
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('desk_app', '9999_x', 'x')")
    conn.commit()
    conn.close()
    assert main.run(str(tmp_path)) == 1
    assert "phiên bản desk_app mới hơn" in messages[0]
