"""`desk-app demo` writes a private copy of the desk that replaces it in one rename: it adds to
the desk, verifies intact, refuses while another program has the desk open, and a demo cut
short leaves the desk as it was."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys

import pytest

from desk_app.app import Desk
from desk_app.core.registration import dossier_input_from_dict
from desk_app.db import demo_file
from desk_app.demo import fresh_file, year
from tests.conftest import REPO_ROOT

CITIZEN = {"full_name": "Trần Thị Lan", "id_number": "001185012345", "birth_date": "12/03/1985", "sex": "Nữ",
           "address": "Thôn Đông", "phone": "0987654321", "procedure": "1.004194"}


@pytest.fixture
def closed_desk(desk, commander):
    """A set-up desk holding one real dossier, closed (as the CLI leaves it before the demo)."""
    code = desk.dossiers.register(dossier_input_from_dict(CITIZEN), commander["id"]).code
    desk.close()
    return desk.data_dir, commander["id"], code


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("dossiers", [40, 1200], ids=["through-services", "in-bulk"])
def test_the_demo_adds_to_the_desk_and_verifies_intact(closed_desk, clock, monkeypatch, dossiers):
    folder, officer, code = closed_desk
    monkeypatch.setattr(fresh_file, "BULK_FROM", 1000)
    summary = fresh_file.write_demo(folder, officer, dossiers, 30, clock=clock)
    assert summary["dossiers"] == dossiers
    with Desk.open(folder, clock=clock) as desk:
        assert desk.store.scalar("SELECT COUNT(*) FROM dossiers") == dossiers + 1
        assert desk.dossiers.get(code)["full_name"] == "Trần Thị Lan"  # the real dossier kept
        result = desk.verify_audit()
        assert result.ok, result.lines()[:3]
        assert desk.store.scalar("PRAGMA journal_mode") == "wal"
    assert not (folder / demo_file.WORK_FOLDER).exists()


def test_a_demo_cut_short_leaves_the_desk_as_it_was(closed_desk, clock, monkeypatch):
    folder, officer, _code = closed_desk
    database = folder / "desk.sqlite3"
    before = _digest(database)
    written = []

    def fail_on_the_third_chunk(store, rows, changes):
        if len(written) == 2:
            raise KeyboardInterrupt  # Ctrl+C half-way
        written.append(len(rows["dossiers"]))
        return real_write(store, rows, changes)

    real_write = year.repo.write_chunk
    monkeypatch.setattr(year, "CHUNK", 500)
    monkeypatch.setattr(year.repo, "write_chunk", fail_on_the_third_chunk)
    with pytest.raises(KeyboardInterrupt):
        fresh_file.write_demo(folder, officer, 6000, 365, clock=clock)
    assert written == [500, 500]
    assert _digest(database) == before  # not a byte changed
    assert not (folder / demo_file.WORK_FOLDER).exists()
    with Desk.open(folder, clock=clock) as desk:
        assert desk.store.scalar("SELECT COUNT(*) FROM dossiers") == 1
        assert desk.verify_audit().ok


HOLDER = """
import sys
from desk_app.app import Desk
desk = Desk.open(sys.argv[1])
print(desk.store.scalar("SELECT COUNT(*) FROM dossiers"), flush=True)
sys.stdin.read()
"""


def test_the_demo_refuses_while_another_program_has_the_desk_open(closed_desk, clock):
    # The window keeps its connection open for as long as it runs: its writes would be lost
    # when the copy replaced the file, so the demo refuses before writing anything.
    folder, officer, _code = closed_desk
    with subprocess.Popen([sys.executable, "-c", HOLDER, str(folder)], cwd=REPO_ROOT, stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as holder:
        assert holder.stdout.readline().strip() == "1"
        with pytest.raises(fresh_file.DeskInUse, match="Hãy đóng chương trình"):
            fresh_file.write_demo(folder, officer, 40, 30, clock=clock)
        holder.stdin.close()
        holder.wait(timeout=30)
    assert not (folder / demo_file.WORK_FOLDER).exists()
    with sqlite3.connect(folder / "desk.sqlite3") as conn:
        assert conn.execute("SELECT COUNT(*) FROM dossiers").fetchone()[0] == 1
