"""Two writers on one file: each process keeps the log's last entry in memory between its
writes; when the other one wrote meanwhile, the append sees it and chains on from the real
last entry. The chain never forks: it verifies, and no entry is lost."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

from desk_app.app import Desk
from desk_app.core.registration import dossier_input_from_dict
from tests.conftest import REPO_ROOT
from tests.e2e.test_cli_core import setup

WRITER = """
import sys, time
from desk_app.app import Desk
from desk_app.core.registration import dossier_input_from_dict
desk = Desk.open()
officer = desk.officers.resolve(None)["id"]
print("ready", flush=True)
sys.stdin.readline()  # both start together
for n in range(int(sys.argv[2])):
    data = {"full_name": sys.argv[1], "procedure": "1.004194", "phone": "0901234567"}
    code = desk.dossiers.register(dossier_input_from_dict(data), officer).code
    desk.dossiers.get(code)
    time.sleep(0.01)  # the other writer's turn comes between two of ours
desk.close()
"""
PER_WRITER = 12


def _entries(data_dir) -> int:
    return _query(data_dir, "SELECT COUNT(*) FROM audit_log")[0][0]


def _query(data_dir, sql: str) -> list[tuple]:
    conn = sqlite3.connect(data_dir / "desk.sqlite3")
    rows = conn.execute(sql).fetchall()
    conn.close()
    return rows


def test_two_processes_writing_at_once_leave_one_chain(cli, isolated_data_dir):
    setup(cli)
    before = _entries(isolated_data_dir)
    env = {**os.environ, "DESK_APP_DATA_DIR": str(isolated_data_dir), "PYTHONIOENCODING": "utf-8"}
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, name, str(PER_WRITER)], cwd=REPO_ROOT, env=env,
                                text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
               for name in ("Nguyễn Văn An", "Trần Văn Bình")]
    for writer in writers:
        assert writer.stdout.readline().strip() == "ready", writer.stderr.read()
    for writer in writers:
        writer.stdin.write("go\n")
        writer.stdin.flush()
    for writer in writers:
        _out, err = writer.communicate(timeout=180)
        assert writer.returncode == 0, err
    names = [r[0] for r in _query(isolated_data_dir, "SELECT applicant_full_name FROM dossiers ORDER BY code")]
    assert len(names) == 2 * PER_WRITER
    assert sum(a != b for a, b in zip(names, names[1:])) >= 3  # their writes did interleave
    report = json.loads(cli("--json", "audit", "verify").stdout)
    assert report["ok"], report
    # Each registration chains its writes (citizen or not, dossier, documents, event, visit)
    # and a look; nothing was lost or written twice.
    assert report["entries"] == report["head"]["seq"] == _entries(isolated_data_dir)
    assert report["entries"] >= before + 2 * PER_WRITER * 5


def test_a_desk_whose_memory_of_the_last_entry_is_stale_chains_from_the_file(desk, commander, isolated_data_dir,
                                                                            clock):
    """Two desks on one file (as two processes would be), writing by turns: each one's
    remembered head is behind the file at every write after the first."""
    other = Desk.open(isolated_data_dir, clock=clock)
    try:
        data = {"full_name": "Lê Thị Hoa", "procedure": "1.004194"}
        for turn in range(3):
            for writer in (desk, other):
                writer.dossiers.register(dossier_input_from_dict(data), commander["id"])
        assert desk.audit._head != other.audit._head  # one of them is behind the file
        desk.audit._head = (3, "0" * 64)  # far behind, and not even the file's entry 3
        desk.dossiers.register(dossier_input_from_dict(data), commander["id"])
        other.dossiers.register(dossier_input_from_dict(data), commander["id"])
        for each in (desk, other):
            result = each.verify_audit()
            assert result.ok, result.lines()
        assert desk.verify_audit().head_seq == other.audit.head()[0] == _entries(isolated_data_dir)
    finally:
        other.close()


def test_a_write_rolled_back_leaves_the_remembered_head_where_it_was(desk, commander, isolated_data_dir):
    data = {"full_name": "Lê Thị Hoa", "procedure": "1.004194"}
    desk.dossiers.register(dossier_input_from_dict(data), commander["id"])
    before = desk.audit._head
    assert before == desk.audit.head()
    try:
        with desk.store.transaction(commander["id"]) as writer:
            writer.look("view", None, "thử")
            desk.audit.record(writer)  # chained, then undone with the transaction
            raise KeyboardInterrupt
    except KeyboardInterrupt:
        pass
    assert desk.audit._head == before == desk.audit.head()
    desk.dossiers.register(dossier_input_from_dict(data), commander["id"])
    result = desk.verify_audit()
    assert result.ok and result.head_seq == _entries(isolated_data_dir)
